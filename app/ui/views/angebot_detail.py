"""/angebote/<id> — one offer or request with every field; manage it (owner) or report interest (others)."""

from __future__ import annotations

import flet as ft

from app.ui.components.heading import Heading
from app.ui.components.interest_dialog import interest_dialog
from app.ui.components.notice import Notice
from app.ui.components.offer_badges import OfferBadges
from app.ui.components.offer_fields import OfferFields
from app.ui.components.offer_hooks import use_offer_session, use_offer_vm
from app.ui.components.offer_status_picker import OfferStatusPicker
from app.ui.components.page_frame import PageFrame
from app.ui.hooks import use_t
from app.ui.text import text
from app.viewmodels import offer_detail as states
from app.viewmodels.offer_detail import OfferDetailViewModel
from app.viewmodels.offers import date_de, datetime_de


def _make(session, offer_id: str) -> OfferDetailViewModel:
    vm = OfferDetailViewModel(session, offer_id)
    vm.reload()
    return vm


def _go(route: str):
    return lambda: ft.context.page.navigate(route)


def _fields(vm: OfferDetailViewModel, t) -> list[tuple[str, str | ft.Control]]:
    o = vm.offer or {}
    hours = o.get("hours")
    hours_text = ""
    if hours is not None:
        key = "angebote.hours_regular" if o.get("commitment") == "regelmaessig" else "angebote.hours_once"
        hours_text = t(key, hours=hours)
    org: str | ft.Control = ""
    if vm.organisation is not None:
        name = vm.organisation.name or t("angebote.field.organisation")
        org = ft.TextButton(t("angebote.detail.org_link", name=name), icon=ft.Icons.GROUPS_OUTLINED,
                            on_click=_go(f"/vereine/{vm.organisation.id}"))
    return [
        (t("angebote.field.area"), t(f"angebote.area.{o['area']}") if o.get("area") else ""),
        (t("angebote.field.direction"), t(f"angebote.direction.{o['direction']}") if o.get("direction") else ""),
        (t("angebote.field.categories"), ", ".join(t(f"angebote.cat.{c}") for c in vm.categories)),
        (t("angebote.field.municipality"), t(f"angebote.town.{o['municipality']}") if o.get("municipality") else ""),
        (t("angebote.field.place"), o.get("place") or ""),
        (t("angebote.field.online_possible"), t("angebote.yes") if o.get("online_possible") else t("angebote.no")),
        (t("angebote.field.commitment"), t(f"angebote.commitment.{o['commitment']}") if o.get("commitment") else ""),
        (t("angebote.field.hours"), hours_text),
        (t("angebote.field.availability"), o.get("availability") or ""),
        (t("angebote.field.organisation"), org),
        (t("angebote.field.owner"), vm.owner_name),
        (t("angebote.field.valid_until"), date_de(o.get("valid_until"))),
        (t("angebote.field.status"), t(f"angebote.status.{o.get('status') or 'draft'}")),
    ]


def _interest_section(vm: OfferDetailViewModel, t) -> list[ft.Control]:
    state = vm.interest_state
    if state == states.OWNER:
        return []
    if state == states.VISITOR:
        return [Notice(t("angebote.interest.login"), icon_name="LOGIN"),
                ft.OutlinedButton(t("angebote.interest.login_button"), icon=ft.Icons.LOGIN, on_click=_go("/profil"))]
    if state == states.CAN_REPORT:
        return [ft.FilledButton(t("angebote.interest.report"), icon=ft.Icons.WAVING_HAND_OUTLINED,
                                on_click=lambda: vm.open_dialog())]
    if state == states.REPORTED and vm.my_interest is not None:
        mine = vm.my_interest
        out: list[ft.Control] = []
        if vm.reported:
            out.append(Notice(t("angebote.interest.sent_notice"), icon_name="CHECK_CIRCLE_OUTLINE"))
        out.append(Notice(t("angebote.interest.already", when=datetime_de(mine.sent_ms),
                            status=t(f"angebote.interest.status.{mine.status}"))))
        if mine.answer:
            out.append(text(t("angebote.interest.already_answer", answer=mine.answer)))
        out.append(ft.TextButton(t("angebote.mine"), icon=ft.Icons.PERSON_OUTLINE, on_click=_go("/meine-angebote")))
        return out
    return [Notice(t("angebote.interest.closed"))]


def _manage_section(vm: OfferDetailViewModel, t) -> list[ft.Control]:
    if not vm.may_edit:
        return []
    out: list[ft.Control] = [
        Heading(t("angebote.detail.manage"), level=2),
        ft.FilledButton(t("angebote.detail.edit"), icon=ft.Icons.EDIT_OUTLINED,
                        on_click=_go(f"/angebote/{vm.offer_id}/bearbeiten")),
        OfferStatusPicker(vm.offer.get("status"), vm.status_choices(), vm.set_status,
                          label=t("angebote.field.status"), error=vm.status_error),
    ]
    if vm.interest_state == states.OWNER:
        out.append(text(t("angebote.detail.received", count=vm.received_count, new=vm.received_new)
                        if vm.received_count else t("angebote.detail.received_none")))
        if vm.received_count:
            out.append(ft.OutlinedButton(t("angebote.detail.to_inbox"), icon=ft.Icons.INBOX_OUTLINED,
                                         on_click=_go("/meine-angebote")))
    return out


@ft.component
def AngebotDetailPage() -> ft.Control:
    t = use_t()
    offer_id = ft.use_route_params().get("id", "")
    session = use_offer_session()
    vm = use_offer_vm(lambda: _make(session, offer_id), [session, offer_id])
    ft.use_dialog(interest_dialog(vm, t))
    back = ("/angebote", t("angebote.detail.back"))
    if not vm.found:
        message = t("angebote.detail.not_found_text") if vm.synced else t("angebote.detail.not_synced")
        return PageFrame(t("angebote.detail.not_found"), [Notice(message)], back=back)
    o = vm.offer
    body: list[ft.Control] = [
        OfferBadges(o.get("direction") or "", o.get("area") or "", o.get("status") or "draft", vm.expired,
                    bool(o.get("online_possible")), show_status=vm.may_edit),
    ]
    if o.get("description"):
        body.append(text(o["description"], theme_style=ft.TextThemeStyle.BODY_LARGE, key="description"))
    # sections in keyed containers: what changes inside one never shifts the others
    body += [
        ft.Column(key="interest", spacing=12, visible=vm.interest_state != states.OWNER,
                  controls=_interest_section(vm, t)),
        ft.Column(key="manage", spacing=12, visible=vm.may_edit, controls=_manage_section(vm, t)),
        ft.Column(key="details", spacing=12, controls=[Heading(t("angebote.detail.details"), level=2),
                                                       OfferFields(_fields(vm, t))]),
    ]
    return PageFrame(o.get("title") or t("angebote.detail.title"), body, back=back)
