"""The plain shapes the demo content is written in; the builders turn them into schema records."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Org:
    key: str
    name: str
    kind: str
    municipality: str
    categories: tuple[str, ...]
    description: str
    address: str
    contact_name: str
    meeting_times: str
    email: str = ""
    phone: str = ""
    website: str = ""
    accessibility: tuple[str, ...] = ()
    wants_coaching: bool = False
    admins: tuple[str, ...] = ()


@dataclass(frozen=True)
class Offer:
    key: str
    area: str  # ehrenamt | wissen
    direction: str  # biete | suche
    title: str
    description: str
    categories: tuple[str, ...]
    municipality: str
    place: str
    owner: str
    commitment: str = "regelmaessig"
    hours: int | None = None  # per week when regular, in total when one-off
    availability: str = ""
    online: bool = False
    org: str | None = None  # organisation key
    status: str = "active"
    valid_days: int | None = None  # valid_until = today + valid_days (negative: already expired)


@dataclass(frozen=True)
class Appt:
    key: str
    title: str
    description: str
    kind: str  # meeting | coaching | training | home_visit
    organiser: str
    offset: int  # days from today; with ``weekday``: the first such weekday at least this many days away
    start: tuple[int, int]  # Europe/Berlin wall-clock time (hour, minute)
    end: tuple[int, int] | None = None
    weekday: int | None = None  # Monday = 0
    place: str = ""
    jitsi: str = ""  # room name part of https://meet.jit.si/Ehrenamt-…; empty = no online room
    organisation: str | None = None  # organisation key
    offer: str | None = None  # offer key
    contact: str | None = None  # care contact key
    invitees: tuple[str, ...] = ()
    answers: tuple[tuple[str, str, str], ...] = ()  # (username, rsvp status, comment)
    public: bool = False
    status: str = "planned"
    reminder: int | None = None  # minutes before the start
    all_day: bool = False
    guests_can_edit: bool = True


@dataclass(frozen=True)
class Visit:
    days_ago: int
    duration: int  # minutes
    topics: tuple[str, ...]
    notes: str
    next_steps: str = ""
    next_in: int | None = None  # next visit, in days from today (negative: already past)


@dataclass(frozen=True)
class Task:
    key: str
    due_in: int  # days from today (negative: overdue or done in the past)
    text: str
    done: bool = False


@dataclass(frozen=True)
class Contact:
    key: str
    name: str
    municipality: str
    address: str
    phone: str
    contact_person: str
    consent_scope: tuple[str, ...]
    consent_days_ago: int
    care_grade: int | None
    needs: str
    referrals: str
    visits: tuple[Visit, ...]
    tasks: tuple[Task, ...] = ()


@dataclass(frozen=True)
class Guide:
    key: str
    title: str
    summary: str
    categories: tuple[str, ...]
    author: str
    body: str  # Markdown
