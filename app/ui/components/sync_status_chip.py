"""The sync status on every page (top of the shell): "Offline – 3 Änderungen warten".

A screen-reader live region: the headline is announced when it changes (it changes only when the state that
matters changes, see app.viewmodels.sync_status); the start page shows the full status card.
"""

from __future__ import annotations

import flet as ft

from app.ui.hooks import use_app_session, use_t
from app.ui.icons import icon
from app.ui.text import text
from app.viewmodels.sync_status import OK, PROBLEM, describe

ICON_COLOURS = {OK: ft.Colors.PRIMARY, PROBLEM: ft.Colors.ERROR}


@ft.component
def SyncStatusChip() -> ft.Control:
    t = use_t()
    app_session = use_app_session()
    started = app_session is not None and app_session.replica is not None
    view = describe(app_session.status if started else None,
                    visitor=app_session is None or app_session.is_visitor, tr=t)
    return ft.Container(
        padding=ft.Padding.symmetric(horizontal=16, vertical=6),
        bgcolor=ft.Colors.SURFACE_CONTAINER,
        content=ft.Row(
            spacing=8,
            alignment=ft.MainAxisAlignment.END,
            vertical_alignment=ft.CrossAxisAlignment.CENTER,
            controls=[
                ft.Semantics(
                    exclude_semantics=True,
                    content=ft.Icon(icon(view.icon), size=20,
                                    color=ICON_COLOURS.get(view.state, ft.Colors.ON_SURFACE_VARIANT)),
                ),
                ft.Semantics(
                    live_region=True,
                    container=True,
                    expand=1,
                    expand_loose=True,
                    content=text(view.headline, theme_style=ft.TextThemeStyle.LABEL_LARGE,
                                 text_align=ft.TextAlign.END),
                ),
            ],
        ),
    )
