"""The Ehrenamt 4.0 emblem: a white heart with an amber spark on our teal, drawn with anti-aliasing.

Variants follow the web-app icon rules: "any" icons are rounded squares with transparent corners; "maskable" and
Apple touch icons are full-bleed (the platform cuts its own shape) with the heart inside the central safe zone.
"""

from __future__ import annotations

from collections.abc import Callable

from app.ui.brand.png import encode_png
from app.ui.palette import THEME_COLOR

WHITE = (255, 255, 255)
AMBER = (255, 183, 77)
Shape = Callable[[float, float], bool]  # (x, y) in 0..1 canvas units → inside?


def _rgb(hex_colour: str) -> tuple[int, int, int]:
    h = hex_colour.lstrip("#")
    return int(h[0:2], 16), int(h[2:4], 16), int(h[4:6], 16)


def rounded_square(radius: float) -> Shape:
    def inside(x: float, y: float) -> bool:
        dx = max(radius - x, 0.0, x - (1 - radius))
        dy = max(radius - y, 0.0, y - (1 - radius))
        return dx * dx + dy * dy <= radius * radius

    return inside


def full_square(x: float, y: float) -> bool:
    return 0.0 <= x <= 1.0 and 0.0 <= y <= 1.0


def heart(size: float, centre_y: float = 0.52) -> Shape:
    """The classic implicit heart (x²+y²−1)³ − x²y³ ≤ 0, `size` wide, centred horizontally."""
    scale = 2.4 / size  # the curve spans x in [-1.14, 1.14]

    def inside(x: float, y: float) -> bool:
        hx = (x - 0.5) * scale
        hy = (centre_y - y) * scale + 0.1
        a = hx * hx + hy * hy - 1
        return a * a * a - hx * hx * hy * hy * hy <= 0

    return inside


def circle(cx: float, cy: float, r: float) -> Shape:
    return lambda x, y: (x - cx) ** 2 + (y - cy) ** 2 <= r * r


def _coverage(shape: Shape, size: int, samples: int = 4) -> list[list[float]]:
    """Fraction of each pixel inside `shape`; only pixels on an edge are supersampled."""
    corners = [[shape(i / size, j / size) for i in range(size + 1)] for j in range(size + 1)]
    cover = [[0.0] * size for _ in range(size)]
    for y in range(size):
        for x in range(size):
            c = (corners[y][x], corners[y][x + 1], corners[y + 1][x], corners[y + 1][x + 1])
            if all(c):
                cover[y][x] = 1.0
            elif any(c) or shape((x + 0.5) / size, (y + 0.5) / size):
                hits = sum(
                    shape((x + (i + 0.5) / samples) / size, (y + (j + 0.5) / samples) / size)
                    for i in range(samples)
                    for j in range(samples)
                )
                cover[y][x] = hits / (samples * samples)
    return cover


def render(size: int, background: Shape, heart_size: float, spark: bool = True) -> bytes:
    """RGBA bytes of the emblem at `size` × `size` px."""
    layers = [(_coverage(background, size), _rgb(THEME_COLOR)), (_coverage(heart(heart_size), size), WHITE)]
    if spark:
        spark_shape = circle(0.5 + heart_size * 0.5, 0.5 - heart_size * 0.42, heart_size * 0.13)
        layers.append((_coverage(spark_shape, size), AMBER))
    out = bytearray(size * size * 4)
    for y in range(size):
        for x in range(size):
            r = g = b = a = 0.0
            for cover, (cr, cg, cb) in layers:  # "over" compositing, premultiplied
                k = cover[y][x]
                if k:
                    r, g, b, a = (
                        cr * k + r * (1 - k),
                        cg * k + g * (1 - k),
                        cb * k + b * (1 - k),
                        k + a * (1 - k),
                    )
            i = (y * size + x) * 4
            if a:
                out[i : i + 4] = bytes((round(r / a), round(g / a), round(b / a), round(a * 255)))
    return bytes(out)


# file name (relative to assets/) → (size, background, heart size)
ICON_FILES: dict[str, tuple[int, Shape, float]] = {
    "icons/icon-192.png": (192, rounded_square(0.22), 0.60),
    "icons/icon-512.png": (512, rounded_square(0.22), 0.60),
    "icons/icon-maskable-192.png": (192, full_square, 0.50),
    "icons/icon-maskable-512.png": (512, full_square, 0.50),
    "icons/apple-touch-icon-192.png": (192, full_square, 0.58),
    "icons/loading-animation.png": (256, rounded_square(0.22), 0.60),
    "favicon.png": (32, rounded_square(0.2), 0.66),
}


def icon_png(name: str) -> bytes:
    size, background, heart_size = ICON_FILES[name]
    return encode_png(size, size, render(size, background, heart_size, spark=size >= 64))
