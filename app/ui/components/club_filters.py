"""The directory's filters: the four most asked-for accessibility facts always in view (chips), the rest —
more facts, town, category — behind "Weitere Filter" (open while one of them is active)."""

from __future__ import annotations

import flet as ft

from app.ui.components.club_filter_chip import ClubFilterChip
from app.ui.hooks import use_t
from app.ui.text import text
from app.viewmodels.clubs import ACCESSIBILITY_ICONS, ACCESSIBILITY_KEYS, ClubsViewModel
from core import reference as ref

MAIN_FACTS = 4  # "Stufenlos", "Barrierefreies WC", "Induktionsschleife", "Leichte Sprache"


def _label(value: str) -> ft.Control:
    return text(value, theme_style=ft.TextThemeStyle.TITLE_SMALL)


def _chips(controls: list[ft.Control]) -> ft.Row:
    return ft.Row(wrap=True, spacing=8, run_spacing=8, controls=controls)


@ft.component
def ClubFilters(vm: ClubsViewModel) -> ft.Control:
    t = use_t()
    f = vm.filters

    def fact_chip(key: str) -> ft.Control:
        return ClubFilterChip(t(f"vereine.a11y.{key}"), key in f.accessibility,
                              lambda on, k=key: vm.set_accessibility(k, on), icon=ACCESSIBILITY_ICONS.get(key),
                              key=key)

    main, more = ACCESSIBILITY_KEYS[:MAIN_FACTS], ACCESSIBILITY_KEYS[MAIN_FACTS:]
    towns = _chips([
        ClubFilterChip(t("vereine.filter.town_all"), f.municipality is None,
                       lambda _on: vm.set_municipality(None), key="all"),
        *[ClubFilterChip(label, f.municipality == town, lambda on, m=town: vm.set_municipality(m if on else None),
                         key=town)
          for town, label in ref.MUNICIPALITIES.items()],
    ])
    categories = _chips([
        ClubFilterChip(t("vereine.filter.category_all"), f.category is None,
                       lambda _on: vm.set_category(None), key="all"),
        *[ClubFilterChip(label, f.category == cat, lambda on, c=cat: vm.set_category(c if on else None), key=cat)
          for cat, label in ref.CATEGORIES.items()],
    ])
    hidden_active = sum((f.municipality is not None, f.category is not None,
                         len(f.accessibility & set(more))))
    open_more, set_open_more = ft.use_state(hidden_active > 0)

    def expansion(e: ft.Event[ft.ExpansionTile]) -> None:
        set_open_more(bool(e.control.expanded))

    more_title = t("vereine.filter.more_active", count=hidden_active) if hidden_active else t("vereine.filter.more")
    return ft.Column(
        spacing=8,
        controls=[
            _label(t("vereine.filter.accessibility")),
            _chips([fact_chip(k) for k in main]),
            ft.ExpansionTile(
                title=text(more_title, theme_style=ft.TextThemeStyle.TITLE_SMALL),
                tile_padding=ft.Padding.symmetric(horizontal=0),
                controls_padding=ft.Padding.only(bottom=8),
                expanded=open_more or hidden_active > 0,
                on_change=expansion,
                maintain_state=True,
                controls=[ft.Column(spacing=8, controls=[
                    _chips([fact_chip(k) for k in more]),
                    _label(t("vereine.filter.town")),
                    towns,
                    _label(t("vereine.filter.category")),
                    categories,
                ])],
            ),
        ],
    )
