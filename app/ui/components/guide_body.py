"""A guide's body: Markdown headings as real headings (screen readers list and jump to them), the text between
them as selectable Markdown. Links open in the browser / the system (never inside the app)."""

from __future__ import annotations

import flet as ft

from app.ui.components.heading import Heading
from app.viewmodels.guides import Block


@ft.component
def GuideBody(blocks: tuple[Block, ...]) -> ft.Control:
    async def open_link(e: ft.Event[ft.Markdown]) -> None:
        url = str(e.data or "")
        if url.startswith(("https://", "http://", "mailto:", "tel:")):
            await ft.UrlLauncher().launch_url(url)

    controls: list[ft.Control] = []
    for i, block in enumerate(blocks):
        if block.kind == "heading":
            controls.append(Heading(block.text, level=block.level, key=f"h{i}"))
        else:
            controls.append(ft.Markdown(
                block.text,
                key=f"m{i}",
                selectable=True,
                extension_set=ft.MarkdownExtensionSet.GITHUB_WEB,
                on_tap_link=open_link,
            ))
    return ft.Column(spacing=12, controls=controls)
