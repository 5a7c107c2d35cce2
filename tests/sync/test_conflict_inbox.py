"""The quality bar of DEVELOPERS.md, end to end through the real server and real replicas:
a Lotse and a coordinator edit the same field offline; after syncing nothing is lost, both see the same value,
the overwritten value waits in the conflict inbox of both, and restoring it converges everywhere."""

from __future__ import annotations

from tests.sync.harness import assert_converged, contact


async def _shared_contact(device):
    lotse, coord = device("lotse-phone"), device("coord-browser")
    await lotse.login("lena")
    await coord.login("corinna")
    cid = coord.replica.create("contact", contact(["lena"], needs="Hilfe beim Einkaufen"))
    await coord.sync()
    await lotse.sync()
    assert lotse.replica.get("contact", cid)["needs"] == "Hilfe beim Einkaufen"
    return lotse, coord, cid


async def test_same_field_edited_offline_on_two_devices_converges_with_a_conflict_on_both(device, server):
    lotse, coord, cid = await _shared_contact(device)
    lotse.replica.update("contact", cid, {"needs": "Einkaufen und Arzttermine"})  # offline, at 10:00
    server.clock.advance(seconds=60)
    coord.replica.update("contact", cid, {"needs": "Begleitung zum Arzt"})  # offline, at 10:01

    first = await lotse.sync()
    second = await coord.sync()
    await lotse.sync()

    assert (first.accepted, second.conflicts) == (1, 1)
    winner = server.record("contact", cid)["needs"]
    assert winner == "Begleitung zum Arzt"
    assert lotse.replica.get("contact", cid)["needs"] == coord.replica.get("contact", cid)["needs"] == winner
    for d in (lotse, coord):
        (c,) = d.replica.conflicts()
        assert (c["entity"], c["record_id"], c["field"]) == ("contact", cid, "needs")
        assert c["kept_value"] == "Begleitung zum Arzt" and c["lost_value"] == "Einkaufen und Arzttermine"
        assert (c["kept_by"], c["lost_by"]) == ("corinna", "lena")
        assert sorted(c["concerned"]) == ["corinna", "lena"]
    assert_converged(lotse, "lena")
    assert_converged(coord, "corinna")


async def test_restore_brings_back_the_overwritten_value_everywhere(device, server):
    lotse, coord, cid = await _shared_contact(device)
    lotse.replica.update("contact", cid, {"needs": "Einkaufen und Arzttermine"})
    server.clock.advance(seconds=60)
    coord.replica.update("contact", cid, {"needs": "Begleitung zum Arzt"})
    await lotse.sync()
    await coord.sync()
    await lotse.sync()
    (c,) = lotse.replica.conflicts()

    lotse.replica.restore_conflict(c["id"])
    report = await lotse.sync()
    await coord.sync()

    assert report.pushed == 2 and report.rejected == 0  # the restored value and the conflict's status
    assert server.record("contact", cid)["needs"] == "Einkaufen und Arzttermine"
    for d in (lotse, coord):
        assert d.replica.get("contact", cid)["needs"] == "Einkaufen und Arzttermine"
        assert d.replica.conflicts() == []
        assert d.replica.conflicts(status="restored")[0]["id"] == c["id"]
    assert_converged(lotse, "lena")
    assert_converged(coord, "corinna")


async def test_keep_closes_the_conflict_on_both_devices(device, server):
    lotse, coord, cid = await _shared_contact(device)
    lotse.replica.update("contact", cid, {"needs": "A"})
    server.clock.advance(seconds=60)
    coord.replica.update("contact", cid, {"needs": "B"})
    for d in (lotse, coord, lotse):
        await d.sync()
    (c,) = coord.replica.conflicts()
    coord.replica.keep_conflict(c["id"])
    await coord.sync()
    await lotse.sync()
    assert lotse.replica.conflicts() == [] and coord.replica.conflicts() == []
    assert server.record("contact", cid)["needs"] == "B"
    assert_converged(lotse, "lena")
    assert_converged(coord, "corinna")


async def test_nobody_else_ever_sees_the_contact_or_its_conflict(device, server):
    lotse, coord, cid = await _shared_contact(device)
    other_lotse, volunteer = device("lars-phone"), device("vera-phone")
    await other_lotse.login("lars")
    await volunteer.login("vera")
    lotse.replica.update("contact", cid, {"needs": "A"})
    coord.replica.update("contact", cid, {"needs": "B"})
    for d in (lotse, coord, lotse, other_lotse, volunteer):
        await d.sync()
    for d, name in ((other_lotse, "lars"), (volunteer, "vera")):
        assert d.replica.get("contact", cid) is None
        assert d.replica.conflicts() == []
        assert_converged(d, name)


async def test_edits_of_different_fields_merge_without_a_conflict(device, server):
    lotse, coord, cid = await _shared_contact(device)
    lotse.replica.update("contact", cid, {"phone": "02932 12345"})
    coord.replica.update("contact", cid, {"care_grade": 2})
    for d in (lotse, coord, lotse):
        await d.sync()
    for d in (lotse, coord):
        record = d.replica.get("contact", cid)
        assert (record["phone"], record["care_grade"]) == ("02932 12345", 2)
        assert d.replica.conflicts() == []
    assert_converged(lotse, "lena")
    assert_converged(coord, "corinna")
