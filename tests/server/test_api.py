"""The HTTP API in-process (httpx.AsyncClient over ASGITransport): routes, gzip both ways, error shapes."""

from __future__ import annotations

import asyncio
import gzip
import json
import threading
from collections.abc import Awaitable, Callable
from typing import Any

import httpx
import pytest

from core.ids import uuid7
from core.protocol import mutation, push_request
from sync_server.app import create_app
from tests.server.support import CAST, add_cast, offer

API = "/api/v1"


@pytest.fixture
def app(settings, store):
    application = create_app(settings, store)
    add_cast(application.state.service)
    return application


@pytest.fixture
def call(app) -> Callable[[Callable[[httpx.AsyncClient], Awaitable[Any]]], Any]:
    """Run ``scenario(client)`` against the app in-process."""

    def run(scenario):
        async def main():
            transport = httpx.ASGITransport(app=app, client=("10.1.2.3", 40000))
            async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as client:
                return await scenario(client)
        return asyncio.run(main())
    return run


def assert_error(response: httpx.Response, status: int, code: str) -> dict[str, Any]:
    assert response.status_code == status, response.text
    body = response.json()
    assert set(body) == {"error"} and set(body["error"]) == {"code", "detail", "message"}
    assert body["error"]["code"] == code
    assert body["error"]["detail"] and body["error"]["message"]
    return body["error"]


async def login(client: httpx.AsyncClient, username: str = "vera", device_id: str = "phone-1") -> dict[str, Any]:
    r = await client.post(f"{API}/auth/token", json={"username": username, "password": CAST[username].password,
                                                     "device_id": device_id, "device_name": "Pixel"})
    assert r.status_code == 200, r.text
    return r.json()


def bearer(tokens: dict[str, Any]) -> dict[str, str]:
    return {"Authorization": f"Bearer {tokens['access_token']}"}


def new_offer(ts: str = "001795000000000-000000-aaaaaaaaaaaaaaaa", **over: Any) -> dict[str, Any]:
    return mutation(uuid7(), "offer", uuid7(), ts, {**offer("vera"), **over}, {})


def test_health(call):
    async def scenario(c):
        r = await c.get(f"{API}/health")
        assert r.status_code == 200 and r.json() == {"status": "ok", "protocol": 1}
    call(scenario)


def test_openapi_and_docs_work_offline(call):
    async def scenario(c):
        spec = (await c.get("/openapi.json")).json()
        for path in ("health", "auth/token", "auth/refresh", "auth/revoke", "push", "pull", "me"):
            assert f"{API}/{path}" in spec["paths"]
        docs = await c.get("/docs")
        assert docs.status_code == 200 and docs.headers["content-type"].startswith("text/html")
        assert f"{API}/push" in docs.text and "PushRequest" in docs.text
        assert "<script" not in docs.text and "cdn" not in docs.text.lower()  # nothing loaded from elsewhere
    call(scenario)


def test_login_push_pull_round_trip(call):
    async def scenario(c):
        tokens = await login(c)
        assert tokens["account"]["username"] == "vera" and tokens["expires_in"] == 3600
        m = new_offer()
        r = await c.post(f"{API}/push", json=push_request("phone-1", [m]), headers=bearer(tokens))
        assert r.status_code == 200, r.text
        assert r.json()["results"] == [{"id": m["id"], "status": "accepted"}]
        visitor = (await c.get(f"{API}/pull")).json()
        assert [d["id"] for d in visitor["changes"]] == [m["record_id"]]
        assert visitor["more"] is False and visitor["reset"] is False
        again = (await c.get(f"{API}/pull", params={"cursor": visitor["cursor"]})).json()
        assert again["changes"] == [] and again["cursor"] == visitor["cursor"]
    call(scenario)


def test_a_push_with_an_unknown_token_is_refused_without_waiting_for_a_running_push(call, app):
    """Only a checked account queues for the push's turn: made-up tokens cannot hold up pushes or the thread pool."""
    service = app.state.service
    applying, release = threading.Event(), threading.Event()
    apply_push = service.push

    def slow_push(*args: Any, **kwargs: Any) -> Any:
        applying.set()
        release.wait(30)
        return apply_push(*args, **kwargs)

    service.push = slow_push

    async def scenario(c):
        tokens = await login(c)
        running = asyncio.create_task(
            c.post(f"{API}/push", json=push_request("phone-1", [new_offer()]), headers=bearer(tokens)))
        assert await asyncio.to_thread(applying.wait, 30)  # the first push holds its turn
        try:
            refused = await asyncio.wait_for(c.post(f"{API}/push", json=push_request("phone-1", [new_offer()]),
                                                    headers={"Authorization": "Bearer made-up"}), 20)
        finally:
            release.set()
        assert_error(refused, 401, "invalid_token")
        assert (await running).status_code == 200
    call(scenario)


