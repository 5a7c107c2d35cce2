"""A small, non-interactive accessibility fact: icon (decorative) and text, e.g. "Stufenlos"."""

from __future__ import annotations

import flet as ft

from app.ui.icons import icon
from app.ui.text import text


@ft.component
def ClubFact(label: str, icon_name: str) -> ft.Control:
    """A small, non-interactive "icon + text" fact (the icon is decorative)."""
    return ft.Container(
        bgcolor=ft.Colors.SECONDARY_CONTAINER,
        border_radius=8,
        padding=ft.Padding.symmetric(vertical=4, horizontal=8),
        content=ft.Row(
            tight=True,
            spacing=4,
            controls=[
                ft.Icon(icon(icon_name), color=ft.Colors.ON_SECONDARY_CONTAINER, size=18,
                        semantics_label=""),
                text(label, theme_style=ft.TextThemeStyle.LABEL_MEDIUM, color=ft.Colors.ON_SECONDARY_CONTAINER),
            ],
        ),
    )
