"""ClubsViewModel: the club directory on a real replica synced from the real server (visitor and signed in)."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.viewmodels.clubs import ACCESSIBILITY_KEYS, ClubsViewModel, club_item, ordered_accessibility, summary
from core import reference as ref
from tests.viewmodels.appointment_vm_support import (
    CLUBS,
    Counter,
    close,
    club,
    make_server,
    open_session,
    run_async,
    sync,
)


def names(vm: ClubsViewModel) -> list[str]:
    return [i.name for i in vm.items]


@run_async
async def test_a_visitor_sees_every_club_sorted_by_name(tmp_path: Path) -> None:
    server = make_server(tmp_path)
    session = await open_session(tmp_path, server, None)
    vm = ClubsViewModel(session)
    vm.attach()
    assert names(vm) == sorted((values["name"] for _e, values in CLUBS), key=str.casefold)
    assert vm.total == len(CLUBS) and not vm.has_more and vm.any_clubs
    tafel = next(i for i in vm.items if i.name == "Neheimer Tafel")
    assert tafel.town_label == "Arnsberg" and tafel.kind_label == "Verein"
    await close(session)
    server.close()


@run_async
async def test_stufenlos_and_more_facts_must_all_be_present(tmp_path: Path) -> None:
    server = make_server(tmp_path)
    session = await open_session(tmp_path, server, None)
    vm = ClubsViewModel(session)
    vm.attach()
    counter = Counter(vm)
    vm.set_accessibility("stufenlos", True)
    assert names(vm) == ["Neheimer Tafel", "SV Ruhrtal Oeventrop", "TV Lendringsen"]
    assert counter.calls == 1
    vm.toggle_accessibility("barrierefreies_wc")
    assert names(vm) == ["SV Ruhrtal Oeventrop"]
    vm.set_municipality("menden")
    assert names(vm) == [] and vm.total == 0 and vm.any_clubs  # "no match", not "nothing synced yet"
    vm.reset_filters()
    assert vm.filters.accessibility == frozenset() and vm.total == len(CLUBS)
    await close(session)
    server.close()


@run_async
async def test_town_category_and_full_text(tmp_path: Path) -> None:
    server = make_server(tmp_path)
    session = await open_session(tmp_path, server, None)
    vm = ClubsViewModel(session)
    vm.attach()
    vm.set_municipality("menden")
    assert names(vm) == ["Repair-Café Menden", "TV Lendringsen"]
    vm.set_municipality(None)
    vm.set_category("sport")
    assert names(vm) == ["SV Ruhrtal Oeventrop", "TV Lendringsen"]
    vm.set_category(None)
    vm.set_text("Lendr")  # search as you type: prefixes match
    assert names(vm) == ["TV Lendringsen"]
    vm.set_text("Hüsten")
    assert names(vm) == ["Kirchenchor Hüsten"]
    vm.set_text('"; DROP TABLE organisation; --')  # user text is never query syntax
    assert names(vm) == []
    vm.set_text("")
    assert vm.total == len(CLUBS)
    with pytest.raises(ValueError):
        vm.set_category("gibt-es-nicht")
    with pytest.raises(ValueError):
        vm.set_accessibility("fahrstuhl", True)
    await close(session)
    server.close()


@run_async
async def test_pages_of_fifty_with_load_more(tmp_path: Path) -> None:
    many = [club(f"c{i:03d}", f"Verein {i:03d}", accessibility=["stufenlos"] if i % 2 else []) for i in range(120)]
    server = make_server(tmp_path, many)
    session = await open_session(tmp_path, server, None)
    vm = ClubsViewModel(session)
    vm.attach()
    assert len(vm.items) == 50 and vm.total == 120 and vm.has_more
    vm.load_more()
    vm.load_more()
    assert len(vm.items) == 120 and not vm.has_more
    vm.set_accessibility("stufenlos", True)  # a new filter starts at the first page again
    assert len(vm.items) == 50 and vm.total == 60
    await close(session)
    server.close()


@run_async
async def test_follows_the_session_new_clubs_arrive_with_a_sync(tmp_path: Path) -> None:
    server = make_server(tmp_path, [])
    session = await open_session(tmp_path, server, "vera")
    vm = ClubsViewModel(session)
    detach = vm.attach()
    assert vm.items == () and not vm.any_clubs  # the UI says "not synced yet", not "no match"
    server.service.seed([], CLUBS[:2])
    await sync(session)
    assert names(vm) == ["Neheimer Tafel", "SV Ruhrtal Oeventrop"]
    detach()
    server.service.seed([], CLUBS[2:3])
    await sync(session)
    assert len(vm.items) == 2  # detached view-models stay still
    await close(session)
    server.close()


def test_items_show_accessibility_in_a_fixed_order_and_a_short_summary() -> None:
    item = club_item({"id": "x", "name": "A", "kind": "initiative", "municipality": "menden",
                      "accessibility": ["leichte_sprache", "neues_merkmal", "stufenlos"],
                      "description": "Wort " * 100})
    assert item.accessibility == ("stufenlos", "leichte_sprache", "neues_merkmal")
    assert item.town_label == "Menden (Sauerland)" and item.kind_label == "Initiative"
    assert item.summary.endswith(" …") and len(item.summary) <= 182
    assert summary("Kurz.") == "Kurz."
    assert set(ACCESSIBILITY_KEYS) == set(ref.ACCESSIBILITY)
    assert ACCESSIBILITY_KEYS[:4] == ("stufenlos", "barrierefreies_wc", "induktionsschleife", "leichte_sprache")
    assert ordered_accessibility(None) == ()
