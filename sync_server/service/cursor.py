"""Opaque pull cursors: where a device is in the change log, or in a snapshot.

A cursor names the server database it came from (its node id) and the subscriptions it was made for (a
fingerprint of the scope keys). A cursor from another database, or made for other subscriptions (roles, town or
account changed), answers ``reset``: the device starts again from a snapshot, so it drops what it may no longer see
and receives everything it may see now.
- incremental: ``seq`` — every change up to this sequence has been applied;
- snapshot: ``seq`` where the snapshot started, and the last record (entity, id) sent.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass

_VERSION = "c1"
_SEQ_RE = re.compile(r"[0-9]{1,19}")


def scope_fingerprint(keys: Iterable[str]) -> str:
    return hashlib.sha256("\n".join(sorted(keys)).encode()).hexdigest()[:16]


@dataclass(frozen=True)
class Cursor:
    seq: int
    snapshot_after: tuple[str, str] | None = None  # set while a snapshot is being paged
    in_snapshot: bool = False

    def encode(self, node: str, scope: str) -> str:
        if self.in_snapshot:
            entity, rid = self.snapshot_after or ("", "")
            text = f"{_VERSION}|{node}|{scope}|s|{self.seq}|{entity}|{rid}"
        else:
            text = f"{_VERSION}|{node}|{scope}|i|{self.seq}"
        return base64.urlsafe_b64encode(text.encode()).decode().rstrip("=")


def decode_cursor(text: str, node: str, scope: str | None = None) -> Cursor | None:
    """The cursor, or None when it is malformed, from another server or made for other subscriptions
    (``scope`` None: any subscriptions, for tools that only want the position)."""
    try:
        raw = base64.urlsafe_b64decode(text + "=" * (-len(text) % 4)).decode()
    except (binascii.Error, UnicodeDecodeError, ValueError):
        return None
    parts = raw.split("|")
    if len(parts) < 5 or parts[0] != _VERSION or parts[1] != node or scope not in (None, parts[2]) \
            or not _SEQ_RE.fullmatch(parts[4]):
        return None
    seq = int(parts[4])
    if parts[3] == "i" and len(parts) == 5:
        return Cursor(seq)
    if parts[3] == "s" and len(parts) == 7:
        after = (parts[5], parts[6]) if parts[5] else None
        return Cursor(seq, after, in_snapshot=True)
    return None
