"""The browser transport for the offline PWA (Pyodide): the page's ``fetch`` through ``pyodide.http.pyfetch``.

Only importable inside Pyodide: the Pyodide modules are imported when a transport is made, so importing this module
elsewhere is harmless but constructing :class:`FetchTransport` raises ``RuntimeError``. The browser un-gzips answers
by itself (``Accept-Encoding`` is a forbidden header for fetch); request bodies are gzipped here like natively.
"""

from __future__ import annotations

import asyncio
from collections.abc import Mapping
from typing import Any
from urllib.parse import urlencode

from app.sync.codec import GZIP_MIN_BYTES, decode_body, encode_body
from app.sync.transport import TransportError, TransportResponse


def in_pyodide() -> bool:
    import sys

    return sys.platform == "emscripten" or "pyodide" in sys.modules


class FetchTransport:
    def __init__(self, base_url: str, *, timeout_s: float = 60.0, gzip_min_bytes: int = GZIP_MIN_BYTES) -> None:
        try:
            from pyodide.ffi import to_js  # type: ignore[import-not-found]
            from pyodide.http import pyfetch  # type: ignore[import-not-found]
        except ImportError as exc:
            raise RuntimeError("FetchTransport needs Pyodide (the browser); use HttpxTransport natively") from exc
        self._pyfetch = pyfetch
        self._to_js = to_js
        self.base_url = base_url.rstrip("/")
        self.timeout_s = timeout_s
        self.gzip_min_bytes = gzip_min_bytes
        self.bytes_sent = 0

    async def request(
        self,
        method: str,
        path: str,
        *,
        json: Any = None,
        params: Mapping[str, Any] | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> TransportResponse:
        url = self.base_url + path
        if params:
            url += "?" + urlencode({k: v for k, v in params.items() if v is not None})
        all_headers = {"Accept": "application/json", **dict(headers or {})}
        options: dict[str, Any] = {"method": method, "headers": all_headers, "cache": "no-store"}
        if json is not None:
            content, body_headers = encode_body(json, gzip_min_bytes=self.gzip_min_bytes)
            all_headers.update(body_headers)
            options["body"] = self._to_js(content)
            self.bytes_sent += len(content)
        try:
            response = await asyncio.wait_for(self._pyfetch(url, **options), self.timeout_s)
            body = await asyncio.wait_for(response.bytes(), self.timeout_s)
        except TimeoutError as exc:
            raise TransportError(f"{method} {path}: timeout after {self.timeout_s} s") from exc
        except Exception as exc:  # pyfetch raises OSError / JsException when fetch rejects (offline, CORS, abort)
            raise TransportError(f"{method} {path}: {type(exc).__name__}: {exc}") from exc
        return TransportResponse(int(response.status), decode_body(body), dict(response.headers))

    async def aclose(self) -> None:
        return None
