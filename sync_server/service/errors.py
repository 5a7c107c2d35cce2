"""The one error type of the service: a protocol error code with an HTTP status, English detail, German message."""

from __future__ import annotations

from typing import Any

from core.protocol import error_body


class ServiceError(Exception):
    def __init__(self, status: int, code: str, detail: str, message: str,
                 headers: dict[str, str] | None = None) -> None:
        super().__init__(detail)
        self.status = status
        self.code = code
        self.detail = detail
        self.message = message
        self.headers = headers or {}

    def body(self) -> dict[str, Any]:
        return error_body(self.code, self.detail, self.message)


RELOGIN_DE = "Bitte melden Sie sich erneut an."


def unauthorized(code: str, detail: str, message: str = RELOGIN_DE) -> ServiceError:
    return ServiceError(401, code, detail, message, {"WWW-Authenticate": "Bearer"})
