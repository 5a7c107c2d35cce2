"""Shared helpers of the demo content: deterministic ids and Europe/Berlin → UTC conversion."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, tzinfo
from functools import lru_cache

from core.ids import stable_id

# The demo people every module refers to (their accounts are defined in core.demo.accounts).
LOTSE = {"arnsberg": "monika.peters", "menden": "klaus.wiese"}
COORDINATOR = {"arnsberg": "katrin.berg", "menden": "thomas.richter"}
CLUB_ADMIN = {"arnsberg": "sabine.hoffmann", "menden": "michael.brandt"}
ADMIN = "admin"


def demo_id(entity: str, key: str) -> str:
    """The deterministic id of a demo record: the same on every machine and in every run."""
    return stable_id("demo", entity, key)


def org_id(key: str) -> str:
    return demo_id("organisation", key)


def iso_date(day: date) -> str:
    return day.isoformat()


def next_weekday(today: date, weekday: int, *, min_days: int = 0) -> date:
    """The first day ``>= today + min_days`` that falls on ``weekday`` (Monday = 0)."""
    start = today + timedelta(days=min_days)
    return start + timedelta(days=(weekday - start.weekday()) % 7)


@lru_cache(maxsize=1)
def _berlin_zone() -> tzinfo | None:
    """Europe/Berlin from the zoneinfo database, or None where it is missing (Pyodide without tzdata)."""
    try:
        from zoneinfo import ZoneInfo

        return ZoneInfo("Europe/Berlin")
    except (ImportError, KeyError, OSError, ValueError):  # ZoneInfoNotFoundError is a KeyError
        return None


def _last_sunday(year: int, month: int) -> date:
    last = date(year, month + 1, 1) - timedelta(days=1)
    return last - timedelta(days=(last.weekday() - 6) % 7)


def fixed_rule_utc_offset(local: datetime) -> timedelta:
    """UTC offset of a naive Berlin wall-clock time by the EU rule (summer time from the last Sunday of March,
    01:00 UTC, to the last Sunday of October, 01:00 UTC). Ambiguous autumn times resolve to summer time and
    non-existent spring times to winter time, as zoneinfo does with ``fold=0``."""
    begin = datetime.combine(_last_sunday(local.year, 3), datetime.min.time()) + timedelta(hours=1)
    end = datetime.combine(_last_sunday(local.year, 10), datetime.min.time()) + timedelta(hours=1)
    summer = local - timedelta(hours=2)
    return timedelta(hours=2) if begin <= summer < end else timedelta(hours=1)


def berlin_to_utc(day: date, hour: int, minute: int = 0, *, use_zoneinfo: bool = True) -> str:
    """A Europe/Berlin wall-clock time as the schema's UTC string ``YYYY-MM-DDTHH:MM:SSZ``."""
    local = datetime(day.year, day.month, day.day, hour, minute)
    zone = _berlin_zone() if use_zoneinfo else None
    if zone is not None:
        utc = local.replace(tzinfo=zone).astimezone(UTC).replace(tzinfo=None)
    else:
        utc = local - fixed_rule_utc_offset(local)
    return utc.strftime("%Y-%m-%dT%H:%M:%SZ")
