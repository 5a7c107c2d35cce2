"""Access rules: scope keys per entity, subscriptions per role, and who may write what."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from core.access import PUBLIC, Actor, Denial, check_write, scope_keys, subscriptions, user_key
from core.model import ENTITIES
from core.schema import DELETED

ORG_A = "0193a1b2-0000-7000-8000-00000000a001"  # a club in Arnsberg, run by jonas
ORG_M = "0193a1b2-0000-7000-8000-00000000a002"  # a club in Menden, run by mia
OFFER = "0193a1b2-0000-7000-8000-00000000b001"  # anna's active offer
DRAFT = "0193a1b2-0000-7000-8000-00000000b002"  # anna's draft
GONE_OFFER = "0193a1b2-0000-7000-8000-00000000b003"  # deleted
CLUB_OFFER = "0193a1b2-0000-7000-8000-00000000b004"  # offer of ORG_A
PRIVATE = "0193a1b2-0000-7000-8000-00000000c001"  # anna's appointment with bernd
PUBLIC_APPT = "0193a1b2-0000-7000-8000-00000000c002"
COACHING = "0193a1b2-0000-7000-8000-00000000c003"  # coaching requested by ORG_A
CANCELLED = "0193a1b2-0000-7000-8000-00000000c004"  # deleted
CONTACT = "0193a1b2-0000-7000-8000-00000000d001"  # Arnsberg, lotse lena
GONE_CONTACT = "0193a1b2-0000-7000-8000-00000000d002"
VISIT = "0193a1b2-0000-7000-8000-00000000e001"
TASK = "0193a1b2-0000-7000-8000-00000000e002"
CONFLICT = "0193a1b2-0000-7000-8000-00000000f001"
MISSING = "0193a1b2-0000-7000-8000-00000000ffff"

RECORDS: dict[tuple[str, str], dict[str, Any]] = {
    ("organisation", ORG_A): {"name": "TuS Arnsberg", "municipality": "arnsberg", "admins": ["jonas"]},
    ("organisation", ORG_M): {"name": "Heimatverein Menden", "municipality": "menden", "admins": ["mia"]},
    ("offer", OFFER): {"title": "Smartphone-Hilfe", "owner": "anna", "status": "active", "municipality": "menden"},
    ("offer", DRAFT): {"title": "Entwurf", "owner": "anna", "status": "draft", "municipality": "menden"},
    ("offer", GONE_OFFER): {"title": "weg", "owner": "anna", "status": "active", "municipality": "menden",
                            DELETED: True},
    ("offer", CLUB_OFFER): {"title": "Übungsleitung", "owner": "jonas", "status": "active",
                            "municipality": "arnsberg", "organisation": ORG_A},
    ("appointment", PRIVATE): {"title": "Kaffee", "organiser": "anna", "invitees": ["bernd"], "public": False,
                               "kind": "meeting", "status": "planned", "guests_can_edit": True},
    ("appointment", PUBLIC_APPT): {"title": "Ehrenamtsbörse", "organiser": "koord.a", "invitees": [],
                                   "public": True, "kind": "meeting", "status": "planned", "guests_can_edit": False},
    ("appointment", COACHING): {"title": "Coaching", "organiser": "jonas", "invitees": [], "kind": "coaching",
                                "status": "requested", "organisation": ORG_A, "guests_can_edit": True},
    ("appointment", CANCELLED): {"title": "Abgesagt", "organiser": "anna", "invitees": ["bernd"], "public": True,
                                 "kind": "meeting", "status": "planned", DELETED: True},
    ("contact", CONTACT): {"name": "Frau M.", "municipality": "arnsberg", "assigned_lotsen": ["lena"],
                           "needs": "Einkauf"},
    ("contact", GONE_CONTACT): {"name": "Herr K.", "municipality": "arnsberg", "assigned_lotsen": ["lena"],
                                DELETED: True},
    ("visit", VISIT): {"contact": CONTACT, "date": "2026-11-20", "author": "lena", "notes": "Pflegegrad beantragt"},
    ("task", TASK): {"contact": CONTACT, "text": "Antrag abschicken", "done": False},
    ("conflict", CONFLICT): {"entity": "contact", "record_id": CONTACT, "field": "needs", "kept_value": "a",
                             "lost_value": "b", "concerned": ["lena", "koord.a"], "status": "open"},
    ("account", "anna"): {"username": "anna", "display_name": "Anna", "roles": ["volunteer"],
                          "municipality": "menden"},
}


def lookup(entity: str, record_id: str) -> dict[str, Any] | None:
    assert entity in ENTITIES, f"lookup of unknown entity {entity!r}"
    return RECORDS.get((entity, record_id))


def get(entity: str, record_id: str) -> dict[str, Any]:
    return dict(RECORDS[(entity, record_id)])


ANNA = Actor("anna", frozenset({"volunteer"}), "menden")
BERND = Actor("bernd", frozenset({"volunteer"}), "arnsberg")
JONAS = Actor("jonas", frozenset({"volunteer", "club_admin"}), "arnsberg", frozenset({ORG_A}))
LENA = Actor("lena", frozenset({"lotse"}), "arnsberg")
LARS = Actor("lars", frozenset({"lotse"}), "arnsberg")  # a Lotse of the same town, not assigned
LOTTA = Actor("lotta", frozenset({"lotse"}), "menden")
KOORD_A = Actor("koord.a", frozenset({"coordinator"}), "arnsberg")
KOORD_M = Actor("koord.m", frozenset({"coordinator"}), "menden")
KOORD_NOWHERE = Actor("koord.x", frozenset({"coordinator"}), "")
ADMIN = Actor("admin", frozenset({"admin"}), "arnsberg")
EVERYBODY = [ANNA, BERND, JONAS, LENA, LARS, LOTTA, KOORD_A, KOORD_M, KOORD_NOWHERE, ADMIN]


def keys(entity: str, values: dict[str, Any]) -> set[str]:
    return set(scope_keys(entity, values, lookup))


def readers(entity: str, values: dict[str, Any]) -> set[str]:
    """Usernames of the actors whose subscriptions meet the record's scope keys."""
    scope = scope_keys(entity, values, lookup)
    return {a.username for a in EVERYBODY if subscriptions(a) & scope}


