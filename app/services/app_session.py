"""One person's app: their local replica, the sync engine and the background sync worker (no Flet here).

Every browser tab in web-server mode, and the single user of a phone, gets an ``AppSession``:
- a visitor (not logged in) works on a private replica of public data only, pulled anonymously;
- after login the person works on their own replica file ``<data_dir>/users/<username>/replica.db``, so two people
  using the same server process never share local data.
Views never talk to the store or the network directly: view-models get ``session.replica`` and call
``session.edited()`` after a local edit, which schedules a (debounced) sync.
"""

from __future__ import annotations

import dataclasses
import hashlib
import hmac
import os
import re
import secrets
from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from app.config import AppConfig
from app.services.care_lock import META_VERIFIER, CareLock, lock_minutes_from_env
from app.store import Replica
from app.sync.engine import SyncEngine
from app.sync.errors import SyncError
from app.sync.httpx_transport import HttpxTransport
from app.sync.transport import Transport
from app.sync.worker import SyncStatus, SyncWorker
from app.viewmodels.observable import ViewModel
from app.viewmodels.session import CARE_ROLES
from core.access import Actor

TransportFactory = Callable[[str], Transport]
_SAFE_NAME = re.compile(r"^[a-z0-9][a-z0-9._-]{1,39}$")
# hashes of the resume keys handed to browsers/devices that may reopen this login (see remember_login)
META_RESUME_KEYS = "app.resume_keys"
MAX_RESUME_KEYS = 20


def _key_hash(key: str) -> str:
    return hashlib.sha256(key.encode("utf-8")).hexdigest()


def _float_env(name: str, default: float) -> float:
    try:
        return float(os.environ.get(name, default))
    except ValueError:
        return default


