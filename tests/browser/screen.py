"""Finding things on the app's screen the way a screen reader does (role, accessible name, shown text), and what
the app announced to screen readers."""

from __future__ import annotations

import re
from typing import Any

# collects what Flutter hands to its aria-live elements (it clears them again after a moment)
ANNOUNCEMENTS_SCRIPT = """
window.__announcements = [];
new MutationObserver(records => {
  for (const r of records) {
    const node = r.target.nodeType === 1 ? r.target : r.target.parentElement;
    const live = node && node.closest && node.closest('[aria-live]');
    if (live && live.textContent.trim()) window.__announcements.push(live.textContent.trim());
  }
}).observe(document, {subtree: true, childList: true, characterData: true});
"""


def on_screen(ui: Any, text: str | re.Pattern[str]) -> Any:
    """Text shown on the screen (the first of several, e.g. the status chip and the start page card) — not the
    copy Flutter puts into its aria-live element for an announcement."""
    return ui.page.locator("flt-semantics").get_by_text(text, exact=True).first


def announcements(ui: Any) -> list[str]:
    """Everything announced so far on a page that has ANNOUNCEMENTS_SCRIPT as an init script."""
    return ui.page.evaluate("window.__announcements || []")


def offer_row(page: Any, title: str) -> Any:
    """A result row / "Meine Angebote" card: a button named by the title, then its badges."""
    return page.get_by_role("button", name=re.compile(rf"^{re.escape(title)}\s+Ich (biete|suche)\s"))


def my_offer_card(page: Any, title: str) -> Any:
    """A card of "Meine Angebote": one group named by the title, its badges and status."""
    return page.get_by_role("group", name=re.compile(rf"^{re.escape(title)}\s+Ich (biete|suche)\s"))
