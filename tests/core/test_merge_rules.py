"""Merge rules of core.merge, one test per rule, plus Hypothesis properties (convergence, semilattice join)."""

from __future__ import annotations

import copy
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from core.hlc import Timestamp
from core.merge import (
    Conflict,
    FieldWrite,
    apply_write,
    is_set_field,
    merge_states,
    record_ts,
    set_ops,
    set_value,
)
from core.schema import DELETED

State = tuple[dict[str, Any], dict[str, Any]]


def ts(wall: int, counter: int = 0, node: str = "a") -> str:
    return Timestamp(wall, counter, node).encode()


def apply_all(writes: list[FieldWrite], entity: str = "offer", state: State | None = None) -> State:
    values, versions = state if state is not None else ({}, {})
    for w in writes:
        apply_write(entity, values, versions, w)
    return values, versions


# --- last writer wins --------------------------------------------------------------------------------------------

def test_later_clock_wins() -> None:
    old = FieldWrite("title", "Nachhilfe Mathe", ts(1000))
    new = FieldWrite("title", "Nachhilfe Mathe und Physik", ts(2000))
    for order in ([old, new], [new, old]):
        values, versions = apply_all(order)
        assert values["title"] == "Nachhilfe Mathe und Physik"
        assert versions["title"] == ts(2000)


def test_later_wall_time_beats_higher_counter() -> None:
    values, _ = apply_all([FieldWrite("title", "neu", ts(2000, 0)), FieldWrite("title", "alt", ts(1999, 999_999))])
    assert values["title"] == "neu"


def test_higher_counter_wins_within_the_same_millisecond() -> None:
    values, _ = apply_all([FieldWrite("title", "zweite", ts(1000, 1)), FieldWrite("title", "erste", ts(1000, 0))])
    assert values["title"] == "zweite"


def test_equal_clock_node_id_breaks_tie() -> None:
    from_a = FieldWrite("title", "von Gerät a", ts(1000, 3, "a1b2c3d4e5f60718"))
    from_b = FieldWrite("title", "von Gerät b", ts(1000, 3, "f1b2c3d4e5f60718"))
    for order in ([from_a, from_b], [from_b, from_a]):
        values, versions = apply_all(order)
        assert values["title"] == "von Gerät b"
        assert versions["title"] == from_b.ts


def test_same_write_twice_is_idempotent() -> None:
    values: dict[str, Any] = {}
    versions: dict[str, Any] = {}
    writes = [FieldWrite("title", "Gartenhilfe", ts(1000)), FieldWrite("categories", {"umwelt_klima": True}, ts(1000))]
    for w in writes:
        assert apply_write("offer", values, versions, w) == (True, None)
    snapshot = copy.deepcopy((values, versions))
    for w in writes:
        assert apply_write("offer", values, versions, w, detect_conflicts=True) == (False, None)
    assert (values, versions) == snapshot


def test_first_write_of_a_field_is_applied() -> None:
    values: dict[str, Any] = {"title": "ohne Version"}
    versions: dict[str, Any] = {}
    assert apply_write("offer", values, versions, FieldWrite("title", "mit Version", ts(5))) == (True, None)
    assert values == {"title": "mit Version"} and versions == {"title": ts(5)}


def test_a_losing_write_changes_nothing() -> None:
    values, versions = apply_all([FieldWrite("hours", 4, ts(2000))])
    snapshot = copy.deepcopy((values, versions))
    assert apply_write("offer", values, versions, FieldWrite("hours", 2, ts(1000))) == (False, None)
    assert (values, versions) == snapshot


def test_a_newer_write_of_the_same_value_moves_the_version() -> None:
    values, versions = apply_all([FieldWrite("hours", 4, ts(1000))])
    changed, _ = apply_write("offer", values, versions, FieldWrite("hours", 4, ts(2000)))
    assert changed and versions["hours"] == ts(2000)


# --- set fields --------------------------------------------------------------------------------------------------

def test_concurrent_set_additions_both_survive() -> None:
    add_a = FieldWrite("categories", {"bildung": True}, ts(1000, 0, "a"))
    add_b = FieldWrite("categories", {"digitales": True}, ts(1000, 0, "b"))
    for order in ([add_a, add_b], [add_b, add_a]):
        values, versions = apply_all(order)
        assert values["categories"] == ["bildung", "digitales"]
        assert versions["categories"] == {"bildung": [True, add_a.ts], "digitales": [True, add_b.ts]}