def allowed(actor: Actor | None, entity: str, before: dict[str, Any] | None, changes: dict[str, Any]) -> bool:
    return check_write(actor, entity, before, changes, lookup) is None


def denial(actor: Actor | None, entity: str, before: dict[str, Any] | None, changes: dict[str, Any]) -> Denial:
    found = check_write(actor, entity, before, changes, lookup)
    assert found is not None, "expected a denial"
    return found


# --- scope keys --------------------------------------------------------------------------------------------------

def test_organisations_and_guides_are_public() -> None:
    assert keys("organisation", get("organisation", ORG_A)) == {PUBLIC}
    assert keys("guide", {"title": "Anleitung", "author": "koord.a"}) == {PUBLIC}


@pytest.mark.parametrize("status, public", [("active", True), ("matched", True), ("draft", False),
                                            ("archived", False)])
def test_offer_scope_public_only_when_active(status: str, public: bool) -> None:
    values = {**get("offer", OFFER), "status": status}
    assert keys("offer", values) == ({PUBLIC, "u:anna"} if public else {"u:anna"})


def test_drafts_are_seen_by_their_owner_only() -> None:
    assert readers("offer", get("offer", DRAFT)) == {"anna"}


def test_a_deleted_offer_keeps_its_scope_so_readers_get_the_tombstone() -> None:
    assert keys("offer", get("offer", GONE_OFFER)) == {PUBLIC, "u:anna"}


