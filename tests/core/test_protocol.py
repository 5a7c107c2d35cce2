"""Sync protocol messages: record deltas survive encode -> JSON -> decode -> merge; message shapes."""

from __future__ import annotations

import json
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from core.hlc import Timestamp
from core.merge import FieldWrite, apply_write, merge_states
from core.protocol import (
    ACCEPTED,
    API_PREFIX,
    CONFLICT,
    MAX_MUTATIONS_PER_PUSH,
    PROTOCOL_VERSION,
    REJECTED,
    delta_writes,
    encode_delta,
    error_body,
    mutation,
    mutation_writes,
    pull_response,
    push_request,
    push_result,
)
from core.schema import DELETED

RID = "0193a1b2-0000-7000-8000-000000000001"
State = tuple[dict[str, Any], dict[str, Any]]


def ts(wall: int, counter: int = 0, node: str = "a") -> str:
    return Timestamp(wall, counter, node).encode()


def apply_all(writes: list[FieldWrite], state: State | None = None, entity: str = "offer") -> State:
    values, versions = state if state is not None else ({}, {})
    for w in writes:
        apply_write(entity, values, versions, w)
    return values, versions


def through_the_wire(delta: dict[str, Any]) -> dict[str, Any]:
    result: dict[str, Any] = json.loads(json.dumps(delta))
    return result


# --- shapes ------------------------------------------------------------------------------------------------------

def test_uniform_delta_has_one_version() -> None:
    t = ts(1000)
    values, versions = apply_all([FieldWrite("title", "Nachhilfe Mathe", t), FieldWrite("hours", 2, t),
                                  FieldWrite("categories", {"bildung": True, "kinder_jugend": True}, t)])
    delta = encode_delta("offer", RID, values, versions)
    assert delta == {"e": "offer", "id": RID, "v": t,
                     "f": {"title": "Nachhilfe Mathe", "hours": 2, "categories": ["bildung", "kinder_jugend"]}}
    assert apply_all(delta_writes(through_the_wire(delta))) == (values, versions)


def test_delta_with_different_versions_lists_them_per_field() -> None:
    values, versions = apply_all([FieldWrite("title", "Nachhilfe", ts(1000)), FieldWrite("hours", 2, ts(2000)),
                                  FieldWrite("categories", {"bildung": True}, ts(1000))])
    delta = encode_delta("offer", RID, values, versions)
    assert delta["v"] == {"title": ts(1000), "hours": ts(2000), "categories": {"bildung": [True, ts(1000)]}}
    assert apply_all(delta_writes(through_the_wire(delta))) == (values, versions)


def test_set_field_elements_with_different_versions_are_per_field() -> None:
    values, versions = apply_all([FieldWrite("categories", {"bildung": True}, ts(1000)),
                                  FieldWrite("categories", {"sport": True}, ts(2000))])
    delta = encode_delta("offer", RID, values, versions)
    assert delta["v"] == {"categories": {"bildung": [True, ts(1000)], "sport": [True, ts(2000)]}}


def test_set_fields_with_removed_elements_carry_the_removal() -> None:
    values, versions = apply_all([FieldWrite("categories", {"bildung": True, "sport": True}, ts(1000)),
                                  FieldWrite("categories", {"sport": False}, ts(1000, 0, "b")),
                                  FieldWrite("title", "x", ts(1000))])
    delta = through_the_wire(encode_delta("offer", RID, values, versions))
    assert delta["f"]["categories"] == ["bildung"]
    assert delta["v"]["categories"] == {"bildung": [True, ts(1000)], "sport": [False, ts(1000, 0, "b")]}
    # a replica that still has sport (older) loses it; one that re-added it later keeps it
    older = apply_all([FieldWrite("categories", {"sport": True}, ts(500))])
    assert apply_all(delta_writes(delta), older)[0]["categories"] == ["bildung"]
    newer = apply_all([FieldWrite("categories", {"sport": True}, ts(3000))])
    assert apply_all(delta_writes(delta), newer)[0]["categories"] == ["bildung", "sport"]


def test_only_removed_elements_are_never_sent_as_uniform() -> None:
    values, versions = apply_all([FieldWrite("categories", {"sport": False}, ts(1000))])
    delta = encode_delta("offer", RID, values, versions)
    assert delta["f"] == {"categories": []}
    assert delta["v"] == {"categories": {"sport": [False, ts(1000)]}}


