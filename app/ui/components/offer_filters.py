"""The filters of the offer list: area, direction, town, online possible and categories, as chips (each a named
checkbox for screen readers, ≥ 48 px). Single-choice groups: choosing one un-chooses the other; none = all."""

from __future__ import annotations

import flet as ft

from app.ui.components.offer_chip_group import OfferChipGroup
from app.ui.hooks import use_t
from app.viewmodels.offers import OffersViewModel
from core import reference as ref


def _single(current: str | None) -> set[str]:
    return {current} if current else set()


@ft.component
def OfferFilters(vm: OffersViewModel) -> ft.Control:
    t = use_t()
    f = vm.filters

    def area(value: str, on: bool) -> None:
        vm.set_area(value if on else None)

    def direction(value: str, on: bool) -> None:
        vm.set_direction(value if on else None)

    def town(value: str, on: bool) -> None:
        vm.set_municipality(value if on else None)

    def category(value: str, on: bool) -> None:
        vm.toggle_category(value, on)

    def online(_value: str, on: bool) -> None:
        vm.set_online_only(on)

    groups = ft.Row(wrap=True, spacing=24, run_spacing=12, vertical_alignment=ft.CrossAxisAlignment.START,
                    controls=[
        OfferChipGroup(t("angebote.filter.area"), [(a, t(f"angebote.area.{a}")) for a in ref.AREAS],
                       _single(f.area), area),
        OfferChipGroup(t("angebote.filter.direction"), [(d, t(f"angebote.direction.{d}")) for d in ref.DIRECTIONS],
                       _single(f.direction), direction),
        OfferChipGroup(t("angebote.filter.town"), [(m, t(f"angebote.town.{m}")) for m in ref.MUNICIPALITIES],
                       _single(f.municipality), town),
        OfferChipGroup(t("angebote.filter.participation"), [("online", t("angebote.filter.online"))],
                       {"online"} if f.online_only else set(), online),
    ])
    controls: list[ft.Control] = [
        groups,
        OfferChipGroup(t("angebote.filter.category"), [(c, t(f"angebote.cat.{c}")) for c in ref.CATEGORIES],
                       f.categories, category),
    ]
    if f.active_count:
        controls.append(
            ft.TextButton(t("angebote.filters_reset"), icon=ft.Icons.FILTER_ALT_OFF_OUTLINED,
                          on_click=lambda: vm.clear_filters())
        )
    return ft.Column(spacing=12, controls=controls)
