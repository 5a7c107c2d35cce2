"""/lotsen/<id> — one contact of a care navigator. Only for the roles lotse and coordinator ("Kein Zugriff" else).

Top: name, town, next visit (overdue highlighted) and the main action "Besuch erfassen". Then contact details
(phone: tap to call), care grade and needs (only with consent to health data), the consent, follow-up tasks and
the visit timeline (newest first, never editable: a correction is a new entry).
"""

from __future__ import annotations

import flet as ft

from app.ui.components.care_access import CareGate, use_care_viewmodel
from app.ui.components.care_consent_card import CareConsentCard
from app.ui.components.care_date_field import CareDateField
from app.ui.components.care_task_row import CareTaskRow
from app.ui.components.care_visit_entry import CareVisitEntry
from app.ui.components.heading import Heading
from app.ui.components.notice import Notice
from app.ui.components.page_frame import PageFrame
from app.ui.components.text_input import TextInput
from app.ui.hooks import use_app_session, use_t
from app.ui.text import text
from app.viewmodels.contact_detail import NOT_FOUND, OK, ContactDetailViewModel
from app.viewmodels.tasks import TasksViewModel


@ft.component
def LotseKontaktPage() -> ft.Control:
    return CareGate(LotseKontaktScreen, contact_id=ft.use_route_params().get("id", ""))


def _field(label: str, value: str) -> ft.Control:
    return ft.Column(spacing=2, tight=True, controls=[
        text(label, theme_style=ft.TextThemeStyle.LABEL_LARGE, color=ft.Colors.ON_SURFACE_VARIANT),
        text(value),
    ])


