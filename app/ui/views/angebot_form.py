"""/angebote/neu and /angebote/<id>/bearbeiten — the offer form. Each message from core.validation appears next
to its field; nothing typed is lost when saving fails; after saving the offer opens."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import flet as ft

from app.ui.components.notice import Notice
from app.ui.components.offer_chip_group import OfferChipGroup
from app.ui.components.offer_hooks import use_offer_session, use_offer_vm
from app.ui.components.offer_radio_group import OfferRadioGroup
from app.ui.components.offer_status_picker import OfferStatusPicker
from app.ui.components.page_frame import PageFrame
from app.ui.components.switch_tile import SwitchTile
from app.ui.components.text_input import TextInput
from app.ui.hooks import use_t
from app.ui.text import text
from app.viewmodels.offer_form import MAX_CATEGORIES, OfferFormViewModel
from app.viewmodels.offers import date_de, parse_date_de
from core import reference as ref


def _go(route: str):
    return lambda: ft.context.page.navigate(route)


@ft.component
def AngebotFormPage() -> ft.Control:
    t = use_t()
    offer_id = ft.use_route_params().get("id") or None
    session = use_offer_session()
    vm = use_offer_vm(lambda: OfferFormViewModel(session, offer_id), [session, offer_id])
    title = t("angebote.form.new_title") if vm.is_new else t("angebote.form.edit_title")
    back = ("/angebote", t("angebote.detail.back")) if vm.is_new else (
        f"/angebote/{offer_id}", t("angebote.form.back_detail"))

    if not vm.signed_in:
        return PageFrame(title, [Notice(t("angebote.form.login"), icon_name="LOGIN"),
                                 ft.FilledButton(t("angebote.interest.login_button"), icon=ft.Icons.LOGIN,
                                                 on_click=_go("/profil"))], back=back)
    if not vm.found:
        return PageFrame(t("angebote.detail.not_found"), [Notice(t("angebote.detail.not_found_text"))], back=back)
    if not vm.may_edit:
        return PageFrame(title, [Notice(t("angebote.form.no_right"))], back=back)

    v, err = vm.values, vm.errors

    def field(name: str, **kwargs) -> ft.Control:
        return ft.Row(key=f"row-{name}", controls=[TextInput(
            key=f"field-{name}",
            label=t(f"angebote.field.{name}"),
            value=v.get(name) or "",
            error=err.get(name),
            error_max_lines=4,
            helper_max_lines=3,
            on_change=lambda e, n=name: vm.set(n, e.control.value),
            expand=True,
            **kwargs,
        )])

    def save() -> None:
        saved = vm.save()
        if saved:
            ft.context.page.navigate(f"/angebote/{saved}")

    def picked(e: ft.Event[ft.DatePicker]) -> None:
        value = e.control.value
        if value:
            # the picker reports the chosen day's local midnight in UTC (30.11. in Berlin = 29.11., 23:00 UTC):
            # noon of that instant is the chosen day in every time zone from UTC-12 to UTC+12
            vm.set("valid_until", date_de((value + timedelta(hours=12)).date().isoformat()), typed=False)

    def pick_date() -> None:
        current = parse_date_de(v.get("valid_until") or "")
        today = date.today()
        ft.context.page.show_dialog(ft.DatePicker(
            value=datetime.fromisoformat(current) + timedelta(hours=12) if current else None,
            first_date=datetime(today.year, today.month, today.day),
            last_date=datetime(today.year + 10, 12, 31),
            on_change=picked,
        ))

    def category(value: str, on: bool) -> None:
        vm.toggle_category(value, on)

    orgs = vm.organisation_choices()
    summary = (t("angebote.form.problems_one") if vm.error_count == 1
               else t("angebote.form.problems", count=vm.error_count))
    # fixed slots (shown or hidden), so the fields below never change places when messages come and go
    controls: list[ft.Control] = [
        text(t("angebote.form.intro")),
        ft.Container(key="summary", visible=bool(vm.error_count),
                     content=ft.Semantics(live_region=True, content=Notice(summary, icon_name="ERROR_OUTLINE"))),
        ft.Container(key="form-error", visible=bool(vm.form_error),
                     content=text(vm.form_error or "", color=ft.Colors.ERROR)),
    ]
    controls += [
        OfferRadioGroup(t("angebote.field.area"), v.get("area"),
                        [(a, t(f"angebote.area.{a}")) for a in ref.AREAS],
                        lambda value: vm.set("area", value), error=err.get("area"), key="area"),
        OfferRadioGroup(t("angebote.field.direction"), v.get("direction"),
                        [(d, t(f"angebote.direction.{d}")) for d in ref.DIRECTIONS],
                        lambda value: vm.set("direction", value), error=err.get("direction"), key="direction"),
        field("title", helper=t("angebote.form.required")),
        field("description", multiline=True, min_lines=3, max_lines=10),
        OfferChipGroup(t("angebote.field.categories"),
                       [(c, t(f"angebote.cat.{c}")) for c in ref.CATEGORIES],
                       set(v.get("categories") or []), category, error=err.get("categories"),
                       help_text=t("angebote.form.categories_help", max=MAX_CATEGORIES), key="categories"),
        OfferRadioGroup(t("angebote.field.municipality"), v.get("municipality"),
                        [(m, t(f"angebote.town.{m}")) for m in ref.MUNICIPALITIES],
                        lambda value: vm.set("municipality", value), error=err.get("municipality"), key="municipality"),
        field("place"),
        SwitchTile(t("angebote.field.online_possible"), bool(v.get("online_possible")),
                   lambda e: vm.set("online_possible", bool(e.control.value)), key="online_possible"),
        OfferRadioGroup(t("angebote.field.commitment"), v.get("commitment"),
                        [(c, t(f"angebote.commitment.{c}")) for c in ref.COMMITMENT],
                        lambda value: vm.set("commitment", value), error=err.get("commitment"), key="commitment"),
        field("hours", keyboard_type=ft.KeyboardType.NUMBER, helper=t("angebote.form.hours_help")),
        field("availability"),
    ]
    if orgs:
        controls.append(OfferRadioGroup(
            t("angebote.field.organisation"), v.get("organisation") or "none",
            [("none", t("angebote.form.no_organisation"))] + [(o.id, o.name) for o in orgs],
            lambda value: vm.set("organisation", value), error=err.get("organisation"), key="organisation"))
    controls += [
        ft.Row(
            key="valid_until",
            vertical_alignment=ft.CrossAxisAlignment.START,
            controls=[
                ft.Container(expand=True, content=field("valid_until", helper=t("angebote.form.date_help"),
                                                        keyboard_type=ft.KeyboardType.DATETIME)),
                ft.IconButton(icon=ft.Icon(ft.Icons.CALENDAR_MONTH, semantics_label=t("angebote.form.pick_date")),
                              tooltip=t("angebote.form.pick_date"), on_click=pick_date),
            ],
        ),
        OfferStatusPicker(v.get("status"), vm.status_choices(), lambda value: vm.set("status", value),
                          label=t("angebote.field.status"), error=err.get("status"), with_help=True, key="status"),
        ft.Row(key="actions", wrap=True, spacing=8, run_spacing=8, controls=[
            ft.FilledButton(t("angebote.form.save"), icon=ft.Icons.SAVE_OUTLINED, on_click=save),
            ft.TextButton(t("angebote.form.cancel"), on_click=_go(back[0])),
        ]),
    ]
    return PageFrame(title, controls, back=back)
