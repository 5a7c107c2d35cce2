"""Erasure of one person cared for (Art. 17 GDPR): their contact and everything that belongs to it (visits, tasks,
attachment records, the appointments naming it with their answers, conflict records about them) lose their content
on the server, and every device that holds them deletes them at its next sync.

Each record becomes ``{_deleted: true, _erased: true}`` (a new server timestamp, no authors). Its scope keys are
computed from that, so they are empty: the scope-change rule logs a **purge** for every key that could see it (and
one more, marked too, for the keys it had before and lost since, ``record_keys``: a Lotse unassigned earlier may
still keep a refused edit of it), and no earlier change of it is sent to anyone again (pulls send only what the
current scope allows); the content of those earlier change-log entries is removed too, and so is a record's content
kept in a stored push answer (the ``current`` of a rejection, answered again to a replayed push). A later push to an
erased record — from a device that was offline — is rejected (``erased``), and so is one that links a record to it
again (a new home visit of the contact), so nothing comes back. Every erased record gets an audit line.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from core.schema import DELETED
from sync_server.service.care_export import contact_file
from sync_server.service.context import WriteContext
from sync_server.service.records import ERASED, Workspace
from sync_server.settings import Settings
from sync_server.storage.base import RecordKey, Storage

ERASED_ACTION = "erased"


@dataclass
class EraseReport:
    records: list[RecordKey] = field(default_factory=list)
    log_entries_scrubbed: int = 0
    push_results_scrubbed: int = 0  # stored push answers that held a record's content (a rejection's ``current``)


def belongs_to(store: Storage, contact_id: str) -> list[RecordKey]:
    """The records an erasure of the contact takes along (the contact first)."""
    with store.read() as tx:
        return [(r.entity, r.id) for r in contact_file(tx, contact_id)]


def erase_contact(settings: Settings, store: Storage, contact_id: str, by: str) -> EraseReport:
    report = EraseReport()
    with store.write() as tx:
        ctx = WriteContext(tx, settings)
        ws = Workspace(ctx, acting=(by, None))
        ts = ctx.clock.now()
        rows = contact_file(tx, contact_id)
        # who ever had it: a Lotse unassigned earlier may still keep a refused edit of it
        ever = tx.keys_ever([(row.entity, row.id) for row in rows])
        for row in rows:  # the contact first: its children's scope follows from it
            entity, record_id = row.entity, row.id
            state = ws.get(entity, record_id)
            if state is None:
                continue
            earlier = ever.get((entity, record_id), frozenset()) - state.scope
            state.values = {DELETED: True, ERASED: True}
            state.versions = {DELETED: ts, ERASED: ts}
            state.authors = {}
            ws.record_changed(state, [DELETED, ERASED], None)  # purges it for the keys that can see it now
            if earlier:
                ws.purge(state, earlier)
            ws.audit(entity, record_id, ERASED_ACTION, ())
            report.records.append((entity, record_id))
        ws.flush()
        report.log_entries_scrubbed = tx.scrub_log(report.records)
        report.push_results_scrubbed = tx.scrub_mutation_results([record_id for _e, record_id in report.records])
        ctx.save_clock()
    return report
