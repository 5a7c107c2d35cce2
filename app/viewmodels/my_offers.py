"""Meine Angebote: the signed-in person's offers and requests in every status (most recently changed first), with
status changes and the count of new interest per offer. The interest inboxes (received / sent) are app.viewmodels.interests."""

from __future__ import annotations

from app.store import NotFound, PermissionDenied, ValidationFailed
from app.viewmodels.interests import problems_text
from app.viewmodels.offers import OfferSession, OfferSummary, SessionReloading, replica_of
from core import reference as ref
from core.merge import record_ts

STATUS_ORDER = tuple(ref.OFFER_STATUS)  # draft, active, matched, archived


class MyOffersViewModel(SessionReloading):
    def __init__(self, session: OfferSession) -> None:
        super().__init__()
        self.session = session
        self.items: list[OfferSummary] = []
        self.new_interest: dict[str, int] = {}  # offer id -> interest with status "neu"
        self.errors: dict[str, str] = {}  # offer id -> German message of a failed status change
        self.loaded = False

    @property
    def signed_in(self) -> bool:
        replica = replica_of(self.session)
        return replica is not None and replica.username is not None

    def count(self, status: str) -> int:
        return sum(1 for i in self.items if i.status == status)

    def reload(self, force: bool = False) -> None:
        replica = replica_of(self.session)
        if replica is None or replica.username is None:
            items: list[OfferSummary] = []
            new: dict[str, int] = {}
        else:
            records = replica.offers(mine=True, limit=None, order="title")
            # most recently changed first (ids of imported/demo records say nothing about time; versions do)
            changed = {r["id"]: record_ts(replica.versions("offer", r["id"]) or {}) for r in records}
            records.sort(key=lambda r: changed[r["id"]], reverse=True)
            items = [OfferSummary.of(r) for r in records]
            new = {}
            for interest in replica.interests_for_my_offers(status="neu"):
                new[interest["offer"]] = new.get(interest["offer"], 0) + 1
        changed = items != self.items or new != self.new_interest or not self.loaded
        self.items, self.new_interest, self.loaded = items, new, True
        if changed or force:
            self.notify()

    def set_status(self, offer_id: str, status: str) -> bool:
        if status not in ref.OFFER_STATUS:
            raise ValueError(f"status must be one of {list(ref.OFFER_STATUS)}, got {status!r}")
        replica = replica_of(self.session)
        try:
            changed = replica.update("offer", offer_id, {"status": status})
        except ValidationFailed as exc:
            self.errors[offer_id] = problems_text(exc, "status")
        except (PermissionDenied, NotFound) as exc:
            self.errors[offer_id] = exc.message
        else:
            self.errors.pop(offer_id, None)
            if changed:
                self.session.edited()
            self.reload(force=True)
            return True
        self.notify()
        return False
