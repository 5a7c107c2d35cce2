"""One of my offers in "Meine Angebote": title (opens it), badges, new interest, status as chips."""

from __future__ import annotations

import flet as ft

from app.ui.components.offer_badges import OfferBadges, badge
from app.ui.components.offer_chip_group import OfferChipGroup
from app.ui.hooks import use_t
from app.ui.text import text
from app.viewmodels.my_offers import STATUS_ORDER, MyOffersViewModel
from app.viewmodels.offers import OfferSummary


@ft.component
def OfferMineCard(offer: OfferSummary, vm: MyOffersViewModel, today: str) -> ft.Control:
    t = use_t()
    new = vm.new_interest.get(offer.id, 0)

    def status(value: str, on: bool) -> None:
        if on:
            vm.set_status(offer.id, value)

    head: list[ft.Control] = [OfferBadges(offer.direction, offer.area, offer.status, offer.expired(today),
                                          offer.online_possible, show_status=True)]
    if new:
        head.append(badge(t("angebote.my.new_interest_one") if new == 1
                          else t("angebote.my.new_interest", count=new), "suche"))
    controls: list[ft.Control] = [
        ft.ListTile(
            title=text(offer.title, theme_style=ft.TextThemeStyle.TITLE_MEDIUM),
            subtitle=ft.Column(spacing=6, controls=head),
            trailing=ft.Icon(ft.Icons.CHEVRON_RIGHT),
            min_height=56,
            content_padding=ft.Padding.symmetric(horizontal=0),
            on_click=lambda: ft.context.page.navigate(f"/angebote/{offer.id}"),
        ),
        OfferChipGroup(t("angebote.my.status_of", title=offer.title),
                       [(s, t(f"angebote.status.{s}")) for s in STATUS_ORDER], {offer.status}, status,
                       error=vm.errors.get(offer.id)),
    ]
    return ft.Card(margin=0, content=ft.Container(padding=ft.Padding.symmetric(vertical=8, horizontal=16),
                                                  content=ft.Column(spacing=8, controls=controls)))
