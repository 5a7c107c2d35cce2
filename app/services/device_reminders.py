"""Device notifications for due appointment reminders, in the native app only.

In Flet's web-server mode the Python code runs on the server machine: a plyer notification would pop up there,
not in the person's browser. So a browser gets the in-app reminders (Termine page) and nothing else; a desktop or
phone app also gets one device notification per reminder (``app.viewmodels.appointments.ReminderNotifier``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from app.i18n import t
from app.viewmodels.appointments import (
    REMINDER_INTERVAL_S,
    Notify,
    ReminderNotifier,
    plyer_notify,
    reminder_loop,
)

RunTask = Callable[..., Any]  # ft.Page.run_task: runs a coroutine function on the page's loop, returns a future


def start_device_reminders(session: Any, *, is_web: bool, run_task: RunTask,
                           notify_factory: Callable[[], Notify | None] = plyer_notify,
                           interval_s: float = REMINDER_INTERVAL_S) -> Any | None:
    """Check reminders on the page's loop every ``interval_s`` (native app only). Returns the task's future, to
    cancel when the page closes, or None when nothing was started (web-server mode, or no notification facade)."""
    if is_web:
        return None
    notify = notify_factory()
    if notify is None:
        return None
    notifier = ReminderNotifier(session, notify, t)
    return run_task(reminder_loop, notifier, interval_s)