def test_removal_only_removes_seen_elements() -> None:
    start = [FieldWrite("categories", {"bildung": True, "sport": True}, ts(1000, 0, "a"))]
    # device a saw {bildung, sport} and removes sport; device b concurrently adds kultur
    removal = FieldWrite("categories", set_ops(["bildung", "sport"], ["bildung"]), ts(3000, 0, "a"))
    addition = FieldWrite("categories", {"kultur": True}, ts(2000, 0, "b"))
    for order in ([removal, addition], [addition, removal]):
        values, _ = apply_all(start + order)
        assert values["categories"] == ["bildung", "kultur"]
    # a concurrent re-add of the removed element with a later clock wins (add wins)
    readd = FieldWrite("categories", {"sport": True}, ts(4000, 0, "b"))
    for order in ([removal, readd], [readd, removal]):
        values, versions = apply_all(start + order)
        assert values["categories"] == ["bildung", "sport"]
        assert versions["categories"]["sport"] == [True, readd.ts]


def test_concurrent_readd_with_earlier_clock_loses_to_removal() -> None:
    # element-wise last writer wins (documented rule): not an observed-remove set
    start = [FieldWrite("categories", {"sport": True}, ts(1000))]
    removal = FieldWrite("categories", {"sport": False}, ts(3000, 0, "a"))
    readd = FieldWrite("categories", {"sport": True}, ts(2000, 0, "b"))
    for order in ([removal, readd], [readd, removal]):
        values, versions = apply_all(start + order)
        assert values["categories"] == []
        assert versions["categories"]["sport"] == [False, removal.ts]


def test_newer_re_add_of_present_element_reports_a_change() -> None:
    # the newer element version must be stored (changed=True), else an older concurrent removal that arrives later
    # would win on a replica that persists only changed writes
    values, versions = apply_all([FieldWrite("categories", {"sport": True}, ts(1000))])
    changed, _ = apply_write("offer", values, versions, FieldWrite("categories", {"sport": True}, ts(3000, 0, "b")))
    assert changed
    assert versions["categories"]["sport"] == [True, ts(3000, 0, "b")]
    apply_write("offer", values, versions, FieldWrite("categories", {"sport": False}, ts(2000, 0, "c")))
    assert values["categories"] == ["sport"]


def test_removing_an_unseen_element_leaves_an_element_tombstone() -> None:
    values, versions = apply_all([FieldWrite("categories", {"sport": False}, ts(2000))])
    assert values["categories"] == [] and versions["categories"] == {"sport": [False, ts(2000)]}
    values, _ = apply_all([FieldWrite("categories", {"sport": True}, ts(1000))], state=(values, versions))
    assert values["categories"] == []


def test_whole_list_written_to_set_field_adds_its_elements() -> None:
    values, versions = apply_all([FieldWrite("categories", ["sport", "kultur"], ts(1000))])
    assert values["categories"] == ["kultur", "sport"]
    values, _ = apply_all([FieldWrite("categories", ["bildung"], ts(2000))], state=(values, versions))
    assert values["categories"] == ["bildung", "kultur", "sport"]  # a list never removes


def test_set_fields_never_produce_conflict_records() -> None:
    values, versions = apply_all([FieldWrite("categories", {"sport": True}, ts(2000))])
    result = apply_write("offer", values, versions, FieldWrite("categories", {"sport": False}, ts(1000)),
                         detect_conflicts=True)
    assert result == (False, None)


def test_set_field_with_plain_timestamp_version_reads_as_present_elements() -> None:
    # state written while the field was versioned as a whole (older app version): elements inherit its timestamp
    values: dict[str, Any] = {"categories": ["sport"]}
    versions: dict[str, Any] = {"categories": ts(2000)}
    apply_write("offer", values, versions, FieldWrite("categories", {"kultur": True}, ts(3000)))
    assert versions["categories"] == {"sport": [True, ts(2000)], "kultur": [True, ts(3000)]}
    merged_values, _, _ = merge_states("offer", ({"categories": ["sport"]}, {"categories": ts(2000)}),
                                       ({}, {"categories": {"sport": [False, ts(2500)]}}))
    assert merged_values["categories"] == []


def test_set_ops_describe_an_edit() -> None:
    assert set_ops(["a", "b"], ["b", "c"]) == {"a": False, "c": True}
    assert set_ops(None, ["a"]) == {"a": True}
    assert set_ops(["a"], None) == {"a": False}
    assert set_ops(["a"], ["a"]) == {}


