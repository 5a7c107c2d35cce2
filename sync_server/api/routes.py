"""Thin routes under /api/v1: parse, call the service, send JSON. No rules live here.

(No ``from __future__ import annotations`` here: FastAPI reads the dependency annotations of the route functions,
which refer to dependencies defined inside :func:`build_router`.)
"""

import threading
from typing import Annotated, Any, cast

from fastapi import APIRouter, Depends, Query, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from starlette.concurrency import run_in_threadpool
from starlette.responses import Response

from core.protocol import API_PREFIX, PROTOCOL_VERSION
from sync_server.api.models import (
    ErrorOut,
    HealthOut,
    MeOut,
    PullOut,
    PushOut,
    RefreshRequest,
    RevokeOut,
    RevokeRequest,
    TokenOut,
    TokenRequest,
    parse_push_request,
)
from sync_server.jsontext import dumps
from sync_server.service import ServiceError, Session, SyncService, profile
from sync_server.service.errors import unauthorized
from sync_server.settings import Settings

_bearer = HTTPBearer(auto_error=False, description="access token from /auth/token or /auth/refresh")
Credentials = Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)]


def _json(content: Any, status: int = 200) -> Response:
    return Response(dumps(content), status_code=status, media_type="application/json")


def _errors(*statuses: int) -> dict[int | str, dict[str, Any]]:
    return {s: {"model": ErrorOut} for s in statuses}


def build_router(service: SyncService, settings: Settings) -> APIRouter:
    router = APIRouter(prefix=API_PREFIX)
    push_turn = threading.Lock()

    def session(credentials: Credentials) -> Session:
        if credentials is None:
            raise unauthorized("missing_token", "this endpoint needs 'Authorization: Bearer <access token>'",
                               "Bitte melden Sie sich an.")
        return service.authenticate(credentials.credentials)

    def optional_session(request: Request, credentials: Credentials) -> Session | None:
        if credentials is None:
            if request.headers.get("authorization"):
                raise unauthorized("invalid_token", "the Authorization header is not 'Bearer <token>'")
            return None
        return service.authenticate(credentials.credentials)

    def client_address(request: Request) -> str | None:
        if settings.trust_forwarded_for:
            forwarded = request.headers.get("x-forwarded-for", "").split(",")[0].strip()
            if forwarded:
                return forwarded
        return request.client.host if request.client else None

    @router.get("/health", response_model=HealthOut, summary="Is the server up?")
    def health() -> Response:
        return _json({"status": "ok", "protocol": PROTOCOL_VERSION})

    @router.post("/auth/token", summary="Log in a device", response_model=TokenOut,
                 description="Issues an access token (1 h) and a refresh token (180 days, renewed by each use). "
                             "Failed logins are limited per username and per client (429 with Retry-After).",
                 responses=_errors(401, 403, 422, 429))
    def token(body: TokenRequest, request: Request) -> Response:
        return _json(service.login(body.username, body.password, body.device_id, body.device_name,
                                   client_address(request)))

    @router.post("/auth/refresh", summary="Renew the token pair", response_model=TokenOut,
                 responses=_errors(401, 422))
    def refresh(body: RefreshRequest) -> Response:
        return _json(service.refresh(body.refresh_token))

    @router.post("/auth/revoke", summary="Revoke a device's tokens (logout, lost phone)", response_model=RevokeOut,
                 description="With an access token: this device, or `device_id` of the same account. "
                             "Without one: the device of `refresh_token`.", responses=_errors(401, 422))
    def revoke(request: Request, credentials: Credentials, body: RevokeRequest | None = None) -> Response:
        body = body or RevokeRequest()
        caller = optional_session(request, credentials) if credentials is not None else None
        if caller is None and not body.refresh_token:
            raise unauthorized("missing_token", "send an access token or a refresh_token", "Bitte melden Sie sich an.")
        count = service.revoke(caller, refresh_token=body.refresh_token, device_id=body.device_id)
        return _json({"revoked": count})

    @router.get("/me", summary="The calling account and device", response_model=MeOut, responses=_errors(401))
    def me(caller: Annotated[Session, Depends(session)]) -> Response:
        return _json({"account": profile(caller.account), "device_id": caller.device_id})

    @router.post("/push", summary="Push a batch of mutations", response_model=PushOut,
                 description="Applied in one transaction, in order; see docs/sync-protocol.md.",
                 responses=_errors(400, 401, 409, 413, 422),
                 openapi_extra={"requestBody": {"required": True, "content": {"application/json": {
                     "schema": {"$ref": "#/components/schemas/PushRequest"}}}}})
    async def push(request: Request, credentials: Credentials) -> Response:
        if credentials is None:
            raise unauthorized("missing_token", "this endpoint needs 'Authorization: Bearer <access token>'",
                               "Bitte melden Sie sich an.")
        raw = await request.body()

        # One worker thread checks the token, then parses the body (pydantic-core straight from the bytes,
        # models.parse_push_request) and applies the batch, one push at a time: pushes are applied one at a time (one
        # write transaction), and a batch parsed while another is applied would only slow that one down (both need
        # the interpreter), so a device's next batch, sent ahead, waits here instead.
        def work() -> str:
            # before any work on the body, and before the turn: a request with a made-up token never queues for it
            # (checked in the turn, the token of a batch sent ahead would not share the CPU with the push before it,
            # but anyone could fill the queue and the thread pool; session 7 measured no gain worth that)
            caller = service.authenticate(credentials.credentials)
            with push_turn:
                body = parse_push_request(raw)
                if body["protocol"] != PROTOCOL_VERSION:
                    raise ServiceError(400, "unsupported_protocol",
                                       f"protocol {body['protocol']} is not supported (this server speaks "
                                       f"{PROTOCOL_VERSION})", "Bitte die App aktualisieren.")
                if body["device_id"] != caller.device_id:
                    raise ServiceError(400, "device_mismatch",
                                       f"device_id {body['device_id']!r} is not the device the token was issued to",
                                       "Bitte melden Sie sich auf diesem Gerät erneut an.")
                mutations = cast(list[dict[str, Any]], body["mutations"])
                return dumps(service.push(caller, mutations, after=body.get("after")))

        return Response(await run_in_threadpool(work), media_type="application/json")

    @router.get("/pull", summary="Pull a page of changes", response_model=PullOut,
                description="Without a token only public data. No cursor: a snapshot, then incremental changes.",
                responses=_errors(401, 422))
    def pull(request: Request, credentials: Credentials,
             cursor: Annotated[str | None, Query(max_length=512, description="opaque, from the last page")] = None,
             max_bytes: Annotated[int | None, Query(ge=settings.min_pull_bytes, le=settings.max_pull_bytes,
                                                    description="page size bound (JSON before gzip)")] = None,
             ) -> Response:
        caller = optional_session(request, credentials)
        page = service.pull(caller, cursor or None, max_bytes)
        return Response(page.to_json(), media_type="application/json")

    return router