def test_interest_goes_to_sender_and_offer_owner() -> None:
    assert keys("interest", {"offer": OFFER, "from_user": "bernd", "message": "Hallo"}) == {"u:bernd", "u:anna"}
    assert keys("interest", {"offer": MISSING, "from_user": "bernd"}) == {"u:bernd"}


def test_appointment_to_organiser_and_invitees() -> None:
    assert keys("appointment", get("appointment", PRIVATE)) == {"u:anna", "u:bernd"}
    assert readers("appointment", get("appointment", PRIVATE)) == {"anna", "bernd"}


def test_public_appointment_is_public_unless_only_requested() -> None:
    assert keys("appointment", get("appointment", PUBLIC_APPT)) == {PUBLIC, "u:koord.a"}
    requested = {**get("appointment", PUBLIC_APPT), "status": "requested"}
    assert keys("appointment", requested) == {"u:koord.a"}


def test_coaching_appointment_goes_to_the_coordinators_of_the_club_town() -> None:
    assert keys("appointment", get("appointment", COACHING)) == {"u:jonas", "coord:arnsberg"}
    assert readers("appointment", get("appointment", COACHING)) == {"jonas", "koord.a"}


def test_rsvp_to_person_organiser_and_invitees() -> None:
    assert keys("rsvp", {"appointment": PRIVATE, "person": "bernd", "status": "zugesagt"}) == {"u:bernd", "u:anna"}
    assert keys("rsvp", {"appointment": PUBLIC_APPT, "person": "anna"}) == {"u:anna", "u:koord.a"}
    assert PUBLIC not in keys("rsvp", {"appointment": PUBLIC_APPT, "person": "anna"})


def test_contact_to_assigned_lotsen_and_town_care() -> None:
    assert keys("contact", get("contact", CONTACT)) == {"u:lena", "care:arnsberg"}
    assert readers("contact", get("contact", CONTACT)) == {"lena", "koord.a"}


@pytest.mark.parametrize("entity, record_id", [("visit", VISIT), ("task", TASK)])
def test_visits_and_tasks_follow_their_contact(entity: str, record_id: str) -> None:
    assert keys(entity, get(entity, record_id)) == {"u:lena", "care:arnsberg"}
    assert keys(entity, {**get(entity, record_id), "contact": MISSING}) == set()


def test_reassigned_contact_changes_scope() -> None:
    reassigned = {**get("contact", CONTACT), "assigned_lotsen": ["lars"]}
    assert keys("contact", reassigned) == {"u:lars", "care:arnsberg"}


def test_attachment_follows_its_owner_record() -> None:
    assert keys("attachment", {"owner_entity": "offer", "owner_id": OFFER}) == {PUBLIC, "u:anna"}
    assert keys("attachment", {"owner_entity": "contact", "owner_id": CONTACT}) == {"u:lena", "care:arnsberg"}
    assert keys("attachment", {"owner_entity": "offer", "owner_id": MISSING}) == set()
    # no lookup of entities that do not exist (lookup() above fails the test if asked)
    assert keys("attachment", {"owner_entity": "nonsense", "owner_id": OFFER}) == set()
    assert keys("attachment", {"owner_entity": "attachment", "owner_id": OFFER}) == set()


def test_account_to_its_person_and_conflicts_to_the_concerned() -> None:
    assert keys("account", get("account", "anna")) == {"u:anna"}
    assert keys("conflict", get("conflict", CONFLICT)) == {"u:lena", "u:koord.a"}


care_values = st.fixed_dictionaries({
    "municipality": st.sampled_from(["arnsberg", "menden", "", None]),
    "assigned_lotsen": st.lists(st.sampled_from(["lena", "lars", "lotta", "anna", ""]), max_size=3),
    "public": st.booleans(), "status": st.sampled_from(["active", "open"]),
})


