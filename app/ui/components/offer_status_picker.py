"""The status of an offer as radio buttons (Entwurf / Aktiv / Vermittelt / Archiviert), each a 48 px row."""

from __future__ import annotations

from collections.abc import Callable, Sequence

import flet as ft

from app.ui.components.radio_tile import RadioTile
from app.ui.hooks import use_t
from app.ui.text import text


@ft.component
def OfferStatusPicker(value: str | None, choices: Sequence[str], on_change: Callable[[str], None],
                      label: str | None = None, error: str | None = None, with_help: bool = False) -> ft.Control:
    t = use_t()

    def changed(e: ft.Event[ft.RadioGroup]) -> None:
        if e.control.value:
            on_change(e.control.value)

    def option(status: str) -> str:
        help_key = f"angebote.form.status_help.{status}"
        if with_help and status in ("draft", "active"):
            return t(help_key)
        return t(f"angebote.status.{status}")

    controls: list[ft.Control] = []
    if label:
        controls.append(text(label, theme_style=ft.TextThemeStyle.TITLE_SMALL))
    controls.append(ft.RadioGroup(
        value=value,
        on_change=changed,
        content=ft.Column(spacing=0, controls=[RadioTile(s, option(s)) for s in choices]),
    ))
    if error:
        controls.append(text(error, color=ft.Colors.ERROR, theme_style=ft.TextThemeStyle.BODY_SMALL))
    return ft.Column(spacing=4, controls=controls)
