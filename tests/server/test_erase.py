"""Art. 17 GDPR: ``ehrenamt-server contact erase`` removes a person's contact, visits and tasks from the server's
records and change log, every device holding them deletes them at its next sync, and a late edit from an offline
device cannot bring anything back."""

from __future__ import annotations

import json
import sqlite3

from core.protocol import ACCEPTED, REJECTED
from sync_server import cli
from sync_server.service.care_export import export_contact
from sync_server.service.erase import erase_contact
from sync_server.storage.sqlite_schema import ERASED_RECORD
from tests.server.support import appointment, attachment, contact, rsvp, task, visit

NAME = "Erna Beispiel"
NEEDS = "Hilfe beim Antrag auf Pflegegrad"


def _file(device):
    corinna, lena = device("corinna"), device("lena")
    cid, c = corinna.create("contact", contact(["lena"], needs=NEEDS))
    assert corinna.push_one(c)["status"] == ACCEPTED
    lena.sync_down()
    vid, v = lena.create("visit", visit(cid, "lena", notes="Antrag ausgefüllt"))
    tid, t = lena.create("task", task(cid))
    assert [r["status"] for r in lena.push(v, t)] == [ACCEPTED, ACCEPTED]
    corinna.sync_down()
    return corinna, lena, {("contact", cid), ("visit", vid), ("task", tid)}


def _stored_text(store) -> str:
    with sqlite3.connect(store.path) as conn:
        docs = [r[0] for r in conn.execute("SELECT doc FROM records")]
        deltas = [r[0] for r in conn.execute("SELECT delta FROM log WHERE delta IS NOT NULL")]
        results = [r[0] for r in conn.execute("SELECT result FROM mutations")]
    return "\n".join(docs + deltas + results)


def test_conflicts_and_stored_rejections_holding_care_values_are_erased_too(device, store, service, settings):
    corinna, lena, keys = _file(device)
    (cid,) = [i for e, i in keys if e == "contact"]
    (vid,) = [i for e, i in keys if e == "visit"]
    # both edit the needs at the same time: the losing value waits in a conflict record of both
    mine, theirs = (lena.mutation("contact", cid, {"needs": "Rollator beantragen"}),
                    corinna.mutation("contact", cid, {"needs": "Hausnotruf einrichten"}))
    assert lena.push_one(mine)["status"] == ACCEPTED
    (conflict_id,) = corinna.push_one(theirs)["conflicts"]
    # a visit is never changed: the refusal carries the visit as it is (stored, answered again to a replay)
    refused = lena.push_one(lena.mutation("visit", vid, {"notes": "nachträglich geändert"}))
    assert refused["status"] == REJECTED and refused["current"]["id"] == vid
    with store.read() as tx:
        assert [r.id for r in tx.conflicts_about([cid])] == [conflict_id]
    assert "Rollator beantragen" in _stored_text(store) and "Antrag ausgefüllt" in _stored_text(store)

    report = erase_contact(settings, store, cid, "ada")

    assert ("conflict", conflict_id) in report.records and report.push_results_scrubbed == 1
    text = _stored_text(store)
    for words in ("Rollator beantragen", "Hausnotruf einrichten", "Antrag ausgefüllt", NAME, NEEDS):
        assert words not in text
    for person in (lena, corinna):
        person.sync_down()
        assert ("conflict", conflict_id) not in person.records and ("conflict", conflict_id) in person.purged


def test_erasure_removes_the_content_on_the_server_and_every_device_deletes_the_file(device, store, service, settings):
    corinna, lena, keys = _file(device)
    (cid,) = [i for e, i in keys if e == "contact"]
    late = lena.mutation("contact", cid, {"needs": "noch offline geschrieben"})  # not sent yet
    assert NAME in _stored_text(store)

    report = erase_contact(settings, store, cid, "ada")

    assert set(report.records) == keys and report.log_entries_scrubbed >= 3
    text = _stored_text(store)
    assert NAME not in text and NEEDS not in text and "Antrag ausgefüllt" not in text
    for person in (lena, corinna):
        person.sync_down()
        assert set(person.records) & keys == set()
        assert keys <= set(person.purged)
    fresh = device("lena")  # a new device (snapshot) gets nothing of it either
    fresh.sync_down()
    assert set(fresh.records) & keys == set()

    result = lena.push_one(late)  # the offline edit arrives later
    assert result["status"] == REJECTED and result["denial"]["code"] == "erased"
    assert "endgültig gelöscht" in result["denial"]["message"]
    assert NAME not in _stored_text(store) and "noch offline" not in _stored_text(store)
    with store.read() as tx:
        lines = [(e.username, e.action, e.entity) for e in tx.audit_entries(since_ms=0) if e.record_id in
                 {i for _e, i in keys}]
    assert ("ada", "erased", "contact") in lines and ("ada", "erased", "visit") in lines
    assert lines[-1] == ("lena", "rejected: erased", "contact")


