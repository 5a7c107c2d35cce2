"""/konflikte — the conflict inbox (overwritten values, one tap to restore) and the edits the server refused."""

from __future__ import annotations

import flet as ft

from app.ui.components.behind_care_lock import BehindCareLock
from app.ui.components.conflict_card import ConflictCard
from app.ui.components.heading import Heading
from app.ui.components.notice import Notice
from app.ui.components.page_frame import PageFrame
from app.ui.components.rejected_card import RejectedCard
from app.ui.hooks import use_session_viewmodel, use_t
from app.ui.text import text
from app.viewmodels.conflicts import ConflictsViewModel


@ft.component
def KonfliktePage() -> ft.Control:
    t = use_t()
    _, vm = use_session_viewmodel(ConflictsViewModel)
    controls: list[ft.Control] = [text(t("page.konflikte.intro"), theme_style=ft.TextThemeStyle.BODY_LARGE)]
    if vm is not None:
        feedback = vm.text(vm.error, t) or vm.text(vm.notice, t)
        if feedback:
            controls.append(ft.Semantics(live_region=True, container=True,
                                         content=text(feedback, theme_style=ft.TextThemeStyle.BODY_LARGE,
                                                      color=ft.Colors.ERROR if vm.error else None)))
        conflicts = vm.conflicts(t)
        controls.append(Heading(t("konflikte.conflicts"), level=2))
        if not conflicts:
            controls.append(Notice(t("konflikte.none"), icon_name="CHECK_CIRCLE_OUTLINE"))
        for row in conflicts:
            controls.append(BehindCareLock(row.entity, lambda row=row: ConflictCard(
                row, on_keep=lambda _, cid=row.id: vm.keep(cid), on_restore=lambda _, cid=row.id: vm.restore(cid)),
                key=row.id))
        rejected = vm.rejected(t)
        if rejected:
            controls += [Heading(t("konflikte.rejected"), level=2),
                         text(t("konflikte.rejected_intro"), theme_style=ft.TextThemeStyle.BODY_LARGE)]
        for row in rejected:
            controls.append(BehindCareLock(row.entity, lambda row=row: RejectedCard(
                row,
                on_draft=lambda name, value, mid=row.mutation_id: vm.set_draft(mid, name, value),
                on_retry=lambda _, mid=row.mutation_id: vm.retry(mid),
                on_discard=lambda _, mid=row.mutation_id: vm.discard(mid),
            ), key=row.mutation_id))
    return PageFrame(t("page.konflikte.title"), controls)
