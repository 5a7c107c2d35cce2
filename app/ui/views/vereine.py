"""/vereine — placeholder until its view-model and store queries exist."""

from __future__ import annotations

import flet as ft

from app.ui.views.placeholder import PlaceholderPage


@ft.component
def VereinePage() -> ft.Control:
    return PlaceholderPage("page.vereine.title", "page.vereine.intro")
