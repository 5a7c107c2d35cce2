"""/profil — sign in/out, the person's profile (display name), the sync server, display settings and the way to
the accessibility statement and feedback channel (BITV NRW)."""

from __future__ import annotations

import flet as ft

from app.ui.components.account_panel import AccountPanel
from app.ui.components.display_settings import DisplaySettings
from app.ui.components.feedback_button import FeedbackButton
from app.ui.components.heading import Heading
from app.ui.components.login_form import LoginForm
from app.ui.components.page_frame import PageFrame
from app.ui.components.server_settings import ServerSettings
from app.ui.hooks import use_preferences, use_session, use_session_viewmodel, use_t
from app.ui.text import text
from app.viewmodels.login import LoginViewModel
from app.viewmodels.profile import ProfileViewModel, server_editable


@ft.component
def ProfilPage() -> ft.Control:
    t = use_t()
    session = use_session()
    prefs = use_preferences()
    editable = server_editable(bool(ft.context.page.web))
    app_session, login = use_session_viewmodel(lambda s: LoginViewModel(s, prefs))
    _, profile = use_session_viewmodel(lambda s: ProfileViewModel(s, prefs, server_editable=editable))
    # keyed: a notice coming or going never moves the form or the settings to another place in the tree
    controls: list[ft.Control] = [Heading(t("profil.account"), level=2)]
    if login is None or profile is None:  # rendered without an AppSession: only what needs no data
        controls.append(text(t("page.profil.visitor")))
    elif session.is_visitor:
        controls.append(text(t("page.profil.visitor")))
        if login.notice:
            controls.append(text(login.text(login.notice, t)))
        controls.append(LoginForm(login, key="login"))
    else:
        controls.append(AccountPanel(profile, login, app_session.status.pending, key="account"))
    if profile is not None:
        controls += [Heading(t("profil.server"), level=2), ServerSettings(profile, key="server")]
    controls += [
        DisplaySettings(key="display"),
        Heading(t("profil.accessibility"), level=2),
        ft.TextButton(t("profil.statement_link"), icon=ft.Icons.ACCESSIBILITY_NEW, key="statement",
                      on_click=lambda: ft.context.page.navigate("/barrierefreiheit")),
        FeedbackButton(t("page.profil.title"), key="feedback"),
    ]
    return PageFrame(t("page.profil.title"), controls)
