"""Guide: secure passwords, a password manager and two-factor authentication for a club."""

from __future__ import annotations

from core.demo.specs import Guide

GUIDE = Guide(
    "passwoerter-2fa-verein",
    "Sichere Passwörter und Zwei-Faktor-Anmeldung im Verein",
    "Passphrasen statt Zettelwirtschaft: wie der Vorstand Zugänge sicher teilt, Passwortmanager nutzt, die "
    "Zwei-Faktor-Anmeldung einschaltet und bei einem Wechsel im Vorstand nichts verloren geht.",
    ("digitales",),
    "admin",
    """\
# Sichere Passwörter und Zwei-Faktor-Anmeldung im Verein

E-Mail-Postfach, Online-Banking, Instagram, Webseite, Cloud-Ordner: Ein durchschnittlicher Verein hat schnell ein
Dutzend Zugänge. Oft stehen die Passwörter auf einem Zettel in der Kassenmappe – bis jemand aus dem Vorstand
ausscheidet oder ein Konto gekapert wird. So geht es besser.

## Gute Passwörter

- **Länge schlägt Komplexität.** Eine Passphrase aus vier bis fünf zufälligen Wörtern, etwa
  `Kanu-Wolke-Tinte-Ruhr-87`, ist leichter zu merken und schwerer zu knacken als `V3r31n!`. Das Bundesamt für
  Sicherheit in der Informationstechnik (BSI) empfiehlt: je länger, desto besser.
- **Für jeden Dienst ein eigenes Passwort.** Wird ein Dienst gehackt, probieren Angreifer die erbeuteten
  Zugangsdaten automatisch bei anderen Diensten aus.
- **Tabu:** Vereinsname plus Gründungsjahr, Namen, Geburtstage, `Passwort123`.
- **Regelmäßiges Wechseln** ohne Anlass ist nicht mehr nötig. Ändern Sie Passwörter, wenn ein Verdacht besteht oder
  jemand mit Zugang den Verein verlässt.

## Ein Passwortmanager für den Vorstand

Niemand kann sich zwölf lange Passwörter merken – muss auch niemand. Ein Passwortmanager speichert alle Zugänge
verschlüsselt; Sie merken sich nur noch ein Masterpasswort.

- **KeePassXC** ist kostenlos und quelloffen und speichert alles in einer verschlüsselten Datei. Legen Sie diese
  Datei in einen gemeinsamen Cloud-Ordner, können mehrere Vorstandsmitglieder sie öffnen.
- **Bitwarden** und vergleichbare Dienste synchronisieren über die Cloud und bieten geteilte Sammlungen für
  Gruppen an – bequem, wenn mehrere Personen gleichzeitig arbeiten.

Das Masterpasswort ist eine lange Passphrase. Hinterlegen Sie es zusätzlich auf Papier im versiegelten Umschlag
bei der oder dem Vorsitzenden – für den Notfall.

## Gemeinsame Konten richtig organisieren

- **Persönliche Zugänge statt eines geteilten Logins**, wo immer es geht: Soziale Netzwerke erlauben mehrere
  Verwalter:innen einer Vereinsseite, Banken vergeben jedem Vorstandsmitglied eigene Online-Banking-Zugänge.
  So sieht man, wer was getan hat, und entzieht beim Ausscheiden einfach einen Zugang.
- **Funktionsadressen** wie `vorstand@…` oder `kasse@…` statt privater Adressen. Sie bleiben, wenn Personen wechseln.
- **Übergabe beim Vorstandswechsel:** Liste aller Zugänge durchgehen, Passwörter ändern, Zwei-Faktor-Geräte
  neu einrichten und Wiederherstellungs-E-Mail sowie Telefonnummer auf die neuen Verantwortlichen umstellen.

## Zwei-Faktor-Anmeldung (2FA)

Bei der Zwei-Faktor-Anmeldung braucht man neben dem Passwort etwas, das man *besitzt* – meist das Smartphone. Ein
gestohlenes Passwort allein reicht dann nicht mehr.

**Methoden, von gut nach sehr gut:**

1. **SMS-Code** – besser als nichts, aber anfällig für Betrug mit Ersatz-SIM-Karten.
2. **Authenticator-App** (z. B. Aegis, 2FAS, FreeOTP oder die Apps von Google und Microsoft) – erzeugt alle 30
   Sekunden einen neuen sechsstelligen Code, auch ohne Netz.
3. **Passkeys und Sicherheitsschlüssel** (FIDO2) – die Anmeldung ist an die echte Webseite gebunden und damit
   gegen Phishing geschützt.

**Zuerst einschalten bei:**

- dem **E-Mail-Postfach** – wer es übernimmt, kann sich alle anderen Passwörter zurücksetzen lassen,
- den **sozialen Netzwerken** des Vereins,
- der **Webseite** und dem **Cloud-Speicher**.

**Damit der Verein nicht von einem Handy abhängt:** Richten Sie zwei Geräte oder zwei Sicherheitsschlüssel ein,
oder speichern Sie den 2FA-Schlüssel zusätzlich im gemeinsamen Passwortmanager (KeePassXC kann solche Codes
selbst erzeugen). Drucken Sie die **Wiederherstellungscodes** aus und bewahren Sie sie beim Masterpasswort auf.

## Phishing erkennen

- Dringlichkeit und Drohungen („Ihre Vereinsseite wird in 24 Stunden gelöscht“) sind ein Alarmzeichen.
- Prüfen Sie den Absender und die tatsächliche Adresse hinter einem Link, bevor Sie klicken.
- Geben Sie Passwörter nie auf einer Seite ein, die Sie über einen Link aus einer E-Mail erreicht haben – öffnen
  Sie den Dienst lieber selbst über ein Lesezeichen.
- Im Zweifel: kurz im Vorstand nachfragen. Lieber einmal zu viel.

## Wurden unsere Daten schon geleakt?

Mit dem **HPI Identity Leak Checker** des Hasso-Plattner-Instituts oder **Have I Been Pwned** prüfen Sie, ob eine
E-Mail-Adresse in bekannten Datenlecks auftaucht. Falls ja: betroffene Passwörter sofort ändern.

## Checkliste

- [ ] Liste aller Vereinszugänge mit verantwortlicher Person
- [ ] Passwortmanager eingerichtet, Masterpasswort im Notfallumschlag
- [ ] 2FA für E-Mail, soziale Netzwerke, Webseite und Cloud aktiv
- [ ] Wiederherstellungscodes ausgedruckt und sicher verwahrt
- [ ] Übergabe-Checkliste für den nächsten Vorstandswechsel
""",
)
