"""A filter chip of the club directory: a labelled on/off choice (screen readers: a checkbox named by its label,
checked or not) with an optional icon, padded to a 48 px touch target."""

from __future__ import annotations

from collections.abc import Callable

import flet as ft

from app.i18n import plain
from app.ui.icons import icon as material_icon

CHIP_PADDING = ft.Padding.symmetric(vertical=13, horizontal=6)  # 22 px label line + 2 × 13 = 48 px


@ft.component
def ClubFilterChip(label: str, selected: bool, on_change: Callable[[bool], None],
                   icon: str | None = None) -> ft.Control:
    def toggle(e: ft.Event[ft.Chip]) -> None:
        on_change(bool(e.control.selected))

    return ft.Chip(
        label=ft.Text(label, semantics_label=plain(label)),
        leading=ft.Icon(material_icon(icon)) if icon and not selected else None,
        selected=selected,
        on_select=toggle,
        padding=CHIP_PADDING,
    )
