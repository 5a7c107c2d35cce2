"""Signing in and out, remembering a login per browser/device, and keeping the navigation's session in step.

- :class:`LoginViewModel`: the login form (Benutzername, Passwort) with German errors, logout, and
  :meth:`LoginViewModel.restore` which reopens a remembered login when the app starts (or a page is reloaded).
- A remembered login is the username plus a random resume key (see ``AppSession.remember_login``) in the
  device's preferences (localStorage in a browser) — never the password, never a server token.
- :func:`follow_account` mirrors the AppSession's account into the :class:`SessionViewModel` the shell uses for
  its navigation (the Lotsen tab appears only for lotse/coordinator).
"""

from __future__ import annotations

import json
import logging
import math
from collections.abc import Callable
from typing import Any

from app.i18n import t as german
from app.sync.errors import SyncError
from app.viewmodels.observable import ViewModel
from app.viewmodels.session import SessionViewModel
from app.viewmodels.settings import PreferenceStore

REMEMBER_KEY = "ehrenamt.login.v1"
log = logging.getLogger(__name__)
Translate = Callable[..., str]
Message = tuple[str, dict[str, Any]]  # (i18n key, parameters): translated when shown, so a language switch works


class LoginViewModel(ViewModel):
    def __init__(self, app_session: Any, prefs: PreferenceStore | None = None) -> None:
        super().__init__()
        self.app_session = app_session
        self._prefs = prefs
        self.username = ""
        self.password = ""
        self.busy = False
        self.error: Message | None = None  # about the whole form (wrong password, server unreachable …)
        self.field_errors: dict[str, Message] = {}  # "username" / "password": a missing entry
        self.notice: Message | None = None  # after logout: what happened

    # -- form ------------------------------------------------------------------------------------------------
    def set_username(self, value: str) -> None:
        self.username = value or ""
        if self.field_errors.pop("username", None) is not None:
            self.notify()

    def set_password(self, value: str) -> None:
        self.password = value or ""
        if self.field_errors.pop("password", None) is not None:
            self.notify()

    def text(self, message: Message | None, tr: Translate = german) -> str | None:
        return tr(message[0], **message[1]) if message else None

    def field_error(self, name: str, tr: Translate = german) -> str | None:
        return self.text(self.field_errors.get(name), tr)

    async def submit(self) -> bool:
        """Log in with the form's values. True on success (the form is cleared, the login remembered)."""
        if self.busy:
            return False
        username = self.username.strip().lower()
        self.field_errors = {}
        self.error = self.notice = None
        if not username:
            self.field_errors["username"] = ("profil.login.username_missing", {})
        if not self.password:
            self.field_errors["password"] = ("profil.login.password_missing", {})
        if self.field_errors:
            self.notify()
            return False
        self.busy = True
        self.notify()
        try:
            await self.app_session.login(username, self.password)
        except SyncError as error:
            self.error = login_error(error)
            return False
        finally:
            self.busy = False
            self.password = ""  # never kept longer than the attempt
            self.notify()
        self.username = ""
        await self._remember()
        return True

    async def logout(self) -> None:
        """Send what can be sent, revoke this device's tokens, forget the remembered login, continue as visitor."""
        if self.busy:
            return
        self.busy = True
        self.error = None
        self.notify()
        try:
            await self.app_session.logout()
            await self._forget()
            self.notice = ("profil.logout.done", {})
        finally:
            self.busy = False
            self.notify()

    # -- remembered login ---------------------------------------------------------------------------------------
    async def restore(self) -> None:
        """Start the AppSession: with the remembered login if this device has a valid one, else as a visitor."""
        remembered = await self._read()
        username, key = (remembered or (None, None))
        try:
            await self.app_session.start(username=username, resume_key=key)
        except Exception:  # e.g. the person's replica file is unreadable: the app still opens, as a visitor
            if username is None:
                raise
            log.exception("could not reopen the remembered login of %s", username)
            await self.app_session.start()
        if remembered and self.app_session.username != username:
            await self._forget()  # logged out elsewhere, or the key is no longer valid

    async def _read(self) -> tuple[str, str] | None:
        if self._prefs is None:
            return None
        try:
            raw = await self._prefs.read(REMEMBER_KEY)
            data = json.loads(raw) if raw else None
        except Exception:  # unreadable storage: start as a visitor, never crash
            return None
        if isinstance(data, dict) and isinstance(data.get("username"), str) and isinstance(data.get("key"), str):
            return data["username"], data["key"]
        return None

    async def _remember(self) -> None:
        if self._prefs is None:
            return
        key = self.app_session.remember_login()
        if key is None:
            return
        try:
            await self._prefs.write(REMEMBER_KEY, json.dumps({"username": self.app_session.username, "key": key}))
        except Exception:  # the login works; only the next reload will ask again
            pass

    async def _forget(self) -> None:
        if self._prefs is None:
            return
        try:
            await self._prefs.write(REMEMBER_KEY, "")
        except Exception:
            pass


def login_error(error: SyncError) -> Message:
    """The German (translatable) message for a failed login."""
    if error.code == "offline":
        return ("profil.login.unreachable", {})
    if error.code == "rate_limited":
        if error.retry_after:
            return ("profil.login.rate_limited_minutes", {"minutes": max(1, math.ceil(error.retry_after / 60))})
        return ("profil.login.rate_limited", {})
    if error.code == "server_error":
        return ("profil.login.server_error", {})
    if error.code == "login_failed" and error.status == 401:
        return ("profil.login.wrong", {})
    if error.code == "login_failed" and error.status in (None, 400, 422):
        return ("profil.login.invalid_username", {})
    return ("profil.login.other", {"reason": error.message_de})  # e.g. a locked account (the server's words)


def follow_account(app_session: Any, session_vm: SessionViewModel) -> Callable[[], None]:
    """Keep ``session_vm`` (roles for the navigation, display name) equal to the AppSession's account.
    Returns the function that stops following."""

    def sync() -> None:
        actor = app_session.actor
        account = app_session.account or {}
        name = account.get("display_name") or (actor.username if actor else "")
        if actor is None:
            if session_vm.actor is not None:
                session_vm.sign_out()
        elif actor != session_vm.actor or name != session_vm.display_name:
            session_vm.sign_in(actor, name)

    unsubscribe = app_session.subscribe(sync)
    sync()
    return unsubscribe
