"""The demo content (core.demo): valid, consistent, deterministic, relative to the demo day, and coherent with the
access rules (every record could have been written by the person it names)."""

from __future__ import annotations

import ast
import json
import re
from collections import Counter
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest

import core.demo
from core.access import Actor, check_write
from core.demo import _common, demo_accounts, demo_records
from core.demo._common import berlin_to_utc
from core.ids import is_uuid, stable_id
from core.model import entity as entity_def
from core.schema import FieldType
from core.validation import USERNAME_RE, validate

TODAY = date(2026, 11, 26)  # a Thursday; the tests below also use other days
BERLIN = ZoneInfo("Europe/Berlin")
Records = list[tuple[str, dict[str, Any]]]


@pytest.fixture(scope="module")
def records() -> Records:
    return demo_records(TODAY)


def by_entity(records: Records, name: str) -> list[dict[str, Any]]:
    return [values for entity, values in records if entity == name]


def local(utc: str) -> datetime:
    return datetime.strptime(utc, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC).astimezone(BERLIN)


def accounts_by_name() -> dict[str, dict[str, Any]]:
    return {a["username"]: a for a in demo_accounts()}


# --- amounts and shape ------------------------------------------------------------------------------------------

def test_counts_meet_the_minimums(records: Records) -> None:
    counts = Counter(entity for entity, _ in records)
    assert counts["organisation"] >= 30
    assert counts["offer"] >= 80
    assert counts["appointment"] >= 20
    assert counts["guide"] >= 8
    assert counts["contact"] >= 10
    assert counts["visit"] >= counts["contact"]
    assert counts["task"] >= 5
    assert counts["interest"] >= 3
    assert counts["rsvp"] >= 5
    assert counts["account"] == len(demo_accounts())


def test_every_record_validates_without_problems(records: Records) -> None:
    failures = [(entity, values["id"], [p.as_dict() for p in problems])
                for entity, values in records if (problems := validate(entity, values))]
    assert failures == []


@pytest.mark.parametrize("day", [date(2027, 3, 28), date(2026, 10, 25), date(2026, 12, 31), date(2028, 2, 29),
                                 date(2027, 1, 3)])
def test_valid_on_any_day(day: date) -> None:
    """Summer-time switches, year ends, leap days and Sundays produce valid, current data too."""
    records = demo_records(day)
    assert [(e, v["id"]) for e, v in records if validate(e, v)] == []
    assert all(v["date"] <= day.isoformat() for v in by_entity(records, "visit"))
    assert all(t["due"] >= day.isoformat() for t in by_entity(records, "task") if not t["done"])
    starts = [local(a["start"]).date() for a in by_entity(records, "appointment")]
    assert starts.count(day) >= 2 and min(starts) < day < max(starts)


def test_records_are_plain_json(records: Records) -> None:
    assert json.loads(json.dumps(records)) == [list(r) for r in records]


def test_ids_are_unique_uuids_and_deterministic(records: Records) -> None:
    ids = [values["id"] for _, values in records]
    assert all(is_uuid(i) for i in ids)
    assert len(ids) == len(set(ids))
    assert demo_records(TODAY) == records
    # identity does not depend on the day: the same records keep their ids on every day
    assert [v["id"] for _, v in demo_records(TODAY + timedelta(days=40))] == ids
    assert by_entity(records, "organisation")[0]["id"] == stable_id("demo", "organisation", "fwz-arnsberg")


# --- references ---------------------------------------------------------------------------------------------------

def test_references_point_at_earlier_records_of_the_right_entity(records: Records) -> None:
    seen: dict[str, str] = {}  # id -> entity
    usernames = set(accounts_by_name())
    for entity, values in records:
        for f in entity_def(entity).fields:
            value = values.get(f.name)
            if value is None:
                continue
            items = value if f.type is FieldType.SET else [value]
            kind = f.item_type if f.type is FieldType.SET else f.type
            for item in items:
                if kind is FieldType.REF:
                    assert seen.get(item) == f.ref, f"{entity}.{f.name} -> {item} is not an earlier {f.ref}"
                elif kind is FieldType.USER:
                    assert item in usernames, f"{entity}.{f.name}: {item!r} is not a demo account"
        seen[values["id"]] = entity


