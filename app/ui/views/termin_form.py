"""/termine/neu and /termine/<id>/bearbeiten — create or edit an appointment: title, description, day and times
(Berlin), all-day, place OR an online room (Jitsi link under EHRENAMT_JITSI_BASE), kind, invitees, reminder,
public, guest editing. Messages appear next to the fields; saving works offline."""

from __future__ import annotations

import os

import flet as ft

from app.config import ConfigError
from app.ui.components.appointment_date_field import AppointmentDateField
from app.ui.components.appointment_invitees import AppointmentInvitees
from app.ui.components.appointment_time_field import AppointmentTimeField
from app.ui.components.heading import Heading
from app.ui.components.notice import Notice
from app.ui.components.page_frame import PageFrame
from app.ui.components.radio_tile import RadioTile
from app.ui.components.switch_tile import SwitchTile
from app.ui.components.text_input import TextInput
from app.ui.hooks import use_live_viewmodel, use_settings, use_t
from app.ui.text import text
from app.viewmodels.appointment_form import (
    JITSI_ENV,
    MODES,
    AppointmentFormViewModel,
    jitsi_base_url,
    reminder_label,
)
from app.viewmodels.appointments import berlin_today
from core import reference as ref
from core.meeting import DEFAULT_JITSI_BASE
from core.validation import URL_RE

NO_REMINDER = "none"


def configured_jitsi_base() -> str:
    """EHRENAMT_JITSI_BASE, checked; a bad value is passed on as it is so the form can say what is wrong."""
    try:
        return jitsi_base_url(os.environ)
    except ConfigError:
        return os.environ.get(JITSI_ENV) or DEFAULT_JITSI_BASE


def _radio_group(value: str, options: list[tuple[str, str]], on_change, key: str) -> ft.Control:
    return ft.RadioGroup(key=key, value=value, on_change=on_change, content=ft.Column(spacing=0, controls=[
        RadioTile(key, label) for key, label in options]))


