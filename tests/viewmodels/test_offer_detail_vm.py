"""OfferDetailViewModel: what owner, other people and visitors may do; status changes; "Interesse melden"."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.viewmodels import offer_detail as d
from app.viewmodels.offer_detail import OfferDetailViewModel
from core.ids import uuid7
from tests.viewmodels.offer_vm_support import make_server, offer, open_session, run_async, sync


@run_async
async def test_owner_sees_edit_rights_and_changes_the_status(tmp_path: Path) -> None:
    server = make_server(tmp_path)
    vera = await open_session(tmp_path, server, "vera")
    offer_id = vera.replica.create("offer", offer(hours=2, valid_until="2099-12-31"))
    vm = OfferDetailViewModel(vera, offer_id)
    vm.attach()
    assert vm.found and vm.offer["title"] == "Smartphone-Hilfe für Senioren"
    assert vm.interest_state == d.OWNER and vm.may_edit
    assert vm.owner_name == "Vera"  # the display name of the signed-in person
    assert vm.categories == ["senioren", "digitales"]
    assert vm.set_status("matched")
    assert vm.offer["status"] == "matched" and vm.status_error is None
    assert not vm.set_status("matched"), "no edit when nothing changes"
    with pytest.raises(ValueError):
        vm.set_status("weg")
    await sync(vera)
    assert server.record("offer", offer_id)["status"] == "matched"
    vm.detach()
    await vera.close()
    server.close()


@run_async
async def test_others_report_interest_once_with_a_message(tmp_path: Path) -> None:
    server = make_server(tmp_path)
    vera = await open_session(tmp_path, server, "vera")
    jonas = await open_session(tmp_path, server, "jonas")
    offer_id = vera.replica.create("offer", offer())
    vera.edited()
    await sync(vera, jonas)
    vm = OfferDetailViewModel(jonas, offer_id)
    vm.attach()
    assert vm.interest_state == d.CAN_REPORT and not vm.may_edit
    assert vm.owner_name == "vera", "other people's profiles are not synced: their username is shown"
    vm.open_dialog()
    assert vm.dialog_open
    vm.set_message("   ")
    assert not vm.report_interest()
    assert vm.message_error == "Bitte eine Nachricht angeben (höchstens 2000 Zeichen)."
    assert vm.dialog_open and jonas.replica.interests_sent() == []
    vm.set_message("Ich helfe gern donnerstags.")
    assert vm.message_error is None
    vm.close_dialog()
    vm.open_dialog()
    assert vm.message == "Ich helfe gern donnerstags.", "cancelling keeps what was typed"
    assert vm.report_interest()
    assert not vm.dialog_open and vm.reported and vm.message == ""
    assert vm.interest_state == d.REPORTED
    assert vm.my_interest.message == "Ich helfe gern donnerstags." and vm.my_interest.status == "neu"
    assert vm.my_interest.sent_ms is not None
    await wait_synced(jonas)
    interests = [i for i in server.all_values("interest") if i["offer"] == offer_id]
    assert [(i["from_user"], i["message"]) for i in interests] == [("jonas", "Ich helfe gern donnerstags.")]
    vm.open_dialog()
    assert not vm.dialog_open, "interest is reported once"
    await sync(vera)
    owner_vm = OfferDetailViewModel(vera, offer_id)
    owner_vm.attach()
    assert (owner_vm.received_count, owner_vm.received_new) == (1, 1)
    vm.detach()
    owner_vm.detach()
    await vera.close()
    await jonas.close()
    server.close()


async def wait_synced(session) -> None:
    from tests.viewmodels.offer_vm_support import wait_for

    await wait_for(lambda: session.replica.outbox_count() == 0)


@run_async
async def test_visitors_are_asked_to_sign_in_and_closed_offers_take_no_interest(tmp_path: Path) -> None:
    server = make_server(tmp_path)
    vera = await open_session(tmp_path, server, "vera")
    visitor = await open_session(tmp_path, server, None)
    jonas = await open_session(tmp_path, server, "jonas")
    active = vera.replica.create("offer", offer(title="Aktiv"))
    matched = vera.replica.create("offer", offer(title="Vermittelt", status="matched"))
    expired = vera.replica.create("offer", offer(title="Abgelaufen", valid_until="2001-01-01"))
    vera.edited()
    await sync(vera, visitor, jonas)
    vm = OfferDetailViewModel(visitor, active)
    vm.attach()
    assert vm.found and vm.interest_state == d.VISITOR and not vm.may_edit
    assert not vm.report_interest() and vm.message_error == "Bitte melden Sie sich an, um Interesse zu melden."
    for offer_id in (matched, expired):
        other = OfferDetailViewModel(jonas, offer_id)
        other.attach()
        assert other.found and other.interest_state == d.CLOSED
        assert other.expired == (offer_id == expired)
    missing = OfferDetailViewModel(jonas, uuid7())
    missing.attach()
    assert missing.loaded and not missing.found
    assert missing.synced, "after a sync a missing offer is really missing (not just not loaded yet)"
    await vera.close()
    await visitor.close()
    await jonas.close()
    server.close()


@run_async
async def test_organisation_is_named_and_a_withdrawn_offer_disappears(tmp_path: Path) -> None:
    server = make_server(tmp_path)
    org_id = uuid7()
    server.add_account("sabine", ["club_admin"], "arnsberg", organisations=(org_id,))
    sabine = await open_session(tmp_path, server, "sabine")
    sabine.replica.create("organisation", {"id": org_id, "name": "Heimatverein Neheim", "kind": "verein",
                                           "municipality": "arnsberg", "admins": ["sabine"]})
    offer_id = sabine.replica.create("offer", offer(organisation=org_id))
    vm = OfferDetailViewModel(sabine, offer_id)
    vm.attach()
    assert vm.organisation == d.Organisation(org_id, "Heimatverein Neheim")
    sabine.replica.delete("offer", offer_id)
    sabine.edited()
    assert not vm.found, "the view follows the session"
    await sabine.close()
    server.close()
