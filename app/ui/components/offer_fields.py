"""Labelled values of a record ("Ort: Arnsberg"), stacked label over value so long values reflow on a phone.
Each pair is one screen-reader node ("Ort, Arnsberg")."""

from __future__ import annotations

import flet as ft

from app.ui.text import text


def field_pair(label: str, value: str | ft.Control) -> ft.Control:
    body = value if isinstance(value, ft.Control) else text(value, theme_style=ft.TextThemeStyle.BODY_LARGE)
    return ft.Column(
        spacing=2,
        controls=[text(label, theme_style=ft.TextThemeStyle.TITLE_SMALL, color=ft.Colors.ON_SURFACE_VARIANT),
                  body],
    )


@ft.component
def OfferFields(pairs: list[tuple[str, str | ft.Control]]) -> ft.Control:
    return ft.Column(spacing=12, controls=[field_pair(label, value) for label, value in pairs if value])
