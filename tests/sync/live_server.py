"""The real sync server as its own process: ``ehrenamt-server serve`` under uvicorn on 127.0.0.1 and a free port."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx

from sync_server.service import SyncService
from sync_server.settings import Settings
from sync_server.storage import SQLiteStorage

PASSWORD = "geheim-passwort-123"


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def add_accounts(db: Path, people: list[tuple[str, list[str], str]]) -> None:
    """Create accounts directly in the server database (fast argon2 parameters, as the server tests do)."""
    settings = Settings(db_path=str(db), argon2_time_cost=1, argon2_memory_cost_kib=8, argon2_parallelism=1)
    store = SQLiteStorage(settings.db_path)
    try:
        service = SyncService(settings, store)
        for username, roles, town in people:
            if service.accounts.get(username) is None:
                service.accounts.add_account(username, PASSWORD, roles, town, username.title())
    finally:
        store.close()


class LiveServer:
    def __init__(self, db: Path, log: Path) -> None:
        self.db = db
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self._log = open(log, "ab")  # noqa: SIM115 (closed in stop())
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "sync_server.cli", "serve", "--db", str(db), "--host", "127.0.0.1",
             "--port", str(self.port), "--log-level", "warning"],
            stdout=self._log, stderr=subprocess.STDOUT, env={**os.environ, "PYTHONUNBUFFERED": "1"})
        deadline = time.monotonic() + 30
        while True:
            if self.proc.poll() is not None:
                raise RuntimeError(f"the sync server exited with {self.proc.returncode}; see {log}")
            try:
                if httpx.get(self.url + "/api/v1/health", timeout=1).status_code == 200:
                    return
            except httpx.TransportError:
                pass
            if time.monotonic() > deadline:
                self.stop()
                raise RuntimeError(f"the sync server did not start within 30 s; see {log}")
            time.sleep(0.05)

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self._log.close()