def test_gzip_request_bodies_are_accepted(call):
    async def scenario(c):
        tokens = await login(c)
        body = gzip.compress(json.dumps(push_request("phone-1", [new_offer()])).encode())
        r = await c.post(f"{API}/push", content=body,
                         headers={**bearer(tokens), "Content-Encoding": "gzip", "Content-Type": "application/json"})
        assert r.status_code == 200 and r.json()["results"][0]["status"] == "accepted"
    call(scenario)


def test_responses_are_gzip_compressed(call):
    async def scenario(c):
        tokens = await login(c)
        batch = [new_offer(title=f"Angebot {i}", description="Beschreibung " * 20) for i in range(30)]
        await c.post(f"{API}/push", json=push_request("phone-1", batch), headers=bearer(tokens))
        r = await c.get(f"{API}/pull", headers={"Accept-Encoding": "gzip"})
        assert r.headers["content-encoding"] == "gzip"
        assert len(r.json()["changes"]) == 30  # httpx decoded it
        plain = await c.get(f"{API}/pull", headers={"Accept-Encoding": "identity"})
        assert "content-encoding" not in plain.headers
    call(scenario)


def test_invalid_bodies_get_precise_422(call):
    async def scenario(c):
        tokens = await login(c)
        r = await c.post(f"{API}/push", json={"protocol": 1, "device_id": "phone-1", "mutations": [{"id": "x"}]},
                         headers=bearer(tokens))
        err = assert_error(r, 422, "invalid_request")
        assert "body.mutations.0.entity: Field required" in err["detail"]
        r = await c.post(f"{API}/auth/token", json={"username": "vera", "password": "x", "device_id": "bad id!"})
        assert "body.device_id" in assert_error(r, 422, "invalid_request")["detail"]
        r = await c.post(f"{API}/push", content=b"{not json", headers={**bearer(tokens),
                                                                       "Content-Type": "application/json"})
        assert_error(r, 422, "invalid_request")
        r = await c.get(f"{API}/pull", params={"max_bytes": 10})
        assert "query.max_bytes" in assert_error(r, 422, "invalid_request")["detail"]
    call(scenario)


def test_numbers_json_cannot_carry_are_rejected_not_stored(call):
    # Python's and pydantic's parsers read NaN and Infinity; they are not JSON (a browser cannot read them), and an
    # integer beyond 64 bits cannot be stored exactly by every replica: such a mutation is rejected with a German
    # problem and the rest of the batch is applied
    async def scenario(c):
        tokens = await login(c)
        bad, big, good = new_offer(future_field=[1.5, 2.0]), new_offer(count="BIG"), new_offer()
        text = json.dumps(push_request("phone-1", [bad, big, good]))
        text = text.replace("2.0", "NaN").replace("1.5", "1e400").replace('"BIG"', str(2**70 + 1))
        r = await c.post(f"{API}/push", content=text, headers={**bearer(tokens), "Content-Type": "application/json"})
        assert r.status_code == 200, r.text
        *rejected, accepted = r.json()["results"]
        assert [x["status"] for x in rejected] == ["rejected"] * 2 and accepted["status"] == "accepted"
        assert [[(p["field"], p["code"]) for p in x["problems"]] for x in rejected] == [
            [("future_field", "not_json")], [("count", "not_json")]]
        assert "ungültige Zahl" in rejected[0]["problems"][0]["message"]
        pulled = (await c.get(f"{API}/pull", headers=bearer(tokens))).json()
        assert [d["id"] for d in pulled["changes"] if d["e"] == "offer"] == [good["record_id"]]
    call(scenario)


def test_every_error_has_the_protocol_shape(call, clock, settings):
    async def scenario(c):
        assert_error(await c.get("/nowhere"), 404, "not_found")
        assert_error(await c.delete(f"{API}/push"), 405, "method_not_allowed")
        anonymous_push = await c.post(f"{API}/push", json=push_request("x", []))
        assert_error(anonymous_push, 401, "missing_token")
        assert anonymous_push.headers["www-authenticate"] == "Bearer"
        assert_error(await c.get(f"{API}/me", headers={"Authorization": "Bearer nope"}), 401, "invalid_token")
        assert_error(await c.get(f"{API}/pull", headers={"Authorization": "Basic abc"}), 401, "invalid_token")
        tokens = await login(c)
        r = await c.post(f"{API}/push", json={**push_request("phone-1", []), "protocol": 2}, headers=bearer(tokens))
        assert_error(r, 400, "unsupported_protocol")
        r = await c.post(f"{API}/push", json=push_request("other-device", []), headers=bearer(tokens))
        assert_error(r, 400, "device_mismatch")
        too_many = [new_offer() for _ in range(settings.max_push_mutations + 1)]
        r = await c.post(f"{API}/push", json=push_request("phone-1", too_many), headers=bearer(tokens))
        assert_error(r, 413, "too_many_mutations")
        r = await c.post(f"{API}/push", content=b"x", headers={**bearer(tokens), "Content-Encoding": "br"})
        assert_error(r, 415, "unsupported_encoding")
        r = await c.post(f"{API}/push", content=b"not gzip", headers={**bearer(tokens), "Content-Encoding": "gzip"})
        assert_error(r, 400, "invalid_gzip")
        clock.advance(hours=2)
        assert_error(await c.get(f"{API}/me", headers=bearer(tokens)), 401, "token_expired")
    call(scenario)


