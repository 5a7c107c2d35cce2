"""ContactDetailViewModel (/lotsen/<id>): consent shown clearly and gating, phone link, timeline append-only."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.store import PermissionDenied
from app.viewmodels.contact_detail import NO_ACCESS, NOT_FOUND, OK, ContactDetailViewModel
from tests.viewmodels.care_support import BRUEGGEMANN, HENNECKE, TODAY, async_test, signed_in, wait_for

APPEND_ONLY = "Ein erfasster Besuch kann nicht geändert werden. Bitte einen neuen Eintrag anlegen."


@async_test
async def test_contact_with_full_consent_shows_care_grade_relatives_and_timeline(tmp_path: Path) -> None:
    async with signed_in(tmp_path, "monika.peters") as (_server, session):
        vm = ContactDetailViewModel(session, HENNECKE)
        assert vm.state == OK and vm.name == "Gertrud Hennecke" and vm.town == "Arnsberg"
        consent = vm.consent
        assert consent.scopes == ("Kontaktdaten speichern", "Angaben zu Pflege und Gesundheit speichern",
                                  "Weitervermittlung an Angebote", "Kontakt zu Angehörigen")
        assert consent.missing == () and consent.recorded_by == "monika.peters"
        assert consent.date_text.count(".") == 2  # German date, e.g. 08.07.2026
        assert vm.care_grade_text == "Pflegegrad 2"
        assert vm.contact_person.startswith("Tochter Sabine Lahme")
        assert vm.phone == "0152 28851203" and vm.phone_url == "tel:015228851203"
        assert vm.needs.startswith("Lebt allein")
        dates = [v.date for v in vm.visits]
        assert len(dates) == 3 and dates == sorted(dates, reverse=True), "timeline: newest first"
        newest = vm.visits[0]
        assert newest.duration_text == "45 Minuten" and newest.author == "monika.peters"
        assert newest.topics == ("Einsamkeit / Begegnung", "Mobilität")
        assert vm.next_visit == TODAY.isoformat() and vm.next_visit_text.endswith("(heute)")
        assert not vm.next_visit_overdue and vm.may_edit


@async_test
async def test_without_consent_no_health_or_relatives_fields_are_shown(tmp_path: Path) -> None:
    async with signed_in(tmp_path, "monika.peters") as (_server, session):
        vm = ContactDetailViewModel(session, BRUEGGEMANN)
        assert vm.state == OK
        assert not vm.health_consent and vm.care_grade_text is None
        assert not vm.relatives_consent and vm.contact_person is None
        assert "Angaben zu Pflege und Gesundheit speichern" in vm.consent.missing
        assert "Kontakt zu Angehörigen" in vm.consent.missing


@async_test
async def test_visits_are_append_only_a_correction_is_a_new_entry(tmp_path: Path) -> None:
    async with signed_in(tmp_path, "monika.peters") as (_server, session):
        vm = ContactDetailViewModel(session, HENNECKE)
        vm.attach()
        original = vm.visits[0]
        with pytest.raises(PermissionDenied) as refused:
            session.replica.update("visit", original.id, {"notes": "nachträglich geändert"})
        assert refused.value.message == APPEND_ONLY
        assert session.replica.get("visit", original.id)["notes"] == original.notes
        assert session.replica.outbox_count() == 0, "nothing was written or queued"
        correction = session.replica.create("visit", {
            "contact": HENNECKE, "date": TODAY.isoformat(), "notes": f"Korrektur zum Besuch vom {original.date_text}"})
        session.edited()
        assert [v.id for v in vm.visits][:2] == [correction, original.id]  # followed the session
        vm.detach()


@async_test
async def test_unknown_contact_and_people_without_a_care_role(tmp_path: Path) -> None:
    async with signed_in(tmp_path, "monika.peters") as (server, session):
        assert ContactDetailViewModel(session, "0192f0c4-7a1e-7c3b-9d2a-4f5e6a7b8c9d").state == NOT_FOUND
        async with signed_in(tmp_path, "lena.vogt", server=server, name="volunteer") as (_s, volunteer):
            vm = ContactDetailViewModel(volunteer, HENNECKE)
            assert vm.state == NO_ACCESS and vm.contact is None and vm.visits == []


@async_test
async def test_a_contact_that_is_reassigned_disappears_from_the_lotse(tmp_path: Path) -> None:
    async with signed_in(tmp_path, "monika.peters") as (server, lotse):
        vm = ContactDetailViewModel(lotse, BRUEGGEMANN)
        vm.attach()
        async with signed_in(tmp_path, "katrin.berg", server=server, name="coordinator") as (_s, coordinator):
            coordinator.replica.update("contact", BRUEGGEMANN, {"assigned_lotsen": ["katrin.berg"]})
            coordinator.edited()
            await wait_for(lambda: server.record("contact", BRUEGGEMANN)["assigned_lotsen"] == ["katrin.berg"])
        lotse.request_sync()
        await wait_for(lambda: vm.state == NOT_FOUND)
        assert lotse.replica.visits_of(BRUEGGEMANN) == []  # purged with its visits
        vm.detach()
