"""Push rules of docs/sync-protocol.md, one test per rule (service level, real SQLite file)."""

from __future__ import annotations

import sqlite3

import pytest

from core.hlc import Timestamp
from core.ids import uuid7
from core.protocol import ACCEPTED, CONFLICT, REJECTED, mutation
from sync_server.service import ServiceError, account_record_id
from tests.server.support import appointment, contact, offer


def _log_count(settings) -> int:
    with sqlite3.connect(settings.db_path) as conn:
        return conn.execute("SELECT count(*) FROM log").fetchone()[0]


def _record_doc(store, entity, rid):
    with store.read() as tx:
        row = tx.get_record(entity, rid)
        return None if row is None else row.doc


def test_replayed_push_changes_nothing(device, store, settings):
    vera = device("vera")
    other = device("corinna")
    rid, create = vera.create("offer", offer("vera", title="Erster Titel"))
    first = vera.push(create)
    assert first[0]["status"] == ACCEPTED
    # someone changes the title afterwards
    other.sync_down()
    assert other.push_one(other.mutation("offer", rid, {"title": "Neuer Titel"}))["status"] == ACCEPTED
    doc, log_len = _record_doc(store, "offer", rid), _log_count(settings)

    again = vera.push(create)  # the answer to the first push was lost; the device sends the batch again

    assert again == first
    assert _record_doc(store, "offer", rid) == doc  # the old title did not come back
    assert _log_count(settings) == log_len


def test_same_mutation_twice_in_one_batch_is_applied_once(device, settings):
    vera = device("vera")
    _rid, create = vera.create("offer", offer("vera"))
    before = _log_count(settings)
    results = vera.push(create, create)
    assert results[0] == results[1] == {"id": create["id"], "status": ACCEPTED}
    assert _log_count(settings) == before + 1


def test_batch_is_all_or_nothing_on_error(device, service, store, settings):
    vera = device("vera")
    batch = [vera.create("offer", offer("vera", title=f"Angebot {i}"))[1] for i in range(5)]
    before = _log_count(settings)

    def boom(tx):
        raise RuntimeError("disk full")

    with pytest.raises(RuntimeError):
        service.push(vera.session, batch, fault=boom)

    assert _log_count(settings) == before
    with store.read() as tx:
        assert tx.get_mutation_results("vera", [m["id"] for m in batch]) == {}
        assert all(tx.get_record("offer", m["record_id"]) is None for m in batch)
    # the device retries the same batch: it is applied now (not answered as a replay of a half-done one)
    assert [r["status"] for r in vera.push(*batch)] == [ACCEPTED] * 5
    assert _log_count(settings) == before + 5


def test_a_batch_sent_after_another_is_applied_only_once_that_one_is(device, service, settings):
    vera = device("vera")
    first = [vera.create("offer", offer("vera", title=f"Angebot {i}"))[1] for i in range(2)]
    second = [vera.mutation("offer", m["record_id"], {"title": "Geändert"}) for m in first]
    before = _log_count(settings)

    with pytest.raises(ServiceError) as refused:  # the second batch overtook the first on the way
        service.push(vera.session, second, after=first[-1]["id"])

    assert (refused.value.status, refused.value.code) == (409, "out_of_order")
    assert _log_count(settings) == before  # nothing of it applied
    assert [r["status"] for r in vera.push(*first)] == [ACCEPTED] * 2
    results = service.push(vera.session, second, after=first[-1]["id"])["results"]
    assert [r["status"] for r in results] == [ACCEPTED] * 2


def test_a_batch_sent_ahead_that_the_server_would_re_stamp_is_refused_and_applied_when_sent_in_order(
        device, service, settings):
    wrong = device("vera", skew_ms=3 * 24 * 3600 * 1000)  # three days ahead: every timestamp gets re-stamped
    rid, create = wrong.create("offer", offer("vera", title="Zeitreise"))
    restamped = wrong.push_one(create)["ts"]  # on the device, later edits' base is rewritten from this
    assert restamped
    edit = wrong.mutation("offer", rid, {"title": "Zeitreise, korrigiert"})
    before = _log_count(settings)

    with pytest.raises(ServiceError) as refused:  # sent ahead, so its base was not rewritten yet
        service.push(wrong.session, [edit], after=create["id"])

    assert (refused.value.status, refused.value.code) == (409, "out_of_order")
    assert _log_count(settings) == before
    # sent again in order, after the device adopted the re-stamp (the base names the server's timestamp)
    (result,) = service.push(wrong.session, [{**edit, "base": {"title": restamped}}])["results"]
    assert result["status"] == ACCEPTED and result["ts"]  # re-stamped as usual, no conflict


