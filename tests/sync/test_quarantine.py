"""Rejected writes: quarantined with the reason, the record put back to the server's state, never blocking the
rest of the outbox, never dropped silently."""

from __future__ import annotations

from tests.sync.harness import assert_converged, contact, offer, visit


async def test_a_rejected_write_is_quarantined_and_the_rest_of_the_outbox_still_goes_through(device, server):
    owner, vera = device("klaus-phone"), device("vera-phone", push_batch=1)
    await owner.login("klaus")
    await vera.login("vera")
    oid = owner.replica.create("offer", offer("Fahrradreparatur", area="ehrenamt"))
    await owner.sync()
    await vera.sync()
    assert vera.replica.get("offer", oid) is not None

    # offline: vera reports interest in the offer (first in her outbox) and publishes an offer of her own ...
    iid = vera.replica.create("interest", {"offer": oid, "message": "Ich hätte Interesse!"})
    own = vera.replica.create("offer", offer("Nachhilfe Mathe", area="wissen", direction="biete"))
    vera.replica.update("offer", own, {"hours": 2})
    # ... while the owner archives his offer
    owner.replica.update("offer", oid, {"status": "archived"})
    await owner.sync()

    report = await vera.sync()

    assert (report.pushed, report.accepted, report.rejected) == (3, 2, 1)
    assert report.pending == 0 and vera.replica.outbox_count() == 0
    (q,) = vera.replica.quarantine()
    assert q["mutation_id"] and q["entity"] == "interest" and q["record_id"] == iid
    assert q["mutation"]["fields"]["message"] == "Ich hätte Interesse!"  # the text is kept, not lost
    assert "Interesse" in q["message"]  # German reason from the server
    assert vera.replica.get("interest", iid) is None  # put back to the server's state: it does not exist
    assert server.record("offer", own)["hours"] == 2
    assert server.record("interest", iid) is None
    assert_converged(vera, "vera")

    # a later sync does not send it again; discarding it empties the quarantine
    again = await vera.sync()
    assert again.pushed == 0 and again.quarantined == 1
    vera.replica.discard_quarantined(q["mutation_id"])
    assert vera.replica.quarantine() == []


async def test_lotse_edits_of_a_contact_reassigned_meanwhile_are_rejected_kept_and_the_copy_purged(device, server):
    lena, coord, lars = device("lena-phone"), device("coord"), device("lars-phone")
    await lena.login("lena")
    await coord.login("corinna")
    await lars.login("lars")
    cid = coord.replica.create("contact", contact(["lena"]))
    await coord.sync()
    await lena.sync()

    # offline on a home visit: Lena logs the visit and updates the needs ...
    vid = lena.replica.create("visit", visit(cid, notes="Hilfe beim Antrag vereinbart."))
    lena.replica.update("contact", cid, {"needs": "Antrag Pflegegrad"})
    # ... while the coordinator hands the contact to Lars
    coord.replica.update("contact", cid, {"assigned_lotsen": ["lars"]})
    await coord.sync()

    report = await lena.sync()
    await lars.sync()

    assert report.rejected == 2 and report.pending == 0
    assert {q["entity"] for q in lena.replica.quarantine()} == {"visit", "contact"}
    notes = [q["mutation"]["fields"].get("notes") for q in lena.replica.quarantine()]
    assert "Hilfe beim Antrag vereinbart." in notes  # her visit notes are not lost
    assert lena.replica.get("contact", cid) is None and lena.replica.get("visit", vid) is None
    assert lena.replica.all_records("visit") == [] and lena.replica.all_records("contact") == []
    assert lars.replica.get("contact", cid)["assigned_lotsen"] == ["lars"]
    for d, name in ((lena, "lena"), (coord, "corinna"), (lars, "lars")):
        assert_converged(d, name)

