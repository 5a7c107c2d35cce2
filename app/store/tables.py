"""How a record of each entity is laid out in SQLite: one table per entity, one column per model field.

Columns besides the model's fields:
- ``_rowid``  INTEGER PRIMARY KEY — a stable rowid (VACUUM never renumbers it), used by the FTS index;
- ``id``      the record's UUID (unique);
- ``_deleted`` 1 for a tombstone (merged last-writer-wins like any field, see core/merge.py);
- ``_v``      JSON: the versions of the fields (``field -> ts``; set fields ``field -> {element: [present, ts]}``),
              stored compactly (see :func:`encode_versions`): one *base* timestamp that versions every field
              holding a value, plus the fields that differ — ``"ts"`` alone when nothing differs (every new record,
              every snapshot record: 40 bytes), ``{"": "ts", "title": "ts2"}`` after an edit (~130 bytes instead
              of ~800 for the full form, which is still read: files written before schema version 4);
- ``_extra``  JSON: fields this app version does not know (written by a newer app): kept and synced, never dropped.
Set fields are JSON arrays (NULL when empty), booleans 0/1, JSON fields JSON text.

A record *state* in Python is ``(values, versions)`` as in core/merge.py; ``values`` holds every model field
(None when unset), the unknown fields from ``_extra`` and ``_deleted`` once it has a version.
"""

from __future__ import annotations

import json
from typing import Any

from core.schema import DELETED, Entity, Field, FieldType

STRUCTURAL_COLUMNS = ("_rowid", "id", "_deleted", "_v", "_extra")
_PLAIN, _BOOL, _SET, _JSON = range(4)

Values = dict[str, Any]
Versions = dict[str, Any]
Row = tuple[Any, ...] | list[Any]  # a row as selected (``select_list``) or encoded: id, _deleted, _v, _extra, fields


def quote(name: str) -> str:
    """An SQL identifier, quoted (field names such as ``end`` or ``entity`` are SQL keywords)."""
    return '"' + name.replace('"', '""') + '"'


_encode = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode  # what json.dumps would build per call


def dumps(value: Any) -> str:
    return _encode(value)


_text = json.encoder.encode_basestring  # a JSON string literal, non-ASCII kept as is (as ``dumps`` writes it)
json_text = _text
_raw_decode = json.JSONDecoder().raw_decode


def loads(text: str) -> Any:
    """``json.loads`` of JSON text this module wrote (nothing around it), without its per-call overhead (~3×)."""
    return _raw_decode(text)[0]


def dumps_list(items: list[Any]) -> str:
    """``dumps`` of a list, ~3× faster for the usual list of strings (a set field's value)."""
    try:
        return "[" + ",".join(map(_text, items)) + "]"
    except TypeError:  # not only strings
        return _encode(items)


# -- compact storage of field versions ------------------------------------------------------------------------------
BASE = ""  # the key of the base timestamp in a stored versions dict (no field is named "")


def _holds(name: str, value: Any) -> bool:
    """Whether a field counts as holding a value (then the base timestamp versions it unless said otherwise)."""
    return value is not None and value != [] and not (name == DELETED and not value)


def bare_version(ts: str) -> str:
    """``_v`` of a state that one timestamp versions completely: that timestamp as a JSON string."""
    return f'"{ts}"' if '"' not in ts and "\\" not in ts and ts.isprintable() else dumps(ts)


def _most_common(versions: Versions) -> str | None:
    """The timestamp most fields (set fields: elements) carry; the first of equally common ones."""
    stamps = [version for version in versions.values() if type(version) is str]
    if len(stamps) < len(versions):  # element versions of set fields count one per element
        for version in versions.values():
            if type(version) is dict:
                stamps += [entry[1] for entry in version.values() if type(entry[1]) is str]
    if not stamps:
        return None
    distinct = dict.fromkeys(stamps)
    return stamps[0] if len(distinct) == 1 else max(distinct, key=stamps.count)


def dumps_compact(base: str, overrides: dict[str, Any]) -> str:
    """``dumps({BASE: base, **overrides})``, without the encoder's per-call overhead when all are strings."""
    try:
        return '{"":' + _text(base) + "".join(["," + _text(k) + ":" + _text(v) for k, v in overrides.items()]) + "}"
    except TypeError:  # element versions of a set field, a null, a key that is no string
        return dumps({BASE: base, **overrides})


