"""The server's JSON text: compact, UTF-8, made and read by pydantic-core's encoder and parser.

A push writes thousands of small documents and deltas and reads as many stored ones; pydantic-core (already here
for FastAPI) encodes them about three times and parses them about twice as fast as the stdlib ``json`` module.
The text is compact JSON like ``json.dumps(value, separators=(",", ":"), ensure_ascii=False)``; only a string
that cannot be UTF-8 (a lone surrogate, which the stdlib's parser accepts from a client as ``"\\ud800"``) makes the
whole value go through the stdlib encoder, which escapes it (ASCII only) — and the stdlib parser reads it back.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from pydantic_core import from_json, to_json

_standard: Callable[[Any], str] = json.JSONEncoder(separators=(",", ":")).encode


def dumps(value: Any) -> str:
    try:
        return to_json(value).decode()
    except ValueError:  # PydanticSerializationError: a lone surrogate (not UTF-8), which the stdlib escapes
        return _standard(value)


def loads(text: str | bytes) -> Any:
    try:
        return from_json(text)
    except (ValueError, TypeError):  # an escaped lone surrogate (see dumps), which the stdlib reads
        return json.loads(text)
