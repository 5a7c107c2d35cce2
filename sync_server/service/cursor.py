"""Opaque pull cursors: where a device is in the change log, or in a snapshot.

A cursor names the server it came from (its node id): a cursor from another database answers ``reset``.
- incremental: ``seq`` — every change up to this sequence has been applied;
- snapshot: ``seq`` where the snapshot started, and the last record (entity, id) sent.
"""

from __future__ import annotations

import base64
import binascii
import re
from dataclasses import dataclass

_VERSION = "c1"
_SEQ_RE = re.compile(r"[0-9]{1,19}")


@dataclass(frozen=True)
class Cursor:
    seq: int
    snapshot_after: tuple[str, str] | None = None  # set while a snapshot is being paged
    in_snapshot: bool = False

    def encode(self, node: str) -> str:
        if self.in_snapshot:
            entity, rid = self.snapshot_after or ("", "")
            text = f"{_VERSION}|{node}|s|{self.seq}|{entity}|{rid}"
        else:
            text = f"{_VERSION}|{node}|i|{self.seq}"
        return base64.urlsafe_b64encode(text.encode()).decode().rstrip("=")


def decode_cursor(text: str, node: str) -> Cursor | None:
    """The cursor, or None when it is malformed or from another server."""
    try:
        raw = base64.urlsafe_b64decode(text + "=" * (-len(text) % 4)).decode()
    except (binascii.Error, UnicodeDecodeError, ValueError):
        return None
    parts = raw.split("|")
    if len(parts) < 4 or parts[0] != _VERSION or parts[1] != node or not _SEQ_RE.fullmatch(parts[3]):
        return None
    seq = int(parts[3])
    if parts[2] == "i" and len(parts) == 4:
        return Cursor(seq)
    if parts[2] == "s" and len(parts) == 6:
        after = (parts[4], parts[5]) if parts[4] else None
        return Cursor(seq, after, in_snapshot=True)
    return None
