"""/lotsen/<id> — one contact: needs, care grade, consent, contact person, phone, next visit, the visit timeline.

Consent gates what is shown: the care grade only with consent to health data, the contact person only with
consent to contact relatives. The visit timeline is append-only (newest first; entries are never edited — a
correction is a new entry). Tasks have their own view-model (app.viewmodels.tasks).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from app.i18n import t as german
from app.viewmodels.care_common import (
    CareSession,
    Today,
    Translate,
    format_date,
    has_health_consent,
    has_relatives_consent,
    may_use_care,
    next_visit_of,
    relative_day,
    scope_label,
    tel_url,
    topic_label,
    town_label,
)
from app.viewmodels.observable import SessionFollower
from app.viewmodels.visit_form import draft_key
from core.reference import CONSENT_SCOPES, VISIT_TOPICS

OK, NOT_FOUND, NO_ACCESS = "ok", "not_found", "no_access"


@dataclass(frozen=True)
class VisitEntry:
    id: str
    date: str
    date_text: str  # "12.11.2026"
    duration_text: str  # "45 Minuten" or ""
    topics: tuple[str, ...]  # labels
    notes: str
    next_steps: str
    next_visit_text: str
    author: str


@dataclass(frozen=True)
class Consent:
    scopes: tuple[str, ...]  # labels, in the reference order
    missing: tuple[str, ...]  # labels of what was NOT consented to
    date_text: str
    recorded_by: str
    health: bool
    relatives: bool


class ContactDetailViewModel(SessionFollower):
    def __init__(self, session: CareSession, contact_id: str, *, today: Today = date.today,
                 t: Translate = german) -> None:
        super().__init__()
        self.session = session
        self.contact_id = contact_id
        self.today = today
        self.t = t
        self.state = NOT_FOUND
        self.contact: dict[str, Any] | None = None
        self.visits: list[VisitEntry] = []
        self.next_visit: str | None = None
        self.has_visit_draft = False  # a "Besuch erfassen" was started and not finished
        self._read()

    # -- lifecycle -----------------------------------------------------------------------------------------------
    def session_changed(self) -> None:
        before = (self.state, self.contact, self.visits, self.has_visit_draft)
        self._read()
        if (self.state, self.contact, self.visits, self.has_visit_draft) != before:
            self.notify()

    def _read(self) -> None:
        replica = self.session.replica
        if replica is None or not may_use_care(self.session.actor):
            self.state, self.contact, self.visits, self.next_visit = NO_ACCESS, None, [], None
            return
        contact = replica.get("contact", self.contact_id)
        if contact is None:
            self.state, self.contact, self.visits, self.next_visit = NOT_FOUND, None, [], None
            return
        visits = replica.visits_of(self.contact_id)  # newest first
        self.state = OK
        self.contact = contact
        self.next_visit = next_visit_of(visits)
        self.visits = [self._entry(v) for v in visits]
        self.has_visit_draft = replica.care_draft(draft_key(self.contact_id)) is not None

    def _entry(self, v: dict[str, Any]) -> VisitEntry:
        minutes = v.get("duration_minutes")
        return VisitEntry(
            id=v["id"], date=v.get("date") or "", date_text=format_date(v.get("date")),
            duration_text=self.t("lotsen.visit.minutes", minutes=minutes) if minutes else "",
            topics=tuple(topic_label(x) for x in sorted(v.get("topics") or [], key=_topic_order)),
            notes=v.get("notes") or "", next_steps=v.get("next_steps") or "",
            next_visit_text=format_date(v.get("next_visit")), author=v.get("author") or "")

    # -- what the view shows -------------------------------------------------------------------------------------
    def _value(self, name: str) -> Any:
        return (self.contact or {}).get(name)

    @property
    def name(self) -> str:
        return self._value("name") or ""

    @property
    def town(self) -> str:
        return town_label(self._value("municipality"))

    @property
    def address(self) -> str:
        return self._value("address") or ""

    @property
    def phone(self) -> str:
        return self._value("phone") or ""

    @property
    def phone_url(self) -> str | None:
        return tel_url(self._value("phone"))

    @property
    def health_consent(self) -> bool:
        return has_health_consent(self.contact)

    @property
    def relatives_consent(self) -> bool:
        return has_relatives_consent(self.contact)

    @property
    def care_grade_text(self) -> str | None:
        """"Pflegegrad 2" / "Kein Pflegegrad"; None without consent to health data (then it is not shown)."""
        if not self.health_consent:
            return None
        grade = self._value("care_grade")
        if grade is None:
            return self.t("lotsen.care_grade_unknown")
        return self.t("lotsen.care_grade_none") if grade == 0 else self.t("lotsen.care_grade_value", grade=grade)

    @property
    def contact_person(self) -> str | None:
        """Only with consent to contact relatives."""
        return (self._value("contact_person") or "") if self.relatives_consent else None

    @property
    def needs(self) -> str:
        return self._value("needs") or ""

    @property
    def referrals(self) -> str:
        return self._value("referrals") or ""

    @property
    def assigned(self) -> list[str]:
        return list(self._value("assigned_lotsen") or [])

    @property
    def consent(self) -> Consent:
        given = set(self._value("consent_scope") or [])
        return Consent(
            scopes=tuple(scope_label(s) for s in CONSENT_SCOPES if s in given),
            missing=tuple(scope_label(s) for s in CONSENT_SCOPES if s not in given),
            date_text=format_date(self._value("consent_date")),
            recorded_by=self._value("consent_recorded_by") or "",
            health=self.health_consent, relatives=self.relatives_consent)

    @property
    def next_visit_text(self) -> str:
        if not self.next_visit:
            return ""
        return f"{format_date(self.next_visit)} ({relative_day(self.next_visit, self.today(), self.t)})"

    @property
    def next_visit_overdue(self) -> bool:
        return bool(self.next_visit and self.next_visit < self.today().isoformat())

    @property
    def may_edit(self) -> bool:
        """Assigned Lotsen and the town's coordinator edit a contact (the store enforces it, too)."""
        actor = self.session.actor
        if actor is None or self.contact is None:
            return False
        return actor.coordinates(self._value("municipality")) or (
            actor.has("lotse") and actor.username in self.assigned)


_TOPIC_ORDER = {topic: i for i, topic in enumerate(VISIT_TOPICS)}


def _topic_order(topic: str) -> int:
    return _TOPIC_ORDER.get(topic, len(_TOPIC_ORDER))
