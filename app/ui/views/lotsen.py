"""/lotsen — the care navigator's contacts. Only for the roles lotse and coordinator (others: "Kein Zugriff").

A Lotse sees her contacts, a coordinator every contact of her town the server sent; the most urgent first
(overdue visits or tasks), search by name, "Neuer Kontakt". Everything reads the local replica: works offline.
"""

from __future__ import annotations

import flet as ft

from app.ui.components.care_access import CareGate, use_care_viewmodel
from app.ui.components.care_contact_row import CareContactRow
from app.ui.components.page_frame import PageFrame
from app.ui.components.text_input import TextInput
from app.ui.hooks import use_app_session, use_t
from app.ui.text import text
from app.viewmodels.contacts import ContactsViewModel


@ft.component
def LotsenPage() -> ft.Control:
    return CareGate(LotsenScreen)


@ft.component
def LotsenScreen() -> ft.Control:
    t = use_t()
    session = use_app_session()
    vm = use_care_viewmodel(lambda: ContactsViewModel(session, t=t), [session])
    vm.t = t
    page = ft.context.page

    def lock_now() -> None:
        if session.care_lock is not None:
            session.care_lock.lock()

    def open_contact(contact_id: str) -> None:
        page.navigate(f"/lotsen/{contact_id}")

    title = t("lotsen.title.town", town=vm.town) if vm.is_coordinator else t("lotsen.title.mine")
    controls: list[ft.Control] = [
        text(t("lotsen.list.intro")),
        ft.Row(key="actions", wrap=True, controls=[
            ft.FilledButton(t("lotsen.new_contact"), icon=ft.Icons.PERSON_ADD_ALT_1,
                            on_click=lambda: page.navigate("/lotsen/neu")),
            ft.OutlinedButton(t("lotsen.lock.now"), icon=ft.Icons.LOCK_OUTLINE, on_click=lock_now,
                              visible=session.care_lock is not None),
        ]),
        ft.Row(key="search", controls=[TextInput(
            label=t("lotsen.search"),
            value=vm.query,
            prefix_icon=ft.Icons.SEARCH,
            on_change=lambda e: vm.set_query(e.control.value or ""),
            expand=True,
        )]),
        ft.Semantics(live_region=True, container=True, content=text(vm.summary)),
        ft.Column(
            spacing=0,
            controls=[
                CareContactRow(row, vm.describe(row), t("lotsen.list.overdue_badge"), open_contact,
                               key=row.id)
                for row in vm.rows
            ],
        ),
    ]
    if vm.has_more:
        controls.append(ft.OutlinedButton(t("lotsen.list.more", count=vm.total - len(vm.rows)),
                                          on_click=vm.show_more))
    return PageFrame(title, controls)
