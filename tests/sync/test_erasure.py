"""Art. 17 GDPR on the devices: once a person cared for is erased, no device keeps anything they said — neither the
records nor the values of edits the server refused or that were not sent yet, also on the phone of a Lotse who was
unassigned before the erasure. The edits stay visible as refused (which fields), without their values."""

from __future__ import annotations

import pytest

from sync_server.service.erase import erase_contact
from tests.sync.harness import (
    assert_converged,
    contact,
    lotse_and_coordinator,
    lotse_with_contact,
    offer,
    visit,
)

NOTES = "Tochter kümmert sich um den Antrag auf Pflegegrad."
NEEDS = "Begleitung zum Widerspruch gegen den Bescheid"


def kept_text(device) -> str:
    """Everything the device's replica file holds where care text could stay."""
    rows = [str(row) for table in ("quarantine", "outbox", "contact", "visit", "task")
            for row in device.replica.db.conn.execute(f"SELECT * FROM {table}")]
    return "\n".join(rows)


async def visit_refused_after_handover(device):
    """Lena logs a visit offline while her contact is handed to Lars; at her next sync the server refuses it, and
    her quarantine keeps it (with her notes, for her to hand over). Returns (lena, coordinator, contact id)."""
    lena, coord, cid = await lotse_and_coordinator(device)
    lena.replica.create("visit", visit(cid, notes=NOTES))
    coord.replica.update("contact", cid, {"assigned_lotsen": ["lars"]})
    await coord.sync()
    await lena.sync()
    return lena, coord, cid


async def test_an_edit_refused_because_the_contact_was_erased_keeps_no_care_text(device, server):
    lena, cid = await lotse_with_contact(device)
    lena.replica.update("contact", cid, {"needs": "Hilfe beim Widerspruch gegen den Bescheid"})  # offline
    erase_contact(server.settings, server.store, cid, "corinna")  # the person asked to be forgotten

    report = await lena.sync()

    assert report.rejected == 1 and report.pending == 0 and lena.replica.get("contact", cid) is None
    (refused,) = lena.replica.quarantine()
    assert refused["denial"]["code"] == "erased" and refused["mutation"]["fields"] == {"needs": None}
    kept = [str(row) for table in ("quarantine", "outbox", "contact")
            for row in lena.replica.db.conn.execute(f"SELECT * FROM {table}")]
    assert not any("Widerspruch" in row for row in kept)


async def test_a_lotse_unassigned_before_the_erasure_forgets_the_values_of_her_refused_edits(device, server):
    lena, coord, cid = await lotse_and_coordinator(device)
    lars = device("lars-phone")
    await lars.login("lars")
    # offline on a home visit she logs a visit and updates the needs, while the contact is handed to Lars
    lena.replica.create("visit", visit(cid, notes=NOTES))
    lena.replica.update("contact", cid, {"needs": NEEDS})
    lena.replica.create("offer", offer("Fahrdienst zum Arzt", status="draft"))
    coord.replica.update("contact", cid, {"assigned_lotsen": ["lars"]})
    await coord.sync()
    await lena.sync()
    assert NOTES in kept_text(lena)  # refused after the reassignment: her notes are kept for her to hand over

    erase_contact(server.settings, server.store, cid, "corinna")  # the person asked to be forgotten
    await lena.sync()

    refused = lena.replica.quarantine()
    assert {q["entity"] for q in refused} == {"visit", "contact"}
    for q in refused:
        assert q["denial"]["code"] == "erased" and q["problems"] == []
        assert set(q["mutation"]["fields"].values()) == {None}  # which fields it named, not what they said
    assert "notes" in next(q for q in refused if q["entity"] == "visit")["mutation"]["fields"]
    assert NOTES not in kept_text(lena) and NEEDS not in kept_text(lena) and "Frau Müller" not in kept_text(lena)
    assert lena.replica.all_records("offer")[0]["title"] == "Fahrdienst zum Arzt"  # her other edits stay
    await lars.sync()
    await coord.sync()
    for d, name in ((lena, "lena"), (coord, "corinna"), (lars, "lars")):
        assert_converged(d, name)


