"""Appointments (/termine): Europe/Berlin time, the agenda grouped by day, one appointment with RSVP and iCal.

Times are stored as UTC (``2026-11-30T17:00:00Z``) and shown as Europe/Berlin wall-clock times. All-day
appointments are stored as the day at ``T00:00:00Z`` (the date part is the local day; never converted). zoneinfo
needs the tz database, which Pyodide may lack: then the EU summer-time rule is used (same results for Berlin).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, tzinfo
from functools import lru_cache
from typing import Any

from app.services.ical import appointments_to_ics
from app.store import NotFound, PermissionDenied, StoreError, ValidationFailed
from app.viewmodels.clubs import SessionBoundViewModel, SessionLike
from core import reference as ref
from core.ids import stable_id
from core.meeting import room_slug
from core.schema import DELETED

UTC_FORMAT = "%Y-%m-%dT%H:%M:%SZ"
AGENDA_PAGE = 100
PAST_LIMIT = 50
RSVP_ANSWERS: tuple[str, ...] = ("zugesagt", "abgesagt", "vielleicht")
Translate = Callable[..., str]


# ---------------------------------------------------------------------------------------------- Europe/Berlin time
@lru_cache(maxsize=1)
def berlin_zone() -> tzinfo | None:
    """Europe/Berlin from the tz database, or None where it is missing (e.g. Pyodide without tzdata)."""
    try:
        from zoneinfo import ZoneInfo

        return ZoneInfo("Europe/Berlin")
    except (ImportError, KeyError, OSError, ValueError):  # ZoneInfoNotFoundError is a KeyError
        return None


def _last_sunday(year: int, month: int) -> date:
    last = (date(year + 1, 1, 1) if month == 12 else date(year, month + 1, 1)) - timedelta(days=1)
    return last - timedelta(days=(last.weekday() - 6) % 7)


def _summer_time_utc(year: int) -> tuple[datetime, datetime]:
    """EU rule: summer time from the last Sunday of March 01:00 UTC to the last Sunday of October 01:00 UTC."""
    begin = datetime.combine(_last_sunday(year, 3), datetime.min.time()) + timedelta(hours=1)
    end = datetime.combine(_last_sunday(year, 10), datetime.min.time()) + timedelta(hours=1)
    return begin, end


def parse_utc(value: str | datetime | None) -> datetime | None:
    """A stored UTC datetime as an aware datetime; None for None or a value that is not one."""
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.astimezone(UTC) if value.tzinfo else value.replace(tzinfo=UTC)
    try:
        parsed = datetime.fromisoformat(str(value).replace("Z", "+00:00"))
    except ValueError:
        return None
    return parsed.astimezone(UTC) if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def to_berlin(value: str | datetime, *, use_zoneinfo: bool = True) -> datetime:
    """A UTC instant as Europe/Berlin wall-clock time (naive datetime)."""
    utc = parse_utc(value)
    if utc is None:
        raise ValueError(f"not a UTC datetime: {value!r}")
    zone = berlin_zone() if use_zoneinfo else None
    if zone is not None:
        return utc.astimezone(zone).replace(tzinfo=None)
    naive = utc.replace(tzinfo=None)
    begin, end = _summer_time_utc(naive.year)
    return naive + (timedelta(hours=2) if begin <= naive < end else timedelta(hours=1))


def from_berlin(local: datetime, *, use_zoneinfo: bool = True) -> str:
    """A Europe/Berlin wall-clock time (naive) as the stored UTC string. A time that does not exist (the hour
    skipped in spring) counts as winter time, an ambiguous one (autumn) as summer time — like zoneinfo, fold=0."""
    local = local.replace(tzinfo=None, second=0, microsecond=0, fold=0)
    zone = berlin_zone() if use_zoneinfo else None
    if zone is not None:
        utc = local.replace(tzinfo=zone).astimezone(UTC).replace(tzinfo=None)
    else:
        begin, end = _summer_time_utc(local.year)
        summer = local - timedelta(hours=2)
        utc = summer if begin <= summer < end else local - timedelta(hours=1)
    return utc.strftime(UTC_FORMAT)


def all_day_value(day: date) -> str:
    return f"{day.isoformat()}T00:00:00Z"


def now_utc() -> datetime:
    return datetime.now(UTC)


def berlin_today(now: datetime | None = None) -> date:
    """Today's date in Arnsberg and Menden."""
    return to_berlin(now or now_utc()).date()


