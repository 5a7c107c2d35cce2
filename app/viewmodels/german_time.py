"""Times as people in Arnsberg and Menden read them: Europe/Berlin wall-clock time, German formats.

The schema stores instants as UTC strings (``2026-11-26T09:30:00Z``). zoneinfo is used where the time zone
database exists; Pyodide may have none, so the EU summer-time rule is the fallback (same answers for Berlin).
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, tzinfo
from functools import lru_cache

WEEKDAYS_DE = ("Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So.")


@lru_cache(maxsize=1)
def _berlin_zone() -> tzinfo | None:
    try:
        from zoneinfo import ZoneInfo

        return ZoneInfo("Europe/Berlin")
    except (ImportError, KeyError, OSError, ValueError):  # ZoneInfoNotFoundError is a KeyError
        return None


def _last_sunday(year: int, month: int) -> datetime:
    last = (date(year, month + 1, 1) if month < 12 else date(year + 1, 1, 1)) - timedelta(days=1)
    day = last - timedelta(days=(last.weekday() - 6) % 7)
    return datetime(day.year, day.month, day.day)


def _rule_offset(utc_naive: datetime) -> timedelta:
    """CET/CEST by the EU rule: summer time from the last Sunday of March to that of October, 01:00 UTC."""
    begin = _last_sunday(utc_naive.year, 3) + timedelta(hours=1)
    end = _last_sunday(utc_naive.year, 10) + timedelta(hours=1)
    return timedelta(hours=2) if begin <= utc_naive < end else timedelta(hours=1)


def parse_utc(value: str | None) -> datetime | None:
    """``2026-11-26T09:30:00Z`` (or with an offset) → an aware UTC datetime; None for empty or unreadable text."""
    if not value or not isinstance(value, str):
        return None
    text = value.strip()
    if text.endswith("Z"):
        text = text[:-1] + "+00:00"
    try:
        parsed = datetime.fromisoformat(text)
    except ValueError:
        return None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    return parsed.astimezone(UTC)


def to_berlin(instant: datetime, *, use_zoneinfo: bool = True) -> datetime:
    """An aware instant as naive Europe/Berlin wall-clock time."""
    utc = instant.astimezone(UTC)
    zone = _berlin_zone() if use_zoneinfo else None
    if zone is not None:
        return utc.astimezone(zone).replace(tzinfo=None)
    naive = utc.replace(tzinfo=None)
    return naive + _rule_offset(naive)


def clock_de(local: datetime) -> str:
    """``10:42``"""
    return f"{local.hour:02d}:{local.minute:02d}"


def date_de(local: datetime | date) -> str:
    """``26.11.2026``"""
    return f"{local.day:02d}.{local.month:02d}.{local.year}"


def short_date_de(local: datetime | date) -> str:
    """``Do., 26.11.``"""
    return f"{WEEKDAYS_DE[local.weekday()]}, {local.day:02d}.{local.month:02d}."


def datetime_de(value: str | None) -> str:
    """``26.11.2026, 10:42`` (Berlin time) for a stored UTC string; '' when unknown."""
    instant = parse_utc(value)
    if instant is None:
        return ""
    local = to_berlin(instant)
    return f"{date_de(local)}, {clock_de(local)}"
