"""/vereine/<id> — placeholder detail page; the id comes from the route."""

from __future__ import annotations

import flet as ft

from app.ui.views.placeholder import PlaceholderPage


@ft.component
def VereinDetailPage() -> ft.Control:
    return PlaceholderPage("page.verein.title", "page.verein.intro", back=("/vereine", "nav.vereine"))
