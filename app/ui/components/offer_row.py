"""One offer in a list: title, "Ich biete/suche" and area, town and place, categories. Tapping opens it."""

from __future__ import annotations

import flet as ft

from app.ui.components.offer_badges import OfferBadges
from app.ui.hooks import use_t
from app.ui.text import text
from app.viewmodels.offers import OfferSummary


@ft.component
def OfferRow(offer: OfferSummary, today: str, show_status: bool = False) -> ft.Control:
    t = use_t()
    where = t(f"angebote.town.{offer.municipality}") if offer.municipality else ""
    if offer.place:
        where = f"{where} · {offer.place}" if where else offer.place
    details: list[ft.Control] = [
        OfferBadges(offer.direction, offer.area, offer.status, offer.expired(today), offer.online_possible,
                    show_status=show_status),
    ]
    if where:
        details.append(text(where, theme_style=ft.TextThemeStyle.BODY_MEDIUM))
    if offer.categories:
        details.append(text(", ".join(t(f"angebote.cat.{c}") for c in offer.categories),
                            theme_style=ft.TextThemeStyle.BODY_SMALL, color=ft.Colors.ON_SURFACE_VARIANT))
    return ft.Card(
        margin=0,
        content=ft.ListTile(
            title=text(offer.title, theme_style=ft.TextThemeStyle.TITLE_MEDIUM),
            subtitle=ft.Column(spacing=6, controls=details),
            trailing=ft.Icon(ft.Icons.CHEVRON_RIGHT),
            min_height=72,
            content_padding=ft.Padding.symmetric(vertical=8, horizontal=16),
            on_click=lambda: ft.context.page.navigate(f"/angebote/{offer.id}"),
        ),
    )
