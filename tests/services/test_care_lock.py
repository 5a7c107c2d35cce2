"""The care lock: closes after the time without input, opens with the right password (checked offline against a
verifier, or by the server when the device has none yet), slows down guessing."""

from __future__ import annotations

import pytest

from app.services import care_lock
from app.services.care_lock import CareLock, make_verifier, verify


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def make_lock(clock: Clock, verifier: dict | None = None, server=None) -> tuple[CareLock, dict]:
    stored: dict = {"v": verifier}
    lock = CareLock(lock_after_s=300, stored_verifier=lambda: stored["v"],
                    store_verifier=lambda v: stored.__setitem__("v", v), server_check=server, monotonic=clock)
    return lock, stored


def test_the_verifier_holds_no_password_and_checks_it():
    v = make_verifier("geheim-123", iterations=1000)
    assert "geheim-123" not in str(v) and v["alg"] == "pbkdf2-sha256"
    assert verify(v, "geheim-123") and not verify(v, "geheim-124") and not verify(v, "")
    assert make_verifier("geheim-123", iterations=1000)["salt"] != v["salt"]  # a fresh salt each time
    assert not verify({"alg": "md5", "salt": "", "hash": "", "iterations": 1}, "x")
    assert not verify({}, "x")


def test_it_locks_after_the_time_without_input_and_input_postpones_it():
    clock = Clock()
    lock, _ = make_lock(clock)
    clock.now += 299
    assert not lock.check()
    lock.touch()
    clock.now += 299
    assert not lock.check()
    clock.now += 1
    assert lock.check() and lock.locked
    assert lock.lock_minutes == 5


async def test_the_right_password_opens_it_offline_and_a_wrong_one_says_so():
    clock = Clock()
    lock, _ = make_lock(clock, make_verifier("geheim-123", iterations=1000))
    lock.lock()
    assert not await lock.unlock("")
    assert lock.error == care_lock.EMPTY
    assert not await lock.unlock("falsch")
    assert lock.locked and lock.error == care_lock.WRONG
    assert await lock.unlock("geheim-123")
    assert not lock.locked and lock.error is None
    clock.now += 299
    assert not lock.check()  # opening counts as input


async def test_five_wrong_passwords_make_it_wait_a_minute():
    clock = Clock()
    lock, _ = make_lock(clock, make_verifier("geheim-123", iterations=1000))
    lock.lock()
    for _ in range(care_lock.MAX_FAILURES):
        assert not await lock.unlock("falsch")
    assert lock.error == care_lock.TOO_MANY
    assert not await lock.unlock("geheim-123")  # even the right one, during the pause
    assert lock.error == care_lock.TOO_MANY
    clock.now += care_lock.COOLDOWN_S
    assert await lock.unlock("geheim-123")


async def test_without_a_verifier_the_server_checks_and_a_verifier_is_stored():
    asked: list[str] = []

    async def server(password: str) -> bool:
        asked.append(password)
        return password == "geheim-123"

    lock, stored = make_lock(Clock(), None, server)
    lock.lock()
    assert not await lock.unlock("falsch") and lock.error == care_lock.WRONG
    assert await lock.unlock("geheim-123")
    assert asked == ["falsch", "geheim-123"] and verify(stored["v"], "geheim-123")


@pytest.mark.parametrize("server", [None, "offline"])
async def test_without_a_verifier_and_without_the_server_it_stays_locked_and_says_why(server):
    async def unreachable(_password: str) -> bool:
        raise ConnectionError("offline")

    lock, _ = make_lock(Clock(), None, unreachable if server else None)
    lock.lock()
    assert not await lock.unlock("geheim-123")
    assert lock.locked and lock.error == care_lock.NEEDS_SERVER
