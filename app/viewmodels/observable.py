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


class SessionFollower(ViewModel):
    """A view-model that re-reads its data whenever the app session changes (login, logout, sync, local edit).

    Subclasses set ``self.session`` and implement ``refresh()``; the screen calls ``start()`` when it appears and
    ``close()`` when it goes away.
    """

    session: object

    def __init__(self) -> None:
        super().__init__()
        self._unsubscribe: Callable[[], None] | None = None

    def start(self) -> None:
        if self._unsubscribe is None:
            self._unsubscribe = self.session.subscribe(self.refresh)  # type: ignore[attr-defined]

    def close(self) -> None:
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None

    def refresh(self) -> None:
        raise NotImplementedError
