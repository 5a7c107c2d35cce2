"""The shell's navigation model: destinations by role, bottom bar vs rail, selection for deep links, routes."""

from __future__ import annotations

import flet as ft
import pytest
from flet.components.router import (
    _match_routes,
)  # the Router's own matcher: checks our route table as it runs

from app.i18n import de
from app.ui.icons import icon
from app.ui.routes import build_routes
from app.viewmodels.session import CARE_ROLES, SessionViewModel
from app.viewmodels.shell import (
    DESTINATIONS,
    MAX_BAR_ITEMS,
    MORE,
    NARROW_BREAKPOINT,
    Viewport,
    bar_destinations,
    is_narrow,
    more_destinations,
    owner_of,
    selected_index,
    visible_destinations,
)
from core.access import Actor

VISITOR: frozenset[str] = frozenset()
LOTSE = frozenset({"lotse"})
COORDINATOR = frozenset({"coordinator"})
REQUIRED_ROUTES = [
    "/start", "/angebote", "/angebote/0192f0c4-7a1e-7c3b", "/vereine", "/vereine/abc", "/werkzeugkasten",
    "/termine", "/lotsen", "/lotsen/abc", "/konflikte", "/profil",
]  # fmt: skip


def keys(destinations):
    return [d.key for d in destinations]


def test_visitor_sees_everything_but_the_care_pages():
    assert keys(visible_destinations(VISITOR)) == [
        "start", "angebote", "vereine", "werkzeugkasten", "termine", "konflikte", "profil",
    ]  # fmt: skip


@pytest.mark.parametrize("roles", [LOTSE, COORDINATOR, LOTSE | COORDINATOR])
def test_lotsen_and_coordinators_see_the_care_pages(roles):
    assert "lotsen" in keys(visible_destinations(roles))
    assert "lotsen" in keys(more_destinations(roles))


def test_other_roles_do_not_see_the_care_pages():
    assert "lotsen" not in keys(visible_destinations(frozenset({"club_admin", "admin"})))


@pytest.mark.parametrize("roles", [VISITOR, LOTSE, COORDINATOR])
def test_bottom_bar_has_at_most_five_items_and_mehr_holds_the_rest(roles):
    bar = bar_destinations(roles)
    assert len(bar) <= MAX_BAR_ITEMS and bar[-1] is MORE
    assert set(keys(bar[:-1])) | set(keys(more_destinations(roles))) == set(keys(visible_destinations(roles)))


@pytest.mark.parametrize(
    ("path", "expected"),
    [("/", "start"), ("/start", "start"), ("/vereine", "vereine"), ("/vereine/42", "vereine"),
     ("/angebote/x?q=1", "angebote"), ("/werkzeugkasten", "mehr"), ("/profil", "mehr"), ("/mehr", "mehr"),
     ("/vereineX", None), ("/gibt-es-nicht", None)],
)  # fmt: skip
def test_selected_bar_item_for_a_path(path, expected):
    bar = bar_destinations(VISITOR)
    index = selected_index(path, bar, VISITOR)
    assert (bar[index].key if index is not None else None) == expected


def test_rail_selects_the_page_itself_and_hides_care_from_visitors():
    rail = visible_destinations(VISITOR)
    assert rail[selected_index("/werkzeugkasten", rail, VISITOR)].key == "werkzeugkasten"
    assert selected_index("/lotsen/1", rail, VISITOR) is None
    assert owner_of("/lotsen/1", LOTSE).key == "lotsen"


def test_breakpoint():
    assert is_narrow(320) and is_narrow(839) and not is_narrow(NARROW_BREAKPOINT) and not is_narrow(1280)
    assert is_narrow(0) and is_narrow(None)  # before the first resize event: phone layout


def test_viewport_notifies_only_on_change():
    viewport, calls = Viewport(412, 892), []
    viewport.subscribe(lambda: calls.append(viewport.width))
    viewport.resize(412, 892)
    viewport.resize(1280, 800)
    assert calls == [1280] and not viewport.narrow


def test_every_destination_has_german_and_english_labels_and_real_icons():
    for d in (*DESTINATIONS, MORE):
        assert d.label_key in de.TEXTS
        assert isinstance(icon(d.icon), type(ft.Icons.HOME)) and isinstance(
            icon(d.selected_icon), type(ft.Icons.HOME)
        )


@pytest.mark.parametrize("path", REQUIRED_ROUTES)
def test_every_required_route_is_deep_linkable(path):
    chain = _match_routes(build_routes(), path)
    assert chain is not None and chain[-1].full_path != "/:rest*", f"{path} falls through to 'not found'"


def test_route_ids_reach_the_page_and_unknown_paths_are_not_found():
    assert _match_routes(build_routes(), "/vereine/0192f0c4")[-1].params == {"id": "0192f0c4"}
    assert _match_routes(build_routes(), "/vereine/1/2")[-1].full_path == "/:rest*"


def test_session_roles_gate_the_care_area():
    session = SessionViewModel()
    assert session.is_visitor and not session.may_see(CARE_ROLES) and session.may_see(frozenset())
    session.sign_in(Actor("anna", frozenset({"lotse"}), "arnsberg"), "Anna")
    assert session.may_see(CARE_ROLES) and session.display_name == "Anna"
    session.sign_out()
    assert session.is_visitor and not session.may_see(CARE_ROLES)


def test_pages_outside_a_destination_route_highlight_their_destination():
    from app.viewmodels.shell import owner_of

    assert owner_of("/meine-angebote", frozenset()).route == "/angebote"
    assert owner_of("/barrierefreiheit", frozenset()).route == "/profil"
