"""One offer or request: every field, who may do what with it, status changes and "Interesse melden".

Who sees what:
- the owner (or whoever may edit it: organisation admins, the town's coordinators): "Bearbeiten" and the status
  (Entwurf / Aktiv / Vermittelt / Archiviert), plus how much interest arrived;
- other signed-in people: "Interesse melden" (a message to the owner) while the offer is active, or the state of
  the interest they already reported;
- visitors: a hint to sign in.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from app.store import NotFound, PermissionDenied, ValidationFailed
from app.viewmodels.interests import InterestRow, display_name, interest_row, problems_text, version_ms
from app.viewmodels.offers import OfferSession, SessionReloading, labels_order, replica_of
from core import reference as ref
from core.access import check_write

# What the person may do about interest in this offer
VISITOR = "visitor"  # not signed in
OWNER = "owner"  # it is their own offer
CAN_REPORT = "can_report"  # signed in, offer active, nothing reported yet
REPORTED = "reported"  # already reported (see .my_interest)
CLOSED = "closed"  # offer not active (draft, matched, archived) or expired


@dataclass(frozen=True)
class Organisation:
    id: str
    name: str


class OfferDetailViewModel(SessionReloading):
    def __init__(self, session: OfferSession, offer_id: str) -> None:
        super().__init__()
        self.session = session
        self.offer_id = offer_id
        self.offer: dict[str, Any] | None = None
        self.loaded = False
        self.organisation: Organisation | None = None
        self.owner_name = ""
        self.may_edit = False
        self.interest_state = VISITOR
        self.my_interest: InterestRow | None = None
        self.received_count = 0
        self.received_new = 0
        self.changed_ms: int | None = None
        self.synced = False  # the session has completed a sync (else a missing offer may just not be here yet)
        # the "Interesse melden" dialog
        self.dialog_open = False
        self.message = ""
        self.message_error: str | None = None
        self.reported = False  # just reported (for a confirmation)
        # status changes
        self.status_error: str | None = None

    @property
    def found(self) -> bool:
        return self.offer is not None

    @property
    def categories(self) -> list[str]:
        return labels_order((self.offer or {}).get("categories") or [])

    @property
    def expired(self) -> bool:
        until = (self.offer or {}).get("valid_until")
        replica = replica_of(self.session)
        return bool(until and replica is not None and until < replica.today_iso())

    def reload(self, force: bool = False) -> None:
        before = self._snapshot()
        replica = replica_of(self.session)
        offer = replica.get("offer", self.offer_id) if replica is not None else None
        self.offer, self.loaded = offer, True
        status = getattr(self.session, "status", None)
        self.synced = replica is not None and getattr(status, "last_success", None) is not None
        self.organisation = None
        self.owner_name = ""
        self.may_edit = False
        self.my_interest = None
        self.received_count = self.received_new = 0
        self.changed_ms = None
        if offer is not None:
            org_id = offer.get("organisation")
            if org_id:
                org = replica.get("organisation", org_id)
                self.organisation = Organisation(org_id, (org.get("name") or "") if org else "")
            self.owner_name = display_name(replica, offer.get("owner"))
            self.changed_ms = version_ms(replica, "offer", self.offer_id, "title")
            actor = replica.actor
            if actor is not None:
                lookup = lambda e, i: replica.get(e, i, include_deleted=True)  # noqa: E731
                self.may_edit = check_write(actor, "offer", offer, {"status": "archived"}, lookup) is None
            username = replica.username
            if username is None:
                self.interest_state = VISITOR
            elif offer.get("owner") == username:
                self.interest_state = OWNER
                received = [i for i in replica.interests_for_my_offers() if i.get("offer") == self.offer_id]
                self.received_count = len(received)
                self.received_new = sum(1 for i in received if (i.get("status") or "neu") == "neu")
            else:
                mine = [i for i in replica.interests_sent() if i.get("offer") == self.offer_id]
                if mine:
                    self.my_interest = interest_row(replica, mine[0])
                    self.interest_state = REPORTED
                elif offer.get("status") == "active" and not self.expired:
                    self.interest_state = CAN_REPORT
                else:
                    self.interest_state = CLOSED
        if force or self._snapshot() != before:
            self.notify()

    def _snapshot(self) -> tuple[Any, ...]:
        return (self.offer, self.organisation, self.owner_name, self.may_edit, self.interest_state,
                self.my_interest, self.received_count, self.received_new, self.loaded, self.synced)

    # -- status (owner / editors)
    def status_choices(self) -> tuple[str, ...]:
        return tuple(ref.OFFER_STATUS)

    def set_status(self, status: str) -> bool:
        if status not in ref.OFFER_STATUS:
            raise ValueError(f"status must be one of {list(ref.OFFER_STATUS)}, got {status!r}")
        replica = replica_of(self.session)
        if self.offer is None or replica is None or status == self.offer.get("status"):
            return False
        try:
            replica.update("offer", self.offer_id, {"status": status})
        except ValidationFailed as exc:
            self.status_error = problems_text(exc, "status")
        except (PermissionDenied, NotFound) as exc:
            self.status_error = exc.message
        else:
            self.status_error = None
            self.session.edited()
            self.reload(force=True)
            return True
        self.notify()
        return False

    # -- "Interesse melden"
    def open_dialog(self) -> None:
        if self.interest_state != CAN_REPORT:
            return
        self.dialog_open, self.message_error = True, None
        self.notify()

    def close_dialog(self) -> None:
        """Cancel: the dialog closes, the typed message is kept for the next try."""
        self.dialog_open, self.message_error = False, None
        self.notify()

    def set_message(self, text: str) -> None:
        had_error = self.message_error is not None
        self.message, self.message_error = text or "", None
        if had_error:
            self.notify()

    def report_interest(self) -> bool:
        """Create the interest record (it syncs to the owner). False with a German message when it cannot be saved;
        the message is never lost."""
        replica = replica_of(self.session)
        if replica is None or replica.username is None:
            self.message_error = "Bitte melden Sie sich an, um Interesse zu melden."
            self.notify()
            return False
        try:
            replica.create("interest", {"offer": self.offer_id, "message": self.message.strip()})
        except ValidationFailed as exc:
            self.message_error = problems_text(exc, "message")
        except (PermissionDenied, NotFound) as exc:
            self.message_error = exc.message
        else:
            self.message, self.message_error = "", None
            self.dialog_open, self.reported = False, True
            self.session.edited()
            self.reload(force=True)
            return True
        self.notify()
        return False
