"""An explicit "Zurück zu …" button for detail pages (the browser back button works too)."""

from __future__ import annotations

import flet as ft


@ft.component
def BackButton(route: str, label: str) -> ft.Control:
    return ft.TextButton(label, icon=ft.Icons.ARROW_BACK, on_click=lambda: ft.context.page.navigate(route))
