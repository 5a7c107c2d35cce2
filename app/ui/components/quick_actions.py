"""Quick actions of the start page ("Angebot erstellen", "Termine", …) as wrapping buttons."""

from __future__ import annotations

import flet as ft

from app.ui.icons import icon
from app.viewmodels.start import QuickAction


@ft.component
def QuickActions(actions: list[QuickAction]) -> ft.Control:
    return ft.Row(
        wrap=True,
        spacing=12,
        run_spacing=12,
        controls=[
            ft.OutlinedButton(
                a.label,
                icon=icon(a.icon),
                on_click=lambda _, route=a.route: ft.context.page.navigate(route),
                key=a.key,
            )
            for a in actions
        ],
    )
