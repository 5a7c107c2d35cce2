"""WCAG 2.1 AA contrast of every colour pair the themes draw: text ≥ 4.5:1, icons/borders/focus ring ≥ 3:1."""

from __future__ import annotations

import pytest

from app.ui.contrast import contrast_ratio, relative_luminance
from app.ui.palette import NON_TEXT_PAIRS, PALETTES, TEXT_PAIRS, THEME_COLOR, Palette
from app.ui.theme import build_theme
from app.viewmodels.settings import DisplaySettings

TEXT_MINIMUM = 4.5  # WCAG 1.4.3
NON_TEXT_MINIMUM = 3.0  # WCAG 1.4.11


def applied_colours(palette: Palette) -> dict[str, str]:
    """The colours as the built Flet theme carries them (so the test checks what the app really uses)."""
    theme = build_theme(DisplaySettings(high_contrast=palette.name == "high_contrast"))
    scheme = theme.color_scheme
    colours = {role: getattr(scheme, role) for role in palette.scheme_roles()}
    colours["focus"] = theme.button_theme.style.side[_focused()].color
    return colours


def _focused():
    import flet as ft

    return ft.ControlState.FOCUSED


def test_contrast_formula_matches_known_values():
    assert contrast_ratio("#000000", "#FFFFFF") == pytest.approx(21.0)
    assert contrast_ratio("#FFFFFF", "#FFFFFF") == pytest.approx(1.0)
    assert contrast_ratio("#767676", "#FFFFFF") == pytest.approx(4.54, abs=0.01)  # the classic AA grey
    assert contrast_ratio("#777777", "#FFFFFF") < 4.5
    assert relative_luminance("#FFFFFF") == pytest.approx(1.0)
    with pytest.raises(ValueError):
        relative_luminance("#FFF")


@pytest.mark.parametrize("palette", PALETTES, ids=lambda p: p.name)
def test_theme_uses_the_palette(palette):
    colours = applied_colours(palette)
    assert colours == {**palette.scheme_roles(), "focus": palette.focus}


@pytest.mark.parametrize("palette", PALETTES, ids=lambda p: p.name)
@pytest.mark.parametrize(("foreground", "background"), TEXT_PAIRS)
def test_text_contrast_is_at_least_4_5(palette, foreground, background):
    colours = applied_colours(palette)
    ratio = contrast_ratio(colours[foreground], colours[background])
    assert ratio >= TEXT_MINIMUM, f"{palette.name}: {foreground} on {background} is only {ratio:.2f}:1"


@pytest.mark.parametrize("palette", PALETTES, ids=lambda p: p.name)
@pytest.mark.parametrize(("foreground", "background"), NON_TEXT_PAIRS)
def test_icon_border_and_focus_contrast_is_at_least_3(palette, foreground, background):
    colours = applied_colours(palette)
    ratio = contrast_ratio(colours[foreground], colours[background])
    assert ratio >= NON_TEXT_MINIMUM, f"{palette.name}: {foreground} on {background} is only {ratio:.2f}:1"


def test_high_contrast_is_stronger_than_light_for_body_text():
    light, high = PALETTES
    assert contrast_ratio(high.on_surface, high.surface) >= 7.0  # AAA for the high-contrast theme
    assert contrast_ratio(high.on_surface_variant, high.surface) >= 7.0
    assert contrast_ratio(high.on_surface, high.surface) > contrast_ratio(light.on_surface, light.surface)


def test_manifest_theme_colour_carries_white_text():
    assert THEME_COLOR == PALETTES[0].primary
    assert contrast_ratio("#FFFFFF", THEME_COLOR) >= TEXT_MINIMUM
