"""Interest in offers ("Interesse melden"): reporting it, and the two inboxes of "Meine Angebote".

- Received: interest other people reported for my offers; I answer each (status angenommen / abgelehnt /
  beantwortet + an answer text). The answer is an ordinary edit: it syncs to the sender.
- Sent: interest I reported, with the owner's status and answer as soon as it synced back; I may withdraw it.

"When" comes from the field versions (hybrid logical clock): the message's version is when it was written, the
status version when it was answered, so it is right for records from any device or the server.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from app.store import NotFound, PermissionDenied, ValidationFailed
from app.viewmodels.offers import OfferSession, SessionReloading, replica_of
from core.hlc import Timestamp

ANSWER_STATUSES: tuple[str, ...] = ("angenommen", "beantwortet", "abgelehnt")


def version_ms(replica: Any, entity: str, record_id: str, field_name: str) -> int | None:
    """Wall time (ms) of the last write of one field, from its hybrid-logical-clock version."""
    versions = replica.versions(entity, record_id) or {}
    ts = versions.get(field_name)
    if not isinstance(ts, str):
        return None
    try:
        return Timestamp.decode(ts).wall_ms
    except ValueError:
        return None


def display_name(replica: Any, username: str | None) -> str:
    """The name to show for a username: the signed-in person's display name, a synced profile record (people
    only receive their own profile), else the username itself."""
    if not username:
        return ""
    session = replica.session if replica is not None else None
    if session and session.get("username") == username:
        return session.get("display_name") or username
    if replica is not None:
        for account in replica.all_records("account"):
            if account.get("username") == username:
                return account.get("display_name") or username
    return username


@dataclass(frozen=True)
class InterestRow:
    id: str
    offer_id: str
    offer_title: str
    from_user: str
    from_name: str
    message: str
    status: str
    answer: str
    sent_ms: int | None
    answered_ms: int | None

    @property
    def is_new(self) -> bool:
        return self.status == "neu"


def interest_row(replica: Any, record: dict[str, Any]) -> InterestRow:
    status = record.get("status") or "neu"
    return InterestRow(
        id=record["id"],
        offer_id=record.get("offer") or "",
        offer_title=record.get("offer_title") or "",
        from_user=record.get("from_user") or "",
        from_name=display_name(replica, record.get("from_user")),
        message=record.get("message") or "",
        status=status,
        answer=record.get("answer") or "",
        sent_ms=version_ms(replica, "interest", record["id"], "message"),
        answered_ms=None if status == "neu" else version_ms(replica, "interest", record["id"], "status"),
    )


def _newest_first(rows: list[InterestRow]) -> list[InterestRow]:
    return sorted(rows, key=lambda r: r.sent_ms or 0, reverse=True)


def problems_text(exc: ValidationFailed, field_name: str | None = None) -> str:
    """The German messages of a failed validation (of one field, when given)."""
    chosen = [p for p in exc.problems if field_name is None or p.field == field_name] or exc.problems
    return " ".join(p.message for p in chosen)


@dataclass
class AnswerDraft:
    status: str
    text: str
    error: str | None = None


class InterestsViewModel(SessionReloading):
    """Received and sent interest of the signed-in person."""

    def __init__(self, session: OfferSession) -> None:
        super().__init__()
        self.session = session
        self.received: list[InterestRow] = []
        self.sent: list[InterestRow] = []
        self.drafts: dict[str, AnswerDraft] = {}
        self.errors: dict[str, str] = {}  # interest id -> German message (withdraw)
        self.loaded = False
        self.answering: str | None = None  # the interest whose answer dialog is open
        self.confirming: str | None = None  # the sent interest whose withdrawal waits for "Ja"

    @property
    def new_count(self) -> int:
        return sum(1 for i in self.received if i.is_new)

    def reload(self, force: bool = False) -> None:
        replica = replica_of(self.session)
        if replica is None or replica.username is None:
            received, sent = [], []
        else:
            # newest first by when the message was written (ids of imported/demo records carry no time)
            received = _newest_first([interest_row(replica, r) for r in replica.interests_for_my_offers()])
            sent = _newest_first([interest_row(replica, r) for r in replica.interests_sent()])
        changed = received != self.received or sent != self.sent or not self.loaded
        self.received, self.sent, self.loaded = received, sent, True
        if changed or force:
            self.notify()

    # -- answering (the offer's owner)
    @property
    def answering_row(self) -> InterestRow | None:
        return next((i for i in self.received if i.id == self.answering), None)

    def open_answer(self, interest_id: str) -> None:
        """Open the answer dialog for one interest (its draft starts from the last answer)."""
        self.draft(interest_id)
        self.answering = interest_id
        self.notify()

    def close_answer(self) -> None:
        """Cancel: the dialog closes; the draft is kept for the next time."""
        self.answering = None
        self.notify()

    def draft(self, interest_id: str) -> AnswerDraft:
        """The answer being written for one interest (starts from what was answered before)."""
        if interest_id not in self.drafts:
            row = next((i for i in self.received if i.id == interest_id), None)
            status = row.status if row and row.status in ANSWER_STATUSES else "angenommen"
            self.drafts[interest_id] = AnswerDraft(status, row.answer if row else "")
        return self.drafts[interest_id]

    def set_answer_status(self, interest_id: str, status: str) -> None:
        if status not in ANSWER_STATUSES:
            raise ValueError(f"answer status must be one of {ANSWER_STATUSES}, got {status!r}")
        d = self.draft(interest_id)
        d.status, d.error = status, None
        self.notify()

    def set_answer_text(self, interest_id: str, text: str) -> None:
        d = self.draft(interest_id)
        had_error = d.error is not None
        d.text, d.error = text or "", None
        if had_error:
            self.notify()

    def answer(self, interest_id: str) -> bool:
        """Save the draft answer (status + text) as an edit that syncs to the sender. False (with a German
        error on the draft) when it could not be saved; the draft is kept."""
        d = self.draft(interest_id)
        replica = replica_of(self.session)
        if replica is None:
            d.error = "Bitte melden Sie sich an."
            self.notify()
            return False
        try:
            replica.update("interest", interest_id, {"status": d.status, "answer": d.text.strip() or None})
        except ValidationFailed as exc:
            d.error = problems_text(exc)
        except (PermissionDenied, NotFound) as exc:
            d.error = exc.message
        else:
            d.error = None
            del self.drafts[interest_id]
            if self.answering == interest_id:
                self.answering = None
            self.session.edited()
            self.reload(force=True)
            return True
        self.notify()
        return False

    # -- the sender
    def ask_withdraw(self, interest_id: str) -> None:
        """First step of taking back an interest: the card asks "Wirklich zurückziehen?"."""
        self.confirming = interest_id
        self.notify()

    def cancel_withdraw(self) -> None:
        self.confirming = None
        self.notify()

    def withdraw(self, interest_id: str) -> bool:
        """Take back one's own interest (a tombstone, synced)."""
        replica = replica_of(self.session)
        try:
            replica.delete("interest", interest_id)
        except (PermissionDenied, NotFound) as exc:
            self.errors[interest_id] = exc.message
            self.notify()
            return False
        self.errors.pop(interest_id, None)
        self.confirming = None
        self.session.edited()
        self.reload(force=True)
        return True
