"""Push: apply a batch of mutations in one transaction (docs/sync-protocol.md, steps 1-6).

Per mutation: (1) a mutation id seen before from this account answers its stored result and changes nothing;
(2) a timestamp too far ahead of the server clock is re-stamped; (3) validation and rights, else ``rejected``;
(4) field-wise merge, where a concurrent loser becomes a conflict record; (5) the change is logged with the record's
scope keys; (6) the result is stored under the mutation id. A malformed mutation is rejected on its own (with the
reason), never failing the whole batch: one bad edit must not block a device's queue.
"""

from __future__ import annotations

import re
from typing import Any

from core.access import Actor, Denial, check_write, erased, subscriptions
from core.hlc import COUNTER_DIGITS, WALL_DIGITS, Clock, is_timestamp
from core.ids import is_uuid, stable_id
from core.merge import FieldWrite, apply_write
from core.model import ENTITIES
from core.protocol import ACCEPTED, CONFLICT, REJECTED, push_result
from core.schema import DELETED, FIELD_NAME_RE
from core.validation import validate, with_defaults
from sync_server.jsontext import dumps
from sync_server.service import audit
from sync_server.service.context import WriteContext
from sync_server.service.errors import ServiceError
from sync_server.service.records import ERASED, RecordState, Workspace, references
from sync_server.settings import Settings
from sync_server.storage.base import AccountRow, RecordKey, Storage, WriteTx

# The usual shape of a timestamp (a part of what core.hlc.is_timestamp accepts), checked with one regex instead of a
# full decode; anything else is left to core, which has the last word.
_USUAL_TIMESTAMP = re.compile(rf"[0-9]{{{WALL_DIGITS}}}-[0-9]{{{COUNTER_DIGITS}}}-[0-9a-f]{{16}}").fullmatch
SET_FIELDS: dict[str, frozenset[str]] = {name: frozenset(e.set_fields) for name, e in ENTITIES.items()}
SCALAR_FIELDS: dict[str, frozenset[str]] = {
    name: frozenset(e.field_names) - SET_FIELDS[name] | {DELETED} for name, e in ENTITIES.items()}


def account_record_id(username: str) -> str:
    """The id of the ``account`` record of a person (deterministic, so it can be found by username)."""
    return stable_id("account", username)


def _valid_timestamp(value: Any) -> bool:
    return isinstance(value, str) and _USUAL_TIMESTAMP(value) is not None or is_timestamp(value)


def _problem(field: str, code: str, message: str) -> dict[str, str]:
    return {"field": field, "code": code, "message": message}


def _shape_problems(m: dict[str, Any]) -> tuple[list[dict[str, str]], Denial | None]:
    """What makes a mutation impossible to apply at all (before validation of its values)."""
    entity = m.get("entity")
    if entity not in ENTITIES:
        return [], Denial("unknown_entity", f"unknown entity {entity!r}",
                          "Diese Art von Eintrag kennt der Server nicht. Bitte die App aktualisieren.")
    problems: list[dict[str, str]] = []
    sets = SET_FIELDS[entity]
    if not is_uuid(m.get("record_id")):
        problems.append(_problem("record_id", "invalid_id", "Die Kennung des Eintrags ist ungültig."))
    if not _valid_timestamp(m.get("ts")):
        problems.append(_problem("ts", "invalid_timestamp", "Der Zeitstempel der Änderung ist ungültig."))
    fields = m.get("fields")
    if not isinstance(fields, dict) or not fields:
        problems.append(_problem("fields", "empty", "Die Änderung enthält keine Felder."))
        return problems, None
    known = SCALAR_FIELDS[entity]
    for name, value in fields.items():
        if name in known:  # a declared scalar field (or the tombstone): its name is fine, its value is validated later
            continue
        if not isinstance(name, str) or not FIELD_NAME_RE.fullmatch(name) or name == "id":
            problems.append(_problem(str(name), "invalid_field", f"Das Feld „{name}“ ist ungültig."))
        elif name in sets and not _is_set_value(value):
            problems.append(_problem(name, "invalid_operation", "Die Änderung der Auswahl ist ungültig."))
    base = m.get("base") or {}
    if not isinstance(base, dict) or any(v is not None and not _valid_timestamp(v) for v in base.values()):
        problems.append(_problem("base", "invalid_base", "Die Versionsangaben der Änderung sind ungültig."))
    return problems, None