@given(care_values)
def test_care_data_is_never_public_and_never_for_admins_or_volunteers(values: dict[str, Any]) -> None:
    scope = scope_keys("contact", values, lookup)
    assert PUBLIC not in scope
    assert all(k.startswith(("u:", "care:")) for k in scope)
    seen_by = readers("contact", values)
    assert "admin" not in seen_by
    assert seen_by <= set(values["assigned_lotsen"]) | {"koord.a", "koord.m"}


# --- subscriptions -----------------------------------------------------------------------------------------------

def test_visitors_subscribe_to_public_data_only() -> None:
    assert subscriptions(None) == {PUBLIC}


@pytest.mark.parametrize("actor, expected", [
    (ANNA, {PUBLIC, "u:anna"}),
    (JONAS, {PUBLIC, "u:jonas"}),
    (LENA, {PUBLIC, "u:lena"}),
    (KOORD_A, {PUBLIC, "u:koord.a", "care:arnsberg", "coord:arnsberg"}),
    (KOORD_M, {PUBLIC, "u:koord.m", "care:menden", "coord:menden"}),
    (KOORD_NOWHERE, {PUBLIC, "u:koord.x"}),
    (ADMIN, {PUBLIC, "u:admin"}),
])
def test_subscriptions_per_role(actor: Actor, expected: set[str]) -> None:
    assert subscriptions(actor) == expected


def test_admins_volunteers_and_lotsen_never_get_care_keys() -> None:
    for actor in (ANNA, BERND, JONAS, LENA, LARS, ADMIN,
                  Actor("root", frozenset({"admin", "club_admin", "volunteer", "lotse"}), "arnsberg")):
        assert not any(k.startswith("care:") for k in subscriptions(actor))


def test_user_key() -> None:
    assert user_key("anna") == "u:anna"


# --- writes: general ---------------------------------------------------------------------------------------------

def test_visitors_cannot_write() -> None:
    found = denial(None, "offer", None, {"title": "x", "owner": "x"})
    assert found.code == "forbidden"
    assert found.message == "Bitte melden Sie sich an, um Änderungen zu speichern."


def test_denial_as_dict() -> None:
    assert Denial("forbidden", "detail", "Nachricht").as_dict() == {
        "code": "forbidden", "detail": "detail", "message": "Nachricht"}


def test_immutable_fields_cannot_change() -> None:
    found = denial(ANNA, "offer", get("offer", OFFER), {"owner": "bernd"})
    assert found.code == "immutable"
    assert found.message == "„Erstellt von“ kann nachträglich nicht geändert werden."
    assert allowed(ANNA, "offer", get("offer", OFFER), {"owner": "anna", "title": "neu"})  # unchanged value is fine
    assert denial(KOORD_M, "offer", get("offer", OFFER), {"owner": "koord.m"}).code == "immutable"
    assert denial(LENA, "task", get("task", TASK), {"contact": GONE_CONTACT}).code == "immutable"


def test_an_unset_immutable_field_may_be_filled_once() -> None:
    before = {k: v for k, v in get("offer", OFFER).items() if k != "owner"}
    assert allowed(ADMIN, "offer", before, {"owner": "anna"})
    assert denial(ADMIN, "offer", {**before, "owner": "anna"}, {"owner": "bernd"}).code == "immutable"
    assert denial(ANNA, "attachment", {"owner_entity": "offer", "owner_id": OFFER, "file_name": "a.pdf"},
                  {"owner_id": DRAFT}).code == "immutable"


# --- organisation ------------------------------------------------------------------------------------------------

