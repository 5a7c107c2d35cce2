"""A time of day typed as HH:MM with a clock button (Flutter's TimePicker, 24 h through the German locale)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import time

import flet as ft

from app.ui.components.text_input import TextInput
from app.viewmodels.appointment_form import format_time, parse_time


@ft.component
def AppointmentTimeField(label: str, value: str, on_change: Callable[[str], None], *, error: str | None = None,
                         picker_label: str = "", disabled: bool = False) -> ft.Control:
    def on_text(e: ft.Event[ft.TextField]) -> None:
        on_change(e.control.value or "")

    def on_picked(e: ft.Event[ft.TimePicker]) -> None:
        if isinstance(e.control.value, time):
            on_change(format_time(e.control.value))

    def open_clock() -> None:
        ft.context.page.show_dialog(ft.TimePicker(
            value=parse_time(value) or time(18, 0),
            hour_format=ft.TimePickerHourFormat.H24,
            on_change=on_picked,
        ))

    return ft.Row(
        vertical_alignment=ft.CrossAxisAlignment.START,
        spacing=4,
        expand=True,
        controls=[
            TextInput(label=label, value=value, on_change=on_text, error=error, disabled=disabled,
                      keyboard_type=ft.KeyboardType.DATETIME, expand=True),
            ft.IconButton(icon=ft.Icon(ft.Icons.SCHEDULE, semantics_label=picker_label), tooltip=picker_label,
                          on_click=open_clock, disabled=disabled),
        ],
    )
