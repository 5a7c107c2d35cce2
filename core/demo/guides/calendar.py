"""Guide: sharing a club calendar as an iCal subscription."""

from __future__ import annotations

from core.demo.specs import Guide

GUIDE = Guide(
    "vereinskalender-ical",
    "Vereinskalender teilen: Termine per iCal-Abo aufs Handy",
    "Ein Kalender für alle: wie ein Verein seine Termine als iCal-Abo bereitstellt, wie Mitglieder ihn auf "
    "iPhone, Android und im PC abonnieren und was dabei in Sachen Datenschutz zu beachten ist.",
    ("digitales",),
    "katrin.berg",
    """\
# Vereinskalender teilen: Termine per iCal-Abo aufs Handy

„Wann ist nochmal Training in den Ferien?“ – Wer seinen Vereinskalender als Abo anbietet, beantwortet diese Frage
nur noch einmal. Mitglieder abonnieren den Kalender einmalig, und jede Änderung erscheint danach von selbst in
ihrem Handykalender.

## Wie funktioniert ein Kalender-Abo?

Kalender tauschen Termine im Format **iCalendar** aus (Dateiendung `.ics`, beschrieben in RFC 5545). Ein Abo ist
nichts anderes als eine `.ics`-Datei unter einer festen Internetadresse. Die Kalender-App der Mitglieder ruft diese
Adresse regelmäßig ab und übernimmt Änderungen.

Wichtig ist der Unterschied zwischen:

- **Importieren:** Die Termine werden einmalig kopiert. Spätere Änderungen kommen *nicht* an.
- **Abonnieren:** Der Kalender bleibt verbunden und wird aktualisiert. Abonnierte Termine sind schreibgeschützt –
  gepflegt wird nur an einer Stelle.

Für einen Vereinskalender wollen Sie fast immer das Abo.

## Die Abo-Adresse erzeugen

- **Google Kalender:** In den Einstellungen des Kalenders unter „Kalender integrieren“ finden Sie die
  „Öffentliche Adresse im iCal-Format“ (nur wenn der Kalender öffentlich ist) und die „Privatadresse im
  iCal-Format“. Die Privatadresse ist wie ein Schlüssel: Wer sie kennt, sieht alle Termine.
- **Nextcloud:** Im Kalender-Menü „Teilen“ einen öffentlichen Link erzeugen und „Abonnement-Link kopieren“ wählen.
- **Vereinssoftware und Webseiten-Baukästen** bieten oft einen iCal- oder „Kalender abonnieren“-Link an.
- **Ehrenamt 4.0:** Auch Termine aus dieser App lassen sich im iCal-Format in den eigenen Kalender übernehmen.

Links, die mit `webcal://` beginnen, öffnen auf vielen Geräten direkt den Abo-Dialog. Manche Programme erwarten
stattdessen `https://` – der Rest der Adresse ist derselbe.

## Abonnieren auf den Geräten

**iPhone und iPad:** Tippen Sie auf einen `webcal://`-Link und bestätigen Sie „Abonnieren“. Alternativ in den
Einstellungen der Kalender-App unter „Accounts“ → „Account hinzufügen“ → „Andere“ → „Kalenderabo hinzufügen“ (die
genaue Bezeichnung unterscheidet sich je nach iOS-Version).

**Android mit Google Kalender:** Das Abo wird im Browser eingerichtet: `calendar.google.com` öffnen, links bei
„Weitere Kalender“ auf das Plus tippen, „Per URL“ wählen, die Adresse einfügen und „Kalender hinzufügen“. Danach in
der Kalender-App auf dem Handy prüfen, dass der neue Kalender eingeblendet und synchronisiert wird.

**Outlook:** „Kalender hinzufügen“ → „Aus dem Internet abonnieren“ und die Adresse einfügen.

**Thunderbird:** „Neuer Kalender“ → „Im Netzwerk“ → Adresse eingeben.

## Wie schnell kommen Änderungen an?

Abos werden nicht sofort, sondern in Abständen abgerufen – bei Google kann das viele Stunden dauern, bei Apple und
Outlook lässt sich das Intervall teilweise einstellen. Für kurzfristige Absagen („Halle heute gesperrt“) schicken
Sie deshalb zusätzlich eine Nachricht.

Abgesagte Termine löschen Sie besser nicht, sondern setzen „ABGESAGT:“ vor den Titel. So sieht jede:r, dass der
Termin ausfällt, statt sich zu wundern, wohin er verschwunden ist.

## Mehrere Kalender statt einem

Ein einziger Kalender mit allem wird schnell unübersichtlich. Bewährt haben sich getrennte Kalender, jeder mit
eigenem Link:

- **Öffentlich:** Feste, Turniere, Konzerte, Tag der offenen Tür – darf auf die Webseite.
- **Gruppen:** Training der Jugend, Chorprobe, Arbeitseinsätze – für die jeweiligen Mitglieder.
- **Intern:** Vorstandssitzungen, Fristen – nur für den Vorstand.

## Datenschutz

- In öffentliche Kalender gehören **keine personenbezogenen Daten**: keine Geburtstage, keine privaten
  Telefonnummern, keine Namen von Kindern. „Ansprechperson: Jugendwart“ genügt.
- Eine private Abo-Adresse, die in falsche Hände geraten ist, setzen Sie zurück (bei Google: „Zurücksetzen“) und
  verteilen den neuen Link.
- Geburtstagslisten gehören nur mit Einwilligung in einen gemeinsamen Kalender.

## Gute Termine schreiben

- Eindeutiger Titel: „Training U10“ statt „Training“.
- Vollständige Adresse im Ort-Feld, dann öffnet das Handy direkt die Navigation.
- Immer ein Ende angeben – sonst zeigen manche Apps einen 0-Minuten-Termin.
- Bei Online-Treffen den Jitsi-Link in das Feld für Ort oder Beschreibung.

## Checkliste

- [ ] Kalender nach Zielgruppen getrennt
- [ ] Abo-Links auf Webseite, im Newsletter oder im Aushang (gern als QR-Code)
- [ ] Keine personenbezogenen Daten im öffentlichen Kalender
- [ ] Absagen sichtbar markiert statt gelöscht
""",
)