def test_the_cli_lists_first_and_erases_with_yes(device, store, capsys):
    _corinna, _lena, keys = _file(device)
    (cid,) = [i for e, i in keys if e == "contact"]

    assert cli.main(["contact", "erase", "--db", str(store.path), cid, "--by", "corinna"]) == 0
    out = capsys.readouterr().out
    assert "would erase 3 records" in out and "--yes" in out
    assert NAME in _stored_text(store)  # nothing happened yet

    assert cli.main(["contact", "erase", "--db", str(store.path), cid, "--by", "corinna", "--yes"]) == 0
    assert "erased 3 records" in capsys.readouterr().out
    assert NAME not in _stored_text(store)
    assert cli.main(["contact", "erase", "--db", str(store.path), cid, "--by", "vera", "--yes"]) == 1
    assert "neither admin nor coordinator" in capsys.readouterr().err
    assert cli.main(["contact", "erase", "--db", str(store.path), "0193a0c0-0000-7000-8000-000000000000",
                     "--by", "ada", "--yes"]) == 1
    assert "no contact" in capsys.readouterr().err


def test_a_file_attached_to_a_visit_belongs_to_the_contact_and_is_erased_with_it(device, store, settings):
    corinna, lena, keys = _file(device)
    (cid,) = [i for e, i in keys if e == "contact"]
    (vid,) = [i for e, i in keys if e == "visit"]
    aid, a = lena.create("attachment", attachment("visit", vid, file_name="bescheid-erna-beispiel.pdf"))
    assert lena.push_one(a)["status"] == ACCEPTED
    assert "bescheid-erna-beispiel" in _stored_text(store)

    report = erase_contact(settings, store, cid, "ada")

    assert ("attachment", aid) in report.records
    assert "bescheid-erna-beispiel" not in _stored_text(store)


def test_a_home_visit_naming_the_contact_is_erased_with_it_and_nothing_links_to_the_person_again(device, store,
                                                                                                  settings):
    corinna, lena, keys = _file(device)
    (cid,) = [i for e, i in keys if e == "contact"]
    visit_id, home = lena.create("appointment", appointment(
        "lena", ["corinna"], title="Hausbesuch Erna Beispiel", kind="home_visit", place="Lindenweg 3", contact=cid))
    other_id, other = lena.create("appointment", appointment("lena", title="Lotsentreffen"))
    assert [r["status"] for r in lena.push(home, other)] == [ACCEPTED, ACCEPTED]
    corinna.sync_down()
    answer_id, answer = corinna.create("rsvp", rsvp(visit_id, "corinna", comment="Ich bringe den Antrag für Erna mit"))
    assert corinna.push_one(answer)["status"] == ACCEPTED
    lena.sync_down()
    file = export_contact(settings, store, cid, "ada")  # Art. 15: the home visit is data about the person, too
    assert {("appointment", visit_id), ("rsvp", answer_id)} <= {(r["entity"], r["id"]) for r in file["records"]}
    assert other_id not in {r["id"] for r in file["records"]}

    report = erase_contact(settings, store, cid, "ada")

    assert {("appointment", visit_id), ("rsvp", answer_id)} <= set(report.records)
    text = _stored_text(store)
    assert "Lindenweg" not in text and "Antrag für Erna" not in text and "Lotsentreffen" in text
    for person in (lena, corinna):
        person.sync_down()
        assert person.get("appointment", visit_id) is None and person.get("rsvp", answer_id) is None
    assert lena.get("appointment", other_id) is not None
    # a device that was offline links a new home visit, or the other appointment, to the erased person: refused
    _late_id, late = lena.create("appointment", appointment("lena", title="Nachbesuch Erna", contact=cid))
    relink = lena.mutation("appointment", other_id, {"contact": cid})
    results = lena.push(late, relink)
    assert [(r["status"], r["denial"]["code"]) for r in results] == [(REJECTED, "erased")] * 2
    assert "Nachbesuch Erna" not in _stored_text(store)


def test_a_new_device_of_the_coordinator_is_told_what_was_erased_and_its_snapshot_always_moves_on(device, store,
                                                                                                  settings):
    corinna = device("corinna")
    erased = []
    for n in range(15):
        cid, c = corinna.create("contact", contact(["lena"], name=f"Person {n}"))
        assert corinna.push_one(c)["status"] == ACCEPTED
        erase_contact(settings, store, cid, "ada")
        erased.append(("contact", cid))
    kept, c = corinna.create("contact", contact(["lena"], name="Bleibt"))
    assert corinna.push_one(c)["status"] == ACCEPTED
    corinna.create("appointment", appointment("corinna", title="Sprechstunde", public=True))

    fresh = device("corinna")  # pages of the smallest size: the erased ids alone fill more than one
    pages = fresh.sync_down(max_bytes=settings.min_pull_bytes)

    assert fresh.get("contact", kept)["name"] == "Bleibt"
    assert sorted(fresh.purged) == sorted(erased)  # so a reset device forgets what it kept of them
    # they are paged like the records: no page holds much more than its budget
    assert sum(1 for p in pages if p["purge"]) >= 2 and len(pages) < 15
    assert all(len(json.dumps(p["purge"])) + sum(len(json.dumps(c)) for c in p["changes"])
               <= settings.min_pull_bytes + 400 for p in pages)
    with sqlite3.connect(store.path) as conn:  # read through the partial index of erased records, not the table
        plan = " ".join(str(row) for row in conn.execute(
            f"EXPLAIN QUERY PLAN SELECT entity, id FROM records WHERE {ERASED_RECORD} AND (entity, id) > ('', '') "
            "ORDER BY entity, id LIMIT 10"))
    assert "records_erased" in plan
    visitor = device(None)  # public data never held anything to erase: visitors are told nothing
    visitor.sync_down()
    assert visitor.purged == []
