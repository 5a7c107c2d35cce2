"""A server process killed in the middle of a push transaction leaves nothing of the batch behind."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

from core.protocol import ACCEPTED
from sync_server.service import SyncService
from sync_server.storage import SQLiteStorage
from tests.server.support import CAST, FakeClock, TestDevice, add_cast, make_settings, offer

REPO = Path(__file__).resolve().parents[2]

# Runs in a child process: applies the batch and dies (os._exit, no cleanup) after everything is written, just
# before COMMIT — the worst moment for a crash.
CHILD = r"""
import json, os, sys
from sync_server.service import SyncService
from sync_server.storage import SQLiteStorage
from tests.server.support import FakeClock, make_settings

db, batch_file, password = sys.argv[1], sys.argv[2], sys.argv[3]
settings = make_settings(db, FakeClock())
service = SyncService(settings, SQLiteStorage(db))
session = service.authenticate(service.login("vera", password, "vera-phone")["access_token"])
batch = json.loads(open(batch_file).read())

def die(tx):
    print("dying inside the transaction", flush=True)
    os._exit(137)

service.push(session, batch, fault=die)
print("not reached", flush=True)
"""


def _counts(db: str) -> tuple[int, int, int]:
    with sqlite3.connect(db) as conn:
        return (conn.execute("SELECT count(*) FROM log").fetchone()[0],
                conn.execute("SELECT count(*) FROM records WHERE entity = 'offer'").fetchone()[0],
                conn.execute("SELECT count(*) FROM mutations").fetchone()[0])


def test_batch_is_all_or_nothing_on_crash(tmp_path):
    db = str(tmp_path / "crash.db")
    clock = FakeClock()
    store = SQLiteStorage(db)
    service = SyncService(make_settings(db, clock), store)
    add_cast(service)
    vera = TestDevice(service, "vera", clock, device_id="vera-phone")
    batch = [vera.create("offer", offer("vera", title=f"Angebot {i}"))[1] for i in range(20)]
    batch_file = tmp_path / "batch.json"
    batch_file.write_text(json.dumps(batch))
    before = _counts(db)
    store.close()

    child = subprocess.run([sys.executable, "-c", CHILD, db, str(batch_file), CAST["vera"].password],
                           cwd=REPO, capture_output=True, text=True, timeout=60)
    assert child.returncode == 137, child.stderr
    assert "dying inside the transaction" in child.stdout and "not reached" not in child.stdout

    assert _counts(db) == before  # no record, no log entry, no mutation result of the batch
    store = SQLiteStorage(db)
    service = SyncService(make_settings(db, clock), store)
    vera = TestDevice(service, "vera", clock, device_id="vera-phone")
    results = service.push(vera.session, batch)["results"]  # the device retries: applied now, exactly once
    assert [r["status"] for r in results] == [ACCEPTED] * 20
    assert _counts(db)[1] == before[1] + 20
    store.close()
