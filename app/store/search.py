"""Full-text search (SQLite FTS5) over the ``searchable`` fields of core.model: offers, organisations, guides
(and appointments).

- One external-content FTS5 table per entity (``offer_fts`` over ``offer``), tokenizer
  ``unicode61 remove_diacritics 2`` (so "Spaziergange" finds "Spaziergänge"), prefix indexes for
  search-as-you-type ("Smartph" finds "Smartphone-Hilfe").
- Kept in sync in the same transaction as every write: new rows are indexed explicitly by the row layer
  (app/store/rows.py, one ``INSERT … SELECT`` per batch: an AFTER INSERT trigger would make FTS5 flush its buffer
  once per row, ~6× slower), updates and deletes by triggers — except for batches (a pull page of edits, a purge),
  which the row layer brackets with :func:`reindexing` (the same per-row flush made 1,000 pulled edits cost
  0.6 s). Tombstones are never indexed (rows with ``_deleted = 1`` are skipped), and results are joined with the
  live rows anyway.
- User text never reaches the FTS query parser as syntax: it is split into words and every word is quoted.
- Ranked by bm25 with the title/name column weighted highest.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import sqlite_utils

from app.store.tables import EntityTable, quote
from core.model import ENTITIES

TOKENIZE = "unicode61 remove_diacritics 2"
# No FTS5 prefix indexes: measured on 100k offers they did not make prefix queries faster (ranking dominates)
# but cost 25 % more insert time and 20 % more file size.
PREFIX_INDEXES = ""
# FTS5 leaf pages of ~16 KB instead of its ~4 KB default: measured on 100k pulled offers, indexing took 10 % less
# time (fewer, larger index rows; the same index size) and searches were as fast.
PAGE_BYTES = 16000
DEFAULT_ENTITIES = ("offer", "organisation", "guide")
MAX_TERMS = 8
MIN_PREFIX = 3  # "Sma" matches "Smartphone"; one or two letters only match whole words (too broad to rank fast)
# A broad query (say "Senioren" in 10,000 offers) ranks only its RANK_WINDOW most recently stored matches: bm25
# costs ~2.5 µs per match, so ranking all of them would take 25 ms and more. Narrower queries rank every match.
RANK_WINDOW = 1000
# From this many rows on, an update or delete batch maintains the index in bulk (see reindexing); suspending the
# triggers costs ~0.4 ms (two schema changes), a trigger ~0.6 ms per row.
BULK_ROWS = 8
# German function words carry no meaning in a search and match nearly every record; they are left out of a query
# that has other words ("Hilfe für Senioren" searches "Hilfe Senioren").
STOPWORDS = frozenset("""
aber als am an auch auf aus bei beim bin bis da das dass dem den der des die du durch ein eine einem einen einer
eines er es fur für hat ich ihr im in ist ja mit nach nicht noch oder sich sie sind so um und uns vom von vor war
was wie wir zu zum zur""".split())
WEIGHTS: dict[str, tuple[float, ...]] = {
    "offer": (10.0, 1.0, 3.0),
    "organisation": (10.0, 1.0, 2.0),
    "guide": (10.0, 4.0, 1.0),
    "appointment": (10.0, 1.0, 3.0),
}
SNIPPET_MARKS = ("**", "**")  # Markdown bold, rendered by the UI
_WORD = re.compile(r"\w+", re.UNICODE)

SEARCHABLE: dict[str, tuple[str, ...]] = {name: e.searchable for name, e in ENTITIES.items() if e.searchable}


def fts_name(entity: str) -> str:
    return f"{entity}_fts"


def fts_query(text: str, *, prefix: bool = True) -> str | None:
    """A safe FTS5 query for what a person typed: every word quoted (so ``AND``, ``"``, ``*``, ``title:`` or
    ``NEAR(`` are just words), all words required, words of three letters or more also matching as a prefix
    (search-as-you-type), German function words left out when there are others. None when no word."""
    words = _WORD.findall(text or "")
    meaningful = [w for w in words if w.casefold() not in STOPWORDS]
    if not meaningful:  # only function words ("für"): whole words only, the cheapest query that still answers
        prefix = False
    words = (meaningful or words)[:MAX_TERMS]
    if not words:
        return None
    parts = []
    for word in words:
        quoted = '"' + word.replace('"', '""') + '"'
        parts.append(quoted + "*" if prefix and len(word) >= MIN_PREFIX else quoted)
    return " ".join(parts)


# -- schema (called from the migrations) ---------------------------------------------------------------------------
def _trigger_sql(t: EntityTable, cols: tuple[str, ...]) -> list[str]:
    fts, tbl = quote(fts_name(t.name)), t.sql_name
    names = ", ".join(quote(c) for c in cols)
    new = ", ".join(f"new.{quote(c)}" for c in cols)
    old = ", ".join(f"old.{quote(c)}" for c in cols)
    changed = " OR ".join(f"old.{quote(c)} IS NOT new.{quote(c)}" for c in ("_deleted", *cols))
    of = ", ".join(quote(c) for c in ("_deleted", *cols))
    n = t.name
    return [
        f"CREATE TRIGGER {quote(n + '_fts_ad')} AFTER DELETE ON {tbl} WHEN old._deleted = 0 BEGIN "
        f"INSERT INTO {fts}({fts}, rowid, {names}) VALUES ('delete', old._rowid, {old}); END",
        f"CREATE TRIGGER {quote(n + '_fts_au')} AFTER UPDATE OF {of} ON {tbl} WHEN {changed} BEGIN "
        f"INSERT INTO {fts}({fts}, rowid, {names}) SELECT 'delete', old._rowid, {old} WHERE old._deleted = 0; "
        f"INSERT INTO {fts}(rowid, {names}) SELECT new._rowid, {new} WHERE new._deleted = 0; END",
    ]


def drop_triggers(db: sqlite_utils.Database, entity: str) -> None:
    for suffix in ("_fts_ai", "_fts_ad", "_fts_au"):  # _fts_ai: an insert trigger of early development files
        db.conn.execute(f"DROP TRIGGER IF EXISTS {quote(entity + suffix)}")


def create_triggers(db: sqlite_utils.Database, t: EntityTable) -> None:
    for sql in _trigger_sql(t, SEARCHABLE[t.name]):
        db.conn.execute(sql)


def index_new_rows(db: sqlite_utils.Database, t: EntityTable, after_rowid: int) -> None:
    """Index the live rows inserted after ``after_rowid`` (rowids only grow: INTEGER PRIMARY KEY)."""
    cols = ", ".join(quote(c) for c in SEARCHABLE[t.name])
    db.conn.execute(f"INSERT INTO {quote(fts_name(t.name))}(rowid, {cols}) "
                    f"SELECT _rowid, {cols} FROM {t.sql_name} WHERE _rowid > ? AND _deleted = 0", (after_rowid,))


def _index_rows(db: sqlite_utils.Database, t: EntityTable, ids: list[str], *, remove: bool) -> None:
    """Add (or remove) the index entries of the live rows among ``ids``, one ``INSERT … SELECT`` per 500."""
    fts = quote(fts_name(t.name))
    cols = ", ".join(quote(c) for c in SEARCHABLE[t.name])
    target, first = (f"{fts}({fts}, rowid, {cols})", "'delete', _rowid") if remove else (f"{fts}(rowid, {cols})",
                                                                                          "_rowid")
    for start in range(0, len(ids), 500):
        part = ids[start:start + 500]
        db.conn.execute(f"INSERT INTO {target} SELECT {first}, {cols} FROM {t.sql_name} "
                        f"WHERE id IN ({', '.join('?' * len(part))}) AND _deleted = 0", part)


@contextmanager
def reindexing(db: sqlite_utils.Database, t: EntityTable, ids: list[str]) -> Iterator[None]:
    """Bracket an UPDATE or DELETE of the rows ``ids`` (in the block) so their full-text entries follow in bulk.

    The triggers would make FTS5 write out its pending terms once per row (~0.6 ms each); for BULK_ROWS rows or
    more they are dropped for the block instead: the old entries of these rows go in one statement, the block
    writes, the new entries come in one statement, the triggers are back. All inside a savepoint, so an error in
    the block leaves rows, index and triggers as they were. Fewer rows: the triggers do it (no schema change)."""
    if t.name not in SEARCHABLE or len(ids) < BULK_ROWS:
        yield
        return
    ids = list(dict.fromkeys(ids))  # an entry removed twice would corrupt the index
    with db.atomic():
        drop_triggers(db, t.name)
        _index_rows(db, t, ids, remove=True)
        yield
        _index_rows(db, t, ids, remove=False)
        create_triggers(db, t)


def max_rowid(db: sqlite_utils.Database, t: EntityTable) -> int:
    return db.conn.execute(f"SELECT coalesce(max(_rowid), 0) FROM {t.sql_name}").fetchone()[0]


def ensure_fts(db: sqlite_utils.Database, t: EntityTable) -> None:
    """Create (or re-create, when the searchable fields changed) the FTS table and triggers of ``t``, and index
    the live rows already there. Runs inside the caller's transaction."""
    cols = SEARCHABLE[t.name]
    name = fts_name(t.name)
    drop_triggers(db, t.name)
    existing = db[name].columns_dict if db[name].exists() else None
    if existing is not None and tuple(existing) != cols:
        db.conn.execute(f"DROP TABLE {quote(name)}")
        existing = None
    if existing is None:
        prefix = f", prefix='{PREFIX_INDEXES}'" if PREFIX_INDEXES else ""
        db.conn.execute(
            f"CREATE VIRTUAL TABLE {quote(name)} USING fts5({', '.join(quote(c) for c in cols)}, "
            f"content='{t.name}', content_rowid='_rowid', tokenize='{TOKENIZE}'{prefix})")
    # set on an index made by an earlier version too: its new segments get the larger pages
    db.conn.execute(f"INSERT INTO {quote(name)}({quote(name)}, rank) VALUES ('pgsz', ?)", (PAGE_BYTES,))
    if existing is None:
        weights = WEIGHTS.get(t.name, (10.0,) + (1.0,) * (len(cols) - 1))[:len(cols)]
        db.conn.execute(f"INSERT INTO {quote(name)}({quote(name)}, rank) VALUES ('rank', ?)",
                        (f"bm25({', '.join(str(w) for w in weights)})",))
        db.conn.execute(
            f"INSERT INTO {quote(name)}(rowid, {', '.join(quote(c) for c in cols)}) "
            f"SELECT _rowid, {', '.join(quote(c) for c in cols)} FROM {t.sql_name} WHERE _deleted = 0")
    create_triggers(db, t)


def clear_fts(db: sqlite_utils.Database, entity: str) -> None:
    """Empty an FTS index wholesale (used with the triggers dropped, when its table is emptied)."""
    name = quote(fts_name(entity))
    db.conn.execute(f"INSERT INTO {name}({name}) VALUES ('delete-all')")


# -- queries ---------------------------------------------------------------------------------------------------
_TITLE = {"offer": "title", "organisation": "name", "guide": "title", "appointment": "title"}
_EXTRA_COLUMNS = {
    "offer": ("status", "area", "direction", "municipality"),
    "organisation": ("municipality", "kind"),
    "guide": (),
    "appointment": ("start", "status"),
}


def search_entity(db: sqlite_utils.Database, t: EntityTable, match: str, *, limit: int,
                  where: str = "", params: tuple[Any, ...] = ()) -> list[dict[str, Any]]:
    """Ranked hits of one entity for an FTS query built by :func:`fts_query` (see RANK_WINDOW)."""
    fts = quote(fts_name(t.name))
    window = db.conn.execute(f"SELECT rowid FROM {fts} WHERE {fts} MATCH ? ORDER BY rowid DESC LIMIT 1 OFFSET ?",
                             (match, RANK_WINDOW - 1)).fetchone()
    if window is not None:
        where, params = f" AND {fts}.rowid >= ?{where}", (window[0], *params)
    extra = "".join(f", r.{quote(c)}" for c in _EXTRA_COLUMNS.get(t.name, ()))
    sql = (f"SELECT r.id, r.{quote(_TITLE[t.name])}, {fts}.rank, "
           f"snippet({fts}, -1, '{SNIPPET_MARKS[0]}', '{SNIPPET_MARKS[1]}', '…', 16){extra} "
           f"FROM {fts} JOIN {t.sql_name} r ON r._rowid = {fts}.rowid "
           f"WHERE {fts} MATCH ? AND r._deleted = 0{where} ORDER BY {fts}.rank LIMIT ?")
    hits = []
    for row in db.conn.execute(sql, (match, *params, limit)):
        hit = {"entity": t.name, "id": row[0], "title": row[1], "score": -row[2], "snippet": row[3]}
        hit.update(zip(_EXTRA_COLUMNS.get(t.name, ()), row[4:], strict=True))
        hits.append(hit)
    return hits
