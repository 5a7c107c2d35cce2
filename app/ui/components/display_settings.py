"""Display settings: text size (100–200 %), high contrast, language. Changes apply at once and are saved."""

from __future__ import annotations

import flet as ft

from app.i18n import LANGUAGES
from app.ui.components.heading import Heading
from app.ui.components.radio_tile import RadioTile
from app.ui.components.switch_tile import SwitchTile
from app.ui.hooks import use_settings, use_t
from app.ui.text import text
from app.viewmodels.settings import TEXT_SCALES


@ft.component
def DisplaySettings() -> ft.Control:
    vm = use_settings()
    t = use_t()
    current = vm.settings

    async def on_scale(e: ft.Event[ft.RadioGroup]) -> None:
        await vm.change(text_scale=int(e.control.value))

    async def on_contrast(e: ft.Event[ft.Switch]) -> None:
        await vm.change(high_contrast=bool(e.control.value))

    async def on_language(e: ft.Event[ft.RadioGroup]) -> None:
        await vm.change(language=e.control.value)

    return ft.Column(
        spacing=8,
        controls=[
            Heading(t("settings.display"), level=2),
            Heading(t("settings.text_size"), level=3),
            ft.RadioGroup(
                value=str(current.text_scale),
                on_change=on_scale,
                content=ft.Column(
                    spacing=0,
                    controls=[
                        RadioTile(str(p), t("settings.text_size_option", percent=p)) for p in TEXT_SCALES
                    ],
                ),
            ),
            SwitchTile(t("settings.high_contrast"), current.high_contrast, on_contrast),
            Heading(t("settings.language"), level=3),
            ft.RadioGroup(
                value=current.language,
                on_change=on_language,
                content=ft.Column(
                    spacing=0,
                    controls=[RadioTile(code, t(f"settings.language.{code}")) for code in LANGUAGES],
                ),
            ),
            *([text(t("settings.save_failed"), color=ft.Colors.ERROR)] if vm.save_failed else []),
        ],
    )
