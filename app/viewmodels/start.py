"""The start page: sync status, what waits for a decision, the next appointments and quick actions.

Everything is read from the local replica (works offline); "Jetzt synchronisieren" asks the background worker
for an attempt now. Texts come translated through ``tr`` (German by default).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from typing import Any

from app.i18n import t as german
from app.sync.engine import META_LAST_SUCCESS
from app.viewmodels.german_time import clock_de, parse_utc, short_date_de, to_berlin
from app.viewmodels.observable import ViewModel
from app.viewmodels.session import CARE_ROLES
from app.viewmodels.sync_status import SyncView, describe
from core import reference

Translate = Callable[..., str]
APPOINTMENT_COUNT = 5


@dataclass(frozen=True)
class AppointmentRow:
    id: str
    title: str
    when: str  # "Heute, 18:00 Uhr" / "Sa., 12.12., ganztägig"
    place: str
    note: str  # "Abgesagt" / "Ihre Antwort: Zusage" / ""
    route: str


@dataclass(frozen=True)
class QuickAction:
    key: str
    label: str
    icon: str
    route: str


@dataclass(frozen=True)
class Attention:
    conflicts: int
    rejected: int
    text: str  # "2 Konflikte und 1 abgelehnte Änderung warten auf Ihre Entscheidung."


# (key, icon, route, roles that see it; empty = every signed-in person)
QUICK_ACTIONS: tuple[tuple[str, str, str, frozenset[str]], ...] = (
    ("offer", "ADD_CIRCLE_OUTLINE", "/angebote/neu", frozenset()),
    ("termine", "EVENT_OUTLINED", "/termine", frozenset()),
    ("vereine", "GROUPS_OUTLINED", "/vereine", frozenset()),
    ("visit", "EDIT_NOTE", "/lotsen", CARE_ROLES),
)


def _now() -> datetime:
    return datetime.now(UTC)


class StartViewModel(ViewModel):
    def __init__(self, app_session: Any, now: Callable[[], datetime] = _now) -> None:
        super().__init__()
        self.app_session = app_session
        self._now = now

    @property
    def replica(self) -> Any:
        return self.app_session.replica

    # -- sync status ---------------------------------------------------------------------------------------------
    def sync_view(self, tr: Translate = german) -> SyncView:
        replica = self.replica
        if replica is None:
            return describe(None, visitor=self.app_session.is_visitor, tr=tr)
        status = self.app_session.status
        if not status.last_success:  # the worker has not synced in this session yet: the last time on record
            status = replace(status, last_success=replica.get_meta(META_LAST_SUCCESS))
        return describe(status, visitor=self.app_session.is_visitor, now=self._now(), tr=tr)

    def sync_now(self) -> None:
        """"Jetzt synchronisieren": an attempt right away (also during backoff); the status follows."""
        self.app_session.request_sync()

    # -- what waits for the person ----------------------------------------------------------------------------
    def attention(self, tr: Translate = german) -> Attention | None:
        replica = self.replica
        if replica is None or self.app_session.is_visitor:
            return None
        conflicts, rejected = len(replica.conflicts()), len(replica.quarantine())
        if not conflicts and not rejected:
            return None
        parts = []
        if conflicts:
            parts.append(tr("start.attention.conflicts_one") if conflicts == 1
                         else tr("start.attention.conflicts_many", count=conflicts))
        if rejected:
            parts.append(tr("start.attention.rejected_one") if rejected == 1
                         else tr("start.attention.rejected_many", count=rejected))
        verb = "start.attention.wait_one" if conflicts + rejected == 1 else "start.attention.wait_many"
        return Attention(conflicts, rejected, tr(verb, what=tr("start.attention.and").join(parts)))

    # -- next appointments --------------------------------------------------------------------------------------
    def appointments(self, tr: Translate = german, limit: int = APPOINTMENT_COUNT) -> list[AppointmentRow]:
        replica = self.replica
        if replica is None:
            return []
        now = self._now()
        stamp = now.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        rows = []
        for a in replica.upcoming_appointments(now=stamp, limit=limit):
            when = self._when(a, now, tr)
            if when is None:
                continue
            if a.get("status") == "cancelled":
                note = tr("start.appt.cancelled")
            elif a.get("my_rsvp"):
                note = tr("start.appt.my_answer", answer=reference.RSVP_STATUS.get(a["my_rsvp"], a["my_rsvp"]))
            else:
                note = ""
            rows.append(AppointmentRow(a["id"], a.get("title") or "", when, a.get("place") or "", note,
                                       f"/termine/{a['id']}"))
        return rows

    @staticmethod
    def _when(a: dict[str, Any], now: datetime, tr: Translate) -> str | None:
        today = to_berlin(now).date()
        if a.get("all_day"):  # stored as the local day at T00:00:00Z: never converted
            try:
                day = datetime.fromisoformat(str(a.get("start"))[:10]).date()
            except ValueError:
                return None
            return tr("start.appt.all_day", day=_day_text(day, today, tr))
        start = parse_utc(a.get("start"))
        if start is None:
            return None
        local = to_berlin(start)
        return tr("start.appt.at", day=_day_text(local.date(), today, tr), time=clock_de(local))

    # -- quick actions -------------------------------------------------------------------------------------------
    def quick_actions(self, roles: frozenset[str], tr: Translate = german) -> list[QuickAction]:
        if self.app_session.is_visitor:
            return []
        return [QuickAction(key, tr(f"start.quick.{key}"), icon, route)
                for key, icon, route, needed in QUICK_ACTIONS if not needed or needed & roles]


def _day_text(day: Any, today: Any, tr: Translate) -> str:
    if day == today:
        return tr("start.appt.today")
    if day == today + timedelta(days=1):
        return tr("start.appt.tomorrow")
    return short_date_de(day)