def _is_set_value(value: Any) -> bool:
    if isinstance(value, dict):
        return all(isinstance(k, str) and isinstance(v, bool) for k, v in value.items())
    return isinstance(value, list) and all(isinstance(e, str) for e in value)


def _resulting_set(current: Any, value: Any) -> list[str]:
    elements = set(current or ()) if isinstance(current, list) else set()
    if isinstance(value, dict):
        for element, present in value.items():
            (elements.add if present else elements.discard)(element)
    else:
        elements |= set(value)
    return sorted(elements)


def _erased_reference(ws: Workspace, entity: str, fields: dict[str, Any]) -> RecordKey | None:
    """The erased record a reference field of the change names, if any: nothing links to an erased person again."""
    for target in references(entity, fields):  # its reference fields, an attachment's owner
        found = ws.lookup(*target)
        if found is not None and found.get(ERASED):
            return target
    return None


def _looked_up(ws: Workspace, m: dict[str, Any]) -> list[tuple[str, dict[str, Any]]]:
    """(entity, values) whose references the rules may look up for mutation ``m``: the record and the change."""
    state = ws.get(m["entity"], m["record_id"])
    fields = m.get("fields")
    found = [(m["entity"], fields)] if isinstance(fields, dict) else []
    return found if state is None else [*found, (state.entity, state.values)]


