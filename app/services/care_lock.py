"""The lock of the Lotsen screens: health data (Art. 9 GDPR) is hidden after some minutes without input, when the
app is opened again with a remembered login, or when the Lotse taps "Sperren"; the account password opens it again,
also offline.

Offline the password is checked against a verifier stored in the person's replica at login (PBKDF2-HMAC-SHA256
with a random salt, :data:`ITERATIONS` rounds — never the password). A replica without a verifier (logged in with
an older app version) is opened by a check against the server instead, which then stores one. After
:data:`MAX_FAILURES` wrong passwords in a row further tries wait :data:`COOLDOWN_S` seconds.

No Flet, no threads: the screens render :attr:`CareLock.locked`; time comes in as ``monotonic``.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
import secrets
import time
from collections.abc import Awaitable, Callable
from typing import Any

from app.viewmodels.observable import ViewModel

META_VERIFIER = "care.unlock_verifier"
ITERATIONS = 200_000
MAX_FAILURES = 5
COOLDOWN_S = 60.0
DEFAULT_LOCK_MINUTES = 5.0

# message keys (app/i18n) of what went wrong
EMPTY, WRONG, TOO_MANY, NEEDS_SERVER = ("lotsen.lock.empty", "lotsen.lock.wrong", "lotsen.lock.too_many",
                                        "lotsen.lock.needs_server")


def make_verifier(password: str, *, iterations: int = ITERATIONS) -> dict[str, Any]:
    salt = secrets.token_bytes(16)
    digest = hashlib.pbkdf2_hmac("sha256", password.encode("utf-8"), salt, iterations)
    return {"alg": "pbkdf2-sha256", "iterations": iterations, "salt": base64.b64encode(salt).decode("ascii"),
            "hash": base64.b64encode(digest).decode("ascii")}


def verify(verifier: dict[str, Any], password: str) -> bool:
    try:
        salt = base64.b64decode(verifier["salt"])
        expected = base64.b64decode(verifier["hash"])
        iterations = int(verifier["iterations"])
    except (KeyError, TypeError, ValueError):
        return False
    if verifier.get("alg") != "pbkdf2-sha256" or iterations < 1:
        return False
    digest = hashlib.pbkdf2_hmac("sha256", password.encode("utf-8"), salt, iterations)
    return hmac.compare_digest(digest, expected)


def lock_minutes_from_env() -> float:
    try:
        minutes = float(os.environ.get("EHRENAMT_CARE_LOCK_MINUTES", DEFAULT_LOCK_MINUTES))
    except ValueError:
        return DEFAULT_LOCK_MINUTES
    return minutes if minutes > 0 else DEFAULT_LOCK_MINUTES


class CareLock(ViewModel):
    """Locked or not; ``touch()`` on input in a care screen, ``check()`` now and then, ``unlock(password)``.

    ``stored_verifier()`` / ``store_verifier(v)`` read and write the verifier in the person's replica;
    ``server_check(password)`` (None: not available) asks the server and raises when it cannot be reached."""

    def __init__(self, *, lock_after_s: float, stored_verifier: Callable[[], dict[str, Any] | None],
                 store_verifier: Callable[[dict[str, Any]], None],
                 server_check: Callable[[str], Awaitable[bool]] | None = None,
                 monotonic: Callable[[], float] = time.monotonic) -> None:
        super().__init__()
        self.lock_after_s = lock_after_s
        self._stored_verifier = stored_verifier
        self._store_verifier = store_verifier
        self._server_check = server_check
        self._monotonic = monotonic
        self.locked = False
        self.busy = False
        self.error: str | None = None  # message key
        self._last_activity = monotonic()
        self._failures = 0
        self._cooldown_until = 0.0

    @property
    def lock_minutes(self) -> int:
        return max(1, round(self.lock_after_s / 60))

    def touch(self) -> None:
        """Input in a care screen: the time without input starts again."""
        self._last_activity = self._monotonic()

    def check(self) -> bool:
        """Lock when the time without input has run out. True when locked (now or before)."""
        if not self.locked and self._monotonic() - self._last_activity >= self.lock_after_s:
            self.lock()
        return self.locked

    def lock(self) -> None:
        if not self.locked:
            self.locked = True
            self.error = None
            self.notify()

    def remember_password(self, password: str) -> None:
        """A successful login: store a fresh verifier and open the lock."""
        self._store_verifier(make_verifier(password))
        self._open()

    async def unlock(self, password: str) -> bool:
        if not self.locked:
            return True
        if not password:
            return self._fail(EMPTY, count=False)
        if self._monotonic() < self._cooldown_until:
            return self._fail(TOO_MANY, count=False)
        self.busy = True
        self.notify()
        try:
            verifier = self._stored_verifier()
            if verifier is not None:
                ok = verify(verifier, password)
            elif self._server_check is None:
                return self._fail(NEEDS_SERVER, count=False)
            else:
                try:
                    ok = await self._server_check(password)
                except Exception:  # offline, server error: it cannot tell
                    return self._fail(NEEDS_SERVER, count=False)
                if ok:
                    self._store_verifier(make_verifier(password))
        finally:
            self.busy = False
        if not ok:
            return self._fail(WRONG)
        self._open()
        return True

    def _open(self) -> None:
        self.locked = False
        self.error = None
        self._failures = 0
        self.touch()
        self.notify()

    def _fail(self, key: str, *, count: bool = True) -> bool:
        if count:
            self._failures += 1
            if self._failures >= MAX_FAILURES:
                self._failures = 0
                self._cooldown_until = self._monotonic() + COOLDOWN_S
                key = TOO_MANY
        self.error = key
        self.notify()
        return False
