"""Accounts and tokens: argon2id, hashed random tokens, 1 h / 180 days, renewal, revocation, rate limits."""

from __future__ import annotations

import sqlite3

import pytest

from sync_server.service import AccountError, ServiceError
from tests.server.support import CAST


def _login(service, username="lena", device_id="phone-1", password=None, client="10.0.0.1"):
    return service.login(username, password or CAST[username].password, device_id, "Telefon", client)


def _error(fn, *args, **kwargs) -> ServiceError:
    with pytest.raises(ServiceError) as err:
        fn(*args, **kwargs)
    return err.value


def test_passwords_are_stored_as_argon2id_hashes(service, settings):
    with sqlite3.connect(settings.db_path) as conn:
        hashes = [r[0] for r in conn.execute("SELECT password_hash FROM accounts")]
    assert hashes and all(h.startswith("$argon2id$") for h in hashes)
    assert not any(CAST["lena"].password in h for h in hashes)


def test_tokens_are_random_and_stored_hashed(service, settings):
    first, second = _login(service), _login(service, device_id="phone-2")
    assert len({first["access_token"], first["refresh_token"], second["access_token"]}) == 3
    with sqlite3.connect(settings.db_path) as conn:
        stored = " ".join(r[0] for r in conn.execute("SELECT hash FROM tokens"))
    for token in (first["access_token"], first["refresh_token"]):
        assert token not in stored


def test_login_answers_the_profile(service):
    answer = _login(service)
    assert answer["account"] == {"username": "lena", "display_name": "Lena", "roles": ["lotse"],
                                 "municipality": "arnsberg", "organisations": []}
    assert answer["expires_in"] == 3600


def test_wrong_password_and_unknown_user_look_the_same(service):
    wrong = _error(_login, service, password="falsch")
    unknown = _error(service.login, "nobody", "whatever", "phone-1")
    assert (wrong.status, wrong.code, wrong.message) == (unknown.status, unknown.code, unknown.message) == (
        401, "invalid_credentials", "Benutzername oder Passwort ist falsch.")


def test_failed_logins_are_rate_limited_per_username(service, clock):
    for i in range(service.settings.login_max_failures_per_user):
        assert _error(_login, service, password="falsch", client=f"10.0.0.{i}").status == 401
    blocked = _error(_login, service, client="10.9.9.9")  # even the right password, from elsewhere
    assert blocked.status == 429 and blocked.code == "too_many_attempts"
    assert 0 < int(blocked.headers["Retry-After"]) <= service.settings.login_window_s
    assert _login(service, username="lars")["access_token"]  # other people are not affected
    clock.advance(seconds=service.settings.login_window_s + 1)
    assert _login(service)["access_token"]


