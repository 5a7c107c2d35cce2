"""The Transport contract: the only way the sync engine reaches the network.

Like httpx's tiny transport API, one coroutine does everything::

    response = await transport.request("POST", "/api/v1/push", json={...}, headers={...})

``json`` is a JSON value, or an :class:`app.sync.codec.EncodedBody` prepared earlier, which is sent as it is
(transports encode bodies with ``app.sync.codec.encode_body``, which handles both). A transport sends JSON and answers a :class:`TransportResponse` for *every* HTTP answer, errors included
(status 4xx/5xx are data, not exceptions). Only when no answer arrived at all (no connection, timeout, connection
reset, a response cut off) does it raise :class:`TransportError` — in that case the request may or may not have
reached the server, which the protocol makes harmless (pushes are idempotent by mutation id, pulls resume at the
stored cursor).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Protocol, runtime_checkable


class TransportError(Exception):
    """No HTTP answer arrived (network down, timeout, connection lost). The request may have been delivered."""


@dataclass(frozen=True)
class TransportResponse:
    status: int
    body: dict[str, Any] | None  # the decoded JSON object; None for an empty or non-JSON body
    headers: Mapping[str, str] = field(default_factory=dict)  # lower-case names

    @property
    def ok(self) -> bool:
        return 200 <= self.status < 300

    def error(self) -> dict[str, Any]:
        """The ``{"code", "detail", "message"}`` of a protocol error answer (empty dict when there is none)."""
        if isinstance(self.body, dict) and isinstance(self.body.get("error"), dict):
            return self.body["error"]
        return {}

    def header(self, name: str, default: str | None = None) -> str | None:
        name = name.lower()
        for key, value in self.headers.items():
            if key.lower() == name:
                return value
        return default


@runtime_checkable
class Transport(Protocol):
    async def request(
        self,
        method: str,
        path: str,
        *,
        json: Any = None,
        params: Mapping[str, Any] | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> TransportResponse:
        """Send one request (path relative to the server's base URL) and return its answer."""
        ...

    async def aclose(self) -> None:
        """Release connections; the transport is not used afterwards."""
        ...
