"""/lotsen/neu and /lotsen/<id>/bearbeiten — create or edit a contact, with consent as a required part.

- A Lotse creates contacts for their own town and is assigned to them; a coordinator creates them for their town
  and names the assigned Lotsen (usernames). Only the coordinator changes the assignment later (core.access).
- Consent: scope (at least "Kontaktdaten speichern") and date (not in the future) are required; whoever records or
  changes the consent is stored as "aufgenommen von".
- Without consent to health data there is no care grade field, and an existing care grade is removed on saving;
  likewise the contact person without consent to contact relatives.
German messages appear next to the fields (``errors``: form field -> message).
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from app.i18n import t as german
from app.store import NotFound, PermissionDenied, ValidationFailed
from app.store.convert import ConversionError
from app.viewmodels.care_common import (
    BASIC_SCOPE,
    HEALTH_FIELDS,
    HEALTH_SCOPE,
    RELATIVES_FIELDS,
    RELATIVES_SCOPE,
    CareSession,
    Today,
    Translate,
    format_date,
    may_use_care,
    note_input,
    parse_field,
    scope_label,
    town_label,
)
from app.viewmodels.observable import ViewModel
from core.reference import CONSENT_SCOPES
from core.validation import validate

OK, NOT_FOUND, NO_ACCESS = "ok", "not_found", "no_access"
TEXT_FIELDS = ("name", "address", "phone", "contact_person", "needs", "referrals", "consent_date", "assigned")
CARE_GRADES = ("0", "1", "2", "3", "4", "5")
_SPLIT = re.compile(r"[\s,;]+")
# model field -> form field (where its message is shown)
_FORM_FIELD = {"name": "name", "address": "address", "phone": "phone", "contact_person": "contact_person",
               "needs": "needs", "referrals": "referrals", "consent_date": "consent_date",
               "consent_scope": "consent_scope", "care_grade": "care_grade", "assigned_lotsen": "assigned",
               "municipality": "form", "consent_recorded_by": "form"}


class ContactFormViewModel(ViewModel):
    def __init__(self, session: CareSession, contact_id: str | None = None, *, today: Today = date.today,
                 t: Translate = german) -> None:
        super().__init__()
        self.session = session
        self.contact_id = contact_id
        self.today = today
        self.t = t
        self.state = OK
        self.original: dict[str, Any] | None = None
        self.values: dict[str, str] = dict.fromkeys(TEXT_FIELDS, "")
        self.scopes: set[str] = set()
        self.care_grade = ""  # "" (not given) or "0".."5"
        self.errors: dict[str, str] = {}
        self.saved_id: str | None = None
        self._load()

    def _load(self) -> None:
        actor = self.session.actor
        replica = self.session.replica
        if replica is None or actor is None or not may_use_care(actor):
            self.state = NO_ACCESS
            return
        if self.contact_id is None:
            self.values["consent_date"] = format_date(self.today().isoformat())
            self.scopes = {BASIC_SCOPE}
            if actor.has("lotse") and not actor.has("coordinator"):
                self.values["assigned"] = actor.username
            return
        contact = replica.get("contact", self.contact_id)
        if contact is None:
            self.state = NOT_FOUND
            return
        self.original = contact
        for name in TEXT_FIELDS:
            if name == "assigned":
                self.values[name] = ", ".join(contact.get("assigned_lotsen") or [])
            elif name == "consent_date":
                self.values[name] = format_date(contact.get("consent_date"))
            else:
                self.values[name] = contact.get(name) or ""
        self.scopes = set(contact.get("consent_scope") or [])
        grade = contact.get("care_grade")
        self.care_grade = "" if grade is None else str(grade)
        if not self.may_edit:
            self.state = NO_ACCESS

    # -- what the view shows -------------------------------------------------------------------------------------
    @property
    def is_new(self) -> bool:
        return self.contact_id is None

    @property
    def may_edit(self) -> bool:
        actor = self.session.actor
        if actor is None:
            return False
        if self.original is None:
            return may_use_care(actor)
        return actor.coordinates(self.original.get("municipality")) or (
            actor.has("lotse") and actor.username in (self.original.get("assigned_lotsen") or []))

    @property
    def is_coordinator(self) -> bool:
        actor = self.session.actor
        return bool(actor and actor.has("coordinator"))

    @property
    def may_assign(self) -> bool:
        """Only coordinators name (and change) the assigned Lotsen; a Lotse is assigned to what they create."""
        return self.is_coordinator

    @property
    def municipality(self) -> str:
        if self.original is not None:
            return self.original.get("municipality") or ""
        actor = self.session.actor
        return actor.municipality if actor else ""

    @property
    def town(self) -> str:
        return town_label(self.municipality)

    @property
    def scope_choices(self) -> list[tuple[str, str]]:
        return [(s, scope_label(s)) for s in CONSENT_SCOPES]

    @property
    def health_allowed(self) -> bool:
        return HEALTH_SCOPE in self.scopes

    @property
    def relatives_allowed(self) -> bool:
        return RELATIVES_SCOPE in self.scopes

    @property
    def recorded_by(self) -> str:
        """Who the consent is recorded by: whoever records or changes it now, else who recorded it."""
        actor = self.session.actor
        me = actor.username if actor else ""
        if self.original is None:
            return me
        try:
            consent_date = parse_field("contact", "consent_date", self.values["consent_date"])
        except ConversionError:
            return me
        unchanged = (sorted(self.scopes) == sorted(self.original.get("consent_scope") or [])
                     and consent_date == self.original.get("consent_date"))
        return (self.original.get("consent_recorded_by") or me) if unchanged else me

    @property
    def removal_notice(self) -> str:
        """Says what saving will remove because the consent for it is no longer given."""
        lost = []
        if self.original is not None:
            if not self.health_allowed and self.original.get("care_grade") is not None:
                lost.append(self.t("lotsen.field.care_grade"))
            if not self.relatives_allowed and self.original.get("contact_person"):
                lost.append(self.t("lotsen.field.contact_person"))
        return self.t("lotsen.form.will_remove", fields=", ".join(lost)) if lost else ""

    # -- editing -------------------------------------------------------------------------------------------------
    def set(self, name: str, value: str) -> None:
        if name not in TEXT_FIELDS:
            raise KeyError(name)
        if name == "assigned" and not self.may_assign and not self.is_new:
            return
        value = value or ""
        note_input(self.session)
        if self.values[name] != value:
            self.values[name] = value
            self.errors.pop(name, None)
            self.errors.pop("form", None)
            self.notify()

    def toggle_scope(self, scope: str, selected: bool | None = None) -> None:
        if scope not in CONSENT_SCOPES:
            raise ValueError(scope)
        want = (scope not in self.scopes) if selected is None else bool(selected)
        note_input(self.session)
        if want == (scope in self.scopes):
            return
        if want:
            self.scopes.add(scope)
        else:
            self.scopes.discard(scope)
        self.errors.pop("consent_scope", None)
        self.notify()

    def set_care_grade(self, grade: str) -> None:
        grade = grade or ""
        if grade not in ("", *CARE_GRADES):
            raise ValueError(grade)
        if grade != self.care_grade:
            self.care_grade = grade
            self.errors.pop("care_grade", None)
            self.notify()

    # -- validation and saving -----------------------------------------------------------------------------------
    def _record(self) -> dict[str, Any]:
        """The contact as it would be stored; fills ``errors`` with every problem found."""
        errors: dict[str, str] = {}
        actor = self.session.actor
        try:
            consent_date = parse_field("contact", "consent_date", self.values["consent_date"])
        except ConversionError as error:
            errors["consent_date"] = error.message
            consent_date = None
        if consent_date and consent_date > self.today().isoformat():
            errors["consent_date"] = self.t("lotsen.form.error.consent_future")
        if self.may_assign:
            assigned = sorted({u.lower() for u in _SPLIT.split(self.values["assigned"]) if u})
        elif self.original is not None:
            assigned = list(self.original.get("assigned_lotsen") or [])
        else:
            assigned = [actor.username] if actor is not None else []
        record: dict[str, Any] = {
            "name": self.values["name"].strip() or None,
            "address": self.values["address"].strip() or None,
            "phone": self.values["phone"].strip() or None,
            "contact_person": (self.values["contact_person"].strip() or None) if self.relatives_allowed else None,
            "needs": self.values["needs"].strip() or None,
            "referrals": self.values["referrals"].strip() or None,
            "municipality": self.municipality or None,
            "assigned_lotsen": assigned,
            "consent_scope": sorted(self.scopes),
            "consent_date": consent_date,
            "care_grade": int(self.care_grade) if self.care_grade and self.health_allowed else None,
        }
        if self.original is None or self._consent_changed(record):
            record["consent_recorded_by"] = actor.username if actor else None
        else:
            record["consent_recorded_by"] = self.original.get("consent_recorded_by")
        for problem in validate("contact", record):
            target = _FORM_FIELD.get(problem.field, "form")
            if target not in errors:
                errors[target] = problem.message
        if BASIC_SCOPE not in self.scopes:
            errors["consent_scope"] = self.t("lotsen.form.error.basic_consent")
        self.errors = errors
        return record

    def _consent_changed(self, record: dict[str, Any]) -> bool:
        before = self.original or {}
        return (sorted(before.get("consent_scope") or []) != record["consent_scope"]
                or before.get("consent_date") != record["consent_date"])

    def validate(self) -> bool:
        self._record()
        self.notify()
        return not self.errors

    def save(self) -> str | None:
        """Create or update the contact; returns its id, or None with German ``errors`` by field."""
        replica = self.session.replica
        if self.state != OK or replica is None:
            self.errors = {"form": self.t("lotsen.error.no_access")}
            self.notify()
            return None
        record = self._record()
        if self.errors:
            self.notify()
            return None
        try:
            if self.original is None:
                contact_id = replica.create("contact", {k: v for k, v in record.items() if v not in (None, [])})
            else:
                contact_id = self.original["id"]
                changes = {k: v for k, v in record.items() if v != self.original.get(k)
                           and not (v in (None, []) and self.original.get(k) in (None, []))}
                if not self.may_assign:
                    changes.pop("assigned_lotsen", None)
                changes.pop("municipality", None)
                for name in (*HEALTH_FIELDS, *RELATIVES_FIELDS):  # consent withdrawn: the value goes
                    if record[name] is None and self.original.get(name) is not None:
                        changes[name] = None
                if changes:
                    replica.update("contact", contact_id, changes)
        except ValidationFailed as error:
            for problem in error.problems:
                self.errors.setdefault(_FORM_FIELD.get(problem.field, "form"), problem.message)
            self.notify()
            return None
        except (PermissionDenied, NotFound) as error:
            self.errors["form"] = error.message
            self.notify()
            return None
        self.session.edited()
        self.saved_id = contact_id
        if self.original is not None:
            self.original = replica.get("contact", contact_id)
        self.notify()
        return contact_id
