"""/termine — the agenda: upcoming appointments grouped by day in Berlin time ("Heute", "Morgen", "Montag,
30. November"), soonest first; past ones on request. Reminders that are due sit on top."""

from __future__ import annotations

import flet as ft

from app.ui.components.appointment_day import AppointmentDay
from app.ui.components.appointment_reminders import AppointmentReminders
from app.ui.components.heading import Heading
from app.ui.components.notice import Notice
from app.ui.components.page_frame import PageFrame
from app.ui.hooks import use_live_viewmodel, use_t
from app.ui.text import text
from app.viewmodels.appointments import AgendaViewModel


@ft.component
def TerminePage() -> ft.Control:
    t = use_t()
    _, vm = use_live_viewmodel(AgendaViewModel)
    body: list[ft.Control] = [text(t("page.termine.intro"), theme_style=ft.TextThemeStyle.BODY_LARGE)]
    if vm is None:
        return PageFrame(t("page.termine.title"), body)
    if vm.may_create:
        body.append(ft.Row(controls=[ft.FilledButton(t("termine.new"), icon=ft.Icons.ADD,
                                                     on_click=lambda: ft.context.page.navigate("/termine/neu"))]))
    else:
        body += [Notice(t("termine.visitor_hint"), icon_name="LOGIN"),
                 ft.Row(controls=[ft.OutlinedButton(t("termine.go_login"), icon=ft.Icons.LOGIN,
                                                    on_click=lambda: ft.context.page.navigate("/profil"))])]
    if vm.reminders:
        body.append(AppointmentReminders(vm.reminders, vm.today))
    if not vm.upcoming:
        body.append(Notice(t("termine.none"), icon_name="EVENT_AVAILABLE"))
    body += [AppointmentDay(day, vm.today, key=day.day.isoformat()) for day in vm.upcoming]
    if vm.has_more:
        body.append(ft.OutlinedButton(t("termine.more"), icon=ft.Icons.EXPAND_MORE, on_click=lambda: vm.load_more()))
    body.append(ft.Divider())
    body.append(ft.Row(controls=[ft.TextButton(
        t("termine.past_hide") if vm.show_past else t("termine.past_show"),
        icon=ft.Icons.EXPAND_LESS if vm.show_past else ft.Icons.HISTORY,
        on_click=lambda: vm.toggle_past(),
    )]))
    if vm.show_past:
        body.append(Heading(t("termine.past"), level=2))
        if not vm.past:
            body.append(text(t("termine.past_none"), theme_style=ft.TextThemeStyle.BODY_LARGE))
        body += [AppointmentDay(day, vm.today, level=3, key=f"past-{day.day.isoformat()}") for day in vm.past]
    return PageFrame(t("page.termine.title"), body)
