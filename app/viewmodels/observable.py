"""A minimal change-notification base for view-models, so they stay free of Flet (see docs/architecture.md).

Views subscribe through `app.ui.hooks.use_viewmodel`, which re-renders the component on every `notify()`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

Listener = Callable[[], None]


class ViewModel:
    """Holds listeners; subclasses call `notify()` after they changed state."""

    def __init__(self) -> None:
        self._listeners: list[Listener] = []
        self.version = 0

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        self._listeners.append(listener)

        def unsubscribe() -> None:
            if listener in self._listeners:
                self._listeners.remove(listener)

        return unsubscribe

    def notify(self) -> None:
        self.version += 1
        for listener in list(self._listeners):
            listener()


class SessionFollower(ViewModel):
    """A view-model that follows the app session while its screen is shown (login, logout, sync, local edit).

    The screen calls ``attach()`` when it appears (subscribes, then ``attached()`` catches up) and ``detach()``
    when it goes (unsubscribes, then ``detached()``). Subclasses set ``session`` (None: a preview without a
    session) and implement ``session_changed()``.
    """

    session: Any = None
    _unsubscribe: Callable[[], None] | None = None

    def attach(self) -> Callable[[], None]:
        if self._unsubscribe is None and self.session is not None:
            self._unsubscribe = self.session.subscribe(self.session_changed)
        self.attached()
        return self.detach

    def detach(self) -> None:
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None
        self.detached()

    def session_changed(self) -> None:
        raise NotImplementedError

    def attached(self) -> None:
        """The screen appeared (default: nothing to catch up)."""

    def detached(self) -> None:
        """The screen went away (default: nothing to finish)."""
