"""The answer dialog of "Erhaltene Interessen": decision (Angenommen / Beantwortet / Abgelehnt) and a message to
the sender. Errors show under the field; the draft survives cancelling and failed attempts.

Build it on every render and hand it to ``ft.use_dialog`` (None while closed)."""

from __future__ import annotations

from collections.abc import Callable

import flet as ft

from app.ui.components.radio_tile import RadioTile
from app.ui.components.text_input import TextInput
from app.ui.text import text
from app.viewmodels.interests import ANSWER_STATUSES, InterestsViewModel


def answer_dialog(vm: InterestsViewModel, t: Callable[..., str]) -> ft.AlertDialog | None:
    row = vm.answering_row
    if row is None:
        return None
    draft = vm.draft(row.id)

    def decide(e: ft.Event[ft.RadioGroup]) -> None:
        if e.control.value:
            vm.set_answer_status(row.id, e.control.value)

    return ft.AlertDialog(
        modal=True,
        scrollable=True,  # large text on a small phone: the content scrolls, the buttons stay
        title=text(t("angebote.my.answer_title", name=row.from_name)),
        content=ft.Column(
            tight=True,
            spacing=12,
            width=480,
            controls=[
                text(t("angebote.my.their_message", message=row.message)),
                text(t("angebote.my.answer_status"), theme_style=ft.TextThemeStyle.TITLE_SMALL),
                ft.RadioGroup(
                    value=draft.status,
                    on_change=decide,
                    content=ft.Column(spacing=0, controls=[
                        RadioTile(s, t(f"angebote.interest.status.{s}")) for s in ANSWER_STATUSES]),
                ),
                ft.Row(controls=[TextInput(
                    label=t("angebote.my.answer"),
                    value=draft.text,
                    multiline=True,
                    min_lines=3,
                    max_lines=8,
                    expand=True,
                    error=draft.error,
                    error_max_lines=4,
                    on_change=lambda e: vm.set_answer_text(row.id, e.control.value),
                )]),
            ],
        ),
        actions=[
            ft.TextButton(t("angebote.interest.cancel"), on_click=lambda: vm.close_answer()),
            ft.FilledButton(t("angebote.my.answer_send"), icon=ft.Icons.SEND, on_click=lambda: vm.answer(row.id)),
        ],
    )
