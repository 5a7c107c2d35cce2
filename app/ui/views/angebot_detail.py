"""/angebote/<id> — placeholder detail page; the id comes from the route."""

from __future__ import annotations

import flet as ft

from app.ui.views.placeholder import PlaceholderPage


@ft.component
def AngebotDetailPage() -> ft.Control:
    return PlaceholderPage("page.angebot.title", "page.angebot.intro", back=("/angebote", "nav.angebote"))
