"""core/ is pure Python shared by the app (also in Pyodide) and the server: no I/O libraries, no threads."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

CORE = Path(__file__).resolve().parents[2] / "core"

FORBIDDEN_MODULES = {
    "sqlite3", "sqlite_utils", "httpx", "requests", "urllib3", "aiohttp", "flet", "flet_web", "pydantic",
    "fastapi", "starlette", "uvicorn", "plyer", "threading", "_thread", "multiprocessing", "concurrent",
    "socket", "ssl", "select", "selectors", "subprocess", "signal", "http", "urllib.request", "asyncio.subprocess",
    "app", "sync_server",
}
FORBIDDEN_CALLS = {"time.sleep", "os.system", "os.popen", "input"}


def _modules(tree: ast.AST) -> list[tuple[int, str]]:
    found: list[tuple[int, str]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            found.append((node.lineno, node.module))
            found += [(node.lineno, f"{node.module}.{alias.name}") for alias in node.names]
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "__import__":
            found.append((node.lineno, "__import__"))
    return found


def _forbidden(module: str) -> bool:
    parts = module.split(".")
    return module == "__import__" or any(".".join(parts[:i]) in FORBIDDEN_MODULES for i in range(1, len(parts) + 1))


def _calls(tree: ast.AST) -> list[tuple[int, str]]:
    found: list[tuple[int, str]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            func = node.func
            if isinstance(func, ast.Name):
                found.append((node.lineno, func.id))
            elif isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name):
                found.append((node.lineno, f"{func.value.id}.{func.attr}"))
    return found


SOURCES = sorted(CORE.rglob("*.py"))


def test_core_sources_are_found() -> None:
    names = {p.name for p in SOURCES}
    assert {"hlc.py", "merge.py", "access.py", "protocol.py", "validation.py"} <= names


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: str(p.relative_to(CORE)))
def test_core_module_imports_nothing_impure(path: Path) -> None:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    bad = [f"{path.name}:{line} imports {module}" for line, module in _modules(tree) if _forbidden(module)]
    bad += [f"{path.name}:{line} calls {name}()" for line, name in _calls(tree) if name in FORBIDDEN_CALLS]
    assert bad == []


def test_the_checker_catches_impure_code() -> None:
    sample = ast.parse(
        "import sqlite3\nfrom httpx import Client\nimport concurrent.futures\nfrom flet import app\n"
        "import threading as t\nfrom socket import socket\nimport time\ntime.sleep(1)\n")
    modules = [m for _line, m in _modules(sample) if _forbidden(m)]
    assert {"sqlite3", "httpx", "concurrent.futures", "flet", "threading", "socket"} <= set(modules)
    assert "time" not in modules  # reading the clock is fine; sleeping is not
    assert [name for _line, name in _calls(sample) if name in FORBIDDEN_CALLS] == ["time.sleep"]
