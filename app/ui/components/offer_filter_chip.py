"""A filter chip: a labelled on/off choice (screen readers: a checkbox named by its label, checked or not),
padded to a 48 px touch target. Used for list filters and the categories of the offer form."""

from __future__ import annotations

from collections.abc import Callable

import flet as ft

from app.i18n import plain

CHIP_PADDING = ft.Padding.symmetric(vertical=13, horizontal=6)  # 22 px label line + 2 × 13 = 48 px


@ft.component
def OfferFilterChip(label: str, selected: bool, on_change: Callable[[bool], None]) -> ft.Control:
    def toggle() -> None:
        # from what this render showed (not e.control.selected, which the client flips on its own): a tap always
        # means "the other state than the one on screen"
        on_change(not selected)

    return ft.Chip(
        label=ft.Text(label, semantics_label=plain(label)),
        selected=selected,
        on_select=toggle,
        padding=CHIP_PADDING,
    )
