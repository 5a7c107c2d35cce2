"""One guide of the toolbox in a list: title, short description, topics. Tapping opens it."""

from __future__ import annotations

import flet as ft

from app.ui.text import text
from app.viewmodels.guides import GuideItem


@ft.component
def GuideCard(guide: GuideItem) -> ft.Control:
    details: list[ft.Control] = []
    if guide.summary:
        details.append(text(guide.summary, theme_style=ft.TextThemeStyle.BODY_MEDIUM))
    if guide.categories:
        details.append(text(", ".join(guide.category_labels), theme_style=ft.TextThemeStyle.BODY_SMALL,
                            color=ft.Colors.ON_SURFACE_VARIANT))
    return ft.Card(
        margin=0,
        content=ft.ListTile(
            leading=ft.Icon(ft.Icons.MENU_BOOK_OUTLINED),
            title=text(guide.title, theme_style=ft.TextThemeStyle.TITLE_MEDIUM),
            subtitle=ft.Column(spacing=6, controls=details) if details else None,
            trailing=ft.Icon(ft.Icons.CHEVRON_RIGHT),
            min_height=72,
            content_padding=ft.Padding.symmetric(vertical=8, horizontal=16),
            on_click=lambda: ft.context.page.navigate(f"/werkzeugkasten/{guide.id}"),
        ),
    )
