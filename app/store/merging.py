"""Applying protocol deltas and mutations to record states (thin glue over core/merge.py and core/protocol.py),
and the common incremental delta straight to a stored row (:func:`patch_row`).

Fields this app version does not know (from a newer app) are merged too, so they are kept and synced: a string
version is merged last-writer-wins, a dict version element-wise like a set field.
"""

from __future__ import annotations

from typing import Any

from app.store.tables import BASE, EntityTable, Row, bare_version, dumps_compact, loads
from core.merge import FieldWrite, apply_write, set_value
from core.model import ENTITIES
from core.protocol import delta_writes, mutation_writes
from core.schema import DELETED

Values = dict[str, Any]
Versions = dict[str, Any]
MAX_PATCH_OVERRIDES = 4  # more fields versioned apart from the base: the general path picks a better base


_KNOWN: dict[str, frozenset[str]] = {name: frozenset(ent.field_names) | {DELETED} for name, ent in ENTITIES.items()}
_SETS: dict[str, frozenset[str]] = {name: frozenset(ent.set_fields) for name, ent in ENTITIES.items()}
_NONE: frozenset[str] = frozenset()


def _merge_elements(values: Values, versions: Versions, name: str, incoming: dict[str, Any]) -> bool:
    elements = versions.get(name)
    if not isinstance(elements, dict):
        elements = {}
        versions[name] = elements
    changed = False
    for element, (present, ts) in incoming.items():
        current = elements.get(element)
        if current is None or ts > current[1]:
            elements[element] = [bool(present), ts]
            changed = True  # a newer version is a change even when the presence stays (see core.merge)
    values[name] = set_value(elements)
    return changed


def _merge_scalar(values: Values, versions: Versions, name: str, value: Any, ts: str) -> bool:
    current = versions.get(name)
    if isinstance(current, str) and ts <= current:
        return False
    values[name] = value
    versions[name] = ts
    return True


def apply_delta(entity: str, values: Values, versions: Versions, delta: dict[str, Any]) -> bool:
    """Merge a pull delta into a state in place (last writer wins, no conflict detection). True if it changed.

    The same as applying every write of ``core.protocol.delta_writes`` with ``core.merge.apply_write``; the plain
    last-writer-wins fields (most of every delta) are compared right here."""
    known = _KNOWN.get(entity, _NONE)
    sets = _SETS.get(entity, _NONE)
    fields = delta.get("f") or {}
    v = delta.get("v")
    single = v if isinstance(v, str) else None
    by_field = v if isinstance(v, dict) else {}
    changed = False
    for name, value in fields.items():
        version = single if single is not None else by_field.get(name)
        if name not in known:
            changed = _merge_unknown(values, versions, name, value, version) or changed
        elif name in sets:
            for write in delta_writes({"e": entity, "f": {name: value}, "v": {name: version}}):
                changed = apply_write(entity, values, versions, write)[0] or changed
        elif type(version) is str:
            current = versions.get(name)
            if current is None or (version != current and version > current):
                values[name] = value
                versions[name] = version
                changed = True
        elif isinstance(version, dict) and version:  # element versions for a field known here as a plain one
            present = sorted(e for e, (p, _ts) in version.items() if p)
            write = FieldWrite(name, present, max(ts for _p, ts in version.values()))
            changed = apply_write(entity, values, versions, write)[0] or changed
    return changed


def _merge_unknown(values: Values, versions: Versions, name: str, value: Any, version: Any) -> bool:
    """A field this app version does not know: element-wise when it carries element versions, else LWW."""
    if isinstance(version, dict):
        return _merge_elements(values, versions, name, version)
    if isinstance(version, str) and isinstance(versions.get(name), dict) and isinstance(value, list):
        # compact form of a field known here to be element-wise: every listed element present at ``version``
        return _merge_elements(values, versions, name, {str(e): [True, version] for e in value})
    if isinstance(version, str):
        return _merge_scalar(values, versions, name, value, version)
    return False