@ft.component
def LotseKontaktScreen(contact_id: str) -> ft.Control:
    t = use_t()
    session = use_app_session()
    vm = use_care_viewmodel(lambda: ContactDetailViewModel(session, contact_id, t=t), [session, contact_id])
    tasks = use_care_viewmodel(lambda: TasksViewModel(session, contact_id, t=t), [session, contact_id])
    vm.t = tasks.t = t
    page = ft.context.page
    back = ("/lotsen", t("nav.back_to", page=t("lotsen.title.mine")))

    if vm.state != OK:
        key = "lotsen.error.not_found" if vm.state == NOT_FOUND else "lotsen.error.no_access"
        return PageFrame(t("lotsen.contact.unknown_title"), [Notice(t(key), icon_name="PERSON_OFF")], back=back)

    async def call() -> None:
        if vm.phone_url:
            await ft.UrlLauncher().launch_url(vm.phone_url)

    def toggle_task(task_id: str, done: bool) -> None:
        tasks.set_done(task_id, done)

    # -- head: where things stand, the main action
    head: list[ft.Control] = []
    facts = [vm.town] + ([vm.care_grade_text] if vm.care_grade_text else [])
    head.append(text(" · ".join(facts), color=ft.Colors.ON_SURFACE_VARIANT))
    if vm.next_visit and vm.next_visit_overdue:
        head.append(ft.Container(
            bgcolor=ft.Colors.ERROR_CONTAINER, border_radius=12, padding=12,
            content=text(t("lotsen.contact.next_visit_overdue", date=vm.next_visit_text),
                         color=ft.Colors.ON_ERROR_CONTAINER, weight=ft.FontWeight.W_600)))
    elif vm.next_visit:
        head.append(Notice(t("lotsen.contact.next_visit", date=vm.next_visit_text), icon_name="EVENT"))
    else:
        head.append(Notice(t("lotsen.contact.no_next_visit"), icon_name="EVENT_BUSY"))
    actions: list[ft.Control] = [ft.FilledButton(
        t("lotsen.contact.continue_visit" if vm.has_visit_draft else "lotsen.contact.record_visit"),
        icon=ft.Icons.EDIT_NOTE, on_click=lambda: page.navigate(f"/lotsen/{contact_id}/besuch"))]
    if vm.may_edit:
        actions.append(ft.OutlinedButton(t("lotsen.contact.edit"), icon=ft.Icons.EDIT,
                                         on_click=lambda: page.navigate(f"/lotsen/{contact_id}/bearbeiten")))
    head.append(ft.Row(wrap=True, spacing=8, run_spacing=8, controls=actions))

    # -- contact details
    details: list[ft.Control] = [Heading(t("lotsen.contact.details"), level=2)]
    if vm.address:
        details.append(_field(t("lotsen.field.address"), vm.address))
    if vm.phone:
        details.append(ft.FilledTonalButton(t("lotsen.contact.call", phone=vm.phone), icon=ft.Icons.PHONE,
                                            on_click=call, disabled=vm.phone_url is None))
    if vm.contact_person is not None:
        details.append(_field(t("lotsen.field.contact_person"), vm.contact_person or t("lotsen.none_given")))
    details.append(_field(t("lotsen.field.assigned"), ", ".join(vm.assigned)))

    # -- care and needs
    care: list[ft.Control] = [Heading(t("lotsen.contact.care"), level=2)]
    if vm.care_grade_text is not None:
        care.append(_field(t("lotsen.field.care_grade"), vm.care_grade_text))
    care.append(_field(t("lotsen.field.needs"), vm.needs or t("lotsen.none_given")))
    care.append(_field(t("lotsen.field.referrals"), vm.referrals or t("lotsen.none_given")))

    # -- tasks
    task_controls: list[ft.Control] = [Heading(t("lotsen.tasks.title"), level=2)]
    if tasks.overdue_count:
        task_controls.append(text(t("lotsen.tasks.overdue_summary", count=tasks.overdue_count),
                                  color=ft.Colors.ERROR, weight=ft.FontWeight.W_600))
    if not tasks.open_tasks:
        task_controls.append(text(t("lotsen.tasks.none_open"), color=ft.Colors.ON_SURFACE_VARIANT))
    task_controls += [CareTaskRow(task, toggle_task, t, key=task.id) for task in tasks.open_tasks]
    task_controls += [
        ft.Row(key="new-task", controls=[TextInput(
            label=t("lotsen.tasks.new"), value=tasks.new_text, error=tasks.errors.get("text"), error_max_lines=4,
            expand=True,
            on_change=lambda e: tasks.set_text(e.control.value or ""), max_length=300)]),
        CareDateField(t("lotsen.tasks.new_due"), tasks.new_due, tasks.set_due, error=tasks.errors.get("due"),
                      calendar_label=t("lotsen.calendar_for", field=t("lotsen.tasks.new_due")), key="new-due"),
    ]
    if tasks.errors.get("form"):
        task_controls.append(text(tasks.errors["form"], color=ft.Colors.ERROR))
    task_controls.append(ft.OutlinedButton(t("lotsen.tasks.add"), icon=ft.Icons.ADD_TASK, on_click=tasks.add,
                                           key="add-task"))
    task_controls.append(ft.Semantics(live_region=True, container=True, content=text(tasks.message)))
    if tasks.done_tasks:
        task_controls.append(Heading(t("lotsen.tasks.done_title"), level=3))
        task_controls += [CareTaskRow(task, toggle_task, t, key=task.id) for task in tasks.done_tasks]

    # -- visits
    visit_controls: list[ft.Control] = [
        Heading(t("lotsen.visits.title"), level=2),
        text(t("lotsen.visits.append_only"), color=ft.Colors.ON_SURFACE_VARIANT),
    ]
    if not vm.visits:
        visit_controls.append(text(t("lotsen.visits.none")))
    visit_controls += [CareVisitEntry(entry, t, key=entry.id) for entry in vm.visits]

    return PageFrame(vm.name, [
        *head,
        ft.Divider(),
        *details,
        ft.Divider(),
        *care,
        CareConsentCard(vm.consent, t),
        ft.Divider(),
        *task_controls,
        ft.Divider(),
        *visit_controls,
    ], back=back)
