"""One option of a RadioGroup as a full-width row: ≥ 48 px tall, tappable anywhere, one screen-reader node.

Flutter web sizes a bare Radio 40 px (desktop tap-target rules); MergeSemantics + ListTile(toggle_inputs=True)
gives a single `radio` node named by the label, 48 px high (Playwright: get_by_role("radio", name="200 %")).
"""

from __future__ import annotations

import flet as ft

from app.ui.text import text
from app.ui.theme import MIN_TOUCH_TARGET


@ft.component
def RadioTile(value: str, label: str) -> ft.Control:
    return ft.MergeSemantics(
        content=ft.ListTile(
            leading=ft.Radio(value=value),
            title=text(label),
            toggle_inputs=True,
            min_height=MIN_TOUCH_TARGET,
            content_padding=ft.Padding.symmetric(horizontal=8),
        )
    )
