"""The app emblem and web files (icons, favicon, manifest.json, index.html) — see __main__.py."""
