"""The door of every Lotsen screen: only lotse/coordinator get in (others, visitors included, see "Kein Zugriff",
also on deep links), plus the hook that ties a care view-model's life to the screen showing it.

The real protection is the server, which never sends care data to anyone else; this keeps the UI honest.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, TypeVar

import flet as ft

from app.ui.hooks import use_session, use_viewmodel
from app.ui.views.no_access import NoAccessPage
from app.viewmodels.observable import ViewModel
from app.viewmodels.session import CARE_ROLES

VM = TypeVar("VM", bound=ViewModel)


@ft.component
def CareGate(screen: Callable[..., ft.Control], **props: Any) -> ft.Control:
    """``screen(**props)`` for Lotsen and coordinators, the "Kein Zugriff" page for everybody else. The screen is
    its own component, so its hooks never change with the person's roles."""
    if not use_session().may_see(CARE_ROLES):
        return NoAccessPage()
    return screen(**props)


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
