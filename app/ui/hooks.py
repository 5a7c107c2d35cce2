"""Hooks shared by the views: subscribe to view-models, read session objects, translate, set the page title."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TypeVar

import flet as ft

from app.config import AppConfig
from app.i18n import plain, translate
from app.ui.contexts import (
    AppSessionContext,
    ConfigContext,
    HiddenContext,
    PreferencesContext,
    SessionContext,
    SettingsContext,
    ViewportContext,
)
from app.viewmodels.observable import ViewModel
from app.viewmodels.session import SessionViewModel
from app.viewmodels.settings import SettingsViewModel
from app.viewmodels.shell import Viewport

VM = TypeVar("VM", bound=ViewModel)


def use_viewmodel(vm: VM) -> VM:
    """Re-renders the calling component whenever `vm.notify()` is called; returns `vm`.

    The subscription lives from mount to unmount. (A cleanup *returned* by a use_effect setup is dropped by
    Flet 1.0.5 when the component re-renders, so it is passed explicitly as `cleanup=`.)
    """
    rendered_version, set_version = ft.use_state(vm.version)
    unsubscribe = ft.use_ref(None)

    def subscribe() -> None:
        cleanup()
        unsubscribe.current = vm.subscribe(lambda: set_version(vm.version))
        if vm.version != rendered_version:  # changed between render and subscription
            set_version(vm.version)

    def cleanup() -> None:
        if unsubscribe.current is not None:
            unsubscribe.current()
            unsubscribe.current = None

    ft.use_effect(subscribe, [vm], cleanup=cleanup)
    return vm


def _required(context: ft.ContextProvider, name: str):
    value = ft.use_context(context)
    if value is None:
        raise RuntimeError(f"{name} is missing: render views inside app.ui.app.App")
    return value


def use_settings() -> SettingsViewModel:
    return use_viewmodel(_required(SettingsContext, "SettingsContext"))


def use_session() -> SessionViewModel:
    return use_viewmodel(_required(SessionContext, "SessionContext"))


def use_viewport() -> Viewport:
    return use_viewmodel(_required(ViewportContext, "ViewportContext"))


def use_config() -> AppConfig:
    return _required(ConfigContext, "ConfigContext")


def use_app_session():
    """The page's AppSession (replica, sync status, login/logout); re-renders the caller on each of its changes
    (login, logout, every sync status change). Returns None outside app.main (e.g. a component preview)."""
    session = ft.use_context(AppSessionContext)
    return use_viewmodel(session) if session is not None else _no_subscription()


def _no_subscription() -> None:
    use_viewmodel(_NOTHING)  # same hooks in the same order whether or not a session is there
    return None


_NOTHING = ViewModel()


def use_session_viewmodel(factory: Callable[..., VM]) -> tuple[object | None, VM | None]:
    """``(app_session, vm)``: a view-model made once per AppSession by ``factory(app_session)`` and subscribed to
    (like use_viewmodel); the caller also re-renders on every AppSession change. Both None outside app.main."""
    app_session = use_app_session()
    vm = ft.use_memo(lambda: factory(app_session) if app_session is not None else None, [app_session])
    use_viewmodel(vm if vm is not None else _NOTHING)
    return app_session, vm


def use_live_viewmodel(factory: Callable[..., VM], deps: list | None = None) -> tuple[object | None, VM | None]:
    """Like use_session_viewmodel, for view-models that follow the AppSession themselves (``attach()`` loads and
    subscribes, ``detach()`` unsubscribes; app.viewmodels.clubs.SessionBoundViewModel). Made anew when ``deps``
    change (e.g. the id from the route); the previous one is detached, and the last one when the screen goes."""
    app_session = use_app_session()
    attached = ft.use_ref(None)

    def make() -> VM | None:
        if app_session is None:
            return None
        made = factory(app_session)
        made.attach()  # loads now, so the first render already shows the data
        return made

    vm = ft.use_memo(make, [app_session, *(deps or [])])
    use_viewmodel(vm if vm is not None else _NOTHING)

    def track() -> None:
        attached.current = vm

    def detach() -> None:
        if attached.current is not None:
            attached.current.detach()
            attached.current = None

    ft.use_effect(track, [vm], cleanup=detach)
    return app_session, vm


def use_preferences():
    """The device's preference store (SharedPreferences; None outside app.main)."""
    return ft.use_context(PreferencesContext)


def use_t() -> Callable[..., str]:
    """`t("key", **params)` in the session's language."""
    return partial(translate, use_settings().settings.language)


def use_document_title(title: str) -> None:
    """Sets the browser tab / window title ("Vereine – Ehrenamt 4.0"); WCAG 2.4.2."""
    full = plain(use_t()("app.title_suffix", page=title))
    hidden = bool(ft.use_context(HiddenContext))  # kept but not shown: its title must not be the page's

    def apply() -> None:
        page = ft.context.page
        if not hidden and page.title != full:
            page.title = full
            page.update()

    ft.use_effect(apply, [full, hidden])
