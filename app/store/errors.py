"""Errors the replica raises. Each carries a German ``message`` fit to show to the person using the app."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from core.access import Denial
from core.model import ENTITIES
from core.validation import Problem


class StoreError(Exception):
    """Base class: something the person asked for could not be done; ``message`` says why, in German."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class ValidationFailed(StoreError):
    """The record does not fit the schema. ``problems`` lists *every* problem (field, code, German message)."""

    def __init__(self, problems: Iterable[Problem], *, record_index: int | None = None) -> None:
        self.problems: list[Problem] = list(problems)
        self.record_index = record_index
        prefix = f"Datensatz {record_index + 1}: " if record_index is not None else ""
        super().__init__(prefix + " ".join(p.message for p in self.problems))

    def as_dicts(self) -> list[dict[str, str]]:
        return [p.as_dict() for p in self.problems]


class PermissionDenied(StoreError):
    """The session's account may not make this edit (``core.access.check_write``); nothing was written."""

    def __init__(self, denial: Denial) -> None:
        self.denial = denial
        super().__init__(denial.message)


_OTHER_LABELS = {"mutation": "Zurückgewiesene Änderung"}


def _label(entity: str) -> str:
    ent = ENTITIES.get(entity)
    return ent.label if ent else _OTHER_LABELS.get(entity, entity)


class NotFound(StoreError):
    """No (undeleted) record with this id is held by this replica."""

    def __init__(self, entity: str, record_id: Any) -> None:
        self.entity = entity
        self.record_id = record_id
        super().__init__(f"{_label(entity)} „{record_id}“ wurde nicht gefunden.")


class SchemaTooNew(StoreError):
    """The database file was written by a newer app version; it is left untouched."""

    def __init__(self, found: int, known: int) -> None:
        self.found, self.known = found, known
        super().__init__(
            f"Die Datenbank stammt von einer neueren App-Version (Schema {found}, diese App kennt {known}). "
            "Bitte aktualisieren Sie die App; an der Datei wurde nichts geändert.")
