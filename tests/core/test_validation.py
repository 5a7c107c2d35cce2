"""Validation against the schema: every problem at once, each with a German message fit for the UI."""

from __future__ import annotations

from typing import Any

import pytest

from core.model import ENTITIES
from core.schema import DELETED, Field, FieldType
from core.validation import Problem, new_record, normalise, validate, validate_field, with_defaults

ORG = "0193a1b2-0000-7000-8000-000000000001"
OFFER = "0193a1b2-0000-7000-8000-000000000002"
APPT = "0193a1b2-0000-7000-8000-000000000003"
CONTACT = "0193a1b2-0000-7000-8000-000000000004"

VALID: dict[str, dict[str, Any]] = {
    "organisation": {"name": "TuS Arnsberg 1912 e.V.", "kind": "verein", "municipality": "arnsberg",
                     "categories": ["sport", "kinder_jugend"], "email": "info@tus-arnsberg.de",
                     "phone": "+49 2931 123456", "website": "https://www.tus-arnsberg.de", "admins": ["jonas.becker"],
                     "accessibility": ["stufenlos"], "wants_coaching": True},
    "offer": {"area": "wissen", "direction": "biete", "title": "Smartphone-Hilfe für Senioren",
              "municipality": "menden", "owner": "anna.schulte", "status": "active", "hours": 2,
              "categories": ["digitales", "senioren"], "valid_until": "2026-12-31", "organisation": ORG},
    "interest": {"offer": OFFER, "from_user": "bernd.k", "message": "Ich hätte Interesse!", "status": "neu"},
    "appointment": {"title": "Digitale Vereinsarbeit", "start": "2026-11-26T17:00:00Z", "end": "2026-11-26T18:30Z",
                    "kind": "coaching", "status": "planned", "organiser": "anna.schulte",
                    "online_url": "https://meet.jit.si/ehrenamt-arnsberg", "invitees": ["bernd.k"],
                    "reminder_minutes": 30},
    "rsvp": {"appointment": APPT, "person": "bernd.k", "status": "zugesagt"},
    "guide": {"title": "Vereinsmitglieder per E-Mail erreichen", "body": "# Schritt 1\n…", "author": "koord.arnsberg"},
    "contact": {"name": "Frau M.", "municipality": "arnsberg", "assigned_lotsen": ["lotse.lena"],
                "consent_scope": ["kontaktdaten", "gesundheitsdaten"], "consent_date": "2026-11-02",
                "consent_recorded_by": "lotse.lena", "care_grade": 2, "needs": "Einkaufshilfe\nBegleitung"},
    "visit": {"contact": CONTACT, "date": "2026-11-20", "author": "lotse.lena", "duration_minutes": 45,
              "topics": ["pflegegrad", "antraege"]},
    "task": {"contact": CONTACT, "text": "Antrag Entlastungsbetrag abschicken", "due": "2026-12-01", "done": False},
    "attachment": {"owner_entity": "offer", "owner_id": OFFER, "file_name": "flyer.pdf",
                   "media_type": "application/pdf", "size": 123_456, "sha256": "ab" * 32},
    "account": {"username": "anna.schulte", "display_name": "Anna Schulte", "roles": ["volunteer"],
                "municipality": "menden"},
    "conflict": {"entity": "contact", "record_id": CONTACT, "field": "needs", "kept_value": "a", "lost_value": "b",
                 "at": "2026-11-26T09:30:00Z", "concerned": ["lotse.lena"], "status": "open"},
}


def problems(entity: str, record: dict[str, Any], **kw: Any) -> list[tuple[str, str]]:
    return [(p.field, p.code) for p in validate(entity, record, **kw)]


def offer(**changes: Any) -> dict[str, Any]:
    return {**VALID["offer"], **changes}


def only_problem(entity: str, record: dict[str, Any], **kw: Any) -> Problem:
    found = validate(entity, record, **kw)
    assert len(found) == 1, found
    return found[0]


def test_every_entity_is_covered_by_a_valid_example() -> None:
    assert set(VALID) == set(ENTITIES)


@pytest.mark.parametrize("entity", sorted(VALID))
def test_valid_records_have_no_problems(entity: str) -> None:
    assert validate(entity, VALID[entity]) == []
    assert validate(entity, with_defaults(entity, VALID[entity])) == []


def test_every_problem_is_returned_at_once() -> None:
    found = validate("offer", {"title": "x" * 121, "hours": 200, "area": "sport", "categories": ["quatsch"]})
    assert [(p.field, p.code) for p in found] == [
        ("area", "invalid_choice"), ("direction", "required"), ("title", "too_long"), ("categories", "invalid_choice"),
        ("municipality", "required"), ("hours", "out_of_range"), ("owner", "required"), ("status", "required"),
    ]


