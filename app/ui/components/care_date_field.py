"""A date typed in German (TT.MM.JJJJ) with a calendar button next to it (Lotsen forms).

Typing works offline and with a keyboard or screen reader; the calendar (Flutter's DatePicker, German through the
page's locale) is a shortcut. The field's accessible name is its label; the error appears below it.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta

import flet as ft

from app.ui.components.text_input import TextInput


def _picked_day(value: datetime | date | None) -> date | None:
    """The calendar day the person tapped. The picker sends midnight of that day, possibly shifted into UTC by a
    few hours: rounding to the nearest midnight gives the day back in any time zone."""
    if value is None:
        return None
    if isinstance(value, datetime):
        return (value.replace(tzinfo=None) + timedelta(hours=12)).date()
    return value


def _parse(value: str) -> date | None:
    try:
        return datetime.strptime(value.strip(), "%d.%m.%Y").date()
    except ValueError:
        return None


@ft.component
def CareDateField(label: str, value: str, on_change: Callable[[str], None], *, error: str | None = None,
                  calendar_label: str = "", first: date | None = None, last: date | None = None,
                  helper: str | None = None) -> ft.Control:
    def on_text(e: ft.Event[ft.TextField]) -> None:
        on_change(e.control.value or "")

    def on_picked(e: ft.Event[ft.DatePicker]) -> None:
        day = _picked_day(e.control.value)
        if day is not None:
            on_change(day.strftime("%d.%m.%Y"))

    def open_calendar() -> None:
        today = date.today()
        ft.context.page.show_dialog(ft.DatePicker(
            value=_parse(value) or today,
            first_date=first or date(today.year - 5, 1, 1),
            last_date=last or date(today.year + 5, 12, 31),
            on_change=on_picked,
        ))

    return ft.Row(
        vertical_alignment=ft.CrossAxisAlignment.START,
        spacing=4,
        controls=[
            TextInput(
                label=label,
                value=value,
                on_change=on_text,
                error=error,
                error_max_lines=4,
                helper=helper,
                helper_max_lines=3,
                keyboard_type=ft.KeyboardType.DATETIME,
                expand=True,
            ),
            ft.IconButton(
                icon=ft.Icon(ft.Icons.CALENDAR_MONTH, semantics_label=calendar_label),
                tooltip=calendar_label,
                on_click=open_calendar,
            ),
        ],
    )

