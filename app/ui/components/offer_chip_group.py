"""A labelled group of filter chips that wraps onto more lines on narrow screens.

``single=True``: choosing one chip un-chooses the others (none chosen = all); ``on_change(value, selected)``.
"""

from __future__ import annotations

from collections.abc import Callable

import flet as ft

from app.ui.components.offer_filter_chip import OfferFilterChip
from app.ui.text import text


@ft.component
def OfferChipGroup(label: str, options: list[tuple[str, str]], selected: set[str] | frozenset[str],
                   on_change: Callable[[str, bool], None], error: str | None = None,
                   help_text: str | None = None) -> ft.Control:
    controls: list[ft.Control] = [text(label, theme_style=ft.TextThemeStyle.TITLE_SMALL)]
    if help_text:
        controls.append(text(help_text, theme_style=ft.TextThemeStyle.BODY_SMALL))
    controls.append(
        ft.Row(
            wrap=True,
            spacing=8,
            run_spacing=8,
            controls=[
                OfferFilterChip(lbl, value in selected, lambda on, v=value: on_change(v, on), key=value)
                for value, lbl in options
            ],
        )
    )
    if error:
        controls.append(text(error, color=ft.Colors.ERROR, theme_style=ft.TextThemeStyle.BODY_SMALL))
    return ft.Column(spacing=6, controls=controls)