def test_required_messages_are_german_sentences() -> None:
    by_field = {p.field: p.message for p in validate("offer", {})}
    assert by_field["title"] == "Bitte einen Titel angeben (höchstens 120 Zeichen)."
    assert by_field["area"] == "Bitte einen Bereich (Ehrenamt oder Wissensbörse) angeben."
    assert by_field["direction"] == "Bitte „Ich biete“ oder „Ich suche“ angeben."
    assert by_field["municipality"] == "Bitte einen Ort (Arnsberg oder Menden) angeben."
    assert set(by_field) == {"area", "direction", "title", "municipality", "owner", "status"}


@pytest.mark.parametrize("entity", sorted(ENTITIES))
def test_every_required_field_has_a_readable_message(entity: str) -> None:
    for p in validate(entity, {}):
        assert p.code == "required"
        assert p.message.startswith("Bitte ") and p.message.endswith(".")
        assert "None" not in p.message and "  " not in p.message


def test_contact_problems_are_reported_once_per_field() -> None:
    found = validate("contact", {"name": "Herr K."})
    assert len({p.field for p in found}) == len(found)
    assert Problem("consent_scope", "required", "Bitte den Umfang der Einwilligung angeben.") in found
    assert ("assigned_lotsen", "required") in [(p.field, p.code) for p in found]


def test_blank_text_counts_as_missing() -> None:
    assert only_problem("offer", offer(title="   \t")).code == "required"
    assert problems("offer", offer(categories=[])) == []  # optional set left empty


@pytest.mark.parametrize("length, ok", [(120, True), (121, False)])
def test_too_long(length: int, ok: bool) -> None:
    found = validate("offer", offer(title="ä" * length))
    if ok:
        assert found == []
    else:
        assert found == [Problem("title", "too_long", "Titel: höchstens 120 Zeichen (jetzt 121).")]


def test_one_line_fields_reject_line_breaks_but_text_fields_keep_them() -> None:
    assert only_problem("offer", offer(title="Zeile 1\nZeile 2")).code == "multiline"
    assert only_problem("offer", offer(place="A\rB")).code == "multiline"
    assert validate("offer", offer(description="Absatz 1\n\nAbsatz 2")) == []


def test_text_fields_want_text() -> None:
    assert only_problem("offer", offer(title=42)) == Problem("title", "not_text", "Titel: bitte Text eingeben.")


def test_enum() -> None:
    assert only_problem("offer", offer(area="sport")) == Problem(
        "area", "invalid_choice", "Bereich: „sport“ ist keine gültige Auswahl.")
    assert only_problem("offer", offer(status="Aktiv")).code == "invalid_choice"  # labels are not values


@pytest.mark.parametrize("value, code", [
    (0, None), (168, None), (-1, "out_of_range"), (169, "out_of_range"),
    ("3", "not_a_number"), (2.5, "not_a_number"), (2.0, "not_a_number"), (True, "not_a_number"),
])
def test_int_range(value: Any, code: str | None) -> None:
    found = validate("offer", offer(hours=value))
    assert [p.code for p in found] == ([code] if code else [])
    if code == "out_of_range":
        assert found[0].message == "Stunden: bitte eine Zahl von 0 bis 168 eingeben."


def test_int_range_message_with_one_bound() -> None:
    at_least = Field("n", FieldType.INT, "Anzahl", min_value=1)
    at_most = Field("n", FieldType.INT, "Anzahl", max_value=9)
    assert validate_field(at_least, 0) == Problem("n", "out_of_range", "Anzahl: bitte eine Zahl ab 1 eingeben.")
    assert validate_field(at_most, 10) == Problem("n", "out_of_range", "Anzahl: bitte eine Zahl bis 9 eingeben.")
    assert validate_field(at_least, 10**9) is None


def test_bool() -> None:
    assert only_problem("offer", offer(online_possible="ja")) == Problem(
        "online_possible", "not_a_boolean", "Online möglich: bitte Ja oder Nein wählen.")
    assert only_problem("offer", offer(online_possible=1)).code == "not_a_boolean"