async def test_unsent_edits_of_an_erased_contact_move_to_the_quarantine_without_their_values(device, server):
    lena, coord, cid = await lotse_and_coordinator(device)
    other = coord.replica.create("contact", contact(["lena"], name="Herr Schulte"))
    await coord.sync()
    await lena.sync()
    vid = lena.replica.create("visit", visit(cid, notes=NOTES))  # never sent: the server does not know it
    lena.replica.update("contact", cid, {"needs": NEEDS})
    lena.replica.create("visit", visit(other, notes="Hausnotruf eingerichtet."))
    erase_contact(server.settings, server.store, cid, "corinna")

    await lena.engine.pull()  # the erasure arrives before the edits are pushed

    assert lena.replica.get("contact", cid) is None and lena.replica.get("visit", vid) is None
    assert lena.replica.outbox_count() == 1  # the visit of the other contact is still to be sent
    refused = lena.replica.quarantine()
    assert sorted(q["entity"] for q in refused) == ["contact", "visit"]
    assert all(q["denial"]["code"] == "erased" for q in refused)
    assert NOTES not in kept_text(lena) and NEEDS not in kept_text(lena)
    report = await lena.sync()
    assert report.rejected == 0 and report.pending == 0
    assert "Hausnotruf eingerichtet." in kept_text(lena)
    assert_converged(lena, "lena")


async def test_a_purge_that_is_no_erasure_keeps_the_values_of_refused_edits(device, server):
    lena, _coord, _cid = await visit_refused_after_handover(device)
    await lena.sync()

    (refused,) = lena.replica.quarantine()
    assert refused["mutation"]["fields"]["notes"] == NOTES and refused["denial"]["code"] != "erased"


async def test_later_edits_of_a_record_made_for_an_erased_contact_and_its_attachments_are_forgotten_too(
        device, server):
    lena, coord, cid = await lotse_and_coordinator(device)
    # never sent: a task created for the contact and then edited (the edit no longer names the contact), and a
    # file attached to a new visit (it names only the visit)
    tid = lena.replica.create("task", {"contact": cid, "text": "Pflegekasse anrufen", "due": "2026-12-01"})
    lena.replica.update("task", tid, {"text": NEEDS})
    vid = lena.replica.create("visit", visit(cid, notes=NOTES))
    lena.replica.create("attachment", {"owner_entity": "visit", "owner_id": vid, "file_name": "bescheid-mueller.pdf",
                                       "media_type": "application/pdf", "size": 1234, "sha256": "ab" * 32})
    erase_contact(server.settings, server.store, cid, "corinna")

    await lena.engine.pull()

    assert lena.replica.outbox_count() == 0
    refused = lena.replica.quarantine()
    assert sorted(q["entity"] for q in refused) == ["attachment", "task", "task", "visit"]
    assert all(q["denial"]["code"] == "erased" for q in refused)
    text = kept_text(lena) + "\n".join(str(r) for r in lena.replica.db.conn.execute("SELECT * FROM attachment"))
    assert NEEDS not in text and NOTES not in text and "bescheid-mueller" not in text
    report = await lena.sync()
    assert report.pushed == 0 and report.pending == 0


async def test_the_erasure_reaches_a_lotse_unassigned_long_before_after_the_log_was_collected(device, server):
    lena, coord, cid = await visit_refused_after_handover(device)  # the change log of her access ends here
    server.clock.advance(days=40)
    await lena.sync()
    await coord.sync()
    assert server.service.collect_garbage().log_entries > 0

    erase_contact(server.settings, server.store, cid, "corinna")
    report = await lena.sync()

    assert not report.reset
    (refused,) = lena.replica.quarantine()
    assert refused["denial"]["code"] == "erased" and NOTES not in kept_text(lena)


