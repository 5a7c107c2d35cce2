"""Care data outside the Lotsen screens (a conflict, a refused edit) stays hidden while the care lock is closed and
comes back as soon as it is opened; other entries are never hidden."""

from __future__ import annotations

import flet as ft

from app.services.care_lock import CareLock, make_verifier
from app.ui.components.behind_care_lock import BehindCareLock
from app.ui.contexts import AppSessionContext, SettingsContext
from app.viewmodels.observable import ViewModel
from app.viewmodels.settings import SettingsViewModel
from tests.ui.flet_session import FletSession

SECRET = "Erna Beispiel: Hilfe beim Antrag auf Pflegegrad"


class Session(ViewModel):
    def __init__(self, lock: CareLock) -> None:
        super().__init__()
        self.care_lock = lock


def texts(app: FletSession) -> list[str]:
    return [str(c.value) for c in app.controls(ft.Text)]


async def test_care_entries_are_hidden_while_locked_and_shown_once_opened():
    verifier = make_verifier("geheim-123", iterations=1000)
    lock = CareLock(lock_after_s=300, stored_verifier=lambda: verifier, store_verifier=lambda _v: None)
    lock.lock()
    session, settings = Session(lock), SettingsViewModel()

    @ft.component
    def View() -> ft.Control:
        return SettingsContext(settings, lambda: AppSessionContext(session, lambda: ft.Column([
            BehindCareLock("contact", lambda: ft.Text(SECRET)),
            BehindCareLock("appointment", lambda: ft.Text("Vorstandssitzung")),
        ])))

    app = FletSession(View)
    await app.settle()
    assert SECRET not in texts(app) and "Vorstandssitzung" in texts(app)
    assert any("gerade gesperrt" in t for t in texts(app))
    assert app.control(ft.OutlinedButton, "Lotsen-Bereich entsperren")

    assert await lock.unlock("geheim-123")
    await app.settle()
    assert SECRET in texts(app)
    assert not any("gerade gesperrt" in t for t in texts(app))
