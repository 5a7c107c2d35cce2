""""Coaching anfragen": a club asks its town's coordination for coaching on digital club work.

The request is an appointment of kind ``coaching`` with status ``requested``, the club as organisation and the
person asking as organiser. It reaches the coordinators of the club's town by scope (``coord:<town>``, see
core.access) — nobody has to be invited. Any signed-in person may ask on behalf of a club (club admins of that
club first of all); the wished-for day is stored as an all-day start, the details in the description.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta
from typing import Any

from app.i18n import t as german
from app.i18n import translate
from app.store import NotFound, PermissionDenied, StoreError, ValidationFailed
from app.viewmodels.appointment_form import format_date, parse_date
from app.viewmodels.appointments import all_day_value, now_utc, to_berlin
from app.viewmodels.clubs import SessionLike
from app.viewmodels.observable import ViewModel
from core import reference as ref
from core.model import APPOINTMENT

MODES = ("online", "on_site")
TITLE_MAX = APPOINTMENT.field("title").max_len or 120
TOPIC_MAX = TITLE_MAX - len(german("vereine.coaching.title", topic=""))
DESCRIPTION_MAX = APPOINTMENT.field("description").max_len or 5000


class CoachingRequestViewModel(ViewModel):
    def __init__(self, session: SessionLike, club_id: str, *, language: str = "de",
                 now: Callable[[], datetime] = now_utc) -> None:
        super().__init__()
        self.session = session
        self.club_id = club_id
        self.language = language
        self._now = now
        self.topic = ""
        self.details = ""
        self.date_text = format_date(self.today + timedelta(days=7))
        self.alternatives = ""
        self.mode = "online"
        self.errors: dict[str, str] = {}
        self.form_error: str | None = None
        self.saved_id: str | None = None

    def t(self, key: str, **params: Any) -> str:
        return translate(self.language, key, **params)

    @property
    def today(self) -> date:
        return to_berlin(self._now()).date()

    @property
    def may_request(self) -> bool:
        return not self.session.is_visitor

    def set(self, name: str, value: Any) -> None:
        if name not in ("topic", "details", "date_text", "alternatives", "mode"):
            raise AttributeError(f"the coaching form has no field {name!r}")
        if name == "mode" and value not in MODES:
            raise ValueError(f"mode must be one of {MODES}, got {value!r}")
        setattr(self, name, value)
        self.errors.pop("date" if name == "date_text" else name, None)
        self.form_error = None
        self.notify()

    def reset(self) -> None:
        self.topic = self.details = self.alternatives = ""
        self.date_text = format_date(self.today + timedelta(days=7))
        self.mode = "online"
        self.errors, self.form_error, self.saved_id = {}, None, None
        self.notify()

    def _record(self, club: dict[str, Any]) -> dict[str, Any] | None:
        errors: dict[str, str] = {}
        topic = " ".join(self.topic.split())
        if not topic:
            errors["topic"] = self.t("vereine.coaching.error.topic")
        elif len(topic) > TOPIC_MAX:
            errors["topic"] = self.t("vereine.coaching.error.topic_long", max=TOPIC_MAX)
        day = parse_date(self.date_text)
        if day is None:
            errors["date"] = self.t("vereine.coaching.error.date")
        elif day < self.today:
            errors["date"] = self.t("vereine.coaching.error.past")
        self.errors = errors
        if errors or day is None:
            return None
        mode_label = german(f"vereine.coaching.mode.{self.mode}")
        parts = [self.details.strip(), german("vereine.coaching.description_club", club=club.get("name") or ""),
                 german("vereine.coaching.description_mode", mode=mode_label)]
        if self.alternatives.strip():
            parts.append(german("vereine.coaching.description_alternatives", text=self.alternatives.strip()))
        description = "\n\n".join(p for p in parts if p)[:DESCRIPTION_MAX]
        record: dict[str, Any] = {
            "title": german("vereine.coaching.title", topic=topic),
            "description": description,
            "start": all_day_value(day),
            "all_day": True,
            "kind": "coaching",
            "status": "requested",
            "organisation": self.club_id,
            "organiser": self.session.username,
            "public": False,
        }
        if self.mode == "on_site" and club.get("address"):
            record["place"] = club["address"]
        return record

    def submit(self) -> str | None:
        """Save the request as ONE local edit (synced soon); returns the appointment id or None (messages set)."""
        self.saved_id = None
        self.form_error = None
        replica = self.session.replica
        if replica is None or not self.may_request:
            self.form_error = self.t("vereine.coaching.error.login")
            self.notify()
            return None
        club = replica.get("organisation", self.club_id)
        if club is None:
            self.form_error = self.t("vereine.detail.not_found")
            self.notify()
            return None
        record = self._record(club)
        if record is None:
            self.notify()
            return None
        try:
            appointment_id = replica.create("appointment", record)
        except ValidationFailed as exc:
            self.form_error = exc.message
            self.notify()
            return None
        except (PermissionDenied, NotFound, StoreError) as exc:
            self.form_error = exc.message
            self.notify()
            return None
        self.saved_id = appointment_id
        self.session.edited()
        self.notify()
        return appointment_id

    def town_label(self) -> str:
        replica = self.session.replica
        club = replica.get("organisation", self.club_id) if replica is not None else None
        town = (club or {}).get("municipality") or ""
        return ref.MUNICIPALITIES.get(town, town)
