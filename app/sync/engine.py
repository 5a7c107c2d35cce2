"""SyncEngine: login, token refresh, push and pull between one replica and the sync server.

The engine holds no data of its own: the replica keeps everything (outbox, cursor, tokens in its meta table), so a
sync interrupted anywhere — app killed, network gone, server restarted — simply resumes with the next ``sync()``.
It touches the network only through a :class:`~app.sync.transport.Transport` and awaits nothing else, so the same
code runs natively and in Pyodide.

One sync is: push the outbox (batches, each answer applied with ``replica.ack_push`` in one local transaction),
pull pages until ``more`` is false (each page and its cursor in one local transaction; a ``reset`` answer drops the
replicated data but keeps the outbox, then pulls a snapshot), and push again when the pull or the person left new
entries in the outbox.
"""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections.abc import Callable, Mapping
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from app.sync.codec import EncodedBody
from app.sync.errors import SyncError
from app.sync.transport import Transport, TransportError, TransportResponse
from core.hlc import wall_ms_of
from core.protocol import (
    ACCEPTED,
    API_PREFIX,
    CONFLICT,
    MAX_MUTATIONS_PER_PUSH,
    REJECTED,
    push_request_text,
)

if TYPE_CHECKING:
    from app.store.sync import PendingPush

# keys of the replica's meta table that belong to sync
META_SERVER = "sync.server_url"
META_ACCESS = "sync.access_token"
META_ACCESS_EXPIRES = "sync.access_expires_at"  # unix seconds
META_REFRESH = "sync.refresh_token"
META_ACCOUNT = "sync.account"  # the account (dict) the tokens belong to
META_LAST_SUCCESS = "sync.last_success"  # ISO 8601 UTC
META_LAST_REPORT = "sync.last_report"  # the last SyncReport as a dict

PUSH_MAX_BYTES = 1024 * 1024  # JSON bytes per push batch (before gzip); one mutation is always sent
REFRESH_EARLY_S = 60  # refresh an access token this long before it expires
# A push batch goes before the answer to the one ahead of it only while its timestamps are at most this far ahead of
# the server's clock (which re-stamps beyond core.hlc.DEFAULT_MAX_SKEW_MS, 5 minutes).
SEND_AHEAD_MARGIN_MS = 60_000
FIRST_PUSH_BATCH = 100  # the first batch of a push, when the next can go ahead of its answer
PIPELINE_YIELDS = 8  # event-loop turns given to the next page's request before applying the current page


@dataclass
class SyncReport:
    pushed: int = 0  # mutations sent and answered
    accepted: int = 0
    conflicts: int = 0  # pushed mutations that met a concurrent edit (a conflict record keeps the lost value)
    rejected: int = 0  # pushed mutations the server refused (now in the quarantine)
    pulled: int = 0  # records changed locally by pulled pages
    pages: int = 0
    reset: bool = False  # the server asked for a fresh snapshot
    pending: int = 0  # outbox entries left (0 after a complete sync)
    open_conflicts: int = 0
    quarantined: int = 0
    anonymous: bool = False  # pulled public data only (nobody logged in)
    seconds: float = 0.0
    results: list[dict[str, Any]] = field(default_factory=list, repr=False)  # push results of this sync

    def as_dict(self) -> dict[str, Any]:
        out = asdict(self)
        out.pop("results")
        return out

    def summary_de(self) -> str:
        parts = [f"{self.pushed} Änderung(en) gesendet", f"{self.pulled} Datensätze empfangen"]
        if self.conflicts:
            parts.append(f"{self.conflicts} Konflikt(e)")
        if self.rejected:
            parts.append(f"{self.rejected} abgelehnt")
        return ", ".join(parts) + "."


