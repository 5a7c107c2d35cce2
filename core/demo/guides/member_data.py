"""Guide: keeping the member list GDPR-compliant (legal bases, processors, access rights, deletion)."""

from __future__ import annotations

from core.demo.specs import Guide

GUIDE = Guide(
    "mitgliederliste-dsgvo",
    "Mitgliederliste DSGVO-sicher führen",
    "Welche Daten ein Verein speichern darf, wer sie sehen darf, was ein Auftragsverarbeitungsvertrag ist und "
    "wann gelöscht werden muss – mit Checkliste für den Vorstand.",
    ("digitales",),
    "thomas.richter",
    """\
# Mitgliederliste DSGVO-sicher führen

Die Mitgliederliste ist das Herz der Vereinsverwaltung – und der häufigste Grund für Datenschutzärger. Die gute
Nachricht: Mit ein paar klaren Regeln ist ein Verein auf der sicheren Seite.

## Welche Daten dürfen Sie speichern?

Jede Verarbeitung braucht eine Rechtsgrundlage aus Art. 6 Abs. 1 DSGVO:

- **Mitgliedschaft (lit. b):** Die Mitgliedschaft ist ein vertragsähnliches Verhältnis. Was Sie für Beiträge,
  Einladungen und den Sportbetrieb brauchen, dürfen Sie ohne Einwilligung speichern: Name, Anschrift, Eintritts-
  datum, Abteilung, Bankverbindung für die Lastschrift, das Geburtsdatum, wenn Beiträge oder Altersklassen davon
  abhängen.
- **Rechtliche Pflichten (lit. c):** Buchungsbelege zu Beitragszahlungen müssen steuerlich aufbewahrt werden.
- **Berechtigtes Interesse (lit. f):** etwa die Meldung an den Fachverband für den Spielbetrieb, wenn die Satzung
  die Verbandsmitgliedschaft vorsieht. Hier wägen Sie ab und dokumentieren die Abwägung.
- **Einwilligung (lit. a):** Alles, was darüber hinausgeht – Fotos auf der Webseite, Geburtstagsglückwünsche in
  der Vereinszeitung, die Handynummer in der Messenger-Gruppe. Die Einwilligung ist freiwillig, jederzeit
  widerrufbar und muss nachweisbar sein.

**Sparsam bleiben:** Religionszugehörigkeit, Beruf oder Familienstand braucht kaum ein Verein. Gesundheitsdaten
(etwa für Rehasport) sind besonders geschützt (Art. 9 DSGVO) und nur mit ausdrücklicher Einwilligung oder einer
eigenen Rechtsgrundlage zulässig.

## Informieren Sie beim Eintritt

Das Beitrittsformular braucht Datenschutzhinweise nach Art. 13 DSGVO: wer verantwortlich ist (der Verein,
vertreten durch den Vorstand), welche Daten zu welchem Zweck verarbeitet werden, an wen sie gehen (Verband, Bank),
wie lange sie gespeichert werden und welche Rechte die Mitglieder haben – Auskunft, Berichtigung, Löschung,
Widerspruch und Beschwerde bei der Aufsichtsbehörde, in Nordrhein-Westfalen der Landesbeauftragten für Datenschutz
und Informationsfreiheit (LDI NRW).

## Wer darf was sehen?

Nicht jedes Vorstandsmitglied braucht die ganze Liste. Vergeben Sie Zugriffsrechte nach Aufgabe:

| Rolle | braucht |
|---|---|
| Vorsitz, Geschäftsführung | Gesamtliste zum Lesen |
| Kasse | Name, Anschrift, Bankverbindung, Beitragsstatus |
| Schriftführung | Name, Anschrift oder E-Mail für Einladungen |
| Übungsleitung | Name und Notfallkontakt der eigenen Gruppe |

Mitglieder bekommen keine Gesamtliste „zur Information“. Eine Ausnahme kennt die Rechtsprechung: Wer nach § 37 BGB
Unterstützer:innen für die Einberufung einer Mitgliederversammlung sammeln will, kann die Namen und Anschriften
der anderen Mitglieder verlangen.

## Technisch sicher speichern

- **Vereinssoftware oder Cloud:** Mit jedem Anbieter, der Mitgliederdaten für Sie speichert, schließen Sie einen
  Vertrag zur Auftragsverarbeitung nach Art. 28 DSGVO. Seriöse Anbieter stellen ihn zum Download bereit. Achten
  Sie auf Serverstandorte in der EU.
- **Tabelle statt Software:** Dann nur verschlüsselt – etwa mit einem starken Dateipasswort in LibreOffice oder
  Excel – auf einem Gerät mit Bildschirmsperre und Festplattenverschlüsselung. Nie als Anhang an einen großen
  Verteiler schicken.
- **Private Geräte** der Vorstandsmitglieder sind Alltag. Verabreden Sie Mindeststandards: Updates, Sperrbildschirm,
  Passwortmanager, keine Kopien auf ungesicherten USB-Sticks.
- **Verzeichnis von Verarbeitungstätigkeiten (Art. 30 DSGVO):** Eine kurze Tabelle, was Sie wozu speichern.
  Musterverzeichnisse stellen Landessportbund und Aufsichtsbehörden bereit.
- **Datenschutzbeauftragte:** Pflicht erst, wenn in der Regel mindestens 20 Personen ständig mit der
  automatisierten Verarbeitung personenbezogener Daten beschäftigt sind (§ 38 BDSG). Die meisten Vereine liegen
  darunter, müssen die DSGVO aber trotzdem einhalten.

## Löschen nicht vergessen

- **Nach dem Austritt** löschen Sie, was Sie nicht mehr brauchen. Bankdaten entfernen Sie, sobald der letzte
  Einzug abgewickelt und die Erstattungsfristen abgelaufen sind.
- **Aufbewahrungspflichten** gehen vor: Buchungsbelege sind seit 2025 in der Regel acht Jahre aufzubewahren
  (§ 147 AO). Dafür genügen Name und Buchung – nicht die ganze Akte.
- **Vereinschronik:** Name, Ein- und Austrittsjahr und Ehrungen dürfen für die Vereinsgeschichte bleiben; mehr nicht.
- **Einwilligungen:** Nach einem Widerruf entfernen Sie Foto oder Telefonnummer sofort.

Legen Sie einen festen Termin fest, etwa jedes Jahr im Januar, an dem die Liste durchgesehen wird.

## Wenn etwas schiefgeht

Laptop gestohlen, Liste an den falschen Verteiler geschickt? Eine Datenpanne mit Risiko für die Betroffenen melden
Sie innerhalb von 72 Stunden der Aufsichtsbehörde (Art. 33 DSGVO), bei hohem Risiko informieren Sie auch die
Mitglieder (Art. 34). Dokumentieren Sie, was passiert ist und was Sie unternommen haben – auch wenn Sie nicht
melden müssen.

## Checkliste

- [ ] Beitrittsformular mit Datenschutzhinweisen und getrennten Einwilligungen
- [ ] Zugriffsrechte nach Aufgaben verteilt
- [ ] Auftragsverarbeitungsverträge mit allen Dienstleistern
- [ ] Verzeichnis von Verarbeitungstätigkeiten angelegt
- [ ] Jährlicher Löschtermin im Kalender
""",
)