class PushHandler:
    def __init__(self, settings: Settings, store: Storage) -> None:
        self.settings = settings
        self.store = store

    def push(self, account: AccountRow, device_id: str, mutations: list[dict[str, Any]],
             *, fault: Any = None, after: str | None = None) -> dict[str, Any]:
        """Apply ``mutations`` of ``account`` pushed by ``device_id``; returns ``{"results", "server_ts"}``.

        ``after``: the last mutation of the batch the device sent just before this one, without waiting for its
        answer. Pushes are applied one at a time, but two requests may reach their turn in either order: this batch
        must not overtake that one (a create in it may be what this batch edits), so unless that mutation is
        applied, nothing is and the answer is 409 ``out_of_order`` (the device sends the batch again after the
        answer before it).
        ``fault`` (tests only) is called inside the transaction after everything is written, before the commit.
        """
        actor = Actor(account.username, frozenset(account.roles), account.municipality,
                      frozenset(account.organisations))
        with self.store.write() as tx:
            ctx = WriteContext(tx, self.settings)
            if after is not None:
                self._check_sent_ahead(tx, ctx.clock, actor.username, after, mutations)
            ws = Workspace(ctx, acting=(actor.username, device_id))
            stored = tx.get_mutation_results(actor.username, [str(m.get("id")) for m in mutations])
            loadable = [m for m in mutations if m.get("entity") in ENTITIES and isinstance(m.get("record_id"), str)]
            ws.prefetch((m["entity"], m["record_id"]) for m in loadable)
            # what the rights and scope rules will look up: one query per entity instead of one per mutation
            ws.prefetch_references(pair for m in loadable for pair in _looked_up(ws, m))
            results: list[dict[str, Any]] = []
            fresh: dict[str, dict[str, Any]] = {}
            restamps: dict[str, str] = {}  # pushed ts -> server ts, for the mutations of this batch re-stamped so far
            rejected: list[tuple[dict[str, Any], Any, Any]] = []
            for m in mutations:
                mid = str(m.get("id"))
                if mid in stored:  # step 1: seen before, answer the stored result again
                    results.append(stored[mid])
                    continue
                if mid in fresh:  # the same mutation twice in one batch
                    results.append(fresh[mid])
                    continue
                result = self._apply_one(ws, tx, actor, device_id, m, restamps)
                if result["status"] == REJECTED:
                    rejected.append((result, m.get("entity"), m.get("record_id")))
                fresh[mid] = result
                results.append(result)
            ws.flush()
            subs = subscriptions(actor)
            for result, entity, record_id in rejected:
                # what the account may see of the record after the whole batch (the client resets to it)
                state = ws.get(entity, record_id) if entity in ENTITIES and is_uuid(record_id) else None
                result["current"] = state.delta() if state is not None and state.scope & subs else None
            tx.put_mutation_results(actor.username, [(mid, dumps(r)) for mid, r in fresh.items()], ctx.now_ms)
            tx.upsert_device(actor.username, device_id, last_seen=ctx.now_ms)
            server_ts = ctx.clock.now()
            ctx.save_clock()
            if fault is not None:
                fault(tx)
        return {"results": results, "server_ts": server_ts}

    @staticmethod
    def _check_sent_ahead(tx: WriteTx, clock: Clock, username: str, after: str,
                          mutations: list[dict[str, Any]]) -> None:
        """A batch sent ahead (``after``) is applied only once the mutation it names is, and only when none of its
        timestamps would be re-stamped: a re-stamp of the batch before it rewrote what this one names as ``base``
        on the device, after this batch had left (a batch sent again in order gets the re-stamp as usual)."""
        if not tx.get_mutation_results(username, [after]):
            raise ServiceError(409, "out_of_order", f"mutation {after!r} named in 'after' is not applied yet",
                               "Die Änderungen werden der Reihe nach erneut gesendet.")
        if any(_valid_timestamp(m.get("ts")) and clock.is_too_far_ahead(m["ts"]) for m in mutations):
            raise ServiceError(409, "out_of_order", "a batch sent ahead holds a timestamp the server would re-stamp; "
                               "send it again after the answer before it",
                               "Die Änderungen werden der Reihe nach erneut gesendet.")

    def _apply_one(self, ws: Workspace, tx: WriteTx, actor: Actor, device_id: str,
                   m: dict[str, Any], restamps: dict[str, str]) -> dict[str, Any]:
        """Steps 2-6 for one mutation. ``restamps`` maps the timestamps re-stamped earlier in this batch to the
        server's (updated here): a later edit of the same device names the timestamp it wrote as its base, which
        the server stored under the new one, so that base is read as the new one (else a false conflict)."""
        mid = str(m.get("id"))
        problems, denial = _shape_problems(m)
        if denial is not None:
            return push_result(mid, REJECTED, denial=denial.as_dict())
        if problems:
            return push_result(mid, REJECTED, problems=problems)
        entity, record_id = m["entity"], m["record_id"]
        fields: dict[str, Any] = m["fields"]
        base: dict[str, Any] = m.get("base") or {}
        if restamps:
            base = {name: restamps.get(seen, seen) if isinstance(seen, str) else seen for name, seen in base.items()}

        # step 2: a clock too far ahead is not followed; the mutation gets a server timestamp instead
        ts: str = m["ts"]
        restamped: str | None = None
        if ws.ctx.clock.observe_unless_too_far_ahead(ts):
            restamped = restamps[ts] = ws.ctx.clock.now()
            ts = restamped

        # step 3: validation and rights, against the record as the server has it now
        state = ws.get(entity, record_id)
        before = state.values if state is not None else None
        gone = (entity, record_id) if before is not None and before.get(ERASED) else _erased_reference(ws, entity, fields)
        if gone is not None:  # an erased record, or a new link to one (a home visit of an erased contact)
            ws.audit(entity, record_id, f"{audit.REJECTED}: erased", fields)
            return push_result(mid, REJECTED, ts=restamped, denial=erased(*gone).as_dict())
        sets = SET_FIELDS[entity]
        after_values = {name: (_resulting_set(before.get(name) if before else None, value) if name in sets else value)
                        for name, value in fields.items()}
        if before is None:
            if set(fields) == {DELETED} and fields[DELETED] is True:
                # created and deleted offline before it was ever sent: nothing to keep
                return push_result(mid, ACCEPTED, ts=restamped)
            changes = with_defaults(entity, after_values)
            found = validate(entity, changes)
            # fields left out get their defaults, so every replica and every rule sees the same record
            defaults = {k: v for k, v in changes.items() if k not in after_values}
        else:
            defaults = {}
            found = validate(entity, after_values, partial=True)
            changes = after_values  # every field named counts, even when its value would stay the same
        if found:
            ws.audit(entity, record_id, f"{audit.REJECTED}: validation", fields)
            return push_result(mid, REJECTED, ts=restamped, problems=[p.as_dict() for p in found])
        denial = check_write(actor, entity, before, changes, ws.lookup) or self._account_rule(
            tx, actor, entity, record_id, before, after_values)
        if denial is not None:
            ws.audit(entity, record_id, f"{audit.REJECTED}: {denial.code}", fields)
            return push_result(mid, REJECTED, ts=restamped, denial=denial.as_dict())

        # step 4: merge field by field; a concurrent loser becomes a conflict record
        if state is None:
            state = ws.create(entity, record_id)
        detect = not ENTITIES[entity].server_only
        changed: list[str] = []
        conflict_ids: list[str] = []
        for name, value in {**fields, **defaults}.items():
            write = FieldWrite(name, value, ts, base.get(name))
            previous_author = state.authors.get(name)
            did, conflict = apply_write(entity, state.values, state.versions, write, detect_conflicts=detect)
            if did:
                changed.append(name)
                state.authors[name] = actor.username
            if conflict is not None:
                if conflict.kept_ts == write.ts:  # this write won over a value its writer had not seen
                    kept_by, lost_by = actor.username, previous_author
                else:  # this write lost against a newer concurrent one
                    kept_by, lost_by = previous_author, actor.username
                conflict_ids.append(ws.add_conflict(state, conflict, kept_by, lost_by))

        # step 5: log with the scope keys computed now (and re-scope what depends on the record)
        if changed:
            ws.audit(entity, record_id, audit.change_action(before is None, changed, state.values), changed)
            # defaults added by the server are news to the pushing device too: then it is not spared the echo
            ws.record_changed(state, changed, None if defaults else device_id)
            if entity == "account":
                self._sync_account(tx, state)
        if conflict_ids:
            return push_result(mid, CONFLICT, ts=restamped, conflicts=conflict_ids)
        return push_result(mid, ACCEPTED, ts=restamped)

    @staticmethod
    def _account_rule(tx: WriteTx, actor: Actor, entity: str, record_id: str, before: dict[str, Any] | None,
                      after: dict[str, Any]) -> Denial | None:
        """Account records mirror real accounts: one per existing person, at the id derived from the username."""
        if entity != "account" or before is not None:
            return None
        username = after.get("username")
        if not isinstance(username, str) or tx.get_account(username) is None:
            return Denial("not_found", f"there is no account {username!r}",
                          "Dieses Konto gibt es nicht. Konten legt die Administration an.")
        if record_id != account_record_id(username):
            return Denial("invalid_id", "an account record's id is stable_id('account', username)",
                          "Die Kennung des Profils ist ungültig.")
        return None

    @staticmethod
    def _sync_account(tx: WriteTx, state: RecordState) -> None:
        """An edited profile (display name; roles by an admin) takes effect for logins and rights."""
        values = state.values
        row = tx.get_account(str(values.get("username")))
        if row is None:
            return
        row.display_name = str(values.get("display_name") or row.display_name)
        row.roles = tuple(values.get("roles") or row.roles)
        row.municipality = str(values.get("municipality") or row.municipality)
        row.organisations = tuple(values.get("organisations") or ())
        tx.update_account(row)