def test_bodies_over_the_limit_are_413_even_when_gzip_is_tiny(call, settings):
    async def scenario(c):
        bomb = gzip.compress(b" " * (settings.max_request_bytes + 10))
        r = await c.post(f"{API}/auth/token", content=bomb, headers={"Content-Encoding": "gzip",
                                                                      "Content-Type": "application/json"})
        assert_error(r, 413, "too_large")
        r = await c.post(f"{API}/auth/token", content=b" " * (settings.max_request_bytes + 1))
        assert_error(r, 413, "too_large")
    call(scenario)


def test_failed_logins_get_429_with_retry_after(call, settings):
    async def scenario(c):
        for _ in range(settings.login_max_failures_per_user):
            r = await c.post(f"{API}/auth/token", json={"username": "lena", "password": "falsch", "device_id": "d"})
            assert_error(r, 401, "invalid_credentials")
        r = await c.post(f"{API}/auth/token", json={"username": "lena", "password": CAST["lena"].password,
                                                     "device_id": "d"})
        assert_error(r, 429, "too_many_attempts")
        assert int(r.headers["retry-after"]) > 0
    call(scenario)


def test_me_refresh_and_revoke(call, clock):
    async def scenario(c):
        tokens = await login(c, "lena", "tablet")
        me = (await c.get(f"{API}/me", headers=bearer(tokens))).json()
        assert me == {"account": tokens["account"], "device_id": "tablet"}
        clock.advance(days=14)
        r = await c.post(f"{API}/auth/refresh", json={"refresh_token": tokens["refresh_token"]})
        assert r.status_code == 200
        fresh = r.json()
        assert (await c.get(f"{API}/me", headers=bearer(fresh))).status_code == 200
        r = await c.post(f"{API}/auth/revoke", headers=bearer(fresh))
        assert r.json() == {"revoked": 2}
        assert_error(await c.get(f"{API}/me", headers=bearer(fresh)), 401, "invalid_token")
        other = await login(c, "lena", "phone")
        r = await c.post(f"{API}/auth/revoke", json={"refresh_token": other["refresh_token"]})
        assert r.json() == {"revoked": 2}
        assert_error(await c.post(f"{API}/auth/revoke"), 401, "missing_token")
    call(scenario)


def test_pull_with_a_token_sees_the_account_scope(call):
    async def scenario(c):
        vera = await login(c)
        draft = new_offer(status="draft")
        await c.post(f"{API}/push", json=push_request("phone-1", [draft]), headers=bearer(vera))
        anonymous = (await c.get(f"{API}/pull")).json()
        assert draft["record_id"] not in {d["id"] for d in anonymous["changes"]}
        browser = await login(c, "vera", "browser")
        own = (await c.get(f"{API}/pull", headers=bearer(browser))).json()
        assert draft["record_id"] in {d["id"] for d in own["changes"]}
    call(scenario)


def test_running_server_collects_garbage_periodically(tmp_path, clock):
    from tests.server.support import make_settings

    settings = make_settings(str(tmp_path / "gc.db"), clock, gc_interval_s=0.05)
    application = create_app(settings)  # opens (and on shutdown closes) its own store
    store = application.state.service.store

    def horizon():
        with store.read() as tx:
            return tx.get_meta("gc_horizon")

    async def main():
        async with application.router.lifespan_context(application):  # what uvicorn runs around serving
            for _ in range(200):
                if horizon() is not None:
                    return True
                await asyncio.sleep(0.05)
        return False

    assert horizon() is None
    assert asyncio.run(main()), "no garbage collection ran"


def test_client_address_from_a_trusted_proxy(tmp_path, clock):
    from tests.server.support import make_settings

    settings = make_settings(str(tmp_path / "proxy.db"), clock, trust_forwarded_for=True,
                             login_max_failures_per_client=2, login_max_failures_per_user=100)
    application = create_app(settings)
    add_cast(application.state.service)

    async def main():
        transport = httpx.ASGITransport(app=application, client=("127.0.0.1", 1))
        async with httpx.AsyncClient(transport=transport, base_url="http://proxy") as c:
            async def fail(ip):
                return await c.post(f"{API}/auth/token", json={"username": "lena", "password": "x", "device_id": "d"},
                                    headers={"X-Forwarded-For": f"{ip}, 127.0.0.1"})
            assert (await fail("198.51.100.1")).status_code == 401
            assert (await fail("198.51.100.1")).status_code == 401
            assert (await fail("198.51.100.1")).status_code == 429  # that client is blocked
            assert (await fail("198.51.100.2")).status_code == 401  # others behind the same proxy are not
    asyncio.run(main())
