"""/lotsen/<id>/besuch — "Besuch erfassen", fully offline, with a draft that is never lost.

Fields: date (default today), duration (minutes), topics (chips; health topics only with consent to health data),
notes, next steps, next visit date, and an optional follow-up task (text, due date).

Draft autosave: every change marks the form dirty and schedules a save DEBOUNCE_S later on the running asyncio loop
(without a loop it saves at once); ``close()`` (leaving the page) saves at once. The draft lives in the care
seam of the local store (sealed like care data, never synced) under ``visit:<contact id>`` and is resumed when the
form is opened again — after a time-out, a reload or the app being killed. Saving creates the visit (an
append-only entry) and the task, then deletes the draft; discarding deletes the draft after a confirmation.
"""

from __future__ import annotations

import asyncio
from datetime import date, datetime
from typing import Any

from app.i18n import t as german
from app.store import NotFound, PermissionDenied, StoreError, ValidationFailed
from app.store.convert import ConversionError
from app.viewmodels.care_common import (
    HEALTH_TOPICS,
    CareSession,
    Today,
    Translate,
    allowed_topics,
    format_date,
    has_health_consent,
    may_use_care,
    note_input,
    parse_field,
    topic_label,
)
from app.viewmodels.observable import ViewModel
from core.validation import validate

DEBOUNCE_S = 0.6
DRAFT_VERSION = 1
OK, NOT_FOUND, NO_ACCESS = "ok", "not_found", "no_access"
TEXT_FIELDS = ("date", "duration", "notes", "next_steps", "next_visit", "task_text", "task_due")
# form field -> the model field whose validation message belongs next to it
_VISIT_FIELDS = {"date": "date", "duration_minutes": "duration", "topics": "topics", "notes": "notes",
                 "next_steps": "next_steps", "next_visit": "next_visit"}
_TASK_FIELDS = {"text": "task_text", "due": "task_due"}


def draft_key(contact_id: str) -> str:
    return f"visit:{contact_id}"


