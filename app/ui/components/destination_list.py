"""A list of app destinations as large tappable rows (used by the "Mehr" page and the start page)."""

from __future__ import annotations

import flet as ft

from app.ui.hooks import use_t
from app.ui.icons import icon
from app.ui.text import text
from app.viewmodels.shell import Destination


@ft.component
def DestinationList(destinations: list[Destination]) -> ft.Control:
    t = use_t()
    return ft.Column(
        spacing=0,
        controls=[
            ft.ListTile(
                leading=ft.Icon(icon(d.icon)),
                title=text(t(d.label_key)),
                trailing=ft.Icon(ft.Icons.CHEVRON_RIGHT),
                min_height=56,
                on_click=lambda _, route=d.route: ft.context.page.navigate(route),
                key=d.key,
            )
            for d in destinations
        ],
    )
