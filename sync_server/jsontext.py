"""The server's JSON text: compact, UTF-8, made and read by orjson.

A push writes thousands of small documents and deltas and reads as many stored ones; orjson encodes them about
three times as fast as pydantic-core (and ten times as fast as the stdlib ``json`` module) and parses them a little
faster. The text is compact JSON like ``json.dumps(value, separators=(",", ":"), ensure_ascii=False)``; the
storage gets and gives it as UTF-8 bytes (:func:`dumpb`; :func:`loads` reads both), so a document is not decoded
from UTF-8 and encoded again on its way between SQLite and the JSON parser.

What orjson refuses to write goes through the stdlib instead: a string that cannot be UTF-8 (a lone surrogate, which
the stdlib's parser accepts from a client as ``"\\ud800"``) is escaped (ASCII only) and read back as it was.
Numbers that do not survive every replica never get here, since validation refuses them (``core.validation.not_json``):
orjson would write NaN and infinities as ``null`` and read an integer beyond 64 bits as an inexact float.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import orjson

_standard: Callable[[Any], str] = json.JSONEncoder(separators=(",", ":"), ensure_ascii=True).encode
_encode = orjson.dumps
_decode = orjson.loads


def dumps(value: Any) -> str:
    try:
        return _encode(value).decode()
    except TypeError:  # orjson.JSONEncodeError: a lone surrogate (not UTF-8)
        return _standard(value)


def dumpb(value: Any) -> bytes:
    """:func:`dumps` as UTF-8 bytes: what the storage writes (a text would only be encoded to UTF-8 again)."""
    try:
        return _encode(value)
    except TypeError:  # see dumps; the stdlib's text is ASCII
        return _standard(value).encode()


def loads(text: str | bytes) -> Any:
    try:
        return _decode(text)
    except ValueError:  # orjson.JSONDecodeError: an escaped lone surrogate (see dumps)
        return json.loads(text)
