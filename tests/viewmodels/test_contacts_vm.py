"""ContactsViewModel (/lotsen): who sees which contacts, urgency order, search, consent in the rows, paging."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from app.viewmodels.contacts import ContactsViewModel
from core.demo import demo_records
from tests.viewmodels.care_support import BRUEGGEMANN, HENNECKE, TODAY, async_test, signed_in, wait_for

ARNSBERG = {v["id"] for e, v in demo_records(TODAY) if e == "contact" and v["municipality"] == "arnsberg"}


def day(offset: int) -> str:
    return (TODAY + timedelta(days=offset)).isoformat()


@async_test
async def test_a_lotse_sees_her_contacts_and_overdue_ones_come_first(tmp_path: Path) -> None:
    async with signed_in(tmp_path, "monika.peters") as (_server, session):
        replica = session.replica
        # the newest visit of Brüggemann planned a visit last week; Hennecke has a task past its due date
        replica.create("visit", {"contact": BRUEGGEMANN, "date": day(-10), "next_visit": day(-6),
                                 "topics": ["einsamkeit"]})
        replica.create("task", {"contact": HENNECKE, "text": "Rückruf bei der Pflegekasse", "due": day(-2)})
        vm = ContactsViewModel(session)
        assert vm.allowed and not vm.is_coordinator
        assert {r.id for r in vm.rows} == ARNSBERG  # Menden's contacts never reached this device
        first_two = vm.rows[:2]
        assert {r.id for r in first_two} == {BRUEGGEMANN, HENNECKE}
        assert all(r.overdue for r in first_two) and not any(r.overdue for r in vm.rows[2:])
        assert first_two[0].id == BRUEGGEMANN  # both overdue: the earlier next visit first
        brueggemann = first_two[0]
        assert brueggemann.visit_overdue and brueggemann.next_visit == day(-6)
        assert "überfällig" in vm.describe(brueggemann)
        hennecke = first_two[1]
        assert hennecke.overdue_tasks == 1 and hennecke.open_tasks == 3
        assert "1 überfällige Aufgabe" in vm.describe(hennecke) and "3 offene Aufgaben" in vm.describe(hennecke)
        rest = [r for r in vm.rows[2:]]
        dated = [r.next_visit for r in rest if r.next_visit]
        assert dated == sorted(dated), "then by the next planned visit"
        assert [r for r in rest if not r.next_visit] == rest[len(dated):], "contacts without a plan last"
        assert vm.summary.startswith("6 Kontakte") and "2 brauchen Aufmerksamkeit" in vm.summary


@async_test
async def test_the_care_grade_is_only_listed_with_consent_to_health_data(tmp_path: Path) -> None:
    async with signed_in(tmp_path, "monika.peters") as (_server, session):
        vm = ContactsViewModel(session)
        rows = {r.id: r for r in vm.rows}
        assert rows[HENNECKE].care_grade == 2 and "Pflegegrad 2" in vm.describe(rows[HENNECKE])
        assert rows[BRUEGGEMANN].care_grade is None and "Pflegegrad" not in vm.describe(rows[BRUEGGEMANN])
        # a care grade stored without that consent (e.g. by an older app) is not shown either
        cid = session.replica.create("contact", {
            "name": "Erna Ohnezustimmung", "municipality": "arnsberg", "assigned_lotsen": ["monika.peters"],
            "consent_scope": ["kontaktdaten"], "consent_date": day(-1), "care_grade": 3})
        vm.session_changed()
        row = next(r for r in vm.rows if r.id == cid)
        assert row.care_grade is None and "Pflegegrad" not in vm.describe(row)


@async_test
async def test_search_by_name_ignores_case_and_accents(tmp_path: Path) -> None:
    async with signed_in(tmp_path, "monika.peters") as (_server, session):
        vm = ContactsViewModel(session)
        vm.set_query("brugge")
        assert [r.id for r in vm.rows] == [BRUEGGEMANN]
        vm.set_query("GERTRUD hennecke")
        assert [r.id for r in vm.rows] == [HENNECKE]
        vm.set_query("Niemand")
        assert vm.rows == [] and vm.summary == "Kein Kontakt passt zu „Niemand“."
        vm.set_query("")
        assert len(vm.rows) == len(ARNSBERG)


@async_test
async def test_rows_are_paged(tmp_path: Path) -> None:
    async with signed_in(tmp_path, "monika.peters") as (_server, session):
        vm = ContactsViewModel(session, page_size=4)
        assert len(vm.rows) == 4 and vm.has_more and vm.total == 6
        vm.show_more()
        assert len(vm.rows) == 6 and not vm.has_more


@async_test
async def test_a_coordinator_sees_every_contact_of_her_town(tmp_path: Path) -> None:
    async with signed_in(tmp_path, "katrin.berg") as (_server, session):
        vm = ContactsViewModel(session)
        assert vm.allowed and vm.is_coordinator
        assert {r.id for r in vm.rows} == ARNSBERG


@async_test
async def test_a_volunteer_gets_no_care_list(tmp_path: Path) -> None:
    async with signed_in(tmp_path, "lena.vogt") as (_server, session):
        vm = ContactsViewModel(session)
        assert not vm.allowed and vm.rows == []
        assert session.replica.contacts() == [] and session.replica.all_records("contact") == []


@async_test
async def test_the_list_follows_new_data_and_logout(tmp_path: Path) -> None:
    async with signed_in(tmp_path, "monika.peters") as (_server, session):
        vm = ContactsViewModel(session)
        vm.attach()
        seen: list[int] = []
        vm.subscribe(lambda: seen.append(len(vm.rows)))
        session.replica.create("contact", {
            "name": "Neu Angelegt", "municipality": "arnsberg", "assigned_lotsen": ["monika.peters"],
            "consent_scope": ["kontaktdaten"], "consent_date": day(0)})
        session.edited()  # what every view-model does after a write
        assert any(n == 7 for n in seen)
        await session.logout()
        await wait_for(lambda: not vm.allowed)
        assert vm.rows == []
        vm.detach()
