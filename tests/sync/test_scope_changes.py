"""When who may see a record changes, replicas follow: a reassigned contact leaves the former Lotse's device with
its visits and tasks; the new Lotse receives all of it; public visibility follows an offer's status."""

from __future__ import annotations

from tests.sync.harness import assert_converged, contact, offer, visit


async def test_contact_reassignment_purges_the_former_lotse_copy_with_visits_and_tasks(device, server):
    lena, coord, lars = device("lena-phone"), device("coord"), device("lars-phone")
    for d, name in ((lena, "lena"), (coord, "corinna"), (lars, "lars")):
        await d.login(name)
    cid = coord.replica.create("contact", contact(["lena"]))
    await coord.sync()
    await lena.sync()
    vid = lena.replica.create("visit", visit(cid))
    tid = lena.replica.create("task", {"contact": cid, "text": "Pflegekasse anrufen", "due": "2026-12-01"})
    await lena.sync()
    await lars.sync()
    assert lars.replica.get("contact", cid) is None  # not his contact (yet)

    coord.replica.update("contact", cid, {"assigned_lotsen": ["lars"]})
    await coord.sync()
    purged = await lena.sync()
    await lars.sync()

    assert purged.pulled >= 1
    for entity, rid in (("contact", cid), ("visit", vid), ("task", tid)):
        assert lena.replica.get(entity, rid, include_deleted=True) is None, entity
        assert lars.replica.get(entity, rid) is not None, entity
    assert lars.replica.get("visit", vid)["notes"] == "Antrag auf Pflegegrad besprochen."
    for d, name in ((lena, "lena"), (coord, "corinna"), (lars, "lars")):
        assert_converged(d, name)


async def test_an_offer_leaves_other_devices_when_archived_and_comes_back_when_active(device, server):
    owner, vera = device("klaus"), device("vera")
    await owner.login("klaus")
    await vera.login("vera")
    oid = owner.replica.create("offer", offer())
    await owner.sync()
    await vera.sync()
    assert vera.replica.get("offer", oid) is not None
    owner.replica.update("offer", oid, {"status": "archived"})
    await owner.sync()
    await vera.sync()
    assert vera.replica.get("offer", oid, include_deleted=True) is None
    assert owner.replica.get("offer", oid)["status"] == "archived"
    owner.replica.update("offer", oid, {"status": "active", "title": "Smartphone-Hilfe (wieder da)"})
    await owner.sync()
    await vera.sync()
    assert vera.replica.get("offer", oid)["title"] == "Smartphone-Hilfe (wieder da)"
    assert_converged(vera, "vera")
    assert_converged(owner, "klaus")


async def test_a_visitor_without_login_pulls_public_data_only(device, server):
    owner, visitor = device("klaus"), device("visitor")
    await owner.login("klaus")
    public = owner.replica.create("offer", offer())
    draft = owner.replica.create("offer", offer("Noch geheim", status="draft"))
    await owner.sync()
    report = await visitor.sync()
    assert report.anonymous and report.pushed == 0
    assert visitor.replica.get("offer", public) is not None
    assert visitor.replica.get("offer", draft) is None