# ---------------------------------------------------------------------------------------------- agenda
@dataclass(frozen=True)
class AgendaEntry:
    id: str
    title: str
    kind: str
    status: str
    all_day: bool
    day: date  # local day the appointment starts on
    start: datetime | None  # local wall-clock start (None for all-day)
    end: datetime | None  # local wall-clock end
    last_day: date  # local day it ends on (= day for one-day appointments)
    place: str
    online_url: str
    organiser: str
    public: bool
    my_rsvp: str | None
    running: bool  # started, not over yet
    over: bool
    coaching_request: bool = False  # a club's coaching request (status requested)

    @property
    def kind_label(self) -> str:
        return ref.APPOINTMENT_KINDS.get(self.kind, self.kind)

    @property
    def cancelled(self) -> bool:
        return self.status == "cancelled"


def agenda_entry(record: dict[str, Any], now: datetime) -> AgendaEntry:
    """Where an appointment sits in the agenda, measured at ``now`` (aware UTC)."""
    now = parse_utc(now) or now_utc()
    all_day = bool(record.get("all_day"))
    start_utc = parse_utc(record.get("start"))
    end_utc = parse_utc(record.get("end"))
    if all_day:
        day = date.fromisoformat(str(record.get("start"))[:10])
        last_day = date.fromisoformat(str(record["end"])[:10]) if end_utc is not None else day
        last_day = max(last_day, day)
        today = to_berlin(now).date()
        start = end = None
        over, running = last_day < today, day <= today <= last_day
    else:
        if start_utc is None:
            raise ValueError(f"appointment {record.get('id')} has no valid start")
        start = to_berlin(start_utc)
        end = to_berlin(end_utc) if end_utc is not None and end_utc >= start_utc else None
        day = start.date()
        last_day = (end - timedelta(microseconds=1)).date() if end is not None and end > start else day
        last_day = max(last_day, day)
        finish = end_utc if end is not None and end_utc is not None else start_utc
        over = finish < now if end is not None else start_utc < now
        running = start_utc <= now and not over
    return AgendaEntry(
        id=record["id"], title=record.get("title") or "", kind=record.get("kind") or "meeting",
        status=record.get("status") or "planned", all_day=all_day, day=day, start=start, end=end,
        last_day=last_day, place=record.get("place") or "", online_url=record.get("online_url") or "",
        organiser=record.get("organiser") or "", public=bool(record.get("public")), my_rsvp=record.get("my_rsvp"),
        running=running, over=over,
        coaching_request=record.get("kind") == "coaching" and record.get("status") == "requested",
    )


@dataclass(frozen=True)
class AgendaDay:
    day: date
    entries: tuple[AgendaEntry, ...]


def _entry_order(e: AgendaEntry) -> tuple[Any, ...]:
    return (e.day, not e.all_day, e.start or datetime.min, e.title.casefold(), e.id)


def group_by_day(entries: Iterable[AgendaEntry], *, newest_first: bool = False) -> list[AgendaDay]:
    """Entries grouped by their local start day; all-day ones first within a day, then by start time."""
    ordered = sorted(entries, key=_entry_order)
    days: dict[date, list[AgendaEntry]] = {}
    for e in ordered:
        days.setdefault(e.day, []).append(e)
    keys = sorted(days, reverse=newest_first)
    return [AgendaDay(d, tuple(days[d])) for d in keys]


def day_heading(day: date, today: date, t: Translate) -> str:
    """"Heute", "Morgen", "Gestern", else "Montag, 30. November" (with the year when it is not this year's)."""
    delta = (day - today).days
    if delta == 0:
        return t("termine.today")
    if delta == 1:
        return t("termine.tomorrow")
    if delta == -1:
        return t("termine.yesterday")
    return long_date(day, t, with_year=day.year != today.year)


def long_date(day: date, t: Translate, *, with_year: bool = True) -> str:
    """"Montag, 30. November 2026"."""
    weekday = t(f"termine.weekday.{day.weekday()}")
    month = t(f"termine.month.{day.month}")
    key = "termine.date_long_year" if with_year else "termine.date_long"
    return t(key, weekday=weekday, day=day.day, month=month, year=day.year)