def test_far_future_timestamp_is_restamped(device, service, settings, clock):
    wrong = device("vera", skew_ms=3 * 24 * 3600 * 1000)  # the phone's clock is three days ahead
    rid, create = wrong.create("offer", offer("vera"))
    result = wrong.push_one(create)
    assert result["status"] == ACCEPTED
    assert result["ts"] < create["ts"]
    assert Timestamp.decode(result["ts"]).wall_ms <= clock() * 1000 + settings.max_skew_ms
    reader = device(None)
    reader.sync_down()
    versions = reader.records[("offer", rid)][1]
    assert versions["title"] == versions["owner"] == result["ts"]  # everyone has the server's timestamp
    assert versions["categories"] == {"senioren": [True, result["ts"]]}


def test_small_clock_skew_is_not_restamped(device):
    slightly = device("vera", skew_ms=60 * 1000)  # one minute ahead: within the bound
    _rid, create = slightly.create("offer", offer("vera"))
    result = slightly.push_one(create)
    assert result == {"id": create["id"], "status": ACCEPTED}


def test_concurrent_edit_produces_conflict_record(device, clock):
    lena, corinna, lars = device("lena"), device("corinna"), device("lars")
    cid, create = corinna.create("contact", contact(["lena", "lars"], needs="Hilfe im Haushalt"))
    corinna.push(create)
    lena.sync_down()
    lars.sync_down()
    # Lena edits offline at a home visit (earlier), the coordinator edits in the browser (later) and syncs first
    offline_edit = lena.mutation("contact", cid, {"needs": "Antrag Pflegegrad 3 stellen"})
    clock.advance(minutes=30)
    corinna.push(corinna.mutation("contact", cid, {"needs": "Tagespflege suchen"}))
    clock.advance(hours=3)
    result = lena.push_one(offline_edit)

    assert result["status"] == CONFLICT
    (conflict_id,) = result["conflicts"]
    for person in (lena, corinna):
        person.sync_down()
        assert person.get("contact", cid)["needs"] == "Tagespflege suchen"  # both see the same result
        record = person.get("conflict", conflict_id)
        assert record == {
            "entity": "contact", "record_id": cid, "field": "needs",
            "kept_value": "Tagespflege suchen", "lost_value": "Antrag Pflegegrad 3 stellen",
            "kept_by": "corinna", "lost_by": "lena",
            "kept_ts": record["kept_ts"], "lost_ts": offline_edit["ts"],
            "at": "2026-11-18T14:36:40Z", "concerned": ["corinna", "lena"], "status": "open",
        }
    lars.sync_down()
    assert lars.ids("conflict") == set()  # the conflict is for the people concerned only


def test_write_that_wins_over_an_unseen_value_is_also_a_conflict(device, clock):
    lena, corinna = device("lena"), device("corinna")
    cid, create = corinna.create("contact", contact(["lena"], needs="alt"))
    corinna.push(create)
    lena.sync_down()
    corinna.push(corinna.mutation("contact", cid, {"needs": "vom Büro"}))
    clock.advance(minutes=5)
    stale = lena.mutation("contact", cid, {"needs": "vom Hausbesuch"})  # later, but Lena never saw "vom Büro"
    result = lena.push_one(stale)
    assert result["status"] == CONFLICT
    corinna.sync_down()
    record = corinna.get("conflict", result["conflicts"][0])
    assert (record["kept_value"], record["lost_value"]) == ("vom Hausbesuch", "vom Büro")
    assert (record["kept_by"], record["lost_by"]) == ("lena", "corinna")
    assert corinna.get("contact", cid)["needs"] == "vom Hausbesuch"


def test_edit_based_on_the_current_value_is_not_a_conflict(device, clock):
    lena, corinna = device("lena"), device("corinna")
    cid, create = corinna.create("contact", contact(["lena"]))
    corinna.push(create)
    lena.sync_down()
    clock.advance(minutes=1)
    assert lena.push_one(lena.mutation("contact", cid, {"needs": "neu"}))["status"] == ACCEPTED
    corinna.sync_down()
    clock.advance(minutes=1)
    assert corinna.push_one(corinna.mutation("contact", cid, {"needs": "neuer"}))["status"] == ACCEPTED


