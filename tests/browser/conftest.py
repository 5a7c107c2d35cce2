"""Browser test harness: the real app (`python -m app`) in Debian's chromium, driven by Playwright.

Fixtures
- `app_server` (session): starts `python -m app` in its own process group on a free 127.0.0.1 port with
  FLET_WEB_NO_CDN=1 and a temporary data dir, waits for HTTP 200, kills the group afterwards.
- `chromium_browser` (session): headless /usr/bin/chromium (never a downloaded browser). Missing chromium or
  Playwright skips the tests that need a browser, with the reason printed in the header and the summary.
- `viewport`: "phone" (412×892, default), "desktop" (1280×800) or a {"width", "height"} dict; override it
  with `@pytest.mark.parametrize("viewport", [...])`.
- `ui`: an `AppDriver` on a fresh browser context (own Flet session, own localStorage) for that viewport.

Screenshots go to build/screenshots/<test>/<step>.png; a failing test also saves `failure.png` and prints
the end of the app's log.
"""

from __future__ import annotations

import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from tests.browser import watchdog
from tests.browser.stack import SyncServerProcess

REPO = Path(__file__).resolve().parents[2]
SCREENSHOTS = REPO / "build" / "screenshots"
CHROMIUM = Path(os.environ.get("EHRENAMT_CHROMIUM", "/usr/bin/chromium"))
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
VIEWPORTS = {"phone": {"width": 412, "height": 892}, "desktop": {"width": 1280, "height": 800}}
FIRST_FRAME_SCRIPT = (
    "window.addEventListener('flutter-first-frame', () => { window.__flutterFirstFrame = true; });"
)
START_TIMEOUT_S = 60
FIRST_FRAME_TIMEOUT_MS = 60_000
# a browser test normally takes 10–60 s; past this budget its pages are crashed so a hung call fails (watchdog.py)
TEST_BUDGET_S = float(os.environ.get("EHRENAMT_BROWSER_TEST_BUDGET_S", "240"))
INTERACTIVE_ROLES = ("button", "tab", "radio", "switch", "checkbox", "textbox", "link", "menuitem", "slider")


def _browser_unavailable() -> str | None:
    if not CHROMIUM.exists():
        return (
            f"Debian chromium not found at {CHROMIUM}: browser tests skipped. Install it with "
            "`apt-get install chromium` (or `make browser-deps`), or point EHRENAMT_CHROMIUM at a chromium binary."
        )
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "the playwright package is not installed (`pip install -e '.[dev]'`): browser tests skipped"
    return None


def pytest_report_header(config: pytest.Config) -> str:
    reason = _browser_unavailable()
    return f"browser tests: {reason}" if reason else f"browser tests: chromium at {CHROMIUM}"


_FAILED = pytest.StashKey[bool]()


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo) -> Any:
    report = yield
    if report.when == "call":
        item.stash[_FAILED] = report.failed
    return report


@pytest.fixture(autouse=True)
def browser_watchdog(request: pytest.FixtureRequest) -> Iterator[None]:
    """Set up before (and torn down after) the test's other fixtures: the budget covers them too."""
    with watchdog.budget(TEST_BUDGET_S, request.node.nodeid):
        yield


# ---------------------------------------------------------------------------------------------------- the app


@dataclass
class AppServer:
    url: str
    process: subprocess.Popen
    log_path: Path

    def log_tail(self, lines: int = 40) -> str:
        text = self.log_path.read_text(encoding="utf-8", errors="replace") if self.log_path.exists() else ""
        return "\n".join(text.splitlines()[-lines:])


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _wait_for_http_200(server: AppServer) -> None:
    deadline = time.monotonic() + START_TIMEOUT_S
    while time.monotonic() < deadline:
        if server.process.poll() is not None:
            pytest.fail(
                f"the app exited with {server.process.returncode} while starting:\n{server.log_tail()}"
            )
        try:
            with urllib.request.urlopen(server.url + "/", timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            pass
        time.sleep(0.2)
    pytest.fail(f"the app did not answer HTTP 200 within {START_TIMEOUT_S} s:\n{server.log_tail()}")


def _stop(process: subprocess.Popen) -> None:
    if process.poll() is not None:
        return
    os.killpg(process.pid, signal.SIGTERM)
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait(timeout=10)


@pytest.fixture(scope="session")
def sync_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SyncServerProcess]:
    """The real sync server with the demo data and demo accounts (README), shared by the session's tests.
    A test that stops it must start it again (``sync_server.start()``) before it ends."""
    server = SyncServerProcess(tmp_path_factory.mktemp("sync-server"), _free_port())
    server.start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="session")
