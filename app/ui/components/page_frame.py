"""The frame of every screen: optional back button, the H1 heading, scrollable content of readable width.

Sets the document title from the heading. Content reflows: no fixed widths below the breakpoint.
"""

from __future__ import annotations

import flet as ft

from app.ui.components.back_button import BackButton
from app.ui.components.heading import Heading
from app.ui.hooks import use_document_title, use_viewport

MAX_CONTENT_WIDTH = 840
PADDING = 16


@ft.component
def PageFrame(title: str, controls: list[ft.Control], back: tuple[str, str] | None = None) -> ft.Control:
    """`back` is (route, label), e.g. ("/vereine", "Zurück zu Vereine")."""
    use_document_title(title)
    viewport = use_viewport()
    width = None if viewport.narrow else min(MAX_CONTENT_WIDTH, max(viewport.width - 240, 320))
    head: list[ft.Control] = [BackButton(*back)] if back else []
    return ft.Column(
        expand=True,
        scroll=ft.ScrollMode.AUTO,
        controls=[
            ft.Container(
                padding=ft.Padding.symmetric(vertical=PADDING, horizontal=PADDING),
                content=ft.Column(width=width, spacing=16, controls=[*head, Heading(title), *controls]),
            )
        ],
    )
