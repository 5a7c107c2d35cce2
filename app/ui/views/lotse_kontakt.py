"""/lotsen/<id> — one contact of a care navigator. Only for the roles lotse and coordinator."""

from __future__ import annotations

import flet as ft

from app.ui.hooks import use_session
from app.ui.views.no_access import NoAccessPage
from app.ui.views.placeholder import PlaceholderPage
from app.viewmodels.session import CARE_ROLES


@ft.component
def LotseKontaktPage() -> ft.Control:
    if not use_session().may_see(CARE_ROLES):
        return NoAccessPage()
    return PlaceholderPage(
        "page.lotse_kontakt.title", "page.lotse_kontakt.intro", back=("/lotsen", "nav.lotsen")
    )
