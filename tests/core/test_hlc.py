"""The hybrid logical clock: monotonic, restart-safe, follows remotes but not beyond the allowed skew."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from hypothesis import given
from hypothesis import strategies as st

from core.hlc import DEFAULT_MAX_SKEW_MS, MAX_COUNTER, Clock, Timestamp, is_timestamp

NODE = "a1b2c3d4e5f60718"
T0 = 1_764_151_234_567  # 2025-11-26, a realistic wall clock in ms


def wall_from(values: list[int]) -> Callable[[], int]:
    """A wall clock that returns ``values`` one after another, then stays at the last one."""
    it: Iterator[int] = iter(values)
    last = [values[0]]

    def wall() -> int:
        last[0] = next(it, last[0])
        return last[0]

    return wall


def decode(text: str) -> Timestamp:
    return Timestamp.decode(text)


def test_now_is_strictly_monotonic_with_a_stuck_wall_clock() -> None:
    clock = Clock(NODE, lambda: T0)
    stamps = [clock.now() for _ in range(5000)]
    assert stamps == sorted(stamps) and len(set(stamps)) == len(stamps)
    assert decode(stamps[0]) == Timestamp(T0, 0, NODE)
    assert decode(stamps[-1]) == Timestamp(T0, 4999, NODE)


def test_now_is_strictly_monotonic_when_the_wall_clock_steps_back() -> None:
    clock = Clock(NODE, wall_from([T0, T0 + 10, T0 - 60_000, T0 - 120_000, T0 + 5, T0 + 11]))
    stamps = [clock.now() for _ in range(6)]
    assert all(a < b for a, b in zip(stamps, stamps[1:], strict=False))
    assert decode(stamps[2]) == Timestamp(T0 + 10, 1, NODE)  # kept the time it had reached
    assert decode(stamps[5]) == Timestamp(T0 + 11, 0, NODE)  # physical time caught up again


@given(st.lists(st.integers(0, 10**13), min_size=1, max_size=200))
def test_now_is_monotonic_and_never_behind_the_wall_clock(walls: list[int]) -> None:
    clock = Clock(NODE, wall_from(walls))
    stamps = [decode(clock.now()) for _ in walls]
    assert all(a < b for a, b in zip(stamps, stamps[1:], strict=False))
    assert all(s.wall_ms >= w for s, w in zip(stamps, walls, strict=True))


def test_restart_from_persisted_last_stays_monotonic() -> None:
    first = Clock(NODE, lambda: T0)
    for _ in range(10):
        first.now()
    persisted = first.last
    # the device restarts with its wall clock set back by an hour
    second = Clock(NODE, lambda: T0 - 3_600_000, last=persisted)
    assert second.last == persisted
    assert second.now() > persisted
    assert decode(second.last) == Timestamp(T0, 10, NODE)


def test_a_fresh_clock_starts_below_every_real_timestamp() -> None:
    clock = Clock(NODE, lambda: T0)
    assert clock.last == Timestamp(0, 0, NODE).encode()
    assert clock.last < clock.now()


def test_observe_moves_past_a_remote_timestamp() -> None:
    clock = Clock(NODE, lambda: T0)
    remote = Timestamp(T0 + 60_000, 7, "ffff000011112222").encode()
    assert clock.observe(remote) is False
    assert clock.last > remote
    assert decode(clock.last) == Timestamp(T0 + 60_000, 8, NODE)
    assert clock.now() > remote


def test_observe_of_an_older_remote_still_advances() -> None:
    clock = Clock(NODE, lambda: T0)
    before = clock.now()
    assert clock.observe(Timestamp(T0 - 1000, 99, "b").encode()) is False
    assert clock.last > before


def test_observe_same_wall_takes_the_larger_counter() -> None:
    clock = Clock(NODE, lambda: T0, last=Timestamp(T0, 3, NODE).encode())
    clock.observe(Timestamp(T0, 10, "b").encode())
    assert decode(clock.last) == Timestamp(T0, 11, NODE)
    clock.observe(Timestamp(T0, 2, "b").encode())
    assert decode(clock.last) == Timestamp(T0, 12, NODE)


def test_far_future_remote_is_clamped_and_flagged() -> None:
    clock = Clock(NODE, lambda: T0)
    remote = Timestamp(T0 + 3 * 24 * 3_600_000, 0, "bad0clock0000000").encode()  # a phone set three days ahead
    assert clock.observe_unless_too_far_ahead(remote) is True  # not observed: the clock stays
    assert clock.observe(remote) is True
    assert decode(clock.last).wall_ms <= T0 + DEFAULT_MAX_SKEW_MS
    assert decode(clock.now()).wall_ms <= T0 + DEFAULT_MAX_SKEW_MS
    # the clock stays monotonic after clamping
    before = clock.last
    assert clock.observe(remote) is True
    assert clock.last > before
    assert decode(clock.last).wall_ms <= T0 + DEFAULT_MAX_SKEW_MS


def test_remote_just_within_the_skew_is_followed() -> None:
    clock = Clock(NODE, lambda: T0, max_skew_ms=1000)
    remote = Timestamp(T0 + 1000, 4, "b").encode()
    assert clock.observe_unless_too_far_ahead(remote) is False
    assert clock.observe(remote) is False
    assert clock.last > remote
    assert clock.observe(Timestamp(T0 + 1001, 0, "b").encode()) is True


def test_a_remote_too_far_ahead_is_not_observed_and_one_within_the_skew_is() -> None:
    clock = Clock(NODE, lambda: T0, max_skew_ms=1000)
    before = clock.now()
    assert clock.observe_unless_too_far_ahead(Timestamp(T0 + 1001, 0, "b").encode()) is True
    assert clock.last == before  # untouched: the caller re-stamps the write instead
    within = Timestamp(T0 + 1000, 4, "b").encode()
    assert clock.observe_unless_too_far_ahead(within) is False
    assert clock.last > within


def test_counter_overflow_borrows_the_next_millisecond() -> None:
    clock = Clock(NODE, lambda: T0, last=Timestamp(T0, MAX_COUNTER, NODE).encode())
    stamp = clock.now()
    assert decode(stamp) == Timestamp(T0 + 1, 0, NODE)
    assert stamp > Timestamp(T0, MAX_COUNTER, "zzzz").encode()


def test_observe_counter_overflow_still_orders_after_remote() -> None:
    clock = Clock(NODE, lambda: T0)
    remote = Timestamp(T0, MAX_COUNTER, "zzzz").encode()
    clock.observe(remote)
    assert clock.last > remote
    assert decode(clock.last) == Timestamp(T0 + 1, 0, NODE)


stamps = st.builds(Timestamp, st.integers(0, 10**15 - 1), st.integers(0, MAX_COUNTER),
                   st.text("0123456789abcdef", min_size=1, max_size=16))


@given(st.lists(st.one_of(st.none(), stamps), max_size=60), st.lists(st.integers(T0 - 10_000, T0 + 10_000)))
def test_now_and_observe_interleaved_stay_monotonic(events: list[Timestamp | None], walls: list[int]) -> None:
    clock = Clock(NODE, wall_from(walls or [T0]))
    previous = clock.last
    for remote in events:
        if remote is None:
            current = clock.now()
        else:
            clamped = clock.observe(remote.encode())
            current = clock.last
            if not clamped:
                assert current > remote.encode()
        assert current > previous
        previous = current


@given(stamps)
def test_encode_decode_round_trip(stamp: Timestamp) -> None:
    text = stamp.encode()
    assert Timestamp.decode(text) == stamp
    assert is_timestamp(text)
    assert str(stamp) == text


@given(stamps, stamps)
def test_string_order_equals_tuple_order(a: Timestamp, b: Timestamp) -> None:
    ta, tb = (a.wall_ms, a.counter, a.node), (b.wall_ms, b.counter, b.node)
    assert (a.encode() < b.encode()) == (ta < tb)
    assert (a.encode() == b.encode()) == (ta == tb)
    assert (a < b) == (ta < tb)


@pytest.mark.parametrize("text", [
    "",
    "garbage",
    "1764151234567-000000-a",  # wall too short
    "0001764151234567-000000-a",  # wall too long
    "001764151234567-00000-a",  # counter too short
    "001764151234567-000000-",  # no node
    "001764151234567-000000",
    "+01764151234567-000000-a",  # int() would accept a sign ...
    "0_1764151234567-000000-a",  # ... underscores ...
    " 01764151234567-000000-a",  # ... spaces ...
    "００1764151234567-000000-a",  # ... and non-ASCII digits
    "001764151234567-000000-a b",  # whitespace in the node
    "001764151234567-000000-a\n",
    "001764151234567-000000-a-b",  # the separator in the node
])
def test_invalid_strings_are_rejected(text: str) -> None:
    assert not is_timestamp(text)
    with pytest.raises(ValueError):
        Timestamp.decode(text)


def test_non_strings_are_not_timestamps() -> None:
    assert not is_timestamp(None)
    assert not is_timestamp(1764151234567)


@pytest.mark.parametrize("node", ["", "a-b", "a b"])
def test_clock_rejects_unusable_node_ids(node: str) -> None:
    with pytest.raises(ValueError):
        Clock(node, lambda: T0)


def test_clock_rejects_a_corrupt_persisted_last() -> None:
    with pytest.raises(ValueError):
        Clock(NODE, lambda: T0, last="not-a-timestamp")


def test_tick_stamps_a_wall_reading_taken_by_the_caller() -> None:
    clock = Clock(NODE, lambda: T0 - 60_000)  # its own wall clock is not asked
    assert decode(clock.tick(T0)) == Timestamp(T0, 0, NODE)
    assert decode(clock.tick(T0)) == Timestamp(T0, 1, NODE)
    assert decode(clock.tick(T0 - 5)) == Timestamp(T0, 2, NODE)  # a reading from the past still moves on
    assert decode(clock.now()) == Timestamp(T0, 3, NODE)


@given(stamps)
def test_last_is_the_encoding_of_the_clock_state(stamp: Timestamp) -> None:
    clock = Clock(stamp.node, lambda: 0, last=stamp.encode())
    assert clock.last == stamp.encode()