class AppSession(ViewModel):
    """Owns the replica, engine and worker of one app session; notifies listeners on login/logout and sync status."""

    def __init__(self, config: AppConfig, *, transport_factory: TransportFactory | None = None,
                 worker_options: dict[str, Any] | None = None) -> None:
        super().__init__()
        self.config = config
        self._transport_factory = transport_factory or (lambda url: HttpxTransport(url))
        self._worker_options = worker_options or {
            "interval_s": _float_env("EHRENAMT_SYNC_INTERVAL_S", 60.0),
            "debounce_s": _float_env("EHRENAMT_SYNC_DEBOUNCE_S", 1.0),
            "backoff_base_s": _float_env("EHRENAMT_SYNC_BACKOFF_BASE_S", 1.0),
            "backoff_max_s": _float_env("EHRENAMT_SYNC_BACKOFF_MAX_S", 15.0),
        }
        self.replica: Replica | None = None
        self.engine: SyncEngine | None = None
        self.worker: SyncWorker | None = None
        self.status: SyncStatus = SyncStatus()
        self._visitor_path: Path | None = None
        self._unsubscribe: Callable[[], None] | None = None
        self._device_online: bool | None = None  # what the platform last said (None: it never said)
        self.care_lock_s = 60 * lock_minutes_from_env()
        self.care_lock: CareLock | None = None  # the lock of the Lotsen screens of a logged-in person

    # ------------------------------------------------------------------ identity
    @property
    def account(self) -> dict[str, Any] | None:
        return self.replica.session if self.replica is not None else None

    @property
    def username(self) -> str | None:
        account = self.account
        return account.get("username") if account else None

    @property
    def actor(self) -> Actor | None:
        account = self.account
        if not account:
            return None
        return Actor(account["username"], frozenset(account.get("roles") or ()), account.get("municipality") or "",
                     frozenset(account.get("organisations") or ()))

    @property
    def is_visitor(self) -> bool:
        return self.account is None

    # ------------------------------------------------------------------ lifecycle
    async def start(self, username: str | None = None, resume_key: str | None = None) -> None:
        """Open the replica (a remembered login, or a fresh visitor replica) and start syncing. Needs a running loop.

        With ``resume_key`` the login is reopened only if that key was handed out by :meth:`remember_login` for
        this account (in web-server mode the browser holds only the username and this key, never a password or a
        server token; a browser that merely claims a username gets a visitor session)."""
        if username and _SAFE_NAME.match(username) and self._user_path(username).exists():
            await self._open(self._user_path(username))
            if self.account is None or (resume_key is not None and not self._resume_key_valid(resume_key)):
                await self._close_replica()  # logged out meanwhile, or not this browser's login: visitor
            elif self.care_lock is not None:
                self.care_lock.lock()  # a reopened login: the care screens want the password first
        if self.replica is None:
            self._visitor_path = self.config.data_dir / "visitors" / f"{secrets.token_hex(8)}.db"
            await self._open(self._visitor_path)
        self.notify()

    async def login(self, username: str, password: str) -> dict[str, Any]:
        """Log in against the sync server; switches to the person's own replica. Raises SyncError (German message)."""
        username = username.strip().lower()
        if not _SAFE_NAME.match(username):
            raise SyncError("login_failed", "Bitte einen gültigen Benutzernamen eingeben.")
        path = self._user_path(username)
        path.parent.mkdir(parents=True, exist_ok=True)
        replica = Replica.open(path)
        engine = SyncEngine(replica, self._transport_factory(self.config.server_url), device_name="Ehrenamt 4.0 App")
        try:
            account = await engine.login(username, password, server=self.config.server_url)
        except BaseException:
            replica.close()
            raise
        await self._close_replica()
        self._attach(replica, engine)
        if self.care_lock is not None and set(account.get("roles") or ()) & CARE_ROLES:
            self.care_lock.remember_password(password)  # the care screens open offline with this password
        self.notify()
        return account

    async def logout(self) -> None:
        """Revoke the device token (best effort offline), keep nothing open, continue as a visitor."""
        if self.engine is not None and self.account is not None:
            if self.replica is not None and self.replica.outbox_count() > 0 and self.worker is not None:
                try:  # last chance to send unsent edits; they stay on the device otherwise
                    await self.worker.sync_now()
                except SyncError:
                    pass
            await self.engine.logout()
        if self.replica is not None and self.replica.get_meta(META_RESUME_KEYS):
            self.replica.set_meta(META_RESUME_KEYS, None)  # no browser may reopen this login any more
        if self.replica is not None and self.replica.get_meta(META_VERIFIER) is not None:
            self.replica.set_meta(META_VERIFIER, None)  # the next login stores a fresh one
        await self._close_replica()
        await self.start()

    async def close(self) -> None:
        await self._close_replica()

    # ------------------------------------------------------------------ remembered logins, pausing, server
    def remember_login(self) -> str | None:
        """A fresh random key with which this login may be reopened later (``start(username, resume_key=...)``).
        Only its hash is kept (in the person's replica); logout forgets all of them. None for a visitor."""
        if self.replica is None or self.account is None:
            return None
        key = secrets.token_urlsafe(32)
        hashes = [h for h in (self.replica.get_meta(META_RESUME_KEYS) or []) if isinstance(h, str)]
        self.replica.set_meta(META_RESUME_KEYS, (hashes + [_key_hash(key)])[-MAX_RESUME_KEYS:])
        return key

    def _resume_key_valid(self, key: str) -> bool:
        if self.replica is None or not key:
            return False
        wanted = _key_hash(key)
        return any(hmac.compare_digest(wanted, h) for h in (self.replica.get_meta(META_RESUME_KEYS) or [])
                   if isinstance(h, str))

    async def suspend(self) -> None:
        """Pause background syncing (the browser tab went away); :meth:`resume` continues. Data stays open."""
        if self.worker is not None and self.worker.running:
            await self.worker.stop()

    def resume(self) -> None:
        """Continue background syncing after :meth:`suspend` (syncs at once)."""
        if self.worker is not None and not self.worker.running:
            self.worker.start()

    @property
    def server_url(self) -> str:
        return self.config.server_url

    async def set_server_url(self, url: str) -> str:
        """Use another sync server. Raises ValueError for an unusable address and ServerChangeRefused while a
        person is logged in (their data and tokens belong to the old server: log out first). A visitor's replica
        of public data is started afresh for the new server. Returns the normalised address."""
        normalised = normalise_server_url(url)
        if normalised == self.config.server_url:
            return normalised
        if self.account is not None:
            raise ServerChangeRefused("Bitte melden Sie sich zuerst ab, um den Server zu wechseln.")
        self.config = dataclasses.replace(self.config, server_url=normalised)
        if self.replica is not None:  # a visitor: public data of the old server is of no use
            await self._close_replica()
            await self.start()
        self.notify()
        return normalised

    def edited(self) -> None:
        """A view-model saved a local edit: let the worker sync soon, and refresh listeners."""
        if self.care_lock is not None:
            self.care_lock.touch()
        if self.worker is not None:
            self.worker.notify_local_edit()
        self.notify()

    async def _password_ok_on_server(self, password: str) -> bool:
        """The care lock's check when the replica holds no verifier. Raises SyncError when the server cannot say."""
        if self.engine is None or self.username is None:
            raise SyncError("offline")
        try:
            await self.engine.login(self.username, password, server=self.config.server_url)
        except SyncError as exc:
            if exc.code == "login_failed":
                return False
            raise
        return True

    def request_sync(self) -> None:
        if self.worker is not None:
            self.worker.request_sync()

    def set_online(self, online: bool) -> None:
        """The device's network came or went (platform connectivity events): offline, the worker stops trying
        and says so; back online, it syncs at once. Remembered for the worker of a later login."""
        self._device_online = online
        if self.worker is not None:
            self.worker.set_online(online)

    # ------------------------------------------------------------------ internals
    def _user_path(self, username: str) -> Path:
        return self.config.data_dir / "users" / username / "replica.db"

    async def _open(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        replica = Replica.open(path)
        engine = SyncEngine(replica, self._transport_factory(self.config.server_url), device_name="Ehrenamt 4.0 App")
        self._attach(replica, engine)

    def _attach(self, replica: Replica, engine: SyncEngine) -> None:
        self.replica, self.engine = replica, engine
        self.care_lock = None if self.account is None else CareLock(
            lock_after_s=self.care_lock_s,
            stored_verifier=lambda: replica.get_meta(META_VERIFIER),
            store_verifier=lambda verifier: replica.set_meta(META_VERIFIER, verifier),
            server_check=self._password_ok_on_server)
        self.worker = SyncWorker(engine, **self._worker_options)
        self._unsubscribe = self.worker.add_listener(self._on_status)
        if self._device_online is False:
            self.worker.set_online(False)
        self.worker.start()

    def _on_status(self, status: SyncStatus) -> None:
        self.status = status
        self.notify()

    async def _close_replica(self) -> None:
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None
        if self.worker is not None:
            await self.worker.stop()
            self.worker = None
        transport = getattr(self.engine, "transport", None)
        aclose = getattr(transport, "aclose", None)
        if aclose is not None:
            try:
                await aclose()
            except Exception:  # noqa: BLE001 - closing a dead connection must not break logout
                pass
        self.engine = None
        self.care_lock = None
        if self.replica is not None:
            self.replica.close()
            self.replica = None
        if self._visitor_path is not None:
            for suffix in ("", "-wal", "-shm"):
                Path(str(self._visitor_path) + suffix).unlink(missing_ok=True)
            self._visitor_path = None


def normalise_server_url(url: str) -> str:
    """``https://sync.example.org/`` → ``https://sync.example.org``; ValueError unless an http(s) address."""
    value = (url or "").strip()
    parts = urlsplit(value)
    if parts.scheme not in ("http", "https") or not parts.hostname or any(c.isspace() for c in value):
        raise ValueError(f"not an http(s) URL: {url!r}")
    if parts.query or parts.fragment:
        raise ValueError(f"a server address has no query or fragment: {url!r}")
    try:
        parts.port  # noqa: B018 - raises ValueError for a bad port
    except ValueError:
        raise ValueError(f"bad port in {url!r}") from None
    return value.rstrip("/")


class ServerChangeRefused(Exception):
    """The sync server cannot be changed right now; ``message`` says why, in German."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

