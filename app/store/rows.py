"""Reading and writing whole records of the entity tables (states in, states out; no SQL in callers)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import Any

import sqlite_utils

from app.store import search
from app.store.tables import EntityTable, Row, Values, Versions, stored_base

State = tuple[str, Values, Versions]  # (id, values, versions)
# what insert_many takes: a State, or a State plus the one timestamp known to version it completely
NewState = tuple[str, Values, Versions] | tuple[str, Values, Versions, str | None]
_CHUNK = 500  # ids per IN (...) query, well below SQLite's variable limit


def chunks(items: list[Any], size: int = _CHUNK) -> Iterator[list[Any]]:
    for start in range(0, len(items), size):
        yield items[start:start + size]


class Rows:
    """Record states of a group of entity tables. ``entities`` limits which tables this object may touch."""

    def __init__(self, db: sqlite_utils.Database, tables: dict[str, EntityTable], entities: Iterable[str]) -> None:
        self.db = db
        self.tables = tables
        self.entities = frozenset(entities)

    def table(self, entity: str) -> EntityTable:
        if entity not in self.entities:
            raise KeyError(f"{type(self).__name__} does not hold {entity!r} records")
        return self.tables[entity]

    # -- reads ------------------------------------------------------------------------------------------------
    def load(self, entity: str, record_id: str) -> tuple[Values, Versions] | None:
        t = self.table(entity)
        row = self.db.conn.execute(f"SELECT {t.select_list} FROM {t.sql_name} WHERE id = ?", (record_id,)).fetchone()
        if row is None:
            return None
        _id, values, versions = t.decode(row)
        return values, versions

    def load_many(self, entity: str, ids: Iterable[str], *,
                  stored: dict[str, tuple[Any, ...]] | None = None) -> dict[str, tuple[Values, Versions]]:
        """The states of these records by id; ``stored`` (when given) also receives their rows as stored, for
        :meth:`update_many` to write only what changed."""
        t = self.table(entity)
        out: dict[str, tuple[Values, Versions]] = {}
        for part in chunks(list(ids)):
            sql = f"SELECT {t.select_list} FROM {t.sql_name} WHERE id IN ({', '.join('?' * len(part))})"
            for row in self.db.conn.execute(sql, part):
                rid, values, versions = t.decode(row)
                out[rid] = (values, versions)
                if stored is not None:
                    stored[rid] = row
        return out

    def stored_rows(self, entity: str, ids: list[str]) -> dict[str, tuple[Any, ...]]:
        """The rows as stored (``EntityTable.select_list``) of those of these records that exist, by id."""
        t = self.table(entity)
        out: dict[str, tuple[Any, ...]] = {}
        greatest = self.db.conn.execute(f"SELECT max(id) FROM {t.sql_name}").fetchone()[0]
        if greatest is None or min(ids, default=greatest) > greatest:
            return out  # an empty table, or only ids above every stored one (new UUIDv7 records, a snapshot)
        for part in chunks(ids):
            sql = f"SELECT {t.select_list} FROM {t.sql_name} WHERE id IN ({', '.join('?' * len(part))})"
            for row in self.db.conn.execute(sql, part):
                out[row[0]] = row
        return out

    def existing_ids(self, entity: str, ids: Iterable[str]) -> set[str]:
        t = self.table(entity)
        found: set[str] = set()
        for part in chunks(list(ids)):
            sql = f"SELECT id FROM {t.sql_name} WHERE id IN ({', '.join('?' * len(part))})"
            found.update(r[0] for r in self.db.conn.execute(sql, part))
        return found

    def is_empty(self, entity: str) -> bool:
        t = self.table(entity)
        return self.db.conn.execute(f"SELECT 1 FROM {t.sql_name} LIMIT 1").fetchone() is None

    def count(self, entity: str, *, include_deleted: bool = False) -> int:
        t = self.table(entity)
        where = "" if include_deleted else " WHERE _deleted = 0"
        return self.db.conn.execute(f"SELECT count(*) FROM {t.sql_name}{where}").fetchone()[0]

    def scan(self, entity: str, *, include_deleted: bool = False,
             keep: Callable[[Values], bool] | None = None) -> Iterator[State]:
        """Every record of ``entity`` in creation order, optionally filtered by ``keep(values)`` in Python."""
        t = self.table(entity)
        where = "" if include_deleted else " WHERE _deleted = 0"
        for row in self.db.conn.execute(f"SELECT {t.select_list} FROM {t.sql_name}{where} ORDER BY id"):
            state = t.decode(row)
            if keep is None or keep(state[1]):
                yield state

    # -- writes -----------------------------------------------------------------------------------------------
    def insert(self, entity: str, record_id: str, values: Values, versions: Versions) -> None:
        self.insert_many(entity, [(record_id, values, versions)])

    def insert_many(self, entity: str, states: Iterable[NewState]) -> int:
        """Insert new records (one executemany) and index them for full-text search in the same transaction."""
        encode = self.table(entity).encode
        return self.insert_rows(entity, (encode(*state) for state in states))

    def insert_rows(self, entity: str, rows: Iterable[list[Any]]) -> int:
        """Insert rows encoded by the entity's table (``EntityTable.encode``/``encode_delta``), indexed for
        full-text search in one ``INSERT … SELECT`` afterwards."""
        t = self.table(entity)
        searchable = entity in search.SEARCHABLE
        before = search.max_rowid(self.db, t) if searchable else 0
        cur = self.db.conn.executemany(t.insert_sql, rows)
        if searchable:
            search.index_new_rows(self.db, t, before)
        return cur.rowcount

    def update(self, entity: str, record_id: str, values: Values, versions: Versions) -> None:
        t = self.table(entity)
        self.db.conn.execute(t.update_sql, t.update_params(record_id, values, versions))

    def update_many(self, entity: str, states: Iterable[State], *,
                    stored: dict[str, tuple[Any, ...]] | None = None) -> None:
        """Rewrite existing records. With ``stored`` (their rows as loaded by :meth:`load_many`) only the columns
        that differ are written (see :meth:`update_rows`)."""
        t = self.table(entity)
        if stored is None:
            params = [t.update_params(*state) for state in states]
            with search.reindexing(self.db, t, [p[-1] for p in params]):
                self.db.conn.executemany(t.update_sql, params)
            return
        pairs = []
        for rid, values, versions in states:
            old = stored.get(rid)
            pairs.append((t.encode(rid, values, versions, base=stored_base(old[2]) if old is not None else None),
                          old))
        self.update_rows(entity, pairs)

    def update_rows(self, entity: str, pairs: Iterable[tuple[Row, Row | None]]) -> None:
        """Write encoded rows over the rows stored (``(new, old)``; old None: rewrite every column), only the
        columns that differ, one executemany per set of changed columns: an edit of two fields then leaves the
        indexes of unchanged columns alone, and the full-text index is updated only for the records whose
        searchable text changed (in bulk when they are many, see ``search.reindexing``)."""
        t = self.table(entity)
        groups: dict[tuple[int, ...], list[list[Any]]] = {}
        for row, old in pairs:
            if old is None or len(old) != len(row):
                cols = tuple(range(1, len(row)))
            else:
                cols = tuple(i for i in range(1, len(row)) if type(row[i]) is not type(old[i]) or row[i] != old[i])
            if cols:  # nothing differs: the row already holds exactly this
                groups.setdefault(cols, []).append([*(row[i] for i in cols), row[0]])
        indexed = t.indexed_positions
        reindex = [params[-1] for cols, rows in groups.items() if indexed.intersection(cols) for params in rows]
        with search.reindexing(self.db, t, reindex):
            for cols, params in groups.items():
                self.db.conn.executemany(t.update_columns_sql(cols), params)

    def save(self, entity: str, record_id: str, values: Values, versions: Versions, *, exists: bool) -> None:
        if exists:
            self.update(entity, record_id, values, versions)
        else:
            self.insert(entity, record_id, values, versions)

    def remove(self, entity: str, ids: Iterable[str]) -> int:
        t = self.table(entity)
        ids = list(ids)
        removed = 0
        with search.reindexing(self.db, t, ids):
            for part in chunks(ids):
                cur = self.db.conn.execute(f"DELETE FROM {t.sql_name} WHERE id IN ({', '.join('?' * len(part))})",
                                           part)
                removed += cur.rowcount
        return removed

    def clear(self, entity: str) -> int:
        t = self.table(entity)
        return self.db.conn.execute(f"DELETE FROM {t.sql_name}").rowcount


class PlainRows(Rows):
    """The entity tables that hold no care data (everything but core.model.CARE_ENTITIES)."""