def app_server(tmp_path_factory: pytest.TempPathFactory, sync_server: SyncServerProcess) -> Iterator[AppServer]:
    port = _free_port()
    workdir = tmp_path_factory.mktemp("app")
    env = {k: v for k, v in os.environ.items() if k not in ("FLET_SERVER_PORT", "FLET_SERVER_IP", "DISPLAY")}
    env.update(
        FLET_WEB_NO_CDN="1",
        FLET_FORCE_WEB_SERVER="1",  # serve, never open a desktop window, even on a machine with a display
        EHRENAMT_APP_PORT=str(port),
        EHRENAMT_DATA_DIR=str(workdir / "data"),
        EHRENAMT_SERVER_URL=sync_server.url,
        EHRENAMT_SYNC_INTERVAL_S="5",  # browser tests watch changes arrive: sync often, retry soon
        EHRENAMT_SYNC_BACKOFF_MAX_S="3",
        PYTHONUNBUFFERED="1",
    )
    log_path = workdir / "app.log"
    with log_path.open("wb") as log:
        process = subprocess.Popen(
            [sys.executable, "-m", "app"],
            cwd=REPO,
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,  # own process group: teardown kills the app and anything it started
        )
    server = AppServer(f"http://127.0.0.1:{port}", process, log_path)
    try:
        _wait_for_http_200(server)
        yield server
    finally:
        _stop(process)


# ---------------------------------------------------------------------------------------------------- chromium


@pytest.fixture(scope="session")
def chromium_browser() -> Iterator[Any]:
    reason = _browser_unavailable()
    if reason:
        pytest.skip(reason)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS)
        try:
            yield browser
        finally:
            browser.close()


@pytest.fixture
def viewport() -> str | dict[str, int]:
    return "phone"


def _test_dir_name(node_name: str) -> str:
    return re.sub(r"[^A-Za-z0-9_.-]+", "-", node_name).strip("-")


@dataclass
class AppDriver:
    """One browser tab on the app, with the helpers every UI test needs."""

    page: Any  # playwright.sync_api.Page
    base_url: str
    shots: Path
    console_errors: list[str] = field(default_factory=list)
    external_requests: list[str] = field(default_factory=list)  # anything not to our 127.0.0.1 server

    # -- navigation and readiness
    def open(self, path: str = "/") -> AppDriver:
        """Loads `path`, waits for Flutter's first frame and turns on the accessibility tree."""
        self.page.goto(self.base_url + path)
        self.page.wait_for_function("window.__flutterFirstFrame === true", timeout=FIRST_FRAME_TIMEOUT_MS)
        self.enable_accessibility()
        return self

    def enable_accessibility(self) -> None:
        """Flutter web builds its DOM accessibility tree only after this placeholder is clicked."""
        placeholder = self.page.locator("flt-semantics-placeholder")
        if placeholder.count():
            placeholder.evaluate("e => e.click()")
        # as long as for the first frame: on a loaded machine, after a reload, the tree took over 15 s (CI reruns)
        self.page.wait_for_function("document.querySelectorAll('flt-semantics').length > 1",
                                    timeout=FIRST_FRAME_TIMEOUT_MS)

    @property
    def path(self) -> str:
        return urllib.parse.urlsplit(self.page.url).path

    # -- finding things (by role and accessible name, like a screen reader)
    def heading(self, name: str, level: int | None = 1) -> Any:
        return self.page.get_by_role("heading", name=name, level=level, exact=True)

    def nav_item(self, label: str) -> Any:
        """A navigation destination: a tab in the phone's NavigationBar or a button in the NavigationRail
        (Flutter names rail items "<label> Tab n von m")."""
        rail = re.compile(rf"^{re.escape(label)} Tab \d+ (von|of) \d+$")
        return self.page.get_by_role("tab", name=label, exact=True).or_(
            self.page.get_by_role("button", name=rail)
        )

    def expect_heading(self, name: str, level: int | None = 1, timeout: int = 15_000) -> None:
        from playwright.sync_api import expect

        expect(self.heading(name, level)).to_be_visible(timeout=timeout)

    # -- evidence
    def screenshot(self, step: str) -> Path:
        self.shots.mkdir(parents=True, exist_ok=True)
        path = self.shots / f"{_test_dir_name(step)}.png"
        self.page.wait_for_timeout(300)  # let Flutter finish the frame after the last semantics change
        self.page.screenshot(path=str(path))
        return path

    # -- accessibility checks on the current screen
    def semantics_nodes(self) -> list[dict[str, Any]]:
        """Role, accessible name and box of every node of Flutter's accessibility tree (headings are h1–h6)."""
        return self.page.evaluate(
            """() => {
                // Flutter clips a node's box to its scroll container: such a box says nothing about its size.
                const clipped = (e, r) => {
                    for (let a = e.parentElement; a; a = a.parentElement) {
                        const style = getComputedStyle(a);
                        if (style.overflowX === 'visible' && style.overflowY === 'visible') continue;
                        const c = a.getBoundingClientRect();
                        if (r.top - c.top < 1 || c.bottom - r.bottom < 1) return true;
                    }
                    return false;
                };
                return Array.from(document.querySelectorAll('flt-semantics, h1, h2, h3, h4, h5, h6')).map(e => {
                    const r = e.getBoundingClientRect();
                    const input = e.querySelector(':scope > input, :scope > textarea');
                    const heading = /^H[1-6]$/.test(e.tagName);
                    return {role: e.getAttribute('role') || (heading ? 'heading' : input ? 'textbox' : ''),
                            name: (e.getAttribute('aria-label') || (input && input.getAttribute('aria-label'))
                                   || e.textContent || '').trim(),
                            left: r.left, top: r.top, right: r.right, bottom: r.bottom,
                            width: r.width, height: r.height, clipped: clipped(e, r)};
                });
            }"""
        )

    def assert_controls_accessible(self, min_target: float = 48, timeout_s: float = 2.0) -> None:
        """Every interactive node has a name and a touch target of at least `min_target` px each way. Checked again
        until ``timeout_s`` has passed while it fails (a page may still be settling, like Playwright's expect)."""
        deadline = time.monotonic() + timeout_s
        while True:
            problems = self._control_problems(min_target)
            if not problems or time.monotonic() > deadline:
                break
            self.page.wait_for_timeout(100)
        assert not problems, "accessibility problems:\n" + "\n".join(problems)

    def _control_problems(self, min_target: float) -> list[str]:
        problems = []
        for node in self.semantics_nodes():
            if node["role"] not in INTERACTIVE_ROLES or node["height"] == 0:
                continue
            if not node["name"]:
                problems.append(
                    f"{node['role']} without an accessible name at ({node['left']:.0f}, {node['top']:.0f})"
                )
            if not node["clipped"] and (
                node["width"] < min_target - 0.5 or node["height"] < min_target - 0.5
            ):
                problems.append(
                    f"{node['role']} {node['name']!r} is {node['width']:.0f}×{node['height']:.0f} px"
                )
        return problems

    def assert_fits_width(self) -> None:
        """Reflow (WCAG 1.4.10): no named node sticks out of the viewport sideways."""
        width = self.page.viewport_size["width"]
        outside = [
            f"{n['role'] or 'text'} {n['name'][:40]!r}: {n['left']:.0f}..{n['right']:.0f} px"
            for n in self.semantics_nodes()
            if n["name"] and n["width"] and (n["left"] < -0.5 or n["right"] > width + 0.5)
        ]
        assert not outside, f"content wider than the {width} px viewport:\n" + "\n".join(outside)


