"""Profil & Einstellungen: who is signed in (name, roles, town), the editable display name, the sync server.

- The display name is the person's ``account`` record (id ``stable_id("account", username)``), changed as an
  ordinary local edit: it works offline and is synced like everything else; the server applies it to the login.
- The sync server address is shown always; where it may be changed (see :func:`server_editable`) it is validated,
  stored in the device's preferences and handed to the AppSession. In Flet's web-server mode the operator sets it:
  there the address would be fetched by the app server, not by the person's device.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Any

from app.i18n import t as german
from app.services.app_session import ServerChangeRefused, normalise_server_url
from app.store import NotFound, PermissionDenied, StoreError, ValidationFailed
from app.viewmodels.observable import ViewModel
from app.viewmodels.settings import PreferenceStore
from core import reference
from core.ids import stable_id

SERVER_URL_KEY = "ehrenamt.server_url.v1"
# the feedback channel BITV NRW requires (placeholder domain until the towns name the real mailbox)
FEEDBACK_EMAIL = "barrierefreiheit@ehrenamt-arnsberg-menden.example"
FEEDBACK_SUBJECT = "Barriere in der App Ehrenamt 4.0"
Translate = Callable[..., str]
Message = tuple[str, dict[str, Any]]


def feedback_mailto(page: str = "") -> str:
    """``mailto:`` link for reporting a barrier, with the subject (and the page it was found on) filled in."""
    from urllib.parse import quote

    subject = FEEDBACK_SUBJECT + (f" ({page})" if page else "")
    return f"mailto:{FEEDBACK_EMAIL}?subject={quote(subject)}"


def account_record_id(username: str) -> str:
    """The id the server gives a person's profile record (sync_server.service.push.account_record_id)."""
    return stable_id("account", username)


def server_editable(web: bool) -> bool:
    """May the person choose the sync server here? Yes where the app itself talks to it from the person's device
    (native app, Pyodide in the browser); not in Flet's web-server mode, where the app *server* would fetch
    whatever address a browser typed in (the operator sets EHRENAMT_SERVER_URL there)."""
    return not web or sys.platform == "emscripten"


async def load_server_url(app_session: Any, prefs: PreferenceStore | None) -> None:
    """Apply a stored server address before the session starts (ignored when missing or unusable)."""
    if prefs is None:
        return
    try:
        stored = await prefs.read(SERVER_URL_KEY)
    except Exception:
        return
    if stored:
        try:
            await app_session.set_server_url(stored)
        except (ValueError, ServerChangeRefused):
            pass


class ProfileViewModel(ViewModel):
    def __init__(self, app_session: Any, prefs: PreferenceStore | None = None, *,
                 server_editable: bool = True) -> None:
        super().__init__()
        self.app_session = app_session
        self._prefs = prefs
        self.server_editable = server_editable
        self.name_draft: str | None = None  # None: not being edited (the field shows the current name)
        self.name_error: Message | None = None
        self.server_draft: str | None = None
        self.server_error: Message | None = None
        self.name_notice: Message | None = None  # "Anzeigename gespeichert …"
        self.server_notice: Message | None = None

    # -- what is shown ---------------------------------------------------------------------------------------
    @property
    def account(self) -> dict[str, Any] | None:
        return self.app_session.account

    @property
    def display_name(self) -> str:
        account = self.account or {}
        return account.get("display_name") or account.get("username") or ""

    @property
    def username(self) -> str:
        return (self.account or {}).get("username") or ""

    def roles_text(self) -> str:
        roles = (self.account or {}).get("roles") or []
        return ", ".join(reference.ROLES.get(r, r) for r in roles)

    def town_text(self) -> str:
        town = (self.account or {}).get("municipality") or ""
        return reference.MUNICIPALITIES.get(town, town)

    @property
    def name_value(self) -> str:
        return self.display_name if self.name_draft is None else self.name_draft

    @property
    def server_url(self) -> str:
        return self.app_session.server_url

    @property
    def server_value(self) -> str:
        return self.server_url if self.server_draft is None else self.server_draft

    def text(self, message: Message | None, tr: Translate = german) -> str | None:
        return tr(message[0], **message[1]) if message else None

    # -- display name --------------------------------------------------------------------------------------------
    def set_name(self, value: str) -> None:
        self.name_draft = value or ""
        changed = self.name_error is not None or self.name_notice is not None
        self.name_error = self.name_notice = None
        if changed:
            self.notify()

    def save_name(self) -> bool:
        """Store the drafted display name as a local edit (synced later). False with ``name_error`` set."""
        replica = self.app_session.replica
        username = self.username
        name = (self.name_draft if self.name_draft is not None else self.display_name).strip()
        self.name_notice = None
        if replica is None or not username:
            self.name_error = ("profil.name.no_login", {})
        elif not name:
            self.name_error = ("profil.name.missing", {})
        else:
            self.name_error = self._write_name(replica, username, name)
        if self.name_error is None:
            self.name_draft = None
            self.name_notice = ("profil.name.saved", {})
            self.app_session.edited()
        self.notify()
        return self.name_error is None

    def _write_name(self, replica: Any, username: str, name: str) -> Message | None:
        record_id = account_record_id(username)
        try:
            if replica.get("account", record_id) is None:
                return ("profil.name.not_loaded", {})
            replica.update("account", record_id, {"display_name": name})
        except ValidationFailed as error:
            return ("profil.name.invalid", {"reason": " ".join(p.message for p in error.problems)})
        except (PermissionDenied, NotFound, StoreError) as error:
            return ("profil.name.invalid", {"reason": error.message})
        session = replica.session or {}
        if session.get("username") == username:  # the navigation shows the new name at once
            replica.set_session({**session, "display_name": name})
        return None

    # -- sync server ---------------------------------------------------------------------------------------------
    def set_server(self, value: str) -> None:
        self.server_draft = value or ""
        changed = self.server_error is not None or self.server_notice is not None
        self.server_error = self.server_notice = None
        if changed:
            self.notify()

    async def save_server(self) -> bool:
        """Validate, apply and store the drafted server address. False with ``server_error`` set."""
        self.server_notice = None
        if not self.server_editable:
            self.server_error = ("profil.server.fixed", {})
            self.notify()
            return False
        draft = (self.server_draft if self.server_draft is not None else self.server_url).strip()
        try:
            normalised = normalise_server_url(draft)
        except ValueError:
            self.server_error = ("profil.server.invalid", {})
            self.notify()
            return False
        try:
            await self.app_session.set_server_url(normalised)
        except ServerChangeRefused:
            self.server_error = ("profil.server.logout_first", {})
            self.notify()
            return False
        self.server_error = None
        self.server_draft = None
        self.server_notice = ("profil.server.saved", {"url": normalised})
        if self._prefs is not None:
            try:
                await self._prefs.write(SERVER_URL_KEY, normalised)
            except Exception:
                self.server_notice = ("profil.server.not_stored", {"url": normalised})
        self.notify()
        return True
