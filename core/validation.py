"""Validation of records against the schema. Returns every problem at once, each with a German message."""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from functools import cache
from typing import Any

from core.ids import is_uuid
from core.model import entity as entity_def
from core.schema import DELETED, Entity, Field, FieldType

# Patterns are used with fullmatch (``$`` would also accept a trailing newline) and ASCII digits only (``\d`` would
# accept any Unicode digit).
USERNAME_RE = re.compile(r"[a-z0-9][a-z0-9._-]{1,39}")
EMAIL_RE = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")
PHONE_RE = re.compile(r"\+?[0-9 ()/.-]{5,40}")
URL_RE = re.compile(r"https?://[^\s/$.?#][^\s]*", re.IGNORECASE)
DATE_RE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
DATETIME_RE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}(:[0-9]{2})?Z")


NOT_JSON_MESSAGE = "{label}: der Wert enthält eine ungültige Zahl (zu groß, unendlich oder keine Zahl)."
# the integers every replica can store and read back exactly (SQLite's INTEGER; JSON parsers beyond it differ)
INT_MIN, INT_MAX = -(2**63), 2**63 - 1


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


def _range_text(f: Field) -> str:
    if f.min_value is not None and f.max_value is not None:
        return f"bitte eine Zahl von {f.min_value} bis {f.max_value} eingeben."
    if f.min_value is not None:
        return f"bitte eine Zahl ab {f.min_value} eingeben."
    return f"bitte eine Zahl bis {f.max_value} eingeben."


def _parse_datetime(value: Any) -> datetime | None:
    """A DATETIME value (UTC with a trailing Z) as an aware datetime, or None when it is not one."""
    if not isinstance(value, str) or not DATETIME_RE.fullmatch(value):
        return None
    try:
        return datetime.fromisoformat(value[:-1] + "+00:00")
    except ValueError:
        return None


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
        if kind is FieldType.URL and not URL_RE.fullmatch(value):
            return "invalid_url", f"{label}: bitte eine Webadresse angeben, die mit https:// beginnt."
        if kind is FieldType.EMAIL and not EMAIL_RE.fullmatch(value):
            return "invalid_email", f"{label}: bitte eine gültige E-Mail-Adresse angeben (name@beispiel.de)."
        if kind is FieldType.PHONE and not PHONE_RE.fullmatch(value):
            return "invalid_phone", f"{label}: bitte eine gültige Telefonnummer angeben (nur Ziffern, +, /, -)."
        return None
    if kind is FieldType.INT:
        if isinstance(value, bool) or not isinstance(value, int):
            return "not_a_number", f"{label}: bitte eine ganze Zahl eingeben."
        if f.min_value is not None and value < f.min_value or f.max_value is not None and value > f.max_value:
            return "out_of_range", f"{label}: {_range_text(f)}"
        if not_json(value):
            return "not_json", NOT_JSON_MESSAGE.format(label=label)
        return None
    if kind is FieldType.BOOL:
        return None if isinstance(value, bool) else ("not_a_boolean", f"{label}: bitte Ja oder Nein wählen.")
    if kind is FieldType.DATE:
        try:
            if not isinstance(value, str) or not DATE_RE.fullmatch(value):  # not ISO week dates like 2026-W48-3
                raise ValueError
            date.fromisoformat(value)
        except ValueError:
            return "invalid_date", f"{label}: bitte ein gültiges Datum angeben (TT.MM.JJJJ)."
        return None
    if kind is FieldType.DATETIME:
        if _parse_datetime(value) is None:
            return "invalid_datetime", f"{label}: bitte Datum und Uhrzeit angeben."
        return None
    if kind is FieldType.ENUM:
        if value not in f.choices:
            return "invalid_choice", f"{label}: „{value}“ ist keine gültige Auswahl."
        return None
    if kind is FieldType.USER:
        if not isinstance(value, str) or not USERNAME_RE.fullmatch(value):
            return "invalid_username", f"{label}: „{value}“ ist kein gültiger Benutzername."
        return None
    if kind is FieldType.REF:
        if not is_uuid(value):
            return "invalid_reference", f"{label}: der Verweis ist ungültig."
        return None
    if not_json(value):  # JSON: anything JSON can carry, which is not every number Python has
        return "not_json", NOT_JSON_MESSAGE.format(label=label)
    return None


