"""A calm information box (e.g. "Dieser Bereich wird gerade aufgebaut."); the icon is decorative."""

from __future__ import annotations

import flet as ft

from app.ui.icons import icon
from app.ui.text import text as label


@ft.component
def Notice(text: str, icon_name: str = "INFO_OUTLINE") -> ft.Control:
    return ft.Container(
        bgcolor=ft.Colors.SURFACE_CONTAINER,
        border_radius=12,
        padding=16,
        content=ft.Row(
            vertical_alignment=ft.CrossAxisAlignment.START,
            controls=[
                ft.Semantics(
                    exclude_semantics=True, content=ft.Icon(icon(icon_name), color=ft.Colors.PRIMARY)
                ),
                label(text, expand=True),
            ],
        ),
    )
