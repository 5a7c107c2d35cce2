"""Interest I reported: to which offer, when, my message, the owner's decision and answer; withdraw it."""

from __future__ import annotations

import flet as ft

from app.i18n import plain
from app.ui.components.offer_badges import badge
from app.ui.hooks import use_t
from app.ui.text import text
from app.viewmodels.interests import InterestRow, InterestsViewModel
from app.viewmodels.offers import datetime_de


@ft.component
def InterestSentCard(row: InterestRow, vm: InterestsViewModel) -> ft.Control:
    t = use_t()
    title = row.offer_title or t("angebote.my.unknown_offer")
    answered = row.status != "neu"
    controls: list[ft.Control] = [
        text(t("angebote.my.sent_to", title=title), theme_style=ft.TextThemeStyle.TITLE_MEDIUM),
        ft.Row(wrap=True, spacing=8, controls=[
            badge(t(f"angebote.interest.status.{row.status}"), "biete" if answered else "muted")]),
        text(t("angebote.my.when", when=datetime_de(row.sent_ms)), theme_style=ft.TextThemeStyle.BODY_SMALL),
        text(t("angebote.my.your_message", message=row.message)),
    ]
    if row.answer:
        controls.append(text(t("angebote.interest.already_answer", answer=row.answer),
                             theme_style=ft.TextThemeStyle.BODY_LARGE))
    elif not answered:
        controls.append(text(t("angebote.my.no_answer"), theme_style=ft.TextThemeStyle.BODY_SMALL))
    if row.answered_ms:
        controls.append(text(t("angebote.my.answered_when", when=datetime_de(row.answered_ms)),
                             theme_style=ft.TextThemeStyle.BODY_SMALL))
    if vm.errors.get(row.id):
        controls.append(text(vm.errors[row.id], color=ft.Colors.ERROR))
    actions: list[ft.Control] = []
    if row.offer_title:
        actions.append(ft.TextButton(
            content=ft.Text(t("angebote.my.open"), semantics_label=plain(t("angebote.my.open_named", title=title))),
            icon=ft.Icons.CHEVRON_RIGHT,
            on_click=lambda: ft.context.page.navigate(f"/angebote/{row.offer_id}")))
    if vm.confirming == row.id:
        controls.append(text(t("angebote.my.withdraw_confirm")))
        actions += [
            ft.FilledButton(t("angebote.my.withdraw_yes"), icon=ft.Icons.UNDO, on_click=lambda: vm.withdraw(row.id)),
            ft.TextButton(t("angebote.my.withdraw_no"), on_click=lambda: vm.cancel_withdraw()),
        ]
    else:
        actions.append(ft.TextButton(t("angebote.my.withdraw"), icon=ft.Icons.UNDO,
                                     on_click=lambda: vm.ask_withdraw(row.id)))
    controls.append(ft.Row(wrap=True, controls=actions))
    return ft.Card(margin=0, content=ft.Container(padding=16, content=ft.Column(spacing=8, controls=controls)))
