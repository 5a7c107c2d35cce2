"""Our icons, favicon, manifest.json and index.html: valid, complete, and in sync with the installed flet-web."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.ui.brand.emblem import ICON_FILES
from app.ui.brand.png import decode_png, encode_png
from app.ui.brand.web_files import flet_web_dir, index_html, manifest, manifest_json
from app.ui.palette import THEME_COLOR

ASSETS = Path(__file__).resolve().parents[2] / "assets"
REGENERATE = "run `python -m app.ui.brand` to regenerate assets/"


def rgb(hex_colour: str) -> tuple[int, int, int]:
    h = hex_colour.lstrip("#")
    return int(h[0:2], 16), int(h[2:4], 16), int(h[4:6], 16)


def test_png_codec_round_trip():
    pixels = bytes([255, 0, 0, 255, 0, 255, 0, 128, 0, 0, 255, 0, 10, 20, 30, 40])
    width, height, rows = decode_png(encode_png(2, 2, pixels))
    assert (width, height) == (2, 2)
    assert rows == [[(255, 0, 0, 255), (0, 255, 0, 128)], [(0, 0, 255, 0), (10, 20, 30, 40)]]
    with pytest.raises(ValueError):
        encode_png(2, 2, b"short")


def test_manifest_names_colours_and_icons():
    data = json.loads((ASSETS / "manifest.json").read_text(encoding="utf-8"))
    assert data == manifest(), REGENERATE
    assert data["name"] == data["short_name"] == "Ehrenamt 4.0"
    assert data["theme_color"] == THEME_COLOR and data["lang"] == "de"
    purposes = {(icon["sizes"], icon.get("purpose", "any")) for icon in data["icons"]}
    assert purposes == {
        ("192x192", "any"),
        ("512x512", "any"),
        ("192x192", "maskable"),
        ("512x512", "maskable"),
    }
    assert (ASSETS / "manifest.json").read_text(encoding="utf-8") == manifest_json()


@pytest.mark.parametrize("name", sorted(ICON_FILES))
def test_icon_files_have_the_right_size_and_colours(name):
    size = ICON_FILES[name][0]
    width, height, rows = decode_png((ASSETS / name).read_bytes())
    assert (width, height) == (size, size), REGENERATE
    centre = rows[size // 2][size // 2]
    assert centre == (255, 255, 255, 255), "the heart is white in the middle"
    corner = rows[0][0]
    edge = rows[size // 2][1]
    assert edge[:3] == rgb(THEME_COLOR) and edge[3] == 255, "the background is our theme colour"
    if "maskable" in name or "apple" in name:
        assert corner == (*rgb(THEME_COLOR), 255), "maskable and Apple icons are full bleed"
    else:
        assert corner[3] == 0, "'any' icons have transparent rounded corners"


def test_maskable_icons_keep_the_emblem_inside_the_safe_zone():
    size = 512
    _, _, rows = decode_png((ASSETS / "icons/icon-maskable-512.png").read_bytes())
    radius = 0.4 * size  # the W3C safe zone: a centred circle of 40 % radius
    for y in range(0, size, 4):
        for x in range(0, size, 4):
            if (x - size / 2) ** 2 + (y - size / 2) ** 2 > radius**2:
                assert rows[y][x][:3] == rgb(THEME_COLOR), f"emblem outside the safe zone at ({x}, {y})"


def test_index_html_is_flet_webs_with_our_metadata():
    flet_index = (flet_web_dir() / "index.html").read_text(encoding="utf-8")
    ours = (ASSETS / "index.html").read_text(encoding="utf-8")
    assert ours == index_html(flet_index), "flet-web's index.html changed or assets/ is stale: " + REGENERATE
    assert '<html lang="de">' in ours and "<title>Ehrenamt 4.0</title>" in ours
    assert f'<meta name="theme-color" content="{THEME_COLOR}">' in ours
    assert "<!-- fletAppConfig -->" in ours  # Flet injects its runtime config here
    assert ours.index("external script not loaded") < ours.index('<script src="python.js">')
