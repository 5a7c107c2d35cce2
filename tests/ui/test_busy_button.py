"""BusyButton: while its action runs the button is disabled and says so; a second tap does not start it twice."""

from __future__ import annotations

import asyncio

import flet as ft

from app.ui.components.busy_button import BusyButton
from tests.ui.flet_session import FletSession


async def test_the_button_is_disabled_and_says_so_while_its_action_runs():
    release = asyncio.Event()
    calls: list[str] = []

    async def sign_in() -> None:
        calls.append("sign_in")
        await release.wait()

    @ft.component
    def View() -> ft.Control:
        return BusyButton("Anmelden", sign_in, icon=ft.Icons.LOGIN, busy_label="Anmeldung läuft …")

    app = FletSession(View)
    button = app.control(ft.FilledButton)
    assert (button.content, button.disabled) == ("Anmelden", False)

    first = asyncio.create_task(app.event(button, "click"))
    await app.settle()
    busy = app.control(ft.FilledButton)
    assert (busy.content, busy.disabled, busy.icon) == ("Anmeldung läuft …", True, ft.Icons.HOURGLASS_TOP)
    await app.event(busy, "click")  # a second tap while it runs
    assert calls == ["sign_in"]

    release.set()
    await first
    await app.settle()
    done = app.control(ft.FilledButton)
    assert (done.content, done.disabled, done.icon) == ("Anmelden", False, ft.Icons.LOGIN)


async def test_work_started_elsewhere_disables_the_button_too():
    calls: list[str] = []

    async def submit() -> None:
        calls.append("submit")

    @ft.component
    def View() -> ft.Control:
        return BusyButton("Abmelden", submit, busy=True, kind=ft.OutlinedButton)  # no busy label: name unchanged

    app = FletSession(View)
    button = app.control(ft.OutlinedButton)
    assert (button.content, button.disabled) == ("Abmelden", True)
    await app.event(button, "click")
    assert calls == []
