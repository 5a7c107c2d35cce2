"""Zusage / Absage / Vielleicht: three buttons, the chosen one filled (and named "… (gewählt)" for screen
readers), the current answer as text."""

from __future__ import annotations

from collections.abc import Callable

import flet as ft

from app.ui.components.heading import Heading
from app.ui.hooks import use_t
from app.ui.text import text
from app.viewmodels.appointments import RSVP_ANSWERS

_ICONS = {"zugesagt": ft.Icons.CHECK_CIRCLE_OUTLINE, "abgesagt": ft.Icons.CANCEL_OUTLINED,
          "vielleicht": ft.Icons.HELP_OUTLINE}


@ft.component
def AppointmentRsvp(current: str | None, on_answer: Callable[[str], None]) -> ft.Control:
    t = use_t()
    buttons: list[ft.Control] = []
    for answer in RSVP_ANSWERS:
        label = t(f"termine.answer.{answer}")
        if answer == current:
            buttons.append(ft.FilledButton(
                content=ft.Text(label, semantics_label=t("termine.answer_selected", answer=label)),
                icon=_ICONS[answer], key=answer, on_click=lambda _, a=answer: on_answer(a)))
        else:
            buttons.append(ft.OutlinedButton(label, icon=_ICONS[answer], key=answer,
                                             on_click=lambda _, a=answer: on_answer(a)))
    status = (t("termine.detail.your_answer", answer=t(f"termine.answer.{current}"))
              if current and current != "offen" else t("termine.detail.no_answer"))
    return ft.Column(spacing=8, controls=[
        Heading(t("termine.detail.answer"), level=2),
        ft.Semantics(live_region=True, content=text(status, theme_style=ft.TextThemeStyle.BODY_LARGE)),
        ft.Row(wrap=True, spacing=8, run_spacing=8, controls=buttons),
    ])
