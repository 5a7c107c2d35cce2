"""/barrierefreiheit — the accessibility statement BITV NRW requires: compliance status, known limitations,
how it was made, the feedback channel and the enforcement body (Ombudsstelle für barrierefreie IT NRW)."""

from __future__ import annotations

import flet as ft

from app.ui.components.feedback_button import FeedbackButton
from app.ui.components.heading import Heading
from app.ui.components.page_frame import PageFrame
from app.ui.hooks import use_t
from app.ui.text import text
from app.viewmodels.profile import FEEDBACK_EMAIL

LIMITS = ("profil.statement.limit_1", "profil.statement.limit_2", "profil.statement.limit_3",
          "profil.statement.limit_4")


@ft.component
def BarrierefreiheitPage() -> ft.Control:
    t = use_t()

    def body(key: str, **params: object) -> ft.Control:
        return text(t(key, **params), theme_style=ft.TextThemeStyle.BODY_LARGE)

    def bullet(key: str) -> ft.Control:
        return ft.Row(
            vertical_alignment=ft.CrossAxisAlignment.START,
            controls=[ft.Semantics(exclude_semantics=True, content=text("•", theme_style=ft.TextThemeStyle.BODY_LARGE)),
                      text(t(key), theme_style=ft.TextThemeStyle.BODY_LARGE, expand=True)],
        )

    return PageFrame(
        t("profil.statement.title"),
        [
            body("profil.statement.intro"),
            Heading(t("profil.statement.status_heading"), level=2),
            body("profil.statement.status"),
            Heading(t("profil.statement.limits_heading"), level=2),
            ft.Column(spacing=8, controls=[bullet(key) for key in LIMITS]),
            body("profil.statement.leichte_sprache"),
            Heading(t("profil.statement.made_heading"), level=2),
            body("profil.statement.made"),
            Heading(t("profil.statement.feedback_heading"), level=2),
            body("profil.statement.feedback", email=FEEDBACK_EMAIL),
            FeedbackButton(t("profil.statement.title")),
            Heading(t("profil.statement.enforcement_heading"), level=2),
            body("profil.statement.enforcement"),
            body("profil.statement.enforcement_address"),
        ],
        back=("/profil", t("nav.back_to", page=t("page.profil.title"))),
    )