class VisitFormViewModel(ViewModel):
    def __init__(self, session: CareSession, contact_id: str, *, today: Today = date.today,
                 t: Translate = german, debounce_s: float = DEBOUNCE_S) -> None:
        super().__init__()
        self.session = session
        self.contact_id = contact_id
        self.today = today
        self.t = t
        self.debounce_s = debounce_s
        self.state = NOT_FOUND
        self.contact: dict[str, Any] | None = None
        self.values: dict[str, str] = self._blank()
        self.topics: set[str] = set()
        self.errors: dict[str, str] = {}  # form field (or "form") -> German message
        self.dirty = False
        self.draft_saved_at: str | None = None  # UTC ISO of the last draft save
        self.draft_failed = ""
        self.resumed_from: str | None = None  # UTC ISO of the draft this form resumed
        self.saved_visit_id: str | None = None
        self._timer: asyncio.TimerHandle | None = None
        self._replica: Any = None
        self._load()

    # -- opening -------------------------------------------------------------------------------------------------
    def _blank(self) -> dict[str, str]:
        values = dict.fromkeys(TEXT_FIELDS, "")
        values["date"] = format_date(self.today().isoformat())
        return values

    def _load(self) -> None:
        replica = self.session.replica
        if replica is None or not may_use_care(self.session.actor):
            self.state = NO_ACCESS
            return
        self.contact = replica.get("contact", self.contact_id)
        if self.contact is None:
            self.state = NOT_FOUND
            return
        self.state = OK
        self._replica = replica  # drafts go only into the replica of the person who typed them
        draft = replica.care_draft(draft_key(self.contact_id))
        if draft is not None:
            data = draft["data"]
            for name in TEXT_FIELDS:
                value = data.get(name)
                if isinstance(value, str):
                    self.values[name] = value
            allowed = set(self.topic_choices)
            self.topics = {x for x in data.get("topics") or [] if isinstance(x, str) and x in allowed}
            self.resumed_from = draft["updated"]
            self.draft_saved_at = draft["updated"]

    # -- what the view shows -------------------------------------------------------------------------------------
    @property
    def name(self) -> str:
        return (self.contact or {}).get("name") or ""

    @property
    def health_consent(self) -> bool:
        return has_health_consent(self.contact)

    @property
    def topic_choices(self) -> list[str]:
        return allowed_topics(self.contact)

    def topic_label(self, topic: str) -> str:
        return topic_label(topic)

    @property
    def has_content(self) -> bool:
        """Anything typed or chosen beyond the defaults (then leaving without saving keeps a draft)."""
        return bool(self.topics) or self.values != self._blank()

    @property
    def has_draft(self) -> bool:
        return self.draft_saved_at is not None

    @property
    def draft_status(self) -> str:
        """"Entwurf gespeichert (10:32 Uhr)", "Änderungen werden gespeichert …", a failure, or ""."""
        if self.draft_failed:
            return self.draft_failed
        if self.dirty:
            return self.t("lotsen.draft.saving")
        if self.draft_saved_at:
            return self.t("lotsen.draft.saved", time=_local_time(self.draft_saved_at))
        return ""

    @property
    def resumed_text(self) -> str:
        if not self.resumed_from:
            return ""
        return self.t("lotsen.draft.resumed", when=_local_datetime(self.resumed_from))

    # -- editing -------------------------------------------------------------------------------------------------
    def set(self, name: str, value: str) -> None:
        if name not in TEXT_FIELDS:
            raise KeyError(name)
        value = value or ""
        if self.values[name] == value:
            return
        self.values[name] = value
        self.errors.pop(name, None)
        self.errors.pop("form", None)
        self._changed()

    def toggle_topic(self, topic: str, selected: bool | None = None) -> None:
        if topic not in self.topic_choices:
            raise ValueError(f"topic {topic!r} may not be recorded for this contact")
        want = (topic not in self.topics) if selected is None else bool(selected)
        if want == (topic in self.topics):
            return
        if want:
            self.topics.add(topic)
        else:
            self.topics.discard(topic)
        self.errors.pop("topics", None)
        self._changed()

    def _changed(self) -> None:
        note_input(self.session)
        self.dirty = True
        self.saved_visit_id = None
        self._schedule()
        self.notify()

    # -- the draft -----------------------------------------------------------------------------------------------
    def _schedule(self) -> None:
        self._cancel()
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:  # no event loop (a script, a plain test): save right away
            self.flush()
            return
        self._timer = loop.call_later(self.debounce_s, self._on_timer)

    def _cancel(self) -> None:
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None

    def _on_timer(self) -> None:
        self._timer = None
        self.flush()

    def draft_data(self) -> dict[str, Any]:
        return {"v": DRAFT_VERSION, **self.values, "topics": sorted(self.topics)}

    def flush(self) -> bool:
        """Save the draft now if anything changed since the last save. False when saving failed."""
        self._cancel()
        if not self.dirty or self.state != OK:
            return True
        replica = self.session.replica
        if replica is None or replica is not self._replica:  # signed out (or another person) meanwhile
            self.draft_failed = self.t("lotsen.draft.failed", reason=self.t("lotsen.error.signed_out"))
            self.notify()
            return False
        try:
            self.draft_saved_at = replica.save_care_draft(draft_key(self.contact_id), self.contact_id,
                                                          self.draft_data())
        except StoreError as error:
            self.draft_failed = self.t("lotsen.draft.failed", reason=error.message)
            self.notify()
            return False
        self.dirty = False
        self.draft_failed = ""
        self.notify()
        return True

    def detach(self) -> None:
        """Leaving the form: whatever was typed is saved as a draft at once."""
        self.flush()

    def discard(self) -> None:
        """Throw the draft away (after the view asked for confirmation) and start again with a blank form."""
        self._cancel()
        replica = self.session.replica
        if replica is not None:
            replica.discard_care_draft(draft_key(self.contact_id))
        self.values = self._blank()
        self.topics = set()
        self.errors = {}
        self.dirty = False
        self.draft_saved_at = None
        self.draft_failed = ""
        self.resumed_from = None
        self.notify()

    # -- validation and saving -----------------------------------------------------------------------------------
    def _records(self) -> tuple[dict[str, Any], dict[str, Any] | None]:
        """The visit (and task) as they would be stored; fills ``errors`` with every problem found."""
        errors: dict[str, str] = {}
        typed: dict[str, Any] = {}
        for form_name, entity, model_name in (("date", "visit", "date"), ("duration", "visit", "duration_minutes"),
                                              ("next_visit", "visit", "next_visit"), ("task_due", "task", "due")):
            try:
                typed[form_name] = parse_field(entity, model_name, self.values[form_name])
            except ConversionError as error:
                errors[form_name] = error.message
        actor = self.session.actor
        visit: dict[str, Any] = {
            "contact": self.contact_id,
            "date": typed.get("date"),
            "duration_minutes": typed.get("duration"),
            "topics": sorted(self.topics),
            "notes": self.values["notes"].strip() or None,
            "next_steps": self.values["next_steps"].strip() or None,
            "next_visit": typed.get("next_visit"),
            "author": actor.username if actor else None,
        }
        for problem in validate("visit", visit):
            target = _VISIT_FIELDS.get(problem.field, "form")
            if target not in errors:
                errors[target] = problem.message
        today = self.today().isoformat()
        visit_date = visit["date"]
        if "date" not in errors and visit_date:
            if visit_date > today:
                errors["date"] = self.t("lotsen.visit.error.future")
            consent_date = (self.contact or {}).get("consent_date")
            if consent_date and visit_date < consent_date:
                errors["date"] = self.t("lotsen.visit.error.before_consent", date=format_date(consent_date))
        if "next_visit" not in errors and visit["next_visit"] and visit_date and visit["next_visit"] <= visit_date:
            errors["next_visit"] = self.t("lotsen.visit.error.next_before")
        if not self.health_consent and self.topics & HEALTH_TOPICS:
            errors["topics"] = self.t("lotsen.visit.error.health_topics")
        task: dict[str, Any] | None = None
        task_text = self.values["task_text"].strip()
        if task_text or self.values["task_due"].strip():
            task = {"contact": self.contact_id, "text": task_text, "done": False,
                    "assignee": actor.username if actor else None}
            if typed.get("task_due"):
                task["due"] = typed["task_due"]
            for problem in validate("task", task):
                target = _TASK_FIELDS.get(problem.field, "form")
                if target not in errors:
                    errors[target] = (self.t("lotsen.visit.error.task_text") if problem.field == "text"
                                      and problem.code == "required" else problem.message)
        self.errors = errors
        return visit, task

    def validate(self) -> bool:
        self._records()
        self.notify()
        return not self.errors

    def save(self) -> str | None:
        """Record the visit (and the follow-up task), delete the draft. Returns the visit's id, or None with
        ``errors`` (German, by field) when something is missing or not allowed; the draft is kept then."""
        if self.state != OK:
            self.errors = {"form": self.t("lotsen.error.no_access" if self.state == NO_ACCESS
                                          else "lotsen.error.not_found")}
            self.notify()
            return None
        visit, task = self._records()
        replica = self.session.replica
        if replica is not self._replica:
            self.errors["form"] = self.t("lotsen.error.signed_out")
            self.notify()
            return None
        if self.errors or replica is None:
            self.flush()
            self.notify()
            return None
        record = {k: v for k, v in visit.items() if v not in (None, [])}
        try:
            visit_id = replica.create("visit", record)
        except ValidationFailed as error:
            for problem in error.problems:
                self.errors.setdefault(_VISIT_FIELDS.get(problem.field, "form"), problem.message)
            self.flush()
            self.notify()
            return None
        except (PermissionDenied, NotFound) as error:
            self.errors["form"] = error.message
            self.flush()
            self.notify()
            return None
        if task is not None:
            try:
                replica.create("task", task)
            except StoreError as error:  # the visit is saved; say what happened to the task
                self.errors["form"] = self.t("lotsen.visit.error.task_failed", reason=error.message)
        self._cancel()
        replica.discard_care_draft(draft_key(self.contact_id))
        self.session.edited()
        self.saved_visit_id = visit_id
        self.values = self._blank()
        self.topics = set()
        self.dirty = False
        self.draft_saved_at = None
        self.resumed_from = None
        self.notify()
        return visit_id


def _local(iso: str) -> datetime | None:
    """A stored UTC time in the towns' time zone (Europe/Berlin; the device's zone where tzdata is missing)."""
    try:
        moment = datetime.fromisoformat(iso.replace("Z", "+00:00"))
    except ValueError:
        return None
    try:
        from zoneinfo import ZoneInfo

        return moment.astimezone(ZoneInfo("Europe/Berlin"))
    except Exception:  # noqa: BLE001 - no tz database (Pyodide): the device's zone
        return moment.astimezone()


def _local_time(iso: str) -> str:
    moment = _local(iso)
    return moment.strftime("%H:%M") if moment else iso


def _local_datetime(iso: str) -> str:
    moment = _local(iso)
    return moment.strftime("%d.%m.%Y, %H:%M") if moment else iso
