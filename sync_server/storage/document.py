"""A record's stored document: the JSON text of its full delta (``core.protocol.encode_delta``).

It is the one copy of a record's values and versions the storage keeps: snapshots serve the text as it is, and
loading a record decodes it once. The delta is lossless: ``f`` holds every versioned field's value (a set field's
present elements, sorted), and ``v`` either each field's version or, when every field and every present element was
written at the same timestamp, that one timestamp.
"""

from __future__ import annotations

from typing import Any

from core.model import ENTITIES
from sync_server.jsontext import loads


def read_document(entity: str, doc: str) -> tuple[dict[str, Any], dict[str, Any]]:
    """(values, versions) of a record from its stored document."""
    delta = loads(doc)
    values: dict[str, Any] = delta.get("f") or {}
    stamps = delta.get("v")
    if isinstance(stamps, dict):
        return values, stamps
    if not isinstance(stamps, str):
        return values, {}
    # one timestamp for everything: each scalar field and each (present) element of a set field was written at it
    known = ENTITIES.get(entity)
    sets = known.set_fields if known is not None else ()
    return values, {name: ({element: [True, stamps] for element in value or ()} if name in sets else stamps)
                    for name, value in values.items()}