def test_concurrent_additions_to_a_set_both_survive(device, clock):
    phone, browser = device("vera"), device("vera")
    rid, create = phone.create("offer", offer("vera", categories=["senioren"]))
    phone.push(create)
    browser.sync_down()
    add_a = phone.mutation("offer", rid, {"categories": ["senioren", "bildung"]})
    add_b = browser.mutation("offer", rid, {"categories": ["senioren", "digitales"]})
    assert phone.push_one(add_a)["status"] == ACCEPTED
    assert browser.push_one(add_b)["status"] == ACCEPTED
    reader = device(None)
    reader.sync_down()
    assert reader.get("offer", rid)["categories"] == ["bildung", "digitales", "senioren"]


def test_invalid_create_is_rejected_with_german_problems_and_nothing_applied(device, store):
    vera = device("vera")
    rid, create = vera.create("offer", offer("vera", title="", hours=500))
    result = vera.push_one(create)
    assert result["status"] == REJECTED
    problems = {p["field"]: p for p in result["problems"]}
    assert problems["title"]["code"] == "required"
    assert problems["title"]["message"].startswith("Bitte einen Titel angeben")
    assert problems["hours"]["code"] == "out_of_range"
    assert result["current"] is None
    with store.read() as tx:
        assert tx.get_record("offer", rid) is None


def test_create_is_validated_and_completed_with_defaults(device):
    vera = device("vera")
    values = offer("vera")
    del values["status"]  # has a default ("draft")
    rid, create = vera.create("offer", values, defaults=False)
    assert vera.push_one(create)["status"] == ACCEPTED
    page = vera.pull()  # the defaults the server added reach the creating device too
    (delta,) = [d for d in page["changes"] if d["id"] == rid]
    assert delta["f"]["status"] == "draft" and delta["f"]["online_possible"] is False


def test_edit_is_validated_partially(device):
    vera = device("vera")
    rid, create = vera.create("offer", offer("vera"))
    vera.push(create)
    assert vera.push_one(vera.mutation("offer", rid, {"place": "Hüsten"}))["status"] == ACCEPTED
    bad = vera.push_one(vera.mutation("offer", rid, {"title": "  "}))
    assert bad["status"] == REJECTED and bad["problems"][0]["field"] == "title"


def test_rejected_edit_carries_current_visible_record(device):
    vera, klaus = device("vera"), device("klaus")
    rid, create = vera.create("offer", offer("vera", title="Original"))
    vera.push(create)
    klaus.sync_down()
    result = klaus.push_one(klaus.mutation("offer", rid, {"title": "Gekapert"}))
    assert result["status"] == REJECTED
    assert result["denial"]["code"] == "forbidden"
    assert result["current"]["f"]["title"] == "Original"
    assert result["current"]["id"] == rid


def test_rejected_write_to_invisible_record_carries_no_data(device):
    corinna, vera = device("corinna"), device("vera")
    cid, create = corinna.create("contact", contact(["lena"]))
    corinna.push(create)
    result = vera.push_one(vera.mutation("contact", cid, {"needs": "x"}, base={"needs": None}))
    assert result["status"] == REJECTED
    assert result["current"] is None  # nothing of the contact leaks to the volunteer


def test_current_reflects_the_whole_batch(device):
    vera = device("vera")
    rid, create = vera.create("offer", offer("vera"))
    vera.push(create)
    bad = vera.mutation("offer", rid, {"title": ""})
    good = vera.mutation("offer", rid, {"place": "Neheim"})
    results = vera.push(bad, good)
    assert [r["status"] for r in results] == [REJECTED, ACCEPTED]
    assert results[0]["current"]["f"]["place"] == "Neheim"


def test_unknown_entity_is_rejected_without_blocking_the_batch(device):
    vera = device("vera")
    strange = mutation(uuid7(), "spaceship", uuid7(), vera.hlc.now(), {"name": "x"}, {})
    _rid, good = vera.create("offer", offer("vera"))
    results = vera.push(strange, good)
    assert results[0]["status"] == REJECTED and results[0]["denial"]["code"] == "unknown_entity"
    assert results[1]["status"] == ACCEPTED


def test_malformed_mutation_is_rejected_alone(device):
    vera = device("vera")
    bad_ts = mutation(uuid7(), "offer", uuid7(), "yesterday", offer("vera"), {})
    bad_id = mutation(uuid7(), "offer", "not-a-uuid", vera.hlc.now(), offer("vera"), {})
    bad_set = mutation(uuid7(), "offer", uuid7(), vera.hlc.now(), {**offer("vera"), "categories": {"x": "yes"}}, {})
    results = vera.push(bad_ts, bad_id, bad_set)
    assert [r["status"] for r in results] == [REJECTED] * 3
    assert results[0]["problems"][0]["field"] == "ts"
    assert results[1]["problems"][0]["field"] == "record_id"
    assert results[2]["problems"][0]["code"] == "invalid_operation"


