"""The device's key-value storage (Flet SharedPreferences: localStorage in a browser) as a PreferenceStore."""

from __future__ import annotations

import flet as ft


class SharedPreferencesStore:
    def __init__(self) -> None:
        self._prefs = ft.SharedPreferences()  # registers with the current page; needs a page context

    async def read(self, key: str) -> str | None:
        value = await self._prefs.get(key)
        return value if isinstance(value, str) else None

    async def write(self, key: str, value: str) -> None:
        if not await self._prefs.set(key, value):
            raise OSError(f"the device refused to store {key!r}")
