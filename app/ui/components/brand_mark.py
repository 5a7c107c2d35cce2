"""The app emblem with its name for screen readers (top of the navigation rail)."""

from __future__ import annotations

import flet as ft

from app.ui.hooks import use_t


@ft.component
def BrandMark() -> ft.Control:
    return ft.Container(
        padding=ft.Padding.only(top=12, bottom=8),
        content=ft.Image(src="icons/icon-192.png", width=48, height=48, semantics_label=use_t()("app.name")),
    )
