"""A club's accessibility facts, shown prominently near the top of its profile: one row per fact, icon + text."""

from __future__ import annotations

import flet as ft

from app.ui.components.heading import Heading
from app.ui.hooks import use_t
from app.ui.icons import icon
from app.ui.text import text


@ft.component
def ClubAccessibility(facts: tuple[tuple[str, str], ...]) -> ft.Control:
    """``facts``: (fact key, Material icon name) in display order."""
    t = use_t()
    rows: list[ft.Control] = [
        ft.Row(
            key=fact,
            spacing=12,
            controls=[
                ft.Icon(icon(icon_name), color=ft.Colors.ON_PRIMARY_CONTAINER, semantics_label=""),
                text(t(f"vereine.a11y_long.{fact}"), theme_style=ft.TextThemeStyle.BODY_LARGE,
                     color=ft.Colors.ON_PRIMARY_CONTAINER, expand=True),
            ],
        )
        for fact, icon_name in facts
    ]
    if not rows:
        rows = [text(t("vereine.detail.no_accessibility"), theme_style=ft.TextThemeStyle.BODY_LARGE,
                     color=ft.Colors.ON_PRIMARY_CONTAINER)]
    return ft.Container(
        bgcolor=ft.Colors.PRIMARY_CONTAINER,
        border_radius=12,
        padding=16,
        content=ft.Column(spacing=10, controls=[Heading(t("vereine.detail.accessibility"), level=2), *rows]),
    )
