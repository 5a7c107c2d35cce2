"""Golden request/response transcripts of the HTTP API (tests/server/golden/*.json).

Ids, timestamps, tokens and cursors are replaced by numbered placeholders in order of appearance, so the same value
keeps the same placeholder (a re-stamped timestamp must reappear as the stored version, a conflict id as the record
pulled later, …). A change of any answer's shape shows up as a diff here.
Regenerate after an intended change with ``UPDATE_GOLDEN=1 .venv/bin/python -m pytest tests/server/test_golden.py``
and review the diff.
"""

from __future__ import annotations

import asyncio
import json
import os
import re
from pathlib import Path
from typing import Any

import httpx
import pytest

from core.hlc import Clock
from core.ids import uuid7
from core.protocol import mutation, push_request
from sync_server.app import create_app
from tests.server.support import CAST, add_cast, contact, offer

GOLDEN = Path(__file__).parent / "golden"
API = "/api/v1"

_PATTERNS = [
    ("id", re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")),
    ("ts", re.compile(r"[0-9]{15}-[0-9]{6}-[0-9a-f]{16}")),
    ("access", re.compile(r"ea_[A-Za-z0-9_-]{20,}")),
    ("refresh", re.compile(r"er_[A-Za-z0-9_-]{20,}")),
]


class Normaliser:
    def __init__(self) -> None:
        self.names: dict[tuple[str, str], str] = {}
        self.counts: dict[str, int] = {}

    def name(self, kind: str, value: str) -> str:
        key = (kind, value)
        if key not in self.names:
            self.counts[kind] = self.counts.get(kind, 0) + 1
            self.names[key] = f"<{kind}:{self.counts[kind]}>"
        return self.names[key]

    def text(self, value: str) -> str:
        for kind, pattern in _PATTERNS:
            value = pattern.sub(lambda m, k=kind: self.name(k, m.group(0)), value)
        return value

    def __call__(self, value: Any, key: str | None = None) -> Any:
        if isinstance(value, dict):
            return {self.text(k): self(v, k) for k, v in value.items()}
        if isinstance(value, list):
            return [self(v) for v in value]
        if isinstance(value, str):
            if key == "cursor" and value:
                return self.name("cursor", value)
            return self.text(value)
        return value


class Recorder:
    def __init__(self, client: httpx.AsyncClient) -> None:
        self.client = client
        self.exchanges: list[dict[str, Any]] = []

    async def __call__(self, method: str, path: str, *, json_body: Any = None, params: dict | None = None,
                       token: str | None = None) -> dict[str, Any]:
        headers = {"Authorization": f"Bearer {token}"} if token else {}
        r = await self.client.request(method, path, json=json_body, params=params, headers=headers)
        request: dict[str, Any] = {"method": method, "path": path}
        if params:
            request["params"] = params
        if token:
            request["authorization"] = f"Bearer {token}"
        if json_body is not None:
            request["body"] = json_body
        response = {"status": r.status_code, "body": r.json()}
        if "retry-after" in r.headers:
            response["retry_after"] = r.headers["retry-after"]
        self.exchanges.append({"request": request, "response": response})
        return r.json()


def _run(app, scenario) -> list[dict[str, Any]]:
    async def main():
        transport = httpx.ASGITransport(app=app, client=("10.1.2.3", 40000))
        async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as client:
            rec = Recorder(client)
            await scenario(rec)
            return rec.exchanges
    return asyncio.run(main())


def _check(name: str, exchanges: list[dict[str, Any]]) -> None:
    actual = Normaliser()(exchanges)
    path = GOLDEN / f"{name}.json"
    text = json.dumps(actual, indent=2, ensure_ascii=False, sort_keys=False) + "\n"
    if os.environ.get("UPDATE_GOLDEN") == "1":
        path.write_text(text, encoding="utf-8")
    assert path.exists(), f"{path} is missing: run with UPDATE_GOLDEN=1 once and review it"
    expected = json.loads(path.read_text(encoding="utf-8"))
    assert actual == expected


@pytest.fixture
def app(settings, store):
    application = create_app(settings, store)
    add_cast(application.state.service)
    return application


def _device_clock(clock, node: str) -> Clock:
    return Clock(node, lambda: int(clock() * 1000))


def test_golden_auth(app, clock):
    async def scenario(call):
        tokens = await call("POST", f"{API}/auth/token", json_body={
            "username": "lena", "password": CAST["lena"].password, "device_id": "lena-phone",
            "device_name": "Lenas Telefon"})
        await call("POST", f"{API}/auth/token", json_body={
            "username": "lena", "password": "falsch", "device_id": "lena-phone"})
        await call("GET", f"{API}/me", token=tokens["access_token"])
        clock.advance(days=14)
        await call("GET", f"{API}/me", token=tokens["access_token"])
        fresh = await call("POST", f"{API}/auth/refresh", json_body={"refresh_token": tokens["refresh_token"]})
        await call("GET", f"{API}/me", token=fresh["access_token"])
        await call("POST", f"{API}/auth/revoke", token=fresh["access_token"])
        await call("GET", f"{API}/me", token=fresh["access_token"])
    _check("auth", _run(app, scenario))


def test_golden_push_and_pull(app, clock):
    phone = _device_clock(clock, "a1a1a1a1a1a1a1a1")

    async def scenario(call):
        vera = await call("POST", f"{API}/auth/token", json_body={
            "username": "vera", "password": CAST["vera"].password, "device_id": "vera-phone"})
        token = vera["access_token"]
        create = mutation(uuid7(), "offer", uuid7(), phone.now(), offer("vera", title="Smartphone-Sprechstunde"),
                          {})
        await call("POST", f"{API}/push", token=token, json_body=push_request("vera-phone", [create]))
        await call("POST", f"{API}/push", token=token, json_body=push_request("vera-phone", [create]))  # replay
        invalid = mutation(uuid7(), "offer", uuid7(), phone.now(), offer("vera", title="", hours=-1), {})
        await call("POST", f"{API}/push", token=token, json_body=push_request("vera-phone", [invalid]))
        snapshot = await call("GET", f"{API}/pull")
        clock.advance(minutes=5)
        edit = mutation(uuid7(), "offer", create["record_id"], phone.now(), {"title": "Smartphone-Treff"},
                        {"title": create["ts"]})
        await call("POST", f"{API}/push", token=token, json_body=push_request("vera-phone", [edit]))
        await call("GET", f"{API}/pull", params={"cursor": snapshot["cursor"]})
        archive = mutation(uuid7(), "offer", create["record_id"], phone.now(), {"status": "archived"},
                           {"status": create["ts"]})
        await call("POST", f"{API}/push", token=token, json_body=push_request("vera-phone", [archive]))
        await call("GET", f"{API}/pull", params={"cursor": snapshot["cursor"]})
        await call("GET", f"{API}/pull", params={"cursor": "not-a-cursor"})
    _check("push_pull", _run(app, scenario))


def test_golden_conflict(app, clock):
    lena_clock = _device_clock(clock, "b2b2b2b2b2b2b2b2")
    office_clock = _device_clock(clock, "c3c3c3c3c3c3c3c3")

    async def scenario(call):
        corinna = (await call("POST", f"{API}/auth/token", json_body={
            "username": "corinna", "password": CAST["corinna"].password, "device_id": "office"}))["access_token"]
        lena = (await call("POST", f"{API}/auth/token", json_body={
            "username": "lena", "password": CAST["lena"].password, "device_id": "lena-phone"}))["access_token"]
        create = mutation(uuid7(), "contact", uuid7(), office_clock.now(), contact(["lena"], needs="Haushalt"), {})
        await call("POST", f"{API}/push", token=corinna, json_body=push_request("office", [create]))
        first = await call("GET", f"{API}/pull", token=lena)
        offline = mutation(uuid7(), "contact", create["record_id"], lena_clock.now(),
                           {"needs": "Antrag Pflegegrad"}, {"needs": create["ts"]})
        clock.advance(minutes=20)
        online = mutation(uuid7(), "contact", create["record_id"], office_clock.now(), {"needs": "Tagespflege"},
                          {"needs": create["ts"]})
        await call("POST", f"{API}/push", token=corinna, json_body=push_request("office", [online]))
        clock.advance(minutes=30)  # Lena is back in signal (her access token is still valid)
        await call("POST", f"{API}/push", token=lena, json_body=push_request("lena-phone", [offline]))
        await call("GET", f"{API}/pull", token=lena, params={"cursor": first["cursor"]})
    _check("conflict", _run(app, scenario))