def test_created_and_deleted_offline_is_accepted_as_nothing(device, store):
    vera = device("vera")
    rid = uuid7()
    result = vera.push_one(mutation(uuid7(), "offer", rid, vera.hlc.now(), {"_deleted": True}, {}))
    assert result["status"] == ACCEPTED
    with store.read() as tx:
        assert tx.get_record("offer", rid) is None


def test_delete_is_a_tombstone_that_syncs(device):
    vera, reader = device("vera"), device(None)
    rid, create = vera.create("offer", offer("vera"))
    vera.push(create)
    reader.sync_down()
    assert vera.push_one(vera.mutation("offer", rid, {"_deleted": True}))["status"] == ACCEPTED
    reader.sync_down()
    assert reader.get("offer", rid)["_deleted"] is True


def test_clients_cannot_write_conflict_records_but_may_resolve_theirs(device, clock):
    lena, corinna = device("lena"), device("corinna")
    cid, create = corinna.create("contact", contact(["lena"]))
    corinna.push(create)
    lena.sync_down()
    early = lena.mutation("contact", cid, {"needs": "A"})
    clock.advance(minutes=1)
    corinna.push(corinna.mutation("contact", cid, {"needs": "B"}))
    conflict_id = lena.push_one(early)["conflicts"][0]
    lena.sync_down()
    forged = lena.push_one(lena.mutation("conflict", uuid7(), {
        "entity": "contact", "record_id": cid, "field": "needs", "at": "2026-11-18T10:00:00Z",
        "concerned": ["lena"], "status": "open"}))
    assert forged["status"] == REJECTED and forged["denial"]["code"] == "forbidden"
    assert lena.push_one(lena.mutation("conflict", conflict_id, {"status": "kept"}))["status"] == ACCEPTED
    tampered = lena.push_one(lena.mutation("conflict", conflict_id, {"lost_value": "Z"}))
    assert tampered["status"] == REJECTED


def test_people_change_their_display_name_but_not_their_roles(device, service):
    vera = device("vera")
    vera.sync_down()
    rid = account_record_id("vera")
    assert vera.get("account", rid)["roles"] == ["volunteer"]
    assert vera.push_one(vera.mutation("account", rid, {"display_name": "Vera Vogel"}))["status"] == ACCEPTED
    assert service.accounts.get("vera").display_name == "Vera Vogel"
    escalate = vera.push_one(vera.mutation("account", rid, {"roles": ["volunteer", "admin"]}))
    assert escalate["status"] == REJECTED
    assert service.accounts.get("vera").roles == ("volunteer",)


def test_admin_role_change_takes_effect(device, service):
    ada = device("ada")
    rid = account_record_id("vera")
    m = ada.mutation("account", rid, {"roles": ["volunteer", "club_admin"]})
    assert ada.push_one(m)["status"] == ACCEPTED
    assert set(service.accounts.get("vera").roles) == {"volunteer", "club_admin"}


def test_set_field_removal_only_removes_what_its_writer_saw(device, clock):
    organiser, guest_adder = device("klaus"), device("klaus")
    aid, create = organiser.create("appointment", appointment("klaus", ["vera"]))
    organiser.push(create)
    guest_adder.sync_down()
    add = guest_adder.mutation("appointment", aid, {"invitees": ["vera", "lena"]})
    remove = organiser.mutation("appointment", aid, {"invitees": []})  # removes vera only: it never saw lena
    guest_adder.push(add)
    organiser.push(remove)
    reader = device("lena")
    reader.sync_down()
    assert reader.get("appointment", aid)["invitees"] == ["lena"]


def test_too_many_mutations_are_refused(device, service):
    vera = device("vera")
    batch = [vera.create("offer", offer("vera"))[1] for _ in range(service.settings.max_push_mutations + 1)]
    with pytest.raises(ServiceError) as err:
        service.push(vera.session, batch)
    assert err.value.status == 413 and err.value.code == "too_many_mutations"


def test_an_edit_of_a_deleted_record_does_not_bring_it_back(device, clock):
    phone, browser = device("vera"), device("vera")
    rid, create = phone.create("offer", offer("vera"))
    phone.push(create)
    browser.sync_down()
    offline_edit = browser.mutation("offer", rid, {"title": "offline geändert"})
    clock.advance(minutes=1)
    phone.push(phone.mutation("offer", rid, {"_deleted": True}))
    browser.push(offline_edit)
    reader = device(None)
    reader.sync_down()
    assert reader.get("offer", rid)["_deleted"] is True
