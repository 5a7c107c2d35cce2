"""Merge rules: how a write to a field meets the state a replica already has.

A record's state is two dicts: ``values`` (field -> current value) and ``versions``:
- a last-writer-wins field maps to the HLC timestamp string of its current value;
- a set field maps to ``{element: [present, ts]}``: element-wise last-writer-wins, so concurrent additions survive
  and a removal only removes what its writer had seen;
- the tombstone ``_deleted`` is an ordinary last-writer-wins field, so a delete never "comes back" through an
  older edit.
Timestamps contain the node id, so comparing them is a total order (ties are impossible between different nodes).
A write that loses against a *concurrent* write is not dropped silently: it becomes a :class:`Conflict`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, NamedTuple

from core.model import entity as entity_def

Versions = dict[str, Any]
Values = dict[str, Any]


class FieldWrite(NamedTuple):  # a named tuple: made for every field of every write, cheaper than a dataclass
    field: str
    value: Any  # for a set field: {element: present}
    ts: str
    base: str | None = None  # the version of the field the writer saw when it edited (None: it saw none)


@dataclass(frozen=True)
class Conflict:
    field: str
    kept_value: Any
    lost_value: Any
    kept_ts: str
    lost_ts: str


def _set_field_names(entity_name: str) -> frozenset[str]:
    try:
        return _SET_FIELDS[entity_name]
    except KeyError:
        names = frozenset(entity_def(entity_name).set_fields)
        _SET_FIELDS[entity_name] = names
        return names


_SET_FIELDS: dict[str, frozenset[str]] = {}


def is_set_field(entity_name: str, field: str) -> bool:
    return field in _set_field_names(entity_name)


def set_value(element_versions: dict[str, list[Any]]) -> list[str]:
    """The visible value of a set field: its present elements, sorted."""
    return sorted(e for e, (present, _ts) in element_versions.items() if present)


def apply_write(
    entity_name: str, values: Values, versions: Versions, write: FieldWrite, *, detect_conflicts: bool = False
) -> tuple[bool, Conflict | None]:
    """Apply one field write to a record state in place.

    Returns (changed, conflict). ``changed`` is False when the write lost or was already there (idempotent).
    With ``detect_conflicts`` (the server, which sees every write), a write that replaces a value its writer had
    not seen, or that loses against such a value, yields a conflict record naming both values.
    """
    if is_set_field(entity_name, write.field):
        return _apply_set(values, versions, write), None
    current_ts = versions.get(write.field)
    if current_ts is None:
        values[write.field] = write.value
        versions[write.field] = write.ts
        return True, None
    if write.ts == current_ts:
        return False, None
    current_value = values.get(write.field)
    if write.ts > current_ts:
        values[write.field] = write.value
        versions[write.field] = write.ts
        if detect_conflicts and write.base != current_ts and current_value != write.value:
            return True, Conflict(write.field, write.value, current_value, write.ts, current_ts)
        return True, None
    if detect_conflicts and current_value != write.value:
        return False, Conflict(write.field, current_value, write.value, current_ts, write.ts)
    return False, None


def _read_elements(value: Any, version: Any) -> dict[str, list[Any]]:
    """The element versions of a set field as stored (``{element: [present, ts]}``).

    A set field versioned by one plain timestamp (a state written by an app version that did not know the field as
    a set field) reads as "every current element present at that timestamp".
    """
    if isinstance(version, dict):
        return version
    if isinstance(version, str) and isinstance(value, (list, tuple, set, frozenset)):
        return {str(e): [True, version] for e in value}
    return {}


def _element_versions(values: Values, versions: Versions, field: str) -> dict[str, list[Any]]:
    """The element versions of a set field, stored in ``versions`` (created on first use)."""
    elements = versions.get(field)
    if not isinstance(elements, dict):
        elements = versions[field] = _read_elements(values.get(field), elements)
    return elements


def _apply_set(values: Values, versions: Versions, write: FieldWrite) -> bool:
    ops = write.value
    if not isinstance(ops, dict):  # a whole list: every listed element is present
        ops = {str(e): True for e in (ops or [])}
    elements = _element_versions(values, versions, write.field)
    changed = False
    for element, present in ops.items():
        current = elements.get(element)
        if current is None or write.ts > current[1]:
            # a newer timestamp is a change even when the presence stays: the state must keep the newer version,
            # or an older concurrent removal arriving later would win against it.
            elements[element] = [bool(present), write.ts]
            changed = True
    values[write.field] = set_value(elements)
    return changed


def set_ops(old: list[str] | None, new: list[str] | None) -> dict[str, bool]:
    """The element operations that turn set ``old`` into set ``new`` (for an edit of a set field)."""
    before, after = set(old or ()), set(new or ())
    ops = {e: True for e in after - before}
    ops.update({e: False for e in before - after})
    return ops


def merge_states(
    entity_name: str, a: tuple[Values, Versions], b: tuple[Values, Versions]
) -> tuple[Values, Versions, list[Conflict]]:
    """Join two full states of the same record (a semilattice join: commutative, associative, idempotent).

    Conflicts name fields where both sides hold different values; the later one is kept.
    """
    values: Values = {}
    versions: Versions = {}
    conflicts: list[Conflict] = []
    (va, vera), (vb, verb) = a, b
    sets = _set_field_names(entity_name)
    for field in sorted(set(vera) | set(verb)):
        if field in sets:
            elements: dict[str, list[Any]] = {}
            sides = (_read_elements(va.get(field), vera.get(field)), _read_elements(vb.get(field), verb.get(field)))
            for side in sides:
                for element, (present, ts) in side.items():
                    cur = elements.get(element)
                    if cur is None or ts > cur[1]:
                        elements[element] = [bool(present), ts]
            versions[field] = elements
            values[field] = set_value(elements)
            continue
        ta, tb = vera.get(field), verb.get(field)
        if tb is None or (ta is not None and ta >= tb):
            values[field], versions[field] = va.get(field), ta
            loser = (vb.get(field), tb)
        else:
            values[field], versions[field] = vb.get(field), tb
            loser = (va.get(field), ta)
        if loser[1] is not None and loser[1] != versions[field] and loser[0] != values[field]:
            conflicts.append(Conflict(field, values[field], loser[0], versions[field], loser[1]))
    return values, versions, conflicts


def record_ts(versions: Versions) -> str:
    """The newest timestamp anywhere in a record's versions ('' for none)."""
    newest = ""
    for v in versions.values():
        if isinstance(v, str):
            newest = max(newest, v)
        elif isinstance(v, dict):
            for _present, ts in v.values():
                newest = max(newest, ts)
    return newest