def time_range(entry: AgendaEntry, t: Translate) -> str:
    """"18:00–19:00 Uhr", "ab 18:00 Uhr", "Ganztägig" (with "bis 2.12." for several days)."""
    if entry.all_day:
        if entry.last_day != entry.day:
            return t("termine.all_day_until", until=short_date(entry.last_day))
        return t("termine.all_day")
    assert entry.start is not None
    start = entry.start.strftime("%H:%M")
    if entry.end is None:
        return t("termine.time_from", start=start)
    end = entry.end.strftime("%H:%M")
    if entry.last_day != entry.day:
        return t("termine.time_range_days", start=start, end=end, until=short_date(entry.last_day))
    return t("termine.time_range", start=start, end=end)


def short_date(day: date) -> str:
    return f"{day.day}.{day.month}.{day.year}"


@dataclass(frozen=True)
class _AgendaState:
    upcoming: tuple[AgendaDay, ...] = ()
    past: tuple[AgendaDay, ...] = ()
    upcoming_count: int = 0
    has_more: bool = False
    past_count: int = 0
    today: date | None = None
    reminders: tuple[AgendaEntry, ...] = ()


class AgendaViewModel(SessionBoundViewModel):
    """The agenda: upcoming appointments (organised, invited to, public; for coordinators also the coaching requests
    of their town) grouped by day, soonest first; past ones on request (newest first, the last PAST_LIMIT)."""

    def __init__(self, session: SessionLike, now: Callable[[], datetime] = now_utc,
                 page_size: int = AGENDA_PAGE) -> None:
        super().__init__(session)
        self._now = now
        self.page_size = page_size
        self.limit = page_size
        self.show_past = False
        self.upcoming: tuple[AgendaDay, ...] = ()
        self.past: tuple[AgendaDay, ...] = ()
        self.upcoming_count = 0
        self.has_more = False
        self.past_count = 0
        self.today: date = to_berlin(self._now()).date()
        self.reminders: tuple[AgendaEntry, ...] = ()

    def load(self, replica: Any) -> _AgendaState:
        now = parse_utc(self._now()) or now_utc()
        now_iso = now.strftime(UTC_FORMAT)
        records = replica.upcoming_appointments(now=now_iso, limit=self.limit + 1)
        has_more = len(records) > self.limit
        records = records[: self.limit]
        seen = {r["id"] for r in records}
        actor = self.session.actor
        extra: list[dict[str, Any]] = []
        past_records: list[dict[str, Any]] = []
        needs_scan = self.show_past or (actor is not None and actor.has("coordinator"))
        if needs_scan:
            towns = _club_towns(replica)
            for r in replica.all_records("appointment"):
                if r["id"] in seen:
                    continue
                try:
                    entry = agenda_entry(r, now)
                except ValueError:
                    continue
                if entry.over:
                    if self.show_past and _mine_or_public(r, actor, towns):
                        past_records.append(r)
                elif actor is not None and entry.coaching_request and actor.coordinates(
                        towns.get(r.get("organisation") or "")):
                    extra.append(r)
        entries = []
        for r in [*records, *extra]:
            try:
                entries.append(agenda_entry(r, now))
            except ValueError:
                continue
        entries = [e for e in entries if not e.over]
        past_entries = sorted((agenda_entry(r, now) for r in past_records), key=_entry_order,
                              reverse=True)[:PAST_LIMIT]
        by_id = records_by_id([*records, *extra])
        reminders = tuple(e for e in entries if _reminder_due(e, by_id.get(e.id), now))
        return _AgendaState(
            upcoming=tuple(group_by_day(entries)),
            past=tuple(group_by_day(past_entries, newest_first=True)),
            upcoming_count=len(entries), has_more=has_more, past_count=len(past_entries),
            today=to_berlin(now).date(), reminders=reminders,
        )

    def empty_state(self) -> _AgendaState:
        return _AgendaState(today=to_berlin(self._now()).date())

    def apply(self, state: _AgendaState) -> None:
        self.upcoming, self.past = state.upcoming, state.past
        self.upcoming_count, self.has_more, self.past_count = state.upcoming_count, state.has_more, state.past_count
        self.today = state.today or self.today
        self.reminders = state.reminders

    def toggle_past(self) -> None:
        self.show_past = not self.show_past
        self.refresh(force=True)

    def load_more(self) -> None:
        if self.has_more:
            self.limit += self.page_size
            self.refresh()

    @property
    def may_create(self) -> bool:
        return not self.session.is_visitor


