"""One of my offers in "Meine Angebote": title and badges, new interest, status as chips, and the way to it.
The card is one screen-reader group (title, badges and status read together; its controls inside it)."""

from __future__ import annotations

import flet as ft

from app.i18n import plain
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

    controls: list[ft.Control] = [
        text(offer.title, theme_style=ft.TextThemeStyle.TITLE_MEDIUM),
        OfferBadges(offer.direction, offer.area, offer.status, offer.expired(today), offer.online_possible,
                    show_status=True),
    ]
    if new:
        controls.append(ft.Row(controls=[badge(t("angebote.my.new_interest_one") if new == 1
                                               else t("angebote.my.new_interest", count=new), "suche")]))
    open_label = t("angebote.my.open")
    controls += [
        OfferChipGroup(t("angebote.my.status_of", title=offer.title),
                       [(s, t(f"angebote.status.{s}")) for s in STATUS_ORDER], {offer.status}, status,
                       error=vm.errors.get(offer.id)),
        ft.Row(controls=[ft.OutlinedButton(
            content=ft.Text(open_label, semantics_label=plain(t("angebote.my.open_named", title=offer.title))),
            icon=ft.Icons.CHEVRON_RIGHT,
            on_click=lambda: ft.context.page.navigate(f"/angebote/{offer.id}"),
        )]),
    ]
    return ft.Card(margin=0, content=ft.Container(padding=16, content=ft.Column(spacing=8, controls=controls)))
