"""The route table: every deep-linkable address of the app and the screen it shows, inside the shell."""

from __future__ import annotations

import flet as ft

from app.ui.components.shell import Shell
from app.ui.views.angebot_detail import AngebotDetailPage
from app.ui.views.angebot_form import AngebotFormPage
from app.ui.views.angebote import AngebotePage
from app.ui.views.anleitung import AnleitungPage
from app.ui.views.barrierefreiheit import BarrierefreiheitPage
from app.ui.views.besuch_form import BesuchFormPage
from app.ui.views.konflikte import KonfliktePage
from app.ui.views.kontakt_form import KontaktFormPage
from app.ui.views.lotse_kontakt import LotseKontaktPage
from app.ui.views.lotsen import LotsenPage
from app.ui.views.mehr import MehrPage
from app.ui.views.meine_angebote import MeineAngebotePage
from app.ui.views.not_found import NotFoundPage
from app.ui.views.profil import ProfilPage
from app.ui.views.start import StartPage
from app.ui.views.termin_detail import TerminDetailPage
from app.ui.views.termin_form import TerminFormPage
from app.ui.views.termine import TerminePage
from app.ui.views.verein_detail import VereinDetailPage
from app.ui.views.vereine import VereinePage
from app.ui.views.werkzeugkasten import WerkzeugkastenPage

# (path pattern, screen). Ids are opaque strings (UUIDv7); ":id" matches one path segment.
PAGES: tuple[tuple[str, object], ...] = (
    ("start", StartPage),
    ("angebote", AngebotePage),
    ("angebote/neu", AngebotFormPage),  # before "angebote/:id": the first match wins
    ("angebote/:id", AngebotDetailPage),
    ("angebote/:id/bearbeiten", AngebotFormPage),
    ("meine-angebote", MeineAngebotePage),
    ("vereine", VereinePage),
    ("vereine/:id", VereinDetailPage),
    ("werkzeugkasten", WerkzeugkastenPage),
    ("werkzeugkasten/:id", AnleitungPage),
    ("termine", TerminePage),
    ("termine/neu", TerminFormPage),  # before "termine/:id": the first match wins
    ("termine/:id", TerminDetailPage),
    ("termine/:id/bearbeiten", TerminFormPage),
    ("lotsen", LotsenPage),
    ("lotsen/neu", KontaktFormPage),  # before "lotsen/:id": the first match wins
    ("lotsen/:id", LotseKontaktPage),
    ("lotsen/:id/besuch", BesuchFormPage),
    ("lotsen/:id/bearbeiten", KontaktFormPage),
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
