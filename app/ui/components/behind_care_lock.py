"""Something about care data shown outside the Lotsen screens (a conflict, a refused edit): while the care lock is
closed only a line saying so and the way to the lock, never the record's name or values."""

from __future__ import annotations

from collections.abc import Callable

import flet as ft

from app.ui.hooks import _NOTHING, use_app_session, use_t, use_viewmodel
from app.ui.text import text
from app.viewmodels.care_common import hidden_by_care_lock


@ft.component
def BehindCareLock(entity: str, build: Callable[[], ft.Control]) -> ft.Control:
    app_session = use_app_session()
    lock = getattr(app_session, "care_lock", None)
    use_viewmodel(lock if lock is not None else _NOTHING)  # shown again as soon as it is opened
    t = use_t()
    if not hidden_by_care_lock(app_session, entity):
        return build()
    return ft.Container(
        padding=12, border=ft.Border.all(1, ft.Colors.OUTLINE), border_radius=8,
        content=ft.Column(spacing=8, controls=[
            text(t("lotsen.lock.elsewhere")),
            ft.OutlinedButton(t("lotsen.lock.go"), icon=ft.Icons.LOCK_OPEN,
                              on_click=lambda: ft.context.page.navigate("/lotsen")),
        ]))
