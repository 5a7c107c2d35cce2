"""A text field that keeps what was typed when the page re-renders; use it instead of ``ft.TextField``.

Why: the browser sends each change of a field twice — the new text (Flet writes it into the control at once) and
the ``change`` event (handled in a task of its own, a moment later). A re-render in between (a sync finishing, the
status chip changing, the busy state of a button) would build the field with the view-model's older value, and
the diff would send that back to the browser: the last keystrokes vanish.

``TextInput`` builds the field with the text the browser has, unless the view-model changed the value by itself
(the password cleared after a failed login, "Einladen" emptying its field, a restored draft).
"""

from __future__ import annotations

import inspect
from collections.abc import Callable
from typing import Any

import flet as ft


def shown_text(model: str, expected: str, typed: str | None) -> str:
    """The text a re-rendered field shows.

    ``model``: the view-model's value now; ``expected``: the value the model had as far as the field knows (its
    last render or its last change event); ``typed``: the text the browser has sent for the field (None before
    its first render)."""
    if typed is None or model != expected:
        return model  # first render, or the model set a value of its own
    return typed  # the model has not caught up with the typing yet: never send older text back


@ft.component
def TextInput(*, value: str | None = None, on_change: Callable[[Any], Any] | None = None,
              **props: Any) -> ft.TextField:
    """Takes ``ft.TextField``'s arguments; ``on_change`` receives the event (``e.control.value`` is the text)."""
    model = value or ""
    rendered = ft.use_ref(None)  # the TextField of the last render: Flet writes the browser's text into it
    expected = ft.use_ref(model)
    typed = (rendered.current.value or "") if rendered.current is not None else None
    text = shown_text(model, expected.current, typed)
    expected.current = model

    def heard(e: Any) -> None:
        expected.current = e.control.value or ""  # the model is about to take it

    if on_change is None:
        changed: Callable[[Any], Any] = heard
    elif inspect.iscoroutinefunction(on_change):
        async def changed(e: Any) -> None:
            heard(e)
            await on_change(e)
    else:
        def changed(e: Any) -> None:
            heard(e)
            on_change(e)

    field = ft.TextField(value=text, on_change=changed, **props)
    rendered.current = field
    return field
