"""The audit log of care data (Art. 9 GDPR): who created, changed, deleted or tried to change which contact, visit
or task, and whose access to one was granted or removed — when and from which device, never the content.

Lines are written in the same transaction as the change they describe and are never changed or removed (the SQLite
table refuses UPDATE and DELETE; the garbage collection leaves them alone). Admins read them with
``ehrenamt-server audit``.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from core.model import CARE_ENTITIES
from core.schema import DELETED
from sync_server.service.context import iso_utc
from sync_server.storage.base import AuditEntry

CREATED = "created"
CHANGED = "changed"
DELETED_ACTION = "deleted"
REJECTED = "rejected"  # followed by ": <code>" (forbidden, validation, …)
ACCESS_GRANTED = "access_granted"  # fields: the scope keys added (u:<username>, care:<town>)
ACCESS_REMOVED = "access_removed"  # fields: the scope keys removed (the devices behind them purge the record)


def audited(entity: str) -> bool:
    return entity in CARE_ENTITIES


def change_action(created: bool, fields: Iterable[str], values: dict[str, object]) -> str:
    if created:
        return CREATED
    return DELETED_ACTION if DELETED in fields and values.get(DELETED) is True else CHANGED


def entry(at: int, who: tuple[str | None, str | None], entity: str, record_id: str, action: str,
          fields: Iterable[str]) -> AuditEntry:
    username, device_id = who
    return AuditEntry(at, username, device_id, entity, record_id, action, tuple(sorted(fields)))


def as_dict(e: AuditEntry) -> dict[str, Any]:
    """An audit line as shown to admins (``ehrenamt-server audit --json``, a contact's export)."""
    return {"seq": e.seq, "at": iso_utc(e.at), "username": e.username, "device_id": e.device_id,
            "entity": e.entity, "record_id": e.record_id, "action": e.action, "fields": list(e.fields)}
