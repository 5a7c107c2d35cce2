"""Everything the server holds about one person cared for (Art. 15 GDPR, right of access): the contact, its visits,
tasks and attachment records, and the audit log of who created, changed, deleted, tried to change or was given
access to any of them. The export itself is audited (who exported it, when).
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from core.model import ENTITIES
from core.schema import DELETED
from sync_server.service import audit
from sync_server.service.context import WriteContext
from sync_server.settings import Settings
from sync_server.storage.base import AuditEntry, RecordRow, Storage

EXPORTED = "exported"


class NotACareContact(LookupError):
    """There is no contact with that id."""


def _iso(ms: int) -> str:
    return datetime.fromtimestamp(ms / 1000, UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _record(row: RecordRow) -> dict[str, Any]:
    known = ENTITIES[row.entity].field_names if row.entity in ENTITIES else ()
    values = {k: v for k, v in row.values.items() if k != DELETED}
    ordered = {k: values.pop(k) for k in known if k in values}
    return {"entity": row.entity, "id": row.id, "deleted": bool(row.values.get(DELETED)),
            "updated_at": _iso(row.updated_at), "values": {**ordered, **values}}


def _audit_line(e: AuditEntry) -> dict[str, Any]:
    return {"at": _iso(e.at), "username": e.username, "device_id": e.device_id, "entity": e.entity,
            "record_id": e.record_id, "action": e.action, "fields": list(e.fields)}


def export_contact(settings: Settings, store: Storage, contact_id: str, by: str) -> dict[str, Any]:
    """The export of contact ``contact_id`` made by admin ``by`` (its audit line is written first)."""
    with store.write() as tx:
        contact = tx.get_record("contact", contact_id)
        if contact is None:
            raise NotACareContact(contact_id)
        ctx = WriteContext(tx, settings)
        tx.append_audit([audit.entry(ctx.now_ms, (by, None), "contact", contact_id, EXPORTED, ())])
        ctx.save_clock()
        rows = [contact, *(r for r in tx.dependents(contact_id) if r.entity in audit_entities())]
        lines = [line for row in rows for line in tx.audit_entries(record_id=row.id, limit=100_000)]
    lines.sort(key=lambda e: e.seq)
    return {"exported_at": _iso(ctx.now_ms), "exported_by": by, "contact_id": contact_id,
            "records": [_record(r) for r in rows], "audit": [_audit_line(e) for e in lines]}


def audit_entities() -> frozenset[str]:
    """The entities whose records belong to a contact's file: its care records and their attachments."""
    return frozenset(name for name in ENTITIES if audit.audited(name)) | {"attachment"}