async def test_an_unsent_home_visit_of_an_erased_contact_and_an_answer_to_it_are_forgotten(device, server):
    lena, coord, cid = await lotse_and_coordinator(device)
    # planned offline, never sent: a home visit at the person's address, an edit of it that no longer names the
    # contact, and her own answer to it; her other appointment stays
    home = lena.replica.create("appointment", {"title": "Hausbesuch Frau Müller", "start": "2026-12-01T09:00:00Z",
                                               "kind": "home_visit", "place": "Lindenweg 3", "contact": cid})
    lena.replica.update("appointment", home, {"description": NEEDS})
    lena.replica.create("rsvp", {"appointment": home, "person": "lena", "status": "zugesagt"})
    lena.replica.create("appointment", {"title": "Lotsentreffen", "start": "2026-12-02T17:00:00Z"})
    erase_contact(server.settings, server.store, cid, "corinna")

    await lena.engine.pull()

    refused = lena.replica.quarantine()
    assert sorted(q["entity"] for q in refused) == ["appointment", "appointment", "rsvp"]
    assert all(q["denial"]["code"] == "erased" for q in refused)
    text = kept_text(lena) + "\n".join(str(r) for r in lena.replica.db.conn.execute("SELECT * FROM appointment"))
    assert "Lindenweg" not in text and NEEDS not in text and "Lotsentreffen" in text
    report = await lena.sync()
    assert report.pushed == 1 and report.rejected == 0 and report.pending == 0
    assert_converged(lena, "lena")


async def test_a_device_reset_after_a_long_absence_still_forgets_what_it_kept_of_an_erased_contact(device, server):
    lena, coord, cid = await visit_refused_after_handover(device)
    erase_contact(server.settings, server.store, cid, "corinna")
    server.clock.advance(days=40)  # her phone stays in a drawer; the others go on, and the log is collected
    await coord.sync()
    await coord.sync()  # (the server keeps the cursor a device sent: now it knows hers is past the erasure)
    gc = server.service.collect_garbage()
    assert gc.log_entries > 0 and gc.records == 0  # the erased records keep their mark (and nothing else)

    report = await lena.sync()

    assert report.reset  # she is behind the horizon: a snapshot, which also names what was erased
    (refused,) = lena.replica.quarantine()
    assert refused["denial"]["code"] == "erased" and NOTES not in kept_text(lena)
    assert_converged(lena, "lena")


async def test_an_existing_appointment_linked_offline_to_an_erased_contact_comes_back_as_the_server_has_it(
        device, server):
    lena, coord, cid = await lotse_and_coordinator(device)
    team = lena.replica.create("appointment", {"title": "Lotsentreffen", "start": "2026-12-02T17:00:00Z",
                                               "invitees": ["corinna"]})
    await lena.sync()
    await coord.sync()
    lena.replica.update("appointment", team, {"contact": cid, "description": NEEDS})  # offline
    lena.replica.update("appointment", team, {"place": "Rathaus Neheim"})
    coord.replica.create("rsvp", {"appointment": team, "person": "corinna", "status": "zugesagt"})
    await coord.sync()
    erase_contact(server.settings, server.store, cid, "corinna")

    await lena.engine.pull()  # the erasure arrives first: her other edits of the appointment and answers to it stay
    report = await lena.sync()

    assert report.rejected == 1 and report.pending == 0
    (refused,) = lena.replica.quarantine()
    assert refused["denial"]["code"] == "erased" and set(refused["mutation"]["fields"].values()) == {None}
    kept = lena.replica.get("appointment", team)
    assert kept["place"] == "Rathaus Neheim" and kept["contact"] is None and kept["description"] is None
    assert NEEDS not in kept_text(lena)
    await coord.sync()
    for d, name in ((lena, "lena"), (coord, "corinna")):
        assert_converged(d, name)


@pytest.mark.parametrize("erasure_first", [True, False], ids=["erasure-pulled-first", "edits-pushed-first"])
async def test_an_appointment_made_offline_and_then_linked_to_an_erased_contact_converges_without_the_link(
        device, server, erasure_first):
    lena, coord, cid = await lotse_and_coordinator(device)
    team = lena.replica.create("appointment", {"title": "Lotsentreffen", "start": "2026-12-02T17:00:00Z",
                                               "invitees": ["corinna"]})  # offline, never sent
    lena.replica.update("appointment", team, {"contact": cid, "description": NEEDS})
    erase_contact(server.settings, server.store, cid, "corinna")

    if erasure_first:
        await lena.engine.pull()  # the erasure arrives before her edits leave
    await lena.sync()  # else the server refuses the link and answers with the appointment as it made it
    await coord.sync()

    kept = lena.replica.get("appointment", team)
    assert kept is not None and kept["title"] == "Lotsentreffen"
    assert kept["contact"] is None and kept["description"] is None
    assert NEEDS not in kept_text(lena)
    for d, name in ((lena, "lena"), (coord, "corinna")):
        assert_converged(d, name)
