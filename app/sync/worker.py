"""SyncWorker: keeps a replica in sync in the background, as one asyncio task (no threads, never blocks).

When it syncs:
- on start;
- shortly after local edits (``notify_local_edit()``: debounced, but never later than ``max_debounce_s`` after the
  first unsent edit);
- when connectivity comes back (``set_online(True)``, wired to the platform's connectivity callback);
- periodically (``interval_s``), to receive what others changed;
- on demand (``await sync_now()``, the "Jetzt synchronisieren" button), which also ends any waiting.
After a failure it retries with exponential backoff and jitter; it pauses automatic attempts while the device is
known to be offline or a login is needed. The :class:`SyncStatus` goes to every listener after each change.
Time, randomness and sleeping are injected, so tests run on a virtual clock and never wait.
"""

from __future__ import annotations

import asyncio
import contextlib
import inspect
import logging
import random as _random
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, replace
from typing import Any

from app.sync.engine import META_LAST_SUCCESS, SyncEngine, SyncReport
from app.sync.errors import SyncError

log = logging.getLogger(__name__)

AUTH_CODES = frozenset({"auth_required", "not_logged_in", "no_server"})


@dataclass(frozen=True)
class SyncStatus:
    online: bool | None = None  # None: not known yet; False: the last attempt found no server / device offline
    syncing: bool = False
    last_success: str | None = None  # ISO 8601 UTC of the last complete sync
    pending: int = 0  # local edits not yet on the server
    conflicts: int = 0  # open entries of the conflict inbox
    quarantined: int = 0  # edits the server refused, waiting for the person
    last_error_de: str | None = None  # plain German, for the status line; None after a successful sync
    last_error_code: str | None = None
    needs_login: bool = False
    failures: int = 0  # consecutive failed attempts
    next_attempt_in: float | None = None  # seconds; None when waiting for an event (edit, reconnect, button)
    last_report: SyncReport | None = None


Listener = Callable[[SyncStatus], "None | Awaitable[None]"]


