"""Hooks of the offer screens: a view-model made once per session (and id), loaded before the first render,
subscribed to its session from mount to unmount."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, TypeVar

import flet as ft

from app.ui.contexts import AppSessionContext
from app.ui.hooks import use_viewmodel

VM = TypeVar("VM")


def use_offer_session() -> Any:
    """The page's AppSession WITHOUT re-rendering on each of its changes (every sync status tick): the offer
    view-models follow the session themselves and notify only when what they show changed. None outside app.main."""
    return ft.use_context(AppSessionContext)


def use_offer_vm(factory: Callable[[], VM], dependencies: Sequence[Any]) -> VM:
    """``factory`` builds and loads the view-model (it must have ``attach()``/``detach()``). The component
    re-renders on the view-model's notifications. A view-model replaced by new dependencies is detached
    (the explicit ref: Flet 1.0.5 would run the *new* cleanup for the old effect)."""
    vm = ft.use_memo(factory, list(dependencies))
    use_viewmodel(vm)  # type: ignore[type-var]
    attached = ft.use_ref(None)

    def cleanup() -> None:
        if attached.current is not None:
            attached.current.detach()
            attached.current = None

    def setup() -> None:
        cleanup()
        vm.attach()  # type: ignore[attr-defined]
        attached.current = vm

    ft.use_effect(setup, [vm], cleanup=cleanup)
    return vm
