"""Role × entity × read/write matrix: who receives what (snapshot and log) and who may write what — no leak.

The expectations are written out by hand (not derived from core.access), so a change in the rules that widens
access fails here.
"""

from __future__ import annotations

from typing import Any

import pytest

from core.access import subscriptions
from core.ids import stable_id
from core.protocol import ACCEPTED, CONFLICT, REJECTED
from sync_server.service import SyncService, account_record_id
from sync_server.service.cursor import Cursor, scope_fingerprint
from sync_server.storage import SQLiteStorage
from tests.server.support import (
    CAST,
    FakeClock,
    TestDevice,
    add_cast,
    appointment,
    attachment,
    contact,
    guide,
    interest,
    make_settings,
    offer,
    organisation,
    rsvp,
    task,
    visit,
)

ANON = "anonymous"
PEOPLE = [*CAST, ANON]
CARE = {"contact", "visit", "task"}


class World:
    def __init__(self, tmp_path) -> None:
        self.clock = FakeClock()
        settings = make_settings(str(tmp_path / "matrix.db"), self.clock)
        self.store = SQLiteStorage(settings.db_path)
        self.service = SyncService(settings, self.store)
        add_cast(self.service)
        self.devices = {u: TestDevice(self.service, u, self.clock) for u in CAST}
        self.ids: dict[str, str] = {}
        self._build()

    def push(self, who: str, name: str, entity: str, values: dict[str, Any], record_id: str | None = None) -> None:
        rid, m = self.devices[who].create(entity, values, record_id)
        result = self.devices[who].push_one(m)
        assert result["status"] == ACCEPTED, (name, result)
        self.ids[name] = rid

    def _build(self) -> None:
        d = self.devices
        self.push("klaus", "org", "organisation", organisation(["klaus"]))
        self.push("vera", "offer_active", "offer", offer("vera"))
        self.push("vera", "offer_draft", "offer", offer("vera", status="draft"))
        self.push("klaus", "interest", "interest", interest(self.ids["offer_active"], "klaus"))
        self.push("klaus", "appt_private", "appointment", appointment("klaus", ["vera"]))
        self.push("klaus", "appt_public", "appointment", appointment("klaus", public=True))
        self.push("klaus", "coaching", "appointment", appointment(
            "klaus", kind="coaching", status="requested", organisation=self.ids["org"]))
        appt = self.ids["appt_private"]
        self.push("vera", "rsvp", "rsvp", rsvp(appt, "vera"), stable_id("rsvp", appt, "vera"))
        self.push("corinna", "guide", "guide", guide("corinna"))
        self.push("vera", "att_offer", "attachment", attachment("offer", self.ids["offer_active"]))
        self.push("corinna", "contact_a1", "contact", contact(["lena"]))
        self.push("corinna", "contact_a2", "contact", contact(["lars"], name="Karl Zweiter"))
        self.push("max", "contact_m1", "contact", contact(["mia"], municipality="menden", recorded_by="max"))
        for u in CAST:
            d[u].sync_down()
        self.push("lena", "visit_a1", "visit", visit(self.ids["contact_a1"], "lena"))
        self.push("lena", "task_a1", "task", task(self.ids["contact_a1"]))
        self.push("lena", "att_a1", "attachment", attachment("contact", self.ids["contact_a1"]))
        self.push("mia", "visit_m1", "visit", visit(self.ids["contact_m1"], "mia"))
        # a conflict between Lena (offline, earlier) and the coordinator (later) on the contact's needs
        early = d["lena"].mutation("contact", self.ids["contact_a1"], {"needs": "von Lena"})
        self.clock.advance(minutes=5)
        assert d["corinna"].push_one(d["corinna"].mutation("contact", self.ids["contact_a1"],
                                                           {"needs": "von Corinna"}))["status"] == ACCEPTED
        result = d["lena"].push_one(early)
        assert result["status"] == CONFLICT
        self.ids["conflict"] = result["conflicts"][0]
        for u in CAST:
            self.ids[f"account:{u}"] = account_record_id(u)
        for u in CAST:
            d[u].sync_down()

    def names(self, record_ids: set[str]) -> set[str]:
        by_id = {v: k for k, v in self.ids.items()}
        return {by_id.get(i, f"unknown:{i}") for i in record_ids}


