"""A screen that already has its place, heading and purpose, while its data layer is still being built."""

from __future__ import annotations

import flet as ft

from app.ui.components.notice import Notice
from app.ui.components.page_frame import PageFrame
from app.ui.hooks import use_t
from app.ui.text import text


@ft.component
def PlaceholderPage(title_key: str, intro_key: str, back: tuple[str, str] | None = None) -> ft.Control:
    t = use_t()
    back_button = (back[0], t("nav.back_to", page=t(back[1]))) if back else None
    return PageFrame(
        t(title_key),
        [text(t(intro_key)), Notice(t("page.placeholder"), icon_name="CONSTRUCTION")],
        back=back_button,
    )
