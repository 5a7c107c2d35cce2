"""Runs INSIDE Pyodide (tests/pyodide/run_in_pyodide.mjs): the offline PWA's data path — the real replica
(sqlite-utils on Pyodide's SQLite), the sync engine and worker (asyncio tasks on Pyodide's event loop, no
threads) and the browser's fetch transport — against a real sync server.

    argv: <server url> <username> <password> <title of the offer to create>
``run()`` returns what happened (the runner prints it as one JSON line).
"""

import sys

from app.store import Replica
from app.sync.engine import SyncEngine
from app.sync.fetch_transport import FetchTransport, in_pyodide
from app.sync.worker import SyncWorker


async def run() -> dict:
    url, username, password, title = sys.argv[1:5]
    import sqlite3

    replica = Replica.open("/data/replica.db")
    transport = FetchTransport(url)
    engine = SyncEngine(replica, transport, device_name="PWA im Browser")
    await engine.login(username, password)
    first = await engine.sync()
    offers = replica.count_offers()
    hits = [hit.get("title") for hit in replica.search("Smartphone", limit=5)]
    created = replica.create("offer", {"area": "wissen", "direction": "biete", "title": title,
                                       "municipality": "arnsberg", "place": "Neheim", "status": "active"})
    pending_before = replica.outbox_count()
    worker = SyncWorker(engine, interval_s=3600.0, debounce_s=0.05)  # the background sync: an asyncio task
    worker.start()
    second = await worker.sync_now()
    await worker.stop()
    return {"python": sys.version.split()[0], "platform": sys.platform, "in_pyodide": in_pyodide(),
            "sqlite": sqlite3.sqlite_version, "first_pulled": first.pulled, "offers": offers, "hits": hits,
            "created": created, "pending_before": pending_before, "pushed": second.pushed,
            "accepted": second.accepted, "pending_after": second.pending, "bytes_sent": transport.bytes_sent}

