"""/werkzeugkasten — the digital toolbox: practical guides for digital club work, by text and topic."""

from __future__ import annotations

import flet as ft

from app.ui.components.club_filter_chip import ClubFilterChip
from app.ui.components.guide_card import GuideCard
from app.ui.components.notice import Notice
from app.ui.components.page_frame import PageFrame
from app.ui.components.text_input import TextInput
from app.ui.hooks import use_live_viewmodel, use_t
from app.ui.text import text
from app.viewmodels.guides import GuidesViewModel
from core import reference as ref


@ft.component
def WerkzeugkastenPage() -> ft.Control:
    t = use_t()
    _, vm = use_live_viewmodel(GuidesViewModel)
    body: list[ft.Control] = [text(t("page.werkzeugkasten.intro"), theme_style=ft.TextThemeStyle.BODY_LARGE)]
    if vm is None:
        return PageFrame(t("page.werkzeugkasten.title"), body)
    body.append(ft.Row(key="search", controls=[TextInput(
        label=t("werkzeugkasten.search"),
        hint_text=t("werkzeugkasten.search_hint"),
        value=vm.filters.text,
        prefix_icon=ft.Icons.SEARCH,
        on_change=lambda e: vm.set_text(e.control.value or ""),
        expand=True,
    )]))
    if vm.categories:
        body.append(ft.Row(wrap=True, spacing=8, run_spacing=8, controls=[
            ClubFilterChip(t("werkzeugkasten.category_all"), vm.filters.category is None,
                           lambda _on: vm.set_category(None), key="all"),
            *[ClubFilterChip(ref.CATEGORIES.get(c, c), vm.filters.category == c,
                             lambda on, cat=c: vm.set_category(cat if on else None), key=c)
              for c in vm.categories],
        ]))
    count = t("werkzeugkasten.count_one") if vm.total == 1 else t("werkzeugkasten.count", count=vm.total)
    body.append(ft.Semantics(live_region=True, content=text(count, theme_style=ft.TextThemeStyle.TITLE_MEDIUM)))
    if not vm.items:
        body.append(Notice(t("werkzeugkasten.none")))
    body.append(ft.Column(spacing=8, controls=[GuideCard(g, key=g.id) for g in vm.items]))
    if vm.has_more:
        body.append(ft.OutlinedButton(t("werkzeugkasten.more"), icon=ft.Icons.EXPAND_MORE,
                                      on_click=lambda: vm.load_more()))
    body.append(Notice(t("werkzeugkasten.coaching_hint"), icon_name="SUPPORT_AGENT"))
    return PageFrame(t("page.werkzeugkasten.title"), body)
