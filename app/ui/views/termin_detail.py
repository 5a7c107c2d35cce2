"""/termine/<id> — one appointment: when (Berlin time), where or the online room, what; answer Zusage/Absage/
Vielleicht; who answered what; export as .ics; edit, cancel (organiser) or accept a coaching request (coordinator)."""

from __future__ import annotations

import flet as ft

from app.ui.components.appointment_export_button import AppointmentExportButton
from app.ui.components.appointment_people import AppointmentPeople
from app.ui.components.appointment_rsvp import AppointmentRsvp
from app.ui.components.heading import Heading
from app.ui.components.notice import Notice
from app.ui.components.page_frame import PageFrame
from app.ui.hooks import use_live_viewmodel, use_t
from app.ui.text import text
from app.viewmodels.appointment_form import reminder_label
from app.viewmodels.appointments import (
    AppointmentDetailViewModel,
    berlin_today,
    day_heading,
    long_date,
    time_range,
)


def _fact(icon: ft.IconData, value: str) -> ft.Control:
    return ft.Row(spacing=12, vertical_alignment=ft.CrossAxisAlignment.START, controls=[
        ft.Icon(icon, semantics_label=""),
        ft.Text(value, theme_style=ft.TextThemeStyle.BODY_LARGE, expand=True),
    ])


@ft.component
def TerminDetailPage() -> ft.Control:
    t = use_t()
    appointment_id = ft.use_route_params().get("id", "")
    _, vm = use_live_viewmodel(lambda s: AppointmentDetailViewModel(s, appointment_id), [appointment_id])
    message, set_message = ft.use_state(None)
    confirm_cancel, set_confirm_cancel = ft.use_state(False)

    def cancel_now() -> None:
        set_confirm_cancel(False)
        if vm is not None:
            vm.cancel_appointment()

    ft.use_dialog(ft.AlertDialog(
        modal=True,
        title=ft.Text(t("termine.detail.cancel")),
        content=ft.Text(t("termine.detail.cancel_confirm")),
        actions=[ft.TextButton(t("termine.detail.cancel_no"), on_click=lambda: set_confirm_cancel(False)),
                 ft.FilledButton(t("termine.detail.cancel_yes"), on_click=cancel_now)],
    ) if confirm_cancel else None)

    back = ("/termine", t("termine.back"))
    if vm is None or not vm.found or vm.entry is None:
        return PageFrame(t("termine.detail.title"), [Notice(t("termine.detail.not_found"))], back=back)
    record, entry = vm.record or {}, vm.entry
    today = berlin_today()
    body: list[ft.Control] = []
    if entry.cancelled:
        body.append(Notice(t("termine.detail.cancelled"), icon_name="EVENT_BUSY"))
    elif entry.coaching_request:
        key = "termine.detail.requested_coordinator" if vm.coordinates_request else "termine.detail.requested"
        body.append(Notice(t(key), icon_name="SUPPORT_AGENT"))
    day = long_date(entry.day, t, with_year=entry.day.year != today.year)
    relative = day_heading(entry.day, today, t)
    when = f"{relative} ({day}), {time_range(entry, t)}" if relative != day else f"{day}, {time_range(entry, t)}"
    body.append(_fact(ft.Icons.SCHEDULE, when))
    if entry.place:
        body.append(_fact(ft.Icons.PLACE_OUTLINED, entry.place))
    if entry.online_url:
        body.append(_fact(ft.Icons.VIDEOCAM_OUTLINED, entry.online_url))
        body.append(ft.Row(controls=[ft.FilledButton(
            t("termine.detail.open_room"), icon=ft.Icons.VIDEO_CALL,
            action=ft.OpenUrl(entry.online_url, target=ft.UrlTarget.BLANK))]))
    body.append(_fact(ft.Icons.CATEGORY_OUTLINED, t("termine.detail.kind", kind=entry.kind_label)))
    if vm.club_name:
        body.append(ft.Row(controls=[ft.TextButton(
            t("termine.detail.club", club=vm.club_name), icon=ft.Icons.GROUPS_OUTLINED,
            on_click=lambda: ft.context.page.navigate(f"/vereine/{record.get('organisation')}"))]))
    if record.get("reminder_minutes") is not None:
        body.append(_fact(ft.Icons.NOTIFICATIONS_NONE,
                          t("termine.detail.reminder", text=reminder_label(record["reminder_minutes"], t))))
    if record.get("description"):
        body.append(ft.Text(record["description"], theme_style=ft.TextThemeStyle.BODY_LARGE))
    if vm.error:
        body.append(ft.Semantics(live_region=True, content=text(
            vm.error, theme_style=ft.TextThemeStyle.BODY_LARGE, color=ft.Colors.ERROR)))
    if vm.can_answer:
        body.append(AppointmentRsvp(vm.my_status, lambda answer: vm.answer(answer)))
    body.append(AppointmentPeople(vm.invitees, vm.others))
    actions: list[ft.Control] = [AppointmentExportButton(
        vm.ics_file_name, vm.ics_bytes, lambda msg, ok: set_message((msg, ok)))]
    if vm.coordinates_request and entry.coaching_request:
        actions.insert(0, ft.FilledButton(t("termine.detail.accept"), icon=ft.Icons.HANDSHAKE_OUTLINED,
                                          on_click=lambda: vm.accept_request()))
    if vm.may_edit:
        actions.append(ft.OutlinedButton(
            t("termine.detail.edit"), icon=ft.Icons.EDIT_OUTLINED,
            on_click=lambda: ft.context.page.navigate(f"/termine/{appointment_id}/bearbeiten")))
    if vm.may_cancel:
        actions.append(ft.TextButton(t("termine.detail.cancel"), icon=ft.Icons.EVENT_BUSY,
                                     on_click=lambda: set_confirm_cancel(True)))
    body.append(Heading(t("termine.detail.actions"), level=2))
    body.append(ft.Row(wrap=True, spacing=8, run_spacing=8, controls=actions))
    if message:
        body.append(ft.Semantics(live_region=True, content=text(
            message[0], theme_style=ft.TextThemeStyle.BODY_LARGE, color=None if message[1] else ft.Colors.ERROR)))
    return PageFrame(entry.title, body, back=back)
