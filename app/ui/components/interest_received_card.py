"""Interest someone reported for one of my offers: who, when, their message, my decision and answer so far, and
the button that opens the answer dialog. The card is one screen-reader group (its texts read together)."""

from __future__ import annotations

import flet as ft

from app.ui.components.offer_badges import badge
from app.ui.hooks import use_t
from app.ui.text import text
from app.viewmodels.interests import InterestRow, InterestsViewModel
from app.viewmodels.offers import datetime_de


@ft.component
def InterestReceivedCard(row: InterestRow, vm: InterestsViewModel) -> ft.Control:
    t = use_t()
    title = row.offer_title or t("angebote.my.unknown_offer")
    controls: list[ft.Control] = [
        text(t("angebote.my.received_from", name=row.from_name, title=title),
             theme_style=ft.TextThemeStyle.TITLE_MEDIUM),
        ft.Row(wrap=True, spacing=8, controls=[
            badge(t(f"angebote.interest.status.{row.status}"), "suche" if row.is_new else "muted")]),
        text(t("angebote.my.when", when=datetime_de(row.sent_ms)), theme_style=ft.TextThemeStyle.BODY_SMALL),
        text(row.message, theme_style=ft.TextThemeStyle.BODY_LARGE),
    ]
    if row.answer:
        controls.append(text(t("angebote.my.your_answer", answer=row.answer)))
    if row.answered_ms:
        controls.append(text(t("angebote.my.answered_when", when=datetime_de(row.answered_ms)),
                             theme_style=ft.TextThemeStyle.BODY_SMALL))
    label = t("angebote.my.answer_open") if row.is_new else t("angebote.my.answer_change")
    controls.append(ft.Row(wrap=True, controls=[
        ft.FilledButton(label, icon=ft.Icons.REPLY, on_click=lambda: vm.open_answer(row.id))]))
    return ft.Card(margin=0, content=ft.Container(padding=16, content=ft.Column(spacing=8, controls=controls)))
