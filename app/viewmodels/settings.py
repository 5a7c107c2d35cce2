"""Display settings (language, high contrast, text size): validated, applied at once, persisted on the device.

Persistence goes through an injected `PreferenceStore` (SharedPreferences in the Flet app, a dict in tests), so
this module runs without Flet. A failed save never undoes the choice: the setting applies and the user is told.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import asdict, dataclass, replace
from typing import Any, Protocol

from app.i18n import DEFAULT_LANGUAGE, LANGUAGES
from app.viewmodels.observable import ViewModel

TEXT_SCALES: tuple[int, ...] = (100, 125, 150, 175, 200)
PREFERENCES_KEY = "ehrenamt.display_settings.v1"


class PreferenceStore(Protocol):
    async def read(self, key: str) -> str | None: ...

    async def write(self, key: str, value: str) -> None: ...


@dataclass(frozen=True)
class DisplaySettings:
    language: str = DEFAULT_LANGUAGE
    high_contrast: bool = False
    text_scale: int = 100

    def __post_init__(self) -> None:
        if self.language not in LANGUAGES:
            raise ValueError(f"language must be one of {sorted(LANGUAGES)}, got {self.language!r}")
        if not isinstance(self.high_contrast, bool):
            raise ValueError(f"high_contrast must be true or false, got {self.high_contrast!r}")
        if self.text_scale not in TEXT_SCALES or isinstance(self.text_scale, bool):
            raise ValueError(
                f"text_scale must be one of {list(TEXT_SCALES)} (percent), got {self.text_scale!r}"
            )

    @classmethod
    def from_mapping(cls, data: Mapping[str, Any]) -> DisplaySettings:
        """Tolerant reading of stored settings: each unusable value falls back to its default, never an error."""
        result = cls()
        for name, value in data.items():
            if name not in ("language", "high_contrast", "text_scale"):
                continue
            try:
                result = replace(result, **{name: value})
            except (ValueError, TypeError):
                continue
        return result

    def to_mapping(self) -> dict[str, Any]:
        return asdict(self)


class SettingsViewModel(ViewModel):
    def __init__(self, store: PreferenceStore | None = None) -> None:
        super().__init__()
        self._store = store
        self.settings = DisplaySettings()
        self.save_failed = False

    async def load(self) -> None:
        """Reads the stored settings; a missing, broken or unreadable entry leaves the defaults."""
        if self._store is None:
            return
        try:
            raw = await self._store.read(PREFERENCES_KEY)
            data = json.loads(raw) if raw else {}
        except Exception:  # storage unavailable or corrupt: defaults, the app must still start
            return
        if isinstance(data, dict):
            loaded = DisplaySettings.from_mapping(data)
            if loaded != self.settings:
                self.settings = loaded
                self.notify()

    async def change(self, **changes: Any) -> bool:
        """Applies validated changes at once (raises ValueError on bad values), then saves; False if saving failed."""
        updated = replace(self.settings, **changes)
        if updated != self.settings:
            self.settings = updated
            self.notify()
        saved = await self._save()
        if saved == self.save_failed:
            self.save_failed = not saved
            self.notify()
        return saved

    async def _save(self) -> bool:
        if self._store is None:
            return True
        try:
            await self._store.write(PREFERENCES_KEY, json.dumps(self.settings.to_mapping()))
        except Exception:
            return False
        return True
