"""Angebote & Gesuche: the searchable, filterable, paged list (Ehrenamt platform and Wissensbörse in one).

- Search as you type: every change of the search text waits ``debounce_s`` (asyncio, no threads) and then runs
  the replica's full-text search (prefix: "Smartph" finds "Smartphone-Hilfe"); a newer keystroke cancels it.
- Filters: area (ehrenamt/wissen), direction (biete/suche), categories (any of), town, online possible.
- Paged: the first ``page_size`` results, then ``load_more()`` appends the next page; the list never holds more
  than the pages asked for, so 10,000 offers cost one page query, not 10,000 rows.
- Follows the session: a login/logout or a sync that changed offers reloads the pages already shown.

Also holds the small formatting helpers the offer screens share (dates, times, labels of enum values).
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, timedelta
from typing import Any, Protocol

from app.viewmodels.observable import SessionFollower
from core import reference as ref

PAGE_SIZE = 50
DEBOUNCE_S = 0.25
PUBLIC_STATUS = "active"  # the public list shows offers that are open for interest


class OfferSession(Protocol):
    """What the offer view-models need of app.services.app_session.AppSession."""

    replica: Any

    def edited(self) -> None: ...

    def subscribe(self, listener: Callable[[], None]) -> Callable[[], None]: ...


def replica_of(session: OfferSession | None) -> Any:
    """The session's replica; None without a session (a preview) or before the session has opened one."""
    return getattr(session, "replica", None) if session is not None else None


class SessionReloading(SessionFollower):
    """A view-model that reloads whenever the session changes and loads when its screen appears. Subclasses set
    ``session``/``loaded`` and implement ``reload(force)``."""

    session: OfferSession | None
    loaded: bool = False

    def session_changed(self) -> None:
        self.reload()

    def attached(self) -> None:
        self.reload(force=not self.loaded)

    def reload(self, force: bool = False) -> None:
        raise NotImplementedError


def count_text(count: int, language: str = "de") -> str:
    """``10000`` → ``10.000`` (German) / ``10,000`` (English)."""
    text = f"{count:,}"
    return text.replace(",", ".") if language == "de" else text


# ------------------------------------------------------------------------------------------------ formatting
def labels_of(choices: dict[str, str], values: Iterable[str] | None) -> list[str]:
    """German labels of enum values in the order of the reference list (unknown values as they are)."""
    values = list(values or [])
    known = [choices[v] for v in choices if v in values]
    return known + [v for v in values if v not in choices]


def date_de(iso: str | None) -> str:
    """``2026-11-26`` → ``26.11.2026``; anything else as it is ('' for None)."""
    if not iso:
        return ""
    try:
        d = date.fromisoformat(iso)
    except ValueError:
        return iso
    return f"{d.day:02d}.{d.month:02d}.{d.year}"


def parse_date_de(text: str) -> str | None:
    """``26.11.2026`` / ``26.11.26`` / ``2026-11-26`` → ISO date; None when it is no valid date."""
    text = (text or "").strip()
    try:
        if "." in text:
            parts = [p.strip() for p in text.split(".") if p.strip()]
            if len(parts) != 3 or not all(p.isdigit() for p in parts):
                return None
            day, month, year = (int(p) for p in parts)
            if len(parts[2]) == 2:
                year += 2000
            elif len(parts[2]) != 4:
                return None
            return date(year, month, day).isoformat()
        if len(text) == 10 and text[4] == "-" and text[7] == "-":
            return date.fromisoformat(text).isoformat()
    except ValueError:
        return None
    return None


def _last_sunday(year: int, month: int) -> date:
    d = date(year, month + 1, 1) - timedelta(days=1) if month < 12 else date(year, 12, 31)
    return d - timedelta(days=(d.weekday() + 1) % 7)


def berlin_time(ms: int) -> datetime:
    """A UTC instant (ms since the epoch) as Europe/Berlin wall-clock time, by the EU summer-time rule (no tz
    database needed: Pyodide may have none)."""
    utc = datetime.fromtimestamp(ms / 1000, UTC).replace(tzinfo=None)
    start = datetime.combine(_last_sunday(utc.year, 3), datetime.min.time()) + timedelta(hours=1)
    end = datetime.combine(_last_sunday(utc.year, 10), datetime.min.time()) + timedelta(hours=1)
    return utc + timedelta(hours=2 if start <= utc < end else 1)


