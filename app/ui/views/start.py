"""/start — what the app is, in Leichte Sprache (easy German), and where to go from here."""

from __future__ import annotations

import flet as ft

from app.ui.components.destination_list import DestinationList
from app.ui.components.heading import Heading
from app.ui.components.page_frame import PageFrame
from app.ui.hooks import use_session, use_t
from app.ui.text import text
from app.viewmodels.shell import visible_destinations

EASY_SENTENCES = (
    "page.start.easy_1",
    "page.start.easy_2",
    "page.start.easy_3",
    "page.start.easy_4",
    "page.start.easy_5",
)


@ft.component
def StartPage() -> ft.Control:
    t = use_t()
    sections = [d for d in visible_destinations(use_session().roles) if d.key not in ("start", "profil")]
    return PageFrame(
        t("page.start.title"),
        [
            Heading(t("page.start.easy_heading"), level=2),
            ft.Column(
                spacing=8,
                controls=[text(t(key), theme_style=ft.TextThemeStyle.BODY_LARGE) for key in EASY_SENTENCES],
            ),
            Heading(t("page.start.sections"), level=2),
            DestinationList(sections),
        ],
    )