def test_organisation_writes() -> None:
    new = {"name": "Neuer Verein", "municipality": "arnsberg", "admins": ["jonas"]}
    assert allowed(JONAS, "organisation", None, new)  # a club admin listing themselves
    assert not allowed(JONAS, "organisation", None, {**new, "admins": ["bernd"]})
    assert not allowed(BERND, "organisation", None, {**new, "admins": ["bernd"]})  # not a club admin
    assert allowed(KOORD_A, "organisation", None, {**new, "admins": []})
    assert not allowed(KOORD_M, "organisation", None, {**new, "admins": []})
    assert not allowed(KOORD_NOWHERE, "organisation", None, {**new, "municipality": ""})
    assert allowed(ADMIN, "organisation", None, {**new, "admins": []})
    before = get("organisation", ORG_A)
    assert allowed(JONAS, "organisation", before, {"description": "Wir sind ein Sportverein."})
    assert allowed(KOORD_A, "organisation", before, {"description": "geprüft"})
    assert not allowed(KOORD_A, "organisation", before, {"municipality": "menden"})  # not into another town
    assert not allowed(KOORD_M, "organisation", before, {"description": "x"})
    assert not allowed(BERND, "organisation", before, {"description": "x"})
    assert not allowed(ANNA, "organisation", before, {DELETED: True})


def test_set_edits_sent_as_element_operations_are_judged_by_the_resulting_set() -> None:
    new = {"name": "Neuer Verein", "municipality": "arnsberg"}
    assert allowed(JONAS, "organisation", None, {**new, "admins": {"jonas": True}})
    # jonas is named in the operations, but as removed: he would not be an admin
    assert not allowed(JONAS, "organisation", None, {**new, "admins": {"jonas": False, "bernd": True}})
    before = get("contact", CONTACT)
    assert not allowed(LENA, "contact", before, {"assigned_lotsen": {"lars": True}})
    assert allowed(KOORD_A, "contact", before, {"assigned_lotsen": {"lars": True, "lena": False}})
    # a Lotse removed by the operations is no longer assigned
    assert not allowed(LENA, "contact", None, {"name": "X", "municipality": "arnsberg",
                                               "assigned_lotsen": {"lena": False}})


# --- offer -------------------------------------------------------------------------------------------------------

def test_offer_create() -> None:
    new = {"title": "Nachhilfe", "owner": "anna", "status": "draft", "municipality": "menden"}
    assert allowed(ANNA, "offer", None, new)
    assert not allowed(ANNA, "offer", None, {**new, "owner": "bernd"})
    assert allowed(JONAS, "offer", None, {**new, "owner": "jonas", "organisation": ORG_A})
    found = denial(ANNA, "offer", None, {**new, "organisation": ORG_A})
    assert found.message == "Nur die Verwaltung dieser Organisation darf in ihrem Namen veröffentlichen."
    assert allowed(KOORD_A, "offer", None, {**new, "owner": "koord.a", "organisation": ORG_A})


def test_offer_edit() -> None:
    before = get("offer", OFFER)
    assert allowed(ANNA, "offer", before, {"title": "neu", "status": "archived"})
    assert allowed(ANNA, "offer", before, {DELETED: True})
    assert not allowed(BERND, "offer", before, {"title": "gekapert"})
    assert allowed(KOORD_M, "offer", before, {"status": "archived"})  # coordinator of the offer's town
    assert not allowed(KOORD_A, "offer", before, {"status": "archived"})
    assert allowed(ADMIN, "offer", before, {DELETED: True})
    club = get("offer", CLUB_OFFER)
    assert allowed(JONAS, "offer", club, {"title": "Übungsleiter:in gesucht"})
    assert not allowed(Actor("mia", frozenset({"club_admin"}), "menden"), "offer", club, {"title": "x"})


def test_offer_cannot_be_moved_into_the_name_of_a_foreign_organisation() -> None:
    before = get("offer", OFFER)
    found = denial(ANNA, "offer", before, {"organisation": ORG_A})
    assert found.message == "Nur die Verwaltung dieser Organisation darf in ihrem Namen veröffentlichen."
    assert allowed(JONAS, "offer", get("offer", CLUB_OFFER), {"organisation": ORG_A, "title": "x"})
    assert allowed(JONAS, "offer", get("offer", CLUB_OFFER), {"organisation": None})


# --- interest ----------------------------------------------------------------------------------------------------

