"""Applying protocol deltas and mutations to record states (thin glue over core/merge.py and core/protocol.py).

Fields this app version does not know (from a newer app) are merged too, so they are kept and synced: a string
version is merged last-writer-wins, a dict version element-wise like a set field.
"""

from __future__ import annotations

from typing import Any

from core.merge import FieldWrite, apply_write, set_value
from core.model import ENTITIES
from core.protocol import delta_writes, mutation_writes

Values = dict[str, Any]
Versions = dict[str, Any]


def _known(entity: str) -> frozenset[str]:
    ent = ENTITIES.get(entity)
    return frozenset(ent.field_names) | {"_deleted"} if ent else frozenset()


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
    """Merge a pull delta into a state in place (last writer wins, no conflict detection). True if it changed."""
    known = _known(entity)
    fields = delta.get("f") or {}
    v = delta.get("v")
    changed = False
    if known:
        known_part = {k: val for k, val in fields.items() if k in known}
        if known_part:
            for write in delta_writes({"e": entity, "f": known_part, "v": v}):
                did, _ = apply_write(entity, values, versions, write)
                changed = changed or did
    for name, value in fields.items():
        if name in known:
            continue
        version = v if isinstance(v, str) else (v or {}).get(name)
        if isinstance(version, dict):
            changed = _merge_elements(values, versions, name, version) or changed
        elif isinstance(version, str) and isinstance(versions.get(name), dict) and isinstance(value, list):
            # compact form of a field known here to be element-wise: every listed element present at ``version``
            changed = _merge_elements(values, versions, name, {str(e): [True, version] for e in value}) or changed
        elif isinstance(version, str):
            changed = _merge_scalar(values, versions, name, value, version) or changed
    return changed


def state_from_delta(entity: str, delta: dict[str, Any], set_names: frozenset[str]) -> tuple[Values, Versions]:
    """The state a delta makes on its own: the same as :func:`apply_delta` on an empty state, only faster."""
    values, versions, _uniform = new_state_from_delta(delta, set_names)
    return values, versions


def new_state_from_delta(delta: dict[str, Any], set_names: frozenset[str]) -> tuple[Values, Versions, str | None]:
    """:func:`state_from_delta` plus the one timestamp versioning it when the delta says so (compact ``v`` and
    every field holding a value), for the compact storage of versions (app/store/tables.py)."""
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
        vals = values.values()
        uniform = None if (None in vals or [] in vals or values.get("_deleted") is False
                           or '"' in v or "\\" in v) else v
        return values, versions, uniform
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
    return values, versions, None


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