class SyncWorker:
    def __init__(
        self,
        engine: SyncEngine,
        *,
        interval_s: float = 300.0,
        debounce_s: float = 2.0,
        max_debounce_s: float = 20.0,
        backoff_base_s: float = 2.0,
        backoff_max_s: float = 600.0,
        random: Callable[[], float] = _random.random,
        sleep: Callable[[float], Awaitable[Any]] = asyncio.sleep,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.engine = engine
        self.interval_s = interval_s
        self.debounce_s = debounce_s
        self.max_debounce_s = max_debounce_s
        self.backoff_base_s = backoff_base_s
        self.backoff_max_s = backoff_max_s
        self._random = random
        self._sleep = sleep
        self._clock = clock
        self._listeners: list[Listener] = []
        self._task: asyncio.Task[None] | None = None
        self._wake = asyncio.Event()
        self._immediate = False
        self._waiters: list[asyncio.Future[SyncReport]] = []
        self._edit_first: float | None = None
        self._edit_due: float | None = None
        self._last_end: float | None = None
        self._retry_at: float | None = None
        self._known_offline = False
        self._background: set[asyncio.Future[Any]] = set()
        self._idle = False
        self.attempts = 0
        self.status = SyncStatus()

    # ------------------------------------------------------------------ public API
    def start(self) -> None:
        """Start the background task (syncs right away, unless the platform said the device is offline). Call from
        inside the running event loop."""
        if self._task is not None and not self._task.done():
            return
        self._immediate = not self._known_offline
        self._refresh_counts()
        self._task = asyncio.get_running_loop().create_task(self._run(), name="ehrenamt-sync-worker")

    async def stop(self) -> None:
        task, self._task = self._task, None
        if task is not None:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task
        for waiter in self._take_waiters():
            waiter.cancel()

    @property
    def running(self) -> bool:
        return self._task is not None and not self._task.done()

    @property
    def idle(self) -> bool:
        """True while the worker waits for its next attempt (nothing is being synced or about to be)."""
        return self.running and self._idle and not self._wake.is_set()

    def notify_local_edit(self) -> None:
        """A local edit was saved: sync shortly (debounced), unless offline or in backoff."""
        now = self._clock()
        if self._edit_first is None:
            self._edit_first = now
        self._edit_due = min(now + self.debounce_s, self._edit_first + self.max_debounce_s)
        self._refresh_counts()
        self._publish()
        self._wake.set()

    def set_online(self, online: bool) -> None:
        """Connectivity callback of the platform. Coming back online syncs at once and ends any backoff."""
        if online:
            was_offline = self._known_offline or self.status.online is False or self.status.failures > 0
            self._known_offline = False
            if was_offline:
                self._retry_at = None
                self._immediate = True
                self._set(failures=0)
        else:
            self._known_offline = True
            self._set(online=False)
        self._wake.set()

    async def sync_now(self) -> SyncReport:
        """Sync as soon as possible (ignoring backoff) and return its report; raises SyncError when it fails."""
        if not self.running:
            raise RuntimeError("the sync worker is not running; call start() first")
        waiter: asyncio.Future[SyncReport] = asyncio.get_running_loop().create_future()
        self._waiters.append(waiter)
        self._immediate = True
        self._wake.set()
        return await waiter

    def request_sync(self) -> None:
        """Like sync_now() but without waiting for the result (for button handlers)."""
        self._immediate = True
        self._wake.set()

    def add_listener(self, listener: Listener) -> Callable[[], None]:
        """Call ``listener(status)`` after every change (and once now). Returns a function that unsubscribes."""
        self._listeners.append(listener)
        self._call(listener, self.status)

        def unsubscribe() -> None:
            if listener in self._listeners:
                self._listeners.remove(listener)

        return unsubscribe

    # ------------------------------------------------------------------ the loop
    async def _run(self) -> None:
        while True:
            delay = self._next_delay()
            self._set(next_attempt_in=delay)
            if delay is None or delay > 0:
                await self._wait(delay)
                continue
            await self._attempt()

    def _next_delay(self) -> float | None:
        """Seconds until the next attempt (0: now), or None to wait for an event."""
        if self._immediate:
            return 0.0
        if self._known_offline or self.status.needs_login:
            return None
        now = self._clock()
        if self._retry_at is not None:  # failing: retry at the backoff time; edits do not make it sooner
            return max(0.0, self._retry_at - now)
        due = now if self._last_end is None else self._last_end + self.interval_s
        if self._edit_due is not None:
            due = min(due, self._edit_due)
        return max(0.0, due - now)

    async def _wait(self, delay: float | None) -> None:
        if self._wake.is_set():
            self._wake.clear()
            return
        waiter = asyncio.ensure_future(self._wake.wait())
        sleeper = asyncio.ensure_future(self._sleep(delay)) if delay is not None else None
        self._idle = True
        try:
            await asyncio.wait({waiter} | ({sleeper} if sleeper else set()), return_when=asyncio.FIRST_COMPLETED)
        finally:
            self._idle = False
            for task in (waiter, sleeper):
                if task is not None and not task.done():
                    task.cancel()
        self._wake.clear()

    async def _attempt(self) -> None:
        self._immediate = False
        self._edit_first = self._edit_due = None
        waiters = self._take_waiters()
        self.attempts += 1
        self._set(syncing=True, next_attempt_in=None)
        report: SyncReport | None = None
        error: BaseException | None = None
        try:
            report = await self.engine.sync()
        except SyncError as exc:
            error = exc
        except asyncio.CancelledError:
            for waiter in waiters:
                waiter.cancel()
            raise
        except Exception as exc:  # a bug: keep the worker alive, say something plain, retry with backoff
            log.exception("sync failed unexpectedly")
            error = SyncError("internal", "Beim Synchronisieren ist ein Fehler aufgetreten. Ihre Änderungen "
                                          "bleiben gespeichert; es wird später erneut versucht.",
                              detail=f"{type(exc).__name__}: {exc}")
            error.__cause__ = exc
        self._last_end = self._clock()
        if report is not None:
            self._retry_at = None
            self._set(online=True, syncing=False, failures=0, last_error_de=None, last_error_code=None,
                      needs_login=False, last_report=report,
                      last_success=self.engine.replica.get_meta(META_LAST_SUCCESS))
        else:
            assert isinstance(error, SyncError)
            failures = self.status.failures + 1
            online = False if error.code == "offline" else (True if error.status else self.status.online)
            needs_login = error.code in AUTH_CODES
            self._retry_at = None if needs_login else self._last_end + self._backoff(failures, error.retry_after)
            self._set(online=online, syncing=False, failures=failures, last_error_de=error.message_de,
                      last_error_code=error.code, needs_login=needs_login)
        self._refresh_counts()
        self._publish()
        for waiter in waiters:
            if waiter.done():
                continue
            if report is not None:
                waiter.set_result(report)
            else:
                assert error is not None
                waiter.set_exception(error)

    def _backoff(self, failures: int, retry_after: float | None) -> float:
        """Exponential backoff with 'equal jitter': half fixed, half random, capped; honours Retry-After."""
        ceiling = min(self.backoff_max_s, self.backoff_base_s * 2 ** min(failures - 1, 30))
        delay = ceiling / 2 + self._random() * ceiling / 2
        return max(delay, retry_after or 0.0)

    # ------------------------------------------------------------------ status
    def _take_waiters(self) -> list[asyncio.Future[SyncReport]]:
        waiters, self._waiters = self._waiters, []
        return waiters

    def _refresh_counts(self) -> None:
        replica = self.engine.replica
        try:
            counts = {"pending": replica.outbox_count(), "conflicts": len(replica.conflicts()),
                      "quarantined": len(replica.quarantine())}
        except Exception:  # the status line must never break the app; the next sync reports the real error
            log.exception("could not read sync counts")
            return
        self.status = replace(self.status, **counts)

    def _set(self, **changes: Any) -> None:
        new = replace(self.status, **changes)
        if new != self.status:
            self.status = new
            self._publish()

    def _publish(self) -> None:
        for listener in list(self._listeners):
            self._call(listener, self.status)

    def _call(self, listener: Listener, status: SyncStatus) -> None:
        try:
            result = listener(status)
            if inspect.isawaitable(result):
                future = asyncio.ensure_future(result)
                self._background.add(future)
                future.add_done_callback(self._background.discard)
        except Exception:
            log.exception("sync status listener failed")