def test_interest_create() -> None:
    new = {"offer": OFFER, "from_user": "bernd", "message": "Ich helfe gern."}
    assert allowed(BERND, "interest", None, new)
    assert not allowed(BERND, "interest", None, {**new, "from_user": "anna"})
    found = denial(BERND, "interest", None, {**new, "offer": DRAFT})
    assert found.message == "Für dieses Angebot kann kein Interesse mehr gemeldet werden."
    assert not allowed(BERND, "interest", None, {**new, "offer": GONE_OFFER})
    assert denial(BERND, "interest", None, {**new, "offer": MISSING}).code == "not_found"


def test_interest_edit() -> None:
    before = {"offer": OFFER, "from_user": "bernd", "message": "Ich helfe gern.", "status": "neu"}
    assert allowed(ANNA, "interest", before, {"status": "angenommen", "answer": "Gern!"})  # the offer's owner
    assert not allowed(ANNA, "interest", before, {"message": "umgeschrieben"})
    assert allowed(BERND, "interest", before, {"message": "Ich helfe gern, ab Montag."})
    assert allowed(BERND, "interest", before, {DELETED: True})
    assert not allowed(BERND, "interest", before, {"status": "angenommen"})
    assert not allowed(JONAS, "interest", before, {"message": "x"})
    assert denial(BERND, "interest", before, {"offer": DRAFT}).code == "immutable"


# --- appointment and rsvp ----------------------------------------------------------------------------------------

def test_appointment_create() -> None:
    new = {"title": "Treffen", "organiser": "anna", "start": "2026-11-26T17:00Z"}
    assert allowed(ANNA, "appointment", None, new)
    assert not allowed(BERND, "appointment", None, new)


def test_appointment_edit() -> None:
    before = get("appointment", PRIVATE)
    assert allowed(ANNA, "appointment", before, {"invitees": ["bernd", "jonas"], "public": True})
    assert allowed(ADMIN, "appointment", before, {DELETED: True})
    assert allowed(BERND, "appointment", before, {"place": "Café am Markt"})  # guests may edit details
    assert not allowed(BERND, "appointment", before, {"invitees": ["bernd", "jonas"]})
    assert not allowed(BERND, "appointment", before, {"invitees": {"jonas": True}})
    assert not allowed(BERND, "appointment", before, {DELETED: True})
    assert not allowed(BERND, "appointment", before, {"public": True})
    assert not allowed(BERND, "appointment", {**before, "guests_can_edit": False}, {"place": "x"})
    assert not allowed(JONAS, "appointment", before, {"place": "x"})
    assert denial(ANNA, "appointment", before, {"organiser": "bernd"}).code == "immutable"


def test_coaching_appointments_are_edited_by_coordinators_of_the_club_town() -> None:
    before = get("appointment", COACHING)
    assert allowed(KOORD_A, "appointment", before, {"status": "planned", "start": "2026-12-01T16:00Z"})
    assert not allowed(KOORD_M, "appointment", before, {"status": "planned"})
    assert not allowed(KOORD_NOWHERE, "appointment", before, {"status": "planned"})
    assert not allowed(KOORD_A, "appointment", get("appointment", PRIVATE), {"title": "x"})


def test_rsvp() -> None:
    mine = {"appointment": PRIVATE, "person": "bernd", "status": "zugesagt"}
    assert allowed(BERND, "rsvp", None, mine)
    assert allowed(BERND, "rsvp", mine, {"status": "abgesagt"})
    assert not allowed(ANNA, "rsvp", None, mine)  # not for somebody else, not even as organiser
    assert not allowed(JONAS, "rsvp", None, {**mine, "person": "jonas"})  # not invited
    assert allowed(ANNA, "rsvp", None, {**mine, "person": "anna"})  # the organiser
    assert allowed(JONAS, "rsvp", None, {"appointment": PUBLIC_APPT, "person": "jonas", "status": "zugesagt"})
    assert denial(BERND, "rsvp", None, {**mine, "appointment": MISSING}).code == "not_found"
    assert denial(BERND, "rsvp", None, {**mine, "appointment": CANCELLED}).code == "not_found"
    assert denial(BERND, "rsvp", mine, {"person": "jonas"}).code == "immutable"