PUBLIC = {"org", "offer_active", "appt_public", "guide", "att_offer"}
CAN_READ: dict[str, set[str]] = {
    ANON: PUBLIC,
    "vera": PUBLIC | {"offer_draft", "interest", "appt_private", "rsvp", "account:vera"},
    "klaus": PUBLIC | {"interest", "appt_private", "rsvp", "coaching", "account:klaus"},
    "lena": PUBLIC | {"contact_a1", "visit_a1", "task_a1", "att_a1", "conflict", "account:lena"},
    "lars": PUBLIC | {"contact_a2", "account:lars"},
    "mia": PUBLIC | {"contact_m1", "visit_m1", "account:mia"},
    "corinna": PUBLIC | {"contact_a1", "contact_a2", "visit_a1", "task_a1", "att_a1", "conflict", "coaching",
                         "account:corinna"},
    "max": PUBLIC | {"contact_m1", "visit_m1", "account:max"},
    "ada": PUBLIC | {"account:ada"},
}


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    w = World(tmp_path_factory.mktemp("read-matrix"))
    yield w
    w.store.close()


def _pull_everything(service: SyncService, device: TestDevice | None, cursor: str | None) -> set[str]:
    session = device.session if device else None
    seen: set[str] = set()
    for _ in range(1000):
        page = service.pull(session, cursor, 4096).as_dict()
        seen |= {d["id"] for d in page["changes"]}
        cursor = page["cursor"]
        if not page["more"]:
            return seen
    raise AssertionError("pull did not end")


@pytest.mark.parametrize("who", PEOPLE)
def test_snapshot_gives_each_role_exactly_its_records(world, who):
    dev = None if who == ANON else world.devices[who]
    assert world.names(_pull_everything(world.service, dev, None)) == CAN_READ[who]


@pytest.mark.parametrize("who", PEOPLE)
def test_change_log_gives_each_role_exactly_its_records(world, who):
    dev = None if who == ANON else TestDevice(world.service, who, world.clock)  # a fresh device
    actor = None if dev is None else dev.session.actor
    from_start = Cursor(0).encode(world.service.node_id, scope_fingerprint(subscriptions(actor)))
    assert world.names(_pull_everything(world.service, dev, from_start)) == CAN_READ[who]


@pytest.mark.parametrize("who", ["vera", "klaus", "ada", ANON])
def test_volunteers_club_admins_and_admins_never_receive_care_data(world, who):
    dev = None if who == ANON else TestDevice(world.service, who, world.clock)
    pages = []
    cursor = None
    while True:
        page = world.service.pull(dev.session if dev else None, cursor).as_dict()
        pages.append(page)
        cursor = page["cursor"]
        if not page["more"]:
            break
    entities = {d["e"] for p in pages for d in p["changes"]}
    assert not entities & CARE
    assert "Erna Beispiel" not in str(pages)


@pytest.mark.parametrize("who", ["lena", "lars", "mia"])
def test_a_lotse_receives_only_assigned_contacts(world, who):
    dev = world.devices[who]
    contacts = {rid for (e, rid) in dev.records if e == "contact"}
    for rid in contacts:
        assert who in dev.get("contact", rid)["assigned_lotsen"]
    assert len(contacts) == 1


# -- writes ------------------------------------------------------------------------------------------------------
ENTITIES = ["organisation", "offer", "interest", "appointment", "rsvp", "guide", "contact", "visit", "task",
            "attachment", "account", "conflict"]

# who may create a record of the entity (as themselves: owner/author/organiser = the person)
CAN_CREATE: dict[str, set[str]] = {
    "organisation": {"klaus", "corinna", "max", "ada"},
    "offer": set(CAST),
    "interest": set(CAST),
    "appointment": set(CAST),
    "rsvp": set(CAST),  # on a public appointment
    "guide": {"corinna", "max", "ada"},
    "contact": {"lena", "lars", "mia", "corinna", "max"},  # in their own town
    "visit": {"lena", "corinna"},  # on Lena's Arnsberg contact
    "task": {"lena", "corinna"},
    "attachment": {"lena", "corinna"},  # to Lena's contact
    "account": set(),  # accounts are made by the administration's tool, not by a push
    "conflict": set(),  # only the server writes conflict records
}

