"""A labelled single choice as radio rows (each ≥ 48 px, one `radio` node named by its label), with the
field's message underneath."""

from __future__ import annotations

from collections.abc import Callable

import flet as ft

from app.ui.components.radio_tile import RadioTile
from app.ui.text import text


@ft.component
def OfferRadioGroup(label: str, value: str | None, options: list[tuple[str, str]],
                    on_change: Callable[[str], None], error: str | None = None,
                    help_text: str | None = None) -> ft.Control:
    def changed(e: ft.Event[ft.RadioGroup]) -> None:
        on_change(e.control.value)

    controls: list[ft.Control] = [text(label, theme_style=ft.TextThemeStyle.TITLE_SMALL)]
    if help_text:
        controls.append(text(help_text, theme_style=ft.TextThemeStyle.BODY_SMALL))
    controls.append(ft.RadioGroup(
        value=value,
        on_change=changed,
        content=ft.Column(spacing=0, controls=[RadioTile(v, lbl) for v, lbl in options]),
    ))
    if error:
        controls.append(text(error, color=ft.Colors.ERROR, theme_style=ft.TextThemeStyle.BODY_SMALL))
    return ft.Column(spacing=4, controls=controls)
