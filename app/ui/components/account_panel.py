"""The signed-in person: name, roles, town, the editable display name, and "Abmelden" (disabled while it runs).

The name field and the buttons are keyed: the roles, town or a notice coming and going never move them."""

from __future__ import annotations

import flet as ft

from app.ui.components.busy_button import BusyButton
from app.ui.components.text_input import TextInput
from app.ui.hooks import use_t, use_viewmodel
from app.ui.text import text
from app.viewmodels.login import LoginViewModel
from app.viewmodels.profile import ProfileViewModel
from app.viewmodels.sync_status import pending_text


@ft.component
def AccountPanel(profile: ProfileViewModel, login: LoginViewModel, pending: int) -> ft.Control:
    profile = use_viewmodel(profile)
    login = use_viewmodel(login)
    t = use_t()

    def on_name(e: ft.Event[ft.TextField]) -> None:
        profile.set_name(e.control.value)

    def save_name() -> None:
        profile.save_name()

    async def logout() -> None:
        await login.logout()

    controls: list[ft.Control] = [
        text(t("profil.signed_in_as", name=profile.display_name, username=profile.username),
             theme_style=ft.TextThemeStyle.BODY_LARGE),
    ]
    if profile.roles_text():
        controls.append(text(t("profil.roles", roles=profile.roles_text())))
    if profile.town_text():
        controls.append(text(t("profil.town", town=profile.town_text())))
    controls.append(text(t("profil.town_hint"), theme_style=ft.TextThemeStyle.BODY_MEDIUM,
                         color=ft.Colors.ON_SURFACE_VARIANT))
    controls.append(
        TextInput(
            key="name",
            label=t("profil.name.label"),
            value=profile.name_value,
            on_change=on_name,
            on_submit=save_name,
            error=profile.text(profile.name_error, t),
            max_length=80,
        )
    )
    controls.append(ft.Row(key="name-save", controls=[
        ft.OutlinedButton(t("profil.name.save"), icon=ft.Icons.SAVE_OUTLINED, on_click=save_name)]))
    if profile.name_notice:
        controls.append(ft.Semantics(live_region=True, container=True,
                                     content=text(profile.text(profile.name_notice, t))))
    if pending:
        controls.append(text(t("profil.logout.pending", pending=pending_text(pending, t)),
                             theme_style=ft.TextThemeStyle.BODY_MEDIUM))
    controls.append(ft.Row(key="logout", controls=[
        BusyButton(t("profil.logout"), logout, icon=ft.Icons.LOGOUT, busy=login.busy,
                   busy_label=t("profil.logout.busy"), kind=ft.OutlinedButton)]))
    return ft.Column(spacing=12, horizontal_alignment=ft.CrossAxisAlignment.STRETCH, controls=controls)
