"""Appointments relative to the demo day (some today and tomorrow, most in the coming weeks, a few past) and the
invitees' answers (RSVPs). Times are Europe/Berlin wall-clock times stored as UTC."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from core.demo._common import berlin_to_utc, demo_id, next_weekday, org_id
from core.demo.specs import Appt
from core.ids import stable_id

MON, TUE, WED, THU, FRI, SAT = range(6)
YES, NO, MAYBE = "zugesagt", "abgesagt", "vielleicht"

APPOINTMENTS: tuple[Appt, ...] = (
    Appt("coaching-heimatverein-oeventrop", "Coaching: Webseite und digitale Dorfchronik",
         "Online-Coaching für den Heimatverein Oeventrop. Themen: Umzug der Webseite auf ein Baukastensystem, "
         "wer pflegt künftig was, und wie die gescannten Fotos sicher und auffindbar abgelegt werden.",
         "coaching", "katrin.berg", 0, (18, 0), (19, 0), jitsi="Coaching-Heimatverein-Oeventrop",
         place="Online (Jitsi)", organisation="heimatverein-oeventrop",
         invitees=("sabine.hoffmann", "aylin.demir"),
         answers=(("sabine.hoffmann", YES, ""), ("aylin.demir", YES, "Ich bringe zwei Beispielseiten mit.")),
         reminder=60),
    Appt("hausbesuch-neheim-heute", "Hausbesuch Neheim",
         "Folgebesuch wie vereinbart. Unterlagen der Pflegekasse mitnehmen.",
         "home_visit", "monika.peters", 0, (10, 0), (11, 0), place="Neheim (Adresse im Kontakt)",
         contact="ar-hennecke", reminder=30, guests_can_edit=False),
    Appt("vorstand-sv-ruhrtal", "Vorstandssitzung SV Ruhrtal (online)",
         "Tagesordnung: 1. Protokoll der letzten Sitzung, 2. Hallenzeiten Winter, 3. Beschluss über die "
         "Anschaffung neuer Turnmatten (bis 1.200 €), 4. Mitgliederverwaltung: Umstieg auf Vereinssoftware, "
         "5. Verschiedenes. Abstimmung per Handzeichen in der Kamera.",
         "meeting", "sabine.hoffmann", 1, (19, 30), (21, 0), jitsi="Vorstand-SVRuhrtal",
         place="Online (Jitsi)", organisation="sv-ruhrtal-oeventrop", invitees=("aylin.demir",),
         answers=(("aylin.demir", YES, ""),), reminder=60),
    Appt("einfuehrung-lotsen-menden", "Einführung für neue Pflege-Lots:innen (Modul 1)",
         "Grundlagen der Pflegeversicherung, Rolle und Grenzen der Lots:innen, Schweigepflicht und Datenschutz. "
         "Klaus Wiese berichtet aus der Praxis.",
         "training", "thomas.richter", 1, (9, 30), (12, 30),
         place="Freiwilligenagentur Menden, Neumarkt 5, Seminarraum 1. OG", organisation="fwa-menden",
         invitees=("klaus.wiese", "peter.schulte"),
         answers=(("klaus.wiese", YES, "Ich bringe Fallbeispiele (anonymisiert) mit."),
                  ("peter.schulte", MAYBE, "Ich möchte erst einmal reinschnuppern.")),
         reminder=1440),
    Appt("tafel-einarbeitung-menden", "Einarbeitung bei der Tafel-Ausgabe",
         "Erste Schicht mit Irmgard Sauerwald: Hygieneregeln, Ablauf der Ausgabe, Kundenkarten. Bitte festes "
         "Schuhwerk tragen.",
         "meeting", "thomas.richter", 2, (9, 30), (13, 30), weekday=SAT,
         place="Mendener Tafel, Fröndenberger Straße 88", organisation="tafel-menden",
         offer="tafel-ausgabe-menden", invitees=("jonas.kruse",), answers=(("jonas.kruse", YES, ""),),
         reminder=1440),
    Appt("datenschutz-schulung-menden", "Schulung: Datenschutz im Verein",
         "Was dürfen Vereine speichern, wer darf die Mitgliederliste sehen, wann muss gelöscht werden? Mit "
         "Mustervorlagen für Einwilligungen und das Verzeichnis von Verarbeitungstätigkeiten. Offen für alle "
         "Vereine in Menden, Anmeldung erwünscht.",
         "training", "thomas.richter", 3, (18, 30), (20, 30), weekday=TUE,
         place="Freiwilligenagentur Menden, Neumarkt 5", organisation="fwa-menden",
         invitees=("michael.brandt", "jonas.kruse"),
         answers=(("michael.brandt", YES, "Wir kommen zu zweit."), ("jonas.kruse", NO, "Da habe ich Training.")),
         public=True, reminder=1440, guests_can_edit=False),
    Appt("repaircafe-neheim-termin", "Repair-Café Neheim",
         "Defekte Geräte, Kleidung und Fahrräder mitbringen – wir reparieren gemeinsam. Letzte Annahme 12:30 Uhr.",
         "meeting", "katrin.berg", 3, (10, 0), (13, 0), weekday=SAT,
         place="Bürgerhaus Neheim, Burgstraße 31", organisation="repaircafe-neheim",
         invitees=("lena.vogt",), answers=(("lena.vogt", YES, "Ich bringe meine Nähmaschine mit."),),
         public=True, guests_can_edit=False),
    Appt("coaching-tvl-mitglieder", "Coaching: Mitgliederverwaltung, DSGVO und SEPA",
         "Wie der TV Lendringsen seine Mitgliederliste datenschutzgerecht führt, Zugriffsrechte verteilt und den "
         "Beitragseinzug per SEPA-Lastschrift umstellt.",
         "coaching", "thomas.richter", 5, (19, 0), (20, 30), weekday=WED, jitsi="Coaching-TVLendringsen",
         place="Online (Jitsi)", organisation="tv-lendringsen", invitees=("michael.brandt",),
         answers=(("michael.brandt", YES, ""),), reminder=60),
    Appt("coaching-anfrage-tvl-webseite", "Coaching-Anfrage: barrierearme Vereinswebseite",
         "Wir möchten unsere Webseite barrierearm machen und Termine aus dem Vereinskalender einbinden. Hätten Sie "
         "an diesem Abend Zeit? Sonst gern ein anderer Termin.",
         "coaching", "michael.brandt", 10, (18, 0), (19, 0), place="Vereinsheim TV Lendringsen oder online",
         organisation="tv-lendringsen", invitees=("thomas.richter",), status="requested"),
    Appt("hausbesuch-lendringsen", "Hausbesuch Lendringsen",
         "Folgebesuch wie vereinbart; Antragsformular zur Wohnraumanpassung mitnehmen.",
         "home_visit", "klaus.wiese", 6, (14, 0), (15, 0), place="Lendringsen (Adresse im Kontakt)",
         contact="me-ebbinghaus", reminder=60, guests_can_edit=False),
    Appt("smartphone-kurs-1", "Smartphone-Kurs für Senioren (Teil 1)",
         "Teil 1: Einschalten, Entsperren, Lautstärke, Schriftgröße, Anrufen und Kontakte speichern. Bitte das "
         "eigene Gerät geladen mitbringen. Kostenlos, Anmeldung im Seniorennetzwerk.",
         "training", "aylin.demir", 6, (15, 0), (17, 0), weekday=THU,
         place="Begegnungsstätte Hüsten, Bahnhofstraße 61", organisation="seniorennetz-huesten",
         offer="smartphone-senioren-huesten", invitees=("lena.vogt",),
         answers=(("lena.vogt", MAYBE, "Ich helfe mit, falls meine Vorlesung ausfällt."),), public=True),
    Appt("smartphone-kurs-2", "Smartphone-Kurs für Senioren (Teil 2)",
         "Teil 2: WhatsApp, Fotos verschicken, Videoanruf mit der Familie, Betrugsnachrichten erkennen.",
         "training", "aylin.demir", 13, (15, 0), (17, 0), weekday=THU,
         place="Begegnungsstätte Hüsten, Bahnhofstraße 61", organisation="seniorennetz-huesten",
         offer="smartphone-senioren-huesten", invitees=("lena.vogt",), public=True),
    Appt("lotsen-austausch", "Austausch der Pflege-Lots:innen Arnsberg und Menden",
         "Kollegiale Beratung (ohne Namen), Erfahrungen mit Hausbesuchen ohne Netz, neue Entlastungsangebote, "
         "Planung des nächsten Schulungsmoduls.",
         "meeting", "katrin.berg", 8, (17, 0), (18, 30), weekday=MON, jitsi="Lotsen-Austausch",
         place="Online (Jitsi)", organisation="fwz-arnsberg",
         invitees=("monika.peters", "klaus.wiese", "thomas.richter"),
         answers=(("monika.peters", YES, ""), ("klaus.wiese", YES, ""),
                  ("thomas.richter", MAYBE, "Ich komme eventuell etwas später dazu.")),
         reminder=60),
    Appt("sprachcafe-huesten-termin", "Sprachcafé Hüsten",
         "Deutsch sprechen bei Tee und Gebäck. Alle Sprachniveaus willkommen, Gesprächspartner:innen auch.",
         "meeting", "katrin.berg", 2, (16, 30), (18, 30), weekday=WED, place="Marktstraße 12, Hüsten",
         organisation="sprachcafe-huesten", public=True, guests_can_edit=False),
    Appt("waldputz-termin", "Waldputz im Arnsberger Wald",
         "Treffpunkt am Wanderparkplatz Rumbecker Höhe. Handschuhe, Zangen und Säcke sind da; festes Schuhwerk "
         "und Wasserflasche mitbringen. Zum Abschluss Erbsensuppe.",
         "meeting", "katrin.berg", 10, (9, 0), (13, 0), weekday=SAT, place="Wanderparkplatz Rumbecker Höhe",
         organisation="naturschutz-arnsberger-wald", offer="waldputz-arnsberger-wald",
         invitees=("lena.vogt", "aylin.demir"),
         answers=(("lena.vogt", YES, ""), ("aylin.demir", NO, "Ich bin an dem Wochenende verreist.")),
         public=True, reminder=1440, guests_can_edit=False),
    Appt("jhv-tv-lendringsen", "Jahreshauptversammlung TV Lendringsen (hybrid)",
         "Die Versammlung findet hybrid statt (§ 32 Abs. 2 BGB): im Vereinsheim oder online per Jitsi. Online "
         "Teilnehmende stimmen über die Umfrage-Funktion ab, bei Wahlen per Namensaufruf. Tagesordnung: Berichte, "
         "Kassenprüfung, Entlastung, Wahlen, Beitragsordnung (SEPA-Einzug).",
         "meeting", "michael.brandt", 14, (19, 30), (22, 0), weekday=FRI, jitsi="JHV-TVLendringsen",
         place="Vereinsheim TV Lendringsen, Lendringser Hauptstraße 71", organisation="tv-lendringsen",
         invitees=("peter.schulte", "jonas.kruse"),
         answers=(("peter.schulte", YES, ""), ("jonas.kruse", MAYBE, "Wahrscheinlich online.")),
         public=True, reminder=1440, guests_can_edit=False),
    Appt("schulung-passwoerter", "Online-Schulung: Sichere Passwörter und Zwei-Faktor-Anmeldung",
         "Passwortmanager für den Vorstand einrichten, Zugänge teilen, Zwei-Faktor-Anmeldung für E-Mail und "
         "Social Media aktivieren. 90 Minuten, zum Mitmachen am eigenen Gerät.",
         "training", "katrin.berg", 18, (19, 0), (20, 30), weekday=TUE, jitsi="Schulung-Passwoerter-2FA",
         place="Online (Jitsi)", organisation="fwz-arnsberg",
         invitees=("sabine.hoffmann", "michael.brandt"), answers=(("sabine.hoffmann", YES, ""),),
         public=True, reminder=60, guests_can_edit=False),
    Appt("coaching-rettungsschwimmer", "Coaching: Vorstandssitzungen online mit Jitsi",
         "Mit der Vorsitzenden Kathrin Nölle: Raum anlegen, Lobby und Passwort, Abstimmen und Protokoll, "
         "rechtliche Grundlagen (§§ 28, 32 BGB).",
         "coaching", "thomas.richter", 16, (19, 0), (20, 0), weekday=THU, jitsi="Coaching-Rettungsschwimmer",
         place="Online (Jitsi)", organisation="rettungsschwimmer-menden", reminder=60),
    Appt("coaching-schuetzen-social-media", "Coaching: Instagram für die Schützenbruderschaft",
         "Redaktionsplan, Bildrechte und Impressum für den neuen Instagram-Auftritt. Jonas Kruse zeigt, wie "
         "kurze Videos mit dem Smartphone gelingen.",
         "coaching", "thomas.richter", 12, (19, 0), (20, 30), weekday=MON,
         place="Schützenhalle Bösperde, Vorstandszimmer", organisation="schuetzen-boesperde",
         invitees=("jonas.kruse",), answers=(("jonas.kruse", YES, ""),), reminder=1440),
    Appt("ehrenamtsboerse-arnsberg", "Ehrenamtsbörse Arnsberg",
         "Über 30 Vereine und Initiativen stellten sich auf dem Neheimer Markt vor. Danke an alle Helfer:innen!",
         "meeting", "katrin.berg", -12, (10, 0), (15, 0), weekday=SAT, place="Neheimer Markt",
         organisation="fwz-arnsberg", invitees=("lena.vogt", "aylin.demir", "sabine.hoffmann"),
         answers=(("lena.vogt", YES, ""), ("aylin.demir", YES, ""), ("sabine.hoffmann", YES, "Stand Nr. 12")),
         public=True, guests_can_edit=False),
    Appt("hausbesuch-oeventrop-vergangen", "Hausbesuch Oeventrop",
         "Beratungsbesuch wie vereinbart.",
         "home_visit", "monika.peters", -3, (10, 30), (11, 30), place="Oeventrop (Adresse im Kontakt)",
         contact="ar-schroeer", guests_can_edit=False),
    Appt("netzwerktreffen-menden", "Netzwerktreffen Mendener Vereine",
         "Austausch über gemeinsame Termine, Raumvergabe im Bürgerhaus und den Aktionstag Ehrenamt.",
         "meeting", "thomas.richter", -16, (18, 0), (20, 0), weekday=WED, place="Bürgerhaus Menden, Saal 2",
         organisation="fwa-menden", invitees=("michael.brandt", "klaus.wiese"),
         answers=(("michael.brandt", YES, ""), ("klaus.wiese", NO, "Leider verhindert."))),
    Appt("stammtisch-heimatverein-oeventrop", "Stammtisch Heimatverein",
         "Fällt aus: Das Backhaus wird renoviert. Wir sehen uns beim nächsten Termin!",
         "meeting", "sabine.hoffmann", 7, (19, 0), (21, 0), weekday=WED, place="Backhaus am Dorfplatz, Oeventrop",
         organisation="heimatverein-oeventrop", public=True, status="cancelled", guests_can_edit=False),
    Appt("aktionstag-ehrenamt-menden", "Aktionstag Ehrenamt in Menden",
         "Vereine, Initiativen und Kirchengemeinden zeigen, was sie tun – mit Mitmachaktionen, Repair-Café und "
         "Beratung der Freiwilligenagentur. Ganztägig auf dem Neumarkt.",
         "meeting", "thomas.richter", 20, (10, 0), (16, 0), weekday=SAT, all_day=True,
         place="Neumarkt, Menden", organisation="fwa-menden",
         invitees=("jonas.kruse", "peter.schulte", "michael.brandt"),
         answers=(("jonas.kruse", YES, ""), ("peter.schulte", YES, "Ich bringe das Repair-Café mit."),
                  ("michael.brandt", MAYBE, "")),
         public=True, reminder=1440, guests_can_edit=False),
    Appt("hausbesuch-boesperde-gestern", "Hausbesuch Bösperde",
         "Folgebesuch wie vereinbart.",
         "home_visit", "klaus.wiese", -1, (11, 0), (12, 0), place="Bösperde (Adresse im Kontakt)",
         contact="me-sommer", guests_can_edit=False),
)


def appointment_id(key: str) -> str:
    return demo_id("appointment", key)


def appointment_day(a: Appt, today: date) -> date:
    if a.weekday is None:
        return today + timedelta(days=a.offset)
    return next_weekday(today, a.weekday, min_days=a.offset)


def appointment_records(today: date) -> list[tuple[str, dict[str, Any]]]:
    records: list[tuple[str, dict[str, Any]]] = []
    for a in APPOINTMENTS:
        day = appointment_day(a, today)
        aid = appointment_id(a.key)
        values: dict[str, Any] = {
            "id": aid,
            "title": a.title,
            "description": a.description,
            "start": berlin_to_utc(day, *a.start),
            "all_day": a.all_day,
            "kind": a.kind,
            "status": a.status,
            "organiser": a.organiser,
            "invitees": list(a.invitees),
            "public": a.public,
            "guests_can_edit": a.guests_can_edit,
        }
        if a.end is not None:
            values["end"] = berlin_to_utc(day, *a.end)
        if a.place:
            values["place"] = a.place
        if a.jitsi:
            # a hard-to-guess room: readable name plus a piece of the record's id
            values["online_url"] = f"https://meet.jit.si/Ehrenamt-{a.jitsi}-{aid[:8]}"
        if a.organisation:
            values["organisation"] = org_id(a.organisation)
        if a.offer:
            values["offer"] = demo_id("offer", a.offer)
        if a.contact:
            values["contact"] = demo_id("contact", a.contact)
        if a.reminder is not None:
            values["reminder_minutes"] = a.reminder
        records.append(("appointment", values))
    return records


def rsvp_records() -> list[tuple[str, dict[str, Any]]]:
    records: list[tuple[str, dict[str, Any]]] = []
    for a in APPOINTMENTS:
        aid = appointment_id(a.key)
        for username, status, comment in a.answers:
            values: dict[str, Any] = {
                "id": stable_id("rsvp", aid, username),
                "appointment": aid,
                "person": username,
                "status": status,
            }
            if comment:
                values["comment"] = comment
            records.append(("rsvp", values))
    return records
