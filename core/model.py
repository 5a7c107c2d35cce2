"""Every entity of Ehrenamt 4.0 with its fields, validation limits and merge policy."""

from __future__ import annotations

from typing import Any

from core import reference as ref
from core.schema import Entity, Field, FieldType, Policy

T = FieldType


def _f(name: str, type_: FieldType, label: str, prompt: str = "", **kw: Any) -> Field:
    return Field(name=name, type=type_, label=label, prompt=prompt, **kw)


def _enum(name: str, label: str, choices: dict[str, str], prompt: str = "", **kw: Any) -> Field:
    return _f(name, T.ENUM, label, prompt, choices=tuple(choices), **kw)


def _set(name: str, label: str, item: FieldType, *, choices: dict[str, str] | None = None,
         ref_: str | None = None, **kw: Any) -> Field:
    return _f(name, T.SET, label, item_type=item, choices=tuple(choices or ()), ref=ref_,
              policy=Policy.SET, **kw)


def _muni() -> Field:
    return _enum("municipality", "Ort", ref.MUNICIPALITIES, "einen Ort (Arnsberg oder Menden)", required=True)


def _cats() -> Field:
    return _set("categories", "Kategorien", T.ENUM, choices=ref.CATEGORIES, max_items=5)


ORGANISATION = Entity("organisation", "Verein/Organisation", (
    _f("name", T.STR, "Name", "einen Namen", required=True, max_len=120),
    _enum("kind", "Art", ref.ORGANISATION_KINDS, "die Art der Organisation", required=True, default="verein"),
    _muni(),
    _cats(),
    _f("description", T.TEXT, "Beschreibung", "eine Beschreibung", max_len=5000),
    _f("address", T.STR, "Adresse", "eine Adresse", max_len=200),
    _f("contact_name", T.STR, "Ansprechperson", "eine Ansprechperson", max_len=120),
    _f("email", T.EMAIL, "E-Mail", "eine E-Mail-Adresse", max_len=200),
    _f("phone", T.PHONE, "Telefon", "eine Telefonnummer", max_len=40),
    _f("website", T.URL, "Webseite", "eine Webseite", max_len=300),
    _f("meeting_times", T.STR, "Treffzeiten", "Treffzeiten", max_len=300),
    _set("accessibility", "Barrierefreiheit", T.ENUM, choices=ref.ACCESSIBILITY),
    _f("wants_coaching", T.BOOL, "Wünscht Coaching zur digitalen Vereinsarbeit", default=False),
    _set("admins", "Verwaltet von", T.USER, max_items=20),
), searchable=("name", "description", "meeting_times"))

OFFER = Entity("offer", "Angebot/Gesuch", (
    _enum("area", "Bereich", ref.AREAS, "einen Bereich (Ehrenamt oder Wissensbörse)", required=True),
    _enum("direction", "Richtung", ref.DIRECTIONS, "„Ich biete“ oder „Ich suche“", required=True),
    _f("title", T.STR, "Titel", "einen Titel", required=True, max_len=120),
    _f("description", T.TEXT, "Beschreibung", "eine Beschreibung", max_len=5000),
    _cats(),
    _muni(),
    _f("place", T.STR, "Ort/Stadtteil", "einen Ort oder Stadtteil", max_len=120),
    _f("online_possible", T.BOOL, "Online möglich", default=False),
    _enum("commitment", "Zeitaufwand", ref.COMMITMENT, "den Zeitaufwand", default="einmalig"),
    _f("hours", T.INT, "Stunden", "die Stunden", min_value=0, max_value=168),
    _f("availability", T.STR, "Verfügbarkeit", "die Verfügbarkeit", max_len=300),
    _f("organisation", T.REF, "Organisation", "eine Organisation", ref="organisation"),
    _f("owner", T.USER, "Erstellt von", "eine Person", required=True, policy=Policy.IMMUTABLE),
    _enum("status", "Status", ref.OFFER_STATUS, "einen Status", required=True, default="draft"),
    _f("valid_until", T.DATE, "Gültig bis", "ein Datum"),
), searchable=("title", "description", "place"))

INTEREST = Entity("interest", "Interesse", (
    _f("offer", T.REF, "Angebot", "ein Angebot", required=True, ref="offer", policy=Policy.IMMUTABLE),
    _f("from_user", T.USER, "Von", "eine Person", required=True, policy=Policy.IMMUTABLE),
    _f("message", T.TEXT, "Nachricht", "eine Nachricht", required=True, max_len=2000),
    _enum("status", "Status", ref.INTEREST_STATUS, "einen Status", required=True, default="neu"),
    _f("answer", T.TEXT, "Antwort", "eine Antwort", max_len=2000),
))

