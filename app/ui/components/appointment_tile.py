"""One appointment in a list (agenda, a club's public appointments): title, time in Berlin, place or "Online",
and what matters at a glance (cancelled, running, coaching request, my answer). Tapping opens it."""

from __future__ import annotations

from datetime import date

import flet as ft

from app.ui.hooks import use_t
from app.ui.text import text
from app.viewmodels.appointments import AgendaEntry, day_heading, time_range


def _badge(label: str, error: bool = False) -> ft.Control:
    return ft.Container(
        bgcolor=ft.Colors.ERROR_CONTAINER if error else ft.Colors.SECONDARY_CONTAINER,
        border_radius=8,
        padding=ft.Padding.symmetric(vertical=2, horizontal=8),
        content=text(label, theme_style=ft.TextThemeStyle.LABEL_MEDIUM,
                     color=ft.Colors.ON_ERROR_CONTAINER if error else ft.Colors.ON_SECONDARY_CONTAINER),
    )


@ft.component
def AppointmentTile(entry: AgendaEntry, today: date | None = None) -> ft.Control:
    """With ``today`` the day is part of the line ("Morgen, 18:00–19:00 Uhr"), for lists not grouped by day."""
    t = use_t()
    when = time_range(entry, t)
    if today is not None:
        when = f"{day_heading(entry.day, today, t)}, {when}"
    where = t("termine.online") if entry.online_url and not entry.place else entry.place
    details: list[ft.Control] = [text(" · ".join(p for p in (when, where) if p),
                                      theme_style=ft.TextThemeStyle.BODY_MEDIUM)]
    badges: list[ft.Control] = []
    if entry.cancelled:
        badges.append(_badge(t("termine.cancelled"), error=True))
    if entry.running and not entry.cancelled:
        badges.append(_badge(t("termine.running")))
    if entry.coaching_request:
        badges.append(_badge(t("termine.requested")))
    if entry.my_rsvp:
        badges.append(_badge(t("termine.my_answer", answer=t(f"termine.answer.{entry.my_rsvp}"))))
    if badges:
        details.append(ft.Row(wrap=True, spacing=6, run_spacing=6, controls=badges))
    title_style = ft.TextStyle(decoration=ft.TextDecoration.LINE_THROUGH) if entry.cancelled else None
    return ft.Card(
        margin=0,
        content=ft.ListTile(
            leading=ft.Icon(ft.Icons.VIDEOCAM_OUTLINED if entry.online_url else ft.Icons.EVENT_OUTLINED),
            title=text(entry.title, theme_style=ft.TextThemeStyle.TITLE_MEDIUM, style=title_style),
            subtitle=ft.Column(spacing=6, controls=details),
            trailing=ft.Icon(ft.Icons.CHEVRON_RIGHT),
            min_height=64,
            content_padding=ft.Padding.symmetric(vertical=6, horizontal=16),
            on_click=lambda: ft.context.page.navigate(f"/termine/{entry.id}"),
        ),
    )
