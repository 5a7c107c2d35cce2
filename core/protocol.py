"""Sync protocol v1: the shapes of push and pull messages and their compact record deltas.

Everything here is plain JSON-able data (dicts, lists, strings); see docs/sync-protocol.md for the whole protocol.
A *delta* is one record's fields with their versions::

    {"e": "offer", "id": "0193…", "f": {"title": "Nachhilfe Mathe", "categories": ["bildung"]},
     "v": "000001764151234567-000000-a1b2c3d4e5f60718"}

``v`` is either one timestamp that versions every field in ``f`` (for a set field: every listed element is present
with that timestamp), or a dict ``field -> ts`` with ``field -> {element: [present, ts]}`` for set fields.
"""

from __future__ import annotations

import json
from typing import Any

from core.merge import FieldWrite, is_set_field

PROTOCOL_VERSION = 1
API_PREFIX = "/api/v1"

# push result statuses
ACCEPTED = "accepted"  # applied as sent
CONFLICT = "conflict"  # applied where it won; where it lost, a conflict record keeps the losing value
REJECTED = "rejected"  # not applied (validation or permission); the client quarantines it and shows why

MAX_MUTATIONS_PER_PUSH = 500
DEFAULT_PULL_BYTES = 2 * 1024 * 1024  # ~4,000 offers a page: fewer requests and transactions in an initial sync


def encode_delta(entity: str, record_id: str, values: dict[str, Any], versions: dict[str, Any],
                 fields: list[str] | None = None) -> dict[str, Any]:
    """A compact delta of ``fields`` (default: every versioned field) of one record."""
    names = list(versions) if fields is None else [f for f in fields if f in versions]
    if names and type(first := versions[names[0]]) is str:
        for name in names:
            if versions[name] != first:  # another timestamp, or a set field's element versions
                break
        else:  # the usual edit: every field written at one timestamp, none with element versions
            return {"e": entity, "id": record_id, "f": {name: values.get(name) for name in names}, "v": first}
    f_out: dict[str, Any] = {}
    v_out: dict[str, Any] = {}
    single: str | None = None
    uniform = True
    for name in names:
        version = versions[name]
        if isinstance(version, dict):
            f_out[name] = sorted(e for e, (present, _ts) in version.items() if present)
            v_out[name] = version
            stamps = {ts for _p, ts in version.values()}
            if any(not present for present, _ts in version.values()) or len(stamps) > 1:
                uniform = False
            elif stamps:
                (ts,) = stamps
                uniform = uniform and (single is None or single == ts)
                single = ts if uniform else single
        else:
            f_out[name] = values.get(name)
            v_out[name] = version
            uniform = uniform and (single is None or single == version)
            single = version if uniform else single
    delta: dict[str, Any] = {"e": entity, "id": record_id, "f": f_out}
    delta["v"] = single if uniform and single is not None else v_out
    return delta


def delta_writes(delta: dict[str, Any]) -> list[FieldWrite]:
    """The field writes a delta carries, ready for :func:`core.merge.apply_write`.

    A field this app version does not know as a set field but which arrives with element versions (a set field added
    by a newer app version) becomes one last-writer-wins write of its present elements at its newest element
    timestamp, so older apps keep and converge on it instead of failing on the unfamiliar shape.
    """
    entity, f, v = delta["e"], delta.get("f") or {}, delta.get("v")
    writes: list[FieldWrite] = []
    for name, value in f.items():
        version = v if isinstance(v, str) else (v or {}).get(name)
        if is_set_field(entity, name):
            if isinstance(version, str):
                for element in value or ():
                    writes.append(FieldWrite(name, {element: True}, version))
            elif isinstance(version, dict):
                for element, (present, ts) in version.items():
                    writes.append(FieldWrite(name, {element: present}, ts))
        elif isinstance(version, dict):
            if version:
                present = sorted(e for e, (p, _ts) in version.items() if p)
                writes.append(FieldWrite(name, present, max(ts for _p, ts in version.values())))
        elif version is not None:
            writes.append(FieldWrite(name, value, version))
    return writes


def mutation(mutation_id: str, entity: str, record_id: str, ts: str, fields: dict[str, Any],
             base: dict[str, str | None]) -> dict[str, Any]:
    """One outbox entry as sent in a push: the fields one edit changed, all stamped with ``ts``.

    For a set field the value is ``{element: present}`` (the elements the edit added or removed).
    ``base`` maps each changed field to the version the editor saw (None: none), for conflict detection.
    """
    return {"id": mutation_id, "entity": entity, "record_id": record_id, "ts": ts, "fields": fields, "base": base}


def mutation_writes(m: dict[str, Any]) -> list[FieldWrite]:
    base = m.get("base") or {}
    return [FieldWrite(name, value, m["ts"], base.get(name)) for name, value in m["fields"].items()]


def push_request(device_id: str, mutations: list[dict[str, Any]]) -> dict[str, Any]:
    return {"protocol": PROTOCOL_VERSION, "device_id": device_id, "mutations": mutations}


def push_request_text(device_id: str, mutation_texts: list[str], after: str | None = None) -> str:
    """The JSON text of :func:`push_request` for mutations given as JSON text already (as an outbox stores them);
    ``after``: the last mutation of the batch sent just before, without waiting for its answer (docs/sync-protocol.md)."""
    head: dict[str, Any] = {"protocol": PROTOCOL_VERSION, "device_id": device_id}
    if after is not None:
        head["after"] = after
    text = json.dumps(head, separators=(",", ":"), ensure_ascii=False)
    return text[:-1] + ',"mutations":[' + ",".join(mutation_texts) + "]}"


_NOT_GIVEN: Any = object()


def push_result(mutation_id: str, status: str, *, ts: str | None = None, problems: list[dict[str, str]] | None = None,
                denial: dict[str, str] | None = None, conflicts: list[str] | None = None,
                current: dict[str, Any] | None = _NOT_GIVEN) -> dict[str, Any]:
    """One entry of a push answer. ``current`` (for ``rejected``): the server's delta of the record as the account
    may see it, or None when it does not exist for it; it is sent as ``null`` then, so pass it only when meant."""
    out: dict[str, Any] = {"id": mutation_id, "status": status}
    if ts is not None:
        out["ts"] = ts  # the server re-stamped the mutation (its clock was too far ahead): adopt this timestamp
    if problems:
        out["problems"] = problems
    if denial:
        out["denial"] = denial
    if conflicts:
        out["conflicts"] = conflicts
    if current is not _NOT_GIVEN:
        out["current"] = current
    return out


def pull_response(changes: list[dict[str, Any]], purge: list[dict[str, Any]], cursor: str, more: bool,
                  server_ts: str, reset: bool = False) -> dict[str, Any]:
    return {"changes": changes, "purge": purge, "cursor": cursor, "more": more, "reset": reset,
            "server_ts": server_ts}


def error_body(code: str, detail: str, message: str) -> dict[str, Any]:
    """The body of every error answer: ``code`` for programs, ``detail`` (English) and ``message`` (German)."""
    return {"error": {"code": code, "detail": detail, "message": message}}
