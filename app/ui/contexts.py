"""Per-session objects handed down the component tree (read them through app.ui.hooks, not directly)."""

from __future__ import annotations

import flet as ft

ConfigContext = ft.create_context(None)  # app.config.AppConfig
SettingsContext = ft.create_context(None)  # app.viewmodels.settings.SettingsViewModel
SessionContext = ft.create_context(None)  # app.viewmodels.session.SessionViewModel
ViewportContext = ft.create_context(None)  # app.viewmodels.shell.Viewport
AppSessionContext = ft.create_context(None)  # app.services.app_session.AppSession (replica, sync status, login)
PreferencesContext = ft.create_context(None)  # app.viewmodels.settings.PreferenceStore of the device
# True inside a subtree that stays mounted but is not shown (a care screen behind the care lock): no page title
HiddenContext = ft.create_context(False)
