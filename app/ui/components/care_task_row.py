"""A follow-up task as a checkbox row (≥ 48 px, one screen-reader node named by the task); overdue in error colours
with the word "überfällig" (not colour alone)."""

from __future__ import annotations

from collections.abc import Callable

import flet as ft

from app.ui.text import text
from app.ui.theme import MIN_TOUCH_TARGET
from app.viewmodels.tasks import TaskRow


@ft.component
def CareTaskRow(task: TaskRow, on_toggle: Callable[[str, bool], None], t: Callable[..., str]) -> ft.Control:
    if task.done:
        status = t("lotsen.tasks.done")
    elif task.overdue:
        status = t("lotsen.tasks.overdue", due=task.due_text)
    elif task.due:
        status = t("lotsen.tasks.due", due=task.due_text)
    else:
        status = t("lotsen.tasks.no_due")
    subtitle = text(status, theme_style=ft.TextThemeStyle.BODY_MEDIUM,
                    color=ft.Colors.ERROR if task.overdue else ft.Colors.ON_SURFACE_VARIANT,
                    weight=ft.FontWeight.W_600 if task.overdue else None)

    def changed(e: ft.Event[ft.Checkbox]) -> None:
        on_toggle(task.id, bool(e.control.value))

    return ft.Container(
        key=task.id,
        bgcolor=ft.Colors.ERROR_CONTAINER if task.overdue else None,
        border_radius=8,
        content=ft.MergeSemantics(
            content=ft.ListTile(
                leading=ft.Checkbox(value=task.done, on_change=changed),
                title=text(task.text, style=ft.TextStyle(
                    decoration=ft.TextDecoration.LINE_THROUGH if task.done else None)),
                subtitle=subtitle,
                toggle_inputs=True,
                min_height=MIN_TOUCH_TARGET,
                content_padding=ft.Padding.symmetric(horizontal=8),
            )
        ),
    )