@pytest.mark.parametrize("value, ok", [
    ("2026-11-26", True), ("2028-02-29", True),
    ("26.11.2026", False), ("2026-02-30", False), ("2026-13-01", False), ("2026-11-26T10:00:00Z", False),
    ("2026-W48-3", False),  # an ISO week date Python would accept
    ("20261126", False), ("2026-11-26\n", False), ("２０２６-11-26", False), ("", True), (20261126, False),
])
def test_dates(value: Any, ok: bool) -> None:
    found = validate("offer", offer(valid_until=value))
    if ok:
        assert found == []
    else:
        assert found == [Problem("valid_until", "invalid_date",
                                 "Gültig bis: bitte ein gültiges Datum angeben (TT.MM.JJJJ).")]


@pytest.mark.parametrize("value, ok", [
    ("2026-11-26T09:30:00Z", True), ("2026-11-26T09:30Z", True),
    ("2026-11-26T09:30:00", False),  # no zone: ambiguous
    ("2026-11-26T09:30:00+01:00", False), ("2026-11-26 09:30Z", False), ("2026-11-26T25:00Z", False),
    ("2026-11-26T09:30:00.5Z", False), ("2026-11-26", False), ("2026-11-26T09:30Z\n", False),
    ("２０２６-11-26T09:30Z", False), (1764151234, False),
])
def test_datetimes(value: Any, ok: bool) -> None:
    record = {**VALID["appointment"], "start": value}
    record.pop("end")
    found = validate("appointment", record)
    if ok:
        assert found == []
    else:
        assert found == [Problem("start", "invalid_datetime", "Beginn: bitte Datum und Uhrzeit angeben.")]


@pytest.mark.parametrize("value, ok", [
    ("info@tus-arnsberg.de", True), ("vorname.nachname+verein@beispiel.org", True),
    ("info@", False), ("info at tus.de", False), ("info@tus", False), ("in fo@tus.de", False),
    ("info@tus.de\n", False),
])
def test_email(value: str, ok: bool) -> None:
    found = validate("organisation", {**VALID["organisation"], "email": value})
    assert found == ([] if ok else [Problem(
        "email", "invalid_email", "E-Mail: bitte eine gültige E-Mail-Adresse angeben (name@beispiel.de).")])


@pytest.mark.parametrize("value, ok", [
    ("https://www.arnsberg.de", True), ("http://menden.de/vereine?seite=2", True), ("HTTPS://MENDEN.DE", True),
    ("www.arnsberg.de", False), ("ftp://arnsberg.de", False), ("https:// arnsberg.de", False),
    ("https://arnsberg.de\n", False), ("javascript:alert(1)", False),
])
def test_url(value: str, ok: bool) -> None:
    found = validate("organisation", {**VALID["organisation"], "website": value})
    assert found == ([] if ok else [Problem(
        "website", "invalid_url", "Webseite: bitte eine Webadresse angeben, die mit https:// beginnt.")])


@pytest.mark.parametrize("value, ok", [
    ("+49 2931 123456", True), ("02373/12345-6", True), ("(02931) 12 34", True),
    ("1234", False), ("Telefon 02931", False), ("+49 2931 123456\n", False),
])
def test_phone(value: str, ok: bool) -> None:
    found = validate("organisation", {**VALID["organisation"], "phone": value})
    assert found == ([] if ok else [Problem(
        "phone", "invalid_phone", "Telefon: bitte eine gültige Telefonnummer angeben (nur Ziffern, +, /, -).")])


@pytest.mark.parametrize("value", ["Anna", "a", "anna schulte", "anna\n", "-anna", "a" * 41, 7])
def test_invalid_usernames(value: Any) -> None:
    assert only_problem("offer", offer(owner=value)).code == "invalid_username"


@pytest.mark.parametrize("value", ["x", ORG.upper(), "{" + ORG + "}", 17])
def test_invalid_references(value: Any) -> None:
    assert only_problem("offer", offer(organisation=value)) == Problem(
        "organisation", "invalid_reference", "Organisation: der Verweis ist ungültig.")


def test_set_items() -> None:
    assert only_problem("offer", offer(categories=["bildung", "quatsch"])) == Problem(
        "categories", "invalid_choice", "Kategorien: „quatsch“ ist keine gültige Auswahl.")
    assert only_problem("offer", offer(categories=["bildung", "sport", "kultur", "tiere", "inklusion", "digitales"])) \
        == Problem("categories", "too_many", "Kategorien: höchstens 5 auswählen.")
    assert only_problem("offer", offer(categories="bildung")).code == "not_a_list"
    assert only_problem("contact", {**VALID["contact"], "assigned_lotsen": ["Lena"]}).code == "invalid_username"
    assert only_problem("account", {**VALID["account"], "organisations": ["kein-verweis"]}).code == "invalid_reference"
    assert only_problem("contact", {**VALID["contact"], "assigned_lotsen": []}) == Problem(
        "assigned_lotsen", "required", "Bitte mindestens eine zuständige Lotsin oder einen zuständigen Lotsen angeben.")