# --- guide, account, conflict ------------------------------------------------------------------------------------

def test_guides_are_written_by_coordinators_and_admins() -> None:
    new = {"title": "Anleitung", "body": "…", "author": "koord.a"}
    assert allowed(KOORD_A, "guide", None, new)
    assert allowed(ADMIN, "guide", None, {**new, "author": "admin"})
    assert not allowed(JONAS, "guide", None, {**new, "author": "jonas"})
    assert not allowed(ANNA, "guide", new, {"body": "x"})


def test_accounts() -> None:
    mine = get("account", "anna")
    assert allowed(ANNA, "account", mine, {"display_name": "Anna S."})
    assert not allowed(ANNA, "account", mine, {"roles": ["volunteer", "admin"]})
    assert not allowed(ANNA, "account", mine, {"roles": {"admin": True}})
    assert not allowed(BERND, "account", mine, {"display_name": "x"})
    assert not allowed(ANNA, "account", None, {"username": "anna2", "display_name": "x"})
    assert allowed(ADMIN, "account", mine, {"roles": ["volunteer", "lotse"]})
    assert denial(ADMIN, "account", mine, {"username": "anna2"}).code == "immutable"


def test_conflict_records_are_server_written_and_only_their_status_is_set_by_the_concerned() -> None:
    before = get("conflict", CONFLICT)
    assert allowed(LENA, "conflict", before, {"status": "restored"})
    assert not allowed(LENA, "conflict", before, {"lost_value": "c"})
    assert not allowed(ANNA, "conflict", before, {"status": "kept"})
    assert not allowed(ADMIN, "conflict", before, {"status": "kept"})
    assert not allowed(LENA, "conflict", None, {**before})
    assert not allowed(ADMIN, "conflict", None, {**before})


# --- care navigation ---------------------------------------------------------------------------------------------

def test_contact_create() -> None:
    new = {"name": "Frau B.", "municipality": "arnsberg", "assigned_lotsen": ["lena"]}
    assert allowed(LENA, "contact", None, new)
    assert not allowed(LENA, "contact", None, {**new, "assigned_lotsen": ["lars"]})
    assert not allowed(LOTTA, "contact", None, {**new, "assigned_lotsen": ["lotta"]})  # other town
    assert allowed(KOORD_A, "contact", None, new)
    assert not allowed(KOORD_M, "contact", None, new)
    assert not allowed(ADMIN, "contact", None, new)
    assert not allowed(ANNA, "contact", None, {**new, "assigned_lotsen": ["anna"]})


def test_contact_edit() -> None:
    before = get("contact", CONTACT)
    assert allowed(LENA, "contact", before, {"needs": "Einkauf, Arztbesuche"})
    assert not allowed(LARS, "contact", before, {"needs": "x"})
    found = denial(LENA, "contact", before, {"assigned_lotsen": ["lena", "lars"]})
    assert found.message == "Zuständigkeit, Ort oder Löschung ändert nur die Koordination."
    assert not allowed(LENA, "contact", before, {"municipality": "menden"})
    assert not allowed(LENA, "contact", before, {DELETED: True})
    assert allowed(KOORD_A, "contact", before, {"assigned_lotsen": ["lars"], DELETED: False})
    assert allowed(KOORD_A, "contact", before, {DELETED: True})
    assert not allowed(KOORD_A, "contact", before, {"municipality": "menden"})  # hand over: the other town's job
    assert not allowed(KOORD_M, "contact", before, {"needs": "x"})
    assert not allowed(ADMIN, "contact", before, {"needs": "x"})
    assert not allowed(KOORD_NOWHERE, "contact", {**before, "municipality": ""}, {"needs": "x"})


