"""Guide: an accessible club website (WCAG/BITV, practical measures, Leichte Sprache)."""

from __future__ import annotations

from core.demo.specs import Guide

GUIDE = Guide(
    "barrierefreie-vereinswebseite",
    "Barrierefreie Vereinswebseite und Leichte Sprache",
    "Was BITV und WCAG verlangen, welche zehn Maßnahmen am meisten bringen, wie Texte in Leichter Sprache "
    "gelingen und wie Sie Ihre Seite selbst prüfen.",
    ("digitales", "inklusion"),
    "admin",
    """\
# Barrierefreie Vereinswebseite und Leichte Sprache

Eine barrierefreie Webseite können alle nutzen: Menschen, die blind sind und sich die Seite vorlesen lassen,
Menschen, die nur mit der Tastatur arbeiten, Ältere, die die Schrift vergrößern, Menschen mit Lernschwierigkeiten
oder wenig Deutschkenntnissen – und alle, die in der Sonne aufs Handy schauen. Für einen Verein, der offen für
alle sein will, ist das die digitale Rampe vor der Vereinsheimtür.

## Was gilt rechtlich?

- **Öffentliche Stellen** wie die Städte Arnsberg und Menden müssen ihre Webseiten und Apps barrierefrei gestalten
  (in NRW nach der BITV NRW, die auf die europäische Norm EN 301 549 und damit auf WCAG 2.1 Stufe AA verweist).
- **Vereine** sind dazu in der Regel nicht gesetzlich verpflichtet. Das Barrierefreiheitsstärkungsgesetz (seit
  Juni 2025) betrifft bestimmte Produkte und Dienstleistungen für Verbraucher:innen, etwa Online-Shops;
  Kleinstunternehmen sind bei Dienstleistungen ausgenommen. Wer über die Webseite Verträge schließt, etwa einen
  Ticketverkauf betreibt, sollte die Frage trotzdem prüfen.
- Die **WCAG** (Web Content Accessibility Guidelines) sind so oder so der beste Maßstab. Ihre vier Grundsätze:
  Inhalte müssen *wahrnehmbar*, *bedienbar*, *verständlich* und *robust* sein.

## Zehn Maßnahmen mit großer Wirkung

1. **Alternativtexte:** Jedes informative Bild bekommt einen kurzen Alternativtext, der sagt, was es zeigt.
   Rein dekorative Bilder bekommen einen leeren Alternativtext, damit Screenreader sie überspringen.
2. **Kontrast:** Normaler Text braucht ein Kontrastverhältnis von mindestens 4,5 : 1 zum Hintergrund, großer Text
   3 : 1. Hellgrau auf Weiß fällt fast immer durch. Prüfen Sie Ihre Vereinsfarben mit einem Kontrast-Prüfwerkzeug.
3. **Echte Überschriften:** Gliedern Sie Seiten mit Überschriften-Ebenen (Überschrift 1, 2, 3) statt mit fettem
   Text. Screenreader-Nutzer:innen springen darüber durch die Seite.
4. **Aussagekräftige Links:** Statt „hier klicken“ lieber „Beitrittsformular (PDF, 120 KB)“.
5. **Tastatur:** Alle Menüs, Buttons und Formulare müssen mit der Tab-Taste erreichbar sein, und man muss sehen,
   wo man gerade ist (sichtbarer Fokus).
6. **Formulare:** Jedes Feld hat eine sichtbare Beschriftung. Fehlermeldungen stehen als Text am Feld, nicht nur
   als roter Rahmen.
7. **Zoom und Handy:** Die Seite muss sich auf 200 Prozent vergrößern lassen, ohne dass Inhalte abgeschnitten
   werden, und auf schmalen Bildschirmen ohne seitliches Scrollen funktionieren.
8. **Videos und Audio:** Untertitel für Videos, eine Textfassung für Audiobeiträge.
9. **PDFs:** Wichtige Informationen besser als Webseite. Wenn PDF, dann als getaggtes PDF exportieren (in
   LibreOffice und Word eine Option beim Export).
10. **Keine Hürden:** Keine Bilder-Captchas, keine automatisch startenden Videos, nichts, was blinkt. Die Sprache
    der Seite ist im Code als Deutsch ausgezeichnet, damit die Vorlesestimme richtig spricht.

Die meisten Baukastensysteme und aktuellen Themes unterstützen das – oft muss man es nur nutzen.

## Leichte Sprache

Leichte Sprache ist eine besonders verständliche Form des Deutschen mit festen Regeln. Sie richtet sich vor allem
an Menschen mit Lernschwierigkeiten, hilft aber auch vielen anderen. (*Einfache Sprache* ist etwas weniger streng
und richtet sich an ein breiteres Publikum.)

Die wichtigsten Regeln:

- Kurze Sätze. Ein Gedanke pro Satz.
- Bekannte Wörter statt Fachwörtern und Fremdwörtern. Schwierige Wörter werden erklärt.
- Lange Wörter werden getrennt: *Vereins-Mitglied* oder *Vereins·mitglied*.
- Aktiv statt Passiv, Verben statt Hauptwörtern.
- Zahlen als Ziffern, keine Abkürzungen.
- Jeder Satz beginnt in einer neuen Zeile, der Text ist linksbündig und groß genug.
- Bilder können den Text unterstützen.

**Beispiel.** Aus „Die Teilnahme am Training ist für Mitglieder kostenfrei; Nichtmitglieder entrichten eine
Gebühr von 3 €.“ wird:

> Sie sind Mitglied im Verein?
> Dann kostet das Training nichts.
>
> Sie sind kein Mitglied?
> Dann kostet das Training 3 Euro.

Eine eigene Seite „Leichte Sprache“ mit vier Fragen reicht für den Anfang: Wer sind wir? Was machen wir? Wie
kann ich mitmachen? Wie erreiche ich euch? Texte in Leichter Sprache sollten von Menschen aus der Zielgruppe
geprüft werden – Werkstätten und Inklusionsvereine in der Region vermitteln Prüfgruppen.

## Selbst prüfen

- **Tastaturtest:** Maus weglegen und die Seite nur mit Tab, Umschalt+Tab und Enter bedienen.
- **Zoomtest:** Im Browser auf 200 Prozent vergrößern.
- **Screenreader:** NVDA (kostenlos für Windows), VoiceOver auf iPhone und Mac, TalkBack auf Android.
- **Automatische Prüfwerkzeuge** wie WAVE oder Lighthouse in den Entwicklerwerkzeugen von Chrome finden einen Teil
  der Probleme – bei weitem nicht alle. Sie ersetzen den Test mit Menschen nicht.
- **Rückmeldung einholen:** Fragen Sie Mitglieder mit Behinderung oder den örtlichen Inklusionsverein.

## Erklärung zur Barrierefreiheit

Öffentliche Stellen müssen eine Erklärung zur Barrierefreiheit veröffentlichen. Für Vereine ist sie freiwillig,
aber ein gutes Zeichen: Sagen Sie, was schon barrierefrei ist, was noch nicht, und wie man Ihnen Barrieren
melden kann.

## Checkliste

- [ ] Alternativtexte und Kontraste geprüft
- [ ] Überschriften-Struktur und sprechende Links
- [ ] Tastatur- und Zoomtest bestanden
- [ ] Seite in Leichter Sprache mit den wichtigsten Informationen
- [ ] Kontaktweg für Hinweise auf Barrieren
""",
)