def test_set_value_lists_present_elements_sorted() -> None:
    assert set_value({"z": [True, ts(1)], "a": [True, ts(1)], "m": [False, ts(2)]}) == ["a", "z"]


# --- tombstones --------------------------------------------------------------------------------------------------

def test_delete_is_a_tombstone_that_older_edits_do_not_undo() -> None:
    create = [FieldWrite("title", "Lesepate", ts(1000)), FieldWrite(DELETED, False, ts(1000))]
    delete = FieldWrite(DELETED, True, ts(3000, 0, "a"))
    old_edits = [FieldWrite("title", "Lesepatin", ts(2000, 0, "b")), FieldWrite(DELETED, False, ts(2000, 0, "b"))]
    for order in ([delete, *old_edits], [*old_edits, delete], [old_edits[0], delete, old_edits[1]]):
        values, versions = apply_all(create + order)
        assert values[DELETED] is True
        assert versions[DELETED] == delete.ts


def test_edit_after_delete_keeps_record_deleted() -> None:
    delete = FieldWrite(DELETED, True, ts(2000, 0, "a"))
    later_edit = FieldWrite("title", "Lesepatin gesucht", ts(3000, 0, "b"))
    for order in ([delete, later_edit], [later_edit, delete]):
        values, _ = apply_all([FieldWrite("title", "Lesepate", ts(1000)), *order])
        assert values[DELETED] is True
        assert values["title"] == "Lesepatin gesucht"  # kept, so a later restore shows the newest text


def test_restore_with_later_clock_undeletes() -> None:
    values, _ = apply_all([FieldWrite(DELETED, True, ts(2000)), FieldWrite(DELETED, False, ts(3000))])
    assert values[DELETED] is False


# --- conflict detection (server) ---------------------------------------------------------------------------------

def test_concurrent_write_loser_becomes_conflict_record() -> None:
    # both editors saw version t0; the server already holds the write of device a
    t0 = ts(1000, 0, "s")
    writer_a = FieldWrite("needs", "Einkaufshilfe dienstags", ts(2000, 0, "a"), base=t0)
    writer_b_later = FieldWrite("needs", "Begleitung zum Arzt", ts(3000, 0, "b"), base=t0)
    writer_b_earlier = FieldWrite("needs", "Begleitung zum Arzt", ts(1500, 0, "b"), base=t0)

    # incoming wins: applied, the replaced value is kept in the conflict
    values, versions = apply_all([FieldWrite("needs", "Einkauf", t0), writer_a], entity="contact")
    changed, conflict = apply_write("contact", values, versions, writer_b_later, detect_conflicts=True)
    assert changed and values["needs"] == "Begleitung zum Arzt"
    assert conflict == Conflict("needs", kept_value="Begleitung zum Arzt", lost_value="Einkaufshilfe dienstags",
                                kept_ts=writer_b_later.ts, lost_ts=writer_a.ts)

    # incoming loses: not applied, its value is kept in the conflict
    values, versions = apply_all([FieldWrite("needs", "Einkauf", t0), writer_a], entity="contact")
    changed, conflict = apply_write("contact", values, versions, writer_b_earlier, detect_conflicts=True)
    assert not changed and values["needs"] == "Einkaufshilfe dienstags"
    assert conflict == Conflict("needs", kept_value="Einkaufshilfe dienstags", lost_value="Begleitung zum Arzt",
                                kept_ts=writer_a.ts, lost_ts=writer_b_earlier.ts)


def test_write_by_someone_who_saw_no_value_replacing_one_is_a_conflict() -> None:
    values, versions = apply_all([FieldWrite("title", "Erster", ts(1000, 0, "a"))])
    _, conflict = apply_write("offer", values, versions, FieldWrite("title", "Zweiter", ts(2000, 0, "b"), base=None),
                              detect_conflicts=True)
    assert conflict is not None and conflict.lost_value == "Erster"


def test_write_based_on_current_version_is_no_conflict() -> None:
    values, versions = apply_all([FieldWrite("title", "Alt", ts(1000, 0, "a"))])
    changed, conflict = apply_write("offer", values, versions, FieldWrite("title", "Neu", ts(2000, 0, "b"),
                                                                          base=ts(1000, 0, "a")),
                                    detect_conflicts=True)
    assert (changed, conflict) == (True, None)
    assert values["title"] == "Neu"


def test_write_based_on_older_version_is_a_conflict() -> None:
    values, versions = apply_all([FieldWrite("title", "v1", ts(1000)), FieldWrite("title", "v2", ts(2000))])
    _, conflict = apply_write("offer", values, versions, FieldWrite("title", "v3", ts(3000, 0, "b"), base=ts(1000)),
                              detect_conflicts=True)
    assert conflict == Conflict("title", "v3", "v2", ts(3000, 0, "b"), ts(2000))