def _all_at(elements: Any, value: Any, ts: str) -> bool:
    """Whether a set field's element versions are exactly "every element of ``value`` present at ``ts``"."""
    if type(elements) is not dict or type(value) is not list or len(elements) != len(value):
        return False
    for element in value:
        entry = elements.get(str(element))
        if entry is None or entry[0] is not True or entry[1] != ts:
            return False
    return True


def encode_versions(values: Values, versions: Versions, set_names: frozenset[str], base: str | None = None) -> str:
    """The stored form (``_v``) of a state's versions: a *base* timestamp, which versions every field holding a
    value (a set field: each of its elements, present), and the fields whose version differs as overrides
    (``null``: a field holding a value has no version). :func:`decode_versions` rebuilds the versions exactly
    from it and the stored values. ``"ts"`` alone when nothing differs. The base is the most common timestamp,
    or ``base`` when given (the base the record was stored with: most fields keep it) while it still versions at
    least half of the fields."""
    overrides = _overrides(values, versions, set_names, base) if base is not None else None
    if overrides is not None and 2 * len(overrides) > len(versions):
        overrides = None  # the record's old base no longer fits: take the most common timestamp
    if overrides is None:
        base = _most_common(versions)
        overrides = _overrides(values, versions, set_names, base) if base is not None else None
    if overrides is None or base is None:  # not expressible with a base
        return dumps(versions)
    return dumps_compact(base, overrides) if overrides else bare_version(base)


def _overrides(values: Values, versions: Versions, set_names: frozenset[str], base: str) -> dict | None:
    """The versions that differ from what ``base`` implies (see :func:`encode_versions`); None: not expressible."""
    overrides: dict[str, Any] = {}
    get = values.get
    for name, version in versions.items():
        if type(version) is str:
            if version == base and name not in set_names:
                value = get(name)
                if value is not None and (value or (name != DELETED and value != [])):  # it holds a value
                    continue
        elif version is None:
            return None  # null means "no version"
        elif name in set_names:
            value = get(name)
            if value and _all_at(version, value, base):
                continue
        overrides[name] = version
    for name in values.keys() - versions.keys():
        if name != "id" and _holds(name, values[name]):
            overrides[name] = None
    return overrides


def stored_base(stored: str | None) -> str | None:
    """The base timestamp of a stored ``_v`` when it can be read off without decoding, else None."""
    if not stored or "\\" in stored:
        return None
    if stored[0] == '"':
        return stored[1:-1]
    if stored.startswith('{"":"'):
        end = stored.find('"', 5)
        return stored[5:end] if end > 0 else None
    return None


def decode_versions(stored: str | None, values: Values, set_names: frozenset[str]) -> Versions:
    """The versions of a state from its stored ``_v`` and its values as read (without ``_deleted = False``):
    the compact forms of :func:`encode_versions`, or the full versions dict (written before schema version 4)."""
    if not stored:
        return {}
    parsed = stored[1:-1] if stored[0] == '"' and "\\" not in stored else loads(stored)
    if type(parsed) is str:
        base, overrides = parsed, None
    elif type(parsed) is dict and BASE in parsed:
        base, overrides = parsed.pop(BASE), parsed
    else:
        return parsed
    versions: Versions = {}
    for name, value in values.items():
        if value is None or value == []:
            continue
        versions[name] = {str(e): [True, base] for e in value} if name in set_names else base
    if overrides:
        for name, version in overrides.items():
            if version is None:
                versions.pop(name, None)
            else:
                versions[name] = version
    return versions


def implied_version(stored: str | None, name: str) -> str | None:
    """The version a stored ``_v`` gives a field holding a value that the row's columns do not show (a column
    whose field just left the model): the base timestamp, unless the field is listed on its own."""
    parsed = json.loads(stored) if stored else None
    if type(parsed) is str:
        return parsed
    if type(parsed) is dict and type(parsed.get(BASE)) is str and name not in parsed:
        return parsed[BASE]
    return None


def column_type(f: Field) -> type:
    """The sqlite-utils column type of a field."""
    return int if f.type in (FieldType.INT, FieldType.BOOL) else str


def _kind(f: Field) -> int:
    if f.type is FieldType.BOOL:
        return _BOOL
    if f.type is FieldType.SET:
        return _SET
    if f.type is FieldType.JSON:
        return _JSON
    return _PLAIN


