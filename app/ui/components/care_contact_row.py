"""One contact in the Lotsen list: a tappable row (≥ 48 px) named by the contact's name and its summary line.

Overdue contacts carry a warning icon and an "überfällig" text in the error colours (not colour alone).
"""

from __future__ import annotations

from collections.abc import Callable

import flet as ft

from app.ui.text import text
from app.viewmodels.contacts import ContactRow


@ft.component
def CareContactRow(row: ContactRow, summary: str, overdue_label: str, on_open: Callable[[str], None]) -> ft.Control:
    leading = ft.Icon(ft.Icons.WARNING_AMBER_ROUNDED if row.overdue else ft.Icons.PERSON_OUTLINE,
                      color=ft.Colors.ERROR if row.overdue else ft.Colors.ON_SURFACE_VARIANT)
    subtitle_controls: list[ft.Control] = []
    if row.overdue:
        subtitle_controls.append(ft.Container(
            bgcolor=ft.Colors.ERROR_CONTAINER,
            border_radius=6,
            padding=ft.Padding.symmetric(horizontal=6, vertical=2),
            content=text(overdue_label, theme_style=ft.TextThemeStyle.LABEL_MEDIUM,
                         color=ft.Colors.ON_ERROR_CONTAINER),
        ))
    subtitle_controls.append(text(summary, theme_style=ft.TextThemeStyle.BODY_MEDIUM,
                                  color=ft.Colors.ON_SURFACE_VARIANT))
    return ft.ListTile(
        key=row.id,
        leading=ft.Semantics(exclude_semantics=True, content=leading),
        title=text(row.name, theme_style=ft.TextThemeStyle.TITLE_MEDIUM),
        subtitle=ft.Column(spacing=4, tight=True, controls=subtitle_controls),
        trailing=ft.Semantics(exclude_semantics=True, content=ft.Icon(ft.Icons.CHEVRON_RIGHT)),
        min_height=64,
        on_click=lambda _, cid=row.id: on_open(cid),
    )
