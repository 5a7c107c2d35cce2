"""/werkzeugkasten/<id> — one guide of the toolbox: title (H1), summary, topics, the Markdown body with real
headings."""

from __future__ import annotations

import flet as ft

from app.ui.components.guide_body import GuideBody
from app.ui.components.notice import Notice
from app.ui.components.page_frame import PageFrame
from app.ui.hooks import use_live_viewmodel, use_t
from app.ui.text import text
from app.viewmodels.guides import GuideViewModel


@ft.component
def AnleitungPage() -> ft.Control:
    t = use_t()
    guide_id = ft.use_route_params().get("id", "")
    _, vm = use_live_viewmodel(lambda s: GuideViewModel(s, guide_id), [guide_id])
    back = ("/werkzeugkasten", t("werkzeugkasten.back"))
    if vm is None or not vm.found:
        return PageFrame(t("werkzeugkasten.guide_title"), [Notice(t("werkzeugkasten.guide_not_found"))],
                         back=back)
    guide = vm.guide or {}
    body: list[ft.Control] = []
    if guide.get("summary"):
        body.append(ft.Text(guide["summary"], theme_style=ft.TextThemeStyle.BODY_LARGE,
                            italic=True))
    if vm.category_labels:
        body.append(text(", ".join(vm.category_labels), theme_style=ft.TextThemeStyle.BODY_MEDIUM,
                         color=ft.Colors.ON_SURFACE_VARIANT))
    body.append(GuideBody(vm.blocks))
    body.append(Notice(t("werkzeugkasten.coaching_hint"), icon_name="SUPPORT_AGENT"))
    return PageFrame(vm.title, body, back=back)