def state_from_delta(entity: str, delta: dict[str, Any], set_names: frozenset[str]) -> tuple[Values, Versions]:
    """The state a delta makes on its own: the same as :func:`apply_delta` on an empty state, only faster."""
    fields = delta.get("f") or {}
    v = delta.get("v")
    values: Values = {}
    versions: Versions = {}
    if isinstance(v, str):  # the common snapshot form: built with C-level dict operations
        values = dict(fields)
        versions = dict.fromkeys(fields, v)
        for name in set_names.intersection(fields):
            value = values[name]
            if value:
                elements = {str(e): [True, v] for e in value}
                versions[name] = elements
                values[name] = sorted(elements)
            else:
                del values[name], versions[name]
        return values, versions
    v = v or {}
    for name, value in fields.items():
        version = v.get(name)
        if version is None:
            continue
        if isinstance(version, dict):
            if version:
                versions[name] = {str(e): [bool(p), ts] for e, (p, ts) in version.items()}
                values[name] = set_value(versions[name])
        else:
            values[name] = value
            versions[name] = version
    return values, versions


def apply_mutation(entity: str, values: Values, versions: Versions, mutation: dict[str, Any]) -> bool:
    """Apply one outbox mutation to a state (used to re-apply unsent edits). True if it changed."""
    changed = False
    for write in mutation_writes(mutation):
        did, _ = apply_write(entity, values, versions, write)
        changed = changed or did
    return changed


def apply_local(entity: str, values: Values, versions: Versions, writes: list[FieldWrite]) -> None:
    for write in writes:
        apply_write(entity, values, versions, write)


def restamp(versions: Versions, mutation: dict[str, Any], new_ts: str) -> bool:
    """Replace the mutation's timestamp by ``new_ts`` wherever it is still the current version."""
    old = mutation["ts"]
    changed = False
    for name, value in mutation["fields"].items():
        version = versions.get(name)
        if isinstance(version, dict) and isinstance(value, dict):
            for element in value:
                entry = version.get(element)
                if entry is not None and entry[1] == old:
                    entry[1] = new_ts
                    changed = True
        elif version == old:
            versions[name] = new_ts
            changed = True
    return changed


def patch_row(t: EntityTable, row: Row, delta: dict[str, Any]) -> Row | None:
    """A pulled delta applied straight to a stored row, as :func:`apply_delta` would on its decoded state: the new
    row (``row`` itself when nothing changes), or None when the delta needs the general path. Handles the common
    incremental case — one timestamp ``v``, text/number/boolean fields only (no sets, JSON, ``_deleted`` or
    unknown fields), a row stored in the clear with compact versions — without decoding and re-encoding the
    whole record. Last writer wins per field as in ``core.merge.apply_write``."""
    ts, fields = delta.get("v"), delta.get("f")
    stored = row[2]
    if type(ts) is not str or not fields or not t.patchable or "\\" in stored or "\\" in ts:
        return None
    if stored[0] == '"':
        base, overrides = stored[1:-1], {}
    elif stored.startswith('{"":"'):
        overrides = loads(stored)
        base = overrides.pop(BASE)
    else:
        return None  # the full versions dict of an older file
    columns = t.scalar_columns
    new: list[Any] | None = None
    for name, value in fields.items():
        column = columns.get(name)
        if column is None or type(value) in (list, dict):
            return None
        pos, is_bool = column
        current = overrides[name] if name in overrides else (base if row[pos] is not None else None)
        if current is not None:
            if type(current) is not str:
                return None
            if ts <= current:
                continue  # an older or the same write: last writer wins
        if new is None:
            new = list(row)
        new[pos] = (1 if value else 0) if is_bool and value is not None and type(value) is not bool else value
        if ts == base and value is not None:
            overrides.pop(name, None)
        else:
            overrides[name] = ts
    if new is None:
        return row
    if len(overrides) > MAX_PATCH_OVERRIDES:
        return None
    new[2] = dumps_compact(base, overrides) if overrides else bare_version(base)
    return new
