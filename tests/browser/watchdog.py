"""A per-test time budget for browser tests that turns a hung page into a failed test instead of a hung run.

Some Playwright calls have no time-out of their own (``page.evaluate``, ``locator.count``, mouse input): when
the page's renderer stops answering they wait for ever, and the whole CI run with them. Raising an exception
into Playwright's event loop (pytest-timeout's signal method) breaks its dispatcher, and every later browser call
then hangs too. What works: kill the renderer processes of *our* chromium. Every pending call then fails at once
with "Target crashed", the test fails (and is rerun on a fresh page), and the browser itself keeps running.
"""

from __future__ import annotations

import faulthandler
import os
import signal
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

PROC = Path("/proc")


def _parent_of(pid: int) -> int | None:
    try:
        stat = (PROC / str(pid) / "stat").read_text()
    except OSError:
        return None
    return int(stat.rsplit(")", 1)[1].split()[1])  # the command name in (...) may contain spaces


def descendants(root: int) -> list[int]:
    """Every process below ``root`` (Playwright's driver, chromium and its helpers, for the test process)."""
    children: dict[int, list[int]] = {}
    for entry in PROC.iterdir():
        if entry.name.isdigit():
            parent = _parent_of(int(entry.name))
            if parent is not None:
                children.setdefault(parent, []).append(int(entry.name))
    found, todo = [], [root]
    while todo:
        for child in children.get(todo.pop(), ()):
            found.append(child)
            todo.append(child)
    return found


def kill_renderers(root: int | None = None) -> list[int]:
    """SIGKILL the chromium renderer processes started by this test process; returns their pids."""
    killed = []
    for pid in descendants(os.getpid() if root is None else root):
        try:
            cmdline = (PROC / str(pid) / "cmdline").read_bytes()
        except OSError:
            continue
        if b"--type=renderer" in cmdline:
            try:
                os.kill(pid, signal.SIGKILL)
                killed.append(pid)
            except ProcessLookupError:
                pass
    return killed


@contextmanager
def budget(seconds: float, name: str) -> Iterator[threading.Event]:
    """Within the block, a test may take ``seconds``; after that its pages are crashed (see the module text).
    The yielded event is set when the watchdog fired."""
    fired = threading.Event()

    def expire() -> None:
        fired.set()
        print(f"\n*** watchdog: {name} ran longer than {seconds:.0f} s; where every thread waits:", flush=True)
        if sys.__stderr__ is not None:
            faulthandler.dump_traceback(file=sys.__stderr__, all_threads=True)
        pids = kill_renderers()
        print(f"*** watchdog: killed the page renderers {pids} so that the hung browser call fails instead of "
              "blocking the run", flush=True)

    timer = threading.Timer(seconds, expire)
    timer.daemon = True
    timer.start()
    try:
        yield fired
    finally:
        timer.cancel()
