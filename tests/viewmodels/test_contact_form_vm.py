"""ContactFormViewModel: create and edit contacts with consent; German validation; consent gates health data."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from app.viewmodels.care_common import format_date
from app.viewmodels.contact_form import NO_ACCESS, OK, ContactFormViewModel
from app.viewmodels.contacts import ContactsViewModel
from tests.viewmodels.care_support import BRUEGGEMANN, HENNECKE, TODAY, async_test, signed_in, wait_for


def german(offset: int) -> str:
    return format_date((TODAY + timedelta(days=offset)).isoformat())


@async_test
async def test_a_lotse_creates_a_contact_for_her_town_assigned_to_herself(tmp_path: Path) -> None:
    async with signed_in(tmp_path, "monika.peters") as (server, session):
        vm = ContactFormViewModel(session)
        assert vm.state == OK and vm.is_new and not vm.may_assign and vm.town == "Arnsberg"
        assert vm.values["consent_date"] == german(0) and vm.scopes == {"kontaktdaten"}
        vm.set("name", "Hildegard Neumann")
        vm.set("phone", "02931 123456")
        vm.set("needs", "Braucht Hilfe beim Einkaufen.")
        vm.set_care_grade("2")  # not stored: no consent to health data (yet)
        vm.set("contact_person", "Neffe Tim")  # not stored: no consent to contact relatives
        contact_id = vm.save()
        assert contact_id and vm.errors == {}
        contact = session.replica.get("contact", contact_id)
        assert contact["assigned_lotsen"] == ["monika.peters"] and contact["municipality"] == "arnsberg"
        assert contact["consent_recorded_by"] == "monika.peters" and contact["consent_date"] == TODAY.isoformat()
        assert contact.get("care_grade") is None and contact.get("contact_person") is None
        assert contact_id in {r.id for r in ContactsViewModel(session).rows}
        await wait_for(lambda: server.record("contact", contact_id) is not None)  # session.edited() -> synced


@async_test
async def test_validation_messages_are_german_and_by_field(tmp_path: Path) -> None:
    async with signed_in(tmp_path, "monika.peters") as (_server, session):
        vm = ContactFormViewModel(session)
        vm.toggle_scope("kontaktdaten", False)
        vm.set("consent_date", german(2))
        vm.set("phone", "bitte anrufen")
        assert vm.save() is None
        assert vm.errors["name"] == "Bitte einen Namen angeben (höchstens 120 Zeichen)."
        assert vm.errors["consent_scope"] == ("Ohne Einwilligung „Kontaktdaten speichern“ darf kein Kontakt "
                                              "gespeichert werden.")
        assert vm.errors["consent_date"] == "Einwilligung am: das Datum darf nicht in der Zukunft liegen."
        assert vm.errors["phone"].startswith("Telefon: bitte eine gültige Telefonnummer angeben")
        vm.set("consent_date", "")
        assert not vm.validate()
        assert vm.errors["consent_date"] == "Bitte das Datum der Einwilligung angeben."
        vm.set("name", "Jemand")
        assert "name" not in vm.errors, "an error goes away when its field is edited"
        assert session.replica.outbox_count() == 0


@async_test
async def test_care_grade_is_kept_only_with_consent_to_health_data(tmp_path: Path) -> None:
    async with signed_in(tmp_path, "monika.peters") as (_server, session):
        vm = ContactFormViewModel(session, HENNECKE)
        assert vm.state == OK and vm.care_grade == "2" and vm.health_allowed and vm.removal_notice == ""
        assert vm.values["assigned"] == "monika.peters" and not vm.may_assign
        vm.toggle_scope("gesundheitsdaten", False)
        vm.toggle_scope("angehoerige", False)
        assert vm.removal_notice == ("Ohne die passende Einwilligung wird beim Speichern entfernt: Pflegegrad, "
                                     "Ansprechperson.")
        vm.set("consent_date", german(0))
        assert vm.save() == HENNECKE
        contact = session.replica.get("contact", HENNECKE)
        assert contact.get("care_grade") is None and contact.get("contact_person") is None
        assert contact["consent_scope"] == ["kontaktdaten", "weitergabe"]
        assert contact["consent_recorded_by"] == "monika.peters" and contact["consent_date"] == TODAY.isoformat()


@async_test
async def test_editing_without_changes_writes_nothing(tmp_path: Path) -> None:
    async with signed_in(tmp_path, "monika.peters") as (_server, session):
        vm = ContactFormViewModel(session, BRUEGGEMANN)
        assert vm.save() == BRUEGGEMANN and session.replica.outbox_count() == 0
        vm.set("needs", "Neu: Begleitung zum Arzt gewünscht.")
        assert vm.save() == BRUEGGEMANN
        assert session.replica.get("contact", BRUEGGEMANN)["needs"] == "Neu: Begleitung zum Arzt gewünscht."
        pending = session.replica.pending_mutations()
        assert len(pending) <= 1 and (not pending or set(pending[0]["fields"]) == {"needs"})


@async_test
async def test_a_coordinator_assigns_lotsen(tmp_path: Path) -> None:
    async with signed_in(tmp_path, "katrin.berg") as (_server, session):
        vm = ContactFormViewModel(session)
        assert vm.may_assign and vm.values["assigned"] == ""
        vm.set("name", "Familie Berger")
        assert vm.save() is None
        assert vm.errors["assigned"] == ("Bitte mindestens eine zuständige Lotsin oder einen zuständigen Lotsen "
                                         "angeben.")
        vm.set("assigned", "Monika.Peters, ")
        contact_id = vm.save()
        assert contact_id
        contact = session.replica.get("contact", contact_id)
        assert contact["assigned_lotsen"] == ["monika.peters"] and contact["consent_recorded_by"] == "katrin.berg"


@async_test
async def test_no_form_for_volunteers(tmp_path: Path) -> None:
    async with signed_in(tmp_path, "lena.vogt") as (_server, session):
        assert ContactFormViewModel(session).state == NO_ACCESS
        assert ContactFormViewModel(session, HENNECKE).state == NO_ACCESS
