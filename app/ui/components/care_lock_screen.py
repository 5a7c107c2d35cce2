"""What a care screen shows while the care lock is closed: why, a password field and "Entsperren".

The screen behind it stays mounted but hidden (not drawn, not in the accessibility tree, not the page title), so a
form keeps what was typed, and nothing of a contact is shown until the password was right.
"""

from __future__ import annotations

import flet as ft

from app.services.care_lock import CareLock
from app.ui.components.busy_button import BusyButton
from app.ui.components.page_frame import PageFrame
from app.ui.components.text_input import TextInput
from app.ui.hooks import use_t, use_viewmodel
from app.ui.text import text


@ft.component
def CareLockScreen(lock: CareLock) -> ft.Control:
    lock = use_viewmodel(lock)
    t = use_t()
    password, set_password = ft.use_state("")

    async def unlock() -> None:
        if await lock.unlock(password):
            set_password("")

    return PageFrame(t("lotsen.lock.title"), [
        text(t("lotsen.lock.intro", minutes=lock.lock_minutes)),
        TextInput(
            key="password",
            label=t("lotsen.lock.password"),
            value=password,
            password=True,
            on_change=lambda e: set_password(e.control.value or ""),
            on_submit=unlock,
            autofill_hints=ft.AutofillHint.PASSWORD,
            disabled=lock.busy,
        ),
        ft.Container(key="lock-error", visible=bool(lock.error), content=ft.Semantics(
            live_region=True, container=True,
            content=text(t(lock.error) if lock.error else "", color=ft.Colors.ERROR,
                         theme_style=ft.TextThemeStyle.BODY_LARGE))),
        ft.Row(key="actions", controls=[
            BusyButton(t("lotsen.lock.unlock"), unlock, icon=ft.Icons.LOCK_OPEN, busy=lock.busy,
                       busy_label=t("lotsen.lock.busy")),
        ]),
    ])
