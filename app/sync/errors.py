"""SyncError: every way a sync can fail, with a plain German message for the person and a code for programs."""

from __future__ import annotations

from typing import Any

MESSAGES_DE = {
    "offline": "Server nicht erreichbar – Ihre Änderungen bleiben gespeichert.",
    "server_error": "Der Server hat gerade ein Problem. Ihre Änderungen bleiben gespeichert; "
                    "es wird später erneut versucht.",
    "auth_required": "Bitte melden Sie sich erneut an, damit synchronisiert werden kann. "
                     "Ihre Änderungen bleiben gespeichert.",
    "not_logged_in": "Bitte melden Sie sich an, damit Ihre Änderungen übertragen werden. "
                     "Sie bleiben bis dahin auf diesem Gerät gespeichert.",
    "login_failed": "Benutzername oder Passwort ist falsch.",
    "rate_limited": "Zu viele Anmeldeversuche. Bitte warten Sie einen Moment und versuchen Sie es dann erneut.",
    "forbidden": "Dazu fehlt Ihnen die Berechtigung.",
    "protocol": "Die App passt nicht zu diesem Server. Bitte aktualisieren Sie die App. "
                "Ihre Änderungen bleiben gespeichert.",
    "too_large": "Eine Änderung ist zu groß, um sie zu übertragen. Bitte kürzen Sie den Text oder den Anhang.",
    "account_switch": "Auf diesem Gerät gibt es noch nicht übertragene Änderungen eines anderen Kontos. "
                      "Bitte melden Sie sich zuerst mit diesem Konto an und synchronisieren Sie.",
    "local": "Die Daten auf diesem Gerät konnten nicht gespeichert werden. Ihre bisherigen Änderungen bleiben "
             "erhalten; bitte versuchen Sie es erneut.",
    "no_server": "Es ist noch kein Server eingerichtet. Bitte melden Sie sich zuerst an.",
}

# failures that go away by waiting (the worker retries them with backoff); the others need the person
RETRYABLE = frozenset({"offline", "server_error", "local", "rate_limited"})


class SyncError(Exception):
    def __init__(self, code: str, message_de: str | None = None, *, detail: str = "", status: int | None = None,
                 retry_after: float | None = None) -> None:
        self.code = code
        self.message_de = message_de or MESSAGES_DE.get(code, MESSAGES_DE["server_error"])
        self.detail = detail
        self.status = status
        self.retry_after = retry_after
        super().__init__(f"{code}: {detail or self.message_de}")

    @property
    def retryable(self) -> bool:
        return self.code in RETRYABLE

    def as_dict(self) -> dict[str, Any]:
        return {"code": self.code, "message": self.message_de, "detail": self.detail, "status": self.status}
