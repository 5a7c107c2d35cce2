"""What the care view-models (Lotsen area) share: who may use them, consent rules, dates as people type them.

Consent decides what may be shown or recorded (Art. 9 GDPR): without consent to health data ("gesundheitsdaten")
no care grade and no health topics; without consent to relatives ("angehoerige") no contact person.
No Flet here; texts come from app.i18n (keys "lotsen.").
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from datetime import date, timedelta
from typing import Any, Protocol

from app.i18n import t as german
from app.store import Replica
from app.store.convert import parse_value
from app.viewmodels.session import CARE_ROLES
from core.access import Actor
from core.model import CARE_ENTITIES
from core.model import entity as entity_def
from core.reference import CONSENT_SCOPES, MUNICIPALITIES, VISIT_TOPICS

Translate = Callable[..., str]
Today = Callable[[], date]

HEALTH_SCOPE = "gesundheitsdaten"
RELATIVES_SCOPE = "angehoerige"
BASIC_SCOPE = "kontaktdaten"
# Visit topics that are health data themselves: offered and stored only with consent to health data.
HEALTH_TOPICS: frozenset[str] = frozenset({"pflegegrad", "antraege"})
# Contact fields that are health data / data about relatives, and the consent each needs.
HEALTH_FIELDS: tuple[str, ...] = ("care_grade",)
RELATIVES_FIELDS: tuple[str, ...] = ("contact_person",)


class CareSession(Protocol):
    """What the care view-models need of app.services.app_session.AppSession."""

    replica: Replica | None

    @property
    def actor(self) -> Actor | None: ...

    def edited(self) -> None: ...

    def subscribe(self, listener: Callable[[], None]) -> Callable[[], None]: ...


def hidden_by_care_lock(session: Any, entity: str) -> bool:
    """Whether something about a record of ``entity`` (a conflict, a refused edit) must stay hidden outside the
    Lotsen screens right now: care data while the person's care lock is closed."""
    lock = getattr(session, "care_lock", None)
    return entity in CARE_ENTITIES and lock is not None and bool(lock.locked)


def note_input(session: Any) -> None:
    """Typing or choosing in a care screen: the care lock's time without input starts again."""
    lock = getattr(session, "care_lock", None)
    if lock is not None:
        lock.touch()


def may_use_care(actor: Actor | None) -> bool:
    """Lotsen and coordinators only (the server never sends care data to anybody else anyway)."""
    return actor is not None and bool(actor.roles & CARE_ROLES)


def has_health_consent(contact: dict[str, Any] | None) -> bool:
    return bool(contact) and HEALTH_SCOPE in (contact.get("consent_scope") or ())


def has_relatives_consent(contact: dict[str, Any] | None) -> bool:
    return bool(contact) and RELATIVES_SCOPE in (contact.get("consent_scope") or ())


def allowed_topics(contact: dict[str, Any] | None) -> list[str]:
    """The visit topics that may be recorded for this contact, in the reference order."""
    health = has_health_consent(contact)
    return [topic for topic in VISIT_TOPICS if health or topic not in HEALTH_TOPICS]


def topic_label(topic: str) -> str:
    return VISIT_TOPICS.get(topic, topic)


def scope_label(scope: str) -> str:
    return CONSENT_SCOPES.get(scope, scope)


def town_label(municipality: str | None) -> str:
    return MUNICIPALITIES.get(municipality or "", municipality or "")


def plural(t: Translate, key: str, count: int, **params: Any) -> str:
    """``key + ".one"`` for 1, else ``key + ".other"`` ("1 offene Aufgabe", "3 offene Aufgaben")."""
    return t(f"{key}.{'one' if count == 1 else 'other'}", count=count, **params)


# -- dates -------------------------------------------------------------------------------------------------------
def format_date(iso: str | None) -> str:
    """"2026-11-26" → "26.11.2026" (German); "" for None; anything unparsable unchanged."""
    if not iso:
        return ""
    try:
        return date.fromisoformat(iso[:10]).strftime("%d.%m.%Y")
    except ValueError:
        return iso


def relative_day(iso: str | None, today: date, t: Translate = german) -> str:
    """"heute", "morgen", "gestern", "in 5 Tagen", "vor 3 Tagen" — said along with the date."""
    if not iso:
        return ""
    try:
        days = (date.fromisoformat(iso[:10]) - today).days
    except ValueError:
        return ""
    if days == 0:
        return t("lotsen.day.today")
    if days == 1:
        return t("lotsen.day.tomorrow")
    if days == -1:
        return t("lotsen.day.yesterday")
    if days > 0:
        return t("lotsen.day.in_days", days=days)
    return t("lotsen.day.days_ago", days=-days)


def parse_field(entity: str, field: str, text: str) -> Any:
    """The typed value of a form field from what was typed ("26.11.2026" → "2026-11-26", "45" → 45).
    Blank → None. Raises ConversionError with a German message."""
    f = entity_def(entity).field(field)
    if f is None:
        raise KeyError(field)
    return parse_value(f, text or "")


def iso_plus_days(today: date, days: int) -> str:
    return (today + timedelta(days=days)).isoformat()


# -- phone, search -----------------------------------------------------------------------------------------------
_DIAL = re.compile(r"[^0-9+]")


def tel_url(phone: str | None) -> str | None:
    """A tel: link for a phone number as people write it ("0152 28851203" → "tel:015228851203")."""
    if not phone:
        return None
    digits = _DIAL.sub("", phone)
    if digits.startswith("00"):
        digits = "+" + digits[2:]
    digits = digits[:1] + digits[1:].replace("+", "")
    return f"tel:{digits}" if len(digits.lstrip("+")) >= 3 else None


def fold(text: str) -> str:
    """Case- and accent-insensitive form for searching ("Brüggemann" matches "bruggemann" and "BRÜGGEMANN")."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c)).replace("ı", "i").replace("ß", "ss")


def next_visit_of(visits: list[dict[str, Any]]) -> str | None:
    """The next planned visit: what the newest visit entry (by date) planned; None when it planned none."""
    newest = max(visits, key=lambda v: (v.get("date") or "", v["id"]), default=None)
    return newest.get("next_visit") if newest else None
