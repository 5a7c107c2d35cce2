"""The two colour palettes (light, high contrast) and the colour pairs our UI draws.

Every field except `focus` is a Material 3 `ColorScheme` role with the same name; `focus` is the focus ring.
`TEXT_PAIRS` and `NON_TEXT_PAIRS` list which foreground role is drawn on which background role by the Material
components we use (Flutter's defaults for NavigationBar/Rail, buttons, fields, dialogs, snack bars) and by our own
views; tests/ui/test_theme_contrast.py checks them against WCAG 2.1 AA.
"""

from __future__ import annotations

from dataclasses import dataclass, fields


@dataclass(frozen=True)
class Palette:
    name: str
    primary: str
    on_primary: str
    primary_container: str
    on_primary_container: str
    secondary: str
    on_secondary: str
    secondary_container: str
    on_secondary_container: str
    tertiary: str
    on_tertiary: str
    tertiary_container: str
    on_tertiary_container: str
    error: str
    on_error: str
    error_container: str
    on_error_container: str
    surface: str
    on_surface: str
    on_surface_variant: str
    surface_container_lowest: str
    surface_container_low: str
    surface_container: str
    surface_container_high: str
    surface_container_highest: str
    outline: str
    outline_variant: str
    inverse_surface: str
    on_inverse_surface: str
    inverse_primary: str
    shadow: str
    scrim: str
    focus: str

    def scheme_roles(self) -> dict[str, str]:
        """The ColorScheme roles (everything but name and focus)."""
        return {f.name: getattr(self, f.name) for f in fields(self) if f.name not in ("name", "focus")}


LIGHT = Palette(
    name="light",
    primary="#00695C",
    on_primary="#FFFFFF",
    primary_container="#B2EBE2",
    on_primary_container="#00201C",
    secondary="#4A635F",
    on_secondary="#FFFFFF",
    secondary_container="#CCE8E2",
    on_secondary_container="#05201C",
    tertiary="#8A4F00",
    on_tertiary="#FFFFFF",
    tertiary_container="#FFDCBE",
    on_tertiary_container="#2C1600",
    error="#B3261E",
    on_error="#FFFFFF",
    error_container="#F9DEDC",
    on_error_container="#410E0B",
    surface="#F8FAF9",
    on_surface="#191C1C",
    on_surface_variant="#3F4948",
    surface_container_lowest="#FFFFFF",
    surface_container_low="#F2F4F3",
    surface_container="#ECEFEE",
    surface_container_high="#E6E9E8",
    surface_container_highest="#E0E3E2",
    outline="#6F7978",
    outline_variant="#BFC8C7",
    inverse_surface="#2D3131",
    on_inverse_surface="#EFF1F0",
    inverse_primary="#82D5C8",
    shadow="#000000",
    scrim="#000000",
    focus="#B3400B",
)

HIGH_CONTRAST = Palette(
    name="high_contrast",
    primary="#003D35",
    on_primary="#FFFFFF",
    primary_container="#D6F5EF",
    on_primary_container="#000000",
    secondary="#000000",
    on_secondary="#FFFFFF",
    secondary_container="#FFD84D",
    on_secondary_container="#000000",
    tertiary="#4A2A00",
    on_tertiary="#FFFFFF",
    tertiary_container="#4A2A00",
    on_tertiary_container="#FFFFFF",
    error="#8C0009",
    on_error="#FFFFFF",
    error_container="#8C0009",
    on_error_container="#FFFFFF",
    surface="#FFFFFF",
    on_surface="#000000",
    on_surface_variant="#000000",
    surface_container_lowest="#FFFFFF",
    surface_container_low="#FFFFFF",
    surface_container="#F2F2F2",
    surface_container_high="#EDEDED",
    surface_container_highest="#E6E6E6",
    outline="#000000",
    outline_variant="#4D4D4D",
    inverse_surface="#000000",
    on_inverse_surface="#FFFFFF",
    inverse_primary="#FFD84D",
    shadow="#000000",
    scrim="#000000",
    focus="#B0005F",
)

PALETTES: tuple[Palette, ...] = (LIGHT, HIGH_CONTRAST)
THEME_COLOR = LIGHT.primary  # web manifest theme_color and <meta name="theme-color">
BACKGROUND_COLOR = LIGHT.surface  # web manifest background_color and the loading screen

_SURFACES = (
    "surface",
    "surface_container_lowest",
    "surface_container_low",
    "surface_container",
    "surface_container_high",
    "surface_container_highest",
)

# (foreground role, background role) for text: WCAG 1.4.3, at least 4.5:1.
TEXT_PAIRS: tuple[tuple[str, str], ...] = (
    # body text, headings, secondary text, on every surface level (page, cards, nav bar, dialogs, menus, fields)
    *((fg, bg) for fg in ("on_surface", "on_surface_variant") for bg in _SURFACES),
    # text buttons, links, focused field labels, Button (elevated) labels, dialog actions
    *(("primary", bg) for bg in _SURFACES),
    ("error", "surface"),  # field error messages
    ("error", "surface_container_highest"),  # error text inside filled fields
    ("on_primary", "primary"),  # FilledButton, selected chips
    ("on_primary_container", "primary_container"),
    ("on_secondary", "secondary"),
    ("on_secondary_container", "secondary_container"),  # FilledTonalButton, nav indicator
    ("on_tertiary", "tertiary"),
    ("on_tertiary_container", "tertiary_container"),
    ("on_error", "error"),
    ("on_error_container", "error_container"),
    ("on_inverse_surface", "inverse_surface"),  # SnackBar text
    ("inverse_primary", "inverse_surface"),  # SnackBar action
)

# (foreground role, background role) for icons, borders of controls and the focus ring: WCAG 1.4.11, at least 3:1.
NON_TEXT_PAIRS: tuple[tuple[str, str], ...] = (
    *(("outline", bg) for bg in _SURFACES),  # field borders, unchecked boxes/radios, switch outline
    *(("primary", bg) for bg in _SURFACES),  # checked boxes/radios, focused field border, primary icons
    *(("on_surface_variant", bg) for bg in _SURFACES),  # icons, unselected nav icons
    *(("focus", bg) for bg in _SURFACES),  # focus ring around buttons
    ("focus", "primary_container"),
    ("focus", "secondary_container"),
    ("on_secondary_container", "secondary_container"),  # selected nav icon on its indicator
    ("error", "surface"),  # error border of fields
    ("on_primary", "primary"),  # switch thumb on its track
)
