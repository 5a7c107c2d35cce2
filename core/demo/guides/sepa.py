"""Guide: collecting membership fees digitally with SEPA direct debit."""

from __future__ import annotations

from core.demo.specs import Guide

GUIDE = Guide(
    "mitgliedsbeitraege-sepa",
    "Mitgliedsbeiträge digital einziehen: SEPA-Lastschrift im Verein",
    "Gläubiger-ID, Mandat, Vorabankündigung, Einzug und Rücklastschrift: so stellt die Kasse von Überweisungen "
    "auf SEPA-Basislastschrift um – mit Mustertext und Fristen.",
    ("digitales",),
    "katrin.berg",
    """\
# Mitgliedsbeiträge digital einziehen: SEPA-Lastschrift im Verein

Wer Beiträge per Überweisung einsammelt, verbringt jedes Jahr Abende mit Kontoauszügen und Erinnerungsbriefen.
Mit der SEPA-Basislastschrift zieht der Verein die Beiträge zum Fälligkeitstag selbst ein – zuverlässig und mit
wenigen Klicks.

## Was Sie vorher brauchen

1. **Gläubiger-Identifikationsnummer:** Sie kennzeichnet Ihren Verein als Lastschrift-Empfänger und wird
   kostenlos online bei der Deutschen Bundesbank beantragt. Sie sieht etwa so aus: `DE98ZZZ09999999999`.
2. **Vereinbarung mit der Bank:** Ihre Bank muss den Lastschrifteinzug für das Vereinskonto freischalten
   (Inkassovereinbarung). Fragen Sie nach Kosten pro Lastschrift und Rücklastschrift.
3. **Ein Programm, das Lastschriften erzeugt:** Viele Online-Banking-Zugänge können Sammellastschriften direkt
   anlegen. Vereinssoftware erzeugt eine SEPA-Datei im XML-Format, die Sie im Online-Banking hochladen.
4. **Eine Beitragsordnung**, die Höhe, Fälligkeit und Zahlungsweise regelt – am besten mit Lastschrift als
   Regelfall.

## Das SEPA-Lastschriftmandat

Jedes Mitglied erteilt dem Verein ein Mandat. Es enthält:

- Name und Anschrift des Vereins und die Gläubiger-ID,
- eine **Mandatsreferenz** – eindeutig pro Mandat, zum Beispiel die Mitgliedsnummer,
- den Hinweis, ob es sich um wiederkehrende Zahlungen handelt,
- Name der Kontoinhaberin oder des Kontoinhabers, IBAN, Ort, Datum und Unterschrift,
- den vorgeschriebenen Ermächtigungstext:

> Ich ermächtige den [Vereinsname], Zahlungen von meinem Konto mittels Lastschrift einzuziehen. Zugleich weise
> ich mein Kreditinstitut an, die vom [Vereinsname] auf mein Konto gezogenen Lastschriften einzulösen.
> Hinweis: Ich kann innerhalb von acht Wochen, beginnend mit dem Belastungsdatum, die Erstattung des belasteten
> Betrages verlangen. Es gelten dabei die mit meinem Kreditinstitut vereinbarten Bedingungen.

Das Mandat wird grundsätzlich unterschrieben. Online erteilte Mandate (etwa über ein Webformular) sind möglich,
wenn Ihre Bank sie akzeptiert – das Risiko einer Rückgabe wegen fehlenden Mandats trägt dann der Verein. Klären
Sie das vorher mit der Bank.

## Vorabankündigung nicht vergessen

Vor jedem Einzug müssen Sie dem Mitglied Betrag und Termin mitteilen (Pre-Notification). Ohne andere Vereinbarung
gilt eine Frist von 14 Kalendertagen; die Frist kann im Mandat oder in der Beitragsordnung verkürzt werden.

Praktisch: Verschicken Sie **einmal im Jahr** eine Beitragsübersicht mit allen Fälligkeitsterminen, Beträgen,
Mandatsreferenz und Gläubiger-ID – zum Beispiel mit der Einladung zur Jahreshauptversammlung. Damit ist die
Vorabankündigung für das ganze Jahr erledigt, solange sich nichts ändert.

## Der Einzug

- Legen Sie die Sammellastschrift rechtzeitig an. Nach den SEPA-Regeln genügt die Einreichung einen Geschäftstag
  vor Fälligkeit; viele Banken verlangen eigene, längere Vorlaufzeiten.
- Jede Lastschrift trägt Gläubiger-ID und Mandatsreferenz, damit das Mitglied sie auf dem Kontoauszug erkennt.
- Ein Mandat verfällt, wenn 36 Monate lang keine Lastschrift darauf eingezogen wurde. Bei Beitragspausen danach
  ein neues Mandat einholen.

## Wenn eine Lastschrift zurückkommt

- Mitglieder können eine Lastschrift **innerhalb von acht Wochen** ohne Angabe von Gründen zurückgeben lassen,
  bei fehlendem oder ungültigem Mandat sogar **bis zu 13 Monate**.
- Häufigste Gründe sind ein ungedecktes oder aufgelöstes Konto. Die Bank berechnet dafür meist eine Gebühr. Die
  Beitragsordnung kann regeln, dass Mitglieder diese Kosten tragen, wenn sie die Rückgabe zu verantworten haben.
- Fragen Sie freundlich nach, bevor Sie mahnen – oft hat jemand nur die Bank gewechselt.

## Datenschutz und Aufbewahrung

- Bankdaten sieht nur, wer sie braucht: die Kasse und ihre Vertretung.
- Mandate bewahren Sie auf, solange sie genutzt werden, und danach noch mindestens 14 Monate nach dem letzten
  Einzug – so lange, wie ein Mitglied eine Rückgabe verlangen könnte.
- Buchungsbelege zu den Beiträgen gehören in die Buchhaltung und werden nach den steuerlichen Fristen aufbewahrt
  (seit 2025 in der Regel acht Jahre).

## Und wer nicht per Lastschrift zahlen will?

- **Dauerauftrag** des Mitglieds – dann aber den Beitrag in der Beitragsordnung klar benennen.
- **Überweisung mit QR-Code:** Drucken Sie auf die Beitragsrechnung einen GiroCode (EPC-QR-Code). Viele
  Banking-Apps lesen ihn ein und füllen Empfänger, IBAN, Betrag und Verwendungszweck automatisch aus.
- **Online-Bezahldienste** für Veranstaltungen – hier fallen meist Gebühren pro Zahlung an.

## Ein Hinweis zu Spendenquittungen

Mitgliedsbeiträge sind nicht bei allen gemeinnützigen Zwecken als Spende absetzbar. Bei Vereinen, die zum
Beispiel Sport, Heimatpflege oder kulturelle Freizeitbetätigungen fördern, schließt § 10b EStG das aus. Fragen Sie
im Zweifel Ihre Steuerberatung oder das Finanzamt.

## Checkliste

- [ ] Gläubiger-ID beantragt, Lastschrifteinzug bei der Bank freigeschaltet
- [ ] Beitragsordnung mit Lastschrift und Fälligkeiten beschlossen
- [ ] Mandate mit Mandatsreferenz eingeholt und sicher abgelegt
- [ ] Jährliche Vorabankündigung verschickt
- [ ] Vorgehen bei Rücklastschriften festgelegt
""",
)
