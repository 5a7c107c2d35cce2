"""The next few appointments as large tappable rows (start page): title, when (Berlin time), place, my answer."""

from __future__ import annotations

import flet as ft

from app.ui.text import text
from app.viewmodels.start import AppointmentRow


@ft.component
def AppointmentPreview(rows: list[AppointmentRow], empty_text: str) -> ft.Control:
    if not rows:
        return text(empty_text, theme_style=ft.TextThemeStyle.BODY_LARGE)
    return ft.Column(
        spacing=0,
        controls=[
            ft.ListTile(
                leading=ft.Icon(ft.Icons.EVENT_OUTLINED),
                title=text(row.title),
                subtitle=text(" · ".join(part for part in (row.when, row.place, row.note) if part)),
                trailing=ft.Icon(ft.Icons.CHEVRON_RIGHT),
                min_height=56,
                on_click=lambda _, route=row.route: ft.context.page.navigate(route),
                key=row.id,
            )
            for row in rows
        ],
    )
