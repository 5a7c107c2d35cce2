"""Tiny i18n: German first, English second.

`t("nav.vereine")` gives the German text; `translate("en", "nav.vereine")` a given language. Views get a function
bound to the session's language through `app.ui.hooks.use_t()` — never a process-wide "current language", because
in web-server mode one process serves many sessions.
"""

from __future__ import annotations

from app.i18n import de, en

DEFAULT_LANGUAGE = "de"
# Marks where a compound too long for a narrow line may break ("Werkzeug\u00adkasten"): Flutter has no hyphenation
# and otherwise breaks inside the word. It draws no hyphen and breaks greedily, so use it only in words that cannot
# fit a 320 px line at 200 % anyway (headings, list titles), never in running text.
SOFT_HYPHEN = "\u00ad"
LANGUAGES: dict[str, dict[str, str]] = {"de": de.TEXTS, "en": en.TEXTS}


def translate(language: str, key: str, **params: object) -> str:
    """The text for `key` in `language`; falls back to German, then to the key itself (visible, never a crash)."""
    table = LANGUAGES.get(language, LANGUAGES[DEFAULT_LANGUAGE])
    text = table.get(key)
    if text is None:
        text = LANGUAGES[DEFAULT_LANGUAGE].get(key, key)
    return text.format(**params) if params else text


def t(key: str, **params: object) -> str:
    """The German (default) text for `key`."""
    return translate(DEFAULT_LANGUAGE, key, **params)


def plain(text: str) -> str:
    """`text` without soft hyphens: for accessible names, window titles and places that must not break."""
    return text.replace(SOFT_HYPHEN, "")


def is_supported(language: object) -> bool:
    return isinstance(language, str) and language in LANGUAGES
