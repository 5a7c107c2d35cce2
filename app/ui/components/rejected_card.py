"""One edit the server refused: the record, the German reason, what was changed, when — fields that caused the
refusal can be corrected in place — with "Erneut senden" and "Verwerfen"."""

from __future__ import annotations

from collections.abc import Callable

import flet as ft

from app.ui.components.action_button import action_button
from app.ui.components.heading import Heading
from app.ui.components.text_input import TextInput
from app.ui.hooks import use_t
from app.ui.text import text
from app.viewmodels.conflicts import RejectedRow


@ft.component
def RejectedCard(row: RejectedRow, on_draft: Callable[[str, str], None], on_retry: Callable,
                 on_discard: Callable) -> ft.Control:
    t = use_t()
    changes = "; ".join(f"{label}: {value}" for label, value in row.changes)
    controls: list[ft.Control] = [
        Heading(row.heading, level=3),
        text(t("konflikte.reason", reason=row.reason), theme_style=ft.TextThemeStyle.BODY_LARGE),
    ]
    if changes:
        controls.append(text(t("konflikte.changes", changes=changes), theme_style=ft.TextThemeStyle.BODY_MEDIUM))
    controls.append(text(t("konflikte.refused_at", when=row.when), theme_style=ft.TextThemeStyle.BODY_MEDIUM,
                         color=ft.Colors.ON_SURFACE_VARIANT))
    for f in row.correctable:
        controls.append(
            TextInput(
                label=f.label,
                value=f.value,
                error=f.problem,
                multiline=True,
                on_change=lambda e, name=f.name: on_draft(name, e.control.value),
                key=f"{row.mutation_id}-{f.name}",
            )
        )
    controls.append(
        ft.Row(
            key="actions",
            wrap=True,
            spacing=12,
            run_spacing=8,
            controls=[
                action_button(ft.FilledButton, t("konflikte.retry"), row.heading, on_retry, ft.Icons.SEND),
                action_button(ft.OutlinedButton, t("konflikte.discard"), row.heading, on_discard,
                              ft.Icons.DELETE_OUTLINE),
            ],
        )
    )
    return ft.Container(bgcolor=ft.Colors.SURFACE_CONTAINER, border_radius=12, padding=16,
                        content=ft.Column(spacing=8, controls=controls))
