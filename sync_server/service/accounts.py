"""Accounts, passwords (argon2id), device tokens and the login rate limit.

- Passwords are argon2id hashes; an unknown username costs the same verification time as a wrong password.
- Tokens are random (``secrets``) and stored only as sha256. Each login or refresh issues a *pair* (access 1 h,
  refresh 180 days). A refresh does not invalidate the pair it used until the new pair is used once: an answer lost
  on a bad connection can be retried with the old refresh token, so a Lotse who was offline for weeks is never
  locked out by a dropped response. The first use of a pair drops every other pair of the device; a later use of
  a pair (a retried or stale copy of a refresh) drops only older pairs, never the newer one the client may hold.
  Every use of a refresh token renews the 180 days.
- Failed logins are counted per username and per client address in the storage (so the limit holds across worker
  processes); past the limit the answer is 429 with ``Retry-After``.
- Each account also exists as an ``account`` record (scoped to the person) so the apps learn their profile.
"""

from __future__ import annotations

import hashlib
import math
import re
import secrets
from dataclasses import dataclass
from typing import Any

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from core.access import Actor
from core.ids import uuid7
from core.reference import MUNICIPALITIES, ROLES
from core.validation import USERNAME_RE
from sync_server.service.context import WriteContext
from sync_server.service.errors import ServiceError, unauthorized
from sync_server.service.push import account_record_id
from sync_server.service.records import Workspace
from sync_server.settings import Settings
from sync_server.storage.base import AccountRow, Storage, TokenRow, WriteTx

ACCESS = "access"
REFRESH = "refresh"
MIN_PASSWORD_LENGTH = 8
DEVICE_ID_RE = re.compile(r"[A-Za-z0-9._:-]{1,100}")


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


@dataclass(frozen=True)
class Session:
    """Who is calling: the account and the device its token was issued to."""

    account: AccountRow
    device_id: str

    @property
    def actor(self) -> Actor:
        a = self.account
        return Actor(a.username, frozenset(a.roles), a.municipality, frozenset(a.organisations))


def profile(account: AccountRow) -> dict[str, Any]:
    return {"username": account.username, "display_name": account.display_name, "roles": list(account.roles),
            "municipality": account.municipality, "organisations": list(account.organisations)}


class AccountError(ValueError):
    """Invalid account data (for the CLI and seeding): the message says what is wrong."""


