"""One day of the agenda: its heading ("Heute", "Morgen", "Montag, 30. November") and its appointments."""

from __future__ import annotations

from datetime import date

import flet as ft

from app.ui.components.appointment_tile import AppointmentTile
from app.ui.components.heading import Heading
from app.ui.hooks import use_t
from app.viewmodels.appointments import AgendaDay, day_heading


@ft.component
def AppointmentDay(day: AgendaDay, today: date, level: int = 2) -> ft.Control:
    t = use_t()
    return ft.Column(
        spacing=8,
        controls=[
            Heading(day_heading(day.day, today, t), level=level),
            *[AppointmentTile(entry, key=entry.id) for entry in day.entries],
        ],
    )
