"""Request bodies: ``Content-Encoding: gzip`` is decoded (bounded, so a small bomb cannot inflate past the limit),
and bodies larger than the limit answer 413 — before any route runs. Errors use the protocol's error body."""

from __future__ import annotations

import zlib

from starlette.datastructures import Headers
from starlette.responses import JSONResponse
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from core.protocol import error_body


def _error(status: int, code: str, detail: str, message: str) -> JSONResponse:
    return JSONResponse(error_body(code, detail, message), status_code=status)


class RequestBodyMiddleware:
    def __init__(self, app: ASGIApp, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] in ("GET", "HEAD", "OPTIONS"):
            await self.app(scope, receive, send)
            return
        headers = Headers(scope=scope)
        encoding = headers.get("content-encoding", "").strip().lower()
        if encoding not in ("", "identity", "gzip"):
            await _error(415, "unsupported_encoding", f"unsupported Content-Encoding {encoding!r} (use gzip)",
                         "Die Anfrage ist ungültig kodiert.")(scope, receive, send)
            return
        too_large = _error(413, "too_large", f"request body larger than {self.max_bytes} bytes",
                           "Die Anfrage ist zu groß.")
        declared = headers.get("content-length")
        if declared and declared.isdigit() and int(declared) > self.max_bytes:
            await too_large(scope, receive, send)
            return
        chunks: list[bytes] = []
        size = 0
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                return
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > self.max_bytes:
                await too_large(scope, receive, send)
                return
            chunks.append(chunk)
            if not message.get("more_body", False):
                break
        body = b"".join(chunks)
        if encoding == "gzip":
            try:
                inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
                decoded = inflater.decompress(body, self.max_bytes + 1)
                if len(decoded) > self.max_bytes or inflater.unconsumed_tail:
                    await too_large(scope, receive, send)
                    return
                if not inflater.eof:
                    raise zlib.error("truncated gzip stream")
            except zlib.error as exc:
                await _error(400, "invalid_gzip", f"the gzip-encoded body cannot be decoded: {exc}",
                             "Die Anfrage ist beschädigt.")(scope, receive, send)
                return
            body = decoded
            raw = [(k, v) for k, v in scope["headers"] if k.lower() not in (b"content-encoding", b"content-length")]
            scope = {**scope, "headers": [*raw, (b"content-length", str(len(body)).encode())]}

        sent = False

        async def replay() -> Message:
            nonlocal sent
            if not sent:
                sent = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()

        await self.app(scope, replay, send)
