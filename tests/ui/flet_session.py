"""A real Flet session in the test process, without a browser: render a component, play the browser's part (a
field's new text arriving, an event), and see what Flet sends back to the browser.

The browser sends a field's new text (Flet writes it into the control at once) and then the ``change`` event
(handled in a task of its own); ``type`` and ``event`` do the same, so a test can put a re-render in between.
"""

from __future__ import annotations

import asyncio
import dataclasses
from collections.abc import Callable, Iterator
from typing import Any

import flet as ft
from flet.controls.context import _context_page
from flet.messaging.connection import Connection
from flet.messaging.protocol import Message, MessageAction
from flet.messaging.session import Session
from flet.pubsub.pubsub_hub import PubSubHub


class RecordingConnection(Connection):
    """Keeps every message the session sends to the browser."""

    def __init__(self) -> None:
        super().__init__()
        self.sent: list[Message] = []

    def send_message(self, message: Message) -> None:
        self.sent.append(message)


class FletSession:
    def __init__(self, component: Callable[..., Any], *args: Any, **kwargs: Any) -> None:
        self.connection = RecordingConnection()
        self.connection.loop = asyncio.get_running_loop()
        self.connection.pubsubhub = PubSubHub(loop=self.connection.loop)
        self.session = Session(self.connection)
        self.page = self.session.page
        _context_page.set(self.page)
        self.page.render(component, *args, **kwargs)
        self.session.get_page_patch()  # what the browser gets when it connects: mounts the tree

    async def settle(self) -> None:
        """Let Flet's scheduler run the queued re-renders and effects."""
        for _ in range(5):
            await asyncio.sleep(0.01)

    def controls(self, kind: type) -> list[Any]:
        return [c for c in _walk(self.page, set()) if isinstance(c, kind)]

    def control(self, kind: type, label: str | None = None) -> Any:
        """The one mounted control of this type (and label / button text)."""
        found = [c for c in self.controls(kind) if label is None or label in (getattr(c, "label", None),
                                                                             getattr(c, "content", None))]
        assert len(found) == 1, f"{len(found)} {kind.__name__} controls labelled {label!r}"
        return found[0]

    def type(self, field: Any, text: str) -> None:
        """The browser's new text for ``field`` arrives (its change event comes later: ``event``)."""
        self.connection.sent.clear()
        self.session.apply_patch(field._i, {"value": text})

    async def event(self, control: Any, name: str, data: Any = None) -> None:
        await self.session.dispatch_event(control._i, name, data)
        await self.settle()

    def values_sent(self) -> list[Any]:
        """Every ``value`` Flet sent to the browser since the last ``type``."""
        return [op[3] for message in self.connection.sent if message.action == MessageAction.PATCH_CONTROL
                for op in message.body.patch[1:] if len(op) == 4 and op[2] == "value"]


def _walk(value: Any, seen: set[int]) -> Iterator[Any]:
    if id(value) in seen:
        return
    seen.add(id(value))
    if isinstance(value, ft.BaseControl):
        yield value
    if dataclasses.is_dataclass(value):
        for f in dataclasses.fields(value):
            if f.name != "_parent" and not f.name.startswith("_Control__"):
                yield from _walk(getattr(value, f.name, None), seen)
        body = getattr(value, "_b", None)  # a component's rendered body
        if body is not None:
            yield from _walk(body, seen)
    elif isinstance(value, (list, tuple)):
        for item in value:
            yield from _walk(item, seen)
    elif isinstance(value, dict):
        for item in value.values():
            yield from _walk(item, seen)
