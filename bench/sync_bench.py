"""Sync benchmarks against the real server (uvicorn on 127.0.0.1), printed as a table. Not a test.

    .venv/bin/python bench/sync_bench.py [--sizes 10000,100000] [--clients 50] [--per-client 100] [--repeat 3]
        [--only initial|later-edits|ingest]

1. Initial sync of N offers into a fresh replica: records/s (goal >= 30,000/s; PowerSync 27.6k/s desktop).
2. Local apply cost: time inside ``Replica.apply_pull`` vs a raw SQLite ``executemany`` of the same rows into a
   plain table, page by page in the same run (goal <= 2x).
3. Bytes on the wire (gzip, counted by the transport): the initial 10k (goal <= 800 KB), and 1,000 later edits
   pushed by one device and pulled by another (goal <= 60 KB and <= 0.1 s each way).
4. Server ingest: 50 clients pushing concurrently, field changes/s (goal >= 5,000/s).
The server is seeded directly through its storage API (one transaction), not with 100k HTTP calls.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import socket
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from app.store import Replica  # noqa: E402
from app.sync.engine import SyncEngine  # noqa: E402
from app.sync.httpx_transport import HttpxTransport  # noqa: E402
from core.access import scope_keys  # noqa: E402
from core.ids import uuid7  # noqa: E402
from core.model import ENTITIES  # noqa: E402
from core.protocol import encode_delta  # noqa: E402
from core.validation import validate, with_defaults  # noqa: E402
from sync_server.service import SyncService  # noqa: E402
from sync_server.service.context import WriteContext  # noqa: E402
from sync_server.settings import Settings  # noqa: E402
from sync_server.storage import SQLiteStorage  # noqa: E402
from sync_server.storage.base import UPSERT, LogEntry, RecordRow  # noqa: E402

PASSWORD = "bench-passwort-123"
SCENARIOS = ("initial", "later-edits", "ingest")
FAST_ARGON2 = {"argon2_time_cost": 1, "argon2_memory_cost_kib": 8, "argon2_parallelism": 1}
rows_out: list[tuple[str, str, str, str]] = []


RTT_MS = 30  # a mobile network's round trip, for the push over a slower network


def report(what: str, value: str, goal: str = "", verdict: str = "") -> None:
    rows_out.append((what, value, goal, verdict))
    print(f"  {what}: {value}" + (f"  (goal {goal}: {verdict})" if goal else ""), flush=True)


def ok(flag: bool) -> str:
    return "ok" if flag else "MISSED"


# ---------------------------------------------------------------------- server
def offer_values(i: int, owner: str) -> dict[str, Any]:
    return {"area": "wissen" if i % 2 else "ehrenamt", "direction": "biete" if i % 3 else "suche",
            "title": f"Angebot Nummer {i}: Hilfe im Alltag",
            "description": "Ich helfe beim Einrichten von Smartphones und Tablets, beim Einkaufen und bei "
                           "Behördengängen. Termine nach Absprache.",
            "categories": ["digitales", "senioren"] if i % 2 else ["nachbarschaftshilfe"],
            "municipality": "arnsberg" if i % 4 else "menden", "place": "Neheim", "hours": i % 10,
            "owner": owner, "status": "active"}


def seed_offers(db: Path, n: int, owner: str) -> float:
    """Write n active offers straight into the server storage (as server-made records) in one transaction."""
    settings = Settings(db_path=str(db), **FAST_ARGON2)
    store = SQLiteStorage(settings.db_path)
    started = time.perf_counter()
    try:
        SyncService(settings, store)  # creates the node id
        sets = frozenset(ENTITIES["offer"].set_fields)
        assert not validate("offer", with_defaults("offer", offer_values(1, owner)))
        with store.write() as tx:
            ctx = WriteContext(tx, settings)
            now = ctx.now_ms
            staged: list[tuple[str, dict[str, Any], dict[str, Any], frozenset[str], str]] = []
            for i in range(n):
                rid = uuid7()
                values = with_defaults("offer", offer_values(i, owner))
                ts = ctx.clock.now()
                versions: dict[str, Any] = {k: ({e: [True, ts] for e in v} if k in sets else ts)
                                            for k, v in values.items()}
                doc = json.dumps(encode_delta("offer", rid, values, versions), separators=(",", ":"))
                staged.append((rid, values, versions, scope_keys("offer", values, lambda e, i: None), doc))
            seqs = tx.append_log([LogEntry("offer", rid, UPSERT, doc, scope, None, now)
                                  for rid, _v, _vv, scope, doc in staged])
            tx.put_records([(RecordRow("offer", rid, values, versions, {}, scope, None, False, seq, now, doc), None)
                            for (rid, values, versions, scope, doc), seq in zip(staged, seqs, strict=True)])
            ctx.save_clock()
    finally:
        store.close()
    return time.perf_counter() - started


def add_accounts(db: Path, names: list[str]) -> None:
    settings = Settings(db_path=str(db), **FAST_ARGON2)
    store = SQLiteStorage(settings.db_path)
    try:
        service = SyncService(settings, store)
        for name in names:
            if service.accounts.get(name) is None:
                service.accounts.add_account(name, PASSWORD, ["volunteer"], "arnsberg", name.title())
    finally:
        store.close()


class LiveServer:
    """``ehrenamt-server serve`` (uvicorn) on 127.0.0.1 and a free port."""

    def __init__(self, db: Path) -> None:
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            self.port = s.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        self.proc = subprocess.Popen([sys.executable, "-m", "sync_server.cli", "serve", "--db", str(db),
                                      "--port", str(self.port), "--log-level", "warning"], cwd=ROOT)
        deadline = time.monotonic() + 30
        while True:
            try:
                if httpx.get(self.url + "/api/v1/health", timeout=1).status_code == 200:
                    break
            except httpx.TransportError:
                if time.monotonic() > deadline or self.proc.poll() is not None:
                    raise RuntimeError("the sync server did not start") from None
                time.sleep(0.05)

    def stop(self) -> None:
        self.proc.terminate()
        self.proc.wait(timeout=10)


# ---------------------------------------------------------------------- raw baseline
class RawBaseline:
    """The same rows as each pulled page, inserted with one executemany per page into a plain table."""

    def __init__(self, path: Path) -> None:
        self.conn = sqlite3.connect(path, isolation_level=None)
        self.conn.execute("PRAGMA journal_mode=WAL")
        self.conn.execute("PRAGMA synchronous=NORMAL")
        self.fields = ENTITIES["offer"].field_names
        cols = ", ".join(f'"{f}"' for f in self.fields)
        self.conn.execute(f"CREATE TABLE offer (id TEXT PRIMARY KEY, {cols}, _v TEXT)")
        marks = ", ".join("?" * (len(self.fields) + 2))
        self.sql = f"INSERT OR REPLACE INTO offer (id, {cols}, _v) VALUES ({marks})"
        self.seconds = 0.0

    def apply(self, page: dict[str, Any]) -> None:
        started = time.perf_counter()
        rows = []
        for d in page.get("changes") or ():
            f = d["f"]
            rows.append((d["id"], *[json.dumps(v) if isinstance(v, list) else v for v in map(f.get, self.fields)],
                         json.dumps(d["v"])))
        self.conn.execute("BEGIN")
        self.conn.executemany(self.sql, rows)
        self.conn.execute("COMMIT")
        self.seconds += time.perf_counter() - started


def timed_apply(replica: Replica, pages: list[dict[str, Any]] | None) -> Callable[[], float]:
    """Wrap replica.apply_pull to add up its time (and keep the pages for the raw baseline, run afterwards)."""
    spent = [0.0]
    original = replica.apply_pull

    def apply_pull(page: dict[str, Any]) -> int:
        started = time.perf_counter()
        n = original(page)
        spent[0] += time.perf_counter() - started
        if pages is not None:
            pages.append(page)
        return n

    replica.apply_pull = apply_pull  # type: ignore[method-assign]
    return lambda: spent[0]


class LocalTimes:
    """Adds up the time spent in some methods of the local store (to tell the client's share from the rest)."""

    def __init__(self, replica: Replica, *names: str) -> None:
        self.seconds = dict.fromkeys(names, 0.0)
        for name in names:
            setattr(replica, name, self._wrap(name, getattr(replica, name)))

    def _wrap(self, name: str, method: Callable[..., Any]) -> Callable[..., Any]:
        def timed(*args: Any, **kwargs: Any) -> Any:
            started = time.perf_counter()
            try:
                return method(*args, **kwargs)
            finally:
                self.seconds[name] += time.perf_counter() - started
        return timed

    def reset(self) -> None:
        self.seconds = dict.fromkeys(self.seconds, 0.0)

    def total(self) -> float:
        return sum(self.seconds.values())


# ---------------------------------------------------------------------- scenarios
async def _one_initial_sync(url: str, tmp: Path, n: int, name: str) -> tuple[float, float, float, int, int]:
    """(seconds, apply seconds, raw executemany seconds, bytes received, pages) of one fresh initial sync."""
    replica = Replica.open(tmp / f"reader-{name}.db")
    transport = HttpxTransport(url)
    engine = SyncEngine(replica, transport)
    await engine.login("vera", PASSWORD)
    apply_seconds = timed_apply(replica, None)
    transport.bytes_received = 0
    started = time.perf_counter()
    result = await engine.sync()
    seconds = time.perf_counter() - started
    await transport.aclose()
    held = replica.db.conn.execute("SELECT count(*) FROM offer").fetchone()[0]
    replica.close()
    assert held == n, f"expected {n} offers, the replica holds {held}"
    # the raw baseline gets the same pages from a second, untimed pull (keeping the pages of the timed one alive
    # would make Python's garbage collector walk them over and over, which no real device does)
    raw = RawBaseline(tmp / f"raw-{name}.db")
    for page in await _pages(url, tmp / f"pages-{name}.db"):
        raw.apply(page)
    raw.conn.close()
    return seconds, apply_seconds(), raw.seconds, transport.bytes_received, result.pages


async def _pages(url: str, path: Path) -> list[dict[str, Any]]:
    """The pages of an initial sync (applied to a throw-away replica)."""
    replica = Replica.open(path)
    async with HttpxTransport(url) as transport:
        engine = SyncEngine(replica, transport)
        await engine.login("vera", PASSWORD)
        pages: list[dict[str, Any]] = []
        timed_apply(replica, pages)
        await engine.sync()
    replica.close()
    return pages


async def initial_sync(url: str, tmp: Path, n: int, label: str, repeat: int) -> None:
    """The best of ``repeat`` initial syncs into fresh replicas (the machine may be shared)."""
    runs = [await _one_initial_sync(url, tmp, n, f"{label}-{i}") for i in range(repeat)]
    seconds, apply_s, raw_s, received, pages = min(runs)
    print(f"initial sync of {n:,} offers ({pages} pages), best of {repeat}: "
          + ", ".join(f"{r[0]:.2f} s" for r in runs))
    rate = n / seconds
    report(f"initial sync {label}: records/s", f"{rate:,.0f} ({seconds:.2f} s)", ">= 30,000/s (PowerSync 27.6k)",
           ok(rate >= 30_000))
    ratio = apply_s / raw_s
    report(f"initial sync {label}: local apply vs raw executemany",
           f"{apply_s:.2f} s vs {raw_s:.2f} s = {ratio:.2f}x", "<= 2x", ok(ratio <= 2))
    kb = received / 1024
    if n <= 10_000:
        report(f"initial sync {label}: bytes received (gzip)", f"{kb:,.0f} KB", "<= 800 KB", ok(kb <= 800))
    else:
        report(f"initial sync {label}: bytes received (gzip)", f"{kb:,.0f} KB")


async def later_edits(url: str, tmp: Path, rounds: int) -> None:
    """1,000 edits on one device: push them; a second device pulls them. The best of ``rounds`` rounds counts."""
    writer_replica, reader_replica = Replica.open(tmp / "writer.db"), Replica.open(tmp / "reader-edits.db")
    writer_t, reader_t = HttpxTransport(url), HttpxTransport(url)
    writer, reader = SyncEngine(writer_replica, writer_t), SyncEngine(reader_replica, reader_t)
    await writer.login("klaus", PASSWORD)
    await reader.login("vera", PASSWORD)
    await writer.sync()
    await reader.sync()
    ids = [r[0] for r in writer_replica.db.conn.execute("SELECT id FROM offer ORDER BY id LIMIT 1000")]
    writer_local = LocalTimes(writer_replica, "pending_push", "ack_push")
    reader_local = LocalTimes(reader_replica, "apply_pull")
    # push s, pull s, push KB, pull KB, push: local store s, pull: local store s
    runs: list[tuple[float, float, float, float, float, float]] = []
    for r in range(rounds):
        for n, rid in enumerate(ids):
            writer_replica.update("offer", rid, {"title": f"Geändert {n + r}", "hours": (n + r) % 9 + 1})
        writer_t.bytes_sent = writer_t.bytes_received = 0
        writer_local.reset()
        started = time.perf_counter()
        pushed = await writer.push()
        push_s = time.perf_counter() - started
        reader_t.bytes_sent = reader_t.bytes_received = 0
        reader_local.reset()
        started = time.perf_counter()
        pulled = await reader.pull()
        pull_s = time.perf_counter() - started
        assert pushed.accepted == len(ids) and pulled.pulled == len(ids), (pushed, pulled)
        runs.append((push_s, pull_s, (writer_t.bytes_sent + writer_t.bytes_received) / 1024,
                     (reader_t.bytes_sent + reader_t.bytes_received) / 1024, writer_local.total(),
                     reader_local.total()))
    print(f"1,000 later edits (2 fields each) of the 10k offers, {rounds} rounds: push "
          + ", ".join(f"{r[0] * 1000:.0f}" for r in runs) + " ms; pull "
          + ", ".join(f"{r[1] * 1000:.0f}" for r in runs) + " ms")
    best_push, best_pull = min(runs, key=lambda r: r[0]), min(runs, key=lambda r: r[1])
    print(f"  fastest push: {best_push[4] * 1000:.0f} ms in the local store (outbox read, acknowledge), "
          f"{(best_push[0] - best_push[4]) * 1000:.0f} ms the rest (encoding, HTTP, server)")
    print(f"  fastest pull: {best_pull[5] * 1000:.0f} ms in the local store (apply_pull), "
          f"{(best_pull[1] - best_pull[5]) * 1000:.0f} ms the rest (HTTP, server, decoding)")
    push_s, pull_s = best_push[0], best_pull[1]
    sent_kb, recv_kb = max(r[2] for r in runs), max(r[3] for r in runs)
    report("1k edits: push bytes (up+down, gzip)", f"{sent_kb:,.1f} KB", "<= 60 KB", ok(sent_kb <= 60))
    report(f"1k edits: push time (best of {rounds})", f"{push_s * 1000:,.0f} ms", "<= 100 ms", ok(push_s <= 0.1))
    report("1k edits: pull bytes (up+down, gzip)", f"{recv_kb:,.1f} KB", "<= 60 KB", ok(recv_kb <= 60))
    report(f"1k edits: pull time (best of {rounds})", f"{pull_s * 1000:,.0f} ms", "<= 100 ms", ok(pull_s <= 0.1))
    # The same pushes over a mobile-like network (a round trip of RTT_MS added to each request), with batches sent
    # ahead of the answer before them (the default) and one at a time, interleaved round by round.
    inner = writer_t.request

    async def far_away(*args: Any, **kwargs: Any) -> Any:
        await asyncio.sleep(RTT_MS / 2000)
        answer = await inner(*args, **kwargs)
        await asyncio.sleep(RTT_MS / 2000)
        return answer

    writer_t.request = far_away  # type: ignore[method-assign]
    over_rtt: dict[bool, list[float]] = {True: [], False: []}
    for r in range(rounds):
        for ahead in (True, False):
            for n, rid in enumerate(ids):
                writer_replica.update("offer", rid, {"title": f"Fern {n + r} {ahead}", "hours": (n + r) % 9 + 1})
            writer.send_ahead = ahead
            started = time.perf_counter()
            await writer.push()
            over_rtt[ahead].append(time.perf_counter() - started)
    writer.send_ahead = True
    print(f"  1k edits pushed over a {RTT_MS} ms round trip (best of {rounds}): "
          f"{min(over_rtt[True]) * 1000:.0f} ms with batches sent ahead, "
          f"{min(over_rtt[False]) * 1000:.0f} ms one batch at a time")
    for t in (writer_t, reader_t):
        await t.aclose()
    writer_replica.close()
    reader_replica.close()


async def ingest(url: str, tmp: Path, clients: int, per_client: int) -> None:
    engines: list[tuple[SyncEngine, HttpxTransport, Replica]] = []
    fields = 0
    for c in range(clients):
        replica = Replica.open(tmp / f"client-{c}.db")
        transport = HttpxTransport(url, timeout=120)
        engine = SyncEngine(replica, transport, push_batch=100)
        await engine.login(f"client{c:02d}", PASSWORD)
        replica.create_many("offer", [{**offer_values(i, f"client{c:02d}"), "title": f"Client {c} Angebot {i}"}
                                      for i in range(per_client)])
        fields += sum(len(m["fields"]) for m in replica.pending_mutations(limit=10**6))
        engines.append((engine, transport, replica))
    started = time.perf_counter()
    results = await asyncio.gather(*(e.push() for e, _t, _r in engines))
    seconds = time.perf_counter() - started
    assert all(r.accepted == per_client for r in results)
    rate = fields / seconds
    print(f"server ingest: {clients} clients pushing {per_client} new offers each at once")
    report(f"ingest, {clients} concurrent clients: field changes/s",
           f"{rate:,.0f} ({fields:,} in {seconds:.2f} s)", ">= 5,000/s (ElectricSQL 4-6k)", ok(rate >= 5_000))
    for _e, t, r in engines:
        await t.aclose()
        r.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10000,100000")
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--per-client", type=int, default=100)
    parser.add_argument("--repeat", type=int, default=3, help="initial syncs per size and rounds of later edits (the best one counts)")
    parser.add_argument("--only", choices=SCENARIOS, action="append",
                        help="run only this scenario (repeatable; later-edits runs on the first size)")
    args = parser.parse_args()
    only = set(args.only or SCENARIOS)
    sizes = [int(s) for s in args.sizes.split(",") if s]
    if only <= {"later-edits", "ingest"}:
        sizes = sizes[:1] if "later-edits" in only else []
    print(f"sync bench on {os.cpu_count()} cores, Python {sys.version.split()[0]}, server: uvicorn on 127.0.0.1")
    with tempfile.TemporaryDirectory(prefix="ehrenamt-sync-bench-") as d:
        tmp = Path(d)
        for n in sizes:
            db = tmp / f"server-{n}.db"
            add_accounts(db, ["klaus", "vera"])
            seconds = seed_offers(db, n, "klaus")
            print(f"seeded {n:,} offers into the server storage in {seconds:.1f} s")
            server = LiveServer(db)
            try:
                label = f"{n // 1000}k"
                if "initial" in only:
                    asyncio.run(initial_sync(server.url, tmp, n, label, args.repeat if n <= 10_000 else 1))
                if n == sizes[0] and "later-edits" in only:
                    asyncio.run(later_edits(server.url, tmp, args.repeat))
            finally:
                server.stop()
        if "ingest" in only:
            db = tmp / "server-ingest.db"
            add_accounts(db, [f"client{c:02d}" for c in range(args.clients)])
            server = LiveServer(db)
            try:
                asyncio.run(ingest(server.url, tmp, args.clients, args.per_client))
            finally:
                server.stop()
    width = max(len(r[0]) for r in rows_out)
    print()
    print(f"{'measure':<{width}}  {'result':<34} {'goal':<32} verdict")
    for what, value, goal, verdict in rows_out:
        print(f"{what:<{width}}  {value:<34} {goal:<32} {verdict}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
