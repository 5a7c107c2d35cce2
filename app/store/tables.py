"""How a record of each entity is laid out in SQLite: one table per entity, one column per model field.

Columns besides the model's fields:
- ``_rowid``  INTEGER PRIMARY KEY — a stable rowid (VACUUM never renumbers it), used by the FTS index;
- ``id``      the record's UUID (unique);
- ``_deleted`` 1 for a tombstone (merged last-writer-wins like any field, see core/merge.py);
- ``_v``      JSON: the version of every field (``field -> ts``; set fields ``field -> {element: [present, ts]}``),
              or — when one timestamp versions exactly the fields that hold a value (every new record, every
              snapshot record) — just that timestamp as a JSON string: 40 bytes instead of ~800;
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


def quote(name: str) -> str:
    """An SQL identifier, quoted (field names such as ``end`` or ``entity`` are SQL keywords)."""
    return '"' + name.replace('"', '""') + '"'


_encode = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode  # what json.dumps would build per call


def dumps(value: Any) -> str:
    return _encode(value)


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
        kinds = [kind for _name, kind in self._layout]
        self._plain_idx = [i for i, k in enumerate(kinds) if k == _PLAIN]
        self._set_idx = [i for i, k in enumerate(kinds) if k == _SET]
        self._bool_idx = [i for i, k in enumerate(kinds) if k == _BOOL]
        self._json_idx = [i for i, k in enumerate(kinds) if k == _JSON]
        self._not_extra = frozenset(self.columns) | {DELETED, "id"}
        self.sql_name = quote(self.name)
        cols = ", ".join(quote(c) for c in self.columns)
        self.select_list = f"id, _deleted, _v, _extra, {cols}"
        marks = ", ".join("?" * (4 + len(self.columns)))
        self.insert_sql = f"INSERT INTO {self.sql_name} (id, _deleted, _v, _extra, {cols}) VALUES ({marks})"
        sets = ", ".join(f"{quote(c)} = ?" for c in ("_deleted", "_v", "_extra", *self.columns))
        self.update_sql = f"UPDATE {self.sql_name} SET {sets} WHERE id = ?"
        self._row_names = ("id", "_deleted", "_v", "_extra", *self.columns)  # encode()'s order
        self._update_columns: dict[tuple[int, ...], str] = {}

    def update_columns_sql(self, indexes: tuple[int, ...]) -> str:
        """``UPDATE … SET`` of the columns at these positions of an encoded row (then the id as last parameter)."""
        sql = self._update_columns.get(indexes)
        if sql is None:
            sets = ", ".join(f"{quote(self._row_names[i])} = ?" for i in indexes)
            sql = self._update_columns[indexes] = f"UPDATE {self.sql_name} SET {sets} WHERE id = ?"
        return sql

    # -- encoding ---------------------------------------------------------------------------------------------
    def encode(self, record_id: str, values: Values, versions: Versions, uniform: str | None = None) -> list[Any]:
        """The row (in ``insert_sql`` order) for a record state. ``uniform``: the caller knows the state is
        versioned by that one timestamp (see :meth:`uniform_ts`), which saves checking."""
        unknown = values.keys() - self._not_extra
        extra = {k: values[k] for k in unknown} if unknown else None
        uniform = uniform or self.uniform_ts(values, versions)
        get = values.get
        cols = [get(name) for name in self.columns]
        for i in self._plain_idx:
            if type(cols[i]) in (dict, list):  # a newer app changed a field's type: keep it, readable
                cols[i] = dumps(cols[i])
        for i in self._set_idx:
            value = cols[i]
            cols[i] = dumps(sorted(value)) if value else None
        for i in self._bool_idx:
            if cols[i] is not None:
                cols[i] = 1 if cols[i] else 0
        for i in self._json_idx:
            if cols[i] is not None:
                cols[i] = dumps(cols[i])
        row: list[Any] = [record_id, 1 if get(DELETED) else 0,
                          f'"{uniform}"' if uniform else dumps(versions), dumps(extra) if extra else None, *cols]
        return self.seal_row(row)

    def update_params(self, record_id: str, values: Values, versions: Versions) -> list[Any]:
        row = self.encode(record_id, values, versions)
        return [*row[1:], record_id]

    def uniform_ts(self, values: Values, versions: Versions) -> str | None:
        """The one timestamp that versions exactly the fields holding a value (set fields: every element present),
        or None. Such versions are stored as that timestamp alone and rebuilt from the values on reading."""
        ts: str | None = None
        count = 0
        for name, version in versions.items():
            if isinstance(version, str):
                value = values.get(name)
                if name in self.set_names or value is None or (value is False and name == DELETED):
                    return None
                stamps: Any = (version,)
            elif isinstance(version, dict) and version and name in self.set_names:
                if len(version) != len(values.get(name) or ()):
                    return None
                if not all(present for present, _ts in version.values()):
                    return None
                stamps = [t for _present, t in version.values()]
            else:
                return None
            for stamp in stamps:
                if ts is None:
                    ts = stamp
                elif stamp != ts:
                    return None
            count += 1
        if ts is None or '"' in ts or "\\" in ts:
            return None
        held = sum(1 for k, v in values.items()
                   if v is not None and v != [] and k != "id" and not (k == DELETED and v is False))
        return ts if held == count else None

    def decode(self, row: tuple[Any, ...] | list[Any]) -> tuple[str, Values, Versions]:
        """``(id, values, versions)`` of a row selected with ``select_list``."""
        row = self.open_row(row)
        raw_v = row[2]
        uniform: str | None = None
        versions: Versions = {}
        if raw_v and raw_v[0] == '"':
            uniform = json.loads(raw_v)
        elif raw_v:
            versions = json.loads(raw_v)
        values: Values = {}
        for (name, kind), value in zip(self._layout, row[4:], strict=True):
            if value is None:
                values[name] = [] if kind == _SET else None
            elif kind == _PLAIN:
                values[name] = value
            elif kind == _SET:
                values[name] = json.loads(value)
            elif kind == _BOOL:
                values[name] = bool(value)
            else:
                values[name] = json.loads(value)
        if row[3]:
            values.update(json.loads(row[3]))
        if row[1]:
            values[DELETED] = True
        elif DELETED in versions:
            values[DELETED] = False
        if uniform is not None:
            for name, value in values.items():
                if value is None or value == []:
                    continue
                if name in self.set_names:
                    versions[name] = {str(e): [True, uniform] for e in value}
                else:
                    versions[name] = uniform
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
