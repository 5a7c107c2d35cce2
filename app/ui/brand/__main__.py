"""Regenerate the web assets: `python -m app.ui.brand` writes icons, favicon, manifest.json and index.html
into assets/ (run it after changing the emblem, the theme colour or upgrading flet-web)."""

from __future__ import annotations

from pathlib import Path

from app.ui.brand.emblem import ICON_FILES, icon_png
from app.ui.brand.web_files import flet_web_dir, index_html, manifest_json

ASSETS = Path(__file__).resolve().parents[3] / "assets"


def main() -> None:
    for name in ICON_FILES:
        target = ASSETS / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(icon_png(name))
        print("wrote", target.relative_to(ASSETS.parent))
    (ASSETS / "manifest.json").write_text(manifest_json(), encoding="utf-8")
    flet_index = (flet_web_dir() / "index.html").read_text(encoding="utf-8")
    (ASSETS / "index.html").write_text(index_html(flet_index), encoding="utf-8")
    print("wrote assets/manifest.json, assets/index.html")


if __name__ == "__main__":
    main()
