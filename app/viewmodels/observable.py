"""A minimal change-notification base for view-models, so they stay free of Flet (see docs/architecture.md).

Views subscribe through `app.ui.hooks.use_viewmodel`, which re-renders the component on every `notify()`.
"""

from __future__ import annotations

from collections.abc import Callable

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
