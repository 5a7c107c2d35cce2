"""The one seam for care data (Art. 9 GDPR): every read and write of contacts, visits and tasks passes here.

The replica never issues SQL against the care tables itself; it asks the :class:`CareVault`. That is where
encryption at rest plugs in: give :meth:`app.store.Replica.open` a ``care_codec`` (``seal``/``open`` of text, e.g.
AES-GCM with a key derived from the person's password and held only in memory) and every care column, the field
versions, unknown fields, outbox/quarantine payloads of care edits and the values kept in conflict records about
care fields are stored sealed. Only ``id``, ``_deleted`` and the ``contact`` reference of visits/tasks stay in the
clear (needed to purge a contact together with its visits and tasks). Without a codec the columns are plain.
Because callers never filter care rows in SQL, the vault filters in Python after opening (a Lotse's caseload is
small), and the behaviour is the same with and without a codec.
Drafts of care forms (a visit being recorded, autosaved while typing) are kept here too: local only, never synced,
sealed like the care columns, and gone with their contact.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from typing import Any, Protocol

import sqlite_utils

from app.store.rows import Rows, State, chunks
from app.store.tables import EntityTable, Values, dumps
from core.model import CARE_ENTITIES, ENTITIES

CLEAR_COLUMNS: dict[str, frozenset[str]] = {"visit": frozenset({"contact"}), "task": frozenset({"contact"})}
CONTACT_CHILDREN = ("visit", "task")
DRAFT_TABLE = "care_draft"


class CareCodec(Protocol):
    """Seals and opens text (authenticated encryption in production). ``name`` is recorded in the database."""

    name: str

    def seal(self, plain: str) -> str: ...

    def open(self, sealed: str) -> str: ...


class SealedTable(EntityTable):
    """A care table whose columns (except ``id``, ``_deleted`` and clear references) are stored sealed."""

    def __init__(self, ent: Any, codec: CareCodec) -> None:
        super().__init__(ent)
        self.codec = codec
        clear = CLEAR_COLUMNS.get(ent.name, frozenset())
        # row layout: id, _deleted, _v, _extra, *columns
        self._sealed = [2, 3] + [4 + i for i, c in enumerate(self.columns) if c not in clear]

    def seal_row(self, row: list[Any]) -> list[Any]:
        seal = self.codec.seal
        for i in self._sealed:
            if row[i] is not None:
                row[i] = seal(dumps(row[i]))
        return row

    def open_row(self, row: tuple[Any, ...] | list[Any]) -> list[Any]:
        out = list(row)
        for i in self._sealed:
            if out[i] is not None:
                out[i] = json.loads(self.codec.open(out[i]))
        return out

    def open_cell(self, value: Any) -> Any:
        return None if value is None else json.loads(self.codec.open(value))


class SealedConflictTable(EntityTable):
    """Conflict records about care fields carry care values (kept/lost): those two columns are sealed."""

    def __init__(self, ent: Any, codec: CareCodec) -> None:
        super().__init__(ent)
        self.codec = codec
        self._entity_col = 4 + self.columns.index("entity")
        self._sealed = [4 + self.columns.index(c) for c in ("kept_value", "lost_value")]

    def seal_row(self, row: list[Any]) -> list[Any]:
        if row[self._entity_col] in CARE_ENTITIES:
            for i in self._sealed:
                if row[i] is not None:
                    row[i] = self.codec.seal(row[i])
        return row

    def open_row(self, row: tuple[Any, ...] | list[Any]) -> list[Any]:
        out = list(row)
        if out[self._entity_col] in CARE_ENTITIES:
            for i in self._sealed:
                if out[i] is not None:
                    out[i] = self.codec.open(out[i])
        return out


def build_tables(codec: CareCodec | None) -> dict[str, EntityTable]:
    """The table codecs of every entity; care tables (and conflict values about care) sealed with ``codec``."""
    tables: dict[str, EntityTable] = {}
    for name, ent in ENTITIES.items():
        if codec is not None and name in CARE_ENTITIES:
            tables[name] = SealedTable(ent, codec)
        elif codec is not None and name == "conflict":
            tables[name] = SealedConflictTable(ent, codec)
        else:
            tables[name] = EntityTable(ent)
    return tables


class CareVault(Rows):
    """Record states of contacts, visits and tasks, plus sealing of care payloads stored elsewhere."""

    def __init__(self, db: sqlite_utils.Database, tables: dict[str, EntityTable],
                 codec: CareCodec | None = None) -> None:
        super().__init__(db, tables, CARE_ENTITIES)
        self.codec = codec
        self._drafts_ready = False

    @property
    def codec_name(self) -> str:
        return self.codec.name if self.codec is not None else "plain"

    # -- payloads of care edits stored outside the care tables (outbox, quarantine) ---------------------------
    def seal_text(self, entity: str, text: str) -> str:
        return self.codec.seal(text) if self.codec is not None and entity in CARE_ENTITIES else text

    def open_text(self, entity: str, text: str) -> str:
        return self.codec.open(text) if self.codec is not None and entity in CARE_ENTITIES else text

    # -- reads the UI needs ------------------------------------------------------------------------------------
    def contacts(self, keep: Callable[[Values], bool] | None = None, *,
                 include_deleted: bool = False) -> list[State]:
        return list(self.scan("contact", keep=keep, include_deleted=include_deleted))

    def of_contact(self, entity: str, contact_ids: Iterable[str], *, include_deleted: bool = False) -> list[State]:
        """Visits or tasks of the given contacts (by the clear ``contact`` reference)."""
        if entity not in CONTACT_CHILDREN:
            raise KeyError(entity)
        t = self.table(entity)
        deleted = "" if include_deleted else " AND _deleted = 0"
        out: list[State] = []
        for part in chunks(list(contact_ids)):
            sql = (f"SELECT {t.select_list} FROM {t.sql_name} WHERE contact IN ({', '.join('?' * len(part))})"
                   f"{deleted} ORDER BY id")
            out.extend(t.decode(row) for row in self.db.conn.execute(sql, part))
        return out

    def remove(self, entity: str, ids: Iterable[str]) -> int:
        """Remove records for good (a purge); a contact's drafts go with it in the same transaction."""
        ids = list(ids)
        removed = super().remove(entity, ids)
        if entity == "contact" and ids:
            self.drop_drafts(ids)
        return removed

    def child_ids(self, contact_ids: Iterable[str]) -> dict[str, list[str]]:
        """Ids of every visit and task (tombstones too) of the given contacts: they go when the contact goes."""
        ids = list(contact_ids)
        out: dict[str, list[str]] = {}
        for entity in CONTACT_CHILDREN:
            t = self.table(entity)
            found: list[str] = []
            for part in chunks(ids):
                sql = f"SELECT id FROM {t.sql_name} WHERE contact IN ({', '.join('?' * len(part))})"
                found.extend(r[0] for r in self.db.conn.execute(sql, part))
            out[entity] = found
        return out

    # -- drafts of care forms (e.g. a visit being recorded): local only, never synced, sealed like care data -----
    # Table ``care_draft``: key (the form, e.g. "visit:<contact id>"), contact (in the clear, like the contact
    # reference of visits, so a purged contact takes its drafts along), payload (JSON, sealed), updated (UTC).
    def _ensure_drafts(self) -> None:
        """Creates the draft table on first use (call inside a write transaction)."""
        if not self._drafts_ready:
            self.db.conn.execute(
                f"CREATE TABLE IF NOT EXISTS {DRAFT_TABLE} (key TEXT PRIMARY KEY, contact TEXT NOT NULL, "
                "payload TEXT NOT NULL, updated TEXT NOT NULL)")
            self._drafts_ready = True

    def save_draft(self, key: str, contact_id: str, data: dict[str, Any], updated: str) -> None:
        self._ensure_drafts()
        payload = dumps(data)
        if self.codec is not None:
            payload = self.codec.seal(payload)
        self.db.conn.execute(f"INSERT OR REPLACE INTO {DRAFT_TABLE} (key, contact, payload, updated) "
                             "VALUES (?, ?, ?, ?)", (key, contact_id, payload, updated))

    def load_draft(self, key: str) -> dict[str, Any] | None:
        """``{"key", "contact", "data", "updated"}`` of a draft, or None."""
        self._ensure_drafts()
        row = self.db.conn.execute(f"SELECT key, contact, payload, updated FROM {DRAFT_TABLE} WHERE key = ?",
                                   (key,)).fetchone()
        if row is None:
            return None
        payload = row[2] if self.codec is None else self.codec.open(row[2])
        return {"key": row[0], "contact": row[1], "data": json.loads(payload), "updated": row[3]}

    def delete_draft(self, key: str) -> bool:
        self._ensure_drafts()
        return self.db.conn.execute(f"DELETE FROM {DRAFT_TABLE} WHERE key = ?", (key,)).rowcount > 0

    def drop_drafts(self, contact_ids: Iterable[str]) -> int:
        """Remove the drafts about these contacts (their access was revoked / they were purged)."""
        self._ensure_drafts()
        removed = 0
        for part in chunks(list(contact_ids)):
            removed += self.db.conn.execute(
                f"DELETE FROM {DRAFT_TABLE} WHERE contact IN ({', '.join('?' * len(part))})", part).rowcount
        return removed

    def prune_drafts(self) -> int:
        """Remove drafts whose contact this device no longer holds (purged or deleted)."""
        self._ensure_drafts()
        t = self.table("contact")
        return self.db.conn.execute(
            f"DELETE FROM {DRAFT_TABLE} WHERE contact NOT IN (SELECT id FROM {t.sql_name} WHERE _deleted = 0)"
        ).rowcount

    def all_drafts(self) -> list[dict[str, Any]]:
        """Every draft (for the export with care data), oldest key first."""
        self._ensure_drafts()
        rows = self.db.conn.execute(f"SELECT key, contact, payload, updated FROM {DRAFT_TABLE} ORDER BY key")
        return [{"key": k, "contact": c, "data": json.loads(p if self.codec is None else self.codec.open(p)),
                 "updated": u} for k, c, p, u in rows.fetchall()]
