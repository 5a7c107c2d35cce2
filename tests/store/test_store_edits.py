"""Local edits: one transaction each (row + field versions + outbox mutation + FTS + clock), validation,
permissions, session-filled fields."""

from __future__ import annotations

import pytest

from app.store import NotFound, PermissionDenied, Replica, ValidationFailed
from core.hlc import Timestamp
from core.ids import stable_id
from tests.store.store_helpers import BERT, KOORD, LOTTE, contact, offer


def test_create_writes_row_versions_and_one_outbox_mutation(replica):
    rid = replica.create("offer", offer())
    got = replica.get("offer", rid)
    assert got["title"] == "Smartphone-Hilfe für Senioren"
    assert got["owner"] == "anna"  # filled from the session
    assert got["status"] == "draft" and got["commitment"] == "einmalig"  # schema defaults
    assert got["categories"] == ["digitales", "senioren"]
    (m,) = replica.pending_mutations()
    assert set(m) == {"id", "entity", "record_id", "ts", "fields", "base"}
    assert m["entity"] == "offer" and m["record_id"] == rid
    assert m["fields"]["categories"] == {"digitales": True, "senioren": True}
    assert m["fields"]["owner"] == "anna" and m["fields"]["status"] == "draft"
    assert set(m["base"]) == set(m["fields"]) and set(m["base"].values()) == {None}
    versions = replica.versions("offer", rid)
    assert versions["title"] == m["ts"] and versions["categories"] == {"digitales": [True, m["ts"]],
                                                                       "senioren": [True, m["ts"]]}
    assert Timestamp.decode(m["ts"]).node == replica.node_id
    assert replica.persisted_clock() == m["ts"]  # the clock is persisted with the edit (its outbox entry)


def test_every_edit_gets_a_later_timestamp(replica, wall):
    a = replica.create("offer", offer(title="A"))
    b = replica.create("offer", offer(title="B"))
    replica.update("offer", a, {"title": "A2"})
    stamps = [m["ts"] for m in replica.pending_mutations()]
    assert stamps == sorted(stamps) and len(set(stamps)) == 3
    assert b != a


def test_validation_reports_every_problem_in_german_and_writes_nothing(replica):
    with pytest.raises(ValidationFailed) as info:
        replica.create("offer", {"area": "kunst", "title": "x" * 121, "hours": 500, "color": "rot"})
    fields = {p.field for p in info.value.problems}
    assert {"area", "direction", "title", "municipality", "hours", "color"} <= fields
    messages = " ".join(p.message for p in info.value.problems)
    assert "Bitte einen Ort (Arnsberg oder Menden) angeben." in messages
    assert "höchstens 120 Zeichen" in messages and "Unbekanntes Feld „color“." in messages
    assert replica.outbox_count() == 0 and replica.offers(limit=None) == []


def test_writing_needs_a_session_and_the_right_to_write(replica, open_replica):
    visitor = open_replica("visitor.db", session=None)
    with pytest.raises(PermissionDenied) as info:
        visitor.create("offer", offer(owner="anna"))
    assert "melden Sie sich an" in info.value.message
    rid = replica.create("offer", offer())
    replica.set_session(BERT)
    with pytest.raises(PermissionDenied):
        replica.update("offer", rid, {"title": "Übernommen"})
    with pytest.raises(PermissionDenied):
        replica.delete("offer", rid)
    assert replica.get("offer", rid)["title"] == "Smartphone-Hilfe für Senioren"
    assert replica.outbox_count() == 1


def test_update_sends_only_changes_with_the_versions_seen_and_set_operations(replica, wall):
    rid = replica.create("offer", offer())
    created = replica.versions("offer", rid)
    wall.advance()
    assert replica.update("offer", rid, {"title": "Smartphone-Sprechstunde", "municipality": "arnsberg",
                                         "categories": ["digitales", "bildung"]}) is True
    m = replica.pending_mutations()[-1]
    assert m["fields"] == {"title": "Smartphone-Sprechstunde", "categories": {"bildung": True, "senioren": False}}
    assert m["base"] == {"title": created["title"], "categories": created["title"]}
    got = replica.get("offer", rid)
    assert got["categories"] == ["bildung", "digitales"] and got["title"] == "Smartphone-Sprechstunde"
    versions = replica.versions("offer", rid)
    assert versions["categories"]["senioren"] == [False, m["ts"]]
    assert versions["categories"]["digitales"] == created["categories"]["digitales"]
    assert versions["municipality"] == created["municipality"]  # unchanged value: not sent, not re-stamped


def test_an_edit_that_changes_nothing_writes_nothing(replica):
    rid = replica.create("offer", offer())
    assert replica.update("offer", rid, {"title": "Smartphone-Hilfe für Senioren",
                                         "categories": ["senioren", "digitales"]}) is False
    assert replica.outbox_count() == 1


