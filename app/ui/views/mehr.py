"""/mehr — on phones, every destination that does not fit into the bottom bar."""

from __future__ import annotations

import flet as ft

from app.ui.components.destination_list import DestinationList
from app.ui.components.page_frame import PageFrame
from app.ui.hooks import use_session, use_t
from app.viewmodels.shell import more_destinations


@ft.component
def MehrPage() -> ft.Control:
    t = use_t()
    return PageFrame(t("page.mehr.title"), [DestinationList(more_destinations(use_session().roles))])
