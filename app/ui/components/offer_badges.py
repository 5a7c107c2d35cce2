"""Small labels of an offer: "Ich biete"/"Ich suche", the area, and (when it matters) status, expiry, online."""

from __future__ import annotations

import flet as ft

from app.ui.hooks import use_t
from app.ui.text import text

# (background, text) colour roles; each pair meets WCAG AA (tests/ui/test_theme_contrast.py checks the roles)
_STYLES = {
    "biete": (ft.Colors.PRIMARY_CONTAINER, ft.Colors.ON_PRIMARY_CONTAINER),
    "suche": (ft.Colors.TERTIARY_CONTAINER, ft.Colors.ON_TERTIARY_CONTAINER),
    "area": (ft.Colors.SECONDARY_CONTAINER, ft.Colors.ON_SECONDARY_CONTAINER),
    "muted": (ft.Colors.SURFACE_CONTAINER_HIGHEST, ft.Colors.ON_SURFACE),
    "warn": (ft.Colors.ERROR_CONTAINER, ft.Colors.ON_ERROR_CONTAINER),
}


def badge(label: str, style: str) -> ft.Control:
    bg, fg = _STYLES[style]
    return ft.Container(
        bgcolor=bg,
        border_radius=8,
        padding=ft.Padding.symmetric(vertical=2, horizontal=8),
        content=text(label, color=fg, theme_style=ft.TextThemeStyle.LABEL_MEDIUM),
    )


@ft.component
def OfferBadges(direction: str, area: str, status: str = "active", expired: bool = False,
                online: bool = False, show_status: bool = False) -> ft.Control:
    t = use_t()
    items = []
    if direction:
        items.append(badge(t(f"angebote.direction.{direction}"), direction if direction in _STYLES else "muted"))
    if area:
        items.append(badge(t(f"angebote.area.{area}"), "area"))
    if show_status or status != "active":
        items.append(badge(t(f"angebote.status.{status}"), "muted"))
    if expired:
        items.append(badge(t("angebote.expired"), "warn"))
    if online:
        items.append(badge(t("angebote.online"), "muted"))
    return ft.Row(wrap=True, spacing=6, run_spacing=6, controls=items)
