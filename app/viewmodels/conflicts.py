"""Konflikte: the conflict inbox and the edits the server refused (quarantine), with one-tap decisions.

A conflict arises when two people changed the same field while apart: the later edit wins everywhere, the
overwritten value waits here for both people. "Behalten" closes it; "… wiederherstellen" writes the overwritten
value back as a new ordinary edit (synced; both see it). A refused edit (validation or missing rights) waits with
the server's German reason: "Verwerfen" gives it up, "Erneut senden" sends it again — corrected first, where a
text field was the problem.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from app.i18n import t as german
from app.store import NotFound, PermissionDenied, StoreError, ValidationFailed
from app.viewmodels.german_time import datetime_de
from app.viewmodels.observable import ViewModel
from core import reference
from core.model import ENTITIES
from core.schema import DELETED, FieldType

Translate = Callable[..., str]
Message = tuple[str, dict[str, Any]]

# the field that names a record of each entity, for "Termin „Vorstandssitzung“"
TITLE_FIELDS: dict[str, str] = {
    "organisation": "name", "offer": "title", "appointment": "title", "guide": "title", "contact": "name",
    "task": "text", "attachment": "file_name", "account": "display_name", "visit": "date",
}
# fields a person can correct in place before sending a refused edit again
CORRECTABLE = frozenset({FieldType.STR, FieldType.TEXT, FieldType.URL, FieldType.EMAIL, FieldType.PHONE})
_ENUM_LABELS: list[dict[str, str]] = [v for k, v in vars(reference).items() if k.isupper() and isinstance(v, dict)]


def _choice_labels(choices: tuple[str, ...]) -> dict[str, str]:
    for table in _ENUM_LABELS:
        if set(choices) <= set(table):
            return table
    return {}


def field_label(entity: str, field: str) -> str:
    ent = ENTITIES.get(entity)
    f = ent.field(field) if ent else None
    if f is not None:
        return f.label
    return "Löschvermerk" if field == DELETED else field


def entity_label(entity: str) -> str:
    ent = ENTITIES.get(entity)
    return ent.label if ent else entity


def format_value(entity: str, field: str, value: Any, tr: Translate = german) -> str:
    """A stored value as a person reads it: labels for choices, Ja/Nein, German dates, lists joined."""
    if value is None or value == "" or value == []:
        return tr("konflikte.value.empty")
    ent = ENTITIES.get(entity)
    f = ent.field(field) if ent else None
    if field == DELETED:
        return tr("konflikte.value.deleted") if value else tr("konflikte.value.present")
    if isinstance(value, bool) or (f is not None and f.type is FieldType.BOOL):
        return tr("konflikte.value.yes") if value else tr("konflikte.value.no")
    if f is not None and f.type is FieldType.DATETIME and isinstance(value, str):
        return datetime_de(value) or value
    if f is not None and f.type is FieldType.DATE and isinstance(value, str) and len(value) == 10:
        return f"{value[8:10]}.{value[5:7]}.{value[0:4]}"
    labels = _choice_labels(f.choices) if f is not None and f.choices else {}
    if isinstance(value, dict):  # a set field's element operations
        value = sorted(k for k, present in value.items() if present)
    if isinstance(value, (list, tuple)):
        return ", ".join(labels.get(str(v), str(v)) for v in value) or tr("konflikte.value.empty")
    return labels.get(str(value), str(value))


def record_title(replica: Any, entity: str, record_id: str, fallback: dict[str, Any] | None = None) -> str | None:
    """The name of the record a conflict or refused edit is about (None when this device does not hold it)."""
    name_field = TITLE_FIELDS.get(entity)
    record = None
    if entity in ENTITIES:
        try:
            record = replica.get(entity, record_id, include_deleted=True)
        except (KeyError, StoreError):
            record = None
    values = {**(fallback or {}), **(record or {})}
    if entity == "interest" and values.get("offer"):
        return record_title(replica, "offer", values["offer"])
    if entity == "rsvp" and values.get("appointment"):
        return record_title(replica, "appointment", values["appointment"])
    if name_field and values.get(name_field):
        return str(values[name_field])
    return None


@dataclass(frozen=True)
class ConflictRow:
    id: str
    entity: str
    record_id: str
    heading: str  # "Termin „Vorstandssitzung“ – Titel"
    field_label: str
    kept_value: str
    lost_value: str
    kept_by: str  # "Sie" or the username
    lost_by: str
    lost_is_mine: bool  # the overwritten value is the person's own
    when: str  # "26.11.2026, 10:42" (Berlin)
    restore_label: str  # "Meinen Wert wiederherstellen" / "Überschriebenen Wert wiederherstellen"


@dataclass(frozen=True)
class CorrectableField:
    name: str
    label: str
    value: str
    problem: str


@dataclass(frozen=True)
class RejectedRow:
    mutation_id: str
    entity: str
    record_id: str
    heading: str  # "Angebot/Gesuch „Nachhilfe“"
    reason: str  # the server's German reason
    changes: tuple[tuple[str, str], ...]  # (field label, value) of the refused edit
    when: str
    correctable: tuple[CorrectableField, ...]


class ConflictsViewModel(ViewModel):
    def __init__(self, app_session: Any) -> None:
        super().__init__()
        self.app_session = app_session
        self.notice: Message | None = None  # what the last decision did
        self.error: Message | None = None
        self.drafts: dict[tuple[str, str], str] = {}  # (mutation id, field) -> corrected text

    @property
    def replica(self) -> Any:
        return self.app_session.replica

    @property
    def me(self) -> str | None:
        return self.app_session.username

    def text(self, message: Message | None, tr: Translate = german) -> str | None:
        return tr(message[0], **message[1]) if message else None

    # -- rows ----------------------------------------------------------------------------------------------------
    def _heading(self, entity: str, record_id: str, tr: Translate, fallback: dict[str, Any] | None = None) -> str:
        title = record_title(self.replica, entity, record_id, fallback)
        label = entity_label(entity)
        return tr("konflikte.record", entity=label, title=title) if title else tr(
            "konflikte.record_unknown", entity=label)

    def _person(self, username: str | None, tr: Translate) -> str:
        if not username:
            return tr("konflikte.someone")
        return tr("konflikte.you") if username == self.me else username

    def conflicts(self, tr: Translate = german) -> list[ConflictRow]:
        replica = self.replica
        if replica is None:
            return []
        rows = []
        for c in replica.conflicts():
            entity, field = c.get("entity") or "", c.get("field") or ""
            lost_mine = bool(self.me) and c.get("lost_by") == self.me
            label = field_label(entity, field)
            rows.append(ConflictRow(
                id=c["id"], entity=entity, record_id=c.get("record_id") or "",
                heading=tr("konflikte.heading", record=self._heading(entity, c.get("record_id") or "", tr),
                           field=label),
                field_label=label,
                kept_value=format_value(entity, field, c.get("kept_value"), tr),
                lost_value=format_value(entity, field, c.get("lost_value"), tr),
                kept_by=self._person(c.get("kept_by"), tr), lost_by=self._person(c.get("lost_by"), tr),
                lost_is_mine=lost_mine, when=datetime_de(c.get("at")),
                restore_label=tr("konflikte.restore_mine" if lost_mine else "konflikte.restore_other"),
            ))
        return rows

    def rejected(self, tr: Translate = german) -> list[RejectedRow]:
        replica = self.replica
        if replica is None:
            return []
        rows = []
        for q in replica.quarantine():
            entity, record_id = q["entity"], q["record_id"]
            fields = (q.get("mutation") or {}).get("fields") or {}
            problems = {p.get("field"): p.get("message", "") for p in q.get("problems") or [] if p.get("field")}
            ent = ENTITIES.get(entity)
            correctable = []
            for name, message in problems.items():
                f = ent.field(name) if ent else None
                if f is not None and f.type in CORRECTABLE:
                    sent = fields.get(name)
                    value = self.drafts.get((q["mutation_id"], name), sent if isinstance(sent, str) else "")
                    correctable.append(CorrectableField(name, f.label, value, message))
            changes = tuple((field_label(entity, name), format_value(entity, name, value, tr))
                            for name, value in fields.items())
            rows.append(RejectedRow(
                mutation_id=q["mutation_id"], entity=entity, record_id=record_id,
                heading=self._heading(entity, record_id, tr, fallback=fields), reason=q.get("message") or "",
                changes=changes, when=datetime_de(q.get("at")), correctable=tuple(correctable),
            ))
        return rows

    def counts(self) -> tuple[int, int]:
        """(open conflicts, refused edits)."""
        replica = self.replica
        if replica is None:
            return 0, 0
        return len(replica.conflicts()), len(replica.quarantine())

    # -- decisions -----------------------------------------------------------------------------------------------
    def _decide(self, action: Callable[[], Any], notice: Message) -> bool:
        self.notice = self.error = None
        if self.replica is None:
            self.error = ("konflikte.not_ready", {})
            self.notify()
            return False
        try:
            action()
        except ValidationFailed as error:
            self.error = ("konflikte.failed", {"reason": " ".join(p.message for p in error.problems)})
        except (PermissionDenied, NotFound, StoreError) as error:
            self.error = ("konflikte.failed", {"reason": error.message})
        if self.error is None:
            self.notice = notice
            self.app_session.edited()  # sync soon, and refresh every screen
        self.notify()
        return self.error is None

    def keep(self, conflict_id: str) -> bool:
        return self._decide(lambda: self.replica.keep_conflict(conflict_id), ("konflikte.kept", {}))

    def restore(self, conflict_id: str) -> bool:
        return self._decide(lambda: self.replica.restore_conflict(conflict_id), ("konflikte.restored", {}))

    def discard(self, mutation_id: str) -> bool:
        ok = self._decide(lambda: self.replica.discard_quarantined(mutation_id), ("konflikte.discarded", {}))
        if ok:
            self._drop_drafts(mutation_id)
        return ok

    def set_draft(self, mutation_id: str, field: str, value: str) -> None:
        self.drafts[(mutation_id, field)] = value or ""

    def retry(self, mutation_id: str) -> bool:
        """Send the refused edit again, with any corrections typed into its fields."""
        changes = {field: value for (mid, field), value in self.drafts.items() if mid == mutation_id}
        ok = self._decide(lambda: self.replica.retry_quarantined(mutation_id, changes or None),
                          ("konflikte.resent", {}))
        if ok:
            self._drop_drafts(mutation_id)
        return ok

    def _drop_drafts(self, mutation_id: str) -> None:
        for key in [k for k in self.drafts if k[0] == mutation_id]:
            del self.drafts[key]
