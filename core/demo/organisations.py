"""Clubs, initiatives, parishes and welfare groups of Arnsberg and Menden (all fictional).

E-mail addresses and websites use the reserved ``.example`` top-level domain; telephone numbers come from the
ranges the Bundesnetzagentur keeps free for fiction (0152 288…, 0172 99259…), so nobody real is ever called.
"""

from __future__ import annotations

from typing import Any

from core.demo._common import org_id
from core.demo.organisations_arnsberg import ARNSBERG
from core.demo.organisations_menden import MENDEN
from core.demo.specs import Org


def organisation_specs() -> tuple[Org, ...]:
    return ARNSBERG + MENDEN


def organisation_records() -> list[tuple[str, dict[str, Any]]]:
    records: list[tuple[str, dict[str, Any]]] = []
    for o in organisation_specs():
        values: dict[str, Any] = {
            "id": org_id(o.key),
            "name": o.name,
            "kind": o.kind,
            "municipality": o.municipality,
            "categories": list(o.categories),
            "description": o.description,
            "contact_name": o.contact_name,
            "meeting_times": o.meeting_times,
            "accessibility": list(o.accessibility),
            "wants_coaching": o.wants_coaching,
            "admins": list(o.admins),
        }
        for name in ("address", "email", "phone", "website"):
            if getattr(o, name):
                values[name] = getattr(o, name)
        records.append(("organisation", values))
    return records
