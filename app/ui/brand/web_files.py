"""manifest.json and index.html for Flet's web mode, derived from the files the installed flet-web ships.

Flet's web server (flet_web.fastapi.FletStaticFiles) copies index.html and manifest.json from the app's assets_dir
when they exist there (else its own), patches them (base href, app config script), and serves every other path
from assets_dir first, then its own web root — so assets/icons/*.png and assets/favicon.png replace Flet's.
`ft.run()` passes no app name, so the name, description, language and theme colour must be in our copies.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from app.ui.palette import BACKGROUND_COLOR, THEME_COLOR

APP_NAME = "Ehrenamt 4.0"
DESCRIPTION = (
    "Ehrenamt in Arnsberg und Menden: Wissensbörse, Ehrenamt, Vereine 4.0 und Pflege-Lotsen – auch offline."
)
LANGUAGE = "de"


def flet_web_dir() -> Path:
    import flet_web  # only the asset generator and its test need it, never the running app

    return Path(flet_web.get_package_web_dir())


def manifest() -> dict:
    def icon(src: str, size: int, purpose: str | None = None) -> dict:
        entry = {"src": src, "sizes": f"{size}x{size}", "type": "image/png"}
        return entry | ({"purpose": purpose} if purpose else {})

    return {
        "name": APP_NAME,
        "short_name": APP_NAME,
        "description": DESCRIPTION,
        "lang": LANGUAGE,
        "start_url": ".",
        "scope": ".",
        "display": "standalone",
        "orientation": "any",
        "background_color": BACKGROUND_COLOR,
        "theme_color": THEME_COLOR,
        "prefer_related_applications": False,
        "icons": [
            icon("icons/icon-192.png", 192),
            icon("icons/icon-512.png", 512),
            icon("icons/icon-maskable-192.png", 192, "maskable"),
            icon("icons/icon-maskable-512.png", 512, "maskable"),
        ],
    }


def manifest_json() -> str:
    return json.dumps(manifest(), indent=2, ensure_ascii=False) + "\n"


# Flet 1.0.5's web client loads the Rive runtime from cdn.jsdelivr.net at start-up, even with no_cdn (its URL is
# compiled into main.dart.js). We use no Rive animations, and a public-sector app must not send its users' IP
# addresses to third parties nor wait for a CDN offline: scripts from other origins are never fetched.
BLOCK_EXTERNAL_SCRIPTS = """<script>
    (function () {
      var src = Object.getOwnPropertyDescriptor(HTMLScriptElement.prototype, "src");
      Object.defineProperty(HTMLScriptElement.prototype, "src", {
        configurable: true,
        get: function () { return src.get.call(this); },
        set: function (value) {
          if (new URL(value, document.baseURI).origin !== location.origin) {
            console.info("Ehrenamt 4.0: external script not loaded:", value);
            return;
          }
          src.set.call(this, value);
        }
      });
    })();
  </script>"""


def _sub_once(pattern: str, replacement: str, text: str) -> str:
    result, count = re.subn(pattern, replacement, text, count=1)
    if count != 1:
        raise ValueError(
            f"flet-web's index.html changed: {pattern!r} not found; update app/ui/brand/web_files.py"
        )
    return result


def index_html(flet_index: str) -> str:
    """Flet's index.html with our language, title, description, theme colour and loading background."""
    html = _sub_once(r"<html>", f'<html lang="{LANGUAGE}">', flet_index)
    html = _sub_once(
        r'<meta name="description" content="[^"]*">',
        f'<meta name="description" content="{DESCRIPTION}">',
        html,
    )
    html = _sub_once(
        r'<meta name="apple-mobile-web-app-title" content="[^"]*">',
        f'<meta name="apple-mobile-web-app-title" content="{APP_NAME}">\n'
        f'  <meta name="theme-color" content="{THEME_COLOR}">',
        html,
    )
    html = _sub_once(r"<title>[^<]*</title>", f"<title>{APP_NAME}</title>", html)
    html = _sub_once(r'aria-label="Loading"', 'aria-label="Ehrenamt 4.0 wird geladen"', html)
    html = _sub_once(r"background: #ffffff;", f"background: {BACKGROUND_COLOR};", html)
    html = _sub_once(
        r"background: #222222;", f"background: {BACKGROUND_COLOR};", html
    )  # the app has no dark theme
    html = _sub_once(
        r'  <script src="python.js"></script>',
        f'  {BLOCK_EXTERNAL_SCRIPTS}\n\n  <script src="python.js"></script>',
        html,
    )
    return html
