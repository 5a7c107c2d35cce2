"""Online meeting rooms: a Jitsi room link under a configurable base URL."""

from __future__ import annotations

import re
import secrets
import unicodedata

DEFAULT_JITSI_BASE = "https://meet.jit.si"

_UMLAUTS = {"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue", "ß": "ss"}


def room_slug(title: str, max_len: int = 40) -> str:
    """A readable, URL-safe room name part from a title: "Vorstandssitzung März" -> "Vorstandssitzung-Maerz"."""
    text = "".join(_UMLAUTS.get(ch, ch) for ch in title)
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    words = re.findall(r"[A-Za-z0-9]+", text)
    slug = "-".join(w[:1].upper() + w[1:] for w in words)[:max_len].strip("-")
    return slug or "Treffen"


def jitsi_room_url(title: str, base_url: str = DEFAULT_JITSI_BASE, *, token: str | None = None) -> str:
    """A fresh meeting link: base URL + "Ehrenamt-" + slug + a random part that makes it hard to guess."""
    base = base_url.strip().rstrip("/")
    if not re.match(r"^https?://[^\s/]+", base):
        raise ValueError(f"not an http(s) base URL: {base_url!r}")
    suffix = token or secrets.token_hex(4)
    return f"{base}/Ehrenamt-{room_slug(title)}-{suffix}"
