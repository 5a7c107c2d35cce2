"""The transports: HttpxTransport (gzip, errors as TransportError, error bodies as answers) and the Pyodide
FetchTransport, driven by a stand-in for the browser's fetch (the browser is outside us) that reaches the real
server in process."""

from __future__ import annotations

import gzip
import json
import sys
import types
from typing import Any

import httpx
import pytest

from app.sync.codec import encode_body
from app.sync.engine import SyncEngine
from app.sync.errors import SyncError
from app.sync.fetch_transport import FetchTransport
from app.sync.httpx_transport import HttpxTransport
from app.sync.transport import Transport, TransportError
from tests.sync.harness import PASSWORD, assert_converged, offer
from tests.sync.live_server import free_port


def test_small_bodies_go_plain_and_large_ones_gzipped() -> None:
    small, headers = encode_body({"a": 1})
    assert small == b'{"a":1}' and "Content-Encoding" not in headers
    payload = {"mutations": [{"title": "Nachhilfe Mathe"}] * 200}
    big, headers = encode_body(payload)
    assert headers["Content-Encoding"] == "gzip"
    assert json.loads(gzip.decompress(big)) == payload and len(big) < 1024


async def test_httpx_transport_talks_to_the_real_server_and_counts_wire_bytes(server) -> None:
    t = server.transport()
    assert isinstance(t, Transport)
    health = await t.request("GET", "/api/v1/health")
    assert (health.status, health.body) == (200, {"status": "ok", "protocol": 1})
    missing = await t.request("GET", "/api/v1/nothing")
    assert missing.status == 404 and missing.error()["code"] == "not_found" and missing.error()["message"]
    bad = await t.request("POST", "/api/v1/auth/token", json={"username": "lena", "password": "x" * 5000,
                                                              "device_id": "d1"})
    assert bad.status == 422 and "password" in bad.error()["detail"]  # the server read the gzipped body
    assert t.bytes_sent < 1000 and t.bytes_received > 0
    await t.aclose()


async def test_no_server_is_a_transport_error() -> None:
    t = HttpxTransport(f"http://127.0.0.1:{free_port()}", timeout=2)
    with pytest.raises(TransportError):
        await t.request("GET", "/api/v1/health")
    await t.aclose()


class _FetchResponse:
    def __init__(self, response: httpx.Response) -> None:
        self.status = response.status_code
        self.headers = dict(response.headers)
        self._content = response.content

    async def bytes(self) -> bytes:
        return self._content


def _browser(app: Any) -> types.ModuleType:
    """``pyodide.http`` with a ``pyfetch`` as the browser's fetch behaves: un-gzipped answers, network errors
    raised as OSError."""
    client = httpx.AsyncClient(transport=httpx.ASGITransport(app=app))

    async def pyfetch(url: str, *, method: str = "GET", headers: dict[str, str] | None = None,
                      body: bytes | None = None, **_options: Any) -> _FetchResponse:
        if url.startswith("http://offline"):
            raise OSError("Failed to fetch")
        return _FetchResponse(await client.request(method, url, headers=headers, content=body))

    return types.SimpleNamespace(pyfetch=pyfetch)  # type: ignore[return-value]


async def test_fetch_transport_syncs_a_replica_in_the_browser(server, device, monkeypatch) -> None:
    monkeypatch.setitem(sys.modules, "pyodide", types.ModuleType("pyodide"))
    monkeypatch.setitem(sys.modules, "pyodide.http", _browser(server.app))
    monkeypatch.setitem(sys.modules, "pyodide.ffi", types.SimpleNamespace(to_js=lambda b: b))
    d = device("browser")
    engine = SyncEngine(d.replica, FetchTransport("http://testserver"))
    await engine.login("klaus", PASSWORD)
    oid = d.replica.create("offer", offer("Aus dem Browser", description="lang " * 400))  # gzipped push
    report = await engine.sync()
    assert report.accepted == 1 and server.record("offer", oid)["title"] == "Aus dem Browser"
    assert_converged(d, "klaus")
    offline = SyncEngine(d.replica, FetchTransport("http://offline"))
    with pytest.raises(SyncError) as info:
        await offline.sync()
    assert info.value.code == "offline"


def test_fetch_transport_outside_the_browser_says_so() -> None:
    with pytest.raises(RuntimeError, match="Pyodide"):
        FetchTransport("http://127.0.0.1:1")