APPOINTMENT = Entity("appointment", "Termin", (
    _f("title", T.STR, "Titel", "einen Titel", required=True, max_len=120),
    _f("description", T.TEXT, "Beschreibung", "eine Beschreibung", max_len=5000),
    _f("start", T.DATETIME, "Beginn", "einen Beginn", required=True),
    _f("end", T.DATETIME, "Ende", "ein Ende"),
    _f("all_day", T.BOOL, "Ganztägig", default=False),
    _f("place", T.STR, "Ort", "einen Ort", max_len=200),
    _f("online_url", T.URL, "Online-Raum", "einen Link zum Online-Raum", max_len=300),
    _enum("kind", "Art", ref.APPOINTMENT_KINDS, "die Art des Termins", required=True, default="meeting"),
    _enum("status", "Status", ref.APPOINTMENT_STATUS, "einen Status", required=True, default="planned"),
    _f("organiser", T.USER, "Organisiert von", "eine Person", required=True, policy=Policy.IMMUTABLE),
    _f("organisation", T.REF, "Organisation", "eine Organisation", ref="organisation"),
    _f("offer", T.REF, "Angebot", "ein Angebot", ref="offer"),
    _f("contact", T.REF, "Kontakt", "einen Kontakt", ref="contact"),
    _f("reminder_minutes", T.INT, "Erinnerung (Minuten vorher)", "eine Erinnerung", min_value=0,
       max_value=40320),
    _set("invitees", "Eingeladen", T.USER, max_items=200),
    _f("public", T.BOOL, "Öffentlich", default=False),
    _f("guests_can_edit", T.BOOL, "Eingeladene dürfen bearbeiten", default=True),
), searchable=("title", "description", "place"))

RSVP = Entity("rsvp", "Rückmeldung", (
    _f("appointment", T.REF, "Termin", "einen Termin", required=True, ref="appointment", policy=Policy.IMMUTABLE),
    _f("person", T.USER, "Person", "eine Person", required=True, policy=Policy.IMMUTABLE),
    _enum("status", "Rückmeldung", ref.RSVP_STATUS, "eine Rückmeldung", required=True, default="offen"),
    _f("comment", T.STR, "Kommentar", "einen Kommentar", max_len=300),
))

GUIDE = Entity("guide", "Anleitung", (
    _f("title", T.STR, "Titel", "einen Titel", required=True, max_len=120),
    _f("summary", T.STR, "Kurzbeschreibung", "eine Kurzbeschreibung", max_len=300),
    _f("body", T.TEXT, "Inhalt", "einen Inhalt", required=True, max_len=50000),
    _cats(),
    _f("author", T.USER, "Verfasst von", "eine Person", required=True),
), searchable=("title", "summary", "body"))

CONTACT = Entity("contact", "Kontakt", (
    _f("name", T.STR, "Name", "einen Namen", required=True, max_len=120),
    _f("address", T.STR, "Adresse", "eine Adresse", max_len=200),
    _f("phone", T.PHONE, "Telefon", "eine Telefonnummer", max_len=40),
    _f("contact_person", T.STR, "Ansprechperson/Angehörige", "eine Ansprechperson", max_len=200),
    _muni(),
    _set("assigned_lotsen", "Zuständige Lots:innen", T.USER, prompt="mindestens eine zuständige Lotsin oder einen "
         "zuständigen Lotsen", required=True, max_items=10),
    _set("consent_scope", "Einwilligung umfasst", T.ENUM, choices=ref.CONSENT_SCOPES,
         prompt="den Umfang der Einwilligung", required=True),
    _f("consent_date", T.DATE, "Einwilligung am", "das Datum der Einwilligung", required=True),
    _f("consent_recorded_by", T.USER, "Einwilligung aufgenommen von", "eine Person", required=True),
    _f("care_grade", T.INT, "Pflegegrad", "einen Pflegegrad (0 bis 5)", min_value=0, max_value=5),
    _f("needs", T.TEXT, "Bedarfe", "die Bedarfe", max_len=5000),
    _f("referrals", T.TEXT, "Vermittlungen", "die Vermittlungen", max_len=5000),
), care_data=True)

