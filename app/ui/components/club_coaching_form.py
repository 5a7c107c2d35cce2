""""Coaching anfragen": the short request form of a club's profile (topic, details, wished-for day, other wishes,
online or on site). Saved locally at once; the sync worker sends it."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import flet as ft

from app.ui.components.appointment_date_field import AppointmentDateField
from app.ui.components.heading import Heading
from app.ui.components.radio_tile import RadioTile
from app.ui.components.text_input import TextInput
from app.ui.hooks import use_t
from app.ui.text import text
from app.viewmodels.coaching import MODES, TOPIC_MAX, CoachingRequestViewModel


@ft.component
def ClubCoachingForm(vm: CoachingRequestViewModel, on_done: Callable[[str | None], None]) -> ft.Control:
    """``on_done(id)`` after a saved request, ``on_done(None)`` when the person cancels."""
    t = use_t()

    def send() -> None:
        appointment_id = vm.submit()
        if appointment_id:
            on_done(appointment_id)

    def mode_changed(e: ft.Event[ft.RadioGroup]) -> None:
        vm.set("mode", e.control.value)

    controls: list[ft.Control] = [
        Heading(t("vereine.coaching.open"), level=3),
        TextInput(key="topic", label=t("vereine.coaching.topic"), hint_text=t("vereine.coaching.topic_hint"),
                  value=vm.topic, max_length=TOPIC_MAX, error=vm.errors.get("topic"),
                  on_change=lambda e: vm.set("topic", e.control.value or "")),
        TextInput(key="details", label=t("vereine.coaching.details"), value=vm.details, multiline=True,
                  min_lines=2, max_lines=6, on_change=lambda e: vm.set("details", e.control.value or "")),
        AppointmentDateField(t("vereine.coaching.date"), vm.date_text, lambda v: vm.set("date_text", v),
                             error=vm.errors.get("date"), calendar_label=t("vereine.coaching.pick_date"),
                             first=date.today(), key="date"),
        TextInput(key="alternatives", label=t("vereine.coaching.alternatives"),
                  hint_text=t("vereine.coaching.alternatives_hint"), value=vm.alternatives,
                  on_change=lambda e: vm.set("alternatives", e.control.value or "")),
        text(t("vereine.coaching.mode"), theme_style=ft.TextThemeStyle.TITLE_SMALL),
        ft.RadioGroup(value=vm.mode, on_change=mode_changed, content=ft.Column(spacing=0, controls=[
            RadioTile(mode, t(f"vereine.coaching.mode.{mode}")) for mode in MODES])),
    ]
    if vm.form_error:
        controls.append(ft.Semantics(live_region=True, content=text(
            vm.form_error, color=ft.Colors.ERROR, theme_style=ft.TextThemeStyle.BODY_LARGE)))
    controls.append(ft.Row(key="actions", wrap=True, spacing=8, run_spacing=8, controls=[
        ft.FilledButton(t("vereine.coaching.send"), icon=ft.Icons.SEND, on_click=send),
        ft.TextButton(t("vereine.coaching.cancel"), on_click=lambda: on_done(None)),
    ]))
    return ft.Card(margin=0, content=ft.Container(padding=16, content=ft.Column(
        spacing=12, horizontal_alignment=ft.CrossAxisAlignment.STRETCH, controls=controls)))
