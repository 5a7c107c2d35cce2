"""OfferFormViewModel: German messages next to the fields, nothing lost on error, create and edit, rights."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.viewmodels.offer_form import OfferFormViewModel
from tests.viewmodels.offer_vm_support import Counter, make_server, offer, open_session, run_async, sync


def fill(vm: OfferFormViewModel, **values) -> None:
    for name, value in values.items():
        vm.set(name, value)


@run_async
async def test_an_empty_form_gets_every_message_next_to_its_field_and_keeps_the_input(tmp_path: Path) -> None:
    server = make_server(tmp_path)
    vera = await open_session(tmp_path, server, "vera")
    vm = OfferFormViewModel(vera)
    assert vm.is_new and vm.signed_in and vm.may_edit
    assert vm.values["municipality"] == "arnsberg", "the person's town is preset"
    assert vm.values["status"] == "active" and vm.status_choices() == ("active", "draft")
    fill(vm, description="Ich erkläre WhatsApp und Videoanrufe.", hours="zwei", valid_until="31.02.2030")
    assert vm.save() is None
    assert vm.errors == {
        "area": "Bitte einen Bereich (Ehrenamt oder Wissensbörse) angeben.",
        "direction": "Bitte „Ich biete“ oder „Ich suche“ angeben.",
        "title": "Bitte einen Titel angeben (höchstens 120 Zeichen).",
        "hours": "Stunden: bitte eine ganze Zahl eingeben.",
        "valid_until": "Gültig bis: bitte ein gültiges Datum angeben (TT.MM.JJJJ).",
    }
    assert vm.values["description"] == "Ich erkläre WhatsApp und Videoanrufe.", "nothing typed is lost"
    assert vm.values["hours"] == "zwei"
    assert vera.replica.offers(mine=True, limit=None) == [] and vera.replica.outbox_count() == 0
    vm.set("title", "Smartphone-Hilfe")
    assert "title" not in vm.errors, "typing in a field clears its message"
    seen = Counter(vm)
    vm.set("place", "Hüsten")
    assert seen.calls == 0, "typing needs no re-render: the field shows it already"
    vm.set("valid_until", "31.12.2099", typed=False)
    assert seen.calls == 1, "a value from the date picker must be shown"
    await vera.close()
    server.close()


@run_async
async def test_a_fixed_form_saves_every_field_and_syncs(tmp_path: Path) -> None:
    server = make_server(tmp_path)
    vera = await open_session(tmp_path, server, "vera")
    vm = OfferFormViewModel(vera)
    fill(vm, area="wissen", direction="biete", title="", description="Ruhig erklärt.", place="Hüsten",
         hours="2", availability="donnerstags", valid_until="31.12.2099", online_possible=True,
         commitment="regelmaessig", status="draft")
    vm.toggle_category("senioren")
    vm.toggle_category("digitales")
    assert vm.save() is None and set(vm.errors) == {"title"}
    vm.set("title", "  Smartphone-Hilfe für Senioren  ")
    offer_id = vm.save()
    assert offer_id is not None and vm.errors == {} and vm.form_error is None
    record = vera.replica.get("offer", offer_id)
    assert {k: record[k] for k in ("area", "direction", "title", "place", "hours", "valid_until", "status",
                                   "online_possible", "commitment", "owner", "municipality")} == {
        "area": "wissen", "direction": "biete", "title": "Smartphone-Hilfe für Senioren", "place": "Hüsten",
        "hours": 2, "valid_until": "2099-12-31", "status": "draft", "online_possible": True,
        "commitment": "regelmaessig", "owner": "vera", "municipality": "arnsberg"}
    assert sorted(record["categories"]) == ["digitales", "senioren"]
    await sync(vera)
    assert server.record("offer", offer_id)["title"] == "Smartphone-Hilfe für Senioren"
    await vera.close()
    server.close()


@run_async
async def test_limits_of_categories_and_dates(tmp_path: Path) -> None:
    server = make_server(tmp_path)
    vera = await open_session(tmp_path, server, "vera")
    vm = OfferFormViewModel(vera)
    fill(vm, area="ehrenamt", direction="suche", title="Helfer gesucht", valid_until="01.01.2001")
    for cat in ("senioren", "sport", "kultur", "bildung", "tiere", "inklusion"):
        vm.toggle_category(cat)
    assert vm.errors["categories"] == "Kategorien: höchstens 5 auswählen."
    assert vm.save() is None
    assert vm.errors == {"categories": "Kategorien: höchstens 5 auswählen.",
                         "valid_until": "Gültig bis: das Datum liegt in der Vergangenheit."}
    vm.toggle_category("inklusion")
    vm.set("valid_until", "")
    assert vm.save() is not None
    with pytest.raises(KeyError):
        vm.set("owner", "jonas")
    await vera.close()
    server.close()


@run_async
async def test_editing_loads_the_offer_and_sends_only_what_changed(tmp_path: Path) -> None:
    server = make_server(tmp_path)
    vera = await open_session(tmp_path, server, "vera")
    offer_id = vera.replica.create("offer", offer(hours=3, valid_until="2099-01-31", description="Alt"))
    await sync(vera)
    vm = OfferFormViewModel(vera, offer_id)
    assert not vm.is_new and vm.found and vm.may_edit
    assert vm.values["hours"] == "3" and vm.values["valid_until"] == "31.01.2099"
    assert vm.values["categories"] == ["senioren", "digitales"]
    assert vm.save() == offer_id and vera.replica.outbox_count() == 0, "saving without a change writes nothing"
    vm.set("description", "Neu")
    vm.set("hours", "")
    assert vm.save() == offer_id
    [mutation] = vera.replica.pending_mutations()
    assert set(mutation["fields"]) == {"description", "hours"}
    record = vera.replica.get("offer", offer_id)
    assert record["description"] == "Neu" and record.get("hours") is None
    vm.set("title", "")
    assert vm.save() is None and vm.errors == {"title": "Bitte einen Titel angeben (höchstens 120 Zeichen)."}
    assert vera.replica.get("offer", offer_id)["title"] == "Smartphone-Hilfe für Senioren"
    await vera.close()
    server.close()


@run_async
async def test_visitors_and_strangers_cannot_save(tmp_path: Path) -> None:
    server = make_server(tmp_path)
    vera = await open_session(tmp_path, server, "vera")
    jonas = await open_session(tmp_path, server, "jonas")
    visitor = await open_session(tmp_path, server, None)
    offer_id = vera.replica.create("offer", offer())
    vera.edited()
    await sync(vera, jonas)
    form = OfferFormViewModel(visitor)
    assert not form.signed_in and not form.may_edit
    fill(form, area="wissen", direction="biete", title="Test")
    assert form.save() is None and form.form_error == "Bitte melden Sie sich an, um ein Angebot zu speichern."
    assert form.values["title"] == "Test"
    other = OfferFormViewModel(jonas, offer_id)
    assert other.found and not other.may_edit
    other.set("title", "Übernommen")
    assert other.save() is None and other.form_error == "Dazu fehlt Ihnen die Berechtigung."
    assert jonas.replica.get("offer", offer_id)["title"] == "Smartphone-Hilfe für Senioren"
    await vera.close()
    await jonas.close()
    await visitor.close()
    server.close()


@run_async
async def test_club_admins_publish_in_the_name_of_their_club(tmp_path: Path) -> None:
    from core.ids import uuid7

    server = make_server(tmp_path)
    org_id = uuid7()
    server.add_account("sabine", ["club_admin"], "arnsberg", organisations=(org_id,))
    sabine = await open_session(tmp_path, server, "sabine")
    sabine.replica.create("organisation", {"id": org_id, "name": "Heimatverein Neheim", "kind": "verein",
                                           "municipality": "arnsberg", "admins": ["sabine"]})
    vm = OfferFormViewModel(sabine)
    assert [(o.id, o.name) for o in vm.organisation_choices()] == [(org_id, "Heimatverein Neheim")]
    fill(vm, area="ehrenamt", direction="suche", title="Kassenprüfer:in gesucht", organisation=org_id)
    offer_id = vm.save()
    assert offer_id is not None
    assert sabine.replica.get("offer", offer_id)["organisation"] == org_id
    edit = OfferFormViewModel(sabine, offer_id)
    edit.set("organisation", "none")  # the form's "Keine (privat)" choice
    assert edit.save() == offer_id
    assert sabine.replica.get("offer", offer_id).get("organisation") is None
    jonas = await open_session(tmp_path, server, "jonas")
    assert OfferFormViewModel(jonas).organisation_choices() == [], "only a club's admins publish for it"
    await sabine.close()
    await jonas.close()
    server.close()