def datetime_de(ms: int | None) -> str:
    """``26.11.2026, 10:30`` (Berlin time); '' when unknown."""
    if not ms:
        return ""
    t = berlin_time(ms)
    return f"{t.day:02d}.{t.month:02d}.{t.year}, {t.hour:02d}:{t.minute:02d}"


# ------------------------------------------------------------------------------------------------ list rows
@dataclass(frozen=True)
class OfferSummary:
    """One row of an offer list (plain values; labels are the view's job)."""

    id: str
    title: str
    area: str
    direction: str
    municipality: str
    place: str = ""
    categories: tuple[str, ...] = ()
    online_possible: bool = False
    status: str = "draft"
    valid_until: str | None = None
    organisation: str | None = None
    owner: str = ""

    @classmethod
    def of(cls, record: dict[str, Any]) -> OfferSummary:
        return cls(
            id=record["id"],
            title=record.get("title") or "",
            area=record.get("area") or "",
            direction=record.get("direction") or "",
            municipality=record.get("municipality") or "",
            place=record.get("place") or "",
            categories=tuple(labels_order(record.get("categories") or [])),
            online_possible=bool(record.get("online_possible")),
            status=record.get("status") or "draft",
            valid_until=record.get("valid_until"),
            organisation=record.get("organisation"),
            owner=record.get("owner") or "",
        )

    def expired(self, today_iso: str) -> bool:
        return bool(self.valid_until) and self.valid_until < today_iso


def labels_order(categories: Iterable[str]) -> list[str]:
    """Category codes in the order of the reference list (unknown ones last)."""
    cats = list(categories)
    return [c for c in ref.CATEGORIES if c in cats] + [c for c in cats if c not in ref.CATEGORIES]


# ------------------------------------------------------------------------------------------------ filters
@dataclass(frozen=True)
class OfferFilters:
    area: str | None = None  # ehrenamt | wissen | None (both)
    direction: str | None = None  # biete | suche | None (both)
    municipality: str | None = None  # arnsberg | menden | None (both)
    categories: frozenset[str] = field(default_factory=frozenset)  # any of; empty: all
    online_only: bool = False

    @property
    def active_count(self) -> int:
        return sum(1 for v in (self.area, self.direction, self.municipality) if v) + len(self.categories) + (
            1 if self.online_only else 0)

    def query_args(self) -> dict[str, Any]:
        return {
            "area": self.area,
            "direction": self.direction,
            "municipality": self.municipality,
            "category": sorted(self.categories) or None,
            "online": True if self.online_only else None,
        }


def _choice(value: str | None, choices: dict[str, str], name: str) -> str | None:
    if value in (None, "", "alle"):
        return None
    if value not in choices:
        raise ValueError(f"{name} must be one of {sorted(choices)} or None, got {value!r}")
    return value


