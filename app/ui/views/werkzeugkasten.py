"""/werkzeugkasten — placeholder until its view-model and store queries exist."""

from __future__ import annotations

import flet as ft

from app.ui.views.placeholder import PlaceholderPage


@ft.component
def WerkzeugkastenPage() -> ft.Control:
    return PlaceholderPage("page.werkzeugkasten.title", "page.werkzeugkasten.intro")
