"""Guide: social media basics for clubs (platforms, legal notes, content, accessibility)."""

from __future__ import annotations

from core.demo.specs import Guide

GUIDE = Guide(
    "social-media-grundlagen",
    "Social Media für Vereine: die Grundlagen",
    "Welche Plattform passt, was im Impressum stehen muss, wann Fotos gezeigt werden dürfen und wie Beiträge "
    "entstehen, die neue Mitglieder und Helfer:innen erreichen.",
    ("digitales", "kultur"),
    "thomas.richter",
    """\
# Social Media für Vereine: die Grundlagen

Junge Leute lesen selten den Aushang im Vereinsheim, aber fast alle schauen täglich aufs Handy. Ein gepflegter
Auftritt in sozialen Netzwerken macht den Verein sichtbar, bringt Nachwuchs und hilft, Helfer:innen für das
nächste Fest zu finden. Diese Anleitung zeigt den Einstieg – ohne Agentur und ohne Budget.

## Eine Plattform, dafür richtig

Fangen Sie mit **einer** Plattform an, die zu Ihrer Zielgruppe passt:

- **Instagram:** Bilder und kurze Videos, beliebt bei Jugendlichen und jungen Erwachsenen.
- **Facebook:** erreicht eher Ältere; Veranstaltungen und lokale Gruppen funktionieren dort gut.
- **WhatsApp-Kanal:** Informationen an viele Mitglieder in eine Richtung – ohne dass Telefonnummern für alle
  sichtbar werden wie in einer großen Gruppe.
- **Mastodon:** dezentral und werbefrei, kleiner, aber mit wachsender Gemeinschaft.

Lieber ein Kanal mit einem Beitrag pro Woche als drei verwaiste Profile.

## Rechtliches, das Sie kennen sollten

**Impressum:** Auch das Vereinsprofil braucht eine Anbieterkennzeichnung nach § 5 Digitale-Dienste-Gesetz
(bis Mai 2024: Telemediengesetz). Sie muss leicht erkennbar und mit höchstens zwei Klicks erreichbar sein – etwa
über einen Link „Impressum“ in der Profilbeschreibung, der auf das Impressum Ihrer Webseite führt. Hinein
gehören: Name des Vereins, Anschrift, vertretungsberechtigter Vorstand, E-Mail-Adresse und ein zweiter schneller
Kontaktweg, Registergericht und Vereinsregisternummer.

**Fotos von Menschen:** Für Bilder, auf denen Personen erkennbar sind, brauchen Sie in der Regel eine
Einwilligung (Recht am eigenen Bild nach dem Kunsturhebergesetz und DSGVO). Bei Kindern und Jugendlichen fragen
Sie die Eltern – und ab etwa 14 Jahren auch die Jugendlichen selbst. Praktisch bewährt:

- Einwilligung mit dem Beitrittsformular oder der Anmeldung zu einer Veranstaltung einholen, freiwillig und
  getrennt ankreuzbar.
- Bei Festen auf Plakaten darauf hinweisen, dass fotografiert wird, und farbige Bändchen für „bitte nicht
  fotografieren“ ausgeben.
- Im Zweifel Bilder von hinten, von Händen oder vom Geschehen statt Porträts.

**Urheberrecht:** Fotos aus dem Internet dürfen Sie nicht einfach verwenden. Nutzen Sie eigene Bilder oder
Bilddatenbanken mit klarer Lizenz. Musik in Videos nur aus der Bibliothek der Plattform, die dafür lizenziert ist.

**Datenschutzhinweis:** Wer eine Facebook-Seite betreibt, ist nach einem Urteil des Europäischen Gerichtshofs
(2018) gemeinsam mit Meta für die Verarbeitung von Besucherdaten verantwortlich. Stellen Sie deshalb einen
Datenschutzhinweis für die Seite bereit, zum Beispiel als Abschnitt in der Datenschutzerklärung der Webseite.

## Inhalte, die funktionieren

- **Menschen statt Logos:** Die Trainerin, die seit 30 Jahren die Kinder turnen lässt, interessiert mehr als
  das zehnte Plakat.
- **Blick hinter die Kulissen:** Aufbau fürs Schützenfest, Probe am Dienstagabend, Waldputz im Regen.
- **Ankündigen und berichten:** Vor dem Termin einladen, danach mit zwei, drei Bildern Danke sagen.
- **Konkret um Hilfe bitten:** „Wir suchen für Samstag, 10–13 Uhr, zwei Leute für den Kuchenstand“ wirkt
  besser als „Helfer gesucht“. Verlinken Sie Ihre Gesuche in Ehrenamt 4.0.
- **Kurze Videos** (15–60 Sekunden) erreichen auf Instagram und Facebook meist mehr Menschen als Fotos.

Ein einfacher **Redaktionsplan** – eine Tabelle mit Datum, Thema, Bild, wer postet – verhindert, dass der
Auftritt nach vier Wochen einschläft. Planen Sie einmal im Monat gemeinsam.

## Barrierefrei posten

- Beschreiben Sie Bilder im **Alternativtext** („Zwölf Kinder in Turnkleidung jubeln auf einer Weichbodenmatte“).
- Videos mit **Untertiteln** – viele schauen ohne Ton, gehörlose Menschen sowieso.
- Hashtags in **Binnenmajuskeln** schreiben (`#EhrenamtMenden`), dann lesen Screenreader sie richtig vor.
- Emojis sparsam einsetzen: Screenreader sprechen jedes einzelne aus.
- Auf Grafiken für ausreichenden Kontrast und große Schrift sorgen.

## Organisation im Team

- Mindestens **zwei Personen** verwalten den Auftritt, jede mit eigenem Zugang und Zwei-Faktor-Anmeldung.
- Legen Sie fest, wer posten darf und was vorher abgestimmt wird (z. B. Stellungnahmen, Bilder von Kindern).
- Eine kurze **Netiquette** im Profil hilft bei der Moderation. Beleidigungen und Hetze löschen Sie; strafbare
  Inhalte können Sie bei der Plattform und der Polizei melden.
- Antworten Sie auf Nachrichten möglichst innerhalb von zwei Tagen – eine unbeantwortete Anfrage ist eine
  verlorene Helferin.

## Erfolg messen

Die Statistiken der Plattformen zeigen Reichweite und Interaktionen. Der eigentliche Maßstab ist aber einfacher:
Kommen mehr Anfragen, neue Mitglieder, Helfer:innen? Fragen Sie Neue, wie sie auf Sie aufmerksam geworden sind.

## Checkliste

- [ ] Zielgruppe und eine Plattform ausgewählt
- [ ] Impressum mit höchstens zwei Klicks erreichbar
- [ ] Foto-Einwilligungen im Beitrittsformular und bei Veranstaltungen geregelt
- [ ] Redaktionsplan für den nächsten Monat
- [ ] Zwei Verantwortliche mit eigenem Zugang und 2FA
""",
)
