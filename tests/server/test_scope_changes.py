"""When a record's scope keys change: added keys get the full record, removed keys a purge (and dependents follow)."""

from __future__ import annotations

from core.protocol import ACCEPTED
from tests.server.support import appointment, attachment, contact, offer, rsvp, task, visit


def _care_file(device):
    """A contact of Lena with a visit, a task and an attachment, created by the coordinator and Lena."""
    corinna, lena = device("corinna"), device("lena")
    cid, c = corinna.create("contact", contact(["lena"]))
    assert corinna.push_one(c)["status"] == ACCEPTED
    lena.sync_down()
    vid, v = lena.create("visit", visit(cid, "lena"))
    tid, t = lena.create("task", task(cid))
    aid, a = lena.create("attachment", attachment("contact", cid))
    assert [r["status"] for r in lena.push(v, t, a)] == [ACCEPTED] * 3
    corinna.sync_down()
    return corinna, lena, {"contact": cid, "visit": vid, "task": tid, "attachment": aid}


def test_contact_reassignment_purges_former_lotse(device):
    corinna, lena, ids = _care_file(device)
    lars = device("lars")
    lars.sync_down()
    assert lars.ids() & set(ids.values()) == set()

    assert corinna.push_one(corinna.mutation("contact", ids["contact"], {"assigned_lotsen": ["lars"]}))["status"] \
        == ACCEPTED

    page = lena.sync_down()[0]
    assert {(p["e"], p["id"]) for p in page["purge"]} == {(e, i) for e, i in ids.items()}
    assert lena.ids() & set(ids.values()) == set()
    lars.sync_down()
    assert {e: i for (e, i) in lars.records if i in ids.values()} == ids
    assert lars.get("visit", ids["visit"])["notes"] == "Antrag besprochen"  # full records, not just a change
    assert lars.get("contact", ids["contact"])["name"] == "Erna Beispiel"


def test_reassigned_lotse_never_receives_later_changes(device, clock):
    corinna, lena, ids = _care_file(device)
    corinna.push(corinna.mutation("contact", ids["contact"], {"assigned_lotsen": ["lars"]}))
    clock.advance(minutes=1)
    corinna.push(corinna.mutation("contact", ids["contact"], {"needs": "neue Bedarfe, nur für Lars"}))
    pages = lena.sync_down()
    assert all(d["id"] not in ids.values() for p in pages for d in p["changes"])


def test_former_lotse_who_did_not_sync_in_between_gets_nothing_of_the_contact(device):
    corinna, lena, ids = _care_file(device)
    stale_cursor = lena.cursor
    corinna.push(corinna.mutation("contact", ids["contact"], {"needs": "geheim"}))
    corinna.push(corinna.mutation("contact", ids["contact"], {"assigned_lotsen": ["lars"]}))
    lena.cursor = stale_cursor
    pages = lena.sync_down()
    assert all(d["id"] not in ids.values() for p in pages for d in p["changes"])  # not even the edit before


def test_assigning_a_second_lotse_sends_the_full_file(device):
    corinna, lena, ids = _care_file(device)
    lars = device("lars")
    lars.sync_down()
    corinna.push(corinna.mutation("contact", ids["contact"], {"assigned_lotsen": ["lena", "lars"]}))
    lars.sync_down()
    assert lars.ids() >= set(ids.values())
    page = lena.pull()
    assert page["purge"] == []  # Lena keeps it


def test_unassigned_then_reassigned_lotse_gets_the_record_back(device):
    corinna, lena, ids = _care_file(device)
    corinna.push(corinna.mutation("contact", ids["contact"], {"assigned_lotsen": ["lars"]}))
    lena.sync_down()
    corinna.push(corinna.mutation("contact", ids["contact"], {"assigned_lotsen": ["lars", "lena"]}))
    lena.sync_down()
    assert lena.ids() >= set(ids.values())
    assert lena.get("contact", ids["contact"])["assigned_lotsen"] == ["lars", "lena"]


def test_visit_added_in_the_same_batch_as_reassignment_follows_the_contact(device):
    corinna = device("corinna")
    cid, c = corinna.create("contact", contact(["lena"]))
    vid, v = corinna.create("visit", visit(cid, "corinna"))
    reassign = corinna.mutation("contact", cid, {"assigned_lotsen": ["lars"]})
    corinna.push(c, v, reassign)
    lena, lars = device("lena"), device("lars")
    lena.sync_down()
    lars.sync_down()
    assert lena.ids() & {cid, vid} == set()
    assert lars.ids() >= {cid, vid}


def test_offer_archived_is_purged_from_public_and_activation_sends_full_record(device):
    vera, visitor = device("vera"), device(None)
    rid, create = vera.create("offer", offer("vera", status="draft", description="Details"))
    vera.push(create)
    visitor.sync_down()
    assert rid not in visitor.ids()
    vera.push(vera.mutation("offer", rid, {"status": "active"}))
    visitor.sync_down()
    assert visitor.get("offer", rid)["description"] == "Details"  # not only the changed status
    vera.push(vera.mutation("offer", rid, {"status": "archived"}))
    visitor.sync_down()
    assert rid not in visitor.ids() and ("offer", rid) in visitor.purged


def test_appointment_invitee_removed_is_purged(device):
    klaus, vera = device("klaus"), device("vera")
    aid, a = klaus.create("appointment", appointment("klaus", ["vera", "lena"]))
    klaus.push(a)
    vera.sync_down()
    rid, r = vera.create("rsvp", rsvp(aid, "vera"))
    assert vera.push_one(r)["status"] == ACCEPTED
    lena = device("lena")
    lena.sync_down()
    assert rid in lena.ids()  # invitees see each other's answers
    klaus.sync_down()
    klaus.push(klaus.mutation("appointment", aid, {"invitees": ["lena"]}))
    vera.sync_down()
    assert aid not in vera.ids()
    assert rid in vera.ids()  # her own answer stays hers
    page = lena.sync_down()[0]
    assert page["purge"] == [] and aid in lena.ids()  # still invited


def test_attachments_of_a_visit_follow_the_contact(device):
    corinna, lena, ids = _care_file(device)
    photo, m = lena.create("attachment", attachment("visit", ids["visit"], file_name="foto.jpg",
                                                    media_type="image/jpeg"))
    assert lena.push_one(m)["status"] == ACCEPTED
    corinna.push(corinna.mutation("contact", ids["contact"], {"assigned_lotsen": ["lars"]}))
    page = lena.sync_down()[0]
    assert ("attachment", photo) in {(p["e"], p["id"]) for p in page["purge"]}
    lars = device("lars")
    lars.sync_down()
    assert lars.get("attachment", photo)["file_name"] == "foto.jpg"