def test_equal_values_are_no_conflict() -> None:
    values, versions = apply_all([FieldWrite("title", "Gleich", ts(2000, 0, "a"))])
    assert apply_write("offer", values, versions, FieldWrite("title", "Gleich", ts(3000, 0, "b")),
                       detect_conflicts=True) == (True, None)
    assert apply_write("offer", values, versions, FieldWrite("title", "Gleich", ts(1000, 0, "c")),
                       detect_conflicts=True) == (False, None)


def test_first_write_of_a_field_is_no_conflict() -> None:
    values: dict[str, Any] = {}
    versions: dict[str, Any] = {}
    assert apply_write("offer", values, versions, FieldWrite("title", "Neu", ts(1000)),
                       detect_conflicts=True) == (True, None)


def test_replicas_without_conflict_detection_report_no_conflicts() -> None:
    values, versions = apply_all([FieldWrite("title", "a", ts(2000, 0, "a"))])
    assert apply_write("offer", values, versions, FieldWrite("title", "b", ts(1000, 0, "b"))) == (False, None)
    assert apply_write("offer", values, versions, FieldWrite("title", "c", ts(3000, 0, "c"))) == (True, None)


def test_unknown_fields_merge_lww() -> None:
    assert not is_set_field("offer", "future_tags")
    old = FieldWrite("future_tags", ["x", "y"], ts(1000, 0, "a"))
    new = FieldWrite("future_tags", ["z"], ts(2000, 0, "b"))
    for order in ([old, new], [new, old]):
        values, versions = apply_all(order)
        assert values["future_tags"] == ["z"]  # a whole value, not merged element-wise
        assert versions["future_tags"] == new.ts
    values, versions = apply_all([new])
    _, conflict = apply_write("offer", values, versions, old, detect_conflicts=True)
    assert conflict == Conflict("future_tags", ["z"], ["x", "y"], new.ts, old.ts)


def test_json_values_merge_as_a_whole() -> None:
    values, _ = apply_all([FieldWrite("kept_value", {"a": 1}, ts(1)), FieldWrite("kept_value", {"b": 2}, ts(2))],
                          entity="conflict")
    assert values["kept_value"] == {"b": 2}


# --- whole states ------------------------------------------------------------------------------------------------

def test_merge_states_keeps_later_values_and_names_conflicts() -> None:
    a = apply_all([FieldWrite("title", "A", ts(1000, 0, "a")), FieldWrite("hours", 2, ts(1000, 0, "a")),
                   FieldWrite("categories", {"sport": True}, ts(1000, 0, "a"))])
    b = apply_all([FieldWrite("title", "B", ts(2000, 0, "b")), FieldWrite("hours", 2, ts(900, 0, "b")),
                   FieldWrite("categories", {"kultur": True}, ts(2000, 0, "b"))])
    values, versions, conflicts = merge_states("offer", a, b)
    assert values == {"title": "B", "hours": 2, "categories": ["kultur", "sport"]}
    assert versions["title"] == ts(2000, 0, "b") and versions["hours"] == ts(1000, 0, "a")
    assert conflicts == [Conflict("title", "B", "A", ts(2000, 0, "b"), ts(1000, 0, "a"))]


def test_record_ts_is_the_newest_version_anywhere() -> None:
    _, versions = apply_all([FieldWrite("title", "x", ts(1000)), FieldWrite("categories", {"a": False}, ts(3000)),
                             FieldWrite("hours", 1, ts(2000))])
    assert record_ts(versions) == ts(3000)
    assert record_ts({}) == ""


# --- properties --------------------------------------------------------------------------------------------------

FIELDS = ["title", "hours", "categories", DELETED, "future_field"]
ELEMENTS = ["bildung", "sport", "kultur", "digitales"]

stamps = st.builds(ts, st.integers(0, 6), st.integers(0, 2), st.sampled_from(["a", "b", "c"]))


@st.composite
def field_writes(draw: st.DrawFn) -> FieldWrite:
    field = draw(st.sampled_from(FIELDS))
    stamp = draw(stamps)
    if field == "categories":
        value: Any = draw(st.dictionaries(st.sampled_from(ELEMENTS), st.booleans(), min_size=1))
    elif field == DELETED:
        value = draw(st.booleans())
    elif field == "hours":
        value = draw(st.integers(0, 3))
    else:
        value = draw(st.sampled_from(["x", "y", "z", None]))
    return FieldWrite(field, value, stamp, base=draw(st.none() | stamps))


