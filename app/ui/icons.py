"""Material icon names (as used by the Flet-free view-models) to Flet icons."""

from __future__ import annotations

import flet as ft


def icon(name: str) -> ft.Icons:
    """`icon("GROUPS")` → `ft.Icons.GROUPS`; raises AttributeError for an unknown name (caught by the tests)."""
    return getattr(ft.Icons, name)