def _validate_set_ops(f: Field, ops: dict[Any, Any]) -> Problem | None:
    """An edit of a set field as sent in a mutation: ``{element: present}`` (added / removed elements).

    Removed elements are not checked (removing an invalid element must stay possible); whether the result is empty
    or too long can only be told on the merged record.
    """
    if any(not isinstance(present, bool) for present in ops.values()):
        return Problem(f.name, "invalid_operation", f"{f.label}: die Änderung der Auswahl ist ungültig.")
    added = [item for item, present in ops.items() if present]
    if f.max_items is not None and len(added) > f.max_items:
        return Problem(f.name, "too_many", f"{f.label}: höchstens {f.max_items} auswählen.")
    for item in added:
        bad = _check_scalar(f, item, f.item_type)
        if bad:
            return Problem(f.name, *bad)
    return None


def validate_field(f: Field, value: Any) -> Problem | None:
    if f.is_set and isinstance(value, dict):  # element operations; {} (no change) is not an empty set
        return _validate_set_ops(f, value)
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
        # compared as points in time, not as strings: "10:00Z" is later than "09:59:30Z" but sorts before it
        start, end = _parse_datetime(record.get("start")), _parse_datetime(record.get("end"))
        if start is not None and end is not None and end < start:
            problems.append(Problem("end", "end_before_start", "Ende: das Ende darf nicht vor dem Beginn liegen."))
    return problems


Fast = Callable[[Any], bool]


def _fast_check(f: Field) -> Fast:
    """A predicate that is True only for values :func:`validate_field` surely accepts (the common, valid case);
    False means "not sure": the full check decides. Saves most of the time validating valid records."""
    optional = not f.required
    if f.is_set:
        if f.item_type is not FieldType.ENUM:
            return lambda value: value is None and optional
        set_choices = frozenset(c for c in f.choices if c.strip())
        most = f.max_items

        def set_ok(value: Any) -> bool:
            if type(value) is not list:
                return value is None and optional
            return 0 < len(value) and (most is None or len(value) <= most) \
                and all(type(item) is str for item in value) and set_choices.issuperset(value)
        return set_ok
    kind, most = f.type, f.max_len
    if kind in (FieldType.STR, FieldType.TEXT):
        one_line = kind is FieldType.STR

        def text_ok(value: Any) -> bool:
            if type(value) is not str:
                return value is None and optional
            return (most is None or len(value) <= most) and not value.isspace() and value != "" \
                and not (one_line and ("\n" in value or "\r" in value))
        return text_ok
    if kind is FieldType.ENUM:
        choices = frozenset(c for c in f.choices if c.strip())
        return lambda value: (type(value) is str and value in choices) or (value is None and optional)
    if kind is FieldType.INT:
        low = INT_MIN if f.min_value is None else max(f.min_value, INT_MIN)
        high = INT_MAX if f.max_value is None else min(f.max_value, INT_MAX)

        def int_ok(value: Any) -> bool:
            if type(value) is not int:
                return value is None and optional
            return low <= value <= high
        return int_ok
    if kind is FieldType.BOOL:
        return lambda value: type(value) is bool or (value is None and optional)
    if kind is FieldType.USER:
        match = USERNAME_RE.fullmatch
        return lambda value: (type(value) is str and match(value) is not None) or (value is None and optional)
    return lambda value: value is None and optional


@cache
def _compiled(entity_name: str) -> tuple[Entity, tuple[tuple[str, Field, Fast], ...]]:
    ent = entity_def(entity_name)
    return ent, tuple((f.name, f, _fast_check(f)) for f in ent.fields)


@cache
def _by_name(entity_name: str) -> dict[str, tuple[int, Field, Fast]]:
    """name -> (position in the schema, field, fast check): an edit names a few of an entity's many fields."""
    return {name: (i, f, fast) for i, (name, f, fast) in enumerate(_compiled(entity_name)[1])}


def validate(entity_name: str, record: dict[str, Any], *, partial: bool = False) -> list[Problem]:
    """Check ``record`` against the schema of ``entity_name``.

    ``partial=True`` checks only the fields present (an edit of some fields); required fields that are present must
    still not be empty. Unknown fields (from a newer app version) are not errors: they are kept and synced as they are.
    A set field may be given as a list or as element operations ``{element: present}`` (as a mutation carries it);
    limits that depend on the elements already stored (emptied required set, too many in total) need the merged
    record, so validate that where it is available.
    """
    ent, fields = _compiled(entity_name)
    problems: list[Problem] = []
    if partial:
        problems = _partial_problems(entity_name, record)
        fields = ()
    get = record.get
    for name, f, fast in fields:
        value = get(name)
        if fast(value):
            continue
        problem = validate_field(f, value)
        if problem is None and not partial and f.required and isinstance(value, dict) \
                and f.is_set and not any(present is True for present in value.values()):
            problem = Problem(f.name, "required", _required_message(f))  # a new record's set given as operations
        if problem:
            problems.append(problem)
    if DELETED in record and not isinstance(record[DELETED], bool):
        problems.append(Problem(DELETED, "not_a_boolean", "Löschvermerk ist ungültig."))
    for name, value in record.items():  # unknown fields too: they are kept and synced as they are
        if type(value) not in _PLAIN and name not in ent.field_names and not_json(value):
            problems.append(Problem(name, "not_json", NOT_JSON_MESSAGE.format(label=name)))
    problems.extend(_cross_field(ent, record))
    return problems