def _unique(writes: list[FieldWrite]) -> list[FieldWrite]:
    """One write per (field, timestamp): a timestamp names exactly one edit, so two writes with the same timestamp
    to the same field are the same write."""
    seen: dict[tuple[str, str], FieldWrite] = {}
    for w in writes:
        seen.setdefault((w.field, w.ts), w)
    return list(seen.values())


write_sets = st.lists(field_writes(), max_size=25).map(_unique)


@given(st.data())
def test_any_order_of_writes_with_duplicates_converges(data: st.DataObject) -> None:
    writes = data.draw(write_sets)
    duplicates = data.draw(st.lists(st.sampled_from(writes), max_size=10)) if writes else []
    shuffled = data.draw(st.permutations(writes + duplicates))
    reference = apply_all(writes)
    assert apply_all(list(shuffled)) == reference
    assert apply_all(list(reversed(shuffled))) == reference


@given(write_sets)
def test_changed_is_true_exactly_when_the_state_changes(writes: list[FieldWrite]) -> None:
    values: dict[str, Any] = {}
    versions: dict[str, Any] = {}
    for w in writes + writes:
        before = copy.deepcopy((values, versions))
        changed, _ = apply_write("offer", values, versions, w)
        assert changed == ((values, versions) != before)


@given(st.data())
def test_replicas_that_exchange_states_converge(data: st.DataObject) -> None:
    writes = data.draw(write_sets)
    a = data.draw(st.lists(st.sampled_from(writes), unique_by=id)) if writes else []
    b = data.draw(st.lists(st.sampled_from(writes), unique_by=id)) if writes else []
    rest = [w for w in writes if w not in a and w not in b]
    merged_values, merged_versions, _ = merge_states("offer", apply_all(a), apply_all(b))
    assert (merged_values, merged_versions) == apply_all(a + b)
    # after a full exchange, and the writes that reached neither, every replica holds the same state
    assert apply_all(rest, state=(merged_values, merged_versions)) == apply_all(writes)


states = write_sets.map(lambda ws: apply_all(ws))


@given(st.data())
def test_merge_states_is_commutative(data: st.DataObject) -> None:
    writes = data.draw(write_sets)
    a = apply_all(data.draw(st.permutations(writes))[: data.draw(st.integers(0, len(writes)))])
    b = apply_all(data.draw(st.permutations(writes))[: data.draw(st.integers(0, len(writes)))])
    ab, ba = merge_states("offer", a, b), merge_states("offer", b, a)
    assert ab[:2] == ba[:2]
    assert ab[2] == ba[2]


@given(st.data())
def test_merge_states_is_associative(data: st.DataObject) -> None:
    writes = data.draw(write_sets)
    a, b, c = (apply_all(data.draw(st.permutations(writes))[: data.draw(st.integers(0, len(writes)))])
               for _ in range(3))
    ab = merge_states("offer", a, b)[:2]
    bc = merge_states("offer", b, c)[:2]
    assert merge_states("offer", ab, c)[:2] == merge_states("offer", a, bc)[:2]


@given(states)
def test_merge_states_is_idempotent(state: State) -> None:
    values, versions, conflicts = merge_states("offer", state, copy.deepcopy(state))
    assert (values, versions) == state
    assert conflicts == []


@given(st.data())
def test_two_concurrent_edits_always_leave_one_conflict_naming_both(data: st.DataObject) -> None:
    base = ts(1000, 0, "s")
    later = st.builds(ts, st.integers(1000, 1003), st.integers(0, 2), st.sampled_from(["a", "b", "t"]))
    first, second = data.draw(st.lists(later.filter(lambda t: t > base), min_size=2, max_size=2, unique=True))
    x, y = data.draw(st.lists(st.text(max_size=3), min_size=2, max_size=2, unique=True))
    values, versions = apply_all([FieldWrite("title", "alt", base)])
    conflicts = []
    for w in (FieldWrite("title", x, first, base=base), FieldWrite("title", y, second, base=base)):
        conflicts.append(apply_write("offer", values, versions, w, detect_conflicts=True)[1])
    assert conflicts[0] is None
    conflict = conflicts[1]
    assert conflict is not None
    assert {conflict.kept_value, conflict.lost_value} == {x, y}
    assert conflict.kept_value == values["title"] == (x if first > second else y)
