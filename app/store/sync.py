"""The sync-facing half of the replica (used by app/sync/engine.py): outbox, push acknowledgements, pull pages,
reset, quarantine and the conflict inbox. Mixed into :class:`app.store.Replica`.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from app.store.care import CONTACT_CHILDREN
from app.store.erasure import without_values
from app.store.errors import NotFound
from app.store.merging import apply_delta, apply_mutation, patch_row, restamp, state_from_delta
from app.store.rows import Rows, chunks
from app.store.search import SEARCHABLE, clear_fts, create_triggers, drop_triggers
from app.store.tables import EntityTable, Row, dumps, public_values, stored_base
from app.store.tables import json_text as _text
from core.access import ERASED as ERASED_DENIAL
from core.merge import is_set_field
from core.model import ENTITIES
from core.protocol import ACCEPTED, CONFLICT, REJECTED, mutation
from core.schema import DELETED

if TYPE_CHECKING:
    from app.store.replica import Replica


@dataclass(frozen=True)
class PendingPush:
    """Outbox entries ready to push: their mutation ids and each mutation's JSON text, in outbox order."""

    ids: list[str]
    texts: list[str]
    newest: str = ""  # the newest timestamp among them (timestamps sort as text)

    def __len__(self) -> int:
        return len(self.ids)


def _with_base(m: dict[str, Any]) -> dict[str, Any]:
    """A mutation with its ``base`` spelled out: an outbox entry without one saw no version of any field."""
    if m.get("base") is None:
        m["base"] = dict.fromkeys(m["fields"])
    return m


def _label(entity: str, field: str) -> str:
    ent = ENTITIES.get(entity)
    f = ent.field(field) if ent else None
    if f is not None:
        return f.label
    return "Löschvermerk" if field == DELETED else field


