"""Visit topics as selectable chips: each a button-like node named by its label with a selected state."""

from __future__ import annotations

from collections.abc import Callable

import flet as ft

from app.ui.text import text


@ft.component
def CareTopicChips(choices: list[tuple[str, str]], selected: set[str],
                   on_toggle: Callable[[str, bool], None]) -> ft.Control:
    def chip(value: str, label: str) -> ft.Control:
        def select(e: ft.Event[ft.Chip]) -> None:
            on_toggle(value, bool(e.control.selected))

        return ft.Chip(
            key=value,
            label=text(label),
            selected=value in selected,
            show_checkmark=True,
            on_select=select,
        )

    return ft.Row(wrap=True, spacing=8, run_spacing=8, controls=[chip(v, label) for v, label in choices])
