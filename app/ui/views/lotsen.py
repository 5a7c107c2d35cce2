"""/lotsen — the care navigator's contacts. Only for the roles lotse and coordinator (others: "Kein Zugriff").

The real gate is the server (a device never receives care data it may not see); this only keeps the UI honest.
"""

from __future__ import annotations

import flet as ft

from app.ui.hooks import use_session
from app.ui.views.no_access import NoAccessPage
from app.ui.views.placeholder import PlaceholderPage
from app.viewmodels.session import CARE_ROLES


@ft.component
def LotsenPage() -> ft.Control:
    if not use_session().may_see(CARE_ROLES):
        return NoAccessPage()
    return PlaceholderPage("page.lotsen.title", "page.lotsen.intro")
