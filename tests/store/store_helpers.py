"""Helpers shared by the store tests: a settable wall clock, sessions, valid records and server-made deltas."""

from __future__ import annotations

from typing import Any

from core.hlc import Timestamp
from core.merge import FieldWrite, apply_write
from core.protocol import encode_delta

T0 = 1_764_151_200_000  # 2025-11-26T10:00:00Z
SERVER_NODE = "5e7e75e7e75e7e75"

ANNA = {"username": "anna", "display_name": "Anna", "roles": ["volunteer"], "municipality": "arnsberg"}
BERT = {"username": "bert", "display_name": "Bert", "roles": ["volunteer"], "municipality": "menden"}
LOTTE = {"username": "lotte", "display_name": "Lotte", "roles": ["lotse"], "municipality": "arnsberg"}
KOORD = {"username": "koord", "display_name": "Koordination", "roles": ["coordinator"], "municipality": "arnsberg"}


class Wall:
    """A wall clock (milliseconds) that only moves when told to."""

    def __init__(self, ms: int = T0) -> None:
        self.ms = ms

    def __call__(self) -> int:
        return self.ms

    def advance(self, ms: int = 1000) -> None:
        self.ms += ms


def stamp(ms: int, counter: int = 0, node: str = SERVER_NODE) -> str:
    return Timestamp(ms, counter, node).encode()


def offer(**overrides: Any) -> dict[str, Any]:
    values = {"area": "wissen", "direction": "biete", "title": "Smartphone-Hilfe für Senioren",
              "municipality": "arnsberg", "categories": ["digitales", "senioren"]}
    values.update(overrides)
    return values


def organisation(**overrides: Any) -> dict[str, Any]:
    values = {"name": "Heimatverein Neheim", "kind": "verein", "municipality": "arnsberg",
              "categories": ["kultur"], "accessibility": ["stufenlos"]}
    values.update(overrides)
    return values


def contact(**overrides: Any) -> dict[str, Any]:
    values = {"name": "Erika Mustermann", "municipality": "arnsberg", "assigned_lotsen": ["lotte"],
              "consent_scope": ["kontaktdaten", "gesundheitsdaten"], "consent_date": "2025-11-20",
              "consent_recorded_by": "lotte", "care_grade": 2, "needs": "Hilfe beim Antrag auf Pflegegrad 3"}
    values.update(overrides)
    return values


def state(entity: str, values: dict[str, Any], ts: str) -> tuple[dict[str, Any], dict[str, Any]]:
    """A server-side record state: every field written at ``ts``."""
    vals: dict[str, Any] = {}
    vers: dict[str, Any] = {}
    for name, value in values.items():
        if isinstance(value, list):
            apply_write(entity, vals, vers, FieldWrite(name, {e: True for e in value}, ts))
        else:
            apply_write(entity, vals, vers, FieldWrite(name, value, ts))
    return vals, vers


def delta(entity: str, record_id: str, values: dict[str, Any], ts: str) -> dict[str, Any]:
    """A pull delta for a record whose fields were all written at ``ts`` (compact single-``v`` form)."""
    vals, vers = state(entity, values, ts)
    return encode_delta(entity, record_id, vals, vers)


def page(changes: list[dict[str, Any]], *, purge: list[dict[str, str]] | None = None, cursor: str = "c1",
         server_ts: str | None = None, more: bool = False, reset: bool = False) -> dict[str, Any]:
    return {"changes": changes, "purge": purge or [], "cursor": cursor, "more": more, "reset": reset,
            "server_ts": server_ts or stamp(T0)}
