"""Queries for the UI: filters, paging, "mine", the club directory, appointments, interests, care lists."""

from __future__ import annotations

import pytest

from core.ids import stable_id, uuid7
from tests.store.store_helpers import BERT, KOORD, LOTTE, T0, contact, delta, offer, organisation, page, stamp

TS = stamp(T0 - 60_000)


def _pull_offer(r, title, *, owner="bert", status="active", **kw):
    rid = uuid7(T0 - 60_000)  # made on another device a minute ago
    r.apply_pull(page([delta("offer", rid, {**offer(title=title, **kw), "owner": owner, "status": status}, TS)]))
    return rid


@pytest.fixture
def market(replica):
    """Anna's replica with her own drafts and active offers of others."""
    ids = {
        "tablet": _pull_offer(replica, "Tablet-Kurs", categories=["digitales"], online_possible=True),
        "garten": _pull_offer(replica, "Gartenhilfe", area="ehrenamt", direction="suche",
                              categories=["nachbarschaftshilfe", "umwelt_klima"], municipality="menden"),
        "mathe": _pull_offer(replica, "Nachhilfe Mathe", categories=["bildung", "kinder_jugend"]),
        "alt": _pull_offer(replica, "Alter Aushang", status="archived", categories=["kultur"]),
    }
    ids["mine"] = replica.create("offer", offer(title="Meine Smartphone-Sprechstunde"))
    ids["gone"] = replica.create("offer", offer(title="Gelöscht"))
    replica.delete("offer", ids["gone"])
    return ids


def _titles(items):
    return [i["title"] for i in items]


def test_offers_filter_by_every_list_criterion(replica, market):
    assert _titles(replica.offers(area="ehrenamt")) == ["Gartenhilfe"]
    assert _titles(replica.offers(direction="suche")) == ["Gartenhilfe"]
    assert set(_titles(replica.offers(category="digitales"))) == {"Tablet-Kurs", "Meine Smartphone-Sprechstunde"}
    assert set(_titles(replica.offers(category=["bildung", "umwelt_klima"]))) == {"Nachhilfe Mathe", "Gartenhilfe"}
    assert _titles(replica.offers(municipality="menden")) == ["Gartenhilfe"]
    assert _titles(replica.offers(status="archived")) == ["Alter Aushang"]
    assert set(_titles(replica.offers(status=["active", "draft"], municipality="arnsberg"))) == {
        "Tablet-Kurs", "Nachhilfe Mathe", "Meine Smartphone-Sprechstunde"}
    assert _titles(replica.offers(online=True)) == ["Tablet-Kurs"]
    assert "Tablet-Kurs" not in _titles(replica.offers(online=False, limit=None))
    assert _titles(replica.offers(mine=True)) == ["Meine Smartphone-Sprechstunde"]
    assert _titles(replica.offers(text="mathe")) == ["Nachhilfe Mathe"]
    assert "Gelöscht" not in _titles(replica.offers(limit=None))


def test_offers_page_without_gaps_or_repeats(replica, market):
    assert replica.count_offers() == 5
    pages = [replica.offers(limit=2, offset=o) for o in (0, 2, 4)]
    assert [len(p) for p in pages] == [2, 2, 1]
    ids = [o["id"] for p in pages for o in p]
    assert len(set(ids)) == 5 and ids == [o["id"] for o in replica.offers(limit=None)]
    assert ids[0] == market["mine"]  # newest first
    assert replica.count_offers(status="active", municipality="arnsberg") == 2
    assert _titles(replica.offers(order="title", limit=None))[0] == "Alter Aushang"


def test_mine_is_empty_for_a_visitor(open_replica, market):
    visitor = open_replica("visitor.db", session=None)
    _pull_offer(visitor, "Öffentlich")
    assert visitor.offers(mine=True) == [] and visitor.count_offers(mine=True) == 0


def test_the_club_directory_filters_by_category_town_and_accessibility(replica):
    orgs = [
        organisation(name="Heimatverein Neheim"),
        organisation(name="Tafel Menden", municipality="menden", categories=["nachbarschaftshilfe"],
                     accessibility=["stufenlos", "barrierefreies_wc", "aufzug"]),
        organisation(name="Schachclub Hüsten", categories=["sport", "senioren"], accessibility=[],
                     wants_coaching=True),
    ]
    replica.apply_pull(page([delta("organisation", uuid7(), o, TS) for o in orgs]))
    assert [o["name"] for o in replica.organisations()] == ["Heimatverein Neheim", "Schachclub Hüsten",
                                                             "Tafel Menden"]
    assert [o["name"] for o in replica.organisations(municipality="menden")] == ["Tafel Menden"]
    assert [o["name"] for o in replica.organisations(category="sport")] == ["Schachclub Hüsten"]
    assert [o["name"] for o in replica.organisations(accessibility=["stufenlos", "aufzug"])] == ["Tafel Menden"]
    assert [o["name"] for o in replica.organisations(accessibility=["stufenlos"])] == [
        "Heimatverein Neheim", "Tafel Menden"]
    assert [o["name"] for o in replica.organisations(wants_coaching=True)] == ["Schachclub Hüsten"]
    assert [o["name"] for o in replica.organisations(text="Schach")] == ["Schachclub Hüsten"]
    assert replica.count_organisations(municipality="arnsberg") == 2