# who may edit the existing record of the entity (the change given in EDITS)
CAN_EDIT: dict[str, set[str]] = {
    "organisation": {"klaus", "corinna", "ada"},  # its admin, the town's coordinator, admins
    "offer": {"vera", "corinna", "ada"},  # owner, coordinator of the town, admins
    "interest": {"vera"},  # the offer's owner answers
    "appointment": {"klaus", "vera", "ada"},  # organiser, invitee (guests may edit by default), admins
    "rsvp": {"vera"},
    "guide": {"corinna", "max", "ada"},
    "contact": {"lena", "corinna"},
    "visit": set(),  # append-only
    "task": {"lena", "corinna"},
    "attachment": {"lena", "corinna"},
    "account": {"vera", "ada"},  # Vera's profile: Vera (display name) and admins
    "conflict": {"lena", "corinna"},  # the people concerned set its status
}

EDITS: dict[str, tuple[str, dict[str, Any]]] = {
    "organisation": ("org", {"description": "Neue Beschreibung"}),
    "offer": ("offer_active", {"place": "Neheim"}),
    "interest": ("interest", {"status": "beantwortet", "answer": "Gern!"}),
    "appointment": ("appt_private", {"title": "Neuer Titel"}),
    "rsvp": ("rsvp", {"status": "abgesagt"}),
    "guide": ("guide", {"summary": "Kurz gefasst"}),
    "contact": ("contact_a1", {"needs": "geändert"}),
    "visit": ("visit_a1", {"notes": "nachträglich geändert"}),
    "task": ("task_a1", {"done": True}),
    "attachment": ("att_a1", {"file_name": "neu.pdf"}),
    "account": ("account:vera", {"display_name": "Vera Neu"}),
    "conflict": ("conflict", {"status": "kept"}),
}


def _new_record(w: World, who: str, entity: str) -> tuple[str, dict[str, Any]]:
    town = CAST[who].municipality
    values = {
        "organisation": organisation([who], municipality=town),
        "offer": offer(who),
        "interest": interest(w.ids["offer_active"], who),
        "appointment": appointment(who),
        "rsvp": rsvp(w.ids["appt_public"], who),
        "guide": guide(who),
        "contact": contact([who], municipality=town, recorded_by=who),
        "visit": visit(w.ids["contact_a1"], who),
        "task": task(w.ids["contact_a1"]),
        "attachment": attachment("contact", w.ids["contact_a1"]),
        "account": {"username": "newbie", "display_name": "Neu", "roles": ["volunteer"],
                    "municipality": "arnsberg"},
        "conflict": {"entity": "offer", "record_id": w.ids["offer_active"], "field": "title",
                     "at": "2026-11-18T10:00:00Z", "concerned": [who], "status": "open"},
    }[entity]
    record_id = {"rsvp": stable_id("rsvp", w.ids["appt_public"], who),
                 "account": account_record_id("newbie")}.get(entity)
    return record_id or "", values


@pytest.fixture(scope="module")
def write_world(tmp_path_factory):
    w = World(tmp_path_factory.mktemp("write-matrix"))
    yield w
    w.store.close()


@pytest.mark.parametrize("entity", ENTITIES)
@pytest.mark.parametrize("who", list(CAST))
def test_create_matrix(write_world, who, entity):
    w = write_world
    record_id, values = _new_record(w, who, entity)
    dev = w.devices[who]
    _rid, m = dev.create(entity, values, record_id or None)
    result = dev.push_one(m)
    allowed = who in CAN_CREATE[entity]
    assert result["status"] == (ACCEPTED if allowed else REJECTED), result
    if not allowed:
        assert "denial" in result and "problems" not in result  # refused for rights, not for bad data
        assert result["current"] is None


@pytest.mark.parametrize("entity", ENTITIES)
@pytest.mark.parametrize("who", list(CAST))
def test_edit_matrix(write_world, who, entity):
    w = write_world
    name, changes = EDITS[entity]
    dev = w.devices[who]
    dev.sync_down()
    result = dev.push_one(dev.mutation(entity, w.ids[name], changes))
    allowed = who in CAN_EDIT[entity]
    assert result["status"] in ((ACCEPTED, CONFLICT) if allowed else (REJECTED,)), result
    if not allowed:
        visible = name in CAN_READ[who]
        assert (result["current"] is not None) == visible  # the current record only for those who see it

