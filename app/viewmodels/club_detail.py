"""A club's profile (/vereine/<id>): who they are, accessibility facts, how to reach them, their active offers and
public appointments, and the person's own coaching requests for this club."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from app.viewmodels.appointments import UTC_FORMAT, AgendaEntry, agenda_entry, now_utc, parse_utc
from app.viewmodels.clubs import (
    ACCESSIBILITY_ICONS,
    SessionBoundViewModel,
    SessionLike,
    ordered_accessibility,
)
from core import reference as ref

OFFERS_SHOWN = 20
APPOINTMENTS_SHOWN = 20


@dataclass(frozen=True)
class ContactLink:
    kind: str  # phone | email | website
    label: str  # what is shown: the number, the address, the site
    url: str  # tel:, mailto:, https:


def tel_url(phone: str) -> str:
    """"0152 28817410" -> "tel:015228817410" (digits and a leading + only)."""
    digits = re.sub(r"[^0-9+]", "", phone)
    return "tel:" + (digits[:1] + digits[1:].replace("+", ""))


def contact_links(club: dict[str, Any]) -> list[ContactLink]:
    links = []
    if club.get("phone"):
        links.append(ContactLink("phone", club["phone"], tel_url(club["phone"])))
    if club.get("email"):
        links.append(ContactLink("email", club["email"], "mailto:" + club["email"]))
    if club.get("website"):
        links.append(ContactLink("website", club["website"], club["website"]))
    return links


@dataclass(frozen=True)
class _ClubState:
    club: dict[str, Any] | None = None
    offers: tuple[tuple[str, str, str], ...] = ()  # (id, title, direction)
    appointments: tuple[AgendaEntry, ...] = ()
    my_requests: tuple[AgendaEntry, ...] = ()


class ClubDetailViewModel(SessionBoundViewModel):
    def __init__(self, session: SessionLike, club_id: str, now: Callable[[], datetime] = now_utc) -> None:
        super().__init__(session)
        self.club_id = club_id
        self._now = now
        self.club: dict[str, Any] | None = None
        self.offers: tuple[tuple[str, str, str], ...] = ()
        self.appointments: tuple[AgendaEntry, ...] = ()
        self.my_requests: tuple[AgendaEntry, ...] = ()

    def load(self, replica: Any) -> _ClubState:
        club = replica.get("organisation", self.club_id)
        if club is None:
            return _ClubState()
        offers = tuple((o["id"], o.get("title") or "", o.get("direction") or "")
                       for o in replica.offers(organisation=self.club_id, status="active", order="title",
                                               limit=OFFERS_SHOWN))
        now = parse_utc(self._now()) or now_utc()
        upcoming = replica.upcoming_appointments(now=now.strftime(UTC_FORMAT), limit=None)
        mine = self.username
        public, requests = [], []
        for record in upcoming:
            if record.get("organisation") != self.club_id:
                continue
            if record.get("public") and record.get("status") != "requested":
                public.append(agenda_entry(record, now))
            elif mine and record.get("kind") == "coaching" and record.get("organiser") == mine:
                requests.append(agenda_entry(record, now))
        return _ClubState(club, offers, tuple(public[:APPOINTMENTS_SHOWN]), tuple(requests))

    def empty_state(self) -> _ClubState:
        return _ClubState()

    def apply(self, state: _ClubState) -> None:
        self.club, self.offers = state.club, state.offers
        self.appointments, self.my_requests = state.appointments, state.my_requests

    # -- facts for the view
    @property
    def found(self) -> bool:
        return self.club is not None

    @property
    def name(self) -> str:
        return (self.club or {}).get("name") or ""

    @property
    def kind_label(self) -> str:
        kind = (self.club or {}).get("kind") or ""
        return ref.ORGANISATION_KINDS.get(kind, kind)

    @property
    def town_label(self) -> str:
        town = (self.club or {}).get("municipality") or ""
        return ref.MUNICIPALITIES.get(town, town)

    @property
    def accessibility(self) -> tuple[tuple[str, str], ...]:
        """(fact, Material icon name) in display order."""
        facts = ordered_accessibility((self.club or {}).get("accessibility"))
        return tuple((f, ACCESSIBILITY_ICONS.get(f, "CHECK_CIRCLE_OUTLINE")) for f in facts)

    @property
    def category_labels(self) -> tuple[str, ...]:
        return tuple(ref.CATEGORIES.get(c, c) for c in (self.club or {}).get("categories") or ())

    @property
    def contact_links(self) -> list[ContactLink]:
        return contact_links(self.club or {})

    @property
    def is_admin(self) -> bool:
        admins = (self.club or {}).get("admins") or []
        return self.username is not None and self.username in admins

    @property
    def may_request_coaching(self) -> bool:
        """Club admins of this club, or anyone signed in on behalf of their club."""
        return self.found and not self.session.is_visitor
