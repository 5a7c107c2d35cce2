"""Record ids made on the device: UUIDv7 layout and order, deterministic ids, node ids."""

from __future__ import annotations

import time
import uuid

import pytest

from core.hlc import Clock
from core.ids import is_uuid, new_node_id, stable_id, uuid7, uuid7_time_ms

T0 = 1_764_151_234_567


def test_uuid7_has_version_and_variant_bits() -> None:
    for value in [uuid7() for _ in range(200)] + [uuid7(T0) for _ in range(200)]:
        parsed = uuid.UUID(value)
        assert parsed.version == 7
        assert parsed.variant == uuid.RFC_4122
        assert value[14] == "7" and value[19] in "89ab"
        assert str(parsed) == value and is_uuid(value)


def test_ids_made_in_the_same_millisecond_sort_in_creation_order() -> None:
    made = [uuid7(T0) for _ in range(2000)]
    assert made == sorted(made)
    assert len(set(made)) == len(made)
    assert {uuid7_time_ms(v) for v in made} == {T0}


def test_device_clock_ids_stay_ordered_when_the_clock_stands_still_or_steps_back(
        monkeypatch: pytest.MonkeyPatch) -> None:
    now = int(time.time() * 1000) + 2  # (the id stream is shared by the process: stay at the present)
    times = iter([now / 1000] * 500 + [(now - 60_000) / 1000] * 500 + [(now + 1) / 1000] * 10)
    monkeypatch.setattr("core.ids.time.time", lambda: next(times))
    made = [uuid7() for _ in range(1010)]
    assert made == sorted(made)
    assert len(set(made)) == len(made)
    assert uuid7_time_ms(made[0]) == now
    assert uuid7_time_ms(made[999]) == now  # the step back is not followed
    assert uuid7_time_ms(made[-1]) == now + 1


def test_uuid7_time_ms_is_the_creation_time() -> None:
    before = int(time.time() * 1000)
    value = uuid7()
    after = int(time.time() * 1000)
    assert before <= uuid7_time_ms(value) <= after


def test_an_explicit_time_is_encoded_even_when_earlier_than_previous_ids() -> None:
    uuid7()  # the device clock stream is now at the present
    last_year = T0 - 365 * 24 * 3_600_000
    value = uuid7(last_year)
    assert uuid7_time_ms(value) == last_year
    assert uuid7(last_year) > value


def test_ids_of_later_milliseconds_sort_later() -> None:
    assert uuid7(T0) < uuid7(T0 + 1) < uuid7(T0 + 1000)


def test_stable_id_is_deterministic() -> None:
    a = stable_id("rsvp", "0193a1b2-0000-7000-8000-000000000001", "anna.schulte")
    assert a == stable_id("rsvp", "0193a1b2-0000-7000-8000-000000000001", "anna.schulte")
    assert a == "0911cdc5-795f-5780-baf3-6a85501bc8a2"  # fixed forever: devices and server compute it alike
    assert uuid.UUID(a).version == 5 and is_uuid(a)


def test_stable_id_differs_for_different_keys() -> None:
    made = {stable_id("rsvp", "x", "anna"), stable_id("rsvp", "x", "bernd"), stable_id("rsvp", "y", "anna"),
            stable_id("rsvp", "anna", "x"), stable_id("interest", "x", "anna")}
    assert len(made) == 5


@pytest.mark.parametrize("value", [
    "0193a1b2-0000-7000-8000-000000000001",
    "9c5c7fdb-0bf4-5c8b-a6c6-a1b9ab2468cc",
])
def test_is_uuid_accepts_canonical_ids(value: str) -> None:
    assert is_uuid(value)


@pytest.mark.parametrize("value", [
    "",
    "not-a-uuid",
    "0193A1B2-0000-7000-8000-000000000001",  # uppercase: would never match the stored lowercase id
    "{0193a1b2-0000-7000-8000-000000000001}",
    "urn:uuid:0193a1b2-0000-7000-8000-000000000001",
    "0193a1b200007000800000000000000 1",
    "0193a1b2000070008000000000000001",
    "0193a1b2-0000-7000-8000-000000000001\n",
    None,
    42,
])
def test_is_uuid_rejects_other_forms(value: object) -> None:
    assert not is_uuid(value)


def test_new_node_id_is_16_hex_digits_and_usable_by_the_clock() -> None:
    made = {new_node_id() for _ in range(100)}
    assert len(made) == 100
    for node in made:
        assert len(node) == 16 and int(node, 16) >= 0
        Clock(node, lambda: T0).now()


def test_uuid7_text_is_the_canonical_form_of_its_number() -> None:
    for value in [uuid7() for _ in range(500)] + [uuid7(T0 + k) for k in range(500)] + [uuid7(0), uuid7(2**48 - 1)]:
        assert str(uuid.UUID(value)) == value
        assert uuid7_time_ms(value) <= 2**48 - 1


def test_is_uuid_agrees_with_the_uuid_module_on_every_form() -> None:
    samples = [uuid7(), str(uuid.uuid4()), stable_id("x"), "0193a1b2-0000-7000-8000-00000000000g",
               "0193a1b2-0000-7000-8000-0000000000001", "0193a1b2_0000-7000-8000-000000000001",
               "０193a1b2-0000-7000-8000-000000000001", "0193a1b2-0000-7000-8000-000000000001 "]
    for value in samples:
        try:
            canonical = str(uuid.UUID(value)) == value
        except ValueError:
            canonical = False
        assert is_uuid(value) is canonical, value
