"""Tombstone garbage collection (docs/sync-protocol.md, "Tombstones and garbage collection").

The horizon is the highest sequence that is both older than the retention period and not above the cursor of any
device seen within the retention period. Log entries up to the horizon and tombstoned records last changed at or
below it are removed; the horizon is stored, and a pull with an older cursor answers ``reset``. The horizon never
moves backwards.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass

from sync_server.service.context import GC_HORIZON_KEY
from sync_server.settings import DAY_S, Settings
from sync_server.storage.base import Storage


@dataclass
class GcReport:
    horizon: int
    previous_horizon: int
    log_entries: int
    records: int
    mutations: int
    tokens: int
    login_failures: int

    def as_dict(self) -> dict[str, int]:
        return asdict(self)


def collect_garbage(settings: Settings, store: Storage, now_ms: int | None = None) -> GcReport:
    now = settings.now_ms() if now_ms is None else now_ms
    cutoff = now - settings.retention_ms
    with store.write() as tx:
        previous = int(tx.get_meta(GC_HORIZON_KEY) or 0)
        last = tx.visible_horizon()
        lowest_cursor = tx.min_device_cursor(active_since_ms=cutoff)
        by_cursor = last if lowest_cursor is None else lowest_cursor
        horizon = max(previous, min(by_cursor, tx.last_seq_before(cutoff)))
        counts = tx.collect(horizon, tombstones_before_ms=cutoff,
                            mutations_before_ms=now - settings.mutation_retention_days * DAY_S * 1000,
                            now_ms=now)
        tx.set_meta(GC_HORIZON_KEY, str(horizon))
    return GcReport(horizon, previous, counts.log_entries, counts.records, counts.mutations, counts.tokens,
                    counts.login_failures)
