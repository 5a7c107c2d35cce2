"""JSON bodies on the wire: compact encoding and gzip above a small threshold (shared by every transport)."""

from __future__ import annotations

import gzip
import json
from dataclasses import dataclass
from typing import Any

GZIP_MIN_BYTES = 1024  # smaller bodies are sent as they are: gzip would barely help and costs a header


@dataclass(frozen=True)
class EncodedBody:
    """A request body encoded ahead of sending (the engine prepares the next push batch while the server works on
    the current one); a transport sends it as it is."""

    content: bytes
    headers: dict[str, str]

    @classmethod
    def of_json_text(cls, text: str, *, gzip_min_bytes: int = GZIP_MIN_BYTES) -> EncodedBody:
        """A body whose JSON text was built already (a push batch assembled from the outbox's stored payloads)."""
        return cls(*_finish(text.encode("utf-8"), gzip_min_bytes))


def encode_body(payload: Any, *, gzip_min_bytes: int = GZIP_MIN_BYTES) -> tuple[bytes, dict[str, str]]:
    """The request body bytes and the headers that describe them (gzip when the JSON is large enough)."""
    if isinstance(payload, EncodedBody):
        return payload.content, dict(payload.headers)
    return _finish(json.dumps(payload, separators=(",", ":"), ensure_ascii=False).encode("utf-8"), gzip_min_bytes)


def _finish(raw: bytes, gzip_min_bytes: int) -> tuple[bytes, dict[str, str]]:
    headers = {"Content-Type": "application/json"}
    if len(raw) >= gzip_min_bytes:
        raw = gzip.compress(raw, compresslevel=6, mtime=0)
        headers["Content-Encoding"] = "gzip"
    return raw, headers


def decode_body(content: bytes) -> dict[str, Any] | None:
    """The JSON object of an answer, or None when the body is empty or not a JSON object."""
    if not content:
        return None
    try:
        value = json.loads(content)
    except (ValueError, UnicodeDecodeError):
        return None
    return value if isinstance(value, dict) else None