def test_records_could_have_been_written_by_the_people_they_name(records: Records) -> None:
    people = accounts_by_name()

    def actor(username: str) -> Actor:
        a = people[username]
        return Actor(username, frozenset(a["roles"]), a["municipality"], frozenset(a["organisations"]))

    def writer(entity: str, v: dict[str, Any]) -> str:
        if entity == "organisation":
            club_admins = [u for u in v["admins"] if "club_admin" in people[u]["roles"]]
            return club_admins[0] if club_admins else _common.COORDINATOR[v["municipality"]]
        fields = {"offer": "owner", "interest": "from_user", "appointment": "organiser", "rsvp": "person",
                  "guide": "author", "visit": "author", "task": "assignee"}
        if entity in fields:
            return str(v[fields[entity]])
        if entity == "contact":
            return str(v["assigned_lotsen"][0])
        return _common.ADMIN  # accounts are managed by the administration

    store: dict[tuple[str, str], dict[str, Any]] = {}
    for entity, values in records:
        changes = {k: v for k, v in values.items() if k != "id"}
        denial = check_write(actor(writer(entity, values)), entity, None, changes,
                             lambda e, i: store.get((e, i)))
        assert denial is None, (entity, values.get("title") or values.get("name"), denial)
        store[(entity, values["id"])] = values


# --- accounts -----------------------------------------------------------------------------------------------------

def test_demo_accounts_cover_every_role_in_both_towns() -> None:
    accounts = demo_accounts()
    for a in accounts:
        assert set(a) == {"username", "password", "display_name", "roles", "municipality", "organisations"}
        assert USERNAME_RE.match(a["username"]) and a["username"] == a["username"].lower()
        assert a["password"].startswith("demo-") and len(a["password"]) >= 10
        assert a["municipality"] in ("arnsberg", "menden")
    assert len({a["password"] for a in accounts}) == len(accounts)
    towns_by_role: dict[str, list[str]] = {}
    for a in accounts:
        for role in a["roles"]:
            towns_by_role.setdefault(role, []).append(a["municipality"])
    assert set(towns_by_role) == {"volunteer", "club_admin", "lotse", "coordinator", "admin"}
    assert len(towns_by_role["volunteer"]) >= 3
    assert sorted(towns_by_role["lotse"]) == ["arnsberg", "menden"]
    assert sorted(towns_by_role["coordinator"]) == ["arnsberg", "menden"]


def test_account_records_and_organisation_admins_agree(records: Records) -> None:
    accounts = accounts_by_name()
    profiles = {v["username"]: v for v in by_entity(records, "account")}
    assert set(profiles) == set(accounts)
    organisations = by_entity(records, "organisation")
    for username, a in accounts.items():
        profile = profiles[username]
        for key in ("display_name", "roles", "municipality", "organisations"):
            assert profile[key] == a[key]
        administered = {o["id"] for o in organisations if username in o["admins"]}
        assert set(a["organisations"]) == administered
        if "club_admin" in a["roles"]:
            assert len(administered) >= 2
    assert len([o for o in organisations if o["admins"]]) >= 5


# --- appointments and rsvps ------------------------------------------------------------------------------------

def test_appointments_lie_around_today(records: Records) -> None:
    appointments = by_entity(records, "appointment")
    days = [(local(a["start"]).date() - TODAY).days for a in appointments]
    assert days.count(0) >= 2 and days.count(1) >= 2
    assert len([d for d in days if d < 0]) >= 2
    assert len([d for d in days if 7 <= d <= 35]) >= 8
    assert all(-30 <= d <= 35 for d in days)
    for a in appointments:
        assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:00Z", a["start"])
        if "end" in a:
            assert a["end"] > a["start"]
            assert local(a["end"]).date() == local(a["start"]).date()
        assert 7 <= local(a["start"]).hour <= 20, "demo appointments happen at plausible local times"
    assert {a["kind"] for a in appointments} == {"meeting", "coaching", "training", "home_visit"}
    assert len([a for a in appointments if a["public"]]) >= 5
    jitsi = [a["online_url"] for a in appointments if "online_url" in a]
    assert len(jitsi) >= 5 and all(u.startswith("https://meet.jit.si/Ehrenamt-") and u.isascii() for u in jitsi)
    assert {a["status"] for a in appointments} >= {"planned", "requested", "cancelled"}
    for a in appointments:
        if a["kind"] in ("coaching", "home_visit"):
            assert a.get("organisation" if a["kind"] == "coaching" else "contact")


@pytest.mark.parametrize("shift", [7, 14, 182])
def test_appointments_move_with_today(records: Records, shift: int) -> None:
    later = by_entity(demo_records(TODAY + timedelta(days=shift)), "appointment")
    for before, after in zip(by_entity(records, "appointment"), later, strict=True):
        start, moved = local(before["start"]), local(after["start"])
        if shift % 7 == 0:  # same weekday: every appointment moves by exactly the shift, at the same local time
            assert moved.date() - start.date() == timedelta(days=shift)
        assert (moved.hour, moved.minute) == (start.hour, start.minute)


