"""The consent of a contact, shown clearly: what was agreed to (✓), what not (✗), when, and who recorded it."""

from __future__ import annotations

from collections.abc import Callable

import flet as ft

from app.ui.components.heading import Heading
from app.ui.text import text
from app.viewmodels.contact_detail import Consent


def _line(label: str, given: bool, given_text: str, missing_text: str) -> ft.Control:
    return ft.Row(
        spacing=8,
        vertical_alignment=ft.CrossAxisAlignment.START,
        controls=[
            ft.Semantics(exclude_semantics=True, content=ft.Icon(
                ft.Icons.CHECK_CIRCLE if given else ft.Icons.BLOCK,
                color=ft.Colors.PRIMARY if given else ft.Colors.ERROR)),
            # the state is in the text too (not colour or icon alone)
            text(f"{label}: {given_text if given else missing_text}", expand=True),
        ],
    )


@ft.component
def CareConsentCard(consent: Consent, t: Callable[..., str]) -> ft.Control:
    lines = [_line(s, True, t("lotsen.consent.given"), "") for s in consent.scopes]
    lines += [_line(s, False, "", t("lotsen.consent.not_given")) for s in consent.missing]
    notes: list[ft.Control] = []
    if not consent.health:
        notes.append(text(t("lotsen.consent.no_health_note"), color=ft.Colors.ON_SURFACE_VARIANT))
    return ft.Container(
        bgcolor=ft.Colors.SURFACE_CONTAINER,
        border_radius=12,
        padding=16,
        content=ft.Column(
            spacing=8,
            controls=[
                Heading(t("lotsen.consent.title"), level=2),
                text(t("lotsen.consent.recorded", date=consent.date_text, by=consent.recorded_by)),
                *lines,
                *notes,
            ],
        ),
    )
