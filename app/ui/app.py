"""The root component: provides the per-session objects, applies theme and locale, renders the router."""

from __future__ import annotations

import flet as ft

from app.config import AppConfig
from app.i18n import plain, translate
from app.ui.contexts import (
    AppSessionContext,
    ConfigContext,
    PreferencesContext,
    SessionContext,
    SettingsContext,
    ViewportContext,
)
from app.ui.hooks import use_session, use_settings, use_viewport
from app.ui.routes import build_routes
from app.ui.theme import build_theme, nav_label_size
from app.viewmodels.session import SessionViewModel
from app.viewmodels.settings import DisplaySettings, SettingsViewModel
from app.viewmodels.shell import Viewport, bar_destinations

LOCALES = {"de": ft.Locale("de", "DE"), "en": ft.Locale("en", "GB")}


def apply_display_settings(
    page: ft.Page, settings: DisplaySettings, bar_label_size: float | None = None
) -> None:
    """Theme (palette, text size) and Flutter locale (date pickers, built-in labels) for the page."""
    page.theme_mode = ft.ThemeMode.LIGHT
    page.theme = build_theme(settings, bar_label_size)
    page.locale_configuration = ft.LocaleConfiguration(
        supported_locales=list(LOCALES.values()), current_locale=LOCALES[settings.language]
    )


@ft.component
def ThemedRouter() -> ft.Control:
    vm = use_settings()
    routes = ft.use_memo(build_routes, [])
    settings = vm.settings
    bar_labels = [
        plain(translate(settings.language, d.label_key)) for d in bar_destinations(use_session().roles)
    ]
    bar_label_size = nav_label_size(settings.text_scale, use_viewport().width, bar_labels)

    def apply() -> None:
        page = ft.context.page
        apply_display_settings(page, settings, bar_label_size)
        page.update()

    ft.use_effect(apply, [settings, bar_label_size])
    ft.on_mounted(vm.load)
    return ft.Router(routes)


@ft.component
def App(config: AppConfig, settings: SettingsViewModel, session: SessionViewModel, viewport: Viewport,
        app_session=None, preferences=None):
    """``app_session``: the page's AppSession (app.main wires one per page); ``preferences``: the device's
    PreferenceStore. Both are optional so the shell can be rendered without data (tests, previews)."""
    return ConfigContext(
        config,
        lambda: SettingsContext(
            settings,
            lambda: SessionContext(
                session,
                lambda: ViewportContext(
                    viewport,
                    lambda: AppSessionContext(
                        app_session, lambda: PreferencesContext(preferences, ThemedRouter)
                    ),
                ),
            ),
        ),
    )