def records_by_id(records: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    return {r["id"]: r for r in records}


def _club_towns(replica: Any) -> dict[str, str]:
    return {o["id"]: o.get("municipality") or "" for o in replica.organisations(limit=None)}


def _mine_or_public(record: dict[str, Any], actor: Any, towns: dict[str, str]) -> bool:
    if record.get("public"):
        return True
    if actor is None:
        return False
    if record.get("organiser") == actor.username or actor.username in (record.get("invitees") or []):
        return True
    return record.get("kind") == "coaching" and actor.coordinates(towns.get(record.get("organisation") or ""))


def _reminder_due(entry: AgendaEntry, record: dict[str, Any] | None, now: datetime) -> bool:
    """An in-app reminder shows from ``reminder_minutes`` before the start until the start."""
    if record is None or entry.cancelled or entry.over or record.get("reminder_minutes") is None:
        return False
    if entry.my_rsvp == "abgesagt":
        return False
    start = parse_utc(record.get("start"))
    if start is None:
        return False
    if entry.all_day:
        start = parse_utc(from_berlin(datetime.combine(entry.day, datetime.min.time())))
        assert start is not None
    return start - timedelta(minutes=int(record["reminder_minutes"])) <= now < start


def due_reminders(replica: Any, now: datetime | None = None) -> list[AgendaEntry]:
    """Appointments whose reminder time has come and that have not started yet (for the in-app reminder and for
    device notifications)."""
    now = parse_utc(now) or now_utc()
    records = replica.upcoming_appointments(now=now.strftime(UTC_FORMAT), limit=200)
    by_id = records_by_id(records)
    return [e for e in (agenda_entry(r, now) for r in records) if _reminder_due(e, by_id.get(e.id), now)]


# ---------------------------------------------------------------------------------------------- device reminders
Notify = Callable[[str, str], None]  # (title, message) -> shows a notification on the device
META_NOTIFIED = "termine.notified_reminders"  # appointment ids already announced on this device
REMINDER_INTERVAL_S = 60.0


def plyer_notify() -> Notify | None:
    """plyer's notification facade where it exists, else None. plyer is optional (Pyodide, minimal installs) and
    its facades may still raise NotImplementedError when called (Linux without a desktop): ReminderNotifier then
    falls back to the in-app reminder. Never call this in web-server mode: it would notify the server machine."""
    try:
        from plyer import notification
    except Exception:  # noqa: BLE001 - any import problem means: no device notifications
        return None

    def notify(title: str, message: str) -> None:
        import warnings

        with warnings.catch_warnings():  # plyer warns about every missing backend before it gives up
            warnings.simplefilter("ignore")
            notification.notify(title=title, message=message, app_name="Ehrenamt 4.0", timeout=10)

    return notify


class ReminderNotifier:
    """Announces due reminders once per appointment on the device (ids remembered in the replica). When the device
    cannot notify (no plyer, NotImplementedError, any error) it stops trying: ``available`` turns False and the
    in-app reminders (Termine page, AgendaViewModel.reminders) are what people see."""

    def __init__(self, session: SessionLike, notify: Notify | None, t: Translate,
                 now: Callable[[], datetime] = now_utc) -> None:
        self.session = session
        self._notify = notify
        self._t = t
        self._now = now
        self.available = notify is not None

    def check(self) -> list[AgendaEntry]:
        """Notify every due reminder not announced yet; returns the ones announced now."""
        replica = self.session.replica
        if replica is None or not self.available or self.session.is_visitor:
            return []
        now = parse_utc(self._now()) or now_utc()
        done = set(replica.get_meta(META_NOTIFIED) or [])
        due = [e for e in due_reminders(replica, now) if e.id not in done]
        announced = []
        today = to_berlin(now).date()
        for entry in due:
            when = f"{day_heading(entry.day, today, self._t)}, {time_range(entry, self._t)}"
            try:
                assert self._notify is not None
                self._notify(entry.title, self._t("termine.reminder_item", title=entry.title, when=when))
            except Exception:  # noqa: BLE001 - NotImplementedError and friends: fall back to in-app reminders
                self.available = False
                break
            announced.append(entry)
        if announced:
            kept = [i for i in done if i in {e.id for e in due_reminders(replica, now)}]  # forget old ones
            replica.set_meta(META_NOTIFIED, sorted({*kept, *(e.id for e in announced)}))
        return announced


async def reminder_loop(notifier: ReminderNotifier, interval_s: float = REMINDER_INTERVAL_S,
                        sleep: Callable[[float], Any] | None = None) -> None:
    """Check reminders every ``interval_s`` while the device can notify (run it as one task per native app)."""
    import asyncio

    pause = sleep or asyncio.sleep
    while notifier.available:
        notifier.check()
        await pause(interval_s)


# ---------------------------------------------------------------------------------------------- people
def known_names(replica: Any, session_account: dict[str, Any] | None = None) -> dict[str, str]:
    """Display names this device knows (profiles synced to it and the person signed in)."""
    names: dict[str, str] = {}
    if replica is not None:
        for account in replica.all_records("account"):
            if account.get("username") and account.get("display_name"):
                names[account["username"]] = account["display_name"]
    if session_account and session_account.get("username"):
        names.setdefault(session_account["username"], session_account.get("display_name") or "")
    return {k: v for k, v in names.items() if v}


def person_label(username: str, names: dict[str, str]) -> str:
    """"Lena Vogt (lena.vogt)" when the name is known, else the username."""
    name = names.get(username)
    return f"{name} ({username})" if name and name != username else username


# ---------------------------------------------------------------------------------------------- one appointment
@dataclass(frozen=True)
class Invitee:
    username: str
    label: str
    status: str  # offen | zugesagt | abgesagt | vielleicht
    comment: str = ""
    organiser: bool = False
    invited: bool = True

    @property
    def status_label(self) -> str:
        return ref.RSVP_STATUS.get(self.status, self.status)


@dataclass(frozen=True)
class _DetailState:
    record: dict[str, Any] | None = None
    rsvps: tuple[tuple[str, str, str], ...] = ()  # (person, status, comment)
    names: tuple[tuple[str, str], ...] = ()
    club_name: str = ""
    club_town: str = ""


class AppointmentDetailViewModel(SessionBoundViewModel):
    """One appointment: what, when, where, who answered what; answering (one RSVP per person), iCal export,
    and the organiser's / coordinator's actions."""

    def __init__(self, session: SessionLike, appointment_id: str, now: Callable[[], datetime] = now_utc) -> None:
        super().__init__(session)
        self.appointment_id = appointment_id
        self._now = now
        self.record: dict[str, Any] | None = None
        self.entry: AgendaEntry | None = None
        self.invitees: tuple[Invitee, ...] = ()
        self.others: tuple[Invitee, ...] = ()  # answers of people not invited (public appointments)
        self.names: dict[str, str] = {}
        self.club_name = ""
        self.club_town = ""
        self.error: str | None = None  # German message of the last failed action
        self.busy = False

    # -- loading
    def load(self, replica: Any) -> _DetailState:
        record = replica.get("appointment", self.appointment_id)
        if record is None:
            return _DetailState()
        rsvps = tuple(sorted((r.get("person") or "", r.get("status") or "offen", r.get("comment") or "")
                             for r in replica.rsvps(self.appointment_id)))
        club = replica.get("organisation", record["organisation"]) if record.get("organisation") else None
        names = known_names(replica, getattr(self.session, "account", None))
        return _DetailState(record, rsvps, tuple(sorted(names.items())), (club or {}).get("name") or "",
                            (club or {}).get("municipality") or "")

    def empty_state(self) -> _DetailState:
        return _DetailState()

    def apply(self, state: _DetailState) -> None:
        self.record = state.record
        self.names = dict(state.names)
        self.club_name, self.club_town = state.club_name, state.club_town
        if state.record is None:
            self.entry, self.invitees, self.others = None, (), ()
            return
        answers = {p: (s, c) for p, s, c in state.rsvps}
        self.entry = agenda_entry({**state.record, "my_rsvp": answers.get(self.username or "", (None, ""))[0]},
                                  parse_utc(self._now()) or now_utc())
        organiser = state.record.get("organiser") or ""
        invited = sorted(set(state.record.get("invitees") or []) - {organiser},
                         key=lambda u: person_label(u, self.names).casefold())
        rows = [Invitee(organiser, person_label(organiser, self.names), "", organiser=True)] if organiser else []
        rows += [Invitee(u, person_label(u, self.names), *answers.get(u, ("offen", ""))) for u in invited]
        self.invitees = tuple(rows)
        self.others = tuple(Invitee(p, person_label(p, self.names), s, c, invited=False)
                            for p, (s, c) in sorted(answers.items())
                            if p != organiser and p not in set(invited))

    # -- facts for the view
    @property
    def found(self) -> bool:
        return self.record is not None

    @property
    def my_status(self) -> str | None:
        me = self.username
        for row in (*self.invitees, *self.others):
            if row.username == me and not row.organiser:
                return row.status
        return None

    @property
    def is_organiser(self) -> bool:
        return self.record is not None and self.username is not None and self.record.get("organiser") == self.username

    @property
    def is_invited(self) -> bool:
        return self.record is not None and self.username in (self.record.get("invitees") or [])

    @property
    def coordinates_request(self) -> bool:
        """The person coordinates the town this coaching appointment's club is in."""
        actor = self.session.actor
        return (self.record is not None and actor is not None and self.record.get("kind") == "coaching"
                and actor.coordinates(self.club_town))

    @property
    def can_answer(self) -> bool:
        """Invitees (and, for public appointments, anyone signed in) answer; the organiser organises."""
        if self.record is None or self.session.is_visitor or self.is_organiser:
            return False
        if self.record.get("status") == "cancelled" or (self.entry is not None and self.entry.over):
            return False
        return self.is_invited or bool(self.record.get("public"))

    @property
    def may_edit(self) -> bool:
        """Mirrors core.access: the organiser, admins, the town's coordinators (coaching), and invitees when the
        organiser allows guests to edit."""
        actor = self.session.actor
        if self.record is None or actor is None:
            return False
        if self.is_organiser or actor.has("admin") or self.coordinates_request:
            return True
        return self.is_invited and bool(self.record.get("guests_can_edit"))

    @property
    def may_cancel(self) -> bool:
        actor = self.session.actor
        return (self.record is not None and self.record.get("status") != "cancelled"
                and (self.is_organiser or (actor is not None and actor.has("admin")) or self.coordinates_request))

    # -- actions
    def _run(self, action: Callable[[Any], Any]) -> bool:
        replica = self.replica
        if replica is None:
            return False
        self.error = None
        try:
            action(replica)
        except (ValidationFailed, PermissionDenied, NotFound, StoreError) as exc:
            self.error = exc.message
            self.notify()
            return False
        self.session.edited()  # syncs soon and refreshes every view-model of the session (this one too)
        self.refresh(force=True)
        return True

    def answer(self, status: str, comment: str | None = None) -> bool:
        """Zusage / Absage / Vielleicht: ONE rsvp record per person and appointment (stable id), created or
        updated, so answering twice — even on two devices offline — never makes two answers."""
        if status not in RSVP_ANSWERS:
            raise ValueError(f"not an answer: {status!r}")
        me = self.username
        if me is None:
            self.error = "Bitte melden Sie sich an, um zu antworten."
            self.notify()
            return False

        def write(replica: Any) -> None:
            rsvp_id = stable_id("rsvp", self.appointment_id, me)
            existing = replica.get("rsvp", rsvp_id, include_deleted=True)
            changes: dict[str, Any] = {"status": status}
            if comment is not None:
                changes["comment"] = comment
            if existing is None:
                replica.create("rsvp", {"id": rsvp_id, "appointment": self.appointment_id, "person": me, **changes})
            else:
                if existing.get(DELETED):
                    changes[DELETED] = False
                replica.update("rsvp", rsvp_id, changes)

        return self._run(write)

    def cancel_appointment(self) -> bool:
        return self._run(lambda r: r.update("appointment", self.appointment_id, {"status": "cancelled"}))

    def accept_request(self) -> bool:
        """A coordinator takes on a coaching request: planned, and they join as invitee (so it is in their
        agenda and the club sees who comes)."""
        me = self.username
        invitees = sorted(set((self.record or {}).get("invitees") or []) | ({me} if me else set()))
        return self._run(lambda r: r.update("appointment", self.appointment_id,
                                            {"status": "planned", "invitees": invitees}))

    # -- iCal
    def ics_bytes(self) -> bytes:
        if self.record is None:
            raise NotFound("appointment", self.appointment_id)
        rsvps = {row.username: row.status for row in (*self.invitees, *self.others) if not row.organiser}
        return appointments_to_ics([self.record], rsvps=rsvps, names=self.names)

    @property
    def ics_file_name(self) -> str:
        title = (self.record or {}).get("title") or "Termin"
        return f"{room_slug(title, max_len=60)}.ics"
