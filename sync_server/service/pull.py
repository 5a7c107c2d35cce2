"""Pull: pages of changes for one account, by cursor, bounded by bytes (docs/sync-protocol.md, "Pull").

- No cursor: a **snapshot** of the current records the account may see (latest value per field, no history, no
  tombstones older than the retention period), paged by primary key; then incremental from the sequence the
  snapshot started at. Among its records it also purges, marked ``erased`` and in the same key order, the records
  erased on request that the account's keys ever had: a device reset after a long absence forgets what it kept
  of them.
- Incremental: log entries after the cursor carrying one of the account's subscriptions, up to the storage's
  visible horizon (never past a sequence that could still commit later). A change is sent only while the record is
  still visible to the account (its current keys); a purge only when it no longer is. A device's own changes are
  not echoed back to it.
- A cursor below the garbage-collection horizon, from another server, made for other subscriptions (the account's
  roles or town changed) or unreadable answers ``reset``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from core.access import PUBLIC, Actor, subscriptions
from sync_server.jsontext import dumps, loads
from sync_server.service.context import GC_HORIZON_KEY, NODE_KEY, load_clock
from sync_server.service.cursor import Cursor, decode_cursor, scope_fingerprint
from sync_server.settings import Settings
from sync_server.storage.base import ERASED_PURGE, PURGE, AccountRow, ReadTx, Storage

_CHUNK = 500  # log rows per storage query while filling a page
_MIN_CHUNK, _MAX_CHUNK = 16, 4000  # snapshot rows per storage query
_GUESSED_DOC_BYTES = 400
_DEVICE_TOUCH_MS = 10 * 60 * 1000  # last_seen is refreshed at most this often when the cursor did not move


@dataclass
class PullPage:
    changes: list[str]  # JSON text of each delta (built once when written)
    purge: list[dict[str, Any]]
    cursor: str
    more: bool
    reset: bool
    server_ts: str

    def to_json(self) -> str:
        return ('{"changes":[' + ",".join(self.changes) + '],"purge":' + dumps(self.purge)
                + ',"cursor":' + dumps(self.cursor) + ',"more":' + dumps(self.more)
                + ',"reset":' + dumps(self.reset) + ',"server_ts":' + dumps(self.server_ts) + "}")

    def as_dict(self) -> dict[str, Any]:
        result: dict[str, Any] = loads(self.to_json())
        return result


class _Page:
    """Fills one page up to a byte budget (at least one item)."""

    def __init__(self, budget: int) -> None:
        self.budget = budget
        self.used = 0
        self.changes: list[str] = []
        self.purge: list[dict[str, Any]] = []

    def fits(self, size: int) -> bool:
        return not (self.changes or self.purge) or self.used + size <= self.budget

    def add_change(self, doc: str) -> None:
        self.changes.append(doc)
        self.used += len(doc) + 1

    def add_purge(self, item: dict[str, Any], size: int) -> None:
        self.purge.append(item)
        self.used += size


def _purge_item(entity: str, record_id: str, erased: bool) -> tuple[dict[str, Any], int]:
    """A purge item (marked ``erased`` when the record was erased on request: the device forgets what it kept of it,
    too) and the bytes it takes on a page, a little more than its JSON."""
    if erased:
        return {"e": entity, "id": record_id, "erased": True}, len(entity) + len(record_id) + 52
    return {"e": entity, "id": record_id}, len(entity) + len(record_id) + 36


class PullHandler:
    def __init__(self, settings: Settings, store: Storage) -> None:
        self.settings = settings
        self.store = store

    def pull(self, account: AccountRow | None, device_id: str | None, cursor: str | None,
             max_bytes: int | None = None) -> PullPage:
        actor = None if account is None else Actor(account.username, frozenset(account.roles),
                                                     account.municipality, frozenset(account.organisations))
        keys = sorted(subscriptions(actor))
        fingerprint = scope_fingerprint(keys)
        budget = max_bytes or self.settings.default_pull_bytes
        now = self.settings.now_ms()
        with self.store.read() as tx:
            node = tx.get_meta(NODE_KEY) or ""
            server_ts = load_clock(tx, self.settings).now()
            horizon = tx.visible_horizon()
            gc_horizon = int(tx.get_meta(GC_HORIZON_KEY) or 0)
            if cursor:
                position = decode_cursor(cursor, node, fingerprint)
                if position is None or position.seq < gc_horizon or position.seq > horizon:
                    return PullPage([], [], "", True, True, server_ts)
            else:
                position = Cursor(horizon, None, in_snapshot=True)
            page = _Page(budget)
            new_position, more = self._fill(tx, page, keys, device_id, position, horizon,
                                            tombstones_since=now - self.settings.retention_ms)
            device = tx.get_device(account.username, device_id) if account and device_id else None
        if account is not None and device_id:
            # the position the device has stored (what it sent), so garbage collection keeps what it still needs
            stored_seq = position.seq
            if device is None or device.cursor_seq != stored_seq or now - device.last_seen > _DEVICE_TOUCH_MS:
                with self.store.write() as wtx:
                    wtx.upsert_device(account.username, device_id, last_seen=now, cursor_seq=stored_seq)
        return PullPage(page.changes, page.purge, new_position.encode(node, fingerprint), more, False, server_ts)

    def _fill(self, tx: ReadTx, page: _Page, keys: list[str], device_id: str | None, position: Cursor,
              horizon: int, tombstones_since: int) -> tuple[Cursor, bool]:
        if position.in_snapshot:
            after = position.snapshot_after
            # the records erased on request that the account's keys ever had go along, as purges marked erased, in
            # the same key order (a device reset after a long absence forgets what it kept of them; public data
            # never held anything to erase)
            erased_keys = [k for k in keys if k != PUBLIC]
            average = _GUESSED_DOC_BYTES
            while True:
                # fetch about as many rows as still fit (rows fetched but not sent are read again next page)
                chunk = max(_MIN_CHUNK, min(_MAX_CHUNK, (page.budget - page.used) // average + 1))
                rows = tx.snapshot_page(keys, after, chunk, tombstones_since)
                gone = tx.erased_page(erased_keys, after, chunk)
                # a full list is complete up to its last key: merge both up to the lower of those (None: to the end)
                ends = []
                if len(rows) == chunk:
                    ends.append((rows[-1].entity, rows[-1].id))
                if len(gone) == chunk:
                    ends.append(gone[-1])
                bound = min(ends) if ends else None
                items = sorted([((r.entity, r.id), r.doc) for r in rows] + [(key, None) for key in gone],
                               key=lambda item: item[0])
                for key, doc in items:
                    if bound is not None and key > bound:
                        break
                    if doc is None:
                        item, size = _purge_item(*key, erased=True)
                        if not page.fits(size):
                            return Cursor(position.seq, after, in_snapshot=True), True
                        page.add_purge(item, size)
                    else:
                        if not page.fits(len(doc) + 1):
                            return Cursor(position.seq, after, in_snapshot=True), True
                        page.add_change(doc)
                    after = key
                if bound is None:
                    break
                average = max(64, page.used // max(1, len(page.changes) + len(page.purge)))
            position = Cursor(position.seq)  # snapshot done: continue from where it started
        subs = frozenset(keys)
        seq = position.seq
        while True:
            log = tx.log_page(keys, seq, horizon, _CHUNK)
            for row in log.rows:
                visible = row.current_scope is not None and bool(row.current_scope & subs)
                if row.kind == PURGE:
                    if not visible:  # still entitled through another key: no purge
                        item, size = _purge_item(row.entity, row.id, erased=row.delta == ERASED_PURGE)
                        if not page.fits(size):
                            return Cursor(seq), True
                        page.add_purge(item, size)
                elif visible and row.delta is not None and (device_id is None or row.origin != device_id):
                    if not page.fits(len(row.delta) + 1):
                        return Cursor(seq), True
                    page.add_change(row.delta)
                seq = row.seq
            if log.complete:
                return Cursor(horizon), False
