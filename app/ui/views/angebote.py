"""/angebote — placeholder until its view-model and store queries exist."""

from __future__ import annotations

import flet as ft

from app.ui.views.placeholder import PlaceholderPage


@ft.component
def AngebotePage() -> ft.Control:
    return PlaceholderPage("page.angebote.title", "page.angebote.intro")
