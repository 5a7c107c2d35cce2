"""The vocabulary of the domain schema: field types, merge policies, fields and entities."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any


class FieldType(StrEnum):
    STR = "str"  # one line of text
    TEXT = "text"  # multi-line text (Markdown where noted)
    INT = "int"
    BOOL = "bool"
    DATE = "date"  # YYYY-MM-DD
    DATETIME = "datetime"  # UTC, ISO 8601 with a trailing Z: 2026-11-26T09:30:00Z
    ENUM = "enum"
    REF = "ref"  # id of another record
    USER = "user"  # a username
    URL = "url"
    EMAIL = "email"
    PHONE = "phone"
    SET = "set"  # a set of strings (enum values, usernames or ids), merged element-wise
    JSON = "json"  # any JSON value, merged as a whole


class Policy(StrEnum):
    """How concurrent writes to a field are merged."""

    LWW = "lww"  # last writer wins, ordered by (HLC, node id); the loser becomes a conflict record
    SET = "set"  # element-wise last writer wins: concurrent additions both survive
    IMMUTABLE = "immutable"  # set when the record is created, never changed afterwards


@dataclass(frozen=True)
class Field:
    name: str
    type: FieldType
    label: str  # German label shown next to the field: "Titel"
    prompt: str = ""  # German accusative phrase for "Bitte … angeben": "einen Titel"
    required: bool = False
    max_len: int | None = None
    min_value: int | None = None
    max_value: int | None = None
    choices: tuple[str, ...] = ()  # for ENUM, and for SET of enum values
    ref: str | None = None  # entity name for REF, and for SET of ids
    item_type: FieldType | None = None  # for SET: ENUM, USER or REF
    max_items: int | None = None
    policy: Policy = Policy.LWW
    default: Any = None

    @property
    def is_set(self) -> bool:
        return self.type is FieldType.SET


@dataclass(frozen=True)
class Entity:
    name: str
    label: str  # German, singular
    fields: tuple[Field, ...]
    append_only: bool = False  # entries are never changed once written (visits)
    care_data: bool = False  # Art. 9 GDPR health data: stored behind the protected seam, scoped to Lotsen
    searchable: tuple[str, ...] = ()  # fields indexed for full-text search
    server_only: bool = False  # written only by the server (conflict records)
    _by_name: dict[str, Field] = field(default_factory=dict, init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        for f in self.fields:
            self._by_name[f.name] = f
        # computed once (an Entity is frozen): these are read on every validation, merge and access check
        object.__setattr__(self, "_field_names", tuple(f.name for f in self.fields))
        object.__setattr__(self, "_set_fields", tuple(f.name for f in self.fields if f.is_set))
        object.__setattr__(self, "_immutable", frozenset(f.name for f in self.fields if f.policy is Policy.IMMUTABLE))

    def field(self, name: str) -> Field | None:
        return self._by_name.get(name)

    @property
    def field_names(self) -> tuple[str, ...]:
        return self._field_names  # type: ignore[attr-defined, no-any-return]

    @property
    def set_fields(self) -> tuple[str, ...]:
        return self._set_fields  # type: ignore[attr-defined, no-any-return]

    @property
    def immutable_fields(self) -> frozenset[str]:
        """The fields that keep their first value (``Policy.IMMUTABLE``)."""
        return self._immutable  # type: ignore[attr-defined, no-any-return]


# the names a record's fields may have, declared or not (a newer app's): also safe inside a JSON path
FIELD_NAME_RE = re.compile(r"[a-z][a-z0-9_]{0,63}")

# Every record also carries these bookkeeping fields, merged last-writer-wins like any other field.
DELETED = "_deleted"  # a tombstone: True once deleted (never removed from a replica until GC)
