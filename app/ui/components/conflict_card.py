"""One open conflict: which record and field, the value that counts now and who set it, the overwritten value,
when — with "… wiederherstellen" and "Behalten". The card is headed (H3) so screen-reader users can jump between
conflicts; each button's name also says which record and field it acts on."""

from __future__ import annotations

from collections.abc import Callable

import flet as ft

from app.ui.components.action_button import action_button
from app.ui.components.heading import Heading
from app.ui.hooks import use_t
from app.ui.text import text
from app.viewmodels.conflicts import ConflictRow


@ft.component
def ConflictCard(row: ConflictRow, on_keep: Callable, on_restore: Callable) -> ft.Control:
    t = use_t()
    lost = (t("konflikte.lost_value_mine", value=row.lost_value) if row.lost_is_mine
            else t("konflikte.lost_value_other", who=row.lost_by, value=row.lost_value))
    kept = f"{t('konflikte.kept_value', value=row.kept_value)} ({t('konflikte.kept_by', who=row.kept_by)})"
    return ft.Container(
        bgcolor=ft.Colors.SURFACE_CONTAINER,
        border_radius=12,
        padding=16,
        content=ft.Column(
            spacing=8,
            controls=[
                Heading(row.heading, level=3),
                text(kept, theme_style=ft.TextThemeStyle.BODY_LARGE),
                text(lost, theme_style=ft.TextThemeStyle.BODY_LARGE),
                text(t("konflikte.when", when=row.when), theme_style=ft.TextThemeStyle.BODY_MEDIUM,
                     color=ft.Colors.ON_SURFACE_VARIANT),
                ft.Row(
                    wrap=True,
                    spacing=12,
                    run_spacing=8,
                    controls=[
                        action_button(ft.FilledButton, row.restore_label, row.heading, on_restore, ft.Icons.RESTORE),
                        action_button(ft.OutlinedButton, t("konflikte.keep"), row.heading, on_keep, ft.Icons.CHECK),
                    ],
                ),
            ],
        ),
    )
