"""Jepsen-style: ``ehrenamt sync`` killed with SIGKILL at random moments of a large sync (pushing 1,500 local
edits in small batches while pulling a 4,000-record snapshot in small pages) against the real server process.
After a final uninterrupted run the replica equals the server's view: no edit lost, none applied twice."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from app.store import Replica
from core.ids import uuid7
from sync_server.service import SyncService
from sync_server.settings import Settings
from sync_server.storage import SQLiteStorage
from tests.sync.harness import diff, offer, replica_dump, storage_dump
from tests.sync.live_server import PASSWORD, LiveServer, add_accounts

SERVER_RECORDS = 4000
LOCAL_CREATES = 1500
LOCAL_EDITS = 300
MAX_KILLS = 8

pytestmark = pytest.mark.slow


def _seed_server(db: Path) -> None:
    settings = Settings(db_path=str(db))
    store = SQLiteStorage(settings.db_path)
    try:
        records = [("offer", {"id": uuid7(), **offer(f"Angebot {i}", description="Beschreibung " * 20),
                              "owner": "klaus"}) for i in range(SERVER_RECORDS)]
        SyncService(settings, store).seed([], records)
    finally:
        store.close()


def _ehrenamt(data_dir: Path, *args: str, stdin: str | None = None) -> subprocess.Popen[bytes]:
    return subprocess.Popen([sys.executable, "-m", "app.cli.main", "--data-dir", str(data_dir), *args],
                            stdin=subprocess.PIPE if stdin is not None else subprocess.DEVNULL,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=Path(__file__).parents[2])


def test_sync_killed_at_random_points_converges_without_loss_or_duplicates(tmp_path: Path) -> None:
    seed = int.from_bytes(os.urandom(4), "big")
    rng = random.Random(seed)
    db = tmp_path / "server.db"
    add_accounts(db, [("klaus", ["volunteer"], "arnsberg"), ("vera", ["volunteer"], "arnsberg")])
    _seed_server(db)
    server = LiveServer(db, tmp_path / "server.log")
    data = tmp_path / "vera"
    try:
        login = _ehrenamt(data, "login", "--server", server.url, "vera", stdin=PASSWORD + "\n")
        out, err = login.communicate(PASSWORD.encode() + b"\n", timeout=60)
        assert login.returncode == 0, err.decode()

        with Replica.open(data / "replica.db") as r:
            created = r.create_many("offer", [offer(f"Vera {i}", direction="suche") for i in range(LOCAL_CREATES)])
            for n, rid in enumerate(created[:LOCAL_EDITS]):
                r.update("offer", rid, {"title": f"Vera {n} (geändert)", "hours": n % 100})

        kills = 0
        progress: list[tuple[int, int]] = []  # (outbox entries left, offers held) after each kill
        started = time.monotonic()
        while kills < MAX_KILLS:
            proc = _ehrenamt(data, "sync", "--pull-max-bytes", "8192", "--push-batch", "20")
            time.sleep(rng.uniform(0.6, 1.6))  # the CLI itself starts in ~0.5 s; a whole sync takes several s
            if proc.poll() is not None:
                break  # finished before the kill
            proc.send_signal(signal.SIGKILL)
            proc.wait(timeout=30)
            kills += 1
            with Replica.open(data / "replica.db") as r:  # where did it stop?
                progress.append((r.outbox_count(), len(r.all_records("offer"))))
        final = _ehrenamt(data, "sync", "--json")
        try:
            out, err = final.communicate(timeout=300)
        finally:
            if final.poll() is None:
                final.kill()
        assert final.returncode == 0, f"seed {seed}: {err.decode()}"
        elapsed = time.monotonic() - started
    finally:
        server.stop()

    print(f"seed {seed}: {kills} kills in {elapsed:.1f} s; (outbox, offers) after each: {progress}")
    assert kills >= 1, f"seed {seed}: the sync finished before any kill ({elapsed:.1f} s)"
    conn = sqlite3.connect(data / "replica.db")
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()
    store = SQLiteStorage(str(db))
    try:
        with Replica.open(data / "replica.db") as r:
            assert r.outbox_count() == 0 and r.quarantine() == [], f"seed {seed}"
            local = replica_dump(r)
        account = {"username": "vera", "roles": ["volunteer"], "municipality": "arnsberg"}
        remote = storage_dump(store, account)
        assert local == remote, f"seed {seed}, {kills} kills:\n{diff(local, remote)}"
        mine = [v for (entity, _id), (v, _vers) in remote.items() if entity == "offer" and v["owner"] == "vera"]
        assert len(mine) == LOCAL_CREATES  # none lost, none twice
        titles = {v["id"]: v["title"] for v in mine}
        assert all(titles[rid] == f"Vera {n} (geändert)" for n, rid in enumerate(created[:LOCAL_EDITS]))
        assert sum(1 for (entity, _id) in remote if entity == "offer") == SERVER_RECORDS + LOCAL_CREATES
        with store.read() as tx:
            assert tx.count_records() >= SERVER_RECORDS + LOCAL_CREATES
    finally:
        store.close()
