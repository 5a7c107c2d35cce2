"""The service layer: owns every transaction; the HTTP routes only translate to and from it.

``SyncService(settings, store)`` is the one object the app (and the CLI) talk to:
accounts (:mod:`.accounts`), push (:mod:`.push`), pull (:mod:`.pull`), garbage collection (:mod:`.gc`) and
seeding (:mod:`.seed`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from core.ids import new_node_id
from sync_server.service.accounts import AccountError, Accounts, Session, profile
from sync_server.service.context import NODE_KEY
from sync_server.service.errors import ServiceError
from sync_server.service.gc import GcReport, collect_garbage
from sync_server.service.pull import PullHandler, PullPage
from sync_server.service.push import PushHandler, account_record_id
from sync_server.service.seed import SeedError, SeedReport, seed
from sync_server.settings import Settings
from sync_server.storage.base import Storage, WriteTx

__all__ = [
    "AccountError", "GcReport", "PullPage", "SeedError", "SeedReport", "ServiceError", "Session", "SyncService",
    "account_record_id", "profile",
]


class SyncService:
    def __init__(self, settings: Settings, store: Storage) -> None:
        self.settings = settings
        self.store = store
        self.accounts = Accounts(settings, store)
        self._push = PushHandler(settings, store)
        self._pull = PullHandler(settings, store)
        with store.write() as tx:
            if tx.get_meta(NODE_KEY) is None:
                tx.set_meta(NODE_KEY, new_node_id())

    @property
    def node_id(self) -> str:
        with self.store.read() as tx:
            return tx.get_meta(NODE_KEY) or ""

    # -- accounts and tokens -------------------------------------------------------------------------------------
    def login(self, username: str, password: str, device_id: str, device_name: str | None = None,
              client: str | None = None) -> dict[str, Any]:
        return self.accounts.login(username, password, device_id, device_name, client)

    def refresh(self, refresh_token: str) -> dict[str, Any]:
        return self.accounts.refresh(refresh_token)

    def authenticate(self, access_token: str) -> Session:
        return self.accounts.authenticate(access_token)

    def revoke(self, session: Session | None, *, refresh_token: str | None = None,
               device_id: str | None = None) -> int:
        return self.accounts.revoke(session, refresh_token=refresh_token, device_id=device_id)

    # -- sync ----------------------------------------------------------------------------------------------------
    def push(self, session: Session, mutations: list[dict[str, Any]],
             fault: Callable[[WriteTx], None] | None = None, *, after: str | None = None) -> dict[str, Any]:
        """Apply a push batch in one transaction (``fault``: tests only, runs just before the commit); with
        ``after`` only once that mutation of the account is applied (else 409 ``out_of_order``)."""
        if len(mutations) > self.settings.max_push_mutations:
            raise ServiceError(413, "too_many_mutations",
                               f"at most {self.settings.max_push_mutations} mutations per push, got {len(mutations)}",
                               "Zu viele Änderungen auf einmal; bitte in kleineren Teilen senden.")
        return self._push.push(session.account, session.device_id, mutations, fault=fault, after=after)

    def pull(self, session: Session | None, cursor: str | None = None, max_bytes: int | None = None) -> PullPage:
        account = None if session is None else session.account
        device = None if session is None else session.device_id
        return self._pull.pull(account, device, cursor, max_bytes)

    # -- maintenance ---------------------------------------------------------------------------------------------
    def collect_garbage(self, now: float | None = None) -> GcReport:
        """Remove tombstones and log entries no device needs any more (``now``: seconds, like Settings.clock)."""
        return collect_garbage(self.settings, self.store, None if now is None else int(now * 1000))

    def seed(self, people: Iterable[dict[str, Any]], records: Iterable[tuple[str, dict[str, Any]]]) -> SeedReport:
        return seed(self.settings, self.store, self.accounts, people, records)
