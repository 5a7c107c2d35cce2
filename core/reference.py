"""Reference data: towns, categories and the German labels of every enum value."""

from __future__ import annotations

MUNICIPALITIES: dict[str, str] = {"arnsberg": "Arnsberg", "menden": "Menden (Sauerland)"}

CATEGORIES: dict[str, str] = {
    "senioren": "Senioren",
    "kinder_jugend": "Kinder & Jugend",
    "sport": "Sport",
    "kultur": "Kultur",
    "umwelt_klima": "Umwelt & Klima",
    "digitales": "Digitales",
    "nachbarschaftshilfe": "Nachbarschaftshilfe",
    "pflege_gesundheit": "Pflege & Gesundheit",
    "bildung": "Bildung",
    "integration": "Integration",
    "tiere": "Tiere",
    "feuerwehr_rettung": "Feuerwehr & Rettung",
    "kirche_religion": "Kirche & Religion",
    "inklusion": "Inklusion",
}

ORGANISATION_KINDS: dict[str, str] = {
    "verein": "Verein",
    "initiative": "Initiative",
    "freiwilligenzentrale": "Freiwilligenzentrale",
    "kirchengemeinde": "Kirchengemeinde",
    "sozialverband": "Sozialverband",
    "stiftung": "Stiftung",
    "sonstige": "Sonstige",
}

ACCESSIBILITY: dict[str, str] = {
    "stufenlos": "Stufenloser Zugang",
    "aufzug": "Aufzug",
    "barrierefreies_wc": "Barrierefreies WC",
    "induktionsschleife": "Induktionsschleife (Hörschleife)",
    "leichte_sprache": "Informationen in Leichter Sprache",
    "gebaerdensprache": "Gebärdensprache möglich",
    "behindertenparkplatz": "Behindertenparkplatz",
    "assistenzhunde": "Assistenzhunde willkommen",
}

AREAS: dict[str, str] = {"ehrenamt": "Ehrenamt", "wissen": "Wissensbörse"}
DIRECTIONS: dict[str, str] = {"biete": "Ich biete", "suche": "Ich suche"}
OFFER_STATUS: dict[str, str] = {
    "draft": "Entwurf",
    "active": "Aktiv",
    "matched": "Vermittelt",
    "archived": "Archiviert",
}
COMMITMENT: dict[str, str] = {"einmalig": "Einmalig", "regelmaessig": "Regelmäßig"}
INTEREST_STATUS: dict[str, str] = {
    "neu": "Neu",
    "beantwortet": "Beantwortet",
    "angenommen": "Angenommen",
    "abgelehnt": "Abgelehnt",
}
APPOINTMENT_KINDS: dict[str, str] = {
    "meeting": "Treffen",
    "coaching": "Coaching",
    "home_visit": "Hausbesuch",
    "training": "Schulung",
}
APPOINTMENT_STATUS: dict[str, str] = {
    "planned": "Geplant",
    "requested": "Angefragt",
    "cancelled": "Abgesagt",
}
RSVP_STATUS: dict[str, str] = {
    "offen": "Offen",
    "zugesagt": "Zusage",
    "abgesagt": "Absage",
    "vielleicht": "Vielleicht",
}
ROLES: dict[str, str] = {
    "volunteer": "Freiwillige:r",
    "club_admin": "Vereinsverwaltung",
    "lotse": "Lotse/Lotsin",
    "coordinator": "Koordination",
    "admin": "Administration",
}
CONSENT_SCOPES: dict[str, str] = {
    "kontaktdaten": "Kontaktdaten speichern",
    "gesundheitsdaten": "Angaben zu Pflege und Gesundheit speichern",
    "weitergabe": "Weitervermittlung an Angebote",
    "angehoerige": "Kontakt zu Angehörigen",
}
VISIT_TOPICS: dict[str, str] = {
    "pflegegrad": "Pflegegrad / Begutachtung",
    "antraege": "Anträge an die Pflegekasse",
    "haushaltshilfe": "Haushaltshilfe",
    "entlastung": "Entlastungsangebote",
    "wohnen": "Wohnen und Hilfsmittel",
    "einsamkeit": "Einsamkeit / Begegnung",
    "angehoerige": "Unterstützung Angehöriger",
    "mobilitaet": "Mobilität",
    "sonstiges": "Sonstiges",
}
CONFLICT_STATUS: dict[str, str] = {"open": "Offen", "kept": "Behalten", "restored": "Wiederhergestellt"}
