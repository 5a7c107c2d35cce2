"""Hybrid logical clock: wall milliseconds + counter + node id, encoded as a string whose order is the clock order.

The encoding ``WWWWWWWWWWWWWWW-CCCCCC-NODE`` compares lexicographically in the same order as the tuple
(wall_ms, counter, node), so the node id breaks ties and the order of all writes is total.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

WALL_DIGITS = 15
COUNTER_DIGITS = 6
MAX_COUNTER = 10**COUNTER_DIGITS - 1
DEFAULT_MAX_SKEW_MS = 5 * 60 * 1000  # a remote clock more than 5 minutes ahead is clamped and flagged
# ASCII digits only: int() alone would also accept "+…", "1_000…", " 12…" or non-ASCII digits, whose strings do not
# sort like the numbers they stand for (timestamps are compared as strings everywhere).
_NODE_RE = re.compile(r"[^-\s]+")  # no '-' (the separator) and no whitespace
_TIMESTAMP_RE = re.compile(rf"([0-9]{{{WALL_DIGITS}}})-([0-9]{{{COUNTER_DIGITS}}})-({_NODE_RE.pattern})")


@dataclass(frozen=True, order=True)
class Timestamp:
    wall_ms: int
    counter: int
    node: str

    def encode(self) -> str:
        return f"{self.wall_ms:0{WALL_DIGITS}d}-{self.counter:0{COUNTER_DIGITS}d}-{self.node}"

    @classmethod
    def decode(cls, text: str) -> Timestamp:
        match = _TIMESTAMP_RE.fullmatch(text) if isinstance(text, str) else None
        if match is None:
            raise ValueError(f"not a hybrid logical clock timestamp: {text!r}")
        wall, counter, node = match.groups()
        return cls(int(wall), int(counter), node)

    def __str__(self) -> str:
        return self.encode()


def _wall_and_counter(text: str) -> tuple[int, int]:
    """What :meth:`Timestamp.decode` checks and reads of the wall time and counter, without making a Timestamp."""
    match = _TIMESTAMP_RE.fullmatch(text) if isinstance(text, str) else None
    if match is None:
        raise ValueError(f"not a hybrid logical clock timestamp: {text!r}")
    return int(match[1]), int(match[2])


def wall_ms_of(text: str) -> int:
    """The wall time (ms) of a timestamp; ValueError when it is none."""
    return _wall_and_counter(text)[0]


def is_timestamp(text: object) -> bool:
    if not isinstance(text, str):
        return False
    try:
        Timestamp.decode(text)
    except ValueError:
        return False
    return True


class Clock:
    """A hybrid logical clock for one node.

    ``now()`` stamps a local event; ``observe()`` moves the clock past a remote timestamp so that anything written
    afterwards orders after what was seen. A remote time further ahead of the physical clock than ``max_skew_ms`` is
    not followed beyond that bound (the clock is *clamped*) and ``observe`` reports it, so a device with a wrong
    clock cannot drag every other replica days into the future.
    The last timestamp is exposed as ``last`` so a store can persist it and the clock stays monotonic across restarts.
    """

    def __init__(
        self,
        node: str,
        wall_ms: Callable[[], int],
        *,
        last: str | None = None,
        max_skew_ms: int = DEFAULT_MAX_SKEW_MS,
    ) -> None:
        if not isinstance(node, str) or not _NODE_RE.fullmatch(node):
            raise ValueError("node id must be non-empty and contain no '-' and no whitespace")
        self.node = node
        self._wall_ms = wall_ms
        self.max_skew_ms = max_skew_ms
        self._wall = 0
        self._counter = 0
        if last:
            ts = Timestamp.decode(last)
            self._wall, self._counter = ts.wall_ms, ts.counter

    @property
    def last(self) -> str:
        return f"{self._wall:015d}-{self._counter:06d}-{self.node}"  # Timestamp.encode (WALL_DIGITS, COUNTER_DIGITS)

    def now(self) -> str:
        return self.tick(int(self._wall_ms()))

    def tick(self, physical_ms: int) -> str:
        """:meth:`now` for a physical time the caller has just read from the same wall clock (so one reading can
        also stamp the ids made with it)."""
        if physical_ms > self._wall:
            self._wall, self._counter = physical_ms, 0
        else:
            self._counter += 1
            if self._counter > MAX_COUNTER:  # counter overflow: borrow one millisecond
                self._wall, self._counter = self._wall + 1, 0
        return self.last

    def observe(self, remote: str) -> bool:
        """Merge a remote timestamp into the clock. Returns True when the remote time was clamped (too far ahead)."""
        return self._merge(*_wall_and_counter(remote), int(self._wall_ms()))

    def is_too_far_ahead(self, remote: str) -> bool:
        """Would :meth:`observe_unless_too_far_ahead` refuse this timestamp (beyond the allowed skew) now?"""
        return wall_ms_of(remote) > int(self._wall_ms()) + self.max_skew_ms

    def observe_unless_too_far_ahead(self, remote: str) -> bool:
        """:meth:`observe` a remote timestamp unless it is more than the allowed skew ahead of the physical clock;
        True when it was (then it is not observed: the caller re-stamps the write).

        One decode and one clock reading for what a server does with every pushed timestamp."""
        remote_wall, remote_counter = _wall_and_counter(remote)
        physical = int(self._wall_ms())
        if remote_wall > physical + self.max_skew_ms:
            return True
        self._merge(remote_wall, remote_counter, physical)
        return False

    def _merge(self, remote_ms: int, remote_counter: int, physical: int) -> bool:
        bound = physical + self.max_skew_ms
        clamped = remote_ms > bound
        remote_wall = min(remote_ms, bound)
        wall = max(physical, remote_wall, self._wall)
        if wall == self._wall and wall == remote_wall:
            self._counter = max(self._counter, remote_counter if not clamped else 0) + 1
        elif wall == self._wall:
            self._counter += 1
        elif wall == remote_wall and not clamped:
            self._counter = remote_counter + 1
        else:
            self._counter = 0
        self._wall = wall
        if self._counter > MAX_COUNTER:
            self._wall, self._counter = self._wall + 1, 0
        return clamped