@ft.component
def TerminFormPage() -> ft.Control:
    t = use_t()
    language = use_settings().settings.language
    appointment_id = ft.use_route_params().get("id")
    app_session, vm = use_live_viewmodel(
        lambda s: AppointmentFormViewModel(s, appointment_id, jitsi_base=configured_jitsi_base(), language=language),
        [appointment_id, language])
    title = t("termine.form.edit_title") if appointment_id else t("termine.form.new_title")
    back = (f"/termine/{appointment_id}", t("termine.back")) if appointment_id else ("/termine", t("termine.back"))
    if vm is None:
        return PageFrame(title, [], back=back)
    if not vm.may_edit:
        if vm.session.actor is None:
            return PageFrame(title, [Notice(t("termine.form.login"), icon_name="LOGIN"), ft.Row(controls=[
                ft.OutlinedButton(t("termine.go_login"), icon=ft.Icons.LOGIN,
                                  on_click=lambda: ft.context.page.navigate("/profil"))])], back=back)
        missing = appointment_id is not None and not vm.found
        return PageFrame(title, [Notice(t("termine.detail.not_found") if missing else t("termine.form.no_access"))],
                         back=back)

    def save() -> None:
        saved = vm.save()
        if saved:
            ft.context.page.navigate(f"/termine/{saved}")

    def cancel() -> None:
        ft.context.page.navigate(back[0])

    def on_mode(e: ft.Event[ft.RadioGroup]) -> None:
        vm.set("mode", e.control.value)

    def on_kind(e: ft.Event[ft.RadioGroup]) -> None:
        vm.set("kind", e.control.value)

    def on_reminder(e: ft.Event[ft.RadioGroup]) -> None:
        vm.set("reminder", None if e.control.value == NO_REMINDER else int(e.control.value))

    err = vm.errors.get
    body: list[ft.Control] = []
    if vm.guest_mode:
        body.append(Notice(t("termine.form.guest_note"), icon_name="GROUP_OUTLINED"))
    body += [
        TextInput(key="title", label=t("termine.form.title"), value=vm.title, error=err("title"),
                     on_change=lambda e: vm.set("title", e.control.value or "")),
        TextInput(key="description", label=t("termine.form.description"), value=vm.description, multiline=True,
                  min_lines=3, max_lines=10, error=err("description"),
                  on_change=lambda e: vm.set("description", e.control.value or "")),
        AppointmentDateField(t("termine.form.date"), vm.date_text, lambda v: vm.set("date_text", v),
                             error=err("date"), calendar_label=t("termine.form.pick_date"),
                             first=berlin_today() if vm.is_new else None, key="date"),
        SwitchTile(t("termine.form.all_day"), vm.all_day, lambda e: vm.set("all_day", bool(e.control.value)),
                   key="all_day"),
    ]
    if not vm.all_day:
        body.append(ft.ResponsiveRow(key="times", spacing=8, run_spacing=8, controls=[
            ft.Container(col={"xs": 12, "sm": 6}, content=AppointmentTimeField(
                t("termine.form.start"), vm.start_text, lambda v: vm.set("start_text", v), error=err("start"),
                picker_label=t("termine.form.pick_start"))),
            ft.Container(col={"xs": 12, "sm": 6}, content=AppointmentTimeField(
                t("termine.form.end"), vm.end_text, lambda v: vm.set("end_text", v), error=err("end"),
                picker_label=t("termine.form.pick_end"))),
        ]))
    body.append(Heading(t("termine.form.where"), level=2))
    body.append(_radio_group(vm.mode, [(m, t(f"termine.form.mode.{m}")) for m in MODES], on_mode, key="mode"))
    if vm.mode == "place":
        body.append(TextInput(key="place", label=t("termine.form.place"), hint_text=t("termine.form.place_hint"),
                              value=vm.place, error=err("place"),
                              on_change=lambda e: vm.set("place", e.control.value or "")))
    else:
        room_buttons: list[ft.Control] = [ft.FilledButton(
            t("termine.form.new_room") if vm.online_url else t("termine.form.create_room"),
            icon=ft.Icons.VIDEO_CALL, on_click=lambda: vm.create_room())]
        if vm.online_url and URL_RE.fullmatch(vm.online_url.strip()):
            room_buttons.append(ft.OutlinedButton(t("termine.form.open_room"), icon=ft.Icons.OPEN_IN_NEW,
                                                  action=ft.OpenUrl(vm.online_url.strip(),
                                                                    target=ft.UrlTarget.BLANK)))
        body += [
            TextInput(key="online_url", label=t("termine.form.online_url"), value=vm.online_url,
                      error=err("online_url"), keyboard_type=ft.KeyboardType.URL,
                      on_change=lambda e: vm.set("online_url", e.control.value or "")),
            ft.Row(key="room", wrap=True, spacing=8, run_spacing=8, controls=room_buttons),
        ]
    body.append(Heading(t("termine.form.kind"), level=2))
    body.append(_radio_group(vm.kind, [(k, ref.APPOINTMENT_KINDS[k]) for k in vm.kinds], on_kind, key="kind"))
    body.append(AppointmentInvitees(vm, key="invitees"))
    body.append(Heading(t("termine.form.reminder"), level=2))
    body.append(_radio_group(
        NO_REMINDER if vm.reminder is None else str(vm.reminder),
        [(NO_REMINDER if m is None else str(m), reminder_label(m, t)) for m in vm.reminder_choices], on_reminder,
        key="reminder"))
    if not vm.guest_mode:
        body += [SwitchTile(t("termine.form.public"), vm.public, lambda e: vm.set("public", bool(e.control.value)),
                            key="public"),
                 SwitchTile(t("termine.form.guests_can_edit"), vm.guests_can_edit,
                            lambda e: vm.set("guests_can_edit", bool(e.control.value)), key="guests_can_edit")]
    if vm.form_error:
        body.append(ft.Semantics(live_region=True, content=text(vm.form_error, color=ft.Colors.ERROR,
                                                                theme_style=ft.TextThemeStyle.BODY_LARGE)))
    body.append(ft.Row(key="actions", wrap=True, spacing=8, run_spacing=8, controls=[
        ft.FilledButton(t("termine.form.save"), icon=ft.Icons.SAVE_OUTLINED, on_click=save),
        ft.TextButton(t("termine.form.cancel"), on_click=cancel),
    ]))
    form = ft.Column(spacing=16, horizontal_alignment=ft.CrossAxisAlignment.STRETCH, controls=body)
    return PageFrame(title, [form], back=back)
