"""/start — sync status, what waits for a decision, the next appointments and quick actions; for visitors the
app explained in Leichte Sprache (easy German) first."""

from __future__ import annotations

import flet as ft

from app.ui.components.appointment_preview import AppointmentPreview
from app.ui.components.attention_banner import AttentionBanner
from app.ui.components.destination_list import DestinationList
from app.ui.components.heading import Heading
from app.ui.components.page_frame import PageFrame
from app.ui.components.quick_actions import QuickActions
from app.ui.components.sync_status_card import SyncStatusCard
from app.ui.hooks import use_session, use_session_viewmodel, use_t
from app.ui.text import text
from app.viewmodels.shell import visible_destinations
from app.viewmodels.start import StartViewModel

EASY_SENTENCES = (
    "page.start.easy_1",
    "page.start.easy_2",
    "page.start.easy_3",
    "page.start.easy_4",
    "page.start.easy_5",
)


def _go(route: str):
    return lambda: ft.context.page.navigate(route)


@ft.component
def StartPage() -> ft.Control:
    t = use_t()
    session = use_session()
    app_session, vm = use_session_viewmodel(StartViewModel)
    visitor = session.is_visitor
    controls: list[ft.Control] = []
    if visitor:
        controls += [
            Heading(t("page.start.easy_heading"), level=2),
            ft.Column(
                spacing=8,
                controls=[text(t(key), theme_style=ft.TextThemeStyle.BODY_LARGE) for key in EASY_SENTENCES],
            ),
            text(t("start.login_hint"), theme_style=ft.TextThemeStyle.BODY_LARGE),
            ft.FilledButton(t("start.login_button"), icon=ft.Icons.LOGIN, on_click=_go("/profil")),
        ]
    else:
        controls.append(text(t("start.greeting", name=session.display_name), theme_style=ft.TextThemeStyle.BODY_LARGE))
    if vm is not None:
        attention = vm.attention(t)
        if attention is not None:
            controls.append(AttentionBanner(attention.text, t("start.attention.open"), _go("/konflikte")))
        controls.append(SyncStatusCard(vm.sync_view(t), vm.sync_now, can_sync=app_session.replica is not None))
        controls += [
            Heading(t("start.appointments"), level=2),
            AppointmentPreview(vm.appointments(t), t("start.appointments.none")),
            ft.TextButton(t("start.appointments.all"), icon=ft.Icons.EVENT, on_click=_go("/termine")),
        ]
        actions = vm.quick_actions(session.roles, t)
        if actions:
            controls += [Heading(t("start.quick"), level=2), QuickActions(actions)]
    if visitor:
        sections = [d for d in visible_destinations(session.roles) if d.key not in ("start", "profil")]
        controls += [Heading(t("page.start.sections"), level=2), DestinationList(sections)]
    return PageFrame(t("page.start.title"), controls)
