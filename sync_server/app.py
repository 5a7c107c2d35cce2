"""The FastAPI application factory: ``create_app(settings, store)``. No import-time singletons."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.middleware.gzip import GZipMiddleware
from starlette.responses import HTMLResponse, JSONResponse

from core.protocol import PROTOCOL_VERSION, error_body
from sync_server.api.docs import render_docs
from sync_server.api.middleware import RequestBodyMiddleware
from sync_server.api.models import push_request_schemas
from sync_server.api.routes import build_router
from sync_server.service import ServiceError, SyncService
from sync_server.settings import Settings
from sync_server.storage import SQLiteStorage, Storage

log = logging.getLogger("sync_server")

_HTTP_CODES = {400: "bad_request", 401: "unauthorized", 403: "forbidden", 404: "not_found",
               405: "method_not_allowed", 413: "too_large", 415: "unsupported_media_type"}
_HTTP_MESSAGES = {404: "Diese Adresse gibt es nicht.", 405: "Diese Anfrage ist hier nicht möglich."}


def _location(loc: Any) -> str:
    return ".".join(str(part) for part in loc)


def validation_detail(exc: RequestValidationError) -> str:
    parts = []
    for err in exc.errors()[:20]:
        parts.append(f"{_location(err.get('loc', ()))}: {err.get('msg', 'invalid')}")
    return "; ".join(parts) or "invalid request"


def create_app(settings: Settings, store: Storage | None = None) -> FastAPI:
    """The sync server app. ``store`` defaults to an SQLite file at ``settings.db_path`` (closed on shutdown)."""
    owned = store is None
    storage: Storage = SQLiteStorage(settings.db_path) if store is None else store
    service = SyncService(settings, storage)

    async def collect_periodically() -> None:
        while True:
            await asyncio.sleep(settings.gc_interval_s)
            try:
                report = await run_in_threadpool(service.collect_garbage)
                log.info("garbage collection: %s", report.as_dict())
            except Exception:  # keep serving; the next round tries again
                log.exception("garbage collection failed")

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        task = asyncio.create_task(collect_periodically()) if settings.gc_interval_s > 0 else None
        try:
            yield
        finally:
            if task is not None:
                task.cancel()
            if owned:
                storage.close()

    app = FastAPI(
        title="Ehrenamt 4.0 sync server",
        version=f"protocol {PROTOCOL_VERSION}",
        description="Offline-first sync for Ehrenamt 4.0 (Arnsberg and Menden): push mutations, pull changes. "
                    "JSON over HTTP, gzip both ways. Errors: {\"error\": {\"code\", \"detail\", \"message\"}}.",
        docs_url=None, redoc_url=None, openapi_url="/openapi.json", lifespan=lifespan,
    )
    app.state.service = service
    app.state.settings = settings
    app.include_router(build_router(service, settings))
    generate_openapi = app.openapi

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:  # built once; the push route reads its body itself (see api/routes.py)
            spec = generate_openapi()
            spec.setdefault("components", {}).setdefault("schemas", {}).update(push_request_schemas())
            app.openapi_schema = spec
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]

    @app.get("/docs", include_in_schema=False)
    def docs() -> HTMLResponse:
        return HTMLResponse(render_docs(app.openapi()))

    @app.exception_handler(ServiceError)
    async def service_error(_request: Request, exc: ServiceError) -> JSONResponse:
        return JSONResponse(exc.body(), status_code=exc.status, headers=exc.headers)

    @app.exception_handler(RequestValidationError)
    async def invalid_request(_request: Request, exc: RequestValidationError) -> JSONResponse:
        return JSONResponse(error_body("invalid_request", validation_detail(exc),
                                       "Die Anfrage ist ungültig. Bitte die App aktualisieren."), status_code=422)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(_request: Request, exc: StarletteHTTPException) -> JSONResponse:
        code = _HTTP_CODES.get(exc.status_code, "http_error")
        message = _HTTP_MESSAGES.get(exc.status_code, "Die Anfrage konnte nicht bearbeitet werden.")
        return JSONResponse(error_body(code, str(exc.detail), message), status_code=exc.status_code,
                            headers=getattr(exc, "headers", None))

    @app.exception_handler(Exception)
    async def internal_error(_request: Request, exc: Exception) -> JSONResponse:
        log.exception("unhandled error", exc_info=exc)
        return JSONResponse(error_body("internal_error", "internal server error",
                                       "Auf dem Server ist ein Fehler aufgetreten. Bitte später erneut versuchen."),
                            status_code=500)

    app.add_middleware(RequestBodyMiddleware, max_bytes=settings.max_request_bytes)
    app.add_middleware(GZipMiddleware, minimum_size=settings.gzip_minimum_size, compresslevel=settings.gzip_level)
    return app
