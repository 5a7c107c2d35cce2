"""The coaching part of a club's profile: what coaching is, the person's own requests for this club, and the
"Coaching anfragen" button that opens the request form (visitors are asked to sign in)."""

from __future__ import annotations

import flet as ft

from app.ui.components.appointment_tile import AppointmentTile
from app.ui.components.club_coaching_form import ClubCoachingForm
from app.ui.components.heading import Heading
from app.ui.components.notice import Notice
from app.ui.hooks import use_settings, use_t
from app.ui.text import text
from app.viewmodels.appointments import berlin_today
from app.viewmodels.club_detail import ClubDetailViewModel
from app.viewmodels.coaching import CoachingRequestViewModel
from core import reference as ref


@ft.component
def ClubCoachingSection(vm: ClubDetailViewModel, club_id: str) -> ft.Control:
    t = use_t()
    language = use_settings().settings.language
    open_form, set_open_form = ft.use_state(False)
    sent, set_sent = ft.use_state(None)
    form = ft.use_memo(lambda: CoachingRequestViewModel(vm.session, club_id, language=language),
                       [vm.session, club_id, language])
    controls: list[ft.Control] = [Heading(t("vereine.coaching.heading"), level=2),
                                  text(t("vereine.coaching.intro"), theme_style=ft.TextThemeStyle.BODY_LARGE)]
    if (vm.club or {}).get("wants_coaching"):
        controls.append(Notice(t("vereine.detail.wants_coaching"), icon_name="LIGHTBULB_OUTLINE"))
    today = berlin_today()
    for entry in vm.my_requests:
        controls.append(AppointmentTile(entry, today=today, key=entry.id))

    def done(appointment_id: str | None) -> None:
        set_open_form(False)
        set_sent(appointment_id)
        form.reset()

    if not vm.may_request_coaching:
        controls += [Notice(t("vereine.coaching.login"), icon_name="LOGIN"),
                     ft.OutlinedButton(t("vereine.coaching.go_login"), icon=ft.Icons.LOGIN,
                                       on_click=lambda: ft.context.page.navigate("/profil"))]
    elif open_form:
        controls.append(ClubCoachingForm(form, done, key="coaching-form"))  # keyed: keeps its place and text
    else:
        if sent:
            town = ref.MUNICIPALITIES.get((vm.club or {}).get("municipality") or "", "")
            controls.append(ft.Semantics(live_region=True, content=Notice(
                t("vereine.coaching.sent", town=town), icon_name="CHECK_CIRCLE_OUTLINE")))
        controls.append(ft.FilledButton(t("vereine.coaching.open"), icon=ft.Icons.SUPPORT_AGENT, key="coaching-open",
                                        on_click=lambda: set_open_form(True)))
    return ft.Column(spacing=12, controls=controls)
