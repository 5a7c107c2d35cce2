"""/lotsen/<id>/besuch — "Besuch erfassen", fully offline. Only for the roles lotse and coordinator.

Every change is saved as a draft on the device (debounced; at once when leaving the page), so nothing is lost on a
time-out, a reload or the app being killed; reopening the form resumes the draft. "Besuch speichern" records the
visit (append-only) and the optional follow-up task, "Entwurf verwerfen" deletes the draft after a confirmation.
"""

from __future__ import annotations

import flet as ft

from app.ui.components.care_access import CareGate, use_care_viewmodel
from app.ui.components.care_date_field import CareDateField
from app.ui.components.care_topic_chips import CareTopicChips
from app.ui.components.heading import Heading
from app.ui.components.notice import Notice
from app.ui.components.page_frame import PageFrame
from app.ui.components.text_input import TextInput
from app.ui.hooks import use_app_session, use_t
from app.ui.text import text
from app.viewmodels.visit_form import NOT_FOUND, OK, VisitFormViewModel


@ft.component
def BesuchFormPage() -> ft.Control:
    return CareGate(BesuchFormScreen, contact_id=ft.use_route_params().get("id", ""))


@ft.component
def BesuchFormScreen(contact_id: str) -> ft.Control:
    t = use_t()
    session = use_app_session()
    vm = use_care_viewmodel(lambda: VisitFormViewModel(session, contact_id, t=t), [session, contact_id])
    vm.t = t
    confirm_discard, set_confirm_discard = ft.use_state(False)
    page = ft.context.page
    contact_route = f"/lotsen/{contact_id}"

    def discard() -> None:
        set_confirm_discard(False)
        vm.discard()

    ft.use_dialog(ft.AlertDialog(
        modal=True,
        title=text(t("lotsen.visit_form.discard_title")),
        content=text(t("lotsen.visit_form.discard_text")),
        actions=[
            ft.TextButton(t("lotsen.visit_form.discard_cancel"), on_click=lambda: set_confirm_discard(False)),
            ft.FilledButton(t("lotsen.visit_form.discard_confirm"), on_click=discard,
                            style=ft.ButtonStyle(bgcolor=ft.Colors.ERROR, color=ft.Colors.ON_ERROR)),
        ],
    ) if confirm_discard else None)

    if vm.state != OK:
        key = "lotsen.error.not_found" if vm.state == NOT_FOUND else "lotsen.error.no_access"
        return PageFrame(t("lotsen.visit_form.title"), [Notice(t(key), icon_name="PERSON_OFF")],
                         back=("/lotsen", t("nav.back_to", page=t("lotsen.title.mine"))))

    def save() -> None:
        if vm.save() is not None:
            page.navigate(contact_route)

    def field(name: str, label: str, **kwargs) -> ft.Control:
        # in a Row so that it takes the full width; keyed, so notices coming and going never move it
        return ft.Row(key=f"row-{name}", controls=[TextInput(
            label=label, value=vm.values[name], error=vm.errors.get(name), error_max_lines=4, expand=True,
            on_change=lambda e: vm.set(name, e.control.value or ""), **kwargs)])

    def date_field(name: str, label: str, **kwargs) -> ft.Control:
        return CareDateField(label, vm.values[name], lambda value: vm.set(name, value), error=vm.errors.get(name),
                             calendar_label=t("lotsen.calendar_for", field=label), key=f"date-{name}", **kwargs)

    controls: list[ft.Control] = [text(t("lotsen.visit_form.for", name=vm.name))]
    if vm.resumed_text:
        controls.append(Notice(vm.resumed_text, icon_name="RESTORE"))
    controls += [
        ft.Semantics(key="draft-status", live_region=True, container=True, content=text(
            vm.draft_status or t("lotsen.draft.hint"), theme_style=ft.TextThemeStyle.BODY_MEDIUM,
            color=ft.Colors.ERROR if vm.draft_failed else ft.Colors.ON_SURFACE_VARIANT)),
        date_field("date", t("lotsen.visit_form.date")),
        field("duration", t("lotsen.visit_form.duration"), keyboard_type=ft.KeyboardType.NUMBER),
        Heading(t("lotsen.visit_form.topics"), level=2),
    ]
    if not vm.health_consent:
        controls.append(text(t("lotsen.visit_form.no_health_topics"), color=ft.Colors.ON_SURFACE_VARIANT))
    controls.append(CareTopicChips([(x, vm.topic_label(x)) for x in vm.topic_choices], vm.topics,
                                   vm.toggle_topic, key="topics"))
    if vm.errors.get("topics"):
        controls.append(text(vm.errors["topics"], color=ft.Colors.ERROR))
    controls += [
        field("notes", t("lotsen.visit_form.notes"), multiline=True, min_lines=3, max_lines=12,
              max_length=5000),
        field("next_steps", t("lotsen.visit_form.next_steps"), multiline=True, min_lines=2, max_lines=8,
              max_length=2000),
        date_field("next_visit", t("lotsen.visit_form.next_visit")),
        Heading(t("lotsen.visit_form.task_heading"), level=2),
        field("task_text", t("lotsen.visit_form.task_text"), max_length=300),
        date_field("task_due", t("lotsen.visit_form.task_due")),
    ]
    if vm.errors.get("form"):
        controls.append(text(vm.errors["form"], color=ft.Colors.ERROR))
    if vm.errors:
        controls.append(ft.Semantics(live_region=True, container=True, content=text(
            t("lotsen.visit_form.has_errors"), color=ft.Colors.ERROR, weight=ft.FontWeight.W_600)))
    controls.append(ft.Row(key="actions", wrap=True, spacing=8, run_spacing=8, controls=[
        ft.FilledButton(t("lotsen.visit_form.save"), icon=ft.Icons.SAVE, on_click=save),
        ft.OutlinedButton(t("lotsen.visit_form.discard"), icon=ft.Icons.DELETE_OUTLINE,
                          on_click=lambda: set_confirm_discard(True),
                          disabled=not (vm.has_content or vm.has_draft)),
    ]))
    return PageFrame(t("lotsen.visit_form.title"), controls,
                     back=(contact_route, t("nav.back_to", page=vm.name)))
