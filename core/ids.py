"""Identifiers made on the device: UUIDv7 (RFC 9562), time-ordered, never assigned by the server."""

from __future__ import annotations

import os
import time
import uuid

_last_ms = 0
_last_rand = 0


def uuid7(now_ms: int | None = None) -> str:
    """Return a new UUIDv7 as a string; ids made in the same millisecond still sort in creation order."""
    global _last_ms, _last_rand
    ms = int(time.time() * 1000) if now_ms is None else now_ms
    if ms <= _last_ms:
        ms = _last_ms
        rand = _last_rand + 1
    else:
        rand = int.from_bytes(os.urandom(10), "big") >> 6  # 74 random bits
    rand &= (1 << 74) - 1
    _last_ms, _last_rand = ms, rand
    rand_a = rand >> 62  # 12 bits
    rand_b = rand & ((1 << 62) - 1)  # 62 bits
    value = (ms & ((1 << 48) - 1)) << 80 | 0x7 << 76 | rand_a << 64 | 0b10 << 62 | rand_b
    return str(uuid.UUID(int=value))


def uuid7_time_ms(value: str) -> int:
    """The creation time (ms since epoch) encoded in a UUIDv7."""
    return uuid.UUID(value).int >> 80


def stable_id(*parts: str) -> str:
    """A deterministic UUID for records whose identity is their key (e.g. one RSVP per person and appointment)."""
    return str(uuid.uuid5(uuid.NAMESPACE_URL, "ehrenamt:" + "/".join(parts)))


def is_uuid(value: object) -> bool:
    if not isinstance(value, str):
        return False
    try:
        uuid.UUID(value)
    except ValueError:
        return False
    return True


def new_node_id() -> str:
    """A random 16-hex-digit node id for a replica (device or server)."""
    return os.urandom(8).hex()