class EntityTable:
    """Encodes and decodes the rows of one entity's table. Subclassed by the care vault to seal columns."""

    def __init__(self, ent: Entity) -> None:
        self.name = ent.name
        self.entity = ent
        self.columns: tuple[str, ...] = ent.field_names
        self.known: frozenset[str] = frozenset(self.columns)
        self.set_names: frozenset[str] = frozenset(ent.set_fields)
        self._layout = tuple((f.name, _kind(f)) for f in ent.fields)
        kinds = [kind for _name, kind in self._layout]  # positions in an encoded row: the fields start at 4
        self._plain_idx = [4 + i for i, k in enumerate(kinds) if k == _PLAIN]
        self._set_idx = [4 + i for i, k in enumerate(kinds) if k == _SET]
        self._bool_idx = [4 + i for i, k in enumerate(kinds) if k == _BOOL]
        self._json_idx = [4 + i for i, k in enumerate(kinds) if k == _JSON]
        # last-writer-wins columns stored as they are (text, numbers, booleans): position in a row, kind
        self.scalar_columns: dict[str, tuple[int, bool]] = {
            name: (4 + i, kind == _BOOL) for i, (name, kind) in enumerate(self._layout) if kind in (_PLAIN, _BOOL)}
        # rows are stored in the clear (no sealing hooks): they may be patched column by column
        self.patchable = type(self).seal_row is EntityTable.seal_row and type(self).open_row is EntityTable.open_row
        self._set_names = [name for name, kind in self._layout if kind == _SET]
        self._bool_names = [name for name, kind in self._layout if kind == _BOOL]
        self._json_names = [name for name, kind in self._layout if kind == _JSON]
        self._not_extra = frozenset(self.columns) | {DELETED, "id"}
        self._model_fields = frozenset(self.columns) | {DELETED}
        self.sql_name = quote(self.name)
        cols = ", ".join(quote(c) for c in self.columns)
        self.select_list = f"id, _deleted, _v, _extra, {cols}"
        marks = ", ".join("?" * (4 + len(self.columns)))
        self.insert_sql = f"INSERT INTO {self.sql_name} (id, _deleted, _v, _extra, {cols}) VALUES ({marks})"
        sets = ", ".join(f"{quote(c)} = ?" for c in ("_deleted", "_v", "_extra", *self.columns))
        self.update_sql = f"UPDATE {self.sql_name} SET {sets} WHERE id = ?"
        self._row_names = ("id", "_deleted", "_v", "_extra", *self.columns)  # encode()'s order
        # positions in an encoded row that the full-text index follows (core.model: ``searchable``)
        self.indexed_positions: frozenset[int] = frozenset(
            {1, *(4 + self.columns.index(c) for c in ent.searchable)}) if ent.searchable else frozenset()
        self._update_columns: dict[tuple[int, ...], str] = {}

    def update_columns_sql(self, indexes: tuple[int, ...]) -> str:
        """``UPDATE … SET`` of the columns at these positions of an encoded row (then the id as last parameter)."""
        sql = self._update_columns.get(indexes)
        if sql is None:
            sets = ", ".join(f"{quote(self._row_names[i])} = ?" for i in indexes)
            sql = self._update_columns[indexes] = f"UPDATE {self.sql_name} SET {sets} WHERE id = ?"
        return sql

    # -- encoding ---------------------------------------------------------------------------------------------
    def _finish_columns(self, row: list[Any]) -> bool:
        """Turn the model fields of a row (from position 4; set fields already sorted) into column values.
        True when a field that is no set field held a list (maybe empty: no value then, see ``_holds``)."""
        lists = False
        for i in self._set_idx:
            value = row[i]
            row[i] = dumps_list(value) if value else None
        for i in self._bool_idx:
            value = row[i]
            if value is not None and type(value) is not bool:  # sqlite3 stores True/False as 1/0 itself
                row[i] = 1 if value else 0
        for i in self._json_idx:
            value = row[i]
            if value is not None:
                lists = lists or type(value) is list
                row[i] = dumps(value)
        kinds = set(map(type, row))  # one pass in C: plain fields holding lists or dicts are rare
        if list in kinds or dict in kinds:
            for i in self._plain_idx:
                if type(row[i]) in (dict, list):  # a newer app changed a field's type: keep it, readable
                    row[i] = dumps(row[i])
            lists = lists or list in kinds
        return lists

    def encode(self, record_id: str, values: Values, versions: Versions, uniform: str | None = None, *,
               base: str | None = None) -> list[Any]:
        """The row (in ``insert_sql`` order) for a record state. ``uniform``: the caller knows the state is
        versioned by that one timestamp (every field holding a value, nothing else), which saves checking.
        ``base``: the base timestamp the record was stored with (see :func:`encode_versions`)."""
        unknown = values.keys() - self._not_extra
        extra = {k: values[k] for k in unknown} if unknown else None
        stored_v = bare_version(uniform) if uniform else encode_versions(values, versions, self.set_names, base)
        row: list[Any] = [record_id, 1 if values.get(DELETED) else 0, stored_v, dumps(extra) if extra else None]
        row += map(values.get, self.columns)
        for i in self._set_idx:
            if row[i]:
                row[i] = sorted(row[i])
        self._finish_columns(row)
        return self.seal_row(row)

    def encode_delta(self, record_id: str, fields: Values, ts: str) -> list[Any] | None:
        """The row of a NEW record made by one delta whose fields are all versioned by ``ts`` (the common
        snapshot form), built straight from the delta — the same row as :meth:`encode` of the state
        ``merging.state_from_delta`` makes, without building that state. None when the delta needs the general
        path (it names ``id``)."""
        plain = fields.keys() <= self._model_fields  # no unknown fields (and no id)
        if not plain and "id" in fields:
            return None
        row: list[Any] = [record_id, 1 if fields.get(DELETED) else 0, None, None]
        row += map(fields.get, self.columns)
        for i in self._set_idx:  # the state of a set field: its elements (as text), each present at ``ts``
            value = row[i]
            if value:
                row[i] = sorted({str(e) for e in value})
        lists = self._finish_columns(row)
        if not plain:
            row[3] = dumps({k: fields[k] for k in fields.keys() - self._not_extra})
        if not plain or lists or None in fields.values() or not fields.get(DELETED, True):
            # fields written as "no value" keep their version (``ts``) as an override; empty sets have none
            overrides = {name: ts for name, value in fields.items()
                         if name not in self.set_names and not _holds(name, value)}
            row[2] = dumps({BASE: ts, **overrides}) if overrides else bare_version(ts)
        else:
            row[2] = bare_version(ts)
        return self.seal_row(row)

    def update_params(self, record_id: str, values: Values, versions: Versions) -> list[Any]:
        row = self.encode(record_id, values, versions)
        return [*row[1:], record_id]

    def decode(self, row: tuple[Any, ...] | list[Any]) -> tuple[str, Values, Versions]:
        """``(id, values, versions)`` of a row selected with ``select_list``."""
        row = self.open_row(row)
        values: Values = dict(zip(self.columns, row[4:], strict=True))
        for name in self._set_names:
            value = values[name]
            values[name] = [] if value is None else loads(value)
        for name in self._bool_names:
            value = values[name]
            if value is not None:
                values[name] = bool(value)
        for name in self._json_names:
            value = values[name]
            if value is not None:
                values[name] = loads(value)
        if row[3]:
            values.update(loads(row[3]))
        if row[1]:
            values[DELETED] = True
        versions = decode_versions(row[2], values, self.set_names)
        if not row[1] and DELETED in versions:
            values[DELETED] = False
        return row[0], values, versions

    # -- hooks for sealed (encrypted) storage -------------------------------------------------------------------
    def seal_row(self, row: list[Any]) -> list[Any]:
        return row

    def open_row(self, row: tuple[Any, ...] | list[Any]) -> tuple[Any, ...] | list[Any]:
        return row

    def open_cell(self, value: Any) -> Any:
        return value


def public_values(table: EntityTable, record_id: str, values: Values, *, include_deleted: bool = False) -> dict:
    """The dict handed to callers: ``id``, every model field, unknown fields; ``_deleted`` only when asked."""
    out: dict[str, Any] = {"id": record_id}
    for name in table.columns:
        out[name] = values.get(name)
    for key, value in values.items():
        if key not in table.known and key != DELETED:
            out[key] = value
    if include_deleted:
        out[DELETED] = bool(values.get(DELETED))
    return out
