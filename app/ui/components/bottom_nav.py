"""The phone navigation: a Material NavigationBar (exposed as tabs: get_by_role("tab", name="Vereine"))."""

from __future__ import annotations

import flet as ft

from app.i18n import plain
from app.ui.hooks import use_t
from app.ui.icons import icon
from app.viewmodels.shell import Destination


@ft.component
def BottomNav(destinations: list[Destination], selected: int | None, visible: bool = True) -> ft.Control:
    t = use_t()

    def on_change(e: ft.Event[ft.NavigationBar]) -> None:
        ft.context.page.navigate(destinations[e.control.selected_index].route)

    return ft.NavigationBar(
        visible=visible,
        selected_index=selected if selected is not None else 0,
        on_change=on_change,
        label_behavior=ft.NavigationBarLabelBehavior.ALWAYS_SHOW,
        destinations=[
            ft.NavigationBarDestination(
                icon=icon(d.icon), selected_icon=icon(d.selected_icon), label=plain(t(d.label_key))
            )
            for d in destinations
        ],
    )
