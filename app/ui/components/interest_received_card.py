"""Interest someone reported for one of my offers: who, when, their message; my decision and answer."""

from __future__ import annotations

import flet as ft

from app.ui.components.offer_badges import badge
from app.ui.components.offer_chip_group import OfferChipGroup
from app.ui.hooks import use_t
from app.ui.text import text
from app.viewmodels.interests import ANSWER_STATUSES, InterestRow, InterestsViewModel
from app.viewmodels.offers import datetime_de


@ft.component
def InterestReceivedCard(row: InterestRow, vm: InterestsViewModel) -> ft.Control:
    t = use_t()
    draft = vm.draft(row.id)
    title = row.offer_title or t("angebote.my.unknown_offer")

    def decide(value: str, on: bool) -> None:
        if on:
            vm.set_answer_status(row.id, value)

    meta = [badge(t(f"angebote.interest.status.{row.status}"), "suche" if row.is_new else "muted")]
    controls: list[ft.Control] = [
        text(t("angebote.my.received_from", name=row.from_name, title=title),
             theme_style=ft.TextThemeStyle.TITLE_MEDIUM),
        ft.Row(wrap=True, spacing=8, controls=meta),
        text(t("angebote.my.when", when=datetime_de(row.sent_ms)), theme_style=ft.TextThemeStyle.BODY_SMALL),
        text(row.message, theme_style=ft.TextThemeStyle.BODY_LARGE),
    ]
    if row.answered_ms:
        controls.append(text(t("angebote.my.answered_when", when=datetime_de(row.answered_ms)),
                             theme_style=ft.TextThemeStyle.BODY_SMALL))
    controls += [
        OfferChipGroup(t("angebote.my.answer_status"),
                       [(s, t(f"angebote.interest.status.{s}")) for s in ANSWER_STATUSES], {draft.status}, decide),
        ft.Row(controls=[ft.TextField(
            label=t("angebote.my.answer_label", name=row.from_name),
            value=draft.text,
            multiline=True,
            min_lines=2,
            max_lines=6,
            expand=True,
            error=draft.error,
            on_change=lambda e: vm.set_answer_text(row.id, e.control.value),
        )]),
        ft.Row(controls=[ft.FilledButton(t("angebote.my.answer_send"), icon=ft.Icons.SEND,
                                         on_click=lambda: vm.answer(row.id))]),
    ]
    return ft.Card(margin=0, content=ft.Container(padding=16, content=ft.Column(spacing=8, controls=controls)))
