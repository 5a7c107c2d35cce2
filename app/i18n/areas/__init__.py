"""Texts of each screen area live in their own module (``DE`` and ``EN`` dicts), so screens grow independently.

Each module in AREA_MODULES defines ``DE: dict[str, str]`` and ``EN: dict[str, str]`` with keys prefixed by its
area ("angebote.", "vereine.", ...). They are merged into the German and English tables at import time.
"""

from __future__ import annotations

import importlib
import pkgutil


def merged(language_attr: str) -> dict[str, str]:
    texts: dict[str, str] = {}
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda i: i.name):
        module = importlib.import_module(f"{__name__}.{info.name}")
        table = getattr(module, language_attr, {})
        clash = set(texts) & set(table)
        if clash:
            raise ValueError(f"i18n keys defined twice ({info.name}): {sorted(clash)[:5]}")
        texts.update(table)
    return texts