class SyncMixin:
    # -- outbox ------------------------------------------------------------------------------------------------
    def cursor(self: Replica) -> str | None:
        """The pull cursor stored with the last applied page (None: never pulled, or reset)."""
        return self.get_meta("cursor")

    def _mutations_from_rows(self: Replica, rows: list[tuple[Any, ...]]) -> list[dict[str, Any]]:
        """Protocol mutations of outbox rows ``(id, entity, record_id, ts, payload)``; the payloads are decoded
        in one ``json.loads`` (one C call instead of one Python-level call per entry)."""
        if not rows:
            return []
        open_text = self._vault.open_text
        bodies = json.loads("[" + ",".join([open_text(r[1], r[4]) for r in rows]) + "]")
        return [_with_base(mutation(mid, entity, record_id, ts, body["fields"], body.get("base")))
                for (mid, entity, record_id, ts, _payload), body in zip(rows, bodies, strict=True)]

    def _mutation_from_row(self: Replica, row: tuple[Any, ...]) -> dict[str, Any]:
        return self._mutations_from_rows([row])[0]

    def pending_mutations(self: Replica, limit: int = 500, max_bytes: int | None = None,
                          offset: int = 0) -> list[dict[str, Any]]:
        """Protocol mutations in outbox order (quarantined ones are no longer in the outbox), from the
        ``offset``-th on; ``max_bytes`` as in :meth:`pending_push` (what is pushed, decoded)."""
        texts = self.pending_push(limit, max_bytes, offset).texts
        return [_with_base(m) for m in json.loads("[" + ",".join(texts) + "]")]

    def pending_push(self: Replica, limit: int = 500, max_bytes: int | None = None, offset: int = 0) -> PendingPush:
        """The next outbox entries as :meth:`pending_mutations` would list them, but as the JSON text of the
        protocol mutations, built around the stored payloads without decoding and re-encoding them (what a push
        sends; ~5× cheaper for a batch of 500). ``max_bytes`` bounds the JSON array's UTF-8 bytes (at least one
        entry is given; a sealed payload counts with its sealed size, which only makes a batch smaller)."""
        rows = self.db.conn.execute(
            "SELECT id, entity, record_id, ts, payload, length(CAST(payload AS BLOB)) FROM outbox ORDER BY seq "
            "LIMIT ? OFFSET ?", (int(limit), int(offset))).fetchall()
        open_text = self._vault.open_text
        ids: list[str] = []
        texts: list[str] = []
        total = 0
        newest = ""
        for mid, entity, record_id, ts, payload, size in rows:
            body = open_text(entity, payload)
            if not body.startswith('{"fields":') or not body.endswith("}"):
                raise ValueError(f"outbox entry {mid!r} holds no mutation payload")
            # the payload is {"fields": …[, "base": …]}: the mutation is that object with its id and address first
            # (no base: the editor saw no version of any field, which the server reads as nulls)
            text = f'{{"id":{_text(mid)},"entity":{_text(entity)},"record_id":{_text(record_id)},"ts":{_text(ts)},' \
                   + body[1:]
            total += size + len(text) - len(body) + 1  # the head is ASCII; the payload's bytes SQLite measured
            if max_bytes is not None and total > max_bytes and ids:
                break
            ids.append(mid)
            texts.append(text)
            newest = max(newest, ts)
        return PendingPush(ids, texts, newest)

    def outbox_count(self: Replica) -> int:
        return self.db.conn.execute("SELECT count(*) FROM outbox").fetchone()[0]

    def _pending_for(self: Replica, entity: str, record_id: str, after_seq: int = 0) -> list[tuple[int, dict]]:
        rows = self.db.conn.execute(
            "SELECT seq, id, entity, record_id, ts, payload FROM outbox WHERE entity = ? AND record_id = ? "
            "AND seq > ? ORDER BY seq", (entity, record_id, after_seq)).fetchall()
        return list(zip([r[0] for r in rows], self._mutations_from_rows([r[1:] for r in rows]), strict=True))

    def _outbox_entries(self: Replica, ids: list[Any]) -> dict[str, tuple[int, str]]:
        """``(seq, ts)`` of the outbox entries with these ids, by id. An answer names the batch just pushed, which
        is the head of the outbox: that is read in order first (cheaper than looking up each id), the rest by id."""
        wanted = [i for i in dict.fromkeys(ids) if isinstance(i, str)]
        head = {mid: (seq, ts) for mid, seq, ts in self.db.conn.execute(
            "SELECT id, seq, ts FROM outbox ORDER BY seq LIMIT ?", (len(wanted),))}
        found = {mid: head[mid] for mid in wanted if mid in head}
        for part in chunks([mid for mid in wanted if mid not in found]):
            for mid, seq, ts in self.db.conn.execute(
                    f"SELECT id, seq, ts FROM outbox WHERE id IN ({', '.join('?' * len(part))})", part):
                found[mid] = (seq, ts)
        return found

    def _drop_outbox(self: Replica, seqs: list[int]) -> None:
        for part in chunks(seqs):
            self.db.conn.execute(f"DELETE FROM outbox WHERE seq IN ({', '.join('?' * len(part))})", part)
        seqs.clear()

    # -- push acknowledgement ----------------------------------------------------------------------------------
    def ack_push(self: Replica, results: list[dict[str, Any]], server_ts: str | None = None) -> dict[str, int]:
        """Apply a push answer in ONE transaction: accepted/conflict leave the outbox (adopting a re-stamped
        ``ts``); rejected ones move to the quarantine and the record is put back to ``result["current"]``
        (None: removed), with this device's other unsent edits of it re-applied on top.
        Returns counts ``{"accepted", "conflict", "rejected", "restamped", "unknown"}``."""
        summary = {"accepted": 0, "conflict": 0, "rejected": 0, "restamped": 0, "unknown": 0}
        with self._write():
            if server_ts:
                self.clock.observe(server_ts)
            entries = self._outbox_entries([r.get("id") for r in results])  # one query per 500, not per result
            done: list[int] = []  # answered entries that only leave the outbox (deleted in one go)
            for result in results:
                mid, status = result.get("id"), result.get("status")
                # popped once handled: an id answered twice is unknown the second time
                entry = entries.pop(mid, None) if isinstance(mid, str) and status in (ACCEPTED, CONFLICT, REJECTED) \
                    else None
                if entry is None:
                    summary["unknown"] += 1  # already acknowledged (a replayed answer) or not ours
                    continue
                seq, new_ts = entry[0], result.get("ts")
                if status != REJECTED and not (new_ts and new_ts != entry[1]):
                    done.append(seq)
                    summary[status] += 1  # the common case: nothing else to do, so the payload is not decoded
                    continue
                self._drop_outbox(done)  # what follows reads the outbox: it must not see answered entries
                # read now: an earlier answer of this batch may have rewritten this entry's base (_adopt_ts)
                row = self.db.conn.execute("SELECT id, entity, record_id, ts, payload FROM outbox WHERE seq = ?",
                                           (seq,)).fetchone()
                self.db.conn.execute("DELETE FROM outbox WHERE seq = ?", (seq,))
                m = self._mutation_from_row(row)
                if status == REJECTED:
                    self._quarantine(seq, m, result)
                    self._force_state(m["entity"], m["record_id"], result.get("current"))
                    summary["rejected"] += 1
                    continue
                summary[status] += 1
                if new_ts and new_ts != m["ts"]:
                    self._adopt_ts(seq, m, new_ts)
                    summary["restamped"] += 1
            self._drop_outbox(done)
            self._persist_clock()
        return summary

    def _adopt_ts(self: Replica, seq: int, m: dict[str, Any], new_ts: str) -> None:
        entity, record_id, old = m["entity"], m["record_id"], m["ts"]
        if entity in ENTITIES:
            rows = self._rows(entity)
            state = rows.load(entity, record_id)
            if state is not None and restamp(state[1], m, new_ts):
                rows.update(entity, record_id, *state)
        for later_seq, later in self._pending_for(entity, record_id, seq):
            base = later["base"]
            if any(v == old for v in base.values()):
                fixed = {k: (new_ts if v == old else v) for k, v in base.items()}
                payload = self._payload(entity, later["fields"], fixed)
                self.db.conn.execute("UPDATE outbox SET payload = ? WHERE seq = ?", (payload, later_seq))

    def _quarantine(self: Replica, seq: int, m: dict[str, Any], result: dict[str, Any]) -> None:
        entity = m["entity"]
        problems = result.get("problems")
        denial = result.get("denial")
        if isinstance(denial, dict) and denial.get("code") == ERASED_DENIAL:
            # the record was erased on request of the person (Art. 17 GDPR): the refused edit is kept to show that
            # it was refused and which fields it named, but not what it said
            m = without_values(m)
        self.db.conn.execute(
            "INSERT OR REPLACE INTO quarantine (mutation_id, seq, entity, record_id, mutation, problems, denial, at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (m["id"], seq, entity, m["record_id"], self._vault.seal_text(entity, dumps(m)),
             dumps(problems) if problems else None, dumps(denial) if denial else None, self.now_iso()))

    def _force_state(self: Replica, entity: str, record_id: str, current: dict[str, Any] | None) -> None:
        """Put a record back to the server's accepted state, then re-apply this device's unsent edits of it."""
        if entity not in ENTITIES:
            return
        rows = self._rows(entity)
        exists = rows.load(entity, record_id) is not None
        if current is None:
            if exists:
                self._remove_records(entity, [record_id])
                exists = False
            values: dict[str, Any] = {}
            versions: dict[str, Any] = {}
        else:
            values, versions = state_from_delta(entity, current, self._tables[entity].set_names)
        pending = self._pending_for(entity, record_id)
        for _seq, m in pending:
            apply_mutation(entity, values, versions, m)
        if current is None and not pending:
            return
        rows.save(entity, record_id, values, versions, exists=exists)

    # -- pull --------------------------------------------------------------------------------------------------
    def apply_pull(self: Replica, page: dict[str, Any]) -> int:
        """Apply one pull page in ONE transaction: deltas merged last-writer-wins (new records in bulk),
        purges (a contact takes its visits, tasks and attachments along), the server time observed by the clock,
        the page's cursor stored. ``reset: true`` first drops the replicated data (see :meth:`reset_replica`).
        Applying a page twice changes nothing. Returns the number of records inserted, changed or removed."""
        changed = 0
        with self._write():
            if page.get("reset"):
                self._reset_in_transaction()
            by_entity: dict[str, list[dict[str, Any]]] = {}
            for delta in page.get("changes") or ():
                by_entity.setdefault(delta["e"], []).append(delta)
            for entity, deltas in by_entity.items():
                if entity in ENTITIES:
                    changed += self._merge_deltas(entity, deltas)
                else:
                    changed += self._merge_foreign(entity, deltas)
            purge: dict[str, list[str]] = {}
            erased: set[str] = set()
            for item in page.get("purge") or ():
                purge.setdefault(item["e"], []).append(item["id"])
                if item.get("erased") is True:
                    erased.add(item["id"])
            for entity, ids in purge.items():
                changed += self._remove_records(entity, ids)
            if erased:  # erased on request: also what this device kept of them (refused and unsent edits)
                changed += self._forget_erased(erased)
            if page.get("cursor") is not None:
                self._put_meta("cursor", page["cursor"])
            if page.get("server_ts"):
                self.clock.observe(page["server_ts"])
            self._persist_clock()
        return changed

    def _merge_deltas(self: Replica, entity: str, deltas: list[dict[str, Any]]) -> int:
        rows = self._rows(entity)
        t = self._tables[entity]
        stored = rows.stored_rows(entity, [d["id"] for d in deltas])
        fresh: dict[str, dict[str, Any]] = {}  # a new record's one delta (the snapshot case)
        merged: dict[str, tuple[dict, dict]] = {}  # a new record named by several deltas of this page
        known: list[dict[str, Any]] = []
        for d in deltas:
            rid = d["id"]
            if rid in stored:
                known.append(d)
            elif rid in merged:
                apply_delta(entity, *merged[rid], d)
            elif rid in fresh:
                merged[rid] = state_from_delta(entity, fresh.pop(rid), t.set_names)
                apply_delta(entity, *merged[rid], d)
            else:
                fresh[rid] = d
        if fresh or merged:
            rows.insert_rows(entity, self._new_rows(t, fresh, merged))
        touched = self._merge_known(rows, t, known, stored) if known else 0
        return len(fresh) + len(merged) + touched

    @staticmethod
    def _merge_known(rows: Rows, t: EntityTable, deltas: list[dict[str, Any]],
                     stored: dict[str, tuple[Any, ...]]) -> int:
        """Merge deltas into the ``stored`` rows of their records: patched row by row where possible
        (merging.patch_row), else on the decoded state; then only the changed columns are written. Returns the
        number of records changed."""
        entity = t.name
        current: dict[str, Row] = dict(stored)  # the row of each record after the deltas so far
        states: dict[str, tuple[dict, dict]] = {}  # records that took the general path
        changed: set[str] = set()
        for d in deltas:
            rid = d["id"]
            if rid not in states:
                row = patch_row(t, current[rid], d)
                if row is not None:
                    if row is not current[rid]:
                        current[rid] = row
                        changed.add(rid)
                    continue
                _rid, values, versions = t.decode(current[rid])
                states[rid] = (values, versions)
            if apply_delta(entity, *states[rid], d):
                changed.add(rid)
        for rid, (values, versions) in states.items():
            if rid in changed:
                current[rid] = t.encode(rid, values, versions, base=stored_base(stored[rid][2]))
        rows.update_rows(entity, ((current[rid], stored[rid]) for rid in changed))
        return len(changed)

    @staticmethod
    def _new_rows(t: EntityTable, fresh: dict[str, dict[str, Any]],
                  merged: dict[str, tuple[dict, dict]]) -> Iterator[list[Any]]:
        """Rows of new records: straight from a delta versioned by one timestamp, else from its state."""
        encode, encode_delta, set_names = t.encode, t.encode_delta, t.set_names
        for rid, d in fresh.items():
            v = d.get("v")
            row = encode_delta(rid, d.get("f") or {}, v) if type(v) is str else None
            yield row if row is not None else encode(rid, *state_from_delta(t.name, d, set_names))
        for rid, (values, versions) in merged.items():
            yield encode(rid, values, versions)

    def _merge_foreign(self: Replica, entity: str, deltas: list[dict[str, Any]]) -> int:
        """Records of an entity this app version does not know: kept (merged) until an update knows them."""
        changed = 0
        for d in deltas:
            row = self.db.conn.execute("SELECT f, v FROM foreign_record WHERE entity = ? AND id = ?",
                                       (entity, d["id"])).fetchone()
            values, versions = (json.loads(row[0]), json.loads(row[1])) if row else ({}, {})
            if apply_delta(entity, values, versions, d) or row is None:
                self.db.conn.execute("INSERT OR REPLACE INTO foreign_record (entity, id, f, v) VALUES (?, ?, ?, ?)",
                                     (entity, d["id"], dumps(values), dumps(versions)))
                changed += 1
        return changed

    def _remove_records(self: Replica, entity: str, ids: list[str]) -> int:
        """Remove records for good (a purge): a contact takes its visits, tasks and their attachments along."""
        if entity not in ENTITIES:
            removed = 0
            for part in chunks(ids):
                removed += self.db.conn.execute(
                    f"DELETE FROM foreign_record WHERE entity = ? AND id IN ({', '.join('?' * len(part))})",
                    (entity, *part)).rowcount
            return removed
        removed = self._rows(entity).remove(entity, ids)
        owners: list[tuple[str, list[str]]] = [(entity, ids)]
        if entity == "contact":
            children = self._vault.child_ids(ids)
            for child in CONTACT_CHILDREN:
                self._vault.remove(child, children[child])
                owners.append((child, children[child]))
        if entity != "attachment":
            for owner_entity, owner_ids in owners:
                for part in chunks(owner_ids):
                    self.db.conn.execute(
                        f"DELETE FROM attachment WHERE owner_entity = ? AND owner_id IN ({', '.join('?' * len(part))})",
                        (owner_entity, *part))
        return removed

    # -- reset -------------------------------------------------------------------------------------------------
    def reset_replica(self: Replica) -> None:
        """Drop every replicated record and the cursor, keep outbox and quarantine, then re-apply the outbox
        to local state so unsent edits stay visible (before pulling a fresh snapshot)."""
        with self._write():
            self._reset_in_transaction()

    def _reset_in_transaction(self: Replica) -> None:
        for entity in ENTITIES:
            if entity in SEARCHABLE:
                drop_triggers(self.db, entity)
                self._rows(entity).clear(entity)
                clear_fts(self.db, entity)
                create_triggers(self.db, self._tables[entity])
            else:
                self._rows(entity).clear(entity)
        self.db.conn.execute("DELETE FROM foreign_record")
        self._put_meta("cursor", None)
        rows = self.db.conn.execute("SELECT id, entity, record_id, ts, payload FROM outbox ORDER BY seq").fetchall()
        for row in rows:
            m = self._mutation_from_row(row)
            entity = m["entity"]
            if entity not in ENTITIES:
                continue
            store = self._rows(entity)
            state = store.load(entity, m["record_id"])
            values, versions = state if state else ({}, {})
            apply_mutation(entity, values, versions, m)
            store.save(entity, m["record_id"], values, versions, exists=state is not None)

    # -- quarantine --------------------------------------------------------------------------------------------
    def quarantine(self: Replica) -> list[dict[str, Any]]:
        """Edits the server rejected, oldest first, each with the reasons (``problems`` / ``denial``) and a
        German ``message`` to show."""
        out = []
        for mid, entity, record_id, blob, problems, denial, at in self.db.conn.execute(
                "SELECT mutation_id, entity, record_id, mutation, problems, denial, at FROM quarantine ORDER BY seq"):
            problems = json.loads(problems) if problems else []
            denial = json.loads(denial) if denial else None
            reasons = [p.get("message", "") for p in problems] + ([denial.get("message", "")] if denial else [])
            out.append({
                "mutation_id": mid, "entity": entity, "record_id": record_id,
                "mutation": json.loads(self._vault.open_text(entity, blob)),
                "problems": problems, "denial": denial, "at": at,
                "message": " ".join(r for r in reasons if r) or "Vom Server abgelehnt.",
            })
        return out

    def _quarantined(self: Replica, mutation_id: str) -> dict[str, Any]:
        row = self.db.conn.execute("SELECT entity, mutation FROM quarantine WHERE mutation_id = ?",
                                   (mutation_id,)).fetchone()
        if row is None:
            raise NotFound("mutation", mutation_id)
        return json.loads(self._vault.open_text(row[0], row[1]))

    def discard_quarantined(self: Replica, mutation_id: str) -> None:
        """Give up a rejected edit (the record already shows the server's accepted state)."""
        with self._write():
            self._quarantined(mutation_id)
            self.db.conn.execute("DELETE FROM quarantine WHERE mutation_id = ?", (mutation_id,))

    def retry_quarantined(self: Replica, mutation_id: str, changes: dict[str, Any] | None = None) -> None:
        """Send a rejected edit again as a new local edit, optionally corrected by ``changes`` (fields as for
        :meth:`update`). Validated and checked like any edit; the quarantine entry goes in the same transaction."""
        with self._write():
            m = self._quarantined(mutation_id)
            entity, record_id = m["entity"], m["record_id"]
            current = self.get(entity, record_id, include_deleted=True)
            fields: dict[str, Any] = {}
            for name, value in m["fields"].items():
                if is_set_field(entity, name) and isinstance(value, dict):
                    now = set((current or {}).get(name) or [])
                    now |= {e for e, present in value.items() if present}
                    now -= {e for e, present in value.items() if not present}
                    fields[name] = sorted(now)
                else:
                    fields[name] = value
            fields.update(changes or {})
            if current is not None:
                self._edit(entity, record_id, fields)
            elif not fields.pop(DELETED, False):
                self._create_in_transaction(entity, {"id": record_id, **fields})
            self.db.conn.execute("DELETE FROM quarantine WHERE mutation_id = ?", (mutation_id,))

    # -- conflict inbox ----------------------------------------------------------------------------------------
    def conflicts(self: Replica, status: str | None = "open") -> list[dict[str, Any]]:
        """Conflict records (synced from the server), newest first; ``status=None`` for all. Each has the
        conflict's fields plus ``entity_label``/``field_label`` (German) for display."""
        t = self._tables["conflict"]
        where, params = ("", ()) if status is None else (" AND status = ?", (status,))
        rows = self.db.conn.execute(
            f"SELECT {t.select_list} FROM {t.sql_name} WHERE _deleted = 0{where} ORDER BY at DESC, id DESC", params)
        out = []
        for row in rows:
            rid, values, _v = t.decode(row)
            item = public_values(t, rid, values)
            ent = ENTITIES.get(item.get("entity") or "")
            item["entity_label"] = ent.label if ent else item.get("entity")
            item["field_label"] = _label(item.get("entity") or "", item.get("field") or "")
            out.append(item)
        return out

    def _conflict(self: Replica, conflict_id: str) -> dict[str, Any]:
        c = self.get("conflict", conflict_id)
        if c is None:
            raise NotFound("conflict", conflict_id)
        return c

    def restore_conflict(self: Replica, conflict_id: str) -> None:
        """Write the overwritten value back (an ordinary, synced edit) and mark the conflict "restored"."""
        with self._write():
            c = self._conflict(conflict_id)
            self._edit(c["entity"], c["record_id"], {c["field"]: c["lost_value"]})
            self._edit("conflict", conflict_id, {"status": "restored"})

    def keep_conflict(self: Replica, conflict_id: str) -> None:
        """Keep the current value and mark the conflict "kept" (synced)."""
        with self._write():
            self._conflict(conflict_id)
            self._edit("conflict", conflict_id, {"status": "kept"})
