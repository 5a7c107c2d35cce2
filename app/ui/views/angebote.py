"""/angebote — Angebote und Gesuche: search as you type, filters, the results count, 50 rows at a time."""

from __future__ import annotations

import flet as ft

from app.ui.components.notice import Notice
from app.ui.components.offer_filters import OfferFilters
from app.ui.components.offer_hooks import use_offer_session, use_offer_vm
from app.ui.components.offer_row import OfferRow
from app.ui.components.page_frame import PageFrame
from app.ui.components.text_input import TextInput
from app.ui.hooks import use_settings, use_t
from app.ui.text import text
from app.viewmodels.offers import OffersViewModel, count_text, replica_of


def _make(session) -> OffersViewModel:
    vm = OffersViewModel(session)
    vm.reload()
    return vm


def results_text(t, language: str, total: int) -> str:
    if total == 0:
        return t("angebote.count_none")
    if total == 1:
        return t("angebote.count_one")
    return t("angebote.count", count=count_text(total, language))


@ft.component
def AngebotePage() -> ft.Control:
    t = use_t()
    language = use_settings().settings.language
    session = use_offer_session()
    vm = use_offer_vm(lambda: _make(session), [session])
    filters_open, set_filters_open = ft.use_state(False)  # folded: the results come first
    active = vm.filters.active_count

    actions: list[ft.Control] = [
        ft.FilledButton(t("angebote.create"), icon=ft.Icons.ADD,
                        on_click=lambda: ft.context.page.navigate("/angebote/neu")),
    ]
    if vm.signed_in:
        actions.append(ft.OutlinedButton(t("angebote.mine"), icon=ft.Icons.PERSON_OUTLINE,
                                         on_click=lambda: ft.context.page.navigate("/meine-angebote")))

    search = TextInput(
        label=t("angebote.search"),
        hint_text=t("angebote.search_hint"),
        value=vm.query,
        prefix_icon=ft.Icons.SEARCH,
        on_change=lambda e: vm.set_query(e.control.value),
        on_submit=lambda e: vm.search_now(),
        expand=True,
    )
    filter_label = t("angebote.filters_active", count=active) if active else t("angebote.filters")
    filter_toggle = ft.TextButton(
        filter_label,
        icon=ft.Icons.EXPAND_LESS if filters_open else ft.Icons.FILTER_LIST,
        tooltip=t("angebote.filters_hide") if filters_open else t("angebote.filters_show"),
        on_click=lambda: set_filters_open(not filters_open),
    )

    count = ft.Semantics(
        live_region=True,
        content=text(results_text(t, language, vm.total), theme_style=ft.TextThemeStyle.TITLE_MEDIUM),
    )
    today = vm.today_iso()
    rows: list[ft.Control] = [OfferRow(o, today, key=o.id) for o in vm.items]
    empty: list[ft.Control] = []
    if vm.total == 0 and vm.loaded:
        replica = replica_of(session)
        nothing_here = replica is None or (not vm.searched_query and not active and replica.count_offers() == 0)
        empty.append(Notice(t("angebote.empty_replica") if nothing_here else t("angebote.none")))
    more: list[ft.Control] = []
    if vm.has_more:
        more = [text(t("angebote.count_of", shown=count_text(len(vm.items), language),
                       count=count_text(vm.total, language)), theme_style=ft.TextThemeStyle.BODY_SMALL),
                ft.OutlinedButton(t("angebote.more"), icon=ft.Icons.EXPAND_MORE, on_click=lambda: vm.load_more())]
    # keyed slots: the search field keeps its place (and focus) whatever appears or disappears around it
    body: list[ft.Control] = [
        text(t("angebote.intro"), key="intro"),
        ft.Row(key="actions", wrap=True, spacing=8, run_spacing=8, controls=actions),
        ft.Row(key="search", controls=[search]),
        ft.Row(key="filter-toggle", controls=[filter_toggle]),
        ft.Column(key="filters", visible=filters_open, controls=[OfferFilters(vm)] if filters_open else []),
        ft.Container(key="count", content=count),
        ft.Column(key="empty", visible=bool(empty), controls=empty),
        ft.Column(key="results", visible=bool(rows), spacing=8, horizontal_alignment=ft.CrossAxisAlignment.STRETCH,
                  controls=rows),
        ft.Column(key="more", visible=bool(more), spacing=8, controls=more),
    ]
    return PageFrame(t("angebote.title"), body)
