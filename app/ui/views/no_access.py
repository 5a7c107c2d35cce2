"""Shown instead of a page the person's roles do not allow."""

from __future__ import annotations

import flet as ft

from app.ui.components.notice import Notice
from app.ui.components.page_frame import PageFrame
from app.ui.hooks import use_t
from app.viewmodels.shell import HOME_ROUTE


@ft.component
def NoAccessPage() -> ft.Control:
    t = use_t()
    return PageFrame(
        t("page.no_access.title"),
        [
            Notice(t("page.no_access.text"), icon_name="LOCK_OUTLINE"),
            ft.FilledButton(t("page.go_start"), on_click=lambda: ft.context.page.navigate(HOME_ROUTE)),
        ],
    )
