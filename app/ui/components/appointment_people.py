"""Who is invited and what they answered (organiser first); answers of people who were not invited below."""

from __future__ import annotations

import flet as ft

from app.ui.components.heading import Heading
from app.ui.hooks import use_t
from app.ui.text import text
from app.viewmodels.appointments import Invitee

_ICONS = {"zugesagt": ft.Icons.CHECK_CIRCLE, "abgesagt": ft.Icons.CANCEL, "vielleicht": ft.Icons.HELP,
          "offen": ft.Icons.SCHEDULE}


def _row(person: Invitee, t) -> ft.Control:
    status = t("termine.detail.organiser_role") if person.organiser else t(f"termine.answer.{person.status}")
    icon = ft.Icons.STAR_OUTLINE if person.organiser else _ICONS.get(person.status, ft.Icons.SCHEDULE)
    line = f"{person.label}: {status}"
    return ft.ListTile(
        key=person.username,
        leading=ft.Icon(icon, semantics_label=""),
        title=text(line),
        subtitle=text(person.comment, theme_style=ft.TextThemeStyle.BODY_SMALL) if person.comment else None,
        min_height=48,
        content_padding=ft.Padding.symmetric(horizontal=8),
    )


@ft.component
def AppointmentPeople(invitees: tuple[Invitee, ...], others: tuple[Invitee, ...]) -> ft.Control:
    t = use_t()
    controls: list[ft.Control] = [Heading(t("termine.detail.people"), level=2)]
    controls += [_row(p, t) for p in invitees]
    if len(invitees) <= 1:
        controls.append(text(t("termine.detail.no_invitees"), theme_style=ft.TextThemeStyle.BODY_MEDIUM))
    if others:
        controls.append(Heading(t("termine.detail.others"), level=3))
        controls += [_row(p, t) for p in others]
    return ft.Column(spacing=0, controls=controls)