def test_failed_logins_are_rate_limited_per_client(service, clock):
    limit = service.settings.login_max_failures_per_client
    names = [u for u in CAST] * (limit // len(CAST) + 1)
    for i in range(limit):
        _error(service.login, names[i], "falsch", "d", None, "192.0.2.7")
    blocked = _error(_login, service, username="ada", client="192.0.2.7")
    assert blocked.status == 429 and "Retry-After" in blocked.headers
    assert _login(service, username="ada", client="192.0.2.8")["access_token"]


def test_successful_login_clears_the_username_count(service):
    for _ in range(service.settings.login_max_failures_per_user - 1):
        _error(_login, service, password="falsch")
    _login(service)
    for _ in range(service.settings.login_max_failures_per_user - 1):
        _error(_login, service, password="falsch")
    assert _login(service)["access_token"]


def test_access_token_expires_after_an_hour(service, clock):
    tokens = _login(service)
    assert service.authenticate(tokens["access_token"]).account.username == "lena"
    clock.advance(minutes=61)
    err = _error(service.authenticate, tokens["access_token"])
    assert (err.status, err.code) == (401, "token_expired")


def test_lotse_offline_for_two_weeks_is_not_locked_out(service, clock):
    tokens = _login(service)
    clock.advance(days=14)
    assert _error(service.authenticate, tokens["access_token"]).code == "token_expired"
    renewed = service.refresh(tokens["refresh_token"])
    assert service.authenticate(renewed["access_token"]).device_id == "phone-1"


def test_each_refresh_renews_the_180_days(service, clock):
    tokens = _login(service)
    clock.advance(days=170)
    tokens = service.refresh(tokens["refresh_token"])
    service.authenticate(tokens["access_token"])
    clock.advance(days=170)  # 340 days after the login, 170 after the last use
    tokens = service.refresh(tokens["refresh_token"])
    assert service.authenticate(tokens["access_token"]).account.username == "lena"


def test_refresh_token_unused_for_180_days_expires(service, clock):
    tokens = _login(service)
    clock.advance(days=181)
    err = _error(service.refresh, tokens["refresh_token"])
    assert (err.status, err.code) == (401, "session_expired")


def test_lost_refresh_answer_can_be_retried(service):
    tokens = _login(service)
    lost = service.refresh(tokens["refresh_token"])  # the answer never reached the phone
    retried = service.refresh(tokens["refresh_token"])
    service.authenticate(retried["access_token"])  # the phone uses the pair it got
    assert _error(service.authenticate, lost["access_token"]).code == "invalid_token"
    assert _error(service.refresh, tokens["refresh_token"]).code == "invalid_token"  # the old pair is gone now
    assert service.refresh(retried["refresh_token"])["access_token"]


def test_stale_copy_of_a_refresh_processed_late_does_not_lock_the_device_out(service):
    tokens = _login(service)
    first = service.refresh(tokens["refresh_token"])  # the phone got this answer
    service.refresh(tokens["refresh_token"])  # a stale copy of the same request arrives afterwards
    session = service.authenticate(first["access_token"])  # the pair the phone holds still works
    assert session.device_id == "phone-1"
    assert service.refresh(first["refresh_token"])["access_token"]
    assert _error(service.refresh, tokens["refresh_token"]).code == "invalid_token"  # superseded now


def test_access_token_is_not_a_refresh_token(service):
    tokens = _login(service)
    assert _error(service.refresh, tokens["access_token"]).code == "invalid_token"
    assert _error(service.authenticate, tokens["refresh_token"]).code == "invalid_token"


def test_revoke_logs_out_the_device(service):
    tokens = _login(service)
    session = service.authenticate(tokens["access_token"])
    assert service.revoke(session) == 2
    assert _error(service.authenticate, tokens["access_token"]).code == "invalid_token"
    assert _error(service.refresh, tokens["refresh_token"]).code == "invalid_token"


def test_revoke_a_lost_phone_from_another_device(service):
    phone, laptop = _login(service, device_id="phone-1"), _login(service, device_id="laptop")
    session = service.authenticate(laptop["access_token"])
    assert service.revoke(session, device_id="phone-1") == 2
    assert _error(service.refresh, phone["refresh_token"]).code == "invalid_token"
    assert service.authenticate(laptop["access_token"])


def test_revoke_with_only_a_refresh_token(service):
    tokens = _login(service)
    assert service.revoke(None, refresh_token=tokens["refresh_token"]) == 2
    assert _error(service.authenticate, tokens["access_token"]).code == "invalid_token"


def test_new_login_replaces_the_device_tokens(service):
    old = _login(service)
    new = _login(service)
    assert _error(service.authenticate, old["access_token"]).code == "invalid_token"
    assert service.authenticate(new["access_token"])


def test_disabled_account_cannot_log_in_or_use_tokens(service, store):
    tokens = _login(service)
    with store.write() as tx:
        row = tx.get_account("lena")
        row.disabled = True
        tx.update_account(row)
    assert _error(service.authenticate, tokens["access_token"]).code == "account_disabled"
    assert _error(service.refresh, tokens["refresh_token"]).code == "account_disabled"
    assert _error(_login, service).status == 403


@pytest.mark.parametrize(("username", "roles", "municipality", "password", "fragment"), [
    ("Lena", ["lotse"], "arnsberg", "long-enough", "invalid username"),
    ("neu", ["chef"], "arnsberg", "long-enough", "unknown role"),
    ("neu", [], "arnsberg", "long-enough", "at least one role"),
    ("neu", ["lotse"], "dortmund", "long-enough", "unknown municipality"),
    ("neu", ["lotse"], "arnsberg", "kurz", "at least 8 characters"),
    ("lena", ["lotse"], "arnsberg", "long-enough", "exists already"),
])
def test_invalid_accounts_are_refused_with_a_clear_message(service, username, roles, municipality, password,
                                                           fragment):
    with pytest.raises(AccountError, match=fragment):
        service.accounts.add_account(username, password, roles, municipality)


def test_every_role_and_town_can_be_created(service):
    row = service.accounts.add_account("multi", "long-enough", ["lotse", "coordinator"], "menden", "Multi Rolle",
                                       ["0193a4c2-0000-7000-8000-000000000001"])
    assert row.roles == ("lotse", "coordinator") and row.organisations == ("0193a4c2-0000-7000-8000-000000000001",)
