"""A fault-injecting Transport: the only fake in the sync tests, because the network is the only thing outside us.

It wraps a real transport (the real server, in process or over loopback) and, per request, can:
- ``LOST_REQUEST``  — fail before the server saw anything (no connection, request dropped);
- ``LOST_RESPONSE`` — let the server handle (and commit) the request, then drop the answer;
- ``DUPLICATE``     — deliver the request twice (a retransmission), answer with the second answer;
- ``REPLAY_LATER``  — deliver it now and once more just before the next request (a stale duplicate);
- ``DELAY``         — wait before delivering (through the injected sleep, so tests need not wait);
- ``BAD_GATEWAY``   — a proxy answers 502 without reaching the server.
Faults come from a script (``fail_next``; Hypothesis draws the scripts in the convergence test); ``offline``
drops everything.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from app.sync.transport import Transport, TransportError, TransportResponse

LOST_REQUEST = "lost_request"
LOST_RESPONSE = "lost_response"
DUPLICATE = "duplicate"
REPLAY_LATER = "replay_later"
DELAY = "delay"
BAD_GATEWAY = "bad_gateway"
FAULTS = (LOST_REQUEST, LOST_RESPONSE, DUPLICATE, REPLAY_LATER, DELAY, BAD_GATEWAY)


@dataclass
class _Planned:
    fault: str
    path_contains: str | None
    times: int
    after: int  # matching requests to let through first


@dataclass
class Delivery:
    method: str
    path: str
    fault: str | None
    status: int | None  # None: no answer reached the client
    reached_server: bool
    params: dict[str, Any] = field(default_factory=dict)


@dataclass
class FaultyTransport:
    inner: Transport
    delay_s: float = 0.02
    sleep: Callable[[float], Awaitable[Any]] = asyncio.sleep
    offline: bool = False
    log: list[Delivery] = field(default_factory=list)
    _plan: list[_Planned] = field(default_factory=list)
    _replay: list[tuple[str, str, dict[str, Any]]] = field(default_factory=list)

    def fail_next(self, fault: str, *, path_contains: str | None = None, times: int = 1, after: int = 0) -> None:
        """Inject ``fault`` into the next ``times`` requests whose path contains ``path_contains``, after letting
        ``after`` of them through."""
        if fault not in FAULTS:
            raise ValueError(f"unknown fault {fault!r}")
        self._plan.append(_Planned(fault, path_contains, times, after))

    def heal(self) -> None:
        """A good network from now on: no planned faults, no stale copies, online."""
        self._plan.clear()
        self._replay.clear()
        self.offline = False

    def faults_seen(self, fault: str) -> int:
        return sum(1 for d in self.log if d.fault == fault)

    def _pick(self, path: str) -> str | None:
        for planned in self._plan:
            if planned.path_contains is None or planned.path_contains in path:
                if planned.after > 0:
                    planned.after -= 1
                    return None
                planned.times -= 1
                if planned.times <= 0:
                    self._plan.remove(planned)
                return planned.fault
        return None

    async def request(self, method: str, path: str, *, json: Any = None, params: Mapping[str, Any] | None = None,
                      headers: Mapping[str, str] | None = None) -> TransportResponse:
        while self._replay:  # a stale copy of an earlier request arrives first; its answer goes nowhere
            r_method, r_path, r_kwargs = self._replay.pop(0)
            await self.inner.request(r_method, r_path, **r_kwargs)
        kwargs: dict[str, Any] = {"json": json, "params": params, "headers": headers}
        if self.offline:
            self.log.append(Delivery(method, path, "offline", None, False, dict(params or {})))
            raise TransportError(f"{method} {path}: network unreachable (offline)")
        fault = self._pick(path)
        if fault == LOST_REQUEST:
            self.log.append(Delivery(method, path, fault, None, False, dict(params or {})))
            raise TransportError(f"{method} {path}: connection reset before the request was sent")
        if fault == BAD_GATEWAY:
            self.log.append(Delivery(method, path, fault, 502, False, dict(params or {})))
            return TransportResponse(502, None, {})
        if fault == DELAY:
            await self.sleep(self.delay_s)
        response = await self.inner.request(method, path, **kwargs)
        if fault == DUPLICATE:
            response = await self.inner.request(method, path, **kwargs)
        if fault == REPLAY_LATER:
            self._replay.append((method, path, kwargs))
        if fault == LOST_RESPONSE:
            self.log.append(Delivery(method, path, fault, None, True, dict(params or {})))
            raise TransportError(f"{method} {path}: connection lost while reading the answer")
        self.log.append(Delivery(method, path, fault, response.status, True, dict(params or {})))
        return response

    async def aclose(self) -> None:
        await self.inner.aclose()
