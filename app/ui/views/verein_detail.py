"""/vereine/<id> — a club's profile: accessibility facts first, then about, meeting times, contact, active offers,
public appointments and "Coaching anfragen"."""

from __future__ import annotations

import flet as ft

from app.ui.components.appointment_tile import AppointmentTile
from app.ui.components.club_accessibility import ClubAccessibility
from app.ui.components.club_coaching_section import ClubCoachingSection
from app.ui.components.club_contact import ClubContact
from app.ui.components.heading import Heading
from app.ui.components.notice import Notice
from app.ui.components.page_frame import PageFrame
from app.ui.hooks import use_live_viewmodel, use_t
from app.ui.text import text
from app.viewmodels.appointments import berlin_today
from app.viewmodels.club_detail import ClubDetailViewModel
from core import reference as ref


def _section(title: str, body: str) -> list[ft.Control]:
    return [Heading(title, level=2), ft.Text(body, theme_style=ft.TextThemeStyle.BODY_LARGE)]


@ft.component
def VereinDetailPage() -> ft.Control:
    t = use_t()
    club_id = ft.use_route_params().get("id", "")
    _, vm = use_live_viewmodel(lambda s: ClubDetailViewModel(s, club_id), [club_id])
    back = ("/vereine", t("nav.back_to", page=t("nav.vereine")))
    if vm is None or not vm.found:
        return PageFrame(t("vereine.detail.title"), [Notice(t("vereine.detail.not_found"))], back=back)
    club = vm.club or {}
    body: list[ft.Control] = [
        text(t("vereine.detail.kind_town", kind=vm.kind_label, town=vm.town_label),
             theme_style=ft.TextThemeStyle.TITLE_MEDIUM, color=ft.Colors.ON_SURFACE_VARIANT),
    ]
    if vm.is_admin:
        body.append(Notice(t("vereine.detail.admin"), icon_name="ADMIN_PANEL_SETTINGS"))
    body.append(ClubAccessibility(vm.accessibility))
    if club.get("description"):
        body += _section(t("vereine.detail.about"), club["description"])
    if vm.category_labels:
        body.append(text(t("vereine.detail.categories", categories=", ".join(vm.category_labels)),
                         theme_style=ft.TextThemeStyle.BODY_MEDIUM, color=ft.Colors.ON_SURFACE_VARIANT))
    if club.get("meeting_times"):
        body += _section(t("vereine.detail.meeting_times"), club["meeting_times"])
    body.append(ClubContact(club.get("address") or "", club.get("contact_name") or "", vm.contact_links))
    body.append(Heading(t("vereine.detail.offers"), level=2))
    if vm.offers:
        body.append(ft.Column(spacing=0, controls=[
            ft.ListTile(
                key=offer_id,
                leading=ft.Icon(ft.Icons.VOLUNTEER_ACTIVISM_OUTLINED),
                title=text(title),
                subtitle=text(ref.DIRECTIONS.get(direction, direction)),
                trailing=ft.Icon(ft.Icons.CHEVRON_RIGHT),
                min_height=56,
                on_click=lambda _, oid=offer_id: ft.context.page.navigate(f"/angebote/{oid}"),
            )
            for offer_id, title, direction in vm.offers
        ]))
    else:
        body.append(text(t("vereine.detail.no_offers"), theme_style=ft.TextThemeStyle.BODY_LARGE))
    body.append(Heading(t("vereine.detail.appointments"), level=2))
    if vm.appointments:
        today = berlin_today()
        body.append(ft.Column(spacing=8, controls=[AppointmentTile(e, today=today, key=e.id)
                                                   for e in vm.appointments]))
    else:
        body.append(text(t("vereine.detail.no_appointments"), theme_style=ft.TextThemeStyle.BODY_LARGE))
    body.append(ClubCoachingSection(vm, club_id))
    return PageFrame(vm.name, body, back=back)