class Accounts:
    def __init__(self, settings: Settings, store: Storage) -> None:
        self.settings = settings
        self.store = store
        self.hasher = PasswordHasher(time_cost=settings.argon2_time_cost,
                                     memory_cost=settings.argon2_memory_cost_kib,
                                     parallelism=settings.argon2_parallelism)
        self._dummy_hash: str | None = None

    # -- managing accounts ---------------------------------------------------------------------------------------
    def check_profile(self, username: str, roles: list[str] | tuple[str, ...], municipality: str) -> None:
        if not isinstance(username, str) or not USERNAME_RE.fullmatch(username):
            raise AccountError(f"invalid username {username!r}: 2-40 characters a-z, 0-9, '.', '_' or '-', "
                               "starting with a letter or digit")
        if not roles:
            raise AccountError("an account needs at least one role")
        unknown = [r for r in roles if r not in ROLES]
        if unknown:
            raise AccountError(f"unknown role(s) {', '.join(unknown)}; roles are: {', '.join(ROLES)}")
        if municipality not in MUNICIPALITIES:
            raise AccountError(f"unknown municipality {municipality!r}; one of: {', '.join(MUNICIPALITIES)}")

    def add_account(self, username: str, password: str, roles: list[str] | tuple[str, ...], municipality: str,
                    display_name: str | None = None, organisations: list[str] | tuple[str, ...] = (),
                    *, min_password_length: int = MIN_PASSWORD_LENGTH) -> AccountRow:
        """Create an account (and its ``account`` record). Raises :class:`AccountError` with a clear message."""
        self.check_profile(username, roles, municipality)
        if len(password) < min_password_length:
            raise AccountError(f"the password must have at least {min_password_length} characters")
        name = (display_name or username).strip()
        if not name or len(name) > 80 or "\n" in name:
            raise AccountError("the display name must be one line of 1-80 characters")
        row = AccountRow(username, self.hasher.hash(password), name, tuple(dict.fromkeys(roles)), municipality,
                         tuple(organisations), False, self.settings.now_ms())
        with self.store.write() as tx:
            if tx.get_account(username) is not None:
                raise AccountError(f"the account {username!r} exists already")
            tx.insert_account(row)
            ctx = WriteContext(tx, self.settings)
            ws = Workspace(ctx)
            write_account_record(ws, row)
            ws.flush()
            ctx.save_clock()
        return row

    def get(self, username: str) -> AccountRow | None:
        with self.store.read() as tx:
            return tx.get_account(username)

    def list(self) -> list[AccountRow]:
        with self.store.read() as tx:
            return tx.list_accounts()

    # -- login -----------------------------------------------------------------------------------------------
    def _limit_keys(self, username: str, client: str | None) -> list[tuple[str, int]]:
        keys = [(f"user:{username.lower()}", self.settings.login_max_failures_per_user)]
        if client:
            keys.append((f"client:{client}", self.settings.login_max_failures_per_client))
        return keys

    def _check_rate_limit(self, limits: list[tuple[str, int]], now: int) -> None:
        window_ms = self.settings.login_window_s * 1000
        with self.store.read() as tx:
            for key, limit in limits:
                count, oldest = tx.count_login_failures(key, now - window_ms)
                if count >= limit:
                    wait_s = max(1, math.ceil(((oldest or now) + window_ms - now) / 1000))
                    raise ServiceError(
                        429, "too_many_attempts", f"too many failed logins ({key.split(':')[0]}); retry later",
                        f"Zu viele Fehlversuche. Bitte in {math.ceil(wait_s / 60)} Minuten erneut versuchen.",
                        {"Retry-After": str(wait_s)})

    def _verify(self, account: AccountRow | None, password: str) -> bool:
        if account is None:
            if self._dummy_hash is None:
                self._dummy_hash = self.hasher.hash(secrets.token_hex(16))
            stored = self._dummy_hash
        else:
            stored = account.password_hash
        try:
            self.hasher.verify(stored, password)
        except (VerificationError, InvalidHashError):
            return False
        return account is not None

    def login(self, username: str, password: str, device_id: str, device_name: str | None = None,
              client: str | None = None) -> dict[str, Any]:
        now = self.settings.now_ms()
        limits = self._limit_keys(username, client)
        self._check_rate_limit(limits, now)
        account = self.get(username)
        if not self._verify(account, password) or account is None:
            with self.store.write() as tx:
                for key, _limit in limits:
                    tx.add_login_failure(key, now)
            raise unauthorized("invalid_credentials", "unknown username or wrong password",
                               "Benutzername oder Passwort ist falsch.")
        if account.disabled:
            raise ServiceError(403, "account_disabled", "this account is disabled",
                               "Dieses Konto ist gesperrt. Bitte wenden Sie sich an die Koordination.")
        with self.store.write() as tx:
            tx.clear_login_failures(limits[0][0])
            if self.hasher.check_needs_rehash(account.password_hash):
                account.password_hash = self.hasher.hash(password)
                tx.update_account(account)
            tx.delete_tokens(account.username, device_id)  # a new login replaces the device's old tokens
            tx.upsert_device(account.username, device_id, last_seen=now, name=device_name or "")
            tokens = self._issue(tx, account.username, device_id, now, confirmed=True)
        return {**tokens, "account": profile(account)}

    def _issue(self, tx: WriteTx, username: str, device_id: str, now: int, *, confirmed: bool) -> dict[str, Any]:
        access, refresh = "ea_" + secrets.token_urlsafe(32), "er_" + secrets.token_urlsafe(32)
        pair = uuid7(now)
        s = self.settings
        tx.insert_tokens([
            TokenRow(hash_token(access), ACCESS, username, device_id, pair, now, now + s.access_token_ttl_s * 1000,
                     confirmed),
            TokenRow(hash_token(refresh), REFRESH, username, device_id, pair, now,
                     now + s.refresh_token_ttl_s * 1000, confirmed),
        ])
        return {"access_token": access, "refresh_token": refresh, "token_type": "bearer",
                "expires_in": s.access_token_ttl_s}

    def refresh(self, refresh_token: str) -> dict[str, Any]:
        now = self.settings.now_ms()
        with self.store.write() as tx:
            token = tx.get_token(hash_token(refresh_token))
            if token is None or token.kind != REFRESH:
                raise unauthorized("invalid_token", "unknown or revoked refresh token")
            if token.expires_at <= now:
                raise unauthorized("session_expired", "the refresh token has expired")
            account = tx.get_account(token.username)
            if account is None or account.disabled:
                raise unauthorized("account_disabled", "the account no longer exists or is disabled",
                                   "Dieses Konto ist gesperrt. Bitte wenden Sie sich an die Koordination.")
            if not token.confirmed:
                # first use of this pair: the client holds it, so every other pair of the device can go (a newer
                # one can only come from a stale request made with an older pair; nobody holds it)
                tx.confirm_token_pair(token.pair_id)
                tx.delete_tokens(token.username, token.device_id, keep_pair=token.pair_id)
            else:
                # used before: this may be a stale copy of a request whose answer the client already has (and whose
                # newer pair it holds but has not used yet), so only the pairs older than this one go
                tx.delete_tokens(token.username, token.device_id, keep_pair=token.pair_id, only_older=True)
            tx.upsert_device(token.username, token.device_id, last_seen=now)
            tokens = self._issue(tx, token.username, token.device_id, now, confirmed=False)
        return {**tokens, "account": profile(account)}

    def authenticate(self, access_token: str) -> Session:
        now = self.settings.now_ms()
        with self.store.read() as tx:
            token = tx.get_token(hash_token(access_token))
            account = tx.get_account(token.username) if token is not None else None
        if token is None or token.kind != ACCESS:
            raise unauthorized("invalid_token", "unknown or revoked access token")
        if token.expires_at <= now:
            raise unauthorized("token_expired", "the access token has expired; refresh it",
                               "Die Sitzung wird erneuert.")
        if account is None or account.disabled:
            raise unauthorized("account_disabled", "the account no longer exists or is disabled",
                               "Dieses Konto ist gesperrt. Bitte wenden Sie sich an die Koordination.")
        if not token.confirmed:  # first use of a refreshed pair: the client has it, the older pairs can go
            with self.store.write() as tx:
                tx.confirm_token_pair(token.pair_id)
                tx.delete_tokens(token.username, token.device_id, keep_pair=token.pair_id)
        return Session(account, token.device_id)

    def revoke(self, session: Session | None, *, refresh_token: str | None = None,
               device_id: str | None = None) -> int:
        """Revoke a device's tokens: the caller's own device, another device of the same account (lost phone),
        or the device of a refresh token. Returns the number of tokens revoked."""
        with self.store.write() as tx:
            if session is not None:
                return tx.delete_tokens(session.account.username, device_id or session.device_id)
            token = tx.get_token(hash_token(refresh_token)) if refresh_token else None
            if token is None or token.kind != REFRESH:
                raise unauthorized("invalid_token", "unknown or revoked token")
            return tx.delete_tokens(token.username, token.device_id)


def write_account_record(ws: Workspace, account: AccountRow) -> None:
    """The ``account`` record mirroring an account's profile (server-written, scoped to the person)."""
    ws.write_server_record("account", account_record_id(account.username), profile(account),
                           set_fields=("roles", "organisations"))
