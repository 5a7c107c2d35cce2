"""The real server: `ehrenamt-server serve` under uvicorn on 127.0.0.1 (a free port), driven over HTTP."""

from __future__ import annotations

import gzip
import json
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from core.hlc import Clock
from core.ids import new_node_id, uuid7
from core.protocol import mutation, push_request
from tests.server.support import offer

REPO = Path(__file__).resolve().parents[2]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _cli(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "sync_server", *args], input=stdin, capture_output=True, text=True,
                          cwd=REPO, timeout=60)


@pytest.fixture
def server(tmp_path):
    db = str(tmp_path / "live.db")
    added = _cli("user", "add", "--db", db, "monika", "--role", "lotse", "--municipality", "arnsberg",
                 "--display-name", "Monika Peters", stdin="geheim-genug\n")
    assert added.returncode == 0, added.stderr
    port = _free_port()
    proc = subprocess.Popen([sys.executable, "-m", "sync_server", "serve", "--db", db, "--port", str(port),
                             "--log-level", "warning"], cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                if httpx.get(f"{base}/api/v1/health", timeout=1).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            if proc.poll() is not None or time.monotonic() > deadline:
                raise AssertionError(f"server did not start: {proc.stderr.read().decode() if proc.stderr else ''}")
            time.sleep(0.1)
        yield base
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:  # pragma: no cover
            proc.kill()
            proc.wait(10)


def test_real_server_round_trip(server):
    hlc = Clock(new_node_id(), lambda: int(time.time() * 1000))
    with httpx.Client(base_url=server, timeout=10) as client:
        assert client.get("/api/v1/health").json() == {"status": "ok", "protocol": 1}
        tokens = client.post("/api/v1/auth/token", json={"username": "monika", "password": "geheim-genug",
                                                          "device_id": "monika-phone"}).json()
        auth = {"Authorization": f"Bearer {tokens['access_token']}"}
        batch = [mutation(uuid7(), "offer", uuid7(), hlc.now(), offer("monika", title=f"Angebot {i}"), {})
                 for i in range(50)]
        body = gzip.compress(json.dumps(push_request("monika-phone", batch)).encode())
        pushed = client.post("/api/v1/push", content=body,
                             headers={**auth, "Content-Encoding": "gzip", "Content-Type": "application/json"})
        assert pushed.status_code == 200
        assert {r["status"] for r in pushed.json()["results"]} == {"accepted"}
        page = client.get("/api/v1/pull", headers={"Accept-Encoding": "gzip"})
        assert page.headers["content-encoding"] == "gzip"
        assert len(page.json()["changes"]) == 50
        me = client.get("/api/v1/me", headers=auth).json()
        assert me["account"]["display_name"] == "Monika Peters"
        error = client.get("/api/v1/me")
        assert error.status_code == 401 and error.json()["error"]["code"] == "missing_token"


def test_serve_refuses_a_non_loopback_host(tmp_path):
    result = _cli("serve", "--db", str(tmp_path / "x.db"), "--host", "0.0.0.0")
    assert result.returncode == 1
    assert "refusing to listen on '0.0.0.0'" in result.stderr
