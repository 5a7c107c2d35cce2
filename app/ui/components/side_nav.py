"""The wide-screen navigation: a Material NavigationRail (each item is a button named "<label> Tab n von m")."""

from __future__ import annotations

import flet as ft

from app.i18n import plain
from app.ui.components.brand_mark import BrandMark
from app.ui.hooks import use_t
from app.ui.icons import icon
from app.viewmodels.shell import Destination


@ft.component
def SideNav(destinations: list[Destination], selected: int | None, visible: bool = True) -> ft.Control:
    t = use_t()

    def on_change(e: ft.Event[ft.NavigationRail]) -> None:
        index = e.control.selected_index
        if index is not None:
            ft.context.page.navigate(destinations[index].route)

    return ft.NavigationRail(
        visible=visible,
        selected_index=selected,
        on_change=on_change,
        label_type=ft.NavigationRailLabelType.ALL,
        scrollable=True,
        group_alignment=-1,
        leading=BrandMark(),
        destinations=[
            ft.NavigationRailDestination(
                icon=icon(d.icon), selected_icon=icon(d.selected_icon), label=plain(t(d.label_key))
            )
            for d in destinations
        ],
    )
