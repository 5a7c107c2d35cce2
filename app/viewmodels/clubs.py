"""The club directory (/vereine): search (full text), filters (town, category, accessibility facts), paging.

Also home of :class:`SessionBoundViewModel`, the base of the Vereine/Werkzeugkasten/Termine view-models: they read
the session's local replica (works offline) and reload whenever the session changes — after a login or logout
(another replica), after a sync pulled new data, after a local edit.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any, Protocol

from app.viewmodels.observable import SessionFollower
from core import reference as ref
from core.access import Actor

PAGE_SIZE = 50
SUMMARY_LEN = 180
# The accessibility facts in the order the UI shows them (all of core.reference.ACCESSIBILITY); the first four are
# what most people filter by, so the directory offers them first.
ACCESSIBILITY_KEYS: tuple[str, ...] = (
    "stufenlos", "barrierefreies_wc", "induktionsschleife", "leichte_sprache",
    *[k for k in ref.ACCESSIBILITY if k not in ("stufenlos", "barrierefreies_wc", "induktionsschleife",
                                                 "leichte_sprache")],
)
# Material icon names (ft.Icons.<name>) of the accessibility facts, for the profile and the list rows.
ACCESSIBILITY_ICONS: dict[str, str] = {
    "stufenlos": "ACCESSIBLE",
    "aufzug": "ELEVATOR",
    "barrierefreies_wc": "WC",
    "induktionsschleife": "HEARING",
    "leichte_sprache": "MENU_BOOK",
    "gebaerdensprache": "SIGN_LANGUAGE",
    "behindertenparkplatz": "LOCAL_PARKING",
    "assistenzhunde": "PETS",
}


class SessionLike(Protocol):
    """What the view-models need of app.services.app_session.AppSession."""

    replica: Any

    def subscribe(self, listener: Callable[[], None]) -> Callable[[], None]: ...

    def edited(self) -> None: ...

    @property
    def actor(self) -> Actor | None: ...

    @property
    def username(self) -> str | None: ...

    @property
    def is_visitor(self) -> bool: ...


class SessionBoundViewModel(SessionFollower):
    """Reads the session's replica; :meth:`attach` subscribes to the session (call the returned function, or
    :meth:`detach`, when the screen goes away). Subclasses implement :meth:`load` and return the state to show;
    :meth:`refresh` notifies only when that state changed, so a sync that brought nothing new re-renders nothing."""

    def __init__(self, session: SessionLike) -> None:
        super().__init__()
        self.session = session
        self._state: Any = object()

    @property
    def replica(self) -> Any:
        return getattr(self.session, "replica", None)

    @property
    def username(self) -> str | None:
        return self.session.username

    def session_changed(self) -> None:
        self.refresh()

    def attached(self) -> None:
        self.refresh()

    def refresh(self, *, force: bool = False) -> None:
        """Reload; notify when the state changed (or always, with ``force``: e.g. a filter the view shows)."""
        replica = self.replica
        state = self.load(replica) if replica is not None else self.empty_state()
        if state != self._state or force:
            self._state = state
            self.apply(state)
            self.notify()

    # -- to implement
    def load(self, replica: Any) -> Any:
        raise NotImplementedError

    def empty_state(self) -> Any:
        return None

    def apply(self, state: Any) -> None:
        """Copy the loaded state onto the attributes the view reads."""


@dataclass(frozen=True)
class ClubFilters:
    text: str = ""
    municipality: str | None = None  # None: both towns
    category: str | None = None  # None: every category
    accessibility: frozenset[str] = frozenset()  # every chosen fact must be present

    @property
    def active(self) -> bool:
        return bool(self.text.strip() or self.municipality or self.category or self.accessibility)

    def query(self) -> dict[str, Any]:
        return {
            "text": self.text.strip() or None,
            "municipality": self.municipality,
            "category": self.category,
            "accessibility": sorted(self.accessibility),
        }


@dataclass(frozen=True)
class ClubItem:
    id: str
    name: str
    kind: str
    municipality: str
    categories: tuple[str, ...]
    accessibility: tuple[str, ...]  # in ACCESSIBILITY_KEYS order
    summary: str
    wants_coaching: bool = False

    @property
    def kind_label(self) -> str:
        return ref.ORGANISATION_KINDS.get(self.kind, self.kind)

    @property
    def town_label(self) -> str:
        return ref.MUNICIPALITIES.get(self.municipality, self.municipality)


def ordered_accessibility(values: Any) -> tuple[str, ...]:
    present = set(values or ())
    known = tuple(k for k in ACCESSIBILITY_KEYS if k in present)
    return known + tuple(sorted(present - set(known)))  # facts of a newer app version stay visible


def summary(text: str | None, length: int = SUMMARY_LEN) -> str:
    """The first sentence(s) of a description, cut at a word boundary with an ellipsis."""
    text = " ".join((text or "").split())
    if len(text) <= length:
        return text
    cut = text[:length].rsplit(" ", 1)[0].rstrip(",;:–-")
    return cut + " …"


def club_item(record: dict[str, Any]) -> ClubItem:
    return ClubItem(
        id=record["id"],
        name=record.get("name") or "",
        kind=record.get("kind") or "",
        municipality=record.get("municipality") or "",
        categories=tuple(record.get("categories") or ()),
        accessibility=ordered_accessibility(record.get("accessibility")),
        summary=summary(record.get("description")),
        wants_coaching=bool(record.get("wants_coaching")),
    )


@dataclass(frozen=True)
class _ClubsState:
    items: tuple[ClubItem, ...] = ()
    total: int = 0
    any_clubs: bool = False


class ClubsViewModel(SessionBoundViewModel):
    """The directory. Filters apply at once; results come in pages of PAGE_SIZE ("Mehr laden")."""

    def __init__(self, session: SessionLike, page_size: int = PAGE_SIZE) -> None:
        super().__init__(session)
        self.page_size = page_size
        self.filters = ClubFilters()
        self.limit = page_size
        self.items: tuple[ClubItem, ...] = ()
        self.total = 0
        self.any_clubs = False  # False: the device holds no club at all yet (first sync pending)

    # -- loading
    def load(self, replica: Any) -> _ClubsState:
        query = self.filters.query()
        records = replica.organisations(**query, limit=self.limit)
        total = replica.count_organisations(**query)
        any_clubs = total > 0 or (self.filters.active and replica.count_organisations() > 0)
        return _ClubsState(tuple(club_item(r) for r in records), total, any_clubs)

    def empty_state(self) -> _ClubsState:
        return _ClubsState()

    def apply(self, state: _ClubsState) -> None:
        self.items, self.total, self.any_clubs = state.items, state.total, state.any_clubs

    @property
    def has_more(self) -> bool:
        return len(self.items) < self.total

    # -- changing the filters
    def _set_filters(self, filters: ClubFilters) -> None:
        if filters != self.filters:
            self.filters = filters
            self.limit = self.page_size
            self.refresh(force=True)

    def set_text(self, text: str) -> None:
        self._set_filters(replace(self.filters, text=text or ""))

    def set_municipality(self, municipality: str | None) -> None:
        if municipality is not None and municipality not in ref.MUNICIPALITIES:
            raise ValueError(f"unknown municipality {municipality!r}")
        self._set_filters(replace(self.filters, municipality=municipality or None))

    def set_category(self, category: str | None) -> None:
        if category is not None and category not in ref.CATEGORIES:
            raise ValueError(f"unknown category {category!r}")
        self._set_filters(replace(self.filters, category=category or None))

    def set_accessibility(self, key: str, on: bool) -> None:
        if key not in ref.ACCESSIBILITY:
            raise ValueError(f"unknown accessibility fact {key!r}")
        chosen = set(self.filters.accessibility)
        if on:
            chosen.add(key)
        else:
            chosen.discard(key)
        self._set_filters(replace(self.filters, accessibility=frozenset(chosen)))

    def toggle_accessibility(self, key: str) -> None:
        self.set_accessibility(key, key not in self.filters.accessibility)

    def reset_filters(self) -> None:
        self._set_filters(ClubFilters(text=self.filters.text))

    def load_more(self) -> None:
        if self.has_more:
            self.limit += self.page_size
            self.refresh()
