"""JSON export of what the replica holds (``ehrenamt export --json``).

Included: every current (not deleted) record of every entity with all its fields (unknown fields from newer app
versions too), records of entities this app does not know, the unsent outbox and the quarantine.
Care data (contacts, visits, tasks — Art. 9 GDPR) is left out unless ``include_care=True``: an export file is
easily passed on, so health data must be asked for explicitly. Left out with it: outbox/quarantine entries of care
records, conflict records about care records, attachments of care records and the local drafts of care forms.
Never exported: login tokens and other settings.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from core.model import CARE_ENTITIES, ENTITIES

if TYPE_CHECKING:
    from app.store.replica import Replica

EXPORT_FORMAT = "ehrenamt-export"
EXPORT_VERSION = 1


def export_data(replica: Replica, *, include_care: bool = False) -> dict[str, Any]:
    def allowed(entity: str, record: dict[str, Any] | None = None) -> bool:
        if include_care:
            return True
        if entity in CARE_ENTITIES:
            return False
        if record is not None and entity == "conflict" and record.get("entity") in CARE_ENTITIES:
            return False
        if record is not None and entity == "attachment" and record.get("owner_entity") in CARE_ENTITIES:
            return False
        return True

    records: dict[str, list[dict[str, Any]]] = {}
    for entity in ENTITIES:
        if allowed(entity):
            records[entity] = [r for r in replica.all_records(entity) if allowed(entity, r)]
    unknown: dict[str, list[dict[str, Any]]] = {}
    for entity, rid, f in replica.db.conn.execute("SELECT entity, id, f FROM foreign_record ORDER BY entity, id"):
        values = json.loads(f)
        if not values.get("_deleted"):
            values.pop("_deleted", None)
            unknown.setdefault(entity, []).append({"id": rid, **values})
    session = replica.session
    return {
        "format": EXPORT_FORMAT,
        "format_version": EXPORT_VERSION,
        "exported_at": replica.now_iso(),
        "node_id": replica.node_id,
        "schema_version": replica.schema_version,
        "user": session["username"] if session else None,
        "cursor": replica.cursor(),
        "includes_care_data": include_care,
        "records": records,
        "unknown_entities": unknown,
        "outbox": [m for m in replica.pending_mutations(limit=1_000_000) if allowed(m["entity"])],
        "quarantine": [q for q in replica.quarantine() if allowed(q["entity"])],
        "care_drafts": replica._vault.all_drafts() if include_care else [],
    }
