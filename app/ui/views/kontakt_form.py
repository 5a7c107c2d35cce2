"""/lotsen/neu and /lotsen/<id>/bearbeiten — create or edit a contact. Only for the roles lotse and coordinator.

Consent (scope and date) is required and recorded with the person who took it; the care grade field exists only
with consent to health data, the contact person only with consent to contact relatives. German messages appear
next to the fields.
"""

from __future__ import annotations

import flet as ft

from app.ui.components.care_access import CareGate, use_care_viewmodel
from app.ui.components.care_date_field import CareDateField
from app.ui.components.heading import Heading
from app.ui.components.notice import Notice
from app.ui.components.page_frame import PageFrame
from app.ui.components.radio_tile import RadioTile
from app.ui.components.switch_tile import SwitchTile
from app.ui.components.text_input import TextInput
from app.ui.hooks import use_app_session, use_t
from app.ui.text import text
from app.viewmodels.contact_form import CARE_GRADES, NOT_FOUND, OK, ContactFormViewModel


@ft.component
def KontaktFormPage() -> ft.Control:
    return CareGate(KontaktFormScreen, contact_id=ft.use_route_params().get("id") or None)


@ft.component
def KontaktFormScreen(contact_id: str | None) -> ft.Control:
    t = use_t()
    session = use_app_session()
    vm = use_care_viewmodel(lambda: ContactFormViewModel(session, contact_id, t=t), [session, contact_id])
    vm.t = t
    page = ft.context.page
    title = t("lotsen.form.title_new" if vm.is_new else "lotsen.form.title_edit")
    back_route = "/lotsen" if vm.is_new else f"/lotsen/{contact_id}"
    back = (back_route, t("nav.back_to", page=t("lotsen.title.mine") if vm.is_new else (
        (vm.original or {}).get("name") or t("lotsen.contact.unknown_title"))))

    if vm.state != OK:
        key = "lotsen.error.not_found" if vm.state == NOT_FOUND else "lotsen.error.no_access"
        return PageFrame(title, [Notice(t(key), icon_name="PERSON_OFF")], back=back)

    def save() -> None:
        saved = vm.save()
        if saved is not None:
            page.navigate(f"/lotsen/{saved}")

    def field(name: str, label: str, **kwargs) -> ft.Control:
        # in a Row so that it takes the full width; keyed, so messages coming and going never move it
        return ft.Row(key=f"row-{name}", controls=[TextInput(
            label=label, value=vm.values[name], error=vm.errors.get(name), error_max_lines=4, expand=True,
            on_change=lambda e: vm.set(name, e.control.value or ""), **kwargs)])

    def scope_switch(scope: str, label: str) -> ft.Control:
        return SwitchTile(label, scope in vm.scopes, lambda e: vm.toggle_scope(scope, bool(e.control.value)),
                          key=f"scope-{scope}")

    def on_grade(e: ft.Event[ft.RadioGroup]) -> None:
        value = e.control.value or ""
        vm.set_care_grade("" if value == "none" else value)

    consent: list[ft.Control] = [
        Heading(t("lotsen.form.consent"), level=2),
        text(t("lotsen.form.consent_intro")),
        *[scope_switch(scope, label) for scope, label in vm.scope_choices],
    ]
    if vm.errors.get("consent_scope"):
        consent.append(text(vm.errors["consent_scope"], color=ft.Colors.ERROR))
    consent += [
        CareDateField(t("lotsen.form.consent_date"), vm.values["consent_date"],
                      lambda value: vm.set("consent_date", value), error=vm.errors.get("consent_date"),
                      calendar_label=t("lotsen.calendar_for", field=t("lotsen.form.consent_date")),
                      key="consent_date"),
        text(t("lotsen.form.recorded_by", by=vm.recorded_by),
             color=ft.Colors.ON_SURFACE_VARIANT),
    ]
    if vm.removal_notice:
        consent.append(Notice(vm.removal_notice, icon_name="WARNING_AMBER"))

    person: list[ft.Control] = [
        Heading(t("lotsen.form.person"), level=2),
        field("name", t("lotsen.form.name"), max_length=120),
        field("address", t("lotsen.field.address"), max_length=200),
        field("phone", t("lotsen.field.phone"), keyboard_type=ft.KeyboardType.PHONE, max_length=40),
    ]
    if vm.relatives_allowed:
        person.append(field("contact_person", t("lotsen.field.contact_person"), max_length=200))
    else:
        person.append(text(t("lotsen.form.no_relatives"), color=ft.Colors.ON_SURFACE_VARIANT))

    care: list[ft.Control] = [Heading(t("lotsen.contact.care"), level=2)]
    if vm.health_allowed:
        care += [
            Heading(t("lotsen.field.care_grade"), level=3),
            ft.RadioGroup(
                key="care_grade",
                value=vm.care_grade or "none",
                on_change=on_grade,
                content=ft.Column(spacing=0, controls=[
                    RadioTile("none", t("lotsen.form.grade_unknown")),
                    *[RadioTile(g, t("lotsen.care_grade_none") if g == "0"
                                else t("lotsen.care_grade_value", grade=g)) for g in CARE_GRADES],
                ]),
            ),
        ]
        if vm.errors.get("care_grade"):
            care.append(text(vm.errors["care_grade"], color=ft.Colors.ERROR))
    else:
        care.append(text(t("lotsen.form.no_health"), color=ft.Colors.ON_SURFACE_VARIANT))
    care += [
        field("needs", t("lotsen.field.needs"), multiline=True, min_lines=3, max_lines=10, max_length=5000),
        field("referrals", t("lotsen.field.referrals"), multiline=True, min_lines=2, max_lines=8,
              max_length=5000),
    ]

    assignment: list[ft.Control] = [Heading(t("lotsen.form.assignment"), level=2),
                                    text(t("lotsen.form.town", town=vm.town))]
    if vm.may_assign:
        assignment.append(field("assigned", t("lotsen.form.assigned"),
                                helper=t("lotsen.form.assigned_help"), helper_max_lines=3))
    else:
        assignment.append(text(t("lotsen.form.assigned_fixed", names=vm.values["assigned"] or "")))
        if vm.errors.get("assigned"):
            assignment.append(text(vm.errors["assigned"], color=ft.Colors.ERROR))

    footer: list[ft.Control] = []
    if vm.errors.get("form"):
        footer.append(text(vm.errors["form"], color=ft.Colors.ERROR))
    if vm.errors:
        footer.append(ft.Semantics(live_region=True, container=True, content=text(
            t("lotsen.form.has_errors"), color=ft.Colors.ERROR, weight=ft.FontWeight.W_600)))
    footer.append(ft.Row(key="actions", wrap=True, spacing=8, run_spacing=8, controls=[
        ft.FilledButton(t("lotsen.form.save"), icon=ft.Icons.SAVE, on_click=save),
        ft.TextButton(t("lotsen.form.cancel"), on_click=lambda: page.navigate(back_route)),
    ]))
    return PageFrame(title, [*person, *consent, *care, *assignment, *footer], back=back)