def test_partial_validation_checks_cross_field_rules_against_the_stored_record(replica):
    aid = replica.create("appointment", {"title": "Vorstand", "start": "2026-03-01T18:00:00Z",
                                         "end": "2026-03-01T20:00:00Z"})
    assert replica.get("appointment", aid)["organiser"] == "anna"
    with pytest.raises(ValidationFailed) as info:
        replica.update("appointment", aid, {"end": "2026-03-01T17:00:00Z"})
    assert [p.code for p in info.value.problems] == ["end_before_start"]
    with pytest.raises(ValidationFailed):
        replica.update("offer", replica.create("offer", offer()), {"title": "  "})


def test_immutable_fields_and_unknown_records(replica):
    rid = replica.create("offer", offer())
    with pytest.raises(PermissionDenied) as info:
        replica.update("offer", rid, {"owner": "bert"})
    assert "nachträglich nicht geändert" in info.value.message
    with pytest.raises(NotFound) as nf:
        replica.update("offer", "0193a0c0-0000-7000-8000-00000000dead", {"title": "x"})
    assert "nicht gefunden" in nf.value.message
    with pytest.raises(ValidationFailed):
        replica.update("offer", rid, {"id": "0193a0c0-0000-7000-8000-00000000dead"})


def test_delete_is_a_synced_tombstone(replica):
    rid = replica.create("offer", offer())
    replica.delete("offer", rid)
    assert replica.get("offer", rid) is None
    assert replica.get("offer", rid, include_deleted=True)["_deleted"] is True
    m = replica.pending_mutations()[-1]
    assert m["fields"] == {"_deleted": True} and m["base"] == {"_deleted": None}
    with pytest.raises(NotFound):
        replica.delete("offer", rid)
    assert replica.offers(limit=None) == [] and replica.search("Smartphone") == []
    replica.update("offer", rid, {"_deleted": False})  # undelete (used to restore a conflict)
    assert replica.get("offer", rid)["title"] and replica.search("Smartphone")


@pytest.mark.parametrize("entity", ["offer", "contact"])
def test_a_failure_inside_the_transaction_leaves_nothing_half_written(open_replica, monkeypatch, entity):
    r = open_replica(session=KOORD)  # a coordinator may create and delete both
    values = offer() if entity == "offer" else contact()
    rid = r.create(entity, values)
    clock_before = r.persisted_clock()
    row_before = r.get(entity, rid)

    def broken_outbox(self, rows):
        raise OSError("disk I/O error while writing the outbox")

    monkeypatch.setattr(Replica, "_enqueue_many", broken_outbox)
    with pytest.raises(OSError):
        r.create(entity, values)
    with pytest.raises(OSError):
        r.update(entity, rid, {"title" if entity == "offer" else "name": "Neu"})
    with pytest.raises(OSError):
        r.delete(entity, rid)
    monkeypatch.undo()
    assert r.get(entity, rid) == row_before
    assert len(r.all_records(entity)) == 1 and r.outbox_count() == 1
    assert r.persisted_clock() == clock_before
    assert not r.db.conn.in_transaction
    if entity == "offer":
        assert [h["id"] for h in r.search("Smartphone")] == [rid]
        assert r.search("Neu") == []
        r.db.conn.execute("INSERT INTO offer_fts(offer_fts) VALUES ('integrity-check')")


def test_create_many_is_one_transaction_and_all_or_nothing(replica):
    ids = replica.create_many("offer", [offer(title=f"Angebot {i}") for i in range(20)])
    assert len(ids) == 20 and replica.outbox_count() == 20
    with pytest.raises(ValidationFailed) as info:
        replica.create_many("offer", [offer(title="gut"), offer(title=""), offer(title="auch gut")])
    assert info.value.record_index == 1 and info.value.message.startswith("Datensatz 2:")
    assert replica.count_offers() == 20 and replica.outbox_count() == 20


def test_rsvp_gets_the_deterministic_id_so_devices_converge(replica):
    aid = replica.create("appointment", {"title": "Offenes Treffen", "start": "2026-03-01T18:00:00Z",
                                         "public": True})
    rid = replica.create("rsvp", {"appointment": aid, "status": "zugesagt"})
    assert rid == stable_id("rsvp", aid, "anna")
    assert replica.get("rsvp", rid)["person"] == "anna"
    with pytest.raises(ValidationFailed) as info:
        replica.create("rsvp", {"appointment": aid, "status": "abgesagt"})
    assert info.value.problems[0].code == "exists"


