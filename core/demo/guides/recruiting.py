"""Guide: finding volunteers online and keeping them."""

from __future__ import annotations

from core.demo.specs import Guide

GUIDE = Guide(
    "freiwillige-online-finden",
    "Freiwillige online finden – und halten",
    "Wie ein gutes Gesuch aussieht, wo Sie es veröffentlichen, warum schnelle Antworten zählen und wie neue "
    "Helfer:innen gut ankommen und bleiben.",
    ("digitales", "nachbarschaftshilfe"),
    "katrin.berg",
    """\
# Freiwillige online finden – und halten

Viele Menschen wollen sich engagieren, aber lieber projektbezogen und zeitlich überschaubar als „für immer im
Vorstand“. Wer das berücksichtigt und seine Gesuche dort zeigt, wo gesucht wird, findet auch heute Mitstreiter:innen.

## Das gute Gesuch

Vergleichen Sie:

> *Helfer gesucht! Bitte beim Vorstand melden.*

und

> **Kuchenstand beim Tag der offenen Tür – wir suchen 4 Helfer:innen**
> Sonntag, 14. September, 11–14 Uhr oder 14–17 Uhr, Gerätehaus Oeventrop.
> Sie verkaufen Kuchen und Kaffee, die Kasse übernimmt ein Vereinsmitglied.
> Vorkenntnisse: keine. Wir bieten: Mittagessen, ein Team mit viel Humor und ein Dankeschön-Grillen.
> Fragen? Sabine Hoffmann, Geschäftsführerin – einfach über Ehrenamt 4.0 Interesse melden.

Ein gutes Gesuch beantwortet fünf Fragen: **Was** genau ist zu tun? **Wann** und wie lange? **Wo?** **Was** muss
ich mitbringen – und was nicht? **Wen** kann ich fragen? Dazu ein Satz, **was man davon hat**: Gemeinschaft,
Erfahrung, eine Bescheinigung, Spaß.

## Wo veröffentlichen?

- **Ehrenamt 4.0:** Legen Sie ein Gesuch im Bereich Ehrenamt an („Ich suche“), mit Kategorie, Ort und Zeitaufwand.
  Interessierte melden sich direkt, und Sie sehen alle Rückmeldungen an einem Ort.
- **Freiwilligenzentrale und Freiwilligenagentur** in Arnsberg und Menden: Sie kennen Menschen, die gerade nach
  einem Engagement suchen, und beraten Sie beim Formulieren.
- **Eigene Kanäle:** Webseite, soziale Netzwerke, Newsletter, WhatsApp-Kanal.
- **Analog mit digitalem Anschluss:** Aushang beim Bäcker, in der Bücherei oder im Supermarkt – mit QR-Code, der
  direkt zum Gesuch führt.
- **Schulen, Hochschulen und Unternehmen:** Viele Betriebe stellen Mitarbeitende für soziale Aktionstage frei.

## Schnell und persönlich antworten

Die meisten Interessierten springen ab, wenn tagelang niemand antwortet. Vereinbaren Sie im Vorstand, wer
Anfragen beantwortet – möglichst innerhalb von zwei Tagen. Laden Sie zu einem unverbindlichen Schnuppertermin
ein, statt sofort eine Mitgliedschaft oder ein festes Amt anzubieten.

## Kleine Einstiege anbieten

- **Einmalige Einsätze:** Auf- und Abbau, Kuchen backen, Fahrdienst zum Turnier.
- **Projekte mit Ende:** die neue Webseite, eine Festschrift, ein Sommerlager.
- **Online-Aufgaben:** Grafiken gestalten, Texte übersetzen, den Instagram-Auftritt betreuen – geht auch aus dem
  Homeoffice oder vom Studienort aus.

Wer einmal gute Erfahrungen gemacht hat, kommt oft wieder – und übernimmt später auch größere Aufgaben.

## Gut ankommen lassen

- **Eine feste Ansprechperson** für die ersten Wochen.
- **Eine kurze Einführung:** Wer ist wer, wo ist der Schlüssel, wen rufe ich an, wenn etwas schiefgeht?
- **Versicherung:** Das Land NRW hat eine Unfall- und Haftpflichtversicherung für Ehrenamtliche abgeschlossen, die
  greift, wenn keine andere Versicherung (etwa die des Vereins) zuständig ist. Klären Sie, wie Ihr Verein
  versichert ist.
- **Kinder- und Jugendschutz:** Für Tätigkeiten mit Kindern und Jugendlichen verlangen viele Vereine ein
  erweitertes Führungszeugnis. Für Ehrenamtliche ist es mit einer Bestätigung des Vereins gebührenfrei.

## Anerkennen

- **Danke sagen** – persönlich, öffentlich (mit Einwilligung) und beim jährlichen Helferfest.
- **Bescheinigungen** über das Engagement helfen bei Bewerbungen.
- **Ehrenamtskarte NRW:** Wer sich in besonderem Umfang engagiert, kann in teilnehmenden Kommunen Vergünstigungen
  erhalten. Fragen Sie bei Ihrer Stadt nach den Voraussetzungen.
- **Aufwandsentschädigung:** Gemeinnützige Vereine können steuerfrei zahlen: über die Übungsleiterpauschale
  (§ 3 Nr. 26 EStG, etwa für Trainer:innen) und die Ehrenamtspauschale (§ 3 Nr. 26a EStG, etwa für
  Vorstand, Kasse oder Platzwart). Seit 2026 liegen die Höchstbeträge bei 3.300 Euro beziehungsweise 960 Euro
  im Jahr (vorher 3.000 und 840 Euro). Zahlungen an Vorstandsmitglieder müssen in der Satzung erlaubt sein.
- **Fortbildungen:** Kurse zu Erste Hilfe, Datenschutz oder digitaler Vereinsarbeit – etwa bei der
  Freiwilligenzentrale – sind Wertschätzung und Qualifizierung zugleich.

## Damit Menschen bleiben

Fragen Sie regelmäßig nach, wie es läuft, und nehmen Sie Kritik ernst. Respektieren Sie Grenzen: Wer „nur
samstags“ gesagt hat, sollte nicht jeden Dienstag angerufen werden. Und wenn jemand aufhört, fragen Sie nach dem
Grund – daraus lernt der ganze Verein.

## Checkliste

- [ ] Gesuch beantwortet was, wann, wo, wie lange und wen ich fragen kann
- [ ] Gesuch in Ehrenamt 4.0 und auf mindestens einem weiteren Kanal veröffentlicht
- [ ] Zuständige Person für Antworten innerhalb von zwei Tagen
- [ ] Schnuppertermin und Einführung vorbereitet
- [ ] Dank und Anerkennung eingeplant
""",
)