def test_upcoming_appointments_are_the_session_users_and_public_ones(replica, wall):
    now = "2025-11-26T10:00:00Z"

    def appt(title, start, **kw):
        values = {"title": title, "start": start, "organiser": "bert", "kind": "meeting", "status": "planned", **kw}
        return delta("appointment", uuid7(), values, TS)

    replica.apply_pull(page([
        appt("Vorbei", "2025-11-25T10:00:00Z", public=True),
        appt("Läuft gerade", "2025-11-26T09:00:00Z", end="2025-11-26T11:00:00Z", invitees=["anna"]),
        appt("Eingeladen", "2025-12-01T18:00:00Z", invitees=["anna", "carla"]),
        appt("Öffentlich", "2025-11-30T15:00Z", public=True),
        appt("Privat von Bert", "2025-11-28T12:00:00Z"),
        appt("Ganztägig heute", "2025-11-26T00:00:00Z", all_day=True, public=True),
        appt("Abgesagt", "2025-11-29T12:00:00Z", public=True, status="cancelled"),
    ]))
    own = replica.create("appointment", {"title": "Mein Treffen", "start": "2025-11-27T08:00:00Z"})
    replica.create("rsvp", {"appointment": own, "status": "zugesagt"})
    got = replica.upcoming_appointments(now=now)
    assert _titles(got) == ["Ganztägig heute", "Läuft gerade", "Mein Treffen", "Abgesagt", "Öffentlich",
                            "Eingeladen"]
    assert got[2]["my_rsvp"] == "zugesagt" and got[0]["my_rsvp"] is None
    assert "Abgesagt" not in _titles(replica.upcoming_appointments(now=now, include_cancelled=False))
    replica.set_session(None)
    assert _titles(replica.upcoming_appointments(now=now)) == ["Ganztägig heute", "Abgesagt", "Öffentlich"]


def test_interests_for_my_offers_and_sent_by_me(replica):
    theirs = _pull_offer(replica, "Gitarre lernen")
    mine = replica.create("offer", offer(title="Fahrrad reparieren", status="active"))
    replica.create("interest", {"offer": theirs, "message": "Ich hätte Interesse!"})
    replica.apply_pull(page([delta("interest", uuid7(), {"offer": mine, "from_user": "bert",
                                                         "message": "Wann passt es?", "status": "neu"}, TS)]))
    (received,) = replica.interests_for_my_offers()
    assert received["from_user"] == "bert" and received["offer_title"] == "Fahrrad reparieren"
    (sent,) = replica.interests_sent()
    assert sent["offer_title"] == "Gitarre lernen" and sent["status"] == "neu"
    assert replica.interests_for_my_offers(status="angenommen") == []


def test_guides_by_category(replica):
    replica.apply_pull(page([
        delta("guide", uuid7(), {"title": "Vereinswebseite erstellen", "body": "Schritt 1 …", "author": "koord",
                                 "categories": ["digitales"]}, TS),
        delta("guide", uuid7(), {"title": "Datenschutz im Verein", "body": "DSGVO …", "author": "koord"}, TS),
    ]))
    assert _titles(replica.guides()) == ["Datenschutz im Verein", "Vereinswebseite erstellen"]
    assert _titles(replica.guides(category="digitales")) == ["Vereinswebseite erstellen"]


def test_a_lotse_sees_their_contacts_visit_timeline_and_tasks(open_replica):
    r = open_replica(session=LOTTE)
    mine = r.create("contact", contact())
    other = uuid7()
    r.apply_pull(page([delta("contact", other, contact(name="Anderer Kontakt", assigned_lotsen=["lars"]), TS)]))
    r.create("visit", {"contact": mine, "date": "2025-10-01", "notes": "Erstgespräch"})
    r.create("visit", {"contact": mine, "date": "2025-11-20", "notes": "Antrag gestellt"})
    r.create("task", {"contact": mine, "text": "Bescheid abwarten", "due": "2025-12-15", "assignee": "lotte"})
    r.create("task", {"contact": mine, "text": "Rückruf Tochter", "due": "2025-12-01"})
    done = r.create("task", {"contact": mine, "text": "Formular besorgen", "done": True})
    assert [c["name"] for c in r.contacts()] == ["Erika Mustermann"]
    assert [v["notes"] for v in r.visits_of(mine)] == ["Antrag gestellt", "Erstgespräch"]
    assert [t["text"] for t in r.tasks(contact_id=mine)] == ["Rückruf Tochter", "Bescheid abwarten"]
    assert [t["text"] for t in r.tasks(mine=True)] == ["Bescheid abwarten"]
    assert done in [t["id"] for t in r.tasks(open_only=False)]
    r.set_session(KOORD)  # the town's coordinator sees every contact this device holds
    assert [c["name"] for c in r.contacts()] == ["Anderer Kontakt", "Erika Mustermann"]
    r.set_session(BERT)
    assert r.contacts() == []


def test_rsvps_of_an_appointment(replica):
    aid = replica.create("appointment", {"title": "Treffen", "start": "2026-01-10T10:00:00Z", "public": True})
    replica.create("rsvp", {"appointment": aid, "status": "vielleicht"})
    (answer,) = replica.rsvps(aid)
    assert answer["id"] == stable_id("rsvp", aid, "anna") and answer["status"] == "vielleicht"
