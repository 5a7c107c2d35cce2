"""The digital toolbox (/werkzeugkasten): guides by text and category, and one guide rendered from Markdown.

Markdown renderers draw headings as big text that screen readers do not announce as headings. So a guide is split
into blocks: each Markdown heading becomes a real heading (the view's Heading component, level 2 or 3, below the
page's H1 = the guide's title) and the text between headings is rendered as Markdown.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Any

from app.viewmodels.clubs import PAGE_SIZE, SessionBoundViewModel, SessionLike, summary
from core import reference as ref

_HEADING = re.compile(r"^ {0,3}(#{1,6})[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$")
_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")


@dataclass(frozen=True)
class Block:
    kind: str  # "heading" | "markdown"
    text: str
    level: int = 0  # headings: 2 or 3


def markdown_blocks(body: str, title: str = "") -> list[Block]:
    """Split Markdown into headings and text blocks. A leading H1 equal to ``title`` is dropped (the page shows
    the title as its H1); other headings map to level 2 (#, ##) or 3 (### and deeper). Lines inside fenced code
    blocks are never headings."""
    blocks: list[Block] = []
    lines: list[str] = []
    fence: str | None = None

    def flush() -> None:
        text = "\n".join(lines).strip("\n")
        if text.strip():
            blocks.append(Block("markdown", text))
        lines.clear()

    for line in (body or "").splitlines():
        m = _FENCE.match(line)
        if m:
            marker = m.group(1)
            if fence is None:
                fence = marker[0] * len(marker)
            elif marker.startswith(fence):
                fence = None
            lines.append(line)
            continue
        heading = _HEADING.match(line) if fence is None else None
        if heading:
            flush()
            level, text = len(heading.group(1)), heading.group(2).strip()
            if not text:
                continue
            if level == 1 and not blocks and text.casefold() == title.strip().casefold():
                continue
            blocks.append(Block("heading", text, 2 if level <= 2 else 3))
        else:
            lines.append(line)
    flush()
    return blocks


@dataclass(frozen=True)
class GuideItem:
    id: str
    title: str
    summary: str
    categories: tuple[str, ...]

    @property
    def category_labels(self) -> tuple[str, ...]:
        return tuple(ref.CATEGORIES.get(c, c) for c in self.categories)


def guide_item(record: dict[str, Any]) -> GuideItem:
    return GuideItem(record["id"], record.get("title") or "",
                     record.get("summary") or summary(record.get("body")),
                     tuple(record.get("categories") or ()))


@dataclass(frozen=True)
class GuideFilters:
    text: str = ""
    category: str | None = None


@dataclass(frozen=True)
class _GuidesState:
    items: tuple[GuideItem, ...] = ()
    total: int = 0
    categories: tuple[str, ...] = ()


class GuidesViewModel(SessionBoundViewModel):
    """The toolbox list: full-text search, one category, "Mehr laden"."""

    def __init__(self, session: SessionLike, page_size: int = PAGE_SIZE) -> None:
        super().__init__(session)
        self.page_size = page_size
        self.limit = page_size
        self.filters = GuideFilters()
        self.items: tuple[GuideItem, ...] = ()
        self.total = 0
        self.categories: tuple[str, ...] = ()  # categories some guide on this device has (the filter chips)

    def load(self, replica: Any) -> _GuidesState:
        # A toolbox holds tens of guides, not thousands: one query gives the page and the total.
        text = self.filters.text.strip() or None
        matching = replica.guides(category=self.filters.category, text=text, limit=None)
        every = replica.guides(limit=None) if text or self.filters.category else matching
        present = {c for g in every for c in (g.get("categories") or ())}
        categories = tuple(c for c in ref.CATEGORIES if c in present)
        return _GuidesState(tuple(guide_item(r) for r in matching[: self.limit]), len(matching), categories)

    def empty_state(self) -> _GuidesState:
        return _GuidesState()

    def apply(self, state: _GuidesState) -> None:
        self.items, self.total, self.categories = state.items, state.total, state.categories

    @property
    def has_more(self) -> bool:
        return len(self.items) < self.total

    def set_text(self, text: str) -> None:
        self._set(replace(self.filters, text=text or ""))

    def set_category(self, category: str | None) -> None:
        if category is not None and category not in ref.CATEGORIES:
            raise ValueError(f"unknown category {category!r}")
        self._set(replace(self.filters, category=category))

    def _set(self, filters: GuideFilters) -> None:
        if filters != self.filters:
            self.filters = filters
            self.limit = self.page_size
            self.refresh(force=True)

    def load_more(self) -> None:
        if self.has_more:
            self.limit += self.page_size
            self.refresh()


class GuideViewModel(SessionBoundViewModel):
    """One guide: title, summary, categories and its body as heading/Markdown blocks."""

    def __init__(self, session: SessionLike, guide_id: str) -> None:
        super().__init__(session)
        self.guide_id = guide_id
        self.guide: dict[str, Any] | None = None
        self.blocks: tuple[Block, ...] = ()

    def load(self, replica: Any) -> dict[str, Any] | None:
        return replica.get("guide", self.guide_id)

    def apply(self, state: dict[str, Any] | None) -> None:
        self.guide = state
        self.blocks = tuple(markdown_blocks(state.get("body") or "", state.get("title") or "")) if state else ()

    @property
    def found(self) -> bool:
        return self.guide is not None

    @property
    def title(self) -> str:
        return (self.guide or {}).get("title") or ""

    @property
    def category_labels(self) -> tuple[str, ...]:
        return tuple(ref.CATEGORIES.get(c, c) for c in (self.guide or {}).get("categories") or ())
