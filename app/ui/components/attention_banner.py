"""A banner for what waits for the person's decision ("2 Konflikte warten …"), with the way there."""

from __future__ import annotations

from collections.abc import Callable

import flet as ft

from app.ui.text import text


@ft.component
def AttentionBanner(message: str, action_label: str, on_action: Callable) -> ft.Control:
    return ft.Container(
        bgcolor=ft.Colors.TERTIARY_CONTAINER,
        border_radius=12,
        padding=16,
        content=ft.Column(
            spacing=12,
            controls=[
                ft.Row(
                    spacing=12,
                    vertical_alignment=ft.CrossAxisAlignment.START,
                    controls=[
                        ft.Semantics(
                            exclude_semantics=True,
                            content=ft.Icon(ft.Icons.RESTORE, color=ft.Colors.ON_TERTIARY_CONTAINER),
                        ),
                        text(message, theme_style=ft.TextThemeStyle.BODY_LARGE,
                             color=ft.Colors.ON_TERTIARY_CONTAINER, expand=True),
                    ],
                ),
                ft.FilledButton(action_label, icon=ft.Icons.ARROW_FORWARD, on_click=on_action),
            ],
        ),
    )