VISIT = Entity("visit", "Besuch", (
    _f("contact", T.REF, "Kontakt", "einen Kontakt", required=True, ref="contact"),
    _f("date", T.DATE, "Datum", "ein Datum", required=True),
    _f("duration_minutes", T.INT, "Dauer (Minuten)", "die Dauer", min_value=1, max_value=1440),
    _set("topics", "Themen", T.ENUM, choices=ref.VISIT_TOPICS),
    _f("notes", T.TEXT, "Notizen", "Notizen", max_len=5000),
    _f("next_steps", T.TEXT, "Nächste Schritte", "die nächsten Schritte", max_len=2000),
    _f("next_visit", T.DATE, "Nächster Besuch", "ein Datum"),
    _f("author", T.USER, "Erfasst von", "eine Person", required=True),
), append_only=True, care_data=True)

TASK = Entity("task", "Aufgabe", (
    _f("contact", T.REF, "Kontakt", "einen Kontakt", required=True, ref="contact", policy=Policy.IMMUTABLE),
    _f("due", T.DATE, "Fällig am", "ein Fälligkeitsdatum"),
    _f("text", T.STR, "Aufgabe", "eine Aufgabe", required=True, max_len=300),
    _f("done", T.BOOL, "Erledigt", default=False),
    _f("assignee", T.USER, "Zuständig", "eine zuständige Person"),
), care_data=True)

ATTACHMENT = Entity("attachment", "Anhang", (
    _f("owner_entity", T.STR, "Gehört zu (Art)", "die Art des Datensatzes", required=True, max_len=40,
       policy=Policy.IMMUTABLE),
    _f("owner_id", T.STR, "Gehört zu", "den Datensatz", required=True, max_len=40, policy=Policy.IMMUTABLE),
    _f("file_name", T.STR, "Dateiname", "einen Dateinamen", required=True, max_len=255),
    _f("media_type", T.STR, "Dateityp", "einen Dateityp", required=True, max_len=100),
    _f("size", T.INT, "Größe (Bytes)", "die Größe", required=True, min_value=0, max_value=100 * 1024 * 1024),
    _f("sha256", T.STR, "Prüfsumme", "eine Prüfsumme", required=True, max_len=64),
))

ACCOUNT = Entity("account", "Profil", (
    _f("username", T.USER, "Benutzername", "einen Benutzernamen", required=True, policy=Policy.IMMUTABLE),
    _f("display_name", T.STR, "Anzeigename", "einen Anzeigenamen", required=True, max_len=80),
    _set("roles", "Rollen", T.ENUM, choices=ref.ROLES, prompt="mindestens eine Rolle", required=True),
    _muni(),
    _set("organisations", "Verwaltete Organisationen", T.REF, ref_="organisation", max_items=20),
))

CONFLICT = Entity("conflict", "Konflikt", (
    _f("entity", T.STR, "Art", required=True, max_len=40, policy=Policy.IMMUTABLE),
    _f("record_id", T.STR, "Datensatz", required=True, max_len=40, policy=Policy.IMMUTABLE),
    _f("field", T.STR, "Feld", required=True, max_len=80, policy=Policy.IMMUTABLE),
    _f("kept_value", T.JSON, "Behaltener Wert", policy=Policy.IMMUTABLE),
    _f("lost_value", T.JSON, "Überschriebener Wert", policy=Policy.IMMUTABLE),
    _f("kept_by", T.USER, "Behalten von", policy=Policy.IMMUTABLE),
    _f("lost_by", T.USER, "Überschrieben bei", policy=Policy.IMMUTABLE),
    _f("kept_ts", T.STR, "Zeitstempel behalten", max_len=80, policy=Policy.IMMUTABLE),
    _f("lost_ts", T.STR, "Zeitstempel überschrieben", max_len=80, policy=Policy.IMMUTABLE),
    _f("at", T.DATETIME, "Zeitpunkt", required=True, policy=Policy.IMMUTABLE),
    _set("concerned", "Betrifft", T.USER),
    _enum("status", "Status", ref.CONFLICT_STATUS, required=True, default="open"),
), server_only=True)

ENTITIES: dict[str, Entity] = {e.name: e for e in (
    ORGANISATION, OFFER, INTEREST, APPOINTMENT, RSVP, GUIDE, CONTACT, VISIT, TASK, ATTACHMENT, ACCOUNT, CONFLICT,
)}

CARE_ENTITIES: frozenset[str] = frozenset(name for name, e in ENTITIES.items() if e.care_data)


def entity(name: str) -> Entity:
    try:
        return ENTITIES[name]
    except KeyError:
        raise KeyError(f"unknown entity {name!r}") from None