class SyncEngine:
    def __init__(
        self,
        replica: Any,
        transport: Transport,
        *,
        push_batch: int = MAX_MUTATIONS_PER_PUSH,
        push_max_bytes: int = PUSH_MAX_BYTES,
        pull_max_bytes: int | None = None,
        device_name: str | None = None,
        retries: int = 1,
        now: Callable[[], float] = time.time,
        send_ahead: bool = True,
    ) -> None:
        self.replica = replica
        self.transport = transport
        self.push_batch = max(1, min(push_batch, MAX_MUTATIONS_PER_PUSH))
        self.push_max_bytes = push_max_bytes
        self.pull_max_bytes = pull_max_bytes
        self.device_name = device_name
        self.retries = retries  # immediate repeats of a request that got no answer
        self._now = now
        self._busy = False
        self._server_offset_ms: float | None = None  # this device's clock minus the server's, at the last answer
        self._refreshing = asyncio.Lock()
        self.send_ahead = send_ahead  # push batches before the answer to the one before (see push); off: one at a time

    # ------------------------------------------------------------------ identity
    @property
    def device_id(self) -> str:
        return str(self.replica.node_id)

    @property
    def account(self) -> dict[str, Any] | None:
        """The server account the tokens belong to (None: never logged in on this replica)."""
        value = self.replica.get_meta(META_ACCOUNT)
        return value if isinstance(value, dict) else None

    @property
    def logged_in(self) -> bool:
        return bool(self.replica.get_meta(META_REFRESH) or self.replica.get_meta(META_ACCESS))

    async def login(self, username: str, password: str, *, server: str | None = None) -> dict[str, Any]:
        """Get tokens for this device; the account becomes the replica's session. Returns the account."""
        previous = self.account
        # local edits are stamped with the session's username (owner, author, ...): they can only be sent as that
        # person, so a login as somebody else must wait until they are sent (or discarded)
        local_user = (previous or self.replica.session or {}).get("username")
        if local_user and local_user != username and self._local(self.replica.outbox_count) > 0:
            raise SyncError("account_switch", detail=f"unsent outbox of {local_user!r}")
        switching = previous is not None and previous.get("username") != username
        body = {"username": username, "password": password, "device_id": self.device_id}
        if self.device_name:
            body["device_name"] = self.device_name
        response = await self._send("POST", "/auth/token", json=body, auth=False)
        if response.status in (400, 401, 403, 422):
            err = response.error()
            raise SyncError("login_failed", err.get("message") or None, detail=err.get("detail", ""),
                            status=response.status)
        self._raise_for_status(response)
        tokens = self._tokens(response)
        account = response.body.get("account") if response.body else None
        if not isinstance(account, dict) or not account.get("username"):
            raise SyncError("protocol", detail="token answer without account")
        if server is not None:
            self.replica.set_meta(META_SERVER, server)
        if previous is None or switching:
            # what this replica pulled so far was scoped to somebody else (or to visitors): start over, so the
            # new account gets everything it may see and nothing it may not.
            self._local(self.replica.reset_replica)
        self._store_tokens(tokens)
        self.replica.set_meta(META_ACCOUNT, account)
        self.replica.set_session(account)
        return account

    async def logout(self) -> bool:
        """Revoke this device's tokens on the server and forget them locally; the data on the device stays.
        Returns False when the server could not be told (offline): the tokens are forgotten all the same."""
        refresh_token = self.replica.get_meta(META_REFRESH)
        revoked = True
        if refresh_token:
            try:
                response = await self._send("POST", "/auth/revoke", json={"refresh_token": refresh_token},
                                            auth=False)
                revoked = response.ok or response.status == 401  # 401: the token was no longer valid anyway
            except SyncError:
                revoked = False
        for key in (META_ACCESS, META_ACCESS_EXPIRES, META_REFRESH):
            self.replica.set_meta(key, None)
        self.replica.set_session(None)
        return revoked

    async def refresh(self) -> None:
        """Trade the refresh token for a new pair. Raises SyncError('auth_required') when it is no longer valid."""
        refresh_token = self.replica.get_meta(META_REFRESH)
        if not refresh_token:
            raise SyncError("auth_required", detail="no refresh token")
        response = await self._send("POST", "/auth/refresh", json={"refresh_token": refresh_token}, auth=False)
        if response.status in (400, 401, 403):
            self.replica.set_meta(META_ACCESS, None)
            self.replica.set_meta(META_REFRESH, None)
            raise SyncError("auth_required", detail=response.error().get("detail", "refresh refused"),
                            status=response.status)
        self._raise_for_status(response)
        self._store_tokens(self._tokens(response))
        account = response.body.get("account") if response.body else None
        if isinstance(account, dict) and account.get("username"):
            self.replica.set_meta(META_ACCOUNT, account)
            self.replica.set_session(account)

    # ------------------------------------------------------------------ sync
    async def sync(self) -> SyncReport:
        """Push, pull, and push again if needed. Safe to call at any time; one sync runs at a time."""
        if self._busy:
            raise SyncError("busy", "Es wird bereits synchronisiert.", detail="a sync is already running")
        self._busy = True
        started = self._now()
        report = SyncReport()
        try:
            can_push = self.logged_in
            report.anonymous = not can_push
            if can_push:
                await self.push(report)
            await self.pull(report)
            if can_push and self._local(self.replica.outbox_count) > 0:
                await self.push(report)
            report.pending = self._local(self.replica.outbox_count)
            report.open_conflicts = len(self._local(self.replica.conflicts))
            report.quarantined = len(self._local(self.replica.quarantine))
            report.seconds = round(self._now() - started, 3)
            stamp = datetime.fromtimestamp(self._now(), UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
            self.replica.set_meta(META_LAST_SUCCESS, stamp)
            self.replica.set_meta(META_LAST_REPORT, report.as_dict())
        finally:
            self._busy = False
        if not can_push and report.pending:
            raise SyncError("not_logged_in", detail=f"{report.pending} mutations wait for a login")
        return report

    async def push(self, report: SyncReport | None = None) -> SyncReport:
        """Send the outbox in batches until it is empty (quarantined entries are not sent again).

        Batches are applied by the server one at a time, in outbox order, but the local work and the network
        overlap the server's:
        - while a batch is on its way, the next one is read from the outbox (its head does not change before the
          answer) and encoded;
        - when, as far as the client can tell, no timestamp in either batch will be re-stamped by the server (see
          :meth:`_sends_ahead`), that next batch is sent at once, naming the last mutation before it (``after``):
          the server applies it only after that one and only when it re-stamps none of it, else answers 409
          ``out_of_order``; the batch is then sent again after the answer before it, and none goes ahead any more;
        - otherwise it is sent when an answer only accepts, before that answer is stored. An answer that re-stamps
          or rejects rewrites the outbox (later entries' base versions, re-applied edits), so then the answer is
          stored first and the next batch read again.
        """
        report = report or SyncReport()
        sent: set[str] = set()
        limit = self.push_batch
        # When batches can go ahead, a small first one starts the server's work sooner (the next is read and sent
        # while it is applied); otherwise each batch costs a round trip, so they stay large.
        batch = self._next_batch(min(limit, FIRST_PUSH_BATCH))
        if len(batch) == FIRST_PUSH_BATCH < limit and not self._sends_ahead(batch, batch):
            batch = self._next_batch(limit)
        request: asyncio.Task[TransportResponse] | None = None  # the push of ``batch``, once on its way
        ahead: tuple[PendingPush, asyncio.Task[TransportResponse]] | None = None  # the next, sent before the answer
        refused_ahead = False  # the server refused a batch sent ahead (409): none goes ahead again in this push
        try:
            while batch:
                ids = batch.ids
                if sent.intersection(ids):
                    raise SyncError("local", detail="the outbox did not shrink after an answered push")
                if request is None:
                    request = await self._start_push(self._push_body(batch))
                upcoming = self._next_batch(limit, after=len(batch))
                prepared = None
                if upcoming and not refused_ahead and self._sends_ahead(batch, upcoming):
                    ahead = (upcoming, await self._start_push(self._push_body(upcoming, after=ids[-1])))
                elif upcoming:
                    prepared = self._push_body(upcoming)
                response, request = await request, None
                if response.status == 409 and response.error().get("code") == "out_of_order" or (
                        response.status == 413 and len(batch) > 1):
                    # not applied: neither is the batch sent after it (it waits for this one); both go again,
                    # one at a time for the rest of this push
                    await self._abandon(ahead)
                    ahead = None
                    refused_ahead = refused_ahead or response.status == 409
                    if response.status == 413:
                        limit = max(1, len(batch) // 2)
                    batch = self._next_batch(limit)
                    continue
                if response.status == 413:
                    raise SyncError("too_large", detail=f"mutation {ids[0]} is too large for the server")
                self._raise_for_status(response)
                results = (response.body or {}).get("results")
                if not isinstance(results, list) or [r.get("id") for r in results if isinstance(r, dict)] != ids:
                    raise SyncError("protocol", detail="push answer does not list one result per mutation, in order")
                self._note_server_time((response.body or {}).get("server_ts"))
                plain = all(r.get("status") in (ACCEPTED, CONFLICT) and not r.get("ts") for r in results)
                if plain and prepared is not None:
                    request = await self._start_push(prepared)
                self._local(self.replica.ack_push, results, (response.body or {}).get("server_ts"))
                sent.update(ids)
                for result in results:
                    status = result.get("status")
                    report.pushed += 1
                    report.accepted += status == ACCEPTED
                    report.conflicts += status == CONFLICT
                    report.rejected += status == REJECTED
                report.results.extend(results)
                if ahead is not None:  # already on its way; its answer is read next
                    (batch, request), ahead = ahead, None
                else:
                    batch = upcoming if plain else self._next_batch(limit)
            return report
        finally:
            # the push failed while the next batch was on its way: let it finish or go (pushes are idempotent)
            for task in (request, ahead[1] if ahead is not None else None):
                if task is not None:
                    task.cancel()
                    with contextlib.suppress(BaseException):
                        await task

    def _sends_ahead(self, batch: PendingPush, upcoming: PendingPush) -> bool:
        """May ``upcoming`` go before the answer to ``batch``? Only when the server time is known and no timestamp
        of either is near the point where the server re-stamps it (its clock bound, ``core.hlc``'s default skew):
        a re-stamp rewrites the base versions of later entries, which must then be read again."""
        if not self.send_ahead or self._server_offset_ms is None:
            return False
        server_now = self._now() * 1000 - self._server_offset_ms
        try:
            wall = wall_ms_of(max(batch.newest, upcoming.newest))
        except ValueError:
            return False
        return wall <= server_now + SEND_AHEAD_MARGIN_MS

    def _note_server_time(self, server_ts: Any) -> None:
        """Remember how far this device's clock is from the server's (for :meth:`_sends_ahead`)."""
        try:
            self._server_offset_ms = self._now() * 1000 - wall_ms_of(server_ts)
        except ValueError:
            pass

    @staticmethod
    async def _abandon(ahead: tuple[PendingPush, asyncio.Task[TransportResponse]] | None) -> None:
        """Wait for a batch sent ahead whose predecessor was not applied (so it was not either) and drop it."""
        if ahead is not None:
            with contextlib.suppress(SyncError):
                await ahead[1]

    def _next_batch(self, limit: int, *, after: int = 0) -> PendingPush:
        """The outbox entries to push next, skipping the first ``after`` (a batch already on its way)."""
        return self._local(self.replica.pending_push, limit, self.push_max_bytes, after)

    def _push_body(self, batch: PendingPush, *, after: str | None = None) -> EncodedBody:
        """The push request of a batch, its JSON assembled from the mutations' (``core.protocol``)."""
        return EncodedBody.of_json_text(push_request_text(self.device_id, batch.texts, after))

    async def _start_push(self, body: dict[str, Any] | EncodedBody) -> asyncio.Task[TransportResponse]:
        """Send a push in the background; returns once the request has gone out (the event loop ran it)."""
        task = asyncio.ensure_future(self._authed("POST", "/push", json=body))
        for _ in range(PIPELINE_YIELDS):
            await asyncio.sleep(0)
        return task

    async def pull(self, report: SyncReport | None = None) -> SyncReport:
        """Apply pages until the server has nothing more; resumable at the stored cursor after any interruption.

        While one page is being applied locally, the request for the next one is already on its way (the server
        prepares it meanwhile); pages are still applied strictly in order, each with its cursor.
        """
        report = report or SyncReport()
        cursor = self._local(self.replica.cursor)
        resets = 0
        ahead: asyncio.Task[TransportResponse] | None = None
        try:
            while True:
                if ahead is not None:
                    response, ahead = await ahead, None
                else:
                    response = await self._fetch_page(cursor)
                page = response.body or {}
                is_reset = (response.status == 409 and response.error().get("code") == "reset") or (
                    response.ok and page.get("reset") is True)
                if is_reset:
                    resets += 1
                    if resets > 2:
                        raise SyncError("protocol", detail="the server keeps answering reset")
                    self._local(self.replica.reset_replica)
                    report.reset = True
                    cursor = None
                    continue
                self._raise_for_status(response)
                if not isinstance(page.get("cursor"), str) or not isinstance(page.get("changes"), list):
                    raise SyncError("protocol", detail="pull answer without cursor or changes")
                more = bool(page.get("more"))
                if more:
                    if page["cursor"] == cursor and not page["changes"] and not page.get("purge"):
                        raise SyncError("protocol", detail="pull answer says more but does not advance")
                    ahead = asyncio.ensure_future(self._fetch_page(page["cursor"]))
                    for _ in range(PIPELINE_YIELDS):  # let the request go out before the local work blocks
                        await asyncio.sleep(0)
                self._note_server_time(page.get("server_ts"))
                report.pulled += int(self._local(self.replica.apply_pull, page) or 0)
                report.pages += 1
                if not more:
                    return report
                cursor = page["cursor"]
        finally:
            if ahead is not None:
                ahead.cancel()
                with contextlib.suppress(BaseException):
                    await ahead

    async def _fetch_page(self, cursor: str | None) -> TransportResponse:
        params: dict[str, Any] = {}
        if cursor:
            params["cursor"] = cursor
        if self.pull_max_bytes:
            params["max_bytes"] = self.pull_max_bytes
        if self.logged_in:
            return await self._authed("GET", "/pull", params=params)
        return await self._send("GET", "/pull", params=params, auth=False)

    # ------------------------------------------------------------------ helpers
    @staticmethod
    def _local(fn: Callable[..., Any], *args: Any) -> Any:
        """Call the replica; a failure of the local database becomes a retryable SyncError (the cause chained)."""
        try:
            return fn(*args)
        except SyncError:
            raise
        except Exception as exc:
            raise SyncError("local", detail=f"{getattr(fn, '__name__', fn)}: {type(exc).__name__}: {exc}") from exc

    async def _send(self, method: str, path: str, *, json: Any = None, params: Mapping[str, Any] | None = None,
                    auth: bool) -> TransportResponse:
        headers: dict[str, str] = {}
        token = self.replica.get_meta(META_ACCESS) if auth else None
        if token:
            headers["Authorization"] = f"Bearer {token}"
        # Every request of the protocol may be repeated safely (pushes are idempotent by mutation id, pulls by
        # cursor, a repeated login or refresh replaces the pair), so a dropped connection (often a keep-alive
        # connection the server just closed) is retried at once before the sync gives up.
        for attempt in range(self.retries + 1):
            try:
                return await self.transport.request(method, API_PREFIX + path, json=json, params=params,
                                                    headers=headers)
            except TransportError as exc:
                if attempt == self.retries:
                    raise SyncError("offline", detail=str(exc)) from exc
        raise AssertionError("unreachable")

    async def _authed(self, method: str, path: str, *, json: Any = None,
                      params: Mapping[str, Any] | None = None) -> TransportResponse:
        expires = self.replica.get_meta(META_ACCESS_EXPIRES)
        token = self.replica.get_meta(META_ACCESS)
        if not token or (expires and float(expires) - REFRESH_EARLY_S < self._now()):
            await self._refresh_once(token)
        token = self.replica.get_meta(META_ACCESS)
        response = await self._send(method, path, json=json, params=params, auth=True)
        if response.status == 401 and self.replica.get_meta(META_REFRESH):
            await self._refresh_once(token)
            response = await self._send(method, path, json=json, params=params, auth=True)
        if response.status == 401:
            self.replica.set_meta(META_ACCESS, None)
            raise SyncError("auth_required", detail=response.error().get("detail", "401"), status=401)
        return response

    async def _refresh_once(self, stale: Any) -> None:
        """:meth:`refresh`, unless another request did while this one waited (requests overlap: a push batch sent
        ahead, the next pull page). A refresh token is used once, so two refreshes at a time would fail."""
        async with self._refreshing:
            if self.replica.get_meta(META_ACCESS) == stale:
                await self.refresh()

    def _tokens(self, response: TransportResponse) -> dict[str, Any]:
        body = response.body or {}
        if not isinstance(body.get("access_token"), str) or not isinstance(body.get("refresh_token"), str):
            raise SyncError("protocol", detail="token answer without access_token/refresh_token")
        return body

    def _store_tokens(self, tokens: dict[str, Any]) -> None:
        self.replica.set_meta(META_ACCESS, tokens["access_token"])
        self.replica.set_meta(META_REFRESH, tokens["refresh_token"])
        expires_in = tokens.get("expires_in")
        expires_at = self._now() + float(expires_in) if isinstance(expires_in, (int, float)) else None
        self.replica.set_meta(META_ACCESS_EXPIRES, expires_at)

    @staticmethod
    def _raise_for_status(response: TransportResponse) -> None:
        if response.ok and response.body is not None:
            return
        err = response.error()
        detail = err.get("detail") or f"HTTP {response.status}"
        message = err.get("message") or None
        status = response.status
        if response.ok:
            raise SyncError("protocol", detail=f"HTTP {status} without a JSON object", status=status)
        if status == 429:
            retry_after = _retry_after(response)
            text = message or (f"Zu viele Versuche. Bitte in {int(retry_after)} Sekunden erneut versuchen."
                               if retry_after else None)
            raise SyncError("rate_limited", text, detail=detail, status=status, retry_after=retry_after)
        if status >= 500 or status in (408, 502, 503, 504):
            raise SyncError("server_error", detail=detail, status=status, retry_after=_retry_after(response))
        if status == 403:
            raise SyncError("forbidden", message, detail=detail, status=status)
        if status == 413:
            raise SyncError("too_large", detail=detail, status=status)
        if status == 401:
            raise SyncError("auth_required", detail=detail, status=status)
        raise SyncError("protocol", detail=f"HTTP {status}: {detail}", status=status)


def _retry_after(response: TransportResponse) -> float | None:
    value = response.header("retry-after")
    try:
        return float(value) if value is not None else None
    except ValueError:
        return None
