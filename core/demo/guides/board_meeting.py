"""Guide: an online board meeting with Jitsi, including voting, minutes and the legal basis."""

from __future__ import annotations

from core.demo.specs import Guide

GUIDE = Guide(
    "online-vorstandssitzung-jitsi",
    "Online-Vorstandssitzung mit Jitsi",
    "Schritt für Schritt zur rechtssicheren Vorstandssitzung per Video: Einladung, Raum, Abstimmung, Protokoll "
    "– und was seit 2023 für hybride und virtuelle Mitgliederversammlungen gilt.",
    ("digitales",),
    "katrin.berg",
    """\
# Online-Vorstandssitzung mit Jitsi

Nicht jede Sitzung muss im Vereinsheim stattfinden. Wer im Schichtdienst arbeitet, kleine Kinder hat oder in
Oeventrop wohnt, während die anderen in Neheim sitzen, ist froh über eine Videokonferenz. Jitsi Meet ist dafür
gut geeignet: kostenlos, quelloffen, ohne Installation im Browser nutzbar und auch per App auf dem Smartphone.

## Ist das rechtlich zulässig?

**Vorstand:** Nach § 28 BGB fasst ein mehrköpfiger Vorstand seine Beschlüsse nach denselben Regeln wie die
Mitgliederversammlung (§§ 32 und 34 BGB). Damit gelten die neuen Regeln zu hybriden und virtuellen Versammlungen
auch für Vorstandssitzungen.

**Mitgliederversammlung:** Seit dem 21. März 2023 erlaubt § 32 Abs. 2 BGB ausdrücklich:

- **Hybride Versammlung:** Wer einlädt (meist der Vorstand), kann in der Einladung vorsehen, dass Mitglieder
  auch ohne Anwesenheit vor Ort elektronisch teilnehmen und abstimmen. Eine Satzungsänderung ist nicht nötig.
- **Rein virtuelle Versammlung:** Sie ist nur möglich, wenn die Mitglieder das vorher beschlossen haben – der
  Beschluss gilt für *künftige* Versammlungen, eine einfache Mehrheit genügt.
- In der Einladung muss stehen, **wie** die Mitglieder ihre Rechte elektronisch ausüben (Link, Einwahl,
  Abstimmungsweg).

**Umlaufbeschluss ohne Sitzung:** Nach § 32 Abs. 3 BGB ist ein Beschluss auch ohne Versammlung gültig, wenn
*alle* Mitglieder zustimmen. Seit 2025 genügt dafür die Textform, also zum Beispiel eine E-Mail. Eine einzige
fehlende Antwort lässt den Beschluss scheitern.

Diese Regeln sind nachgiebig (§ 40 BGB): Schreibt Ihre Satzung etwas anderes vor, etwa „Vorstandssitzungen finden
in Präsenz statt“, gilt die Satzung. Werfen Sie also zuerst einen Blick hinein. Diese Anleitung ersetzt keine
Rechtsberatung.

## Vorbereitung

1. **Raum anlegen:** Öffnen Sie `https://meet.jit.si/` und wählen Sie einen langen, schwer zu erratenden
   Raumnamen ohne Umlaute und Leerzeichen, z. B. `Ehrenamt-Vorstand-SVRuhrtal-7f3a9c2e`. Kurze Namen wie
   „Vorstand“ sind oft schon belegt – und leicht zu erraten.
2. **Anmeldung der Moderation:** Auf dem öffentlichen Server meet.jit.si muss sich die Person, die den Raum
   eröffnet, mit einem Konto anmelden. Teilnehmende brauchen kein Konto. Alternativ nutzen Sie einen in
   Deutschland betriebenen Jitsi-Server, etwa von Ihrem Dachverband.
3. **Einladung verschicken:** Termin, Link, Tagesordnung und Unterlagen mindestens eine Woche vorher (oder mit der
   Frist aus der Satzung). Legen Sie den Termin in Ehrenamt 4.0 an: Eingeladene sehen den Link im Kalender und
   können zu- oder absagen.
4. **Technik-Check:** Bitten Sie alle, sich zehn Minuten früher einzuwählen. Empfohlen sind aktuelle Browser
   (Chrome, Edge, Firefox) oder die App „Jitsi Meet“. Ein Headset verhindert Echo.

## Während der Sitzung

- **Sicherheit:** Aktivieren Sie als Moderation in den Sicherheitsoptionen die **Lobby** (Sie lassen jede
  Person einzeln herein) oder setzen Sie ein **Passwort**, das Sie getrennt vom Link verschicken.
- **Beschlussfähigkeit feststellen:** Begrüßen Sie alle namentlich und halten Sie fest, wer anwesend ist. Wer nur
  per Telefon dabei ist, zählt genauso.
- **Wortmeldungen:** Über „Hand heben“ entsteht eine Reihenfolge; die Sitzungsleitung ruft auf. Wer nicht
  spricht, schaltet das Mikrofon stumm.
- **Unterlagen zeigen:** Mit „Bildschirm teilen“ blenden Sie Kostenvoranschläge oder den Haushaltsplan ein.

## Abstimmen

- **Namensaufruf** ist die verlässlichste Methode: Die Sitzungsleitung fragt jede Person nach Ja, Nein oder
  Enthaltung und spricht das Ergebnis laut aus.
- **Handzeichen in der Kamera** funktioniert in kleinen Runden, wenn alle Kameras an sind.
- **Umfragen:** Jitsi hat eine eingebaute Umfrage-Funktion. Sie ist bequem, aber nicht geheim.
- **Geheime Wahlen** kann Jitsi nicht. Verlangt die Satzung oder ein Mitglied eine geheime Abstimmung, nutzen Sie
  ein eigenes Abstimmungswerkzeug mit anonymer Stimmabgabe oder vertagen Sie den Punkt.

Halten Sie jedes Ergebnis sofort fest: „Beschluss: Anschaffung neuer Turnmatten bis 1.200 €. Ja 5, Nein 0,
Enthaltung 1.“

## Protokoll

Ein gutes Protokoll einer Online-Sitzung enthält:

- Datum, Beginn und Ende sowie den Hinweis „Videokonferenz über Jitsi“ (bei hybriden Sitzungen zusätzlich den Ort),
- Sitzungsleitung, Protokollführung und die Liste der Teilnehmenden mit Art der Teilnahme,
- die Feststellung der Beschlussfähigkeit,
- jeden Beschluss im Wortlaut mit Abstimmungsergebnis,
- Unterschrift der Protokollführung und der Sitzungsleitung (nach Satzung).

Verschicken Sie das Protokoll zeitnah und legen Sie es im Vereinsarchiv ab.

## Datenschutz

- Zeichnen Sie die Sitzung nicht auf, es sei denn, **alle** Teilnehmenden stimmen ausdrücklich zu.
- Vertrauliche Themen (Beitragsrückstände Einzelner, Ausschlussverfahren) besprechen Sie besser auf einem Server,
  mit dessen Betreiber Sie einen Vertrag zur Auftragsverarbeitung haben, oder in Präsenz.
- Der öffentliche Server meet.jit.si wird von einem US-Unternehmen betrieben; für Routinesitzungen ist er
  verbreitet, für sensible Inhalte ist ein europäischer Anbieter die bessere Wahl.

## Checkliste

- [ ] Satzung geprüft (Präsenzpflicht? Regeln für Online-Sitzungen?)
- [ ] Raum mit langem Namen angelegt, Termin in Ehrenamt 4.0 mit Link verschickt
- [ ] Lobby oder Passwort aktiv, Teilnehmende notiert
- [ ] Abstimmungsweg vorher erklärt, Ergebnisse laut verkündet
- [ ] Protokoll verschickt und abgelegt
""",
)
