""""Barriere melden (E-Mail)": opens the mail program with the accessibility feedback address (BITV NRW)."""

from __future__ import annotations

import flet as ft

from app.i18n import plain
from app.ui.hooks import use_t
from app.ui.text import text
from app.viewmodels.profile import FEEDBACK_EMAIL, feedback_mailto


@ft.component
def FeedbackButton(page_name: str = "") -> ft.Control:
    t = use_t()
    failed, set_failed = ft.use_state(False)

    async def open_mail() -> None:
        try:
            await ft.UrlLauncher().launch_url(feedback_mailto(plain(page_name)))
        except Exception:  # no mail program (or the platform refused): say where to write instead
            set_failed(True)

    controls: list[ft.Control] = [
        ft.OutlinedButton(t("profil.feedback"), icon=ft.Icons.MAIL_OUTLINE, on_click=open_mail),
    ]
    if failed:
        controls.append(text(t("profil.feedback_failed", email=FEEDBACK_EMAIL)))
    return ft.Column(spacing=8, controls=controls)