def test_delta_of_selected_fields() -> None:
    values, versions = apply_all([FieldWrite("title", "a", ts(1)), FieldWrite("hours", 3, ts(2)),
                                  FieldWrite(DELETED, False, ts(1))])
    delta = encode_delta("offer", RID, values, versions, fields=["hours", "not_there"])
    assert delta == {"e": "offer", "id": RID, "f": {"hours": 3}, "v": ts(2)}


def test_empty_delta() -> None:
    delta = encode_delta("offer", RID, {}, {})
    assert delta == {"e": "offer", "id": RID, "f": {}, "v": {}}
    assert delta_writes(delta) == []


def test_fields_without_a_version_are_not_written() -> None:
    delta = {"e": "offer", "id": RID, "f": {"title": "x", "hours": 2, "categories": ["a"]},
             "v": {"title": ts(1)}}
    assert delta_writes(delta) == [FieldWrite("title", "x", ts(1))]


def test_applying_a_delta_twice_is_harmless() -> None:
    values, versions = apply_all([FieldWrite("title", "a", ts(1)), FieldWrite("categories", {"x": False}, ts(2))])
    delta = through_the_wire(encode_delta("offer", RID, values, versions))
    once = apply_all(delta_writes(delta))
    assert apply_all(delta_writes(delta), once) == (values, versions)


def test_unknown_set_field_of_a_newer_app_version_merges_as_one_value() -> None:
    # a newer server sends a set field this app version does not know: element versions become one LWW value
    newer = {"e": "offer", "id": RID, "f": {"badges": ["geprüft"]},
             "v": {"badges": {"geprüft": [True, ts(1000)], "neu": [False, ts(3000)]}}}
    older = {"e": "offer", "id": RID, "f": {"badges": ["geprüft", "neu"]},
             "v": {"badges": {"geprüft": [True, ts(1000)], "neu": [True, ts(2000)]}}}
    assert delta_writes(newer) == [FieldWrite("badges", ["geprüft"], ts(3000))]
    for order in ([older, newer], [newer, older]):
        values, versions = apply_all([w for d in order for w in delta_writes(d)])
        assert values == {"badges": ["geprüft"]} and versions == {"badges": ts(3000)}
    assert delta_writes({"e": "offer", "id": RID, "f": {"badges": []}, "v": {"badges": {}}}) == []


def test_unknown_plain_fields_round_trip() -> None:
    values, versions = apply_all([FieldWrite("future", {"nested": [1, 2]}, ts(5)), FieldWrite("title", "t", ts(6))])
    delta = through_the_wire(encode_delta("offer", RID, values, versions))
    assert apply_all(delta_writes(delta)) == (values, versions)


# --- properties --------------------------------------------------------------------------------------------------

stamps = st.builds(ts, st.integers(0, 5), st.integers(0, 2), st.sampled_from(["a", "b", "c"]))
texts = st.one_of(st.none(), st.text(max_size=5), st.integers(-3, 3), st.booleans(),
                  st.lists(st.integers(0, 3), max_size=2))


@st.composite
def field_writes(draw: st.DrawFn) -> FieldWrite:
    field = draw(st.sampled_from(["title", "hours", "categories", "admins_future", DELETED, "unknown"]))
    if field == "categories":
        value: Any = draw(st.dictionaries(st.sampled_from(["bildung", "sport", "kultur"]), st.booleans(), min_size=1))
    else:
        value = draw(texts)
    return FieldWrite(field, value, draw(stamps))


def _unique(writes: list[FieldWrite]) -> list[FieldWrite]:
    seen: dict[tuple[str, str], FieldWrite] = {}
    for w in writes:
        seen.setdefault((w.field, w.ts), w)
    return list(seen.values())


write_sets = st.lists(field_writes(), max_size=20).map(_unique)


@given(write_sets)
def test_delta_round_trip_through_apply_write(writes: list[FieldWrite]) -> None:
    values, versions = apply_all(writes)
    delta = through_the_wire(encode_delta("offer", RID, values, versions))
    assert apply_all(delta_writes(delta)) == (values, versions)


