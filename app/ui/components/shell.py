"""The app shell: navigation (bottom bar below 840 px, rail from 840 px) around the current route's page.

The page (route outlet) keeps the same place in the tree in both layouts, so turning a phone or resizing a
window never re-mounts it and never loses what was typed.
"""

from __future__ import annotations

import flet as ft

from app.ui.components.bottom_nav import BottomNav
from app.ui.components.side_nav import SideNav
from app.ui.components.sync_status_chip import SyncStatusChip
from app.ui.hooks import use_session, use_viewport
from app.viewmodels.shell import bar_destinations, selected_index, visible_destinations


@ft.component
def Shell() -> ft.Control:
    outlet = ft.use_route_outlet()
    location = ft.use_route_location()
    roles = use_session().roles
    narrow = use_viewport().narrow
    rail_items = visible_destinations(roles)
    bar_items = bar_destinations(roles)
    return ft.SafeArea(
        expand=True,
        content=ft.Row(
            expand=True,
            spacing=0,
            vertical_alignment=ft.CrossAxisAlignment.STRETCH,
            controls=[
                SideNav(rail_items, selected_index(location, rail_items, roles), visible=not narrow),
                ft.VerticalDivider(width=1, visible=not narrow),
                ft.Column(
                    expand=True,
                    spacing=0,
                    controls=[
                        SyncStatusChip(),  # the sync status on every page, announced to screen readers
                        ft.Container(expand=True, content=outlet),
                        BottomNav(bar_items, selected_index(location, bar_items, roles), visible=narrow),
                    ],
                ),
            ],
        ),
    )
