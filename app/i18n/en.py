"""English texts — the second language. Must have exactly the keys and placeholders of `de.py`."""

TEXTS: dict[str, str] = {
    "app.name": "Ehrenamt 4.0",
    "app.tagline": "Volunteering in Arnsberg and Menden – even without a signal",
    "app.title_suffix": "{page} – Ehrenamt 4.0",
    # navigation
    "nav.start": "Home",
    "nav.angebote": "Offers",
    "nav.vereine": "Clubs",
    "nav.werkzeugkasten": "Toolbox",
    "nav.termine": "Dates",
    "nav.lotsen": "Navigators",
    "nav.konflikte": "Conflicts",
    "nav.profil": "Profile",
    "nav.mehr": "More",
    "nav.back": "Back",
    "nav.back_to": "Back to {page}",
    # pages
    "page.start.title": "Welcome to Ehrenamt 4.0",
    "page.start.easy_heading": "This is Ehrenamt 4.0 – in plain language",
    "page.start.easy_1": "With this app you find help.",
    "page.start.easy_2": "And you can help other people.",
    "page.start.easy_3": "For example: you explain a phone to someone. Or someone helps you with the shopping.",
    "page.start.easy_4": "You also find clubs in Arnsberg and Menden here.",
    "page.start.easy_5": "The app works without internet too. Later it sends your changes.",
    "page.start.sections": "What would you like to do?",
    "page.angebote.title": "Offers and requests",
    "page.angebote.intro": "People offer help and knowledge here – or look for it. "
    "For example: “I offer smartphone help” or “I am looking for maths tutoring”.",
    "page.angebot.title": "Offer",
    "page.angebot.intro": "The details of this offer appear here.",
    "page.vereine.title": "Clubs",
    "page.vereine.intro": "Clubs in Arnsberg and Menden: what they do, whom they are looking for and how to reach them.",
    "page.verein.title": "Club",
    "page.verein.intro": "The details of this club appear here.",
    "page.werkzeugkasten.title": "Digital toolbox",
    "page.werkzeugkasten.intro": "Guides and help for digital club work – and dates for personal coaching.",
    "page.termine.title": "Dates",
    "page.termine.intro": "Your appointments and invitations. You can accept, decline and add them to your "
    "calendar.",
    "page.lotsen.title": "Navigator contacts",
    "page.lotsen.intro": "The people you accompany as a care and support navigator. "
    "This data is specially protected.",
    "page.lotse_kontakt.title": "Contact",
    "page.lotse_kontakt.intro": "Contact details, consent, visits and tasks appear here.",
    "page.konflikte.title": "Conflicts",
    "page.konflikte.intro": "When two people changed the same field, the overwritten value waits here and you can "
    "restore it with one tap.",
    "page.profil.title": "Profile and settings",
    "page.profil.visitor": "You are visiting as a guest.",
    "page.profil.signed_in": "Signed in as {name}.",
    "page.mehr.title": "More",
    "page.not_found.title": "Page not found",
    "page.not_found.text": "This address does not exist in the app: {path}",
    "page.no_access.title": "No access",
    "page.no_access.text": "This area is only for care navigators and coordinators. "
    "Please sign in with a suitable account.",
    "page.placeholder": "This area is being built.",
    "page.go_start": "Go to the home page",
    # settings
    "settings.display": "Display",
    "settings.text_size": "Text size",
    "settings.text_size_option": "{percent} %",
    "settings.high_contrast": "High contrast",
    "settings.language": "Language",
    "settings.language.de": "Deutsch",
    "settings.language.en": "English",
    "settings.saved": "Setting saved.",
    "settings.save_failed": "The setting applies now but could not be stored on this device.",
}

# screen areas (app/i18n/areas/*.py)
from app.i18n.areas import merged as _merged  # noqa: E402

TEXTS.update(_merged("EN"))
