"""In-app reminders: appointments whose reminder time has come (the fallback where the device cannot notify)."""

from __future__ import annotations

from datetime import date

import flet as ft

from app.ui.hooks import use_t
from app.ui.text import text
from app.viewmodels.appointments import AgendaEntry, day_heading, time_range


@ft.component
def AppointmentReminders(entries: tuple[AgendaEntry, ...], today: date) -> ft.Control:
    t = use_t()
    rows: list[ft.Control] = []
    for entry in entries:
        when = f"{day_heading(entry.day, today, t)}, {time_range(entry, t)}"
        rows.append(ft.TextButton(
            t("termine.reminder_item", title=entry.title, when=when),
            icon=ft.Icons.NOTIFICATIONS_ACTIVE_OUTLINED,
            key=entry.id,
            on_click=lambda _, aid=entry.id: ft.context.page.navigate(f"/termine/{aid}"),
        ))
    return ft.Semantics(
        live_region=True,
        container=True,
        content=ft.Container(
            bgcolor=ft.Colors.TERTIARY_CONTAINER,
            border_radius=12,
            padding=12,
            content=ft.Column(spacing=4, controls=[
                text(t("termine.reminders"), theme_style=ft.TextThemeStyle.TITLE_MEDIUM,
                     color=ft.Colors.ON_TERTIARY_CONTAINER),
                *rows,
            ]),
        ),
    )
