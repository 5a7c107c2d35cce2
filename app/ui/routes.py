"""The route table: every deep-linkable address of the app and the screen it shows, inside the shell."""

from __future__ import annotations

import flet as ft

from app.ui.components.shell import Shell
from app.ui.views.angebot_detail import AngebotDetailPage
from app.ui.views.angebote import AngebotePage
from app.ui.views.barrierefreiheit import BarrierefreiheitPage
from app.ui.views.konflikte import KonfliktePage
from app.ui.views.lotse_kontakt import LotseKontaktPage
from app.ui.views.lotsen import LotsenPage
from app.ui.views.mehr import MehrPage
from app.ui.views.not_found import NotFoundPage
from app.ui.views.profil import ProfilPage
from app.ui.views.start import StartPage
from app.ui.views.termine import TerminePage
from app.ui.views.verein_detail import VereinDetailPage
from app.ui.views.vereine import VereinePage
from app.ui.views.werkzeugkasten import WerkzeugkastenPage

# (path pattern, screen). Ids are opaque strings (UUIDv7); ":id" matches one path segment.
PAGES: tuple[tuple[str, object], ...] = (
    ("start", StartPage),
    ("angebote", AngebotePage),
    ("angebote/:id", AngebotDetailPage),
    ("vereine", VereinePage),
    ("vereine/:id", VereinDetailPage),
    ("werkzeugkasten", WerkzeugkastenPage),
    ("termine", TerminePage),
    ("lotsen", LotsenPage),
    ("lotsen/:id", LotseKontaktPage),
    ("konflikte", KonfliktePage),
    ("profil", ProfilPage),
    ("barrierefreiheit", BarrierefreiheitPage),
    ("mehr", MehrPage),
)


def build_routes() -> list[ft.Route]:
    children = [ft.Route(index=True, component=StartPage)]
    children += [ft.Route(path=path, component=screen) for path, screen in PAGES]
    children.append(ft.Route(path=":rest*", component=NotFoundPage))  # last: anything else
    return [ft.Route(component=Shell, children=children)]
