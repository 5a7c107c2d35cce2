"""One entry of a contact's visit timeline (read-only: visits are append-only)."""

from __future__ import annotations

from collections.abc import Callable

import flet as ft

from app.ui.components.heading import Heading
from app.ui.text import text
from app.viewmodels.contact_detail import VisitEntry


def _labelled(label: str, value: str) -> ft.Control:
    return ft.Column(spacing=2, tight=True, controls=[
        text(label, theme_style=ft.TextThemeStyle.LABEL_LARGE, color=ft.Colors.ON_SURFACE_VARIANT),
        text(value),
    ])


@ft.component
def CareVisitEntry(entry: VisitEntry, t: Callable[..., str]) -> ft.Control:
    meta = [entry.duration_text] if entry.duration_text else []
    meta.append(t("lotsen.visit.by", author=entry.author))
    body: list[ft.Control] = [
        Heading(t("lotsen.visit.heading", date=entry.date_text), level=3),
        text(" · ".join(meta), color=ft.Colors.ON_SURFACE_VARIANT),
    ]
    if entry.topics:
        body.append(_labelled(t("lotsen.visit.topics"), ", ".join(entry.topics)))
    if entry.notes:
        body.append(_labelled(t("lotsen.visit.notes"), entry.notes))
    if entry.next_steps:
        body.append(_labelled(t("lotsen.visit.next_steps"), entry.next_steps))
    if entry.next_visit_text:
        body.append(_labelled(t("lotsen.visit.next_visit"), entry.next_visit_text))
    return ft.Container(
        key=entry.id,
        border=ft.Border.only(left=ft.BorderSide(4, ft.Colors.PRIMARY)),
        padding=ft.Padding.only(left=12, top=4, bottom=4),
        content=ft.Column(spacing=6, controls=body),
    )
