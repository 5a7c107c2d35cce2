"""Typed field values from text typed by people (CLI flags, CSV cells), with German messages.

- booleans: ja/nein, true/false, 1/0 (also wahr/falsch, yes/no, j/n, x);
- numbers: whole numbers; dates: 2026-11-26 or 26.11.2026;
- choices: the stored value (``wissen``) or its German label (``Wissensbörse``), any case;
- set fields: items separated by ';' or ','.
Anything else is passed on as text; the schema validation (core.validation) judges it.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from core import reference
from core.schema import Field, FieldType

TRUE_WORDS = frozenset({"ja", "j", "true", "wahr", "1", "yes", "y", "x"})
FALSE_WORDS = frozenset({"nein", "n", "false", "falsch", "0", "no"})
_GERMAN_DATE = re.compile(r"^(\d{1,2})\.(\d{1,2})\.(\d{4})$")
_SPLIT = re.compile(r"[;,]")

# German labels of the enum values, per set of choices (core/reference.py)
_LABELS: list[dict[str, str]] = [v for k, v in vars(reference).items() if k.isupper() and isinstance(v, dict)]


class ConversionError(ValueError):
    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field
        self.message = message


def _labels_for(choices: tuple[str, ...]) -> dict[str, str]:
    for table in _LABELS:
        if set(table) == set(choices):
            return table
    return {}


def choice(f: Field, text: str) -> str:
    """The stored value for a choice given as value or German label (case-insensitive)."""
    wanted = text.strip()
    folded = wanted.casefold()
    labels = _labels_for(f.choices)
    for value in f.choices:
        if folded == value.casefold() or folded == labels.get(value, "").casefold():
            return value
    for value, label in labels.items():  # "Menden" for "Menden (Sauerland)"
        if label.casefold().split(" (")[0] == folded:
            return value
    allowed = ", ".join(f.choices)
    raise ConversionError(f.name, f"{f.label}: „{wanted}“ ist keine gültige Auswahl (möglich: {allowed}).")


def parse_bool(f: Field, text: str) -> bool:
    word = text.strip().casefold()
    if word in TRUE_WORDS:
        return True
    if word in FALSE_WORDS:
        return False
    raise ConversionError(f.name, f"{f.label}: „{text.strip()}“ ist kein Ja/Nein-Wert (ja/nein, true/false, 1/0).")


def parse_date(f: Field, text: str) -> str:
    text = text.strip()
    m = _GERMAN_DATE.match(text)
    try:
        if m:
            return date(int(m.group(3)), int(m.group(2)), int(m.group(1))).isoformat()
        return date.fromisoformat(text).isoformat() if len(text) == 10 else _bad_date(f, text)
    except ValueError:
        return _bad_date(f, text)


def _bad_date(f: Field, text: str) -> str:
    raise ConversionError(f.name, f"{f.label}: „{text}“ ist kein gültiges Datum (TT.MM.JJJJ oder JJJJ-MM-TT).")


def parse_items(f: Field, text: str | list[str]) -> list[str]:
    parts = text if isinstance(text, list) else [text]
    items = [p.strip() for part in parts for p in _SPLIT.split(part) if p.strip()]
    if f.item_type is FieldType.ENUM:
        items = [choice(f, item) for item in items]
    return sorted(set(items))


def parse_value(f: Field, text: str | list[str]) -> Any:
    """The typed value of field ``f`` from text (a list of texts for repeated set-field flags).
    Blank text means "no value" (None; an empty list for set fields)."""
    if f.is_set:
        return parse_items(f, text)
    if isinstance(text, list):
        text = text[-1] if text else ""
    if not text.strip():
        return None
    if f.type is FieldType.BOOL:
        return parse_bool(f, text)
    if f.type is FieldType.INT:
        try:
            return int(text.strip())
        except ValueError:
            raise ConversionError(f.name, f"{f.label}: „{text.strip()}“ ist keine ganze Zahl.") from None
    if f.type is FieldType.DATE:
        return parse_date(f, text)
    if f.type is FieldType.ENUM:
        return choice(f, text)
    if f.type is FieldType.TEXT:
        return text.strip("\r\n ").replace("\r\n", "\n")
    return text.strip()
