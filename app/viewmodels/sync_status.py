"""The sync status in words: "Offline – 3 Änderungen warten", "Zuletzt synchronisiert 10:42".

Used by the status chip of the shell (every page, announced to screen readers) and the start page's status card.
The headline only changes when the state that matters to the person changes (offline, waiting edits, a problem,
all done) — never for each background attempt — so screen readers are not flooded.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

from app.i18n import t as german
from app.sync.worker import SyncStatus
from app.viewmodels.german_time import clock_de, date_de, parse_utc, to_berlin

Translate = Callable[..., str]

OK, OFFLINE, PROBLEM, LOGIN, PENDING, CHECKING, STARTING = (
    "ok", "offline", "problem", "login", "pending", "checking", "starting")
ICONS = {
    OK: "CLOUD_DONE_OUTLINED",
    OFFLINE: "CLOUD_OFF_OUTLINED",
    PROBLEM: "SYNC_PROBLEM",
    LOGIN: "LOGIN",
    PENDING: "CLOUD_UPLOAD_OUTLINED",
    CHECKING: "CLOUD_SYNC_OUTLINED",
    STARTING: "HOURGLASS_EMPTY",
}


@dataclass(frozen=True)
class SyncView:
    state: str  # one of OK, OFFLINE, PROBLEM, LOGIN, PENDING, CHECKING, STARTING
    headline: str  # "Offline – 3 Änderungen warten"
    last_sync: str  # "Zuletzt synchronisiert 10:42" / "Noch nicht synchronisiert"
    error: str | None  # the worker's plain-German reason, when something is wrong
    syncing: bool  # an attempt is running right now
    pending: int
    icon: str

    @property
    def is_alert(self) -> bool:
        return self.state in (OFFLINE, PROBLEM, LOGIN)


def pending_text(count: int, tr: Translate = german) -> str:
    """"1 Änderung wartet" / "3 Änderungen warten" / "alle Änderungen übertragen"."""
    if count <= 0:
        return tr("sync.pending.none")
    if count == 1:
        return tr("sync.pending.one")
    return tr("sync.pending.many", count=count)


def last_sync_text(last_success: str | None, now: datetime | None = None, tr: Translate = german) -> str:
    """"Zuletzt synchronisiert 10:42" (today, Berlin time) or "… am 24.11.2026 um 10:42"."""
    instant = parse_utc(last_success)
    if instant is None:
        return tr("sync.never")
    local = to_berlin(instant)
    today = to_berlin(now or datetime.now(UTC)).date()
    if local.date() == today:
        return tr("sync.last_today", time=clock_de(local))
    return tr("sync.last_on", date=date_de(local), time=clock_de(local))


def describe(status: SyncStatus | None, *, visitor: bool, now: datetime | None = None,
             tr: Translate = german) -> SyncView:
    """The words and state for a worker status; ``status=None`` while the app is still opening its data."""
    if status is None:
        return SyncView(STARTING, tr("sync.starting"), tr("sync.never"), None, False, 0, ICONS[STARTING])
    pending = status.pending
    waiting = pending_text(pending, tr)
    if status.needs_login and not visitor:
        state, headline = LOGIN, tr("sync.headline.login", pending=waiting)
    elif status.online is False:
        state, headline = OFFLINE, tr("sync.headline.offline", pending=waiting)
    elif status.last_error_code:
        state, headline = PROBLEM, tr("sync.headline.problem", pending=waiting)
    elif status.online is None:
        state, headline = CHECKING, tr("sync.headline.checking")
    elif pending:
        state, headline = PENDING, tr("sync.headline.pending", pending=waiting)
    else:
        state, headline = OK, tr("sync.headline.visitor_ok" if visitor else "sync.headline.ok")
    error = status.last_error_de if state in (LOGIN, OFFLINE, PROBLEM) else None
    return SyncView(state, headline, last_sync_text(status.last_success, now, tr), error, status.syncing,
                    pending, ICONS[state])