def test_set_edits_as_sent_in_mutations() -> None:
    # a mutation carries a set field as {element: present}
    assert validate("offer", {"categories": {"sport": True, "bildung": False}}, partial=True) == []
    assert validate("offer", {"categories": {"quatsch": False}}, partial=True) == []  # removing is always possible
    assert problems("offer", {"categories": {"quatsch": True}}, partial=True) == [("categories", "invalid_choice")]
    assert problems("offer", {"categories": {"sport": "ja"}}, partial=True) == [("categories", "invalid_operation")]
    six = {c: True for c in ["bildung", "sport", "kultur", "tiere", "inklusion", "digitales"]}
    assert problems("offer", {"categories": six}, partial=True) == [("categories", "too_many")]
    # no operations = no change (set_ops of an unchanged set), not an emptied required set
    assert validate("contact", {"assigned_lotsen": {}}, partial=True) == []
    # a new record whose set is given as operations must still add something to a required set
    new_contact = {**VALID["contact"], "assigned_lotsen": {"lotse.lena": True}}
    assert validate("contact", new_contact) == []
    assert problems("contact", {**new_contact, "assigned_lotsen": {"lotse.lena": False}}) == [
        ("assigned_lotsen", "required")]
    assert problems("contact", {**new_contact, "assigned_lotsen": {}}) == [("assigned_lotsen", "required")]


def test_partial_validation_checks_only_given_fields() -> None:
    assert validate("offer", {"title": "Neuer Titel"}, partial=True) == []
    assert validate("offer", {}, partial=True) == []
    assert problems("offer", {"title": "", "hours": 500}, partial=True) == [
        ("title", "required"), ("hours", "out_of_range")]
    # listed in the schema's order, as a full check lists them, whatever the order of the edit's fields
    assert problems("offer", {"hours": 500, "title": ""}, partial=True) == [
        ("title", "required"), ("hours", "out_of_range")]
    assert problems("offer", {"description": None}, partial=True) == []  # clearing an optional field


def test_unknown_fields_are_kept_not_errors() -> None:
    record = offer(future_field={"from": "a newer app"}, another=[1, 2])
    assert validate("offer", record) == []
    assert validate("offer", {"future_field": 1}, partial=True) == []
    assert with_defaults("offer", record)["future_field"] == {"from": "a newer app"}


@pytest.mark.parametrize("number", [float("nan"), float("inf"), float("-inf"), 2**63, -(2**63) - 1, 2**70 + 1])
def test_numbers_json_cannot_carry_are_refused_in_every_field(number: float) -> None:
    conflict = {**VALID["conflict"], "kept_value": {"list": [1, number]}}
    assert problems("conflict", conflict) == [("kept_value", "not_json")]
    assert problems("conflict", {"lost_value": number}, partial=True) == [("lost_value", "not_json")]
    assert problems("offer", {"future_field": [{"a": number}]}, partial=True) == [("future_field", "not_json")]
    assert problems("offer", {"hours": number}, partial=True) in ([("hours", "not_a_number")],  # one problem a field
                                                                    [("hours", "out_of_range")])
    unbounded = validate_field(Field("n", FieldType.INT, "Anzahl"), number)
    assert unbounded is not None and unbounded.code in ("not_a_number", "not_json")
    assert "ungültige Zahl" in only_problem("offer", {"future_field": number}, partial=True).message
    assert new_record("conflict", conflict)[1] == validate("conflict", conflict)


def test_finite_numbers_and_nested_json_are_fine() -> None:
    kept = {"a": [1.5, -0.0, 1e300, None, "NaN", 2**63 - 1, -(2**63)]}
    assert validate("conflict", {**VALID["conflict"], "kept_value": kept}) == []
    assert validate("offer", {"future_field": 2**63 - 1}, partial=True) == []


def test_tombstone_must_be_a_boolean() -> None:
    assert validate("offer", offer(**{DELETED: True})) == []
    assert only_problem("offer", {DELETED: "yes"}, partial=True) == Problem(
        DELETED, "not_a_boolean", "Löschvermerk ist ungültig.")


