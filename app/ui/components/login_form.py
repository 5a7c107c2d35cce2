"""The login form: Benutzername, Passwort, "Anmelden"; German errors next to the fields and for the form.

While the login runs the fields and the button are disabled and the button says "Anmeldung läuft …". The fields
keep what was typed when the page re-renders meanwhile (a sync finishing), and each control has a key, so the
form message appearing never moves a field or the button to a new place in the tree.
"""

from __future__ import annotations

import flet as ft

from app.ui.components.busy_button import BusyButton
from app.ui.components.text_input import TextInput
from app.ui.hooks import use_t, use_viewmodel
from app.ui.text import text
from app.viewmodels.login import LoginViewModel


@ft.component
def LoginForm(vm: LoginViewModel) -> ft.Control:
    vm = use_viewmodel(vm)
    t = use_t()

    def on_username(e: ft.Event[ft.TextField]) -> None:
        vm.set_username(e.control.value)

    def on_password(e: ft.Event[ft.TextField]) -> None:
        vm.set_password(e.control.value)

    async def submit() -> None:
        await vm.submit()

    controls: list[ft.Control] = [
        text(t("profil.login.intro"), theme_style=ft.TextThemeStyle.BODY_MEDIUM),
        TextInput(
            key="username",
            label=t("profil.login.username"),
            value=vm.username,
            on_change=on_username,
            on_submit=submit,
            error=vm.field_error("username", t),
            autocorrect=False,
            enable_suggestions=False,
            capitalization=ft.TextCapitalization.NONE,
            autofill_hints=ft.AutofillHint.USERNAME,
            disabled=vm.busy,
        ),
        TextInput(
            key="password",
            label=t("profil.login.password"),
            value=vm.password,
            password=True,
            on_change=on_password,
            on_submit=submit,
            error=vm.field_error("password", t),
            autofill_hints=ft.AutofillHint.PASSWORD,
            disabled=vm.busy,
        ),
        ft.Container(key="form-error", visible=bool(vm.error), content=ft.Semantics(
            live_region=True, container=True,
            content=text(vm.text(vm.error, t) or "", color=ft.Colors.ERROR, theme_style=ft.TextThemeStyle.BODY_LARGE))),
        ft.Row(key="actions", controls=[
            BusyButton(t("profil.login.submit"), submit, icon=ft.Icons.LOGIN, busy=vm.busy,
                       busy_label=t("profil.login.busy")),
        ]),
    ]
    return ft.Column(spacing=12, horizontal_alignment=ft.CrossAxisAlignment.STRETCH, controls=controls)
