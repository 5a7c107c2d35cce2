"""Entry points: `main(page)` builds one session's UI; `run()` starts the app (`python -m app`).

Without a display (Linux, no DISPLAY/WAYLAND_DISPLAY) the app is served in Flet's web-server mode on
http://127.0.0.1:$EHRENAMT_APP_PORT (default 8550) with no CDN, so it works without internet. Our icons,
favicon, manifest.json and index.html in assets/ replace Flet's (see assets/README.md).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import flet as ft

from app.config import AppConfig, ConfigError
from app.i18n import t
from app.services.app_session import AppSession
from app.services.device_reminders import start_device_reminders
from app.ui.app import App, apply_display_settings
from app.ui.connectivity import follow_connectivity
from app.ui.preferences import SharedPreferencesStore
from app.viewmodels.login import LoginViewModel, follow_account
from app.viewmodels.profile import load_server_url, server_editable
from app.viewmodels.session import SessionViewModel
from app.viewmodels.settings import SettingsViewModel
from app.viewmodels.shell import Viewport

APP_NAME = "Ehrenamt 4.0"
ASSETS_DIR = Path(__file__).resolve().parent.parent / "assets"


def main(page: ft.Page, config: AppConfig | None = None) -> None:
    config = config or AppConfig.from_env(os.environ)
    preferences = SharedPreferencesStore()
    settings = SettingsViewModel(preferences)
    session = SessionViewModel()  # a visitor until the AppSession says otherwise
    viewport = Viewport(page.width, page.height)
    app_session = wire_app_session(page, config, session, preferences)

    page.title = t("app.name")
    page.padding = 0
    page.spacing = 0
    page.on_resize = lambda e: viewport.resize(e.width, e.height)
    apply_display_settings(page, settings.settings)
    page.render(App, config=config, settings=settings, session=session, viewport=viewport,
                app_session=app_session, preferences=preferences)


def wire_app_session(page: ft.Page, config: AppConfig, session: SessionViewModel,
                     preferences: SharedPreferencesStore) -> AppSession:
    """ONE AppSession per page (browser tab / app window): opened on the page's loop (with the login this device
    remembers), paused while a browser tab is disconnected, closed when Flet ends the page session."""
    app_session = AppSession(config)
    stop_following = follow_account(app_session, session)  # the navigation follows login/logout

    async def open_session() -> None:
        if server_editable(bool(page.web)):  # web-server mode: the operator's address, never a browser's
            await load_server_url(app_session, preferences)
        await LoginViewModel(app_session, preferences).restore()

    async def on_disconnect(_: ft.Event) -> None:
        await app_session.suspend()

    def on_connect(_: ft.Event) -> None:
        app_session.resume()

    async def on_close(_: ft.Event) -> None:
        stop_following()
        if reminders is not None:
            reminders.cancel()
        await app_session.close()

    page.on_disconnect = on_disconnect
    page.on_connect = on_connect
    page.on_close = on_close
    page.run_task(open_session)
    # a desktop or phone app also notifies due reminders on the device and follows its network (never in
    # web-server mode: there the code runs on the server machine)
    reminders = start_device_reminders(app_session, is_web=bool(page.web), run_task=page.run_task)
    if not page.web:
        page.run_task(follow_connectivity(app_session))
    return app_session


def has_display() -> bool:
    if not sys.platform.startswith("linux"):
        return True  # Windows and macOS always have a desktop session
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def run() -> None:
    try:
        config = AppConfig.from_env(os.environ)
    except ConfigError as error:
        raise SystemExit(f"ehrenamt app: {error}") from None
    os.environ["FLET_WEB_NO_CDN"] = (
        "1"  # never load CanvasKit/fonts from a CDN: these machines have no internet
    )
    config.data_dir.mkdir(parents=True, exist_ok=True)
    view = ft.AppView.FLET_APP if has_display() else ft.AppView.WEB_BROWSER
    if view == ft.AppView.WEB_BROWSER:
        print(f"{APP_NAME}: http://{config.host}:{config.port}", flush=True)
    ft.run(
        lambda page: main(page, config),
        name="",
        host=config.host,
        port=config.port,
        view=view,
        assets_dir=str(ASSETS_DIR),
        no_cdn=True,
    )