def test_weekday_bound_appointments_keep_their_weekday() -> None:
    for day in (TODAY + timedelta(days=n) for n in range(7)):
        for a in by_entity(demo_records(day), "appointment"):
            if "Repair-Café" in a["title"] or "Waldputz" in a["title"]:
                assert local(a["start"]).weekday() == 5, a["title"]


def test_rsvps_answer_invitations(records: Records) -> None:
    appointments = {a["id"]: a for a in by_entity(records, "appointment")}
    rsvps = by_entity(records, "rsvp")
    assert len({(r["appointment"], r["person"]) for r in rsvps}) == len(rsvps)
    for r in rsvps:
        assert r["id"] == stable_id("rsvp", r["appointment"], r["person"])
        assert r["person"] in appointments[r["appointment"]]["invitees"]
    assert {r["status"] for r in rsvps} >= {"zugesagt", "abgesagt", "vielleicht"}


# --- time zone ----------------------------------------------------------------------------------------------------

def test_berlin_times_become_utc() -> None:
    assert berlin_to_utc(date(2026, 7, 1), 10, 0) == "2026-07-01T08:00:00Z"
    assert berlin_to_utc(date(2026, 1, 15), 18, 30) == "2026-01-15T17:30:00Z"
    assert berlin_to_utc(date(2026, 3, 29), 10, 0) == "2026-03-29T08:00:00Z"  # first day of summer time
    assert berlin_to_utc(date(2026, 10, 25), 10, 0) == "2026-10-25T09:00:00Z"  # first day of winter time


def test_fixed_rule_fallback_agrees_with_zoneinfo() -> None:
    day = date(2024, 1, 1)
    while day < date(2029, 1, 1):
        for hour, minute in ((0, 30), (1, 59), (2, 30), (3, 0), (10, 0), (23, 45)):
            assert berlin_to_utc(day, hour, minute, use_zoneinfo=False) == berlin_to_utc(day, hour, minute), day
        day += timedelta(days=1)


def test_demo_works_without_tz_database(monkeypatch: pytest.MonkeyPatch, records: Records) -> None:
    monkeypatch.setattr(_common, "_berlin_zone", lambda: None)  # as in Pyodide without tzdata
    assert demo_records(TODAY) == records


# --- care navigation ----------------------------------------------------------------------------------------------

def test_lotsen_contacts_belong_to_a_lotse_of_their_town(records: Records) -> None:
    accounts = accounts_by_name()
    contacts = by_entity(records, "contact")
    assert {c["municipality"] for c in contacts} == {"arnsberg", "menden"}
    for c in contacts:
        assert c["assigned_lotsen"]
        for lotse in c["assigned_lotsen"]:
            assert "lotse" in accounts[lotse]["roles"]
            assert accounts[lotse]["municipality"] == c["municipality"]
        assert c["consent_recorded_by"] in c["assigned_lotsen"]
        assert c["consent_date"] <= TODAY.isoformat()
        scope = set(c["consent_scope"])
        assert "kontaktdaten" in scope
        if "care_grade" in c:
            assert "gesundheitsdaten" in scope, "a care grade is only stored with consent to health data"
        if "contact_person" in c:
            assert "angehoerige" in scope, "relatives are only recorded with consent"
    assert {c.get("care_grade") for c in contacts} >= {0, 1, 2, 3, 4}


def test_visits_and_tasks_follow_their_contact(records: Records) -> None:
    contacts = {c["id"]: c for c in by_entity(records, "contact")}
    visits_per_contact = Counter(v["contact"] for v in by_entity(records, "visit"))
    assert set(visits_per_contact) == set(contacts)
    assert all(1 <= n <= 4 for n in visits_per_contact.values())
    for v in by_entity(records, "visit"):
        contact = contacts[v["contact"]]
        assert v["author"] in contact["assigned_lotsen"]
        assert contact["consent_date"] <= v["date"] <= TODAY.isoformat()
        if "next_visit" in v:
            assert v["next_visit"] > v["date"]
    tasks = by_entity(records, "task")
    assert {t["done"] for t in tasks} == {True, False}
    for t in tasks:
        assert t["assignee"] in contacts[t["contact"]]["assigned_lotsen"]
        if not t["done"]:
            assert t["due"] >= TODAY.isoformat(), f"open task {t['text']!r} is overdue in the demo"


# --- offers, interests, organisations, guides ----------------------------------------------------------------

