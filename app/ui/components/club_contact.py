"""How to reach a club: address, contact person, and buttons that call, write or open the website (through the
platform's URL launcher, inside the tap so browsers do not block it)."""

from __future__ import annotations

import flet as ft

from app.ui.components.heading import Heading
from app.ui.hooks import use_t
from app.ui.text import text
from app.viewmodels.club_detail import ContactLink

_ICONS = {"phone": ft.Icons.PHONE, "email": ft.Icons.MAIL_OUTLINE, "website": ft.Icons.OPEN_IN_NEW}


@ft.component
def ClubContact(address: str, contact_name: str, links: list[ContactLink]) -> ft.Control:
    t = use_t()
    controls: list[ft.Control] = [Heading(t("vereine.detail.contact"), level=2)]
    if address:
        controls.append(ft.Row(spacing=12, controls=[
            ft.Icon(ft.Icons.PLACE_OUTLINED, semantics_label=""),
            ft.Text(address, theme_style=ft.TextThemeStyle.BODY_LARGE, expand=True),
        ]))
    if contact_name:
        controls.append(text(t("vereine.detail.contact_name", name=contact_name),
                             theme_style=ft.TextThemeStyle.BODY_LARGE))
    labels = {"phone": lambda link: t("vereine.detail.call", phone=link.label),
              "email": lambda link: t("vereine.detail.mail", email=link.label),
              "website": lambda _link: t("vereine.detail.website")}
    buttons = [
        ft.OutlinedButton(labels[link.kind](link), icon=_ICONS[link.kind], key=link.kind,
                          action=ft.OpenUrl(link.url, target=ft.UrlTarget.BLANK))
        for link in links
    ]
    if buttons:
        controls.append(ft.Row(wrap=True, spacing=8, run_spacing=8, controls=buttons))
    return ft.Column(spacing=8, controls=controls)