def _partial_problems(entity_name: str, record: dict[str, Any]) -> list[Problem]:
    """The problems of the declared fields present in ``record``, in the schema's order (as the full check lists
    them), looking only at the fields the record names."""
    by_name = _by_name(entity_name)
    found: list[tuple[int, Problem]] = []
    for name, value in record.items():
        known = by_name.get(name)
        if known is None or known[2](value):
            continue
        problem = validate_field(known[1], value)
        if problem:
            found.append((known[0], problem))
    found.sort(key=lambda item: item[0])
    return [problem for _position, problem in found]


_PLAIN = frozenset((str, bool, type(None)))


def not_json(value: Any) -> bool:
    """Does ``value`` hold a number that does not survive the trip through every replica: NaN or an infinity
    (Python's and pydantic's parsers accept them, but they are not JSON, and a browser cannot read them), or an
    integer beyond 64 bits (SQLite cannot store it, and JSON parsers read it as an inexact float)?"""
    if type(value) is int:
        return not INT_MIN <= value <= INT_MAX
    if type(value) is float:
        return not math.isfinite(value)
    if isinstance(value, dict):
        return any(not_json(v) for v in value.values())
    if isinstance(value, list | tuple):
        return any(not_json(v) for v in value)
    return False


_ABSENT: Any = object()
_LISTS = (list, tuple, set, frozenset)


def normalise(entity_name: str, values: dict[str, Any]) -> dict[str, Any]:
    """A copy of ``values`` as it is stored: blank text as None, set fields given as lists (tuples, sets) as sorted
    lists of strings without duplicates. Anything else is kept as given (for :func:`validate` to judge)."""
    sets = _set_names(entity_name)
    out = dict(values)
    for name, value in values.items():
        if type(value) is str:
            if not value or value.isspace():  # what ``not value.strip()`` tells, without copying the text
                out[name] = None
        elif name in sets and isinstance(value, _LISTS):
            out[name] = sorted({str(v) for v in value})
    return out


@cache
def _set_names(entity_name: str) -> frozenset[str]:
    return frozenset(entity_def(entity_name).set_fields)


@cache
def _new_record_plan(entity_name: str) -> tuple[tuple[str, Field, Fast, Any, bool], ...]:
    _ent, fields = _compiled(entity_name)
    return tuple((name, f, fast, f.default, f.is_set) for name, f, fast in fields)


def new_record(entity_name: str, values: dict[str, Any]) -> tuple[dict[str, Any], list[Problem]]:
    """A new record of the model's fields as it will be stored, and every problem with it (see :func:`validate`).

    One pass per field doing what ``validate(e, normalise(e, with_defaults(e, values)))`` does, then dropping the
    empty fields (None, empty sets) that a new record does not store. Keys that are not model fields are ignored
    here: the caller decides whether they are an error (a local edit) or kept (a newer app's fields)."""
    problems: list[Problem] = []
    record: dict[str, Any] = {}
    get = values.get
    for name, f, fast, default, is_set in _new_record_plan(entity_name):
        value = get(name, _ABSENT)
        if value is _ABSENT:
            value = default
        elif type(value) is str:
            if not value or value.isspace():
                value = None
        elif is_set and isinstance(value, _LISTS):
            value = sorted({str(v) for v in value})
        if not fast(value):
            problem = validate_field(f, value)
            if problem is None and f.required and is_set and isinstance(value, dict) \
                    and not any(present is True for present in value.values()):
                problem = Problem(name, "required", _required_message(f))  # a set given as operations
            if problem:
                problems.append(problem)
        if value is not None and not (is_set and not value):
            record[name] = value
    problems.extend(_cross_field(_compiled(entity_name)[0], record))
    return record, problems


def with_defaults(entity_name: str, record: dict[str, Any]) -> dict[str, Any]:
    """A copy of ``record`` with every absent field that has a default filled in."""
    out = dict(record)
    for f in entity_def(entity_name).fields:
        if f.name not in out and f.default is not None:
            out[f.name] = f.default
    return out
