"""German texts — the default language of the app. Keys are dotted; `{name}` marks a placeholder."""

TEXTS: dict[str, str] = {
    "app.name": "Ehrenamt 4.0",
    "app.tagline": "Ehrenamt in Arnsberg und Menden – auch ohne Netz",
    "app.title_suffix": "{page} – Ehrenamt 4.0",
    # navigation
    "nav.start": "Start",
    "nav.angebote": "Angebote",
    "nav.vereine": "Vereine",
    "nav.werkzeugkasten": "Werkzeug\u00adkasten",
    "nav.termine": "Termine",
    "nav.lotsen": "Lotsen",
    "nav.konflikte": "Konflikte",
    "nav.profil": "Profil",
    "nav.mehr": "Mehr",
    "nav.back": "Zurück",
    "nav.back_to": "Zurück zu {page}",
    # pages
    "page.start.title": "Willkommen bei Ehrenamt 4.0",
    "page.start.easy_heading": "Das ist Ehrenamt 4.0 – in Leichter Sprache",
    "page.start.easy_1": "Mit dieser App finden Sie Hilfe.",
    "page.start.easy_2": "Und Sie können anderen Menschen helfen.",
    "page.start.easy_3": "Zum Beispiel: Sie erklären jemandem das Handy. Oder jemand hilft Ihnen beim Einkaufen.",
    "page.start.easy_4": "Hier finden Sie auch Vereine in Arnsberg und Menden.",
    "page.start.easy_5": "Die App geht auch ohne Internet. Später schickt sie Ihre Änderungen ab.",
    "page.start.sections": "Was möchten Sie tun?",
    "page.angebote.title": "Angebote und Gesuche",
    "page.angebote.intro": "Hier bieten Menschen Hilfe und Wissen an – oder suchen danach. "
    "Zum Beispiel: „Ich biete Smartphone-Hilfe“ oder „Ich suche Nachhilfe in Mathe“.",
    "page.angebot.title": "Angebot",
    "page.angebot.intro": "Die Einzelheiten dieses Angebots erscheinen hier.",
    "page.vereine.title": "Vereine",
    "page.vereine.intro": "Vereine aus Arnsberg und Menden: was sie tun, wen sie suchen und wie Sie sie erreichen.",
    "page.verein.title": "Verein",
    "page.verein.intro": "Die Einzelheiten dieses Vereins erscheinen hier.",
    "page.werkzeugkasten.title": "Digitaler Werkzeug\u00adkasten",
    "page.werkzeugkasten.intro": "Anleitungen und Hilfen für die digitale Vereinsarbeit – "
    "und Termine für eine persönliche Beratung.",
    "page.termine.title": "Termine",
    "page.termine.intro": "Ihre Termine und Einladungen. Sie können zusagen, absagen und Termine in Ihren "
    "Kalender übernehmen.",
    "page.lotsen.title": "Lotsen-Kontakte",
    "page.lotsen.intro": "Die Menschen, die Sie als Pflege- und Unterstützungs-Lotse begleiten. "
    "Diese Daten sind besonders geschützt.",
    "page.lotse_kontakt.title": "Kontakt",
    "page.lotse_kontakt.intro": "Kontaktdaten, Einwilligung, Besuche und Aufgaben erscheinen hier.",
    "page.konflikte.title": "Konflikte",
    "page.konflikte.intro": "Wenn zwei Personen dasselbe Feld geändert haben, finden Sie hier den überschriebenen "
    "Wert und können ihn mit einem Tipp wiederherstellen.",
    "page.profil.title": "Profil und Einstellungen",
    "page.profil.visitor": "Sie sind als Gast unterwegs.",
    "page.profil.signed_in": "Angemeldet als {name}.",
    "page.mehr.title": "Mehr",
    "page.not_found.title": "Seite nicht gefunden",
    "page.not_found.text": "Diese Adresse gibt es in der App nicht: {path}",
    "page.no_access.title": "Kein Zugriff",
    "page.no_access.text": "Dieser Bereich ist nur für Pflege-Lotsen und Koordinationen. "
    "Bitte melden Sie sich mit einem passenden Konto an.",
    "page.placeholder": "Dieser Bereich wird gerade aufgebaut.",
    "page.go_start": "Zur Startseite",
    # settings
    "settings.display": "Darstellung",
    "settings.text_size": "Schriftgröße",
    "settings.text_size_option": "{percent} %",
    "settings.high_contrast": "Hoher Kontrast",
    "settings.language": "Sprache",
    "settings.language.de": "Deutsch",
    "settings.language.en": "English",
    "settings.saved": "Einstellung gespeichert.",
    "settings.save_failed": "Die Einstellung gilt jetzt, konnte aber nicht auf dem Gerät gespeichert werden.",
}

# screen areas (app/i18n/areas/*.py)
from app.i18n.areas import merged as _merged  # noqa: E402

TEXTS.update(_merged("DE"))
