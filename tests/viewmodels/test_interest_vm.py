"""Interest round trip through the real server: reported by one person, answered by the offer's owner, the answer
seen by the sender. Plus "Meine Angebote" (all statuses, status changes, new interest per offer)."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.viewmodels.interests import InterestsViewModel
from app.viewmodels.my_offers import MyOffersViewModel
from app.viewmodels.offer_detail import OfferDetailViewModel
from tests.viewmodels.offer_vm_support import make_server, offer, open_session, run_async, sync


@run_async
async def test_interest_round_trip_owner_answers_and_the_sender_sees_it(tmp_path: Path) -> None:
    server = make_server(tmp_path)
    vera = await open_session(tmp_path, server, "vera")  # owner
    jonas = await open_session(tmp_path, server, "jonas")  # interested
    offer_id = vera.replica.create("offer", offer(title="Fahrräder reparieren"))
    vera.edited()
    await sync(vera, jonas)

    detail = OfferDetailViewModel(jonas, offer_id)
    detail.attach()
    detail.open_dialog()
    detail.set_message("Ich kann samstags helfen.")
    assert detail.report_interest()
    await sync(jonas, vera)

    inbox = InterestsViewModel(vera)
    inbox.attach()
    [row] = inbox.received
    assert (row.offer_id, row.offer_title, row.from_user, row.message, row.status) == (
        offer_id, "Fahrräder reparieren", "jonas", "Ich kann samstags helfen.", "neu")
    assert row.sent_ms is not None and row.answered_ms is None and inbox.new_count == 1
    assert inbox.sent == []

    inbox.open_answer(row.id)
    assert inbox.answering_row == row and inbox.draft(row.id).status == "angenommen"
    inbox.set_answer_text(row.id, "Vielleicht")
    inbox.close_answer()
    assert inbox.answering is None and inbox.draft(row.id).text == "Vielleicht", "cancel keeps the draft"
    inbox.open_answer(row.id)
    inbox.set_answer_status(row.id, "angenommen")
    inbox.set_answer_text(row.id, "Prima, kommen Sie Samstag um 10 Uhr vorbei!")
    assert inbox.answer(row.id)
    assert inbox.answering is None, "a sent answer closes the dialog"
    assert inbox.received[0].status == "angenommen" and inbox.new_count == 0
    assert inbox.received[0].answered_ms is not None
    await sync(vera, jonas)

    sent = InterestsViewModel(jonas)
    sent.attach()
    [mine] = sent.sent
    assert (mine.status, mine.answer) == ("angenommen", "Prima, kommen Sie Samstag um 10 Uhr vorbei!")
    assert mine.offer_title == "Fahrräder reparieren"
    assert detail.my_interest.status == "angenommen", "the detail page follows the sync too"
    for vm in (detail, inbox, sent):
        vm.detach()
    await vera.close()
    await jonas.close()
    server.close()


@run_async
async def test_answer_problems_keep_the_draft_and_only_the_owner_answers(tmp_path: Path) -> None:
    server = make_server(tmp_path)
    vera = await open_session(tmp_path, server, "vera")
    jonas = await open_session(tmp_path, server, "jonas")
    offer_id = vera.replica.create("offer", offer())
    vera.edited()
    await sync(vera, jonas)
    interest_id = jonas.replica.create("interest", {"offer": offer_id, "message": "Hallo!"})
    jonas.edited()
    await sync(jonas, vera)
    inbox = InterestsViewModel(vera)
    inbox.attach()
    inbox.set_answer_text(interest_id, "x" * 2001)
    assert not inbox.answer(interest_id)
    assert inbox.draft(interest_id).error == "Antwort: höchstens 2000 Zeichen (jetzt 2001)."
    assert inbox.draft(interest_id).text == "x" * 2001, "the answer typed is not lost"
    with pytest.raises(ValueError):
        inbox.set_answer_status(interest_id, "neu")
    inbox.set_answer_status(interest_id, "abgelehnt")
    inbox.set_answer_text(interest_id, "Leider schon vergeben.")
    assert inbox.answer(interest_id)

    sender = InterestsViewModel(jonas)
    sender.attach()
    sender.drafts[interest_id] = type(inbox.draft(interest_id))("angenommen", "Selbst angenommen")
    assert not sender.answer(interest_id)
    assert sender.drafts[interest_id].error == "Dazu fehlt Ihnen die Berechtigung."
    sender.ask_withdraw(interest_id)
    assert sender.confirming == interest_id
    sender.cancel_withdraw()
    assert sender.confirming is None and len(sender.sent) == 1
    sender.ask_withdraw(interest_id)
    assert sender.withdraw(interest_id)
    assert sender.sent == [] and sender.confirming is None
    await sync(jonas, vera)
    assert inbox.received == [], "a withdrawn interest disappears for the owner too"
    await vera.close()
    await jonas.close()
    server.close()


@run_async
async def test_my_offers_lists_every_status_and_counts_new_interest(tmp_path: Path) -> None:
    server = make_server(tmp_path)
    vera = await open_session(tmp_path, server, "vera")
    jonas = await open_session(tmp_path, server, "jonas")
    active = vera.replica.create("offer", offer(title="Aktiv"))
    draft = vera.replica.create("offer", offer(title="Entwurf", status="draft"))
    jonas.replica.create("offer", offer(title="Von Jonas"))
    vera.edited()
    jonas.edited()
    await sync(vera, jonas)
    jonas.replica.create("interest", {"offer": active, "message": "Ich!"})
    jonas.edited()
    await sync(jonas, vera)

    vm = MyOffersViewModel(vera)
    vm.attach()
    assert vm.signed_in
    assert {i.title for i in vm.items} == {"Aktiv", "Entwurf"}
    assert vm.count("draft") == 1 and vm.count("active") == 1
    assert vm.new_interest == {active: 1}
    assert vm.set_status(draft, "active")
    assert vm.count("active") == 2
    assert vm.items[0].id == draft, "the most recently changed offer comes first"
    assert vm.set_status(active, "archived")
    await sync(vera)
    assert server.record("offer", active)["status"] == "archived"
    others = MyOffersViewModel(jonas)
    others.attach()
    assert [i.title for i in others.items] == ["Von Jonas"]
    assert not others.set_status(active, "draft")
    assert others.errors[active] == "Dazu fehlt Ihnen die Berechtigung."

    visitor = await open_session(tmp_path, server, None)
    nobody = MyOffersViewModel(visitor)
    nobody.attach()
    assert not nobody.signed_in and nobody.items == []
    await vera.close()
    await jonas.close()
    await visitor.close()
    server.close()
