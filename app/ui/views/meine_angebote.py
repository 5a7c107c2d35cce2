"""/meine-angebote — my offers in every status (with status changes), interest received for them (answer it),
interest I sent (with the owners' answers)."""

from __future__ import annotations

import flet as ft

from app.ui.components.heading import Heading
from app.ui.components.interest_answer_dialog import answer_dialog
from app.ui.components.interest_received_card import InterestReceivedCard
from app.ui.components.interest_sent_card import InterestSentCard
from app.ui.components.notice import Notice
from app.ui.components.offer_hooks import use_offer_session, use_offer_vm
from app.ui.components.offer_mine_card import OfferMineCard
from app.ui.components.page_frame import PageFrame
from app.ui.hooks import use_t
from app.ui.text import text
from app.viewmodels.interests import InterestsViewModel
from app.viewmodels.my_offers import MyOffersViewModel


def _mine(session) -> MyOffersViewModel:
    vm = MyOffersViewModel(session)
    vm.reload()
    return vm


def _interests(session) -> InterestsViewModel:
    vm = InterestsViewModel(session)
    vm.reload()
    return vm


def _go(route: str):
    return lambda: ft.context.page.navigate(route)


@ft.component
def MeineAngebotePage() -> ft.Control:
    t = use_t()
    session = use_offer_session()
    mine = use_offer_vm(lambda: _mine(session), [session])
    interests = use_offer_vm(lambda: _interests(session), [session])
    ft.use_dialog(answer_dialog(interests, t))
    title = t("angebote.my.title")
    back = ("/angebote", t("angebote.detail.back"))
    if not mine.signed_in:
        return PageFrame(title, [Notice(t("angebote.my.login"), icon_name="LOGIN"),
                                 ft.FilledButton(t("angebote.interest.login_button"), icon=ft.Icons.LOGIN,
                                                 on_click=_go("/profil"))], back=back)
    today = session.replica.today_iso()
    offers: list[ft.Control] = ([OfferMineCard(o, mine, today, key=o.id) for o in mine.items]
                                or [text(t("angebote.my.offers_none"))])
    received: list[ft.Control] = ([InterestReceivedCard(r, interests, key=r.id) for r in interests.received]
                                  or [text(t("angebote.my.received_none"))])
    sent: list[ft.Control] = ([InterestSentCard(r, interests, key=r.id) for r in interests.sent]
                              or [text(t("angebote.my.sent_none"))])
    body: list[ft.Control] = [
        ft.Row(key="actions", controls=[ft.FilledButton(t("angebote.create"), icon=ft.Icons.ADD,
                                                        on_click=_go("/angebote/neu"))]),
        ft.Column(key="offers", spacing=8, horizontal_alignment=ft.CrossAxisAlignment.STRETCH, controls=[
            Heading(t("angebote.my.offers", count=len(mine.items)), level=2), *offers]),
        ft.Column(key="received", spacing=8, horizontal_alignment=ft.CrossAxisAlignment.STRETCH, controls=[
            Heading(t("angebote.my.received", count=len(interests.received)), level=2), *received]),
        ft.Column(key="sent", spacing=8, horizontal_alignment=ft.CrossAxisAlignment.STRETCH, controls=[
            Heading(t("angebote.my.sent", count=len(interests.sent)), level=2), *sent]),
    ]
    return PageFrame(title, body, back=back)
