"""German first, English second: both languages have the same keys and placeholders; lookups never crash."""

from __future__ import annotations

import string

import pytest

from app.i18n import DEFAULT_LANGUAGE, LANGUAGES, SOFT_HYPHEN, de, en, is_supported, plain, t, translate


def placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def test_german_is_the_default():
    assert DEFAULT_LANGUAGE == "de"
    assert t("nav.vereine") == "Vereine"


def test_both_languages_have_the_same_keys():
    missing_in_en = sorted(set(de.TEXTS) - set(en.TEXTS))
    missing_in_de = sorted(set(en.TEXTS) - set(de.TEXTS))
    assert not missing_in_en, f"keys without English text: {missing_in_en}"
    assert not missing_in_de, f"keys without German text: {missing_in_de}"


@pytest.mark.parametrize("key", sorted(de.TEXTS))
def test_placeholders_match_and_texts_are_not_empty(key):
    assert de.TEXTS[key].strip() and en.TEXTS[key].strip()
    assert placeholders(de.TEXTS[key]) == placeholders(en.TEXTS[key]), key


def test_translate_formats_and_falls_back():
    assert translate("en", "nav.vereine") == "Clubs"
    assert translate("de", "nav.back_to", page="Vereine") == "Zurück zu Vereine"
    assert translate("fr", "nav.vereine") == "Vereine"  # unknown language: German
    assert translate("en", "no.such.key") == "no.such.key"  # missing key: visible, never a crash


def test_soft_hyphens_only_mark_breaks():
    long_word = de.TEXTS["nav.werkzeugkasten"]
    assert SOFT_HYPHEN in long_word
    assert plain(long_word) == "Werkzeugkasten"


def test_supported_languages():
    assert set(LANGUAGES) == {"de", "en"}
    assert is_supported("en") and not is_supported("fr") and not is_supported(None)