def test_visit_create() -> None:
    new = {"contact": CONTACT, "date": "2026-11-26", "author": "lena", "notes": "Gespräch über Entlastung"}
    assert allowed(LENA, "visit", None, new)
    assert not allowed(LENA, "visit", None, {**new, "author": "lars"})
    assert not allowed(LARS, "visit", None, {**new, "author": "lars"})
    assert allowed(KOORD_A, "visit", None, {**new, "author": "koord.a"})
    assert not allowed(ADMIN, "visit", None, {**new, "author": "admin"})
    assert denial(LENA, "visit", None, {**new, "contact": GONE_CONTACT}).code == "not_found"
    assert denial(LENA, "visit", None, {**new, "contact": MISSING}).code == "not_found"


def test_visits_are_append_only() -> None:
    before = get("visit", VISIT)
    found = denial(LENA, "visit", before, {"notes": "nachträglich geändert"})
    assert found.code == "append_only"
    assert found.message == "Ein erfasster Besuch kann nicht geändert werden. Bitte einen neuen Eintrag anlegen."
    assert denial(KOORD_A, "visit", before, {"notes": "x"}).code == "append_only"
    assert denial(LENA, "visit", before, {DELETED: True}).message == "Besuche löscht nur die Koordination."
    assert allowed(KOORD_A, "visit", before, {DELETED: True})


def test_tasks() -> None:
    new = {"contact": CONTACT, "text": "Rückruf Pflegekasse", "assignee": "lena"}
    assert allowed(LENA, "task", None, new)
    assert not allowed(LARS, "task", None, new)
    before = get("task", TASK)
    assert allowed(LENA, "task", before, {"done": True})
    assert allowed(LENA, "task", before, {DELETED: True})
    assert allowed(KOORD_A, "task", before, {"assignee": "lars"})
    assert not allowed(KOORD_M, "task", before, {"done": True})
    assert not allowed(ADMIN, "task", before, {"done": True})


# --- attachments -------------------------------------------------------------------------------------------------

def test_attachments_need_the_right_to_edit_their_owner() -> None:
    file = {"file_name": "flyer.pdf", "media_type": "application/pdf", "size": 10, "sha256": "0" * 64}
    assert allowed(ANNA, "attachment", None, {**file, "owner_entity": "offer", "owner_id": OFFER})
    assert not allowed(BERND, "attachment", None, {**file, "owner_entity": "offer", "owner_id": OFFER})
    assert allowed(LENA, "attachment", None, {**file, "owner_entity": "contact", "owner_id": CONTACT})
    assert not allowed(ADMIN, "attachment", None, {**file, "owner_entity": "contact", "owner_id": CONTACT})
    assert not allowed(ANNA, "attachment", None, {**file, "owner_entity": "conflict", "owner_id": CONFLICT})
    assert not allowed(ANNA, "attachment", None, {**file, "owner_entity": "attachment", "owner_id": OFFER})
    assert not allowed(ANNA, "attachment", None, {**file, "owner_entity": "nonsense", "owner_id": OFFER})
    assert denial(ANNA, "attachment", None, {**file, "owner_entity": "offer", "owner_id": MISSING}).code == \
        "not_found"
    before = {**file, "owner_entity": "offer", "owner_id": OFFER}
    assert allowed(ANNA, "attachment", before, {"file_name": "flyer-2026.pdf"})
    assert denial(ANNA, "attachment", before, {"owner_entity": "contact"}).code == "immutable"


def test_every_writable_entity_has_a_rule() -> None:
    # an entity without a rule is denied for everybody: make sure that only happens on purpose
    for name in ENTITIES:
        found = check_write(ADMIN, name, None, {}, lookup)
        if found is not None:
            assert found.detail != f"no write rule for {name}"
