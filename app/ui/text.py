"""Text helpers for views."""

from __future__ import annotations

import flet as ft

from app.i18n import SOFT_HYPHEN, plain


def text(value: str, **kwargs) -> ft.Text:
    """`ft.Text` whose accessible name has no soft hyphens (they only tell Flutter where a word may break)."""
    if SOFT_HYPHEN in value:
        kwargs.setdefault("semantics_label", plain(value))
    return ft.Text(value, **kwargs)
