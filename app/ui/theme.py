"""Builds the Flet theme from the display settings: palette (light / high contrast) and text size (100–200 %).

Text scaling works through the theme's text styles, so views must size text with `theme_style=` (never `size=`)
to follow the user's text size. Buttons get at least 48 px height and a visible 3 px focus ring.
"""

from __future__ import annotations

import flet as ft

from app.ui.palette import HIGH_CONTRAST, LIGHT, Palette
from app.viewmodels.settings import DisplaySettings

# Our type scale at 100 %: (size px, line height px, weight, letter spacing). Body text is 16 px (Material's
# 14 px is too small for many of our users); headlines follow Material 3.
TYPE_SCALE: dict[str, tuple[float, float, ft.FontWeight, float]] = {
    "display_large": (57, 64, ft.FontWeight.W_400, -0.25),
    "display_medium": (45, 52, ft.FontWeight.W_400, 0),
    "display_small": (36, 44, ft.FontWeight.W_400, 0),
    "headline_large": (32, 40, ft.FontWeight.W_400, 0),
    "headline_medium": (28, 36, ft.FontWeight.W_400, 0),
    "headline_small": (24, 32, ft.FontWeight.W_400, 0),
    "title_large": (22, 28, ft.FontWeight.W_500, 0),
    "title_medium": (18, 26, ft.FontWeight.W_500, 0.15),
    "title_small": (16, 22, ft.FontWeight.W_500, 0.1),
    "body_large": (18, 26, ft.FontWeight.W_400, 0.15),
    "body_medium": (16, 24, ft.FontWeight.W_400, 0.15),
    "body_small": (14, 20, ft.FontWeight.W_400, 0.2),
    "label_large": (16, 22, ft.FontWeight.W_500, 0.1),
    "label_medium": (14, 18, ft.FontWeight.W_500, 0.3),
    "label_small": (12, 16, ft.FontWeight.W_500, 0.4),
}
MIN_TOUCH_TARGET = 48  # px, WCAG 2.5.5 / Material; buttons and icon buttons are padded to reach it
FOCUS_RING_WIDTH = 3
LINEAR_UP_TO = 16  # px: text up to this size grows linearly with the text size setting


def scaled_size(size: float, scale_percent: int) -> float:
    """Text size at `scale_percent`: body text grows linearly (16 px → 32 px at 200 %); larger text grows by the
    same amount as 16 px text, like Android 14's non-linear font scaling, so headings do not break mid-word."""
    return round(size + (scale_percent / 100 - 1) * min(size, LINEAR_UP_TO), 1)


def nav_label_size(scale_percent: int, viewport_width: float, labels: list[str]) -> float:
    """Bottom-bar label size: the user's label size, but never so large that the longest label no longer fits its
    slot (then words would break inside the bar). The same labels are on the "Mehr" page at full size."""
    wanted = scaled_size(TYPE_SCALE["label_medium"][0], scale_percent)
    if not labels or not viewport_width:
        return wanted
    slot = viewport_width / len(labels) - 4
    fitting = slot / (
        max(len(label) for label in labels) * 0.54
    )  # Roboto medium: about 0.54 em per character
    return round(max(min(wanted, fitting), 12), 1)


def palette_for(settings: DisplaySettings) -> Palette:
    return HIGH_CONTRAST if settings.high_contrast else LIGHT


def text_theme(scale_percent: int, palette: Palette) -> ft.TextTheme:
    styles = {}
    for name, (size, line, weight, spacing) in TYPE_SCALE.items():
        colour = (
            None if name.startswith("label") else palette.on_surface
        )  # labels take their control's colour
        styles[name] = ft.TextStyle(
            size=scaled_size(size, scale_percent),
            height=round(line / size, 3),
            weight=weight,
            letter_spacing=spacing,
            color=colour,
        )
    return ft.TextTheme(**styles)


def _button_style(palette: Palette, vertical: int, horizontal: int) -> ft.ButtonStyle:
    return ft.ButtonStyle(
        padding=ft.Padding.symmetric(vertical=vertical, horizontal=horizontal),
        side={ft.ControlState.FOCUSED: ft.BorderSide(FOCUS_RING_WIDTH, palette.focus)},
    )


def build_theme(settings: DisplaySettings, bar_label_size: float | None = None) -> ft.Theme:
    """The page theme; `bar_label_size` (see nav_label_size) caps the bottom bar's labels."""
    palette = palette_for(settings)
    bar_label = bar_label_size or scaled_size(TYPE_SCALE["label_medium"][0], settings.text_scale)
    label_line = TYPE_SCALE["label_large"][1]
    text_button_padding = (MIN_TOUCH_TARGET - label_line) // 2  # label line + 2 × padding = 48 px at 100 %
    icon_padding = (MIN_TOUCH_TARGET - 24) // 2
    return ft.Theme(
        color_scheme=ft.ColorScheme(**palette.scheme_roles(), surface_tint=palette.surface),
        text_theme=text_theme(settings.text_scale, palette),
        visual_density=ft.VisualDensity.STANDARD,
        scaffold_bgcolor=palette.surface,
        divider_color=palette.outline_variant,
        button_theme=ft.ButtonTheme(style=_button_style(palette, text_button_padding, 24)),
        filled_button_theme=ft.FilledButtonTheme(style=_button_style(palette, text_button_padding, 24)),
        outlined_button_theme=ft.OutlinedButtonTheme(style=_button_style(palette, text_button_padding, 24)),
        text_button_theme=ft.TextButtonTheme(style=_button_style(palette, text_button_padding, 16)),
        icon_button_theme=ft.IconButtonTheme(style=_button_style(palette, icon_padding, icon_padding)),
        navigation_bar_theme=ft.NavigationBarTheme(
            label_text_style=ft.TextStyle(size=bar_label, weight=ft.FontWeight.W_500),
            # Flutter only tints a focused bar item faintly; make keyboard focus clearly visible (WCAG 2.4.7)
            overlay_color={ft.ControlState.FOCUSED: ft.Colors.with_opacity(0.35, palette.focus)},
            height=round(56 + bar_label * 1.5),
        ),
    )
