"""Validation of records against the schema. Returns every problem at once, each with a German message."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from core.ids import is_uuid
from core.model import entity as entity_def
from core.schema import DELETED, Entity, Field, FieldType

USERNAME_RE = re.compile(r"^[a-z0-9][a-z0-9._-]{1,39}$")
EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
PHONE_RE = re.compile(r"^\+?[0-9 ()/.-]{5,40}$")
URL_RE = re.compile(r"^https?://[^\s/$.?#][^\s]*$", re.IGNORECASE)
DATETIME_RE = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?Z$")


@dataclass(frozen=True)
class Problem:
    field: str
    code: str  # machine-readable: required, too_long, invalid_choice, not_a_number, ...
    message: str  # German, fit to show next to the field

    def as_dict(self) -> dict[str, str]:
        return {"field": self.field, "code": self.code, "message": self.message}


def _required_message(f: Field) -> str:
    prompt = f.prompt or f.label
    suffix = f" (höchstens {f.max_len} Zeichen)" if f.max_len else ""
    return f"Bitte {prompt} angeben{suffix}."


def _is_empty(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip()) or (
        isinstance(value, (list, tuple, set, frozenset, dict)) and len(value) == 0)


def _check_scalar(f: Field, value: Any, item_type: FieldType | None = None) -> tuple[str, str] | None:
    """Return (code, message) when ``value`` does not fit field ``f`` (or its set items)."""
    kind = item_type or f.type
    label = f.label
    if kind in (FieldType.STR, FieldType.TEXT, FieldType.URL, FieldType.EMAIL, FieldType.PHONE):
        if not isinstance(value, str):
            return "not_text", f"{label}: bitte Text eingeben."
        if f.max_len is not None and len(value) > f.max_len:
            return "too_long", f"{label}: höchstens {f.max_len} Zeichen (jetzt {len(value)})."
        if kind is FieldType.STR and ("\n" in value or "\r" in value):
            return "multiline", f"{label}: bitte nur eine Zeile eingeben."
        if kind is FieldType.URL and not URL_RE.match(value):
            return "invalid_url", f"{label}: bitte eine Webadresse angeben, die mit https:// beginnt."
        if kind is FieldType.EMAIL and not EMAIL_RE.match(value):
            return "invalid_email", f"{label}: bitte eine gültige E-Mail-Adresse angeben (name@beispiel.de)."
        if kind is FieldType.PHONE and not PHONE_RE.match(value):
            return "invalid_phone", f"{label}: bitte eine gültige Telefonnummer angeben (nur Ziffern, +, /, -)."
        return None
    if kind is FieldType.INT:
        if isinstance(value, bool) or not isinstance(value, int):
            return "not_a_number", f"{label}: bitte eine ganze Zahl eingeben."
        if f.min_value is not None and value < f.min_value or f.max_value is not None and value > f.max_value:
            return "out_of_range", f"{label}: bitte eine Zahl von {f.min_value} bis {f.max_value} eingeben."
        return None
    if kind is FieldType.BOOL:
        return None if isinstance(value, bool) else ("not_a_boolean", f"{label}: bitte Ja oder Nein wählen.")
    if kind is FieldType.DATE:
        try:
            if not isinstance(value, str) or len(value) != 10:
                raise ValueError
            date.fromisoformat(value)
        except ValueError:
            return "invalid_date", f"{label}: bitte ein gültiges Datum angeben (TT.MM.JJJJ)."
        return None
    if kind is FieldType.DATETIME:
        try:
            if not isinstance(value, str) or not DATETIME_RE.match(value):
                raise ValueError
            datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            return "invalid_datetime", f"{label}: bitte Datum und Uhrzeit angeben."
        return None
    if kind is FieldType.ENUM:
        if value not in f.choices:
            return "invalid_choice", f"{label}: „{value}“ ist keine gültige Auswahl."
        return None
    if kind is FieldType.USER:
        if not isinstance(value, str) or not USERNAME_RE.match(value):
            return "invalid_username", f"{label}: „{value}“ ist kein gültiger Benutzername."
        return None
    if kind is FieldType.REF:
        if not is_uuid(value):
            return "invalid_reference", f"{label}: der Verweis ist ungültig."
        return None
    return None  # JSON: anything JSON can carry


def validate_field(f: Field, value: Any) -> Problem | None:
    if _is_empty(value):
        return Problem(f.name, "required", _required_message(f)) if f.required else None
    if f.is_set:
        if not isinstance(value, (list, tuple, set, frozenset)):
            return Problem(f.name, "not_a_list", f"{f.label}: bitte eine Auswahl treffen.")
        if f.max_items is not None and len(value) > f.max_items:
            return Problem(f.name, "too_many", f"{f.label}: höchstens {f.max_items} auswählen.")
        for item in value:
            bad = _check_scalar(f, item, f.item_type)
            if bad:
                return Problem(f.name, *bad)
        return None
    bad = _check_scalar(f, value)
    return Problem(f.name, *bad) if bad else None


def _cross_field(ent: Entity, record: dict[str, Any]) -> list[Problem]:
    problems: list[Problem] = []
    if ent.name == "appointment":
        start, end = record.get("start"), record.get("end")
        if isinstance(start, str) and isinstance(end, str) and end and start and end < start:
            problems.append(Problem("end", "end_before_start", "Ende: das Ende darf nicht vor dem Beginn liegen."))
    if ent.name == "contact":
        lotsen = record.get("assigned_lotsen") or []
        recorder = record.get("consent_recorded_by")
        if recorder and lotsen and not isinstance(lotsen, str) and not record.get("consent_scope"):
            problems.append(Problem("consent_scope", "required", "Bitte den Umfang der Einwilligung angeben."))
    return problems


def validate(entity_name: str, record: dict[str, Any], *, partial: bool = False) -> list[Problem]:
    """Check ``record`` against the schema of ``entity_name``.

    ``partial=True`` checks only the fields present (an edit of some fields); required fields that are present must
    still not be empty. Unknown fields (from a newer app version) are not errors: they are kept and synced as they are.
    """
    ent = entity_def(entity_name)
    problems: list[Problem] = []
    for f in ent.fields:
        if partial and f.name not in record:
            continue
        problem = validate_field(f, record.get(f.name))
        if problem:
            problems.append(problem)
    if DELETED in record and not isinstance(record[DELETED], bool):
        problems.append(Problem(DELETED, "not_a_boolean", "Löschvermerk ist ungültig."))
    problems.extend(_cross_field(ent, record))
    return problems


def with_defaults(entity_name: str, record: dict[str, Any]) -> dict[str, Any]:
    """A copy of ``record`` with every absent field that has a default filled in."""
    out = dict(record)
    for f in entity_def(entity_name).fields:
        if f.name not in out and f.default is not None:
            out[f.name] = f.default
    return out
