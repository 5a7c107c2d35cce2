""""Als Kalenderdatei (.ics) exportieren": in the browser a download, natively a save dialog (Flet's FilePicker
writes the bytes in both cases)."""

from __future__ import annotations

from collections.abc import Callable

import flet as ft

from app.ui.components.busy_button import BusyButton
from app.ui.hooks import use_t


@ft.component
def AppointmentExportButton(file_name: str, make_bytes: Callable[[], bytes],
                            on_result: Callable[[str, bool], None]) -> ft.Control:
    """``on_result(message, ok)`` reports what happened (shown by the page in a live region)."""
    t = use_t()
    picker = ft.use_ref(None)

    async def export() -> None:
        try:
            data = make_bytes()
            if picker.current is None:
                picker.current = ft.FilePicker()
            path = await picker.current.save_file(
                dialog_title=t("termine.detail.export"), file_name=file_name, src_bytes=data,
                file_type=ft.FilePickerFileType.CUSTOM, allowed_extensions=["ics"])
        except Exception as exc:  # noqa: BLE001 - a platform without a file dialog must not crash the page
            on_result(t("termine.detail.export_failed", error=str(exc) or type(exc).__name__), False)
            return
        if path or ft.context.page.web:  # the browser downloads; natively None means "cancelled"
            on_result(t("termine.detail.exported", name=file_name), True)

    return BusyButton(t("termine.detail.export"), export, icon=ft.Icons.CALENDAR_MONTH_OUTLINED,
                      busy_label=t("termine.detail.export.busy"), kind=ft.OutlinedButton)
