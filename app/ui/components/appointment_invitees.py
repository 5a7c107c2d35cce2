"""Who is invited: one row per person (display name where known) with "ausladen", and a field to invite by
username. Locked for invitees editing someone else's appointment."""

from __future__ import annotations

import flet as ft

from app.ui.components.heading import Heading
from app.ui.components.text_input import TextInput
from app.ui.hooks import use_t
from app.ui.text import text
from app.viewmodels.appointment_form import AppointmentFormViewModel


@ft.component
def AppointmentInvitees(vm: AppointmentFormViewModel) -> ft.Control:
    t = use_t()
    locked = vm.guest_mode
    rows: list[ft.Control] = []
    for username in vm.invitees:
        label = vm.invitee_label(username)
        remove = None if locked else ft.IconButton(
            icon=ft.Icon(ft.Icons.PERSON_REMOVE_OUTLINED, semantics_label=t("termine.form.uninvite", name=label)),
            tooltip=t("termine.form.uninvite", name=label),
            on_click=lambda _, u=username: vm.remove_invitee(u))
        rows.append(ft.ListTile(key=username, leading=ft.Icon(ft.Icons.PERSON_OUTLINE, semantics_label=""),
                                title=text(label), trailing=remove, min_height=48,
                                content_padding=ft.Padding.symmetric(horizontal=8)))
    if not rows:
        rows.append(text(t("termine.form.no_invitees"), theme_style=ft.TextThemeStyle.BODY_MEDIUM))
    controls: list[ft.Control] = [Heading(t("termine.form.invitees"), level=2), *rows]
    if not locked:
        # keyed: the rows above come and go, the field and its button keep their place in the tree
        controls.append(ft.Row(key="invite", vertical_alignment=ft.CrossAxisAlignment.START, spacing=8, controls=[
            TextInput(label=t("termine.form.invitee_input"), hint_text=t("termine.form.invitee_hint"),
                      value=vm.invitee_input, error=vm.errors.get("invitees"), expand=True,
                      autocorrect=False, capitalization=ft.TextCapitalization.NONE,
                      on_change=lambda e: vm.set("invitee_input", e.control.value or ""),
                      on_submit=lambda _: vm.add_invitee()),
            ft.OutlinedButton(t("termine.form.invite"), icon=ft.Icons.PERSON_ADD_ALT,
                              on_click=lambda: vm.add_invitee()),
        ]))
    return ft.Column(spacing=4, controls=controls)
