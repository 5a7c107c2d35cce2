"""Unknown addresses inside the app: say so, offer the way home."""

from __future__ import annotations

import flet as ft

from app.ui.components.page_frame import PageFrame
from app.ui.hooks import use_t
from app.ui.text import text
from app.viewmodels.shell import HOME_ROUTE


@ft.component
def NotFoundPage() -> ft.Control:
    t = use_t()
    return PageFrame(
        t("page.not_found.title"),
        [
            text(t("page.not_found.text", path=ft.use_route_location())),
            ft.FilledButton(t("page.go_start"), on_click=lambda: ft.context.page.navigate(HOME_ROUTE)),
        ],
    )