# ------------------------------------------------------------------------------------------------ the list
class OffersViewModel(SessionFollower):
    """The public list of active offers and requests."""

    def __init__(self, session: OfferSession, *, page_size: int = PAGE_SIZE, debounce_s: float = DEBOUNCE_S) -> None:
        super().__init__()
        self.session = session
        self.page_size = page_size
        self.debounce_s = debounce_s
        self.query = ""
        self.filters = OfferFilters()
        self.items: list[OfferSummary] = []
        self.total = 0
        self.loaded = False
        self.searched_query = ""  # the text the shown results belong to
        self.signed_in = False  # a person is logged in (offers "Meine Angebote")
        self._task: asyncio.Task[None] | None = None
        self._replica: Any = None

    # -- lifecycle (SessionFollower: attach when the screen appears, detach when it goes)
    def attached(self) -> None:
        self._load(len(self.items) or self.page_size, force=not self.loaded)

    def detached(self) -> None:
        self._cancel()

    def session_changed(self) -> None:
        # a new replica (login/logout) starts from the first page; a sync keeps the pages shown
        limit = self.page_size if replica_of(self.session) is not self._replica else max(len(self.items), self.page_size)
        self._load(limit)

    # -- search text (debounced)
    def set_query(self, text: str) -> None:
        """The search box changed: search after a short pause (a newer change restarts the pause)."""
        self.query = text or ""
        self._cancel()
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:  # no event loop (a plain script): search at once
            self._search()
            return
        self._task = loop.create_task(self._debounced())

    async def _debounced(self) -> None:
        await asyncio.sleep(self.debounce_s)
        self._task = None
        self._search()

    def search_now(self) -> None:
        """Search at once (Enter in the search box)."""
        self._cancel()
        self._search()

    async def settled(self) -> None:
        """Wait until a pending debounced search has run (tests, and callers that need the result)."""
        task = self._task
        if task is not None:
            try:
                await task
            except asyncio.CancelledError:
                pass

    @property
    def pending(self) -> bool:
        return self._task is not None and not self._task.done()

    def _cancel(self) -> None:
        if self._task is not None and not self._task.done():
            self._task.cancel()
        self._task = None

    def _search(self) -> None:
        self.searched_query = self.query.strip()
        self._load(self.page_size, force=True)

    # -- filters (apply at once)
    def set_area(self, area: str | None) -> None:
        self._set_filters(replace(self.filters, area=_choice(area, ref.AREAS, "area")))

    def set_direction(self, direction: str | None) -> None:
        self._set_filters(replace(self.filters, direction=_choice(direction, ref.DIRECTIONS, "direction")))

    def set_municipality(self, municipality: str | None) -> None:
        self._set_filters(replace(self.filters, municipality=_choice(municipality, ref.MUNICIPALITIES,
                                                                     "municipality")))

    def toggle_category(self, category: str, selected: bool | None = None) -> None:
        if category not in ref.CATEGORIES:
            raise ValueError(f"unknown category {category!r}")
        on = (category not in self.filters.categories) if selected is None else selected
        cats = self.filters.categories | {category} if on else self.filters.categories - {category}
        self._set_filters(replace(self.filters, categories=frozenset(cats)))

    def set_online_only(self, online_only: bool) -> None:
        self._set_filters(replace(self.filters, online_only=bool(online_only)))

    def clear_filters(self) -> None:
        self._set_filters(OfferFilters())

    def _set_filters(self, filters: OfferFilters) -> None:
        if filters == self.filters:
            return
        self.filters = filters
        self._cancel()  # the typed text is searched together with the new filters
        self._search()

    # -- paging
    @property
    def has_more(self) -> bool:
        return len(self.items) < self.total

    def load_more(self) -> None:
        """Append the next page."""
        replica = replica_of(self.session)
        if replica is None or not self.has_more:
            return
        rows = replica.offers(**self._query_args(), limit=self.page_size, offset=len(self.items))
        known = {i.id for i in self.items}
        self.items = self.items + [OfferSummary.of(r) for r in rows if r["id"] not in known]
        self.notify()

    def reload(self) -> None:
        self._load(max(len(self.items), self.page_size))

    def today_iso(self) -> str:
        replica = replica_of(self.session)
        return replica.today_iso() if replica is not None else date.today().isoformat()

    # -- loading
    def _query_args(self) -> dict[str, Any]:
        return {**self.filters.query_args(), "status": PUBLIC_STATUS, "text": self.searched_query or None}

    def _load(self, limit: int, *, force: bool = False) -> None:
        replica = replica_of(self.session)
        self._replica = replica
        if replica is None:
            items, total = [], 0
        else:
            args = self._query_args()
            total = replica.count_offers(**args)
            items = [OfferSummary.of(r) for r in replica.offers(**args, limit=limit)]
        signed_in = replica is not None and replica.username is not None
        changed = items != self.items or total != self.total or signed_in != self.signed_in or not self.loaded
        self.items, self.total, self.signed_in, self.loaded = items, total, signed_in, True
        if changed or force:
            self.notify()
