"""The digital toolbox: practical guides (Markdown) for digital club work."""

from __future__ import annotations

from typing import Any

from core.demo._common import demo_id
from core.demo.guides import (
    accessibility,
    board_meeting,
    calendar,
    member_data,
    passwords,
    recruiting,
    sepa,
    social_media,
)
from core.demo.specs import Guide

GUIDES: tuple[Guide, ...] = (
    board_meeting.GUIDE,
    member_data.GUIDE,
    calendar.GUIDE,
    passwords.GUIDE,
    social_media.GUIDE,
    sepa.GUIDE,
    accessibility.GUIDE,
    recruiting.GUIDE,
)


def guide_records() -> list[tuple[str, dict[str, Any]]]:
    return [
        ("guide", {
            "id": demo_id("guide", g.key),
            "title": g.title,
            "summary": g.summary,
            "body": g.body,
            "categories": list(g.categories),
            "author": g.author,
        })
        for g in GUIDES
    ]
