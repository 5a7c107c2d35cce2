"""The app shell's navigation: destinations, who sees which, which is selected for a route, bar or rail.

Icons are Material icon names (`ft.Icons.<name>`), so this module needs no Flet.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.viewmodels.observable import ViewModel
from app.viewmodels.session import CARE_ROLES

NARROW_BREAKPOINT = 840  # px: below this a bottom NavigationBar, from here on a NavigationRail
MAX_BAR_ITEMS = 5  # Material guidance; keeps every bar item ≥ 64 px wide even at 320 px


@dataclass(frozen=True)
class Destination:
    key: str
    route: str
    icon: str
    selected_icon: str
    roles: frozenset[str] = frozenset()  # empty: everyone
    in_bar: bool = False  # shown in the phone's bottom bar (the rest sits behind "Mehr")

    @property
    def label_key(self) -> str:
        return f"nav.{self.key}"


DESTINATIONS: tuple[Destination, ...] = (
    Destination("start", "/start", "HOME_OUTLINED", "HOME", in_bar=True),
    Destination("angebote", "/angebote", "VOLUNTEER_ACTIVISM_OUTLINED", "VOLUNTEER_ACTIVISM", in_bar=True),
    Destination("vereine", "/vereine", "GROUPS_OUTLINED", "GROUPS", in_bar=True),
    Destination("werkzeugkasten", "/werkzeugkasten", "HOME_REPAIR_SERVICE_OUTLINED", "HOME_REPAIR_SERVICE"),
    Destination("termine", "/termine", "EVENT_OUTLINED", "EVENT", in_bar=True),
    Destination("lotsen", "/lotsen", "HEALTH_AND_SAFETY_OUTLINED", "HEALTH_AND_SAFETY", roles=CARE_ROLES),
    Destination("konflikte", "/konflikte", "RESTORE_OUTLINED", "RESTORE"),
    Destination("profil", "/profil", "ACCOUNT_CIRCLE_OUTLINED", "ACCOUNT_CIRCLE"),
)
MORE = Destination("mehr", "/mehr", "MENU", "MENU_OPEN", in_bar=True)
HOME_ROUTE = "/start"


def is_narrow(width: float | None) -> bool:
    """Phone layout below the breakpoint. Unknown width (0/None, before the first resize event) counts as narrow."""
    return not width or width < NARROW_BREAKPOINT


def visible_destinations(roles: frozenset[str]) -> list[Destination]:
    return [d for d in DESTINATIONS if not d.roles or d.roles & roles]


def bar_destinations(roles: frozenset[str]) -> list[Destination]:
    """The bottom bar: the primary destinations plus "Mehr" for the rest."""
    return [d for d in visible_destinations(roles) if d.in_bar] + [MORE]


def more_destinations(roles: frozenset[str]) -> list[Destination]:
    """What the "Mehr" page lists: every visible destination that is not in the bottom bar."""
    return [d for d in visible_destinations(roles) if not d.in_bar]


# pages that belong to a destination without living under its route
ALIASES = {"/meine-angebote": "/angebote", "/barrierefreiheit": "/profil"}


def owner_of(path: str, roles: frozenset[str]) -> Destination | None:
    """The visible destination a path belongs to ("/vereine/42" → Vereine; "/" → Start), or None."""
    path = "/" + path.split("?", 1)[0].split("#", 1)[0].strip("/")
    if path == "/":
        path = HOME_ROUTE
    path = ALIASES.get(path, path)
    for d in visible_destinations(roles) + [MORE]:
        if path == d.route or path.startswith(d.route + "/"):
            return d
    return None


def selected_index(path: str, destinations: list[Destination], roles: frozenset[str]) -> int | None:
    """Index of the item to highlight in `destinations` for `path`; a page behind "Mehr" highlights "Mehr"."""
    owner = owner_of(path, roles)
    if owner is None:
        return None
    if owner in destinations:
        return destinations.index(owner)
    if MORE in destinations:
        return destinations.index(MORE)
    return None


class Viewport(ViewModel):
    """The size of the app's window/browser viewport, fed by the page's resize events."""

    def __init__(self, width: float | None = None, height: float | None = None) -> None:
        super().__init__()
        self.width = width or 0
        self.height = height or 0

    @property
    def narrow(self) -> bool:
        return is_narrow(self.width)

    def resize(self, width: float | None, height: float | None) -> None:
        if (width or 0, height or 0) != (self.width, self.height):
            self.width, self.height = width or 0, height or 0
            self.notify()
