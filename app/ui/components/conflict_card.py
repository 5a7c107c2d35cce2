"""One open conflict: which record and field, the value that counts now and who set it, the overwritten value,
when — with "Behalten" and "… wiederherstellen". The card is headed (H3), so a screen reader can jump between
conflicts, and each button's name says which record it acts on."""

from __future__ import annotations

from collections.abc import Callable

import flet as ft

from app.ui.components.heading import Heading
from app.ui.hooks import use_t
from app.ui.text import text
from app.viewmodels.conflicts import ConflictRow


def labelled_button(kind: type, label: str, context: str, on_click: Callable, icon: ft.Icons) -> ft.Control:
    """A button whose accessible name starts with its visible label and adds what it acts on."""
    return ft.Semantics(
        label=f"{label}: {context}",
        button=True,
        container=True,
        exclude_semantics=False,
        content=kind(label, icon=icon, on_click=on_click),
    )


@ft.component
def ConflictCard(row: ConflictRow, on_keep: Callable, on_restore: Callable) -> ft.Control:
    t = use_t()
    lost = (t("konflikte.lost_value_mine", value=row.lost_value) if row.lost_is_mine
            else t("konflikte.lost_value_other", who=row.lost_by, value=row.lost_value))
    return ft.Container(
        bgcolor=ft.Colors.SURFACE_CONTAINER,
        border_radius=12,
        padding=16,
        content=ft.Column(
            spacing=8,
            controls=[
                Heading(row.heading, level=3),
                text(t("konflikte.kept_value", value=row.kept_value) + " (" +
                     t("konflikte.kept_by", who=row.kept_by) + ")", theme_style=ft.TextThemeStyle.BODY_LARGE),
                text(lost, theme_style=ft.TextThemeStyle.BODY_LARGE),
                text(t("konflikte.when", when=row.when), theme_style=ft.TextThemeStyle.BODY_MEDIUM,
                     color=ft.Colors.ON_SURFACE_VARIANT),
                ft.Row(
                    wrap=True,
                    spacing=12,
                    run_spacing=8,
                    controls=[
                        ft.FilledButton(row.restore_label, icon=ft.Icons.RESTORE, on_click=on_restore),
                        ft.OutlinedButton(t("konflikte.keep"), icon=ft.Icons.CHECK, on_click=on_keep),
                    ],
                ),
            ],
        ),
    )