def open_tab(chromium_browser: Any, base_url: str, viewport: Any, folder: str) -> tuple[Any, AppDriver]:
    """A fresh browser context (own Flet session, own localStorage) with one tab on the app: ``(context,
    driver)``; the caller closes the context. Screenshots go to build/screenshots/<folder>/ (emptied first)."""
    size = VIEWPORTS[viewport] if isinstance(viewport, str) else viewport
    context = chromium_browser.new_context(
        viewport=size,
        locale="de-DE",
        timezone_id="Europe/Berlin",
        device_scale_factor=1,
        service_workers="block",
    )
    page = context.new_page()
    page.set_default_timeout(15_000)
    page.add_init_script(FIRST_FRAME_SCRIPT)
    shots = SCREENSHOTS / _test_dir_name(folder)
    shutil.rmtree(shots, ignore_errors=True)  # only this run's pictures
    driver = AppDriver(page, base_url, shots)
    page.on("console", lambda m: driver.console_errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: driver.console_errors.append(str(e)))
    page.on(
        "request",
        lambda r: (
            None
            if r.url.startswith((base_url, "data:", "blob:"))
            else driver.external_requests.append(r.url)
        ),
    )
    return context, driver


@pytest.fixture
def ui(
    request: pytest.FixtureRequest, chromium_browser: Any, app_server: AppServer, viewport: Any
) -> Iterator[AppDriver]:
    context, driver = open_tab(chromium_browser, app_server.url, viewport, request.node.name)
    try:
        yield driver
    finally:
        if request.node.stash.get(_FAILED, False):
            try:
                driver.screenshot("failure")
            except Exception as error:  # the page may be gone; the log below still helps
                print(f"could not take the failure screenshot: {error}")
            print(f"--- browser console errors: {driver.console_errors}")
            print(f"--- requests to other hosts: {driver.external_requests}")
            print(f"--- end of the app log ({app_server.log_path}):\n{app_server.log_tail()}")
        context.close()
