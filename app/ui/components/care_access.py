"""The door of every Lotsen screen: only lotse/coordinator get in (others, visitors included, see "Kein Zugriff",
also on deep links), plus the hook that ties a care view-model's life to the screen showing it.

The real protection is the server, which never sends care data to anyone else; this keeps the UI honest.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

import flet as ft

from app.services.care_lock import CareLock
from app.ui.components.care_lock_screen import CareLockScreen
from app.ui.contexts import HiddenContext
from app.ui.hooks import use_app_session, use_session, use_viewmodel
from app.ui.views.no_access import NoAccessPage
from app.viewmodels.observable import ViewModel
from app.viewmodels.session import CARE_ROLES

VM = TypeVar("VM", bound=ViewModel)
CHECK_EVERY_S = 5.0


@ft.component
def CareGate(screen: Callable[..., ft.Control], **props: Any) -> ft.Control:
    """``screen(**props)`` for Lotsen and coordinators, the "Kein Zugriff" page for everybody else. The screen is
    its own component, so its hooks never change with the person's roles. Behind the care lock (see
    app/services/care_lock.py) while it is closed."""
    allowed = use_session().may_see(CARE_ROLES)
    lock = use_app_session().care_lock
    if not allowed:
        return NoAccessPage()
    if lock is None:  # no logged-in person (the server sends such a session no care data anyway)
        return screen(**props)
    return CareLockGate(lock, screen, props)


@ft.component
def CareLockGate(lock: CareLock, screen: Callable[..., ft.Control], props: dict[str, Any]) -> ft.Control:
    """The screen, or the lock screen once the time without input ran out (checked every few seconds while a
    care screen is shown). Opening a care screen counts as input, unless the time had already run out."""
    lock = use_viewmodel(lock)
    watcher = ft.use_ref(None)

    async def checking() -> None:
        while True:
            await asyncio.sleep(min(CHECK_EVERY_S, max(lock.lock_after_s / 4, 0.25)))
            lock.check()

    def watch() -> None:
        if not lock.check():
            lock.touch()
        watcher.current = asyncio.get_running_loop().create_task(checking())

    def stop() -> None:
        if watcher.current is not None:
            watcher.current.cancel()
            watcher.current = None

    ft.use_effect(watch, [lock], cleanup=stop)
    locked = lock.locked
    # the screen stays mounted behind the lock (hidden: not drawn, not in the accessibility tree, no page title),
    # so a form keeps what was typed; the lock screen stands in its place until the password was right
    return ft.Column(expand=True, spacing=0, controls=[
        ft.Container(key="care-lock", expand=locked, visible=locked,
                     content=CareLockScreen(lock) if locked else None),
        ft.Container(key="care-screen", expand=not locked, visible=not locked,
                     content=HiddenContext(locked, lambda: screen(**props))),
    ])


def use_care_viewmodel(factory: Callable[[], VM], dependencies: Sequence[Any]) -> VM:
    """A view-model made once per ``dependencies``, attached (following the session) while the screen is shown and
    detached when it goes (a form saves its draft then); re-renders the screen on its changes."""
    vm = ft.use_memo(factory, list(dependencies))

    def attach() -> None:
        attacher = getattr(vm, "attach", None)
        if attacher is not None:
            attacher()

    def detach() -> None:
        detacher = getattr(vm, "detach", None)
        if detacher is not None:
            detacher()

    ft.use_effect(attach, [vm], cleanup=detach)
    return use_viewmodel(vm)
