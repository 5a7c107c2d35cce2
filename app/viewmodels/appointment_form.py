"""Create or edit an appointment (/termine/neu, /termine/<id>/bearbeiten).

The form holds what the person typed (date "30.11.2026", times "18:30" in Europe/Berlin), checks it field by field
with German messages next to the fields, and saves ONE local edit: a new record, or only the fields that changed
(so an invitee changing the title offline never overwrites the organiser's new place). Online meetings get a Jitsi
room link under a configurable base URL (EHRENAMT_JITSI_BASE, default https://meet.jit.si).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from datetime import date, datetime, time, timedelta
from typing import Any

from app.config import ConfigError
from app.i18n import translate
from app.store import NotFound, PermissionDenied, StoreError, ValidationFailed
from app.viewmodels.appointments import (
    all_day_value,
    from_berlin,
    known_names,
    now_utc,
    parse_utc,
    person_label,
    to_berlin,
)
from app.viewmodels.clubs import SessionLike
from app.viewmodels.observable import SessionFollower
from core.meeting import DEFAULT_JITSI_BASE, jitsi_room_url
from core.model import APPOINTMENT
from core.validation import URL_RE, USERNAME_RE

JITSI_ENV = "EHRENAMT_JITSI_BASE"
TITLE_MAX = APPOINTMENT.field("title").max_len or 120
MAX_INVITEES = APPOINTMENT.field("invitees").max_items or 200
REMINDER_CHOICES: tuple[int | None, ...] = (None, 15, 60, 1440)
KINDS: tuple[str, ...] = ("meeting", "training", "coaching", "home_visit")
CARE_ONLY_KINDS = frozenset({"home_visit"})
GUEST_LOCKED = frozenset({"invitees", "public", "guests_can_edit"})
MODES = ("place", "online")
# store field -> form field (where its problem is shown)
FIELD_OF = {"title": "title", "description": "description", "start": "start", "end": "end", "place": "place",
            "online_url": "online_url", "kind": "kind", "invitees": "invitees", "reminder_minutes": "reminder",
            "all_day": "all_day", "public": "public", "guests_can_edit": "guests_can_edit"}

_DATE_DE = re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{2}|\d{4})")
_DATE_ISO = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_TIME = re.compile(r"(\d{1,2})(?:[:.](\d{2}))?(?:\s*Uhr)?", re.IGNORECASE)


def jitsi_base_url(env: Mapping[str, str]) -> str:
    """The meeting server from the environment (EHRENAMT_JITSI_BASE); raises ConfigError for a bad value."""
    value = (env.get(JITSI_ENV) or DEFAULT_JITSI_BASE).strip().rstrip("/")
    if not re.fullmatch(r"https?://[^\s/?#]+(/[^\s?#]*)?", value):
        raise ConfigError(f"{JITSI_ENV} must be an http(s) URL like {DEFAULT_JITSI_BASE}, got {value!r}")
    return value


def parse_date(text: str) -> date | None:
    """"30.11.2026", "30.11.26", "1.2.2027" or "2026-11-30"; None when it is no valid date."""
    text = (text or "").strip()
    try:
        if m := _DATE_DE.fullmatch(text):
            year = int(m.group(3))
            return date(year + 2000 if year < 100 else year, int(m.group(2)), int(m.group(1)))
        if m := _DATE_ISO.fullmatch(text):
            return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None
    return None


def parse_time(text: str) -> time | None:
    """"18:30", "18.30", "9:05", "18" or "18 Uhr"; None when it is no valid time of day."""
    m = _TIME.fullmatch((text or "").strip())
    if not m:
        return None
    hour, minute = int(m.group(1)), int(m.group(2) or 0)
    if hour > 23 or minute > 59:
        return None
    return time(hour, minute)


def format_date(day: date) -> str:
    return f"{day.day:02d}.{day.month:02d}.{day.year}"


def format_time(value: time | datetime) -> str:
    return f"{value.hour:02d}:{value.minute:02d}"


def reminder_label(minutes: int | None, t: Callable[..., str]) -> str:
    if minutes is None:
        return t("termine.form.reminder.none")
    if minutes % 1440 == 0:
        days = minutes // 1440
        return t("termine.form.reminder.day") if days == 1 else t("termine.form.reminder.days", n=days)
    if minutes % 60 == 0:
        hours = minutes // 60
        return t("termine.form.reminder.hour") if hours == 1 else t("termine.form.reminder.hours", n=hours)
    return t("termine.form.reminder.minutes", n=minutes)


def _same(a: Any, b: Any) -> bool:
    """Equal as the store sees it: blank text is None, set fields compare as sets, missing flags are False."""
    def norm(v: Any) -> Any:
        if isinstance(v, str) and not v.strip():
            return None
        if isinstance(v, (list, tuple, set, frozenset)):
            return frozenset(v) or None
        return v
    return norm(a) == norm(b)


class AppointmentFormViewModel(SessionFollower):
    """The form's state. Views set fields with :meth:`set`, then call :meth:`save` (returns the id or None)."""

    def __init__(self, session: SessionLike, appointment_id: str | None = None, *,
                 jitsi_base: str = DEFAULT_JITSI_BASE, language: str = "de",
                 now: Callable[[], datetime] = now_utc) -> None:
        super().__init__()
        self.session = session
        self.appointment_id = appointment_id
        self.jitsi_base = jitsi_base
        self.language = language
        self._now = now
        self.original: dict[str, Any] | None = None
        self._end_day_offset = 0
        self.errors: dict[str, str] = {}
        self.form_error: str | None = None
        self.saved_id: str | None = None
        # the fields
        self.title = ""
        self.description = ""
        self.date_text = ""
        self.start_text = ""
        self.end_text = ""
        self.all_day = False
        self.mode = "place"
        self.place = ""
        self.online_url = ""
        self.kind = "meeting"
        self.invitees: list[str] = []
        self.invitee_input = ""
        self.reminder: int | None = None
        self.public = False
        self.guests_can_edit = True
        self.organisation: str | None = None
        if appointment_id is None:
            self._defaults()
        else:
            self._load()

    def t(self, key: str, **params: Any) -> str:
        return translate(self.language, key, **params)

    # -- lifecycle (SessionFollower): an edit form opened before the record arrived (deep link, first sync)
    # fills in as soon as the record is there. Typed text is never replaced.
    def session_changed(self) -> None:
        if self.appointment_id is not None and self.original is None and self._load():
            self.notify()

    def _defaults(self) -> None:
        local = to_berlin(self._now())
        start = (local + timedelta(hours=1)).replace(minute=0, second=0, microsecond=0)
        self.date_text = format_date(start.date())
        self.start_text = format_time(start)
        end = start + timedelta(hours=1)
        self.end_text = format_time(end) if end.date() == start.date() else "23:59"

    def _load(self) -> bool:
        replica = self.session.replica
        record = replica.get("appointment", self.appointment_id) if replica is not None else None
        if record is None:
            return False
        self.original = record
        self.title = record.get("title") or ""
        self.description = record.get("description") or ""
        self.all_day = bool(record.get("all_day"))
        if self.all_day:
            day = date.fromisoformat(str(record["start"])[:10])
            self.date_text = format_date(day)
            start_local = datetime.combine(day, time(0, 0))
            self.start_text, self.end_text = "", ""
            if record.get("end"):
                self._end_day_offset = max(0, (date.fromisoformat(str(record["end"])[:10]) - day).days)
        else:
            start_local = to_berlin(record["start"])
            self.date_text = format_date(start_local.date())
            self.start_text = format_time(start_local)
            end = parse_utc(record.get("end"))
            if end is not None:
                end_local = to_berlin(end)
                self.end_text = format_time(end_local)
                self._end_day_offset = max(0, (end_local.date() - start_local.date()).days)
        self.place = record.get("place") or ""
        self.online_url = record.get("online_url") or ""
        self.mode = "online" if self.online_url else "place"
        self.kind = record.get("kind") or "meeting"
        self.invitees = sorted(record.get("invitees") or [])
        self.reminder = record.get("reminder_minutes")
        self.public = bool(record.get("public"))
        self.guests_can_edit = bool(record.get("guests_can_edit"))
        self.organisation = record.get("organisation")
        return True

    # -- facts for the view
    @property
    def is_new(self) -> bool:
        return self.appointment_id is None

    @property
    def found(self) -> bool:
        return self.is_new or self.original is not None

    @property
    def username(self) -> str | None:
        return self.session.username

    def _privileged(self) -> bool:
        """Organiser, admin, or a coordinator of the town of a coaching appointment's club."""
        actor = self.session.actor
        rec = self.original
        if actor is None or rec is None:
            return False
        if rec.get("organiser") == actor.username or actor.has("admin"):
            return True
        if rec.get("kind") == "coaching" and actor.has("coordinator") and rec.get("organisation"):
            club = self.session.replica.get("organisation", rec["organisation"])
            return club is not None and actor.coordinates(club.get("municipality"))
        return False

    @property
    def may_edit(self) -> bool:
        """Mirrors core.access: new appointments for everyone signed in; existing ones for the privileged and for
        invitees when the organiser lets guests edit."""
        actor = self.session.actor
        if actor is None:
            return False
        if self.is_new:
            return True
        rec = self.original
        if rec is None:
            return False
        return self._privileged() or (actor.username in (rec.get("invitees") or []) and bool(rec.get("guests_can_edit")))

    @property
    def guest_mode(self) -> bool:
        """An invitee editing someone else's appointment: invitations, visibility and guest rights stay locked."""
        return not self.is_new and self.may_edit and not self._privileged()

    @property
    def kinds(self) -> tuple[str, ...]:
        actor = self.session.actor
        care = actor is not None and (actor.has("lotse") or actor.has("coordinator"))
        return tuple(k for k in KINDS if care or k not in CARE_ONLY_KINDS or k == self.kind)

    @property
    def reminder_choices(self) -> tuple[int | None, ...]:
        extra = (self.reminder,) if self.reminder not in REMINDER_CHOICES else ()
        return tuple(sorted((*REMINDER_CHOICES, *extra), key=lambda m: -1 if m is None else m))

    def invitee_label(self, username: str) -> str:
        return person_label(username, known_names(self.session.replica, getattr(self.session, "account", None)))

    # -- editing
    def set(self, name: str, value: Any) -> None:
        """Set one field (``title``, ``date_text``, ``mode``, ``public``...) and clear its message."""
        if name not in {"title", "description", "date_text", "start_text", "end_text", "all_day", "mode", "place",
                        "online_url", "kind", "invitee_input", "reminder", "public", "guests_can_edit"}:
            raise AttributeError(f"the form has no field {name!r}")
        if name == "mode" and value not in MODES:
            raise ValueError(f"mode must be one of {MODES}, got {value!r}")
        if name == "kind" and value not in KINDS:
            raise ValueError(f"unknown kind {value!r}")
        if name == "reminder" and value is not None:
            value = int(value)
        setattr(self, name, value)
        key = {"date_text": "date", "start_text": "start", "end_text": "end", "invitee_input": "invitees"}.get(
            name, name)
        self.errors.pop(key, None)
        if name == "mode":
            self.errors.pop("place", None)
            self.errors.pop("online_url", None)
        if name == "all_day":
            self.errors.pop("start", None)
            self.errors.pop("end", None)
        self.form_error = None
        self.notify()

    def create_room(self) -> str | None:
        """"Online-Raum erstellen": a fresh, hard-to-guess Jitsi link named after the title."""
        try:
            url = jitsi_room_url(self.title.strip() or "Treffen", self.jitsi_base)
        except ValueError:
            self.errors["online_url"] = self.t("termine.form.error.jitsi_base")
            self.notify()
            return None
        self.mode = "online"
        self.online_url = url
        self.errors.pop("online_url", None)
        self.notify()
        return url

    def add_invitee(self, text: str | None = None) -> bool:
        """Invite one or more usernames (separated by commas, semicolons or line breaks) from ``text`` or the input
        field. A name with a space ("Jonas Kruse") is a display name, not a username, and is refused (this device
        cannot look people up). All or nothing: when one name is wrong, nobody is added and the input stays."""
        raw = self.invitee_input if text is None else text
        names = [" ".join(n.split()).lstrip("@").lower() for n in re.split(r"[,;\n]+", raw or "") if n.strip()]
        if not names:
            return False
        problems = []
        added = list(self.invitees)
        for name in names:
            if not USERNAME_RE.fullmatch(name):
                problems.append(self.t("termine.form.error.username", name=name))
            elif name == self._organiser():
                problems.append(self.t("termine.form.error.self"))
            elif name in added:
                problems.append(self.t("termine.form.error.duplicate", name=name))
            elif len(added) >= MAX_INVITEES:
                problems.append(self.t("termine.form.error.too_many", max=MAX_INVITEES))
            else:
                added.append(name)
        if problems:
            self.errors["invitees"] = " ".join(problems)
            self.invitee_input = raw or ""
        else:
            self.invitees = sorted(added)
            self.errors.pop("invitees", None)
            self.invitee_input = ""
        self.notify()
        return not problems

    def remove_invitee(self, username: str) -> None:
        if username in self.invitees:
            self.invitees = [u for u in self.invitees if u != username]
            self.errors.pop("invitees", None)
            self.notify()

    def _organiser(self) -> str | None:
        return (self.original or {}).get("organiser") or self.username

    # -- checking and saving
    def validate(self) -> dict[str, Any] | None:
        """The record values when every field is fine; else None with ``errors`` filled (German)."""
        errors: dict[str, str] = {}
        title = self.title.strip()
        if not title:
            errors["title"] = self.t("termine.form.error.title")
        elif len(title) > TITLE_MAX:
            errors["title"] = self.t("termine.form.error.title_long", max=TITLE_MAX)
        day = parse_date(self.date_text)
        if day is None:
            errors["date"] = self.t("termine.form.error.date")
        start_value = end_value = None
        if self.all_day:
            if day is not None:
                start_value = all_day_value(day)
                end_value = all_day_value(day + timedelta(days=self._end_day_offset)) if self._end_day_offset else None
        else:
            start_t = parse_time(self.start_text)
            end_t = parse_time(self.end_text) if self.end_text.strip() else None
            if start_t is None:
                errors["start"] = self.t("termine.form.error.time")
            if self.end_text.strip() and end_t is None:
                errors["end"] = self.t("termine.form.error.time")
            if day is not None and start_t is not None:
                start_local = datetime.combine(day, start_t)
                start_value = from_berlin(start_local)
                if end_t is not None:
                    end_local = datetime.combine(day + timedelta(days=self._end_day_offset), end_t)
                    if end_local <= start_local:
                        errors["end"] = self.t("termine.form.error.end_before_start")
                    else:
                        end_value = from_berlin(end_local)
        place, url = self.place.strip(), self.online_url.strip()
        # A new appointment says where it happens; an existing one without (a coaching request, an import) can
        # still be edited without inventing a place.
        if self.mode == "online":
            if url and not URL_RE.fullmatch(url):
                errors["online_url"] = self.t("termine.form.error.online_url_invalid")
            elif not url and self.is_new:
                errors["online_url"] = self.t("termine.form.error.online_url")
        elif not place and self.is_new:
            errors["place"] = self.t("termine.form.error.place")
        if self.invitee_input.strip():  # typed but not added: add it now (or say what is wrong)
            if not self.add_invitee():
                errors["invitees"] = self.errors.get("invitees", "")
        self.errors = errors
        self.form_error = self.t("termine.form.problems") if errors else None
        if errors:
            return None
        values: dict[str, Any] = {
            "title": title,
            "description": self.description.strip() or None,
            "start": start_value,
            "end": end_value,
            "all_day": self.all_day,
            "kind": self.kind,
            "invitees": sorted(self.invitees),
            "reminder_minutes": self.reminder,
            "public": self.public,
            "guests_can_edit": self.guests_can_edit,
        }
        if self.mode == "online":
            values["online_url"] = url or None
            # a room replaces the place; a place stored next to an existing room ("Online (Jitsi)") stays
            keep = self.original is not None and self.original.get("online_url")
            values["place"] = self.original.get("place") if keep and self.original is not None else None
        else:
            values["place"] = place or None
            values["online_url"] = None
        return values

    def save(self) -> str | None:
        """Validate and save as ONE local edit; returns the appointment's id, or None (messages are set)."""
        self.saved_id = None
        replica = self.session.replica
        if replica is None or not self.may_edit:
            self.form_error = self.t("termine.form.no_access" if self.session.actor else "termine.form.login")
            self.notify()
            return None
        values = self.validate()
        if values is None:
            self.notify()
            return None
        try:
            if self.original is None:
                new = {k: v for k, v in values.items() if v is not None and v != []}
                record_id = replica.create("appointment", new)
            else:
                record_id = self.original["id"]
                changes = {k: v for k, v in values.items() if not _same(v, self.original.get(k))}
                if self.guest_mode:
                    changes = {k: v for k, v in changes.items() if k not in GUEST_LOCKED}
                if changes:
                    replica.update("appointment", record_id, changes)
        except ValidationFailed as exc:
            for problem in exc.problems:
                self.errors[FIELD_OF.get(problem.field, "form")] = problem.message
            self.form_error = self.errors.pop("form", None) or self.t("termine.form.problems")
            self.notify()
            return None
        except (PermissionDenied, NotFound, StoreError) as exc:
            self.form_error = exc.message
            self.notify()
            return None
        self.saved_id = record_id
        self.session.edited()
        if self.original is not None:
            self._load()  # the saved state is the new base for the next edit
        self.notify()
        return record_id
