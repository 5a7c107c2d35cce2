"""Identifiers made on the device: UUIDv7 (RFC 9562), time-ordered, never assigned by the server."""

from __future__ import annotations

import os
import re
import time
import uuid

_RAND_BITS = 74
_RAND_MAX = (1 << _RAND_BITS) - 1
# (ms, random bits) of the last id made from the device clock, and of the last id made for an explicit time
_stream = [0, 0]
_given = [-1, 0]
_CANONICAL = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
_VERSION_7 = 0x7 << 76 | 0b10 << 62  # version and variant bits of a UUIDv7
_RAND_B_MASK = (1 << 62) - 1
_MS_MASK = (1 << 48) - 1


def _random() -> int:
    return int.from_bytes(os.urandom(10), "big") >> (80 - _RAND_BITS)


def _next(state: list[int], ms: int) -> tuple[int, int]:
    """The next (ms, random bits) of ``state``: a fresh random value in a new millisecond, else the last one + 1."""
    if ms == state[0]:
        rand = state[1] + 1
        if rand > _RAND_MAX:  # (practically never) out of random bits: borrow the next millisecond
            ms, rand = ms + 1, _random()
    else:
        rand = _random()
    state[0], state[1] = ms, rand
    return ms, rand


def uuid7(now_ms: int | None = None) -> str:
    """Return a new UUIDv7 as a string; ids made in the same millisecond still sort in creation order.

    Ids from the device clock stay monotonic when the clock stands still or steps back. An explicit ``now_ms``
    (an injected clock, imports, tests) is encoded as given; consecutive ids for the same ``now_ms`` sort in
    creation order.
    """
    if now_ms is None:
        ms, rand = _next(_stream, max(int(time.time() * 1000), _stream[0]))
    else:
        ms, rand = _next(_given, int(now_ms))
    # 48 bits ms | version | 12 bits rand_a | variant | 62 bits rand_b, formatted as str(uuid.UUID(int=...)) would
    h = f"{(ms & _MS_MASK) << 80 | (rand >> 62) << 64 | (rand & _RAND_B_MASK) | _VERSION_7:032x}"
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def uuid7_time_ms(value: str) -> int:
    """The creation time (ms since epoch) encoded in a UUIDv7."""
    return uuid.UUID(value).int >> 80


def stable_id(*parts: str) -> str:
    """A deterministic UUID for records whose identity is their key (e.g. one RSVP per person and appointment)."""
    return str(uuid.uuid5(uuid.NAMESPACE_URL, "ehrenamt:" + "/".join(parts)))


def is_uuid(value: object) -> bool:
    """True for a UUID in canonical form (lowercase, with hyphens), the only form ids are made and looked up in."""
    return isinstance(value, str) and _CANONICAL.fullmatch(value) is not None


def new_node_id() -> str:
    """A random 16-hex-digit node id for a replica (device or server)."""
    return os.urandom(8).hex()
