"""The start page's sync card: status in words, last sync (Berlin time), the reason when something is wrong, and
"Jetzt synchronisieren". (The live announcement comes from the shell's status chip, so it is not repeated here.)"""

from __future__ import annotations

from collections.abc import Callable

import flet as ft

from app.ui.components.heading import Heading
from app.ui.hooks import use_t
from app.ui.icons import icon
from app.ui.text import text
from app.viewmodels.sync_status import OFFLINE, SyncView

ICON_COLOURS = {"ok": ft.Colors.PRIMARY, "problem": ft.Colors.ERROR}


@ft.component
def SyncStatusCard(view: SyncView, on_sync: Callable, can_sync: bool = True) -> ft.Control:
    t = use_t()
    lines: list[ft.Control] = [
        text(view.headline, theme_style=ft.TextThemeStyle.TITLE_MEDIUM),
        text(view.last_sync, theme_style=ft.TextThemeStyle.BODY_MEDIUM, color=ft.Colors.ON_SURFACE_VARIANT),
    ]
    if view.state == OFFLINE:  # the plain words; the worker's reason would only repeat them
        lines.append(text(t("sync.offline_hint"), theme_style=ft.TextThemeStyle.BODY_MEDIUM))
    elif view.error:
        lines.append(text(view.error, theme_style=ft.TextThemeStyle.BODY_MEDIUM))
    actions: list[ft.Control] = [
        ft.FilledTonalButton(t("sync.now"), icon=ft.Icons.SYNC, on_click=on_sync, disabled=not can_sync),
    ]
    if view.syncing:
        actions.append(text(t("sync.running"), theme_style=ft.TextThemeStyle.BODY_MEDIUM))
    return ft.Container(
        bgcolor=ft.Colors.SURFACE_CONTAINER,
        border_radius=12,
        padding=16,
        content=ft.Column(
            spacing=8,
            controls=[
                ft.Row(
                    spacing=12,
                    vertical_alignment=ft.CrossAxisAlignment.START,
                    controls=[
                        ft.Semantics(
                            exclude_semantics=True,
                            content=ft.Icon(icon(view.icon),
                                            color=ICON_COLOURS.get(view.state, ft.Colors.ON_SURFACE_VARIANT)),
                        ),
                        ft.Column(spacing=4, expand=True, controls=[Heading(t("sync.title"), level=2), *lines]),
                    ],
                ),
                ft.Row(wrap=True, spacing=12, run_spacing=8, vertical_alignment=ft.CrossAxisAlignment.CENTER,
                       controls=actions),
            ],
        ),
    )
