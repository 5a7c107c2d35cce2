"""/profil — who is signed in, and the display settings."""

from __future__ import annotations

import flet as ft

from app.ui.components.display_settings import DisplaySettings
from app.ui.components.page_frame import PageFrame
from app.ui.hooks import use_session, use_t
from app.ui.text import text


@ft.component
def ProfilPage() -> ft.Control:
    t = use_t()
    session = use_session()
    who = (
        t("page.profil.visitor")
        if session.is_visitor
        else t("page.profil.signed_in", name=session.display_name)
    )
    return PageFrame(t("page.profil.title"), [text(who), DisplaySettings()])