@given(st.data())
def test_applying_a_delta_equals_merging_the_states(data: st.DataObject) -> None:
    writes = data.draw(write_sets)
    local = apply_all(data.draw(st.permutations(writes))[: data.draw(st.integers(0, len(writes)))])
    remote = apply_all(data.draw(st.permutations(writes))[: data.draw(st.integers(0, len(writes)))])
    expected = merge_states("offer", local, remote)[:2]
    delta = through_the_wire(encode_delta("offer", RID, *remote))
    assert apply_all(delta_writes(delta), local) == expected


@given(write_sets, st.lists(st.sampled_from(["title", "hours", "categories", DELETED, "unknown"]), unique=True))
def test_partial_deltas_carry_exactly_their_fields(writes: list[FieldWrite], fields: list[str]) -> None:
    values, versions = apply_all(writes)
    delta = through_the_wire(encode_delta("offer", RID, values, versions, fields=fields))
    got_values, got_versions = apply_all(delta_writes(delta))
    assert got_versions == {f: versions[f] for f in fields if f in versions}
    assert got_values == {f: values[f] for f in fields if f in versions}


# --- push and pull messages --------------------------------------------------------------------------------------

def test_mutation_round_trip_keeps_bases() -> None:
    m = mutation("0193a1b2-0000-7000-8000-00000000aaaa", "offer", RID, ts(2000),
                 {"title": "Neu", "categories": {"sport": True, "kultur": False}}, {"title": ts(1000), "categories": None})
    assert m == {"id": "0193a1b2-0000-7000-8000-00000000aaaa", "entity": "offer", "record_id": RID, "ts": ts(2000),
                 "fields": {"title": "Neu", "categories": {"sport": True, "kultur": False}},
                 "base": {"title": ts(1000), "categories": None}}
    writes = mutation_writes(through_the_wire(m))
    assert writes == [FieldWrite("title", "Neu", ts(2000), ts(1000)),
                      FieldWrite("categories", {"sport": True, "kultur": False}, ts(2000), None)]
    values, _ = apply_all(writes, apply_all([FieldWrite("categories", {"kultur": True}, ts(1000))]))
    assert values["categories"] == ["sport"]


def test_mutation_without_base_means_nothing_was_seen() -> None:
    m = {"id": "x", "entity": "offer", "record_id": RID, "ts": ts(1), "fields": {"title": "a"}}
    assert mutation_writes(m) == [FieldWrite("title", "a", ts(1), None)]


def test_push_request() -> None:
    assert push_request("dev1", []) == {"protocol": PROTOCOL_VERSION, "device_id": "dev1", "mutations": []}
    assert PROTOCOL_VERSION == 1 and API_PREFIX == "/api/v1" and MAX_MUTATIONS_PER_PUSH == 500


def test_push_results() -> None:
    assert push_result("m1", ACCEPTED) == {"id": "m1", "status": "accepted"}
    assert push_result("m1", ACCEPTED, ts=ts(5)) == {"id": "m1", "status": "accepted", "ts": ts(5)}
    assert push_result("m2", CONFLICT, conflicts=["c1"]) == {"id": "m2", "status": "conflict", "conflicts": ["c1"]}
    problems = [{"field": "title", "code": "required", "message": "Bitte einen Titel angeben."}]
    rejected = push_result("m3", REJECTED, problems=problems, current=None)
    assert rejected == {"id": "m3", "status": "rejected", "problems": problems, "current": None}
    assert json.loads(json.dumps(rejected))["current"] is None  # sent as null: "the record does not exist for you"
    delta = {"e": "offer", "id": RID, "f": {"title": "a"}, "v": ts(1)}
    denial = {"code": "forbidden", "detail": "d", "message": "m"}
    assert push_result("m4", REJECTED, denial=denial, current=delta) == {
        "id": "m4", "status": "rejected", "denial": denial, "current": delta}


def test_pull_response_and_error_body() -> None:
    assert pull_response([], [{"e": "contact", "id": RID}], "c9", False, ts(9)) == {
        "changes": [], "purge": [{"e": "contact", "id": RID}], "cursor": "c9", "more": False, "reset": False,
        "server_ts": ts(9)}
    assert pull_response([], [], "", False, ts(9), reset=True)["reset"] is True
    assert error_body("reset", "cursor below horizon", "Bitte neu synchronisieren.") == {
        "error": {"code": "reset", "detail": "cursor below horizon", "message": "Bitte neu synchronisieren."}}
