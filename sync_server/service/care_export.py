"""Everything the server holds about one person cared for (Art. 15 GDPR, right of access): the contact, its visits,
tasks and attachment records, the appointments naming it (home visits), the conflict records about them, and the
audit log of who created, changed, deleted, tried to change or was given access to any of them. The export itself
is audited (who exported it, when).
"""

from __future__ import annotations

from typing import Any

from core.model import ENTITIES
from core.schema import DELETED
from sync_server.service import audit
from sync_server.service.context import iso_utc
from sync_server.settings import Settings
from sync_server.storage.base import ReadTx, RecordRow, Storage

EXPORTED = "exported"


class NotACareContact(LookupError):
    """There is no contact with that id."""


# the entities whose records belong to a contact's file: its care records and their attachments
FILE_ENTITIES: frozenset[str] = frozenset(name for name in ENTITIES if audit.audited(name)) | {"attachment"}
# and the appointments naming the contact (a home visit: its place is the person's address), with what belongs to
# them (the invitees' answers, attached files)
APPOINTMENT_PARTS: frozenset[str] = frozenset({"rsvp", "attachment"})


def contact_file(tx: ReadTx, contact_id: str) -> list[RecordRow]:
    """The contact and the records that belong to it (the contact first): its visits, tasks and attachment records
    (also those of its visits and tasks), the appointments naming it with their RSVPs and attachments, then the
    conflict records about any of these (they hold values of them). NotACareContact when there is none."""
    contact = tx.get_record("contact", contact_id)
    if contact is None:
        raise NotACareContact(contact_id)
    rows = [contact]
    seen = {contact_id}

    def take(row: RecordRow) -> None:
        if row.id not in seen:
            seen.add(row.id)
            rows.append(row)

    for row in tx.referring("appointment", "contact", contact_id):
        take(row)
    for parent in rows:  # grows while read: a visit's or task's attachments belong to the file, too
        parts = APPOINTMENT_PARTS if parent.entity == "appointment" else FILE_ENTITIES
        for row in tx.dependents(parent.id):
            if row.entity in parts:
                take(row)
    return [*rows, *tx.conflicts_about([r.id for r in rows])]


def _record(row: RecordRow) -> dict[str, Any]:
    known = ENTITIES[row.entity].field_names if row.entity in ENTITIES else ()
    values = {k: v for k, v in row.values.items() if k != DELETED}
    ordered = {k: values.pop(k) for k in known if k in values}
    return {"entity": row.entity, "id": row.id, "deleted": bool(row.values.get(DELETED)),
            "updated_at": iso_utc(row.updated_at), "values": {**ordered, **values}}


def export_contact(settings: Settings, store: Storage, contact_id: str, by: str) -> dict[str, Any]:
    """The export of contact ``contact_id`` made by admin ``by`` (its audit line is written first)."""
    with store.write() as tx:
        rows = contact_file(tx, contact_id)
        now_ms = settings.now_ms()
        tx.append_audit([audit.entry(now_ms, (by, None), "contact", contact_id, EXPORTED, ())])
        lines = [line for row in rows for line in tx.audit_entries(record_id=row.id, limit=100_000)]
    lines.sort(key=lambda e: e.seq)
    return {"exported_at": iso_utc(now_ms), "exported_by": by, "contact_id": contact_id,
            "records": [_record(r) for r in rows], "audit": [audit.as_dict(e) for e in lines]}
