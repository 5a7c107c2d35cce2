"""Display settings (validated, persisted, never lost on a storage error), text scaling and app configuration."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

import pytest

from app.config import DEFAULT_APP_PORT, DEFAULT_DATA_DIR, DEFAULT_SERVER_URL, AppConfig, ConfigError
from app.ui.theme import TYPE_SCALE, build_theme, nav_label_size, scaled_size
from app.viewmodels.settings import PREFERENCES_KEY, TEXT_SCALES, DisplaySettings, SettingsViewModel


class MemoryStore:
    def __init__(self, data: dict[str, str] | None = None, fail_writes: bool = False) -> None:
        self.data = dict(data or {})
        self.fail_writes = fail_writes

    async def read(self, key: str) -> str | None:
        return self.data.get(key)

    async def write(self, key: str, value: str) -> None:
        if self.fail_writes:
            raise OSError("storage full")
        self.data[key] = value


def test_text_scales_cover_100_to_200_percent():
    assert TEXT_SCALES[0] == 100 and TEXT_SCALES[-1] == 200


@pytest.mark.parametrize(
    "bad",
    [
        {"text_scale": 110},
        {"text_scale": 300},
        {"language": "fr"},
        {"high_contrast": "yes"},
        {"text_scale": True},
    ],
)
def test_invalid_settings_are_rejected_with_a_clear_error(bad):
    with pytest.raises(ValueError, match=next(iter(bad))):
        DisplaySettings(**bad)


def test_stored_garbage_falls_back_to_defaults_per_field():
    loaded = DisplaySettings.from_mapping(
        {"text_scale": 175, "language": "xx", "high_contrast": 1, "other": 5}
    )
    assert loaded == DisplaySettings(text_scale=175)


def test_change_applies_notifies_and_persists():
    store = MemoryStore()
    vm, seen = SettingsViewModel(store), []
    vm.subscribe(lambda: seen.append(vm.settings.text_scale))
    assert asyncio.run(vm.change(text_scale=200)) is True
    assert seen == [200]
    assert json.loads(store.data[PREFERENCES_KEY]) == {
        "language": "de",
        "high_contrast": False,
        "text_scale": 200,
    }
    again = SettingsViewModel(store)
    asyncio.run(again.load())
    assert again.settings.text_scale == 200


def test_a_failed_save_keeps_the_choice_and_says_so():
    vm = SettingsViewModel(MemoryStore(fail_writes=True))
    assert asyncio.run(vm.change(high_contrast=True)) is False
    assert vm.settings.high_contrast and vm.save_failed


@pytest.mark.parametrize("raw", ["{not json", "[1, 2]", json.dumps({"text_scale": "big"})])
def test_loading_broken_storage_keeps_defaults(raw):
    vm = SettingsViewModel(MemoryStore({PREFERENCES_KEY: raw}))
    asyncio.run(vm.load())
    assert vm.settings == DisplaySettings()


def test_bad_value_never_reaches_the_store():
    store = MemoryStore()
    vm = SettingsViewModel(store)
    with pytest.raises(ValueError):
        asyncio.run(vm.change(text_scale=123))
    assert store.data == {} and vm.settings == DisplaySettings()


def test_body_text_doubles_at_200_percent_and_headings_grow_less():
    body = TYPE_SCALE["body_medium"][0]
    headline = TYPE_SCALE["headline_small"][0]
    assert scaled_size(body, 200) == 2 * body
    assert headline < scaled_size(headline, 200) < 2 * headline
    theme = build_theme(DisplaySettings(text_scale=200))
    assert theme.text_theme.body_medium.size == 2 * body
    assert all(
        getattr(build_theme(DisplaySettings()).text_theme, n).size == s for n, (s, *_) in TYPE_SCALE.items()
    )


def test_bottom_bar_labels_grow_but_always_fit():
    labels = ["Start", "Angebote", "Vereine", "Termine", "Mehr"]
    assert nav_label_size(100, 412, labels) == TYPE_SCALE["label_medium"][0]
    at_320 = nav_label_size(200, 320, labels)
    assert 12 <= at_320 < scaled_size(TYPE_SCALE["label_medium"][0], 200)
    assert at_320 * 0.54 * len("Angebote") <= 320 / 5
    assert nav_label_size(200, 1280, labels) == scaled_size(TYPE_SCALE["label_medium"][0], 200)


def test_config_defaults():
    config = AppConfig.from_env({})
    assert config.server_url == DEFAULT_SERVER_URL == "http://127.0.0.1:8787"
    assert config.data_dir == Path(DEFAULT_DATA_DIR) == Path("build/run/app-data")
    assert config.port == DEFAULT_APP_PORT == 8550 and config.host == "127.0.0.1"


def test_config_from_environment():
    config = AppConfig.from_env(
        {
            "EHRENAMT_SERVER_URL": "https://sync.example.org/",
            "EHRENAMT_DATA_DIR": "/tmp/x",
            "EHRENAMT_APP_PORT": "9001",
        }
    )
    assert config == AppConfig("https://sync.example.org", Path("/tmp/x"), 9001)


@pytest.mark.parametrize(
    ("env", "message"),
    [({"EHRENAMT_APP_PORT": "abc"}, "whole number"), ({"EHRENAMT_APP_PORT": "70000"}, "between 1 and 65535"),
     ({"EHRENAMT_SERVER_URL": "ftp://x"}, "http"), ({"EHRENAMT_SERVER_URL": "localhost:8787"}, "http")],
)  # fmt: skip
def test_bad_config_is_a_clear_error(env, message):
    with pytest.raises(ConfigError, match=message):
        AppConfig.from_env(env)
