"""The "Interesse melden" dialog: a message to the offer's owner. The message error shows under the field; the
typed text survives cancelling and failed attempts (it lives in the view-model).

Build it on every render and hand it to ``ft.use_dialog`` (None while closed)."""

from __future__ import annotations

from collections.abc import Callable

import flet as ft

from app.ui.components.text_input import TextInput
from app.ui.text import text
from app.viewmodels.offer_detail import OfferDetailViewModel


def interest_dialog(vm: OfferDetailViewModel, t: Callable[..., str]) -> ft.AlertDialog | None:
    if not vm.dialog_open:
        return None
    return ft.AlertDialog(
        modal=True,
        scrollable=True,  # large text on a small phone: the content scrolls, the buttons stay
        title=text(t("angebote.interest.dialog_title")),
        content=ft.Column(
            tight=True,
            spacing=12,
            width=480,
            controls=[
                text(t("angebote.interest.dialog_text", owner=vm.owner_name)),
                ft.Row(controls=[TextInput(
                    label=t("angebote.interest.message"),
                    value=vm.message,
                    multiline=True,
                    min_lines=3,
                    max_lines=8,
                    autofocus=True,
                    expand=True,
                    on_change=lambda e: vm.set_message(e.control.value),
                    error=vm.message_error,
                    error_max_lines=4,
                )]),
            ],
        ),
        actions=[
            ft.TextButton(t("angebote.interest.cancel"), on_click=lambda: vm.close_dialog()),
            ft.FilledButton(t("angebote.interest.send"), icon=ft.Icons.SEND, on_click=lambda: vm.report_interest()),
        ],
    )
