"""/konflikte — placeholder until its view-model and store queries exist."""

from __future__ import annotations

import flet as ft

from app.ui.views.placeholder import PlaceholderPage


@ft.component
def KonfliktePage() -> ft.Control:
    return PlaceholderPage("page.konflikte.title", "page.konflikte.intro")
