"""The offline PWA's data path inside Pyodide (Python 3.14 compiled to WebAssembly — the runtime Flet's web build
ships), run under Node: the replica on Pyodide's SQLite, the sync engine and its background worker and the
browser's fetch transport sync with the real sync server on 127.0.0.1. What the PWA created reaches another person's native device."""

from __future__ import annotations

import asyncio
import json
import shutil
import socket
import subprocess
import time
from pathlib import Path

import pytest

from app.store import Replica
from app.sync.engine import SyncEngine
from app.sync.httpx_transport import HttpxTransport
from tests.browser.stack import SyncServerProcess

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
NODE = shutil.which("node")


def _pyodide_dir() -> Path | None:
    try:
        import flet_web
    except ImportError:
        return None
    found = Path(flet_web.__file__).resolve().parent / "web" / "pyodide"
    return found if (found / "pyodide.mjs").exists() else None


def _site_packages() -> Path:
    import sqlite_utils

    return Path(sqlite_utils.__file__).resolve().parents[1]  # where the pure-Python dependencies are installed


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


PYODIDE = _pyodide_dir()
pytestmark = pytest.mark.skipif(
    NODE is None or PYODIDE is None,
    reason="needs Node.js (`apt-get install nodejs`) and flet-web's bundled Pyodide (`pip install -e '.[dev]'`)",
)


def test_the_pwa_data_path_syncs_with_the_real_server_inside_pyodide(tmp_path: Path) -> None:
    server = SyncServerProcess(tmp_path, _free_port())  # demo data and demo accounts (README)
    server.start()
    title = f"Im Browser erstellt {int(time.time())}"
    try:
        run = subprocess.run(
            [NODE, str(HERE / "run_in_pyodide.mjs"), str(PYODIDE), str(REPO), str(_site_packages()),
             str(HERE / "pyodide_sync_check.py"), server.url, "lena.vogt", "demo-volunteer-1", title],
            capture_output=True, text=True, timeout=600)
        assert run.returncode == 0, f"Pyodide run failed:\n{run.stdout[-3000:]}\n{run.stderr[-3000:]}"
        result = json.loads(run.stdout.strip().splitlines()[-1])
        assert result["platform"] == "emscripten" and result["in_pyodide"]
        assert result["python"].startswith("3.14")
        assert result["first_pulled"] > 0 and result["offers"] > 0  # the public offers arrived
        assert any("Smartphone" in hit for hit in result["hits"])  # full-text search on Pyodide's SQLite
        assert result["pending_before"] == 1
        assert (result["pushed"], result["accepted"], result["pending_after"]) == (1, 1, 0)
        assert _seen_by_another_device(tmp_path, server.url, result["created"]) == title
    finally:
        server.stop()


def _seen_by_another_device(tmp_path: Path, url: str, offer_id: str) -> str | None:
    async def pull() -> str | None:
        replica = Replica.open(tmp_path / "jonas.db")
        transport = HttpxTransport(url)
        try:
            engine = SyncEngine(replica, transport, device_name="Telefon")
            await engine.login("jonas.kruse", "demo-volunteer-2")
            await engine.sync()
            record = replica.get("offer", offer_id)
            return record["title"] if record else None
        finally:
            await transport.aclose()
            replica.close()

    return asyncio.run(pull())

