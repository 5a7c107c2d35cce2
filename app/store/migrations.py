"""Versioned schema of the replica file.

Two layers, both applied by :func:`migrate` when a replica is opened, each step in its own transaction:
1. **Numbered migrations** (``PRAGMA user_version``) for the replica's own bookkeeping tables (meta, outbox,
   quarantine, records of unknown entities) and for any change that needs a hand-written data migration (a step
   that rewrites records first brings the entity tables up to the model, see :func:`_v4_compact_versions`).
   A file with a higher version than this app knows is refused untouched (:class:`SchemaTooNew`).
2. **Model sync**: the entity tables follow core.model. When the model's fingerprint (entities, fields, types,
   searchable fields) differs from the one stored, missing tables/columns/indexes/FTS are added. A value that a
   newer app had put into ``_extra`` moves into its new column; a column whose field left the model moves into
   ``_extra`` (kept and synced, never dropped); records of an entity this app now knows move out of
   ``foreign_record`` into its table.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterator
from contextlib import contextmanager

import sqlite_utils

from app.store.errors import SchemaTooNew
from app.store.tables import STRUCTURAL_COLUMNS, EntityTable, column_type, dumps, implied_version, quote
from core.model import ENTITIES

Migration = Callable[[sqlite_utils.Database, dict[str, EntityTable]], None]

# Bump when the model sync below generates something new (indexes, FTS settings) for an unchanged model.
MODEL_SYNC_LAYOUT = 3  # 3: FTS page size (search.PAGE_BYTES)

# Secondary indexes for the UI's queries (entity, columns).
INDEXES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("offer", ("owner",)),
    ("interest", ("offer",)),
    ("interest", ("from_user",)),
    ("appointment", ("start",)),
    ("rsvp", ("appointment",)),
    ("visit", ("contact",)),
    ("task", ("contact",)),
    ("attachment", ("owner_id",)),
    ("conflict", ("status",)),
)


@contextmanager
def write_transaction(db: sqlite_utils.Database) -> Iterator[None]:
    """A write transaction: ``BEGIN IMMEDIATE`` (takes the write lock up front, so a concurrent writer waits
    instead of failing half-way), or a savepoint when one is already open (sqlite-utils' ``atomic``)."""
    if db.conn.in_transaction:
        with db.atomic():
            yield
        return
    db.conn.execute("BEGIN IMMEDIATE")
    try:
        yield
    except BaseException:
        db.rollback()
        raise
    try:
        db.conn.execute("COMMIT")
    except BaseException:
        db.rollback()
        raise


# -- numbered migrations ----------------------------------------------------------------------------------------
def _v1_bookkeeping(db: sqlite_utils.Database, _tables: dict[str, EntityTable]) -> None:
    db["meta"].create({"key": str, "value": str}, pk="key")
    db["outbox"].create({"seq": int, "id": str, "entity": str, "record_id": str, "ts": str, "payload": str},
                        pk="seq", not_null={"id", "entity", "record_id", "ts", "payload"})
    db["outbox"].create_index(["id"], unique=True)


def _v2_quarantine_and_foreign(db: sqlite_utils.Database, _tables: dict[str, EntityTable]) -> None:
    db["quarantine"].create({"mutation_id": str, "seq": int, "entity": str, "record_id": str, "mutation": str,
                             "problems": str, "denial": str, "at": str}, pk="mutation_id",
                            not_null={"seq", "entity", "record_id", "mutation", "at"})
    db["foreign_record"].create({"entity": str, "id": str, "f": str, "v": str}, pk=("entity", "id"),
                                not_null={"f", "v"})
    db["outbox"].create_index(["entity", "record_id"])


def _v3_care_drafts(db: sqlite_utils.Database, _tables: dict[str, EntityTable]) -> None:
    # drafts of care forms (app/store/care.py): local only, never synced; ``contact`` in the clear (like a visit's
    # contact reference) so a purged contact takes its drafts along; ``payload`` sealed with the care codec
    db.conn.execute("CREATE TABLE IF NOT EXISTS care_draft (key TEXT PRIMARY KEY, contact TEXT NOT NULL, "
                    "payload TEXT NOT NULL, updated TEXT NOT NULL)")
    db.conn.execute("CREATE INDEX IF NOT EXISTS care_draft_contact ON care_draft (contact)")


def _v4_compact_versions(db: sqlite_utils.Database, tables: dict[str, EntityTable]) -> None:
    # Field versions are stored compactly from version 4 on (tables.encode_versions: a base timestamp plus the
    # fields that differ, ~130 bytes); before, every edited record held the full versions dict (~800 bytes).
    # Rewrites the ``_v`` of such records (nothing else); an older app, which cannot read the new form, refuses
    # the file from now on. Decoding needs every column of the model: the model sync comes first.
    sync_model(db, tables)
    for t in tables.values():
        changed = []
        for row in db.conn.execute(f"SELECT _rowid, {t.select_list} FROM {t.sql_name}"):
            stored_v = t.open_row(row[1:])[2]
            if not stored_v or not stored_v.startswith("{") or stored_v.startswith('{"":'):
                continue  # already compact (a bare timestamp, or base and overrides)
            rid, values, versions = t.decode(row[1:])
            changed.append((t.encode(rid, values, versions)[2], row[0]))
        db.conn.executemany(f"UPDATE {t.sql_name} SET _v = ? WHERE _rowid = ?", changed)


def _v5_lean_outbox(db: sqlite_utils.Database, _tables: dict[str, EntityTable]) -> None:
    # A local edit no longer keeps a unique index of mutation ids up to date (one more B-tree page written per
    # edit, ~10 µs): an answer names the head of the outbox, read in order (sync._outbox_entries); ids are UUIDv7.
    db.conn.execute("DROP INDEX IF EXISTS idx_outbox_id")


MIGRATIONS: list[tuple[int, Migration]] = [
    (1, _v1_bookkeeping),
    (2, _v2_quarantine_and_foreign),
    (3, _v3_care_drafts),
    (4, _v4_compact_versions),
    (5, _v5_lean_outbox),
]


def schema_version(db: sqlite_utils.Database) -> int:
    return db.conn.execute("PRAGMA user_version").fetchone()[0]


def latest_version() -> int:
    return MIGRATIONS[-1][0]


def run_numbered(db: sqlite_utils.Database, tables: dict[str, EntityTable]) -> list[int]:
    """Apply pending numbered migrations, each with its new ``user_version`` in one transaction."""
    current = schema_version(db)
    if current > latest_version():
        raise SchemaTooNew(current, latest_version())
    applied = []
    for version, step in MIGRATIONS:
        if version <= current:
            continue
        with write_transaction(db):
            step(db, tables)
            db.conn.execute(f"PRAGMA user_version = {int(version)}")
        applied.append(version)
    return applied


# -- model sync ------------------------------------------------------------------------------------------------
def model_fingerprint() -> str:
    shape = [MODEL_SYNC_LAYOUT, INDEXES]
    for name, ent in sorted(ENTITIES.items()):
        shape.append([name, [[f.name, f.type.value] for f in ent.fields], list(ent.searchable)])
    return hashlib.sha256(json.dumps(shape, sort_keys=True).encode()).hexdigest()[:16]


def _stored_fingerprint(db: sqlite_utils.Database) -> str | None:
    row = db.conn.execute("SELECT value FROM meta WHERE key = 'model_fingerprint'").fetchone()
    return json.loads(row[0]) if row else None


def _create_entity_table(db: sqlite_utils.Database, t: EntityTable) -> None:
    columns: dict[str, type] = {"_rowid": int, "id": str, "_deleted": int, "_v": str, "_extra": str}
    for f in t.entity.fields:
        columns[f.name] = column_type(f)
    db[t.name].create(columns, pk="_rowid", not_null={"id", "_deleted", "_v"}, defaults={"_deleted": 0})
    db[t.name].create_index(["id"], index_name=f"{t.name}_id", unique=True)


def _sync_columns(db: sqlite_utils.Database, t: EntityTable) -> None:
    present = db[t.name].columns_dict
    added = [f for f in t.entity.fields if f.name not in present]
    for f in added:
        db[t.name].add_column(f.name, column_type(f))
    removed = [c for c in present if c not in t.known and c not in STRUCTURAL_COLUMNS]
    for col in removed:  # the field left the model: keep its values as unknown fields
        rows = db.conn.execute(f"SELECT _rowid, {quote(col)}, _extra FROM {t.sql_name} "
                               f"WHERE {quote(col)} IS NOT NULL").fetchall()
        for rowid, raw, _extra in rows:
            row = db.conn.execute(f"SELECT {t.select_list} FROM {t.sql_name} WHERE _rowid = ?", (rowid,)).fetchone()
            rid, values, versions = t.decode(row)
            values[col] = t.open_cell(raw)
            implied = implied_version(t.open_row(row)[2], col) if col not in versions else None
            if implied is not None:  # compact versions: the base timestamp versions the column's value too
                versions[col] = implied
            db.conn.execute(f"UPDATE {t.sql_name} SET {quote(col)} = NULL WHERE _rowid = ?", (rowid,))
            db.conn.execute(t.update_sql, t.update_params(rid, values, versions))
    if added:  # values a newer app sent before this one knew the field: move them from _extra to the column
        for row in db.conn.execute(f"SELECT {t.select_list} FROM {t.sql_name} WHERE _extra IS NOT NULL").fetchall():
            rid, values, versions = t.decode(row)
            db.conn.execute(t.update_sql, t.update_params(rid, values, versions))


def _adopt_foreign(db: sqlite_utils.Database, t: EntityTable) -> None:
    from app.store import search

    rows = db.conn.execute("SELECT id, f, v FROM foreign_record WHERE entity = ?", (t.name,)).fetchall()
    if not rows:
        return
    indexed = t.name in search.SEARCHABLE and db[search.fts_name(t.name)].exists()
    before = search.max_rowid(db, t)
    db.conn.executemany(t.insert_sql, [t.encode(rid, json.loads(f), json.loads(v)) for rid, f, v in rows])
    if indexed:  # else ensure_fts creates the index from every live row right after
        search.index_new_rows(db, t, before)
    db.conn.execute("DELETE FROM foreign_record WHERE entity = ?", (t.name,))


def sync_model(db: sqlite_utils.Database, tables: dict[str, EntityTable], *, force: bool = False) -> bool:
    """Make the entity tables match core.model (one transaction). Returns True when anything was done."""
    from app.store import search  # local import: search imports tables only, but keep the layers obvious

    fingerprint = model_fingerprint()
    if not force and _stored_fingerprint(db) == fingerprint:
        return False
    with write_transaction(db):
        for name, t in tables.items():
            if db[name].exists():
                _sync_columns(db, t)
            else:
                _create_entity_table(db, t)
            _adopt_foreign(db, t)
        for entity, cols in INDEXES:
            if entity in tables and all(c in tables[entity].known for c in cols):
                db[entity].create_index(list(cols), index_name=f"{entity}_{'_'.join(cols)}", if_not_exists=True)
        for name in search.SEARCHABLE:
            search.ensure_fts(db, tables[name])
        db.conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('model_fingerprint', ?)",
                        (dumps(fingerprint),))
    return True


def migrate(db: sqlite_utils.Database, tables: dict[str, EntityTable]) -> None:
    run_numbered(db, tables)
    sync_model(db, tables)
