"""A date typed in German (TT.MM.JJJJ) with a calendar button next to it (appointment and coaching forms).

Typing works offline, with a keyboard and with a screen reader; the calendar (Flutter's DatePicker, German through
the page's locale) is a shortcut. The field's accessible name is its label; the error appears below it.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta

import flet as ft

from app.ui.components.text_input import TextInput
from app.viewmodels.appointment_form import format_date, parse_date


def picked_day(value: datetime | date | None) -> date | None:
    """The day the person tapped. The picker sends midnight of that day, possibly shifted into UTC by a few hours:
    rounding to the nearest midnight gives the day back in any time zone."""
    if value is None:
        return None
    if isinstance(value, datetime):
        return (value.replace(tzinfo=None) + timedelta(hours=12)).date()
    return value


@ft.component
def AppointmentDateField(label: str, value: str, on_change: Callable[[str], None], *, error: str | None = None,
                         calendar_label: str = "", first: date | None = None, disabled: bool = False) -> ft.Control:
    def on_text(e: ft.Event[ft.TextField]) -> None:
        on_change(e.control.value or "")

    def on_picked(e: ft.Event[ft.DatePicker]) -> None:
        day = picked_day(e.control.value)
        if day is not None:
            on_change(format_date(day))

    def open_calendar() -> None:
        today = date.today()
        start = first or date(today.year - 1, 1, 1)
        current = parse_date(value) or today
        ft.context.page.show_dialog(ft.DatePicker(
            value=max(current, start),
            first_date=start,
            last_date=date(today.year + 5, 12, 31),
            on_change=on_picked,
        ))

    return ft.Row(
        vertical_alignment=ft.CrossAxisAlignment.START,
        spacing=4,
        controls=[
            TextInput(label=label, value=value, on_change=on_text, error=error, disabled=disabled,
                      keyboard_type=ft.KeyboardType.DATETIME, expand=True),
            ft.IconButton(icon=ft.Icon(ft.Icons.CALENDAR_MONTH, semantics_label=calendar_label),
                          tooltip=calendar_label, on_click=open_calendar, disabled=disabled),
        ],
    )
