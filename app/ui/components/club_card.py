"""One club in the directory: name, kind and town, its accessibility facts (icon + text), a short description.
Tapping anywhere opens the profile."""

from __future__ import annotations

import flet as ft

from app.ui.components.club_fact import ClubFact
from app.ui.hooks import use_t
from app.ui.text import text
from app.viewmodels.clubs import ACCESSIBILITY_ICONS, ClubItem


@ft.component
def ClubCard(club: ClubItem) -> ft.Control:
    t = use_t()
    details: list[ft.Control] = [
        text(t("vereine.detail.kind_town", kind=club.kind_label, town=club.town_label),
             theme_style=ft.TextThemeStyle.BODY_MEDIUM),
    ]
    if club.accessibility:
        details.append(ft.Row(wrap=True, spacing=6, run_spacing=6, controls=[
            ClubFact(t(f"vereine.a11y.{fact}"), ACCESSIBILITY_ICONS.get(fact, "CHECK_CIRCLE_OUTLINE"), key=fact)
            for fact in club.accessibility
        ]))
    if club.summary:
        details.append(text(club.summary, theme_style=ft.TextThemeStyle.BODY_SMALL,
                            color=ft.Colors.ON_SURFACE_VARIANT))
    return ft.Card(
        margin=0,
        content=ft.ListTile(
            title=text(club.name, theme_style=ft.TextThemeStyle.TITLE_MEDIUM),
            subtitle=ft.Column(spacing=6, controls=details),
            trailing=ft.Icon(ft.Icons.CHEVRON_RIGHT),
            min_height=72,
            content_padding=ft.Padding.symmetric(vertical=8, horizontal=16),
            on_click=lambda: ft.context.page.navigate(f"/vereine/{club.id}"),
        ),
    )