def test_offers_are_varied(records: Records) -> None:
    offers = by_entity(records, "offer")
    assert {(o["area"], o["direction"], o["municipality"]) for o in offers} == {
        (a, d, m) for a in ("ehrenamt", "wissen") for d in ("biete", "suche") for m in ("arnsberg", "menden")}
    statuses = Counter(o["status"] for o in offers)
    assert set(statuses) == {"active", "draft", "matched", "archived"}
    assert statuses["active"] > len(offers) * 0.7
    assert len({o["title"] for o in offers}) == len(offers)
    assert len({o["owner"] for o in offers}) >= 8
    assert len([o for o in offers if "organisation" in o]) >= 30
    assert len([o for o in offers if o["online_possible"]]) >= 10
    assert {o["commitment"] for o in offers} == {"einmalig", "regelmaessig"}
    titles = " ".join(o["title"] for o in offers)
    for expected in ("Smartphone-Hilfe für Senioren", "Nachhilfe Mathe", "Tafel", "Hausaufgabenhilfe",
                     "Sprachcafé", "Repair-Café", "Vorlesepat", "Fahrdienst", "Waldputz", "Übungsleitung",
                     "Vereinswebseite", "Kassenprüf"):
        assert expected in titles, expected
    for o in offers:
        if o["status"] == "archived":
            assert o["valid_until"] < TODAY.isoformat()
        elif "valid_until" in o:
            assert o["valid_until"] > TODAY.isoformat()


def test_interests_come_from_other_people_on_active_offers(records: Records) -> None:
    offers = {o["id"]: o for o in by_entity(records, "offer")}
    interests = by_entity(records, "interest")
    for i in interests:
        offer = offers[i["offer"]]
        assert offer["status"] == "active"
        assert i["from_user"] != offer["owner"]
        assert ("answer" in i) == (i["status"] != "neu")
    assert {i["status"] for i in interests} >= {"neu", "beantwortet", "angenommen"}


def test_organisations_are_varied_and_spread_over_both_towns(records: Records) -> None:
    organisations = by_entity(records, "organisation")
    assert len({o["kind"] for o in organisations}) >= 6
    assert len({o["name"] for o in organisations}) == len(organisations)
    towns = Counter(o["municipality"] for o in organisations)
    assert min(towns.values()) >= 12
    places = " ".join(o.get("address", "") for o in organisations)
    for district in ("Neheim", "Hüsten", "Alt-Arnsberg", "Oeventrop", "Bruchhausen",
                     "Lendringsen", "Bösperde", "Platte Heide", "Innenstadt"):
        assert district in places, district
    assert any(not o["accessibility"] for o in organisations)
    assert len({frozenset(o["accessibility"]) for o in organisations}) >= 8
    assert 3 <= len([o for o in organisations if o["wants_coaching"]]) < len(organisations) / 2
    for o in organisations:
        assert len(o["description"]) >= 100 and o["meeting_times"] and o["contact_name"]
        for key in ("email", "website"):
            if key in o:
                assert ".example" in o[key], "demo addresses never point at real domains"


def test_guides_are_substantial_markdown(records: Records) -> None:
    guides = by_entity(records, "guide")
    accounts = accounts_by_name()
    for g in guides:
        words = len(re.findall(r"\w+", g["body"]))
        assert 300 <= words <= 1200, (g["title"], words)
        assert g["body"].startswith("# ") and "\n## " in g["body"]
        assert "digitales" in g["categories"]
        assert set(accounts[g["author"]]["roles"]) & {"coordinator", "admin"}
    text = "\n".join(g["body"] for g in guides)
    for must in ("§ 32 Abs. 2 BGB", "Jitsi", "Protokoll", "Art. 6", "Art. 28 DSGVO", "iCal", "webcal://",
                 "Zwei-Faktor", "Passwortmanager", "Instagram", "Impressum", "SEPA", "Gläubiger-ID",
                 "Vorabankündigung", "BITV", "Leichte Sprache", "WCAG", "Ehrenamtspauschale"):
        assert must in text, must


def test_no_placeholder_text(records: Records) -> None:
    text = json.dumps(records, ensure_ascii=False).lower()
    for placeholder in ("lorem", "ipsum", "todo", "xxx", "angebot 1", "test123", "foo", "dummy", "beispieltext"):
        assert not re.search(rf"\b{placeholder}\b", text), placeholder


# --- purity -------------------------------------------------------------------------------------------------------

def test_demo_package_imports_only_pure_python() -> None:
    allowed = {"__future__", "dataclasses", "datetime", "functools", "typing", "zoneinfo", "core"}
    package = Path(core.demo.__file__).parent
    for path in package.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom):
                names = [node.module or ""]
            else:
                continue
            for name in names:
                assert name.split(".")[0] in allowed, f"{path.name} imports {name}"
        assert "open(" not in path.read_text(encoding="utf-8"), path.name
        assert len(path.read_text(encoding="utf-8").splitlines()) <= 420, f"{path.name} is too long"