def test_care_rules_apply_locally(open_replica):
    lotte = open_replica("lotte.db", session=LOTTE)
    cid = lotte.create("contact", contact(consent_recorded_by=None))
    assert lotte.get("contact", cid)["consent_recorded_by"] == "lotte"
    vid = lotte.create("visit", {"contact": cid, "date": "2025-11-25", "notes": "Antrag besprochen"})
    assert lotte.get("visit", vid)["author"] == "lotte"
    with pytest.raises(PermissionDenied, match="neuen Eintrag"):
        lotte.update("visit", vid, {"notes": "geändert"})  # visits are append-only
    with pytest.raises(PermissionDenied):
        lotte.delete("contact", cid)  # only the coordinator deletes a contact
    lotte.set_session(KOORD)
    lotte.delete("contact", cid)
    assert lotte.get("contact", cid) is None


def test_versions_of_a_fresh_record_are_stored_as_one_timestamp_and_read_back_in_full(replica, wall):
    rid = replica.create("offer", offer())
    (m,) = replica.pending_mutations()
    raw = replica.db.conn.execute("SELECT _v FROM offer WHERE id = ?", (rid,)).fetchone()[0]
    assert raw == f'"{m["ts"]}"'
    full = replica.versions("offer", rid)
    assert full["title"] == m["ts"] and full["categories"]["senioren"] == [True, m["ts"]]
    assert set(full) == set(m["fields"])  # exactly the fields that hold a value
    wall.advance()
    replica.update("offer", rid, {"categories": ["digitales"], "description": "Neu"})
    raw = replica.db.conn.execute("SELECT _v FROM offer WHERE id = ?", (rid,)).fetchone()[0]
    assert raw.startswith("{") and replica.versions("offer", rid)["categories"]["senioren"][0] is False


def test_two_processes_on_one_replica_never_stamp_the_same_timestamp(open_replica, tmp_path, wall):
    app = open_replica("shared.db")
    cli = Replica.open(tmp_path / "shared.db", wall)  # a second connection, as the CLI next to the running app
    try:
        for n in range(5):
            app.create("offer", offer(title=f"App {n}"))
            cli.create("offer", offer(title=f"CLI {n}", owner="anna"))
        stamps = [m["ts"] for m in app.pending_mutations()]
        assert len(stamps) == 10 and len(set(stamps)) == 10 and stamps == sorted(stamps)
    finally:
        cli.close()


def test_an_update_writes_only_the_columns_it_changes_and_keeps_the_search_index_right(replica, wall):
    rid = replica.create("offer", offer(place="Neheim"))
    written: list[str] = []
    replica.db.conn.set_trace_callback(written.append)
    wall.advance()
    assert replica.update("offer", rid, {"hours": 4, "place": "Hüsten", "title": "Smartphone-Hilfe für Senioren"})
    replica.db.conn.set_trace_callback(None)
    (update_sql,) = {s for s in written if s.startswith('UPDATE "offer"')}  # (traced again per trigger step)
    assert '"hours"' in update_sql and '"place"' in update_sql and '"_v"' in update_sql
    assert '"title"' not in update_sql and '"owner"' not in update_sql and '"description"' not in update_sql
    assert replica.get("offer", rid)["place"] == "Hüsten" and replica.get("offer", rid)["hours"] == 4
    assert [h["id"] for h in replica.search("Hüsten")] == [rid] and replica.search("Neheim") == []
    replica.db.conn.execute("INSERT INTO offer_fts(offer_fts) VALUES ('integrity-check')")
    m = replica.pending_mutations()[-1]
    assert m["fields"] == {"hours": 4, "place": "Hüsten"}  # the unchanged title is not sent


def test_ids_and_timestamps_of_one_edit_come_from_one_wall_clock_reading(replica, wall):
    from core.ids import uuid7_time_ms

    rid = replica.create("offer", offer())
    wall.advance()
    replica.update("offer", rid, {"hours": 3})
    for m in replica.pending_mutations():
        assert uuid7_time_ms(m["id"]) == Timestamp.decode(m["ts"]).wall_ms
    assert uuid7_time_ms(rid) == Timestamp.decode(replica.pending_mutations()[0]["ts"]).wall_ms


def test_create_fills_defaults_drops_blank_values_and_stores_sets_sorted(replica):
    rid = replica.create("offer", offer(description="  ", place=None, categories=("senioren", "digitales",
                                                                                  "senioren")))
    got = replica.get("offer", rid)
    assert got["description"] is None and got["place"] is None and got["status"] == "draft"
    assert got["categories"] == ["digitales", "senioren"]
    (m,) = replica.pending_mutations()
    assert "description" not in m["fields"] and "place" not in m["fields"]
    assert m["fields"]["categories"] == {"digitales": True, "senioren": True}
