"""A heading exposed as such to screen readers (role heading, aria-level) — Playwright: get_by_role("heading")."""

from __future__ import annotations

import flet as ft

from app.ui.text import text as label

_STYLES = {
    1: ft.TextThemeStyle.HEADLINE_SMALL,
    2: ft.TextThemeStyle.TITLE_LARGE,
    3: ft.TextThemeStyle.TITLE_MEDIUM,
}


@ft.component
def Heading(text: str, level: int = 1) -> ft.Control:
    return ft.Semantics(
        header=True,
        heading_level=level,
        content=label(text, theme_style=_STYLES.get(level, ft.TextThemeStyle.TITLE_MEDIUM)),
    )
