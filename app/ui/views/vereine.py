"""/vereine — the barrier-free club directory: search as you type, accessibility/town/category filters, 50 clubs
at a time. Reads the local replica only (works offline)."""

from __future__ import annotations

import flet as ft

from app.ui.components.club_card import ClubCard
from app.ui.components.club_filters import ClubFilters
from app.ui.components.notice import Notice
from app.ui.components.page_frame import PageFrame
from app.ui.components.text_input import TextInput
from app.ui.hooks import use_live_viewmodel, use_t
from app.ui.text import text
from app.viewmodels.clubs import ClubsViewModel


@ft.component
def VereinePage() -> ft.Control:
    t = use_t()
    _, vm = use_live_viewmodel(ClubsViewModel)
    body: list[ft.Control] = [text(t("page.vereine.intro"), theme_style=ft.TextThemeStyle.BODY_LARGE)]
    if vm is None:
        return PageFrame(t("page.vereine.title"), body)
    body.append(ft.Row(key="search", controls=[TextInput(
        label=t("vereine.search"),
        hint_text=t("vereine.search_hint"),
        value=vm.filters.text,
        prefix_icon=ft.Icons.SEARCH,
        on_change=lambda e: vm.set_text(e.control.value or ""),
        expand=True,
    )]))
    body.append(ClubFilters(vm))
    count = t("vereine.count_one") if vm.total == 1 else t("vereine.count", count=vm.total)
    summary: list[ft.Control] = [
        ft.Semantics(live_region=True, content=text(count, theme_style=ft.TextThemeStyle.TITLE_MEDIUM)),
    ]
    if vm.filters.active and (vm.filters.accessibility or vm.filters.municipality or vm.filters.category):
        summary.append(ft.TextButton(t("vereine.filter.reset"), icon=ft.Icons.FILTER_ALT_OFF,
                                     on_click=lambda: vm.reset_filters()))
    body.append(ft.Row(wrap=True, spacing=8, vertical_alignment=ft.CrossAxisAlignment.CENTER, controls=summary))
    if not vm.items:
        body.append(Notice(t("vereine.none") if vm.any_clubs else t("vereine.empty_replica")))
    body.append(ft.Column(spacing=8, controls=[ClubCard(item, key=item.id) for item in vm.items]))
    if vm.has_more:
        body.append(ft.OutlinedButton(t("vereine.more"), icon=ft.Icons.EXPAND_MORE, on_click=lambda: vm.load_more()))
    return PageFrame(t("page.vereine.title"), body)
