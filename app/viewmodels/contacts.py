"""/lotsen — the contacts a Lotse accompanies (a coordinator: every contact of their town this device holds).

Each row: name, town, care grade (only with consent to health data), next visit, open and overdue tasks.
Sorted by urgency: overdue first (next visit in the past or an open task past its due date), then by the next
visit date, contacts without a planned visit last; by name within. Search by name (case and accents ignored).
Rows are paged (PAGE_SIZE, "Mehr anzeigen"). Reads the local replica only: works offline.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from app.i18n import t as german
from app.viewmodels.care_common import (
    CareSession,
    Today,
    Translate,
    fold,
    format_date,
    has_health_consent,
    may_use_care,
    next_visit_of,
    note_input,
    plural,
    relative_day,
    town_label,
)
from app.viewmodels.observable import SessionFollower

PAGE_SIZE = 50


@dataclass(frozen=True)
class ContactRow:
    id: str
    name: str
    town: str
    care_grade: int | None  # None: unknown, or no consent to health data
    next_visit: str | None  # ISO date
    next_visit_text: str  # "03.12.2026 (in 7 Tagen)" or ""
    visit_overdue: bool
    open_tasks: int
    overdue_tasks: int

    @property
    def overdue(self) -> bool:
        return self.visit_overdue or self.overdue_tasks > 0


class ContactsViewModel(SessionFollower):
    def __init__(self, session: CareSession, *, today: Today = date.today, t: Translate = german,
                 page_size: int = PAGE_SIZE) -> None:
        super().__init__()
        self.session = session
        self.today = today
        self.t = t
        self.page_size = page_size
        self.query = ""
        self.shown = page_size
        self._all: list[ContactRow] = []
        self.allowed = False
        self.is_coordinator = False
        self.load()

    # -- lifecycle: follow the session (login/logout, new data from a sync) -------------------------------------
    def session_changed(self) -> None:
        """Re-read the replica; notifies only when something visible changed."""
        before = (self.allowed, self.is_coordinator, self._all)
        self._read()
        if (self.allowed, self.is_coordinator, self._all) != before:
            self.notify()

    def load(self) -> None:
        self._read()
        self.notify()

    # -- reading -------------------------------------------------------------------------------------------------
    def _read(self) -> None:
        actor = self.session.actor
        replica = self.session.replica
        self.allowed = may_use_care(actor) and replica is not None
        self.is_coordinator = bool(actor and actor.has("coordinator"))
        if not self.allowed or replica is None:
            self._all = []
            return
        today = self.today()
        today_iso = today.isoformat()
        open_tasks: dict[str, list[dict]] = {}
        for task in replica.tasks(open_only=True):
            open_tasks.setdefault(task["contact"], []).append(task)
        rows = []
        for contact in replica.contacts():
            next_visit = next_visit_of(replica.visits_of(contact["id"]))
            tasks = open_tasks.get(contact["id"], [])
            rows.append(ContactRow(
                id=contact["id"],
                name=contact.get("name") or "",
                town=town_label(contact.get("municipality")),
                care_grade=contact.get("care_grade") if has_health_consent(contact) else None,
                next_visit=next_visit,
                next_visit_text=self._date_text(next_visit, today),
                visit_overdue=bool(next_visit and next_visit < today_iso),
                open_tasks=len(tasks),
                overdue_tasks=sum(1 for t in tasks if t.get("due") and t["due"] < today_iso),
            ))
        rows.sort(key=lambda r: (not r.overdue, r.next_visit is None, r.next_visit or "", fold(r.name), r.id))
        self._all = rows

    def _date_text(self, iso: str | None, today: date) -> str:
        if not iso:
            return ""
        return f"{format_date(iso)} ({relative_day(iso, today, self.t)})"

    # -- what the view shows -------------------------------------------------------------------------------------
    @property
    def matching(self) -> list[ContactRow]:
        words = fold(self.query).split()
        if not words:
            return self._all
        return [r for r in self._all if all(w in fold(r.name) for w in words)]

    @property
    def rows(self) -> list[ContactRow]:
        return self.matching[: self.shown]

    @property
    def total(self) -> int:
        return len(self.matching)

    @property
    def has_more(self) -> bool:
        return self.total > self.shown

    @property
    def town(self) -> str:
        actor = self.session.actor
        return town_label(actor.municipality) if actor else ""

    @property
    def overdue_count(self) -> int:
        return sum(1 for r in self._all if r.overdue)

    @property
    def summary(self) -> str:
        """One sentence for screen readers and the top of the list."""
        if not self._all:
            return self.t("lotsen.list.empty_coordinator" if self.is_coordinator else "lotsen.list.empty")
        if self.query.strip() and not self.total:
            return self.t("lotsen.list.no_match", query=self.query.strip())
        text = plural(self.t, "lotsen.list.count", self.total)
        if self.overdue_count:
            text += " " + plural(self.t, "lotsen.list.overdue_count", self.overdue_count)
        return text

    # -- actions -------------------------------------------------------------------------------------------------
    def set_query(self, text: str) -> None:
        note_input(self.session)
        text = text or ""
        if text != self.query:
            self.query = text
            self.shown = self.page_size
            self.notify()

    def show_more(self) -> None:
        if self.has_more:
            self.shown += self.page_size
            self.notify()

    def describe(self, row: ContactRow) -> str:
        """The second line of a row: town, care grade, next visit, tasks."""
        t = self.t
        parts = [row.town]
        if row.care_grade is not None:
            parts.append(t("lotsen.care_grade_none") if row.care_grade == 0
                         else t("lotsen.care_grade_value", grade=row.care_grade))
        if row.next_visit:
            key = "lotsen.list.next_visit_overdue" if row.visit_overdue else "lotsen.list.next_visit"
            parts.append(t(key, date=row.next_visit_text))
        else:
            parts.append(t("lotsen.list.no_next_visit"))
        if row.open_tasks:
            parts.append(plural(t, "lotsen.list.open_tasks", row.open_tasks))
        if row.overdue_tasks:
            parts.append(plural(t, "lotsen.list.overdue_tasks", row.overdue_tasks))
        return " · ".join(parts)
