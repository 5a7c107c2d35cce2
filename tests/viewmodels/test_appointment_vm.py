"""Europe/Berlin time and the agenda: grouping by local day across midnight and the DST switches, headings
("Heute", "Morgen", "Montag, 30. November"), running/past appointments, coaching requests for coordinators,
in-app reminders."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from app.i18n import t, translate
from app.viewmodels import appointments as appts
from app.viewmodels.appointments import (
    AgendaViewModel,
    AppointmentDetailViewModel,
    agenda_entry,
    day_heading,
    from_berlin,
    group_by_day,
    time_range,
    to_berlin,
)
from app.viewmodels.coaching import CoachingRequestViewModel
from tests.viewmodels.appointment_vm_support import (
    close,
    club_id,
    fixed,
    make_server,
    open_session,
    run_async,
    sync,
)


@pytest.mark.parametrize(("utc", "local"), [
    ("2026-11-29T22:59:00Z", "2026-11-29 23:59"),  # winter: UTC+1
    ("2026-11-29T23:00:00Z", "2026-11-30 00:00"),  # ... a new local day while UTC is still on the 29th
    ("2026-07-01T21:59:00Z", "2026-07-01 23:59"),  # summer: UTC+2
    ("2026-07-01T22:00:00Z", "2026-07-02 00:00"),
    ("2026-03-29T00:59:00Z", "2026-03-29 01:59"),  # spring forward at 01:00 UTC: 02:00 CET -> 03:00 CEST
    ("2026-03-29T01:00:00Z", "2026-03-29 03:00"),
    ("2026-10-25T00:30:00Z", "2026-10-25 02:30"),  # fall back: 02:30 happens twice
    ("2026-10-25T01:30:00Z", "2026-10-25 02:30"),
    ("2026-12-31T23:30:00Z", "2027-01-01 00:30"),  # a new year in Berlin only
])
def test_utc_to_berlin_with_and_without_the_tz_database(utc: str, local: str) -> None:
    for use_zoneinfo in (True, False):
        assert to_berlin(utc, use_zoneinfo=use_zoneinfo).strftime("%Y-%m-%d %H:%M") == local


@pytest.mark.parametrize(("local", "utc"), [
    (datetime(2026, 11, 30, 18, 0), "2026-11-30T17:00:00Z"),
    (datetime(2026, 6, 15, 18, 0), "2026-06-15T16:00:00Z"),
    (datetime(2026, 3, 29, 2, 30), "2026-03-29T01:30:00Z"),  # does not exist: read as winter time (-> 03:30)
    (datetime(2026, 10, 25, 2, 30), "2026-10-25T00:30:00Z"),  # ambiguous: the first (summer) one
])
def test_berlin_to_utc(local: datetime, utc: str) -> None:
    assert from_berlin(local) == utc
    assert from_berlin(local, use_zoneinfo=False) == utc


def test_the_fallback_rule_matches_zoneinfo_for_every_hour_of_two_years() -> None:
    moment = datetime(2026, 1, 1, tzinfo=UTC)
    while moment.year < 2028:
        assert to_berlin(moment, use_zoneinfo=False) == to_berlin(moment)
        local = to_berlin(moment)
        assert from_berlin(local, use_zoneinfo=False) == from_berlin(local)
        moment += timedelta(minutes=30)


def test_without_a_tz_database_the_rule_is_used(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(appts, "berlin_zone", lambda: None)
    assert to_berlin("2026-10-25T01:30:00Z").strftime("%H:%M") == "02:30"
    assert from_berlin(datetime(2026, 7, 1, 12, 0)) == "2026-07-01T10:00:00Z"


def test_day_headings_in_german_and_english() -> None:
    today = date(2026, 11, 29)
    assert day_heading(today, today, t) == "Heute"
    assert day_heading(date(2026, 11, 30), today, t) == "Morgen"
    assert day_heading(date(2026, 11, 28), today, t) == "Gestern"
    assert day_heading(date(2026, 12, 1), today, t) == "Dienstag, 1. Dezember"
    assert day_heading(date(2027, 1, 4), today, t) == "Montag, 4. Januar 2027"
    en = lambda key, **p: translate("en", key, **p)  # noqa: E731
    assert day_heading(date(2026, 12, 1), today, en) == "Tuesday, 1 December"
    assert day_heading(today, today, en) == "Today"


def test_time_range_texts() -> None:
    now = datetime(2026, 11, 29, 12, tzinfo=UTC)
    entry = agenda_entry({"id": "a", "title": "x", "start": "2026-11-30T17:00:00Z", "end": "2026-11-30T18:30:00Z"},
                         now)
    assert time_range(entry, t) == "18:00–19:30 Uhr"
    entry = agenda_entry({"id": "a", "title": "x", "start": "2026-11-30T17:00:00Z"}, now)
    assert time_range(entry, t) == "ab 18:00 Uhr"
    entry = agenda_entry({"id": "a", "title": "x", "start": "2026-12-01T00:00:00Z", "all_day": True}, now)
    assert time_range(entry, t) == "Ganztägig" and entry.day == date(2026, 12, 1)
    entry = agenda_entry({"id": "a", "title": "x", "start": "2026-12-01T00:00:00Z", "end": "2026-12-03T00:00:00Z",
                          "all_day": True}, now)
    assert time_range(entry, t) == "Ganztägig bis 3.12.2026" and entry.last_day == date(2026, 12, 3)
    entry = agenda_entry({"id": "a", "title": "x", "start": "2026-11-30T17:00:00Z", "end": "2026-12-01T09:00:00Z"},
                         now)
    assert time_range(entry, t) == "18:00 Uhr bis 1.12.2026, 10:00 Uhr"


def test_all_day_appointments_come_first_and_days_sort() -> None:
    now = datetime(2026, 11, 29, 12, tzinfo=UTC)
    entries = [agenda_entry(r, now) for r in (
        {"id": "1", "title": "Abend", "start": "2026-11-30T18:00:00Z"},
        {"id": "2", "title": "Markt", "start": "2026-11-30T00:00:00Z", "all_day": True},
        {"id": "3", "title": "Morgen früh", "start": "2026-11-30T06:00:00Z"},
        {"id": "4", "title": "Heute", "start": "2026-11-29T18:00:00Z"},
    )]
    days = group_by_day(entries)
    assert [(d.day.isoformat(), [e.title for e in d.entries]) for d in days] == [
        ("2026-11-29", ["Heute"]), ("2026-11-30", ["Markt", "Morgen früh", "Abend"])]
    assert [d.day.isoformat() for d in group_by_day(entries, newest_first=True)] == ["2026-11-30", "2026-11-29"]


def _create(session, title: str, start: str, **values) -> str:
    return session.replica.create("appointment", {"title": title, "start": start, "place": "Neheim", **values})


@run_async
async def test_agenda_groups_by_local_day_across_midnight(tmp_path: Path) -> None:
    server = make_server(tmp_path)
    vera = await open_session(tmp_path, server, "vera")
    # now: Sunday 29 November 2026, 22:30 in Berlin (21:30 UTC)
    _create(vera, "Läuft gerade", "2026-11-29T21:00:00Z", end="2026-11-29T22:00:00Z")
    _create(vera, "Spätschicht", "2026-11-29T22:30:00Z")  # 23:30 today
    _create(vera, "Mitternachtsmesse", "2026-11-29T23:15:00Z")  # 00:15 tomorrow, although the UTC date is today
    _create(vera, "Frühstück", "2026-11-30T06:00:00Z", end="2026-11-30T07:00:00Z")
    _create(vera, "Markttag", "2026-12-01T00:00:00Z", all_day=True)
    _create(vera, "Neujahrsempfang", "2027-01-04T17:00:00Z", status="cancelled")
    _create(vera, "Vorbei", "2026-11-29T10:00:00Z", end="2026-11-29T11:00:00Z")
    vm = AgendaViewModel(vera, now=fixed("2026-11-29T21:30:00Z"))
    vm.attach()
    assert vm.today == date(2026, 11, 29)
    shown = [(day_heading(d.day, vm.today, t), [e.title for e in d.entries]) for d in vm.upcoming]
    assert shown == [
        ("Heute", ["Läuft gerade", "Spätschicht"]),
        ("Morgen", ["Mitternachtsmesse", "Frühstück"]),
        ("Dienstag, 1. Dezember", ["Markttag"]),
        ("Montag, 4. Januar 2027", ["Neujahrsempfang"]),
    ]
    running = vm.upcoming[0].entries[0]
    assert running.running and not running.over and time_range(running, t) == "22:00–23:00 Uhr"
    assert vm.upcoming[3].entries[0].cancelled
    assert vm.past == () and vm.upcoming_count == 6
    vm.toggle_past()
    assert [(d.day, [e.title for e in d.entries]) for d in vm.past] == [(date(2026, 11, 29), ["Vorbei"])]
    vm.toggle_past()
    assert vm.past == ()
    await close(vera)
    server.close()


@run_async
async def test_agenda_across_the_autumn_dst_switch(tmp_path: Path) -> None:
    server = make_server(tmp_path)
    vera = await open_session(tmp_path, server, "vera")
    # now: Saturday 24 October 2026, 22:00 CEST; the clocks go back in the night
    _create(vera, "Nach Mitternacht", "2026-10-24T22:30:00Z")  # 00:30 CEST on the 25th
    _create(vera, "Doppelte Stunde (1)", "2026-10-25T00:30:00Z")  # 02:30 CEST
    _create(vera, "Doppelte Stunde (2)", "2026-10-25T01:30:00Z")  # 02:30 CET
    _create(vera, "Spät am Sonntag", "2026-10-25T22:59:00Z")  # 23:59 CET on the 25th
    _create(vera, "Montag früh", "2026-10-25T23:30:00Z")  # 00:30 CET on the 26th
    vm = AgendaViewModel(vera, now=fixed("2026-10-24T20:00:00Z"))
    vm.attach()
    shown = [(day_heading(d.day, vm.today, t),
              [(e.title, e.start.strftime("%H:%M")) for e in d.entries]) for d in vm.upcoming]
    assert shown == [
        ("Morgen", [("Nach Mitternacht", "00:30"), ("Doppelte Stunde (1)", "02:30"),
                    ("Doppelte Stunde (2)", "02:30"), ("Spät am Sonntag", "23:59")]),
        ("Montag, 26. Oktober", [("Montag früh", "00:30")]),
    ]
    await close(vera)
    server.close()


@run_async
async def test_agenda_follows_syncs_and_shows_only_what_concerns_me(tmp_path: Path) -> None:
    server = make_server(tmp_path)
    vera = await open_session(tmp_path, server, "vera")
    jonas = await open_session(tmp_path, server, "jonas")
    soon = (datetime.now(UTC) + timedelta(days=2)).strftime("%Y-%m-%dT%H:00:00Z")
    invited = _create(jonas, "Mit Vera", soon, invitees=["vera"])
    _create(jonas, "Nur Jonas", soon)
    public = _create(jonas, "Offener Abend", soon, public=True)
    jonas.edited()
    await sync(jonas)
    vm = AgendaViewModel(vera)
    vm.attach()
    assert vm.upcoming == ()
    await sync(vera)  # the session notifies; the agenda reloads by itself
    ids = {e.id for d in vm.upcoming for e in d.entries}
    assert ids == {invited, public}
    assert vm.may_create
    visitor = await open_session(tmp_path, server, None)
    public_only = AgendaViewModel(visitor)
    public_only.attach()
    assert {e.id for d in public_only.upcoming for e in d.entries} == {public} and not public_only.may_create
    await close(vera, jonas, visitor)
    server.close()


@run_async
async def test_coordinator_finds_coaching_requests_of_their_town_in_the_agenda_and_accepts(tmp_path: Path) -> None:
    server = make_server(tmp_path)
    sabine = await open_session(tmp_path, server, "sabine")
    katrin = await open_session(tmp_path, server, "katrin")
    thomas = await open_session(tmp_path, server, "thomas")
    form = CoachingRequestViewModel(sabine, club_id("tafel"))
    form.set("topic", "Webseite")
    request_id = form.submit()
    await sync(sabine, katrin, thomas)
    agenda = AgendaViewModel(katrin)
    agenda.attach()
    entries = [e for d in agenda.upcoming for e in d.entries]
    assert [(e.id, e.coaching_request) for e in entries] == [(request_id, True)]
    other = AgendaViewModel(thomas)
    other.attach()
    assert other.upcoming == ()
    detail = AppointmentDetailViewModel(katrin, request_id)
    detail.attach()
    assert detail.coordinates_request and detail.may_edit and detail.club_name == "Neheimer Tafel"
    assert detail.accept_request()
    await sync(katrin, sabine)
    record = sabine.replica.get("appointment", request_id)
    assert record["status"] == "planned" and record["invitees"] == ["katrin"]
    await close(sabine, katrin, thomas)
    server.close()


@run_async
async def test_in_app_reminders_from_reminder_time_until_the_start(tmp_path: Path) -> None:
    server = make_server(tmp_path)
    vera = await open_session(tmp_path, server, "vera")
    _create(vera, "Gleich", "2026-11-30T17:00:00Z", reminder_minutes=60)  # 18:00; reminder from 17:00
    _create(vera, "Später", "2026-11-30T19:00:00Z", reminder_minutes=60)
    _create(vera, "Ohne", "2026-11-30T17:10:00Z")
    _create(vera, "Abgesagt", "2026-11-30T17:20:00Z", reminder_minutes=60, status="cancelled")
    _create(vera, "Markttag", "2026-12-01T00:00:00Z", all_day=True, reminder_minutes=1440)  # from 30.11. 00:00
    vm = AgendaViewModel(vera, now=fixed("2026-11-30T16:30:00Z"))
    vm.attach()
    assert [e.title for e in vm.reminders] == ["Gleich", "Markttag"]
    assert [e.title for e in appts.due_reminders(vera.replica, datetime(2026, 11, 30, 16, 30, tzinfo=UTC))] == [
        "Gleich", "Markttag"]
    await close(vera)
    server.close()


@run_async
async def test_device_reminders_once_each_and_in_app_when_the_device_cannot_notify(tmp_path: Path) -> None:
    server = make_server(tmp_path)
    vera = await open_session(tmp_path, server, "vera")
    soon = _create(vera, "Gleich", "2026-11-30T17:00:00Z", reminder_minutes=60)
    shown: list[tuple[str, str]] = []
    notifier = appts.ReminderNotifier(vera, lambda title, message: shown.append((title, message)), t,
                                      now=fixed("2026-11-30T16:30:00Z"))
    assert [e.id for e in notifier.check()] == [soon]
    assert shown == [("Gleich", "Gleich – Heute, ab 18:00 Uhr")]
    assert notifier.check() == [] and len(shown) == 1  # once per appointment, also after a restart:
    again = appts.ReminderNotifier(vera, lambda title, message: shown.append((title, message)), t,
                                   now=fixed("2026-11-30T16:40:00Z"))
    assert again.check() == [] and len(shown) == 1

    def broken(title: str, message: str) -> None:
        raise NotImplementedError("no notification service")

    _create(vera, "Auch gleich", "2026-11-30T17:05:00Z", reminder_minutes=60)
    failing = appts.ReminderNotifier(vera, broken, t, now=fixed("2026-11-30T16:45:00Z"))
    assert failing.check() == [] and not failing.available  # stops trying, never raises
    sleeps: list[float] = []
    await appts.reminder_loop(failing, sleep=lambda s: sleeps.append(s))  # ends at once
    assert sleeps == []
    agenda = AgendaViewModel(vera, now=fixed("2026-11-30T16:45:00Z"))
    agenda.attach()
    assert [e.title for e in agenda.reminders] == ["Gleich", "Auch gleich"]  # the in-app fallback
    await close(vera)
    server.close()


@run_async
async def test_real_plyer_without_a_desktop_falls_back_without_crashing(tmp_path: Path) -> None:
    server = make_server(tmp_path)
    vera = await open_session(tmp_path, server, "vera")
    _create(vera, "Gleich", "2026-11-30T17:00:00Z", reminder_minutes=60)
    notify = appts.plyer_notify()
    notifier = appts.ReminderNotifier(vera, notify, t, now=fixed("2026-11-30T16:30:00Z"))
    announced = notifier.check()  # a desktop-less Linux raises NotImplementedError inside plyer
    assert bool(announced) == notifier.available  # either it really notified, or it gave up quietly
    await close(vera)
    server.close()
