"""A button whose accessible name is its visible label plus what it acts on ("Behalten (Termin „X“ – Titel)"), so
the buttons of several cards can be told apart by screen-reader users (WCAG 2.4.6; label-in-name 2.5.3)."""

from __future__ import annotations

from collections.abc import Callable

import flet as ft

from app.i18n import plain


def action_button(kind: type, label: str, context: str, on_click: Callable, icon: ft.Icons | None = None,
                  **kwargs) -> ft.Control:
    name = plain(f"{label} ({context})") if context else plain(label)
    return kind(content=ft.Text(label, semantics_label=name), icon=icon, on_click=on_click, **kwargs)
