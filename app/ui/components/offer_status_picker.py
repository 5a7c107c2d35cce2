"""The status of an offer as radio rows (Entwurf / Aktiv / Vermittelt / Archiviert)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

import flet as ft

from app.ui.components.offer_radio_group import OfferRadioGroup
from app.ui.hooks import use_t


@ft.component
def OfferStatusPicker(value: str | None, choices: Sequence[str], on_change: Callable[[str], None],
                      label: str, error: str | None = None, with_help: bool = False) -> ft.Control:
    t = use_t()

    def option(status: str) -> str:
        if with_help and status in ("draft", "active"):
            return t(f"angebote.form.status_help.{status}")
        return t(f"angebote.status.{status}")

    return OfferRadioGroup(label, value, [(s, option(s)) for s in choices], on_change, error=error)
