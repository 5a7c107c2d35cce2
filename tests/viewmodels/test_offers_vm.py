"""OffersViewModel: search as you type (debounced, prefix), filters, paging over 10,000 offers, following syncs."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from app.viewmodels.offers import (
    OfferSummary,
    OffersViewModel,
    date_de,
    datetime_de,
    parse_date_de,
)
from core.ids import uuid7
from tests.viewmodels.offer_vm_support import Counter, make_server, offer, open_session, run_async, sync

MIXED = [
    offer(title="Smartphone-Hilfe für Senioren", area="wissen", direction="biete", municipality="arnsberg",
          categories=["digitales", "senioren"]),
    offer(title="Nachhilfe Mathe für die 8. Klasse", area="wissen", direction="suche", municipality="arnsberg",
          categories=["bildung"], online_possible=True),
    offer(title="Helfer:innen für die Tafel", area="ehrenamt", direction="suche", municipality="menden",
          categories=["nachbarschaftshilfe"]),
    offer(title="Einkaufshilfe in Hüsten", area="ehrenamt", direction="biete", municipality="arnsberg",
          categories=["nachbarschaftshilfe", "senioren"]),
    offer(title="Entwurf: Smartphone-Kurs", status="draft"),
    offer(title="Archiviert: Smartphone-Treff", status="archived"),
]


def titles(vm: OffersViewModel) -> set[str]:
    return {i.title for i in vm.items}


@run_async
async def test_lists_active_offers_only_with_count(tmp_path: Path) -> None:
    server = make_server(tmp_path)
    session = await open_session(tmp_path, server, "vera")
    session.replica.create_many("offer", MIXED)
    vm = OffersViewModel(session)
    vm.attach()
    assert vm.total == 4 and len(vm.items) == 4 and not vm.has_more
    assert "Entwurf: Smartphone-Kurs" not in titles(vm) and "Archiviert: Smartphone-Treff" not in titles(vm)
    row = next(i for i in vm.items if i.title.startswith("Smartphone"))
    assert (row.area, row.direction, row.municipality) == ("wissen", "biete", "arnsberg")
    assert row.categories == ("senioren", "digitales")  # reference order
    vm.detach()
    await session.close()
    server.close()


@run_async
async def test_search_as_you_type_is_debounced_and_matches_prefixes(tmp_path: Path) -> None:
    server = make_server(tmp_path)
    session = await open_session(tmp_path, server, "vera")
    session.replica.create_many("offer", MIXED)
    vm = OffersViewModel(session, debounce_s=0.05)
    vm.attach()
    seen = Counter(vm)
    for text in ("S", "Sm", "Sma", "Smart", "Smartph"):
        vm.set_query(text)
    assert vm.pending and vm.total == 4, "nothing is searched while the person is still typing"
    assert seen.calls == 0
    await vm.settled()
    assert seen.calls == 1, "five keystrokes, one search"
    assert vm.searched_query == "Smartph"
    assert titles(vm) == {"Smartphone-Hilfe für Senioren"}
    assert vm.total == 1
    vm.set_query("hilfe senioren")  # several words: all must match (any order, any case)
    await vm.settled()
    assert titles(vm) == {"Smartphone-Hilfe für Senioren"}
    vm.set_query("")
    await vm.settled()
    assert vm.total == 4
    vm.set_query('"AND title: NEAR(')  # user text is never search syntax
    await vm.settled()
    assert vm.total == 0 and vm.items == []
    vm.detach()
    await session.close()
    server.close()


@run_async
async def test_a_newer_keystroke_cancels_the_pending_search_and_enter_searches_at_once(tmp_path: Path) -> None:
    server = make_server(tmp_path)
    session = await open_session(tmp_path, server, "vera")
    session.replica.create_many("offer", MIXED)
    vm = OffersViewModel(session, debounce_s=10)
    vm.attach()
    vm.set_query("Tafel")
    vm.set_query("Mathe")
    vm.search_now()
    assert not vm.pending
    assert titles(vm) == {"Nachhilfe Mathe für die 8. Klasse"}
    vm.detach()
    await session.close()
    server.close()


@run_async
async def test_filters_combine_with_each_other_and_with_the_search(tmp_path: Path) -> None:
    server = make_server(tmp_path)
    session = await open_session(tmp_path, server, "vera")
    session.replica.create_many("offer", MIXED)
    vm = OffersViewModel(session)
    vm.attach()
    vm.set_area("wissen")
    assert titles(vm) == {"Smartphone-Hilfe für Senioren", "Nachhilfe Mathe für die 8. Klasse"}
    vm.set_direction("suche")
    assert titles(vm) == {"Nachhilfe Mathe für die 8. Klasse"}
    assert vm.filters.active_count == 2
    vm.clear_filters()
    vm.set_municipality("menden")
    assert titles(vm) == {"Helfer:innen für die Tafel"}
    vm.set_municipality(None)
    vm.toggle_category("senioren")
    assert titles(vm) == {"Smartphone-Hilfe für Senioren", "Einkaufshilfe in Hüsten"}
    vm.toggle_category("bildung")  # any of the chosen categories
    assert len(vm.items) == 3
    vm.toggle_category("senioren")
    vm.toggle_category("bildung")
    vm.set_online_only(True)
    assert titles(vm) == {"Nachhilfe Mathe für die 8. Klasse"}
    vm.set_online_only(False)
    vm.set_area("ehrenamt")
    vm.set_query("Einkauf")
    await vm.settled()
    assert titles(vm) == {"Einkaufshilfe in Hüsten"}
    vm.set_area("wissen")  # the search text stays when a filter changes
    assert vm.searched_query == "Einkauf" and vm.items == []
    with pytest.raises(ValueError):
        vm.set_area("sport")
    with pytest.raises(ValueError):
        vm.toggle_category("keine-kategorie")
    vm.detach()
    await session.close()
    server.close()


@run_async
async def test_ten_thousand_offers_are_paged_fifty_at_a_time(tmp_path: Path) -> None:
    server = make_server(tmp_path)
    session = await open_session(tmp_path, server, "vera")
    towns, areas = ("arnsberg", "menden"), ("ehrenamt", "wissen")
    records = [("offer", offer(id=uuid7(), title=f"Angebot Nummer {n} {'Smartphone' if n % 10 == 0 else 'Garten'}",
                               municipality=towns[n % 2], area=areas[n % 4 // 2], owner="vera"))
               for n in range(10_000)]
    session.replica.seed(records)
    vm = OffersViewModel(session)
    started = time.perf_counter()
    vm.attach()
    first_page_s = time.perf_counter() - started
    assert vm.total == 10_000
    assert len(vm.items) == 50 and vm.has_more
    vm.load_more()
    assert len(vm.items) == 100 and len({i.id for i in vm.items}) == 100
    vm.set_query("Smartph")
    await vm.settled()
    assert vm.total == 1_000 and len(vm.items) == 50, "a new search starts again at the first page"
    vm.set_area("wissen")
    assert vm.total == 500 and len(vm.items) == 50
    session.edited()  # a sync or an edit reloads what is shown, still one page
    assert len(vm.items) == 50
    print(f"\nfirst page of 10,000 offers: {first_page_s * 1000:.1f} ms")
    vm.detach()
    await session.close()
    server.close()


@run_async
async def test_the_list_follows_syncs_and_login(tmp_path: Path) -> None:
    server = make_server(tmp_path)
    owner = await open_session(tmp_path, server, "vera")
    visitor = await open_session(tmp_path, server, None)
    vm = OffersViewModel(visitor)
    vm.attach()
    await sync(visitor)
    assert vm.total == 0 and not vm.signed_in
    owner.replica.create("offer", offer(title="Fahrradreparatur im Repair-Café"))
    owner.replica.create("offer", offer(title="Noch ein Entwurf", status="draft"))
    owner.edited()
    await sync(owner, visitor)
    assert titles(vm) == {"Fahrradreparatur im Repair-Café"}, "a visitor receives public offers, not drafts"
    await visitor.login("jonas", "geheim-passwort-123")
    await sync(visitor)
    assert titles(vm) == {"Fahrradreparatur im Repair-Café"}, "after login: the person's own replica"
    assert vm.signed_in
    vm.detach()
    await owner.close()
    await visitor.close()
    server.close()


def test_summary_and_formatting_helpers() -> None:
    row = OfferSummary.of({"id": "x", "title": "T", "area": "wissen", "direction": "biete",
                           "municipality": "menden", "valid_until": "2020-01-01"})
    assert row.expired("2026-01-01") and not row.expired("2019-12-31")
    assert date_de("2026-11-26") == "26.11.2026" and date_de(None) == ""
    assert parse_date_de("26.11.2026") == "2026-11-26"
    assert parse_date_de("1.2.27") == "2027-02-01"
    assert parse_date_de("2026-11-26") == "2026-11-26"
    assert parse_date_de("31.02.2026") is None and parse_date_de("morgen") is None
    assert datetime_de(1_764_151_200_000) == "26.11.2025, 11:00"  # 10:00 UTC = 11:00 winter time
    assert datetime_de(1_751_364_000_000) == "01.07.2025, 12:00"  # 10:00 UTC = 12:00 summer time
