"""The native transport: httpx.AsyncClient against the sync server's base URL."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import httpx

from app.sync.codec import GZIP_MIN_BYTES, decode_body, encode_body
from app.sync.transport import TransportError, TransportResponse

DEFAULT_TIMEOUT = httpx.Timeout(connect=10.0, read=60.0, write=60.0, pool=10.0)


class HttpxTransport:
    """Sends JSON (gzip above ~1 KB), accepts gzip answers, and turns every network failure into TransportError.

    ``transport`` lets tests put the real server in process (``httpx.ASGITransport(app)``) instead of a socket.
    ``bytes_sent`` / ``bytes_received`` count the bytes on the wire (after compression), for the benchmarks.
    """

    def __init__(
        self,
        base_url: str,
        *,
        timeout: httpx.Timeout | float | None = DEFAULT_TIMEOUT,
        transport: httpx.AsyncBaseTransport | None = None,
        gzip_min_bytes: int = GZIP_MIN_BYTES,
        user_agent: str = "Ehrenamt-4.0-sync/1",
    ) -> None:
        self.base_url = base_url.rstrip("/")
        self.gzip_min_bytes = gzip_min_bytes
        self.bytes_sent = 0
        self.bytes_received = 0
        self._client = httpx.AsyncClient(
            base_url=self.base_url,
            timeout=timeout,
            transport=transport,
            headers={"Accept": "application/json", "Accept-Encoding": "gzip", "User-Agent": user_agent},
            follow_redirects=False,
        )

    async def request(
        self,
        method: str,
        path: str,
        *,
        json: Any = None,
        params: Mapping[str, Any] | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> TransportResponse:
        all_headers = dict(headers or {})
        content: bytes | None = None
        if json is not None:
            content, body_headers = encode_body(json, gzip_min_bytes=self.gzip_min_bytes)
            all_headers.update(body_headers)
        try:
            response = await self._client.request(
                method, path, content=content, params=dict(params) if params else None, headers=all_headers
            )
            body = response.content  # reads (and un-gzips) the whole answer inside the try: a cut-off is an error
        except httpx.TransportError as exc:  # connect/read/write errors, timeouts, protocol errors
            raise TransportError(f"{method} {path}: {type(exc).__name__}: {exc}") from exc
        self.bytes_sent += len(content or b"")
        self.bytes_received += response.num_bytes_downloaded
        return TransportResponse(response.status_code, decode_body(body), dict(response.headers))

    async def aclose(self) -> None:
        await self._client.aclose()

    async def __aenter__(self) -> HttpxTransport:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()
