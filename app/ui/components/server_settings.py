"""The sync server address: always shown; editable (validated, stored on the device) where the app runs on the
person's own device. In a browser the operator's address applies."""

from __future__ import annotations

import flet as ft

from app.ui.components.busy_button import BusyButton
from app.ui.components.text_input import TextInput
from app.ui.hooks import use_t, use_viewmodel
from app.ui.text import text
from app.viewmodels.profile import ProfileViewModel


@ft.component
def ServerSettings(profile: ProfileViewModel) -> ft.Control:
    profile = use_viewmodel(profile)
    t = use_t()

    def on_change(e: ft.Event[ft.TextField]) -> None:
        profile.set_server(e.control.value)

    async def save() -> None:
        await profile.save_server()

    controls: list[ft.Control] = [text(t("profil.server.current", url=profile.server_url))]
    if profile.server_editable:
        controls += [
            TextInput(
                key="server",
                label=t("profil.server.label"),
                value=profile.server_value,
                on_change=on_change,
                on_submit=save,
                error=profile.text(profile.server_error, t),
                keyboard_type=ft.KeyboardType.URL,
                autocorrect=False,
                enable_suggestions=False,
            ),
            ft.Row(key="server-save", controls=[BusyButton(t("profil.server.save"), save, icon=ft.Icons.DNS_OUTLINED,
                                                           busy_label=t("profil.server.busy"), kind=ft.OutlinedButton)]),
        ]
        if profile.server_notice:
            controls.append(ft.Semantics(live_region=True, container=True,
                                         content=text(profile.text(profile.server_notice, t))))
    else:
        controls.append(text(t("profil.server.fixed"), theme_style=ft.TextThemeStyle.BODY_MEDIUM,
                             color=ft.Colors.ON_SURFACE_VARIANT))
    return ft.Column(spacing=12, horizontal_alignment=ft.CrossAxisAlignment.STRETCH, controls=controls)