@pytest.mark.parametrize("start, end, ok", [
    ("2026-11-26T10:00:00Z", "2026-11-26T09:59:59Z", False),
    ("2026-11-26T10:00Z", "2026-11-25T23:00Z", False),
    ("2026-11-26T10:00:00Z", "2026-11-26T10:00:00Z", True),
    ("2026-11-26T10:00Z", "2026-11-26T10:00:30Z", True),  # later, though it sorts before as a string
    ("2026-11-26T09:30:00Z", "2026-11-26T09:30Z", True),
    ("2026-11-26T09:30Z", "2026-11-26T09:30:00Z", True),
])
def test_end_before_start(start: str, end: str, ok: bool) -> None:
    found = validate("appointment", {**VALID["appointment"], "start": start, "end": end})
    assert found == ([] if ok else [
        Problem("end", "end_before_start", "Ende: das Ende darf nicht vor dem Beginn liegen.")])


def test_end_before_start_is_checked_in_partial_edits_that_give_both() -> None:
    assert problems("appointment", {"start": "2026-11-26T10:00Z", "end": "2026-11-26T09:00Z"}, partial=True) == [
        ("end", "end_before_start")]
    assert validate("appointment", {"end": "2026-11-26T09:00Z"}, partial=True) == []


def test_invalid_datetimes_are_not_also_reported_as_end_before_start() -> None:
    assert problems("appointment", {**VALID["appointment"], "end": "gestern"}) == [("end", "invalid_datetime")]


def test_with_defaults_fills_only_absent_fields() -> None:
    record = {"area": "ehrenamt", "direction": "suche", "title": "Trainer:in gesucht", "municipality": "arnsberg",
              "owner": "jonas.becker", "online_possible": True}
    filled = with_defaults("offer", record)
    assert filled == {**record, "status": "draft", "commitment": "einmalig"}
    assert "status" not in record  # the input is not changed
    assert validate("offer", record) == [Problem("status", "required", "Bitte einen Status angeben.")]
    assert validate("offer", filled) == []
    assert with_defaults("offer", {"status": None})["status"] is None  # given (even empty) is kept


def test_unknown_entity_is_an_error() -> None:
    with pytest.raises(KeyError):
        validate("verein", {})


def test_problem_as_dict() -> None:
    assert Problem("title", "required", "Bitte …").as_dict() == {
        "field": "title", "code": "required", "message": "Bitte …"}


def _slow_new_record(entity: str, values: dict[str, Any]) -> tuple[dict[str, Any], list[Problem]]:
    """What new_record does in one pass, spelled out with the separate steps."""
    record = normalise(entity, with_defaults(entity, values))
    found = validate(entity, record)
    sets = set(ENTITIES[entity].set_fields)
    known = set(ENTITIES[entity].field_names)
    return {k: v for k, v in record.items() if k in known and v is not None and not (k in sets and not v)}, found


@pytest.mark.parametrize("entity", sorted(VALID))
def test_new_record_is_defaults_normalise_validate_in_one_pass(entity: str) -> None:
    record, found = new_record(entity, VALID[entity])
    assert (record, found) == _slow_new_record(entity, VALID[entity])
    assert found == []


@pytest.mark.parametrize("values", [
    {"title": "   ", "area": "kunst", "hours": 500, "categories": ("senioren", "digitales", "senioren")},
    {"title": "Zwei\nZeilen", "municipality": "", "status": None, "owner": "Anna", "categories": []},
    {"title": 5, "online_possible": "ja", "categories": "digitales", "valid_until": "2026-02-30"},
    {"categories": {"digitales": True}, "area": "wissen", "direction": "biete"},
    {"categories": {"digitales": False}},
    {"future_field": {"from": "a newer app"}, "title": "\t\n"},
])
def test_new_record_reports_what_the_separate_steps_report(values: dict[str, Any]) -> None:
    record, found = new_record("offer", values)
    expected_record, expected = _slow_new_record("offer", values)
    assert record == expected_record
    assert sorted(found, key=lambda p: p.field) == sorted(expected, key=lambda p: p.field)
    assert "future_field" not in record  # not a model field: the caller decides what it is


def test_new_record_checks_cross_field_rules() -> None:
    record, found = new_record("appointment", {**VALID["appointment"], "end": "2026-11-26T16:00:00Z"})
    assert [(p.field, p.code) for p in found] == [("end", "end_before_start")]


def test_normalise_blanks_text_and_sorts_sets_without_changing_the_input() -> None:
    given = {"title": " \t", "place": "Neheim", "categories": ("senioren", "digitales", "senioren"), "hours": 0}
    assert normalise("offer", given) == {"title": None, "place": "Neheim", "categories": ["digitales", "senioren"],
                                         "hours": 0}
    assert given["title"] == " \t"
    assert normalise("offer", {"categories": {"digitales": True}}) == {"categories": {"digitales": True}}
