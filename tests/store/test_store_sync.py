"""The sync-facing API of the replica, driven directly with hand-built protocol messages."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.store import NotFound, PermissionDenied, Replica, ValidationFailed
from app.store.export import export_data
from core.hlc import Timestamp
from core.ids import uuid7
from core.merge import FieldWrite, apply_write
from core.protocol import ACCEPTED, CONFLICT, REJECTED, encode_delta, push_result
from tests.store.store_helpers import ANNA, KOORD, LOTTE, T0, Wall, contact, delta, offer, page, stamp, state

OID = "0193a0c0-0000-7000-8000-0000000000a1"
OID2 = "0193a0c0-0000-7000-8000-0000000000a2"


def server_offer(record_id=OID, ts_ms=T0 - 60_000, **overrides):
    return delta("offer", record_id, {"owner": "anna", "status": "active", **offer(**overrides)}, stamp(ts_ms))


# -- outbox and push acknowledgements ------------------------------------------------------------------------------
def test_pending_mutations_come_in_outbox_order_and_respect_the_limit(replica):
    ids = [replica.create("offer", offer(title=f"Angebot {i}")) for i in range(5)]
    assert [m["record_id"] for m in replica.pending_mutations()] == ids
    assert [m["record_id"] for m in replica.pending_mutations(limit=2)] == ids[:2]
    assert replica.outbox_count() == 5


def test_pending_mutations_are_bounded_like_the_push_and_always_give_one(replica):
    ids = [replica.create("offer", offer(title=f"Angebot {i}", description="Ä" * 300)) for i in range(6)]
    budget = sum(len(text.encode()) + 1 for text in replica.pending_push().texts[:3])
    assert [m["record_id"] for m in replica.pending_mutations(max_bytes=budget)] == ids[:3]
    assert [m["record_id"] for m in replica.pending_mutations(max_bytes=10)] == ids[:1]
    assert len(replica.pending_mutations(max_bytes=10**6)) == 6


def test_pending_push_is_the_json_of_the_pending_mutations_bounded_exactly_by_its_bytes(replica):
    ids = [replica.create("offer", offer(title=f"Angebot {i}", description="Ä" * 300)) for i in range(6)]
    replica.update("offer", ids[0], {"title": "Geändert", "categories": ["digitales", "senioren"]})
    batch = replica.pending_push()
    decoded = [json.loads(text) for text in batch.texts]
    assert batch.ids == [m["id"] for m in decoded] == [m["id"] for m in replica.pending_mutations()]
    for sent, listed in zip(decoded, replica.pending_mutations(), strict=True):
        assert {**sent, "base": sent.get("base") or dict.fromkeys(sent["fields"])} == listed
    assert decoded[-1]["base"]["title"] is not None  # an edit names the versions it saw; a new record none
    sizes = [len(text.encode()) + 1 for text in batch.texts]  # each with the comma that separates it
    for budget in (sum(sizes[:3]), sum(sizes[:3]) - 1, 10):
        bounded = replica.pending_push(max_bytes=budget)
        assert bounded.ids == batch.ids[:len(bounded)]
        assert sum(sizes[:len(bounded)]) <= budget or len(bounded) == 1
    assert len(replica.pending_push(max_bytes=sum(sizes[:3]))) == 3
    assert len(replica.pending_push(max_bytes=sum(sizes[:3]) - 1)) == 2
    assert replica.pending_push(limit=2, offset=5).ids == batch.ids[5:]


def test_accepted_and_conflict_results_leave_the_outbox_and_a_replayed_answer_is_harmless(replica):
    replica.create("offer", offer(title="A"))
    replica.create("offer", offer(title="B"))
    replica.create("offer", offer(title="C"))
    m1, m2, m3 = replica.pending_mutations()
    results = [push_result(m1["id"], ACCEPTED), push_result(m2["id"], CONFLICT, conflicts=[uuid7()])]
    server_ts = stamp(T0 + 1000)
    assert replica.ack_push(results, server_ts=server_ts) == {
        "accepted": 1, "conflict": 1, "rejected": 0, "restamped": 0, "unknown": 0}
    assert [m["id"] for m in replica.pending_mutations()] == [m3["id"]]
    assert replica.clock.last > server_ts  # the server time was observed
    assert replica.ack_push(results)["unknown"] == 2
    assert replica.outbox_count() == 1


def test_a_restamped_timestamp_is_adopted_and_later_bases_follow_it(replica, wall):
    rid = replica.create("offer", offer())
    wall.advance()
    replica.update("offer", rid, {"title": "Neu", "description": "Jetzt mit Beschreibung"})
    create, edit = replica.pending_mutations()
    assert edit["base"]["title"] == create["ts"]
    server_ts = stamp(T0 - 5_000)  # the device clock was far ahead: the server re-stamped the create
    replica.ack_push([push_result(create["id"], ACCEPTED, ts=server_ts)])
    versions = replica.versions("offer", rid)
    assert versions["area"] == server_ts and versions["categories"]["digitales"] == [True, server_ts]
    assert versions["title"] == edit["ts"]  # already overwritten by the later edit
    (pending,) = replica.pending_mutations()
    assert pending["base"] == {"title": server_ts, "description": None}


def test_a_rejected_edit_is_quarantined_and_the_record_goes_back_to_the_server_state(replica, wall):
    replica.apply_pull(page([server_offer()]))
    wall.advance()
    replica.update("offer", OID, {"title": "Eigenmächtig geändert"})
    wall.advance()
    replica.update("offer", OID, {"description": "Dienstags in der Bücherei"})
    rejected, later = replica.pending_mutations()
    current = server_offer(ts_ms=T0 - 60_000)
    problems = [{"field": "title", "code": "too_long", "message": "Titel: höchstens 120 Zeichen (jetzt 130)."}]
    summary = replica.ack_push([push_result(rejected["id"], REJECTED, problems=problems, current=current)])
    assert summary["rejected"] == 1
    got = replica.get("offer", OID)
    assert got["title"] == "Smartphone-Hilfe für Senioren"  # forced back, although the local edit was newer
    assert got["description"] == "Dienstags in der Bücherei"  # the other unsent edit is still applied
    assert [m["id"] for m in replica.pending_mutations()] == [later["id"]]
    (q,) = replica.quarantine()
    assert q["mutation_id"] == rejected["id"] and q["mutation"] == rejected
    assert q["problems"] == problems and q["message"] == "Titel: höchstens 120 Zeichen (jetzt 130)."
    assert replica.search("Eigenmächtig") == []


def test_a_rejected_create_without_current_removes_the_record_and_what_hangs_on_it(open_replica):
    r = open_replica(session=LOTTE)
    cid = r.create("contact", contact())
    vid = r.create("visit", {"contact": cid, "date": "2025-11-25", "notes": "Erstbesuch"})
    create_contact, create_visit = r.pending_mutations()
    denial = {"code": "forbidden", "detail": "no", "message": "Dazu fehlt Ihnen die Berechtigung."}
    r.ack_push([push_result(create_contact["id"], REJECTED, denial=denial, current=None)])
    assert r.get("contact", cid) is None and r.get("visit", vid) is None
    assert r.visits_of(cid) == [] and r.quarantine()[0]["message"] == "Dazu fehlt Ihnen die Berechtigung."
    assert [m["id"] for m in r.pending_mutations()] == [create_visit["id"]]


def test_quarantined_edits_can_be_retried_corrected_or_discarded(replica):
    a = replica.create("offer", offer(title="Erster Versuch"))
    b = replica.create("offer", offer(title="Zweiter"))
    ma, mb = replica.pending_mutations()
    replica.ack_push([push_result(ma["id"], REJECTED, problems=[{"field": "title", "code": "x", "message": "m"}],
                                  current=None),
                      push_result(mb["id"], REJECTED, denial={"code": "forbidden", "detail": "d", "message": "m"},
                                  current=None)])
    assert replica.get("offer", a) is None and replica.outbox_count() == 0
    with pytest.raises(ValidationFailed):
        replica.retry_quarantined(ma["id"], {"title": ""})  # still invalid: stays in the quarantine
    assert len(replica.quarantine()) == 2
    replica.retry_quarantined(ma["id"], {"title": "Korrigierter Titel"})
    (retry,) = replica.pending_mutations()
    assert retry["record_id"] == a and retry["id"] != ma["id"]
    assert retry["fields"]["title"] == "Korrigierter Titel" and retry["fields"]["categories"] == {
        "digitales": True, "senioren": True}
    assert replica.get("offer", a)["title"] == "Korrigierter Titel"
    replica.discard_quarantined(mb["id"])
    assert replica.quarantine() == [] and replica.get("offer", b) is None
    with pytest.raises(NotFound):
        replica.discard_quarantined(mb["id"])


# -- pull ----------------------------------------------------------------------------------------------------------
def test_a_snapshot_page_lands_in_empty_tables_with_its_versions_cursor_and_clock(replica):
    ts = stamp(T0 - 60_000)
    org = delta("organisation", OID2, {"name": "Sportfreunde Menden", "kind": "verein", "municipality": "menden",
                                       "categories": ["sport"], "wants_coaching": True}, ts)
    vals, vers = state("offer", {"owner": "bert", "status": "active", **offer(title="Gitarre lernen")}, ts)
    apply_write("offer", vals, vers, FieldWrite("categories", {"senioren": False, "kultur": True}, stamp(T0 - 1)))
    mixed = encode_delta("offer", OID, vals, vers)
    assert isinstance(mixed["v"], dict)  # per-field versions form
    server_ts = stamp(T0 + 500)
    assert replica.apply_pull(page([org, mixed], cursor="seq:17", server_ts=server_ts)) == 2
    assert replica.cursor() == "seq:17"
    assert replica.versions("offer", OID) == vers
    assert replica.get("offer", OID)["categories"] == ["digitales", "kultur"]
    got_org = replica.get("organisation", OID2)
    assert got_org["wants_coaching"] is True and got_org["categories"] == ["sport"]
    assert replica.versions("organisation", OID2)["name"] == ts
    assert Timestamp.decode(replica.clock.last) > Timestamp.decode(server_ts)
    assert replica.get_meta("clock") == replica.clock.last
    assert replica.outbox_count() == 0  # pulled records are not local edits


def test_merging_is_last_writer_wins_per_field_and_per_set_element(replica, wall):
    replica.apply_pull(page([server_offer()]))
    wall.advance(10_000)
    replica.update("offer", OID, {"title": "Lokaler Titel", "categories": ["digitales", "senioren", "bildung"]})
    local_ts = replica.pending_mutations()[-1]["ts"]
    older = stamp(T0 - 30_000, node="0000000000000bbb")  # concurrent, but earlier than the local edit
    newer = stamp(T0 + 60_000, node="0000000000000bbb")
    d_old = encode_delta("offer", OID, {"title": "Älterer Titel", "categories": ["kultur"]},
                         {"title": older, "categories": {"kultur": [True, older]}})
    d_new = encode_delta("offer", OID, {"description": "Neuere Beschreibung"}, {"description": newer})
    assert replica.apply_pull(page([d_old, d_new])) == 1  # the same record, changed once
    got = replica.get("offer", OID)
    assert got["title"] == "Lokaler Titel"  # the older remote write lost
    assert got["description"] == "Neuere Beschreibung"
    assert got["categories"] == ["bildung", "digitales", "kultur", "senioren"]  # concurrent additions survive
    assert replica.versions("offer", OID)["title"] == local_ts


def test_applying_a_page_twice_changes_nothing(replica):
    p = page([server_offer(), server_offer(OID2, title="Nachhilfe Mathe")],
             purge=[{"e": "offer", "id": "0193a0c0-0000-7000-8000-00000000ffff"}])
    assert replica.apply_pull(p) == 2
    before = [replica.get("offer", OID), replica.versions("offer", OID)]
    assert replica.apply_pull(p) == 0
    assert [replica.get("offer", OID), replica.versions("offer", OID)] == before
    assert replica.count_offers() == 2


def test_one_record_twice_in_a_page_is_merged(replica):
    first = server_offer(title="Erste Fassung", ts_ms=T0 - 2000)
    second = delta("offer", OID, {"title": "Zweite Fassung"}, stamp(T0 - 1000))
    assert replica.apply_pull(page([second, first])) == 1
    assert replica.get("offer", OID)["title"] == "Zweite Fassung"


def test_a_purged_contact_takes_its_visits_tasks_and_attachments_along(open_replica):
    r = open_replica(session=LOTTE)
    ts = stamp(T0 - 1000)
    c1, c2 = "0193a0c0-0000-7000-8000-0000000000c1", "0193a0c0-0000-7000-8000-0000000000c2"
    v1, v2, t1 = ("0193a0c0-0000-7000-8000-0000000000d1", "0193a0c0-0000-7000-8000-0000000000d2",
                  "0193a0c0-0000-7000-8000-0000000000e1")
    att = {"file_name": "Antrag.pdf", "media_type": "application/pdf", "size": 1000, "sha256": "ab" * 32}
    changes = [
        delta("contact", c1, contact(), ts), delta("contact", c2, contact(name="Max Muster"), ts),
        delta("visit", v1, {"contact": c1, "date": "2025-11-01", "author": "lotte"}, ts),
        delta("visit", v2, {"contact": c2, "date": "2025-11-02", "author": "lotte"}, ts),
        delta("task", t1, {"contact": c1, "text": "Pflegekasse anrufen"}, ts),
        delta("attachment", uuid7(), {"owner_entity": "contact", "owner_id": c1, **att}, ts),
        delta("attachment", uuid7(), {"owner_entity": "visit", "owner_id": v1, **att}, ts),
        delta("attachment", uuid7(), {"owner_entity": "visit", "owner_id": v2, **att}, ts),
    ]
    assert r.apply_pull(page(changes)) == 8
    assert [c["name"] for c in r.contacts()] == ["Erika Mustermann", "Max Muster"]
    r.apply_pull(page([], purge=[{"e": "contact", "id": c1}], cursor="c2"))
    assert r.get("contact", c1) is None and r.get("visit", v1, include_deleted=True) is None
    assert r.get("task", t1, include_deleted=True) is None
    assert [a["owner_id"] for a in r.all_records("attachment")] == [v2]
    assert [c["id"] for c in r.contacts()] == [c2] and [v["id"] for v in r.visits_of(c2)] == [v2]


def test_fields_from_a_newer_app_are_kept_merged_and_exported(replica, wall):
    ts = stamp(T0 - 1000)
    d = encode_delta("offer", OID, {**offer(owner="anna", status="active"), "accessibility_note": "Rampe",
                                    "languages": ["de", "tr"]},
                     {**{f: ts for f in (*offer(), "owner", "status", "accessibility_note")},
                      "categories": {"digitales": [True, ts], "senioren": [True, ts]},
                      "languages": {"de": [True, ts], "tr": [True, ts], "en": [False, ts]}})
    replica.apply_pull(page([d]))
    got = replica.get("offer", OID)
    assert got["accessibility_note"] == "Rampe" and got["languages"] == ["de", "tr"]
    wall.advance()
    replica.update("offer", OID, {"title": "Neuer Titel"})  # an old app editing other fields keeps them
    newer = stamp(T0 + 5000)
    replica.apply_pull(page([encode_delta("offer", OID, {"accessibility_note": "Aufzug", "languages": ["en"]},
                                          {"accessibility_note": newer, "languages": {"en": [True, newer]}})]))
    got = replica.get("offer", OID)
    assert got["accessibility_note"] == "Aufzug" and got["languages"] == ["de", "en", "tr"]
    assert replica.versions("offer", OID)["languages"]["en"] == [True, newer]
    exported = export_data(replica)["records"]["offer"][0]
    assert exported["accessibility_note"] == "Aufzug" and exported["title"] == "Neuer Titel"


def test_records_of_unknown_entities_are_kept_until_purged(replica):
    ts = stamp(T0)
    badge = {"e": "badge", "id": OID, "f": {"name": "Helfer:in des Jahres", "holders": ["anna"]},
             "v": {"name": ts, "holders": {"anna": [True, ts]}}}
    assert replica.apply_pull(page([badge])) == 1
    assert replica.apply_pull(page([badge])) == 0
    assert export_data(replica)["unknown_entities"]["badge"] == [
        {"id": OID, "name": "Helfer:in des Jahres", "holders": ["anna"]}]
    replica.apply_pull(page([], purge=[{"e": "badge", "id": OID}]))
    assert export_data(replica)["unknown_entities"] == {}


# -- reset ---------------------------------------------------------------------------------------------------------
def test_reset_drops_replicated_data_keeps_outbox_and_quarantine_and_shows_unsent_edits(replica, wall):
    replica.apply_pull(page([server_offer(), server_offer(OID2, title="Nachhilfe Mathe")], cursor="seq:9"))
    wall.advance()
    replica.update("offer", OID, {"title": "Unsere Smartphone-Sprechstunde"})
    mine = replica.create("offer", offer(title="Gitarrenkurs"))
    rejected = replica.create("offer", offer(title="Abgelehnt"))
    bad = replica.pending_mutations()[-1]
    replica.ack_push([push_result(bad["id"], REJECTED, denial={"code": "f", "detail": "d", "message": "m"},
                                  current=None)])
    replica.reset_replica()
    assert replica.cursor() is None
    assert replica.get("offer", OID2) is None  # replicated only: gone until the snapshot brings it back
    assert replica.get("offer", mine)["title"] == "Gitarrenkurs"
    assert replica.get("offer", OID)["title"] == "Unsere Smartphone-Sprechstunde"  # the unsent edit alone
    assert replica.get("offer", rejected) is None
    assert replica.outbox_count() == 2 and len(replica.quarantine()) == 1
    assert {h["id"] for h in replica.search("Gitarrenkurs Smartphone")} == set()
    assert [h["id"] for h in replica.search("Gitarrenkurs")] == [mine]
    replica.db.conn.execute("INSERT INTO offer_fts(offer_fts) VALUES ('integrity-check')")
    # the snapshot then merges under the unsent edit
    replica.apply_pull(page([server_offer(), server_offer(OID2, title="Nachhilfe Mathe")], cursor="seq:20"))
    assert replica.get("offer", OID)["title"] == "Unsere Smartphone-Sprechstunde"
    assert replica.get("offer", OID)["municipality"] == "arnsberg" and replica.count_offers() == 3


def test_a_reset_page_resets_before_applying(replica):
    replica.apply_pull(page([server_offer(), server_offer(OID2)], cursor="old"))
    assert replica.apply_pull(page([server_offer(OID2)], reset=True, cursor="new")) == 1
    assert replica.get("offer", OID) is None and replica.get("offer", OID2) and replica.cursor() == "new"


# -- conflict inbox ------------------------------------------------------------------------------------------------
def _conflict(cid, *, record=OID, concerned=("anna", "bert"), field="title", kept="Von Bert", lost="Von Anna"):
    ts = stamp(T0 + 1)
    return delta("conflict", cid, {"entity": "offer", "record_id": record, "field": field, "kept_value": kept,
                                   "lost_value": lost, "kept_by": "bert", "lost_by": "anna",
                                   "kept_ts": ts, "lost_ts": ts, "at": "2025-11-26T10:00:00Z",
                                   "concerned": list(concerned), "status": "open"}, ts)


def test_the_conflict_inbox_restores_as_an_ordinary_edit_or_keeps(replica):
    c1, c2 = uuid7(), uuid7()
    replica.apply_pull(page([server_offer(title="Von Bert"), _conflict(c1),
                             _conflict(c2, field="description", kept="neu", lost="alt")]))
    listed = replica.conflicts()
    assert {c["id"] for c in listed} == {c1, c2}
    first = next(c for c in listed if c["id"] == c1)
    assert first["field_label"] == "Titel" and first["entity_label"] == "Angebot/Gesuch"
    assert first["lost_value"] == "Von Anna"
    replica.restore_conflict(c1)
    assert replica.get("offer", OID)["title"] == "Von Anna"
    edit, status = replica.pending_mutations()
    assert edit["record_id"] == OID and edit["fields"] == {"title": "Von Anna"}
    assert status["entity"] == "conflict" and status["fields"] == {"status": "restored"}
    replica.keep_conflict(c2)
    assert replica.get("offer", OID)["description"] is None
    assert [c["id"] for c in replica.conflicts()] == []
    assert {c["status"] for c in replica.conflicts(status=None)} == {"restored", "kept"}


def test_only_the_people_concerned_resolve_a_conflict(replica):
    cid = uuid7()
    replica.apply_pull(page([server_offer(), _conflict(cid, concerned=("bert", "carla"))]))
    with pytest.raises(PermissionDenied):
        replica.keep_conflict(cid)
    with pytest.raises(NotFound):
        replica.restore_conflict(uuid7())
    assert replica.outbox_count() == 0


def test_a_pulled_care_record_is_searchable_nowhere_and_reaches_only_the_vault(open_replica):
    r = open_replica(session=KOORD)
    cid = uuid7()
    r.apply_pull(page([delta("contact", cid, contact(), stamp(T0))]))
    assert [c["id"] for c in r.contacts()] == [cid]
    assert r.search("Erika") == []


# -- convergence ---------------------------------------------------------------------------------------------------
NODES = ("000000000000000a", "000000000000000b", "000000000000000c")
_write = st.tuples(
    st.sampled_from([OID, OID2]),
    st.sampled_from(["title", "categories", "_deleted", "hours"]),
    st.integers(0, 5),
    st.integers(0, 50),  # wall offset (ms)
    st.sampled_from(NODES),
    st.booleans(),
)


def _as_deltas(writes):
    deltas = []
    for n, (rid, field, choice, wall, node, present) in enumerate(writes):
        ts = Timestamp(T0 + wall, n, node).encode()  # unique per write, like real clocks
        if field == "categories":
            element = ("kultur", "sport", "bildung")[choice % 3]
            deltas.append({"e": "offer", "id": rid, "f": {field: [element] if present else []},
                           "v": {field: {element: [present, ts]}}})
        else:
            value = {"title": f"Titel {choice}", "_deleted": present, "hours": choice}[field]
            deltas.append({"e": "offer", "id": rid, "f": {field: value}, "v": {field: ts}})
    return deltas


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(writes=st.lists(_write, min_size=1, max_size=25), order=st.randoms(use_true_random=False),
       cuts=st.lists(st.integers(1, 6), min_size=1, max_size=8))
def test_replicas_converge_whatever_the_order_and_paging_of_pulls(writes, order, cuts):
    deltas = _as_deltas(writes)
    shuffled = list(deltas)
    order.shuffle(shuffled)
    expected: dict[str, tuple[dict, dict]] = {}
    for d in deltas:  # the reference: core.merge on plain dicts
        vals, vers = expected.setdefault(d["id"], ({}, {}))
        from core.protocol import delta_writes
        for w in delta_writes(d):
            apply_write("offer", vals, vers, w)
    with tempfile.TemporaryDirectory() as tmp:
        results = []
        for name, sequence, sizes in (("one.db", deltas, [len(deltas)]), ("two.db", shuffled, cuts)):
            r = Replica.open(Path(tmp) / name, Wall())
            i, k = 0, 0
            while i < len(sequence):  # pages of varying size, one page applied twice
                size = sizes[k % len(sizes)]
                chunk = sequence[i:i + size]
                r.apply_pull(page(chunk, cursor=f"c{i}"))
                if k == 1:
                    r.apply_pull(page(chunk, cursor=f"c{i}"))
                i, k = i + size, k + 1
            results.append({rid: (r.get("offer", rid, include_deleted=True), r.versions("offer", rid))
                            for rid in (OID, OID2)})
            r.db.conn.execute("INSERT INTO offer_fts(offer_fts) VALUES ('integrity-check')")
            r.close()
    assert results[0] == results[1]
    for rid, (vals, vers) in expected.items():
        got, versions = results[0][rid]
        assert versions == vers
        assert got["title"] == vals.get("title") and got["hours"] == vals.get("hours")
        assert got["categories"] == vals.get("categories", [])
        assert got["_deleted"] is bool(vals.get("_deleted"))


def test_reference_session_fixture_is_anna(replica):
    assert replica.session["username"] == ANNA["username"]
