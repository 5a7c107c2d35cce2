"""Compact JSON text: ``json.dumps(value, separators=(",", ":"))``, with one encoder made once.

``json.dumps`` builds a new encoder on every call and tracks every container against reference cycles; for the
thousands of small documents a push writes, that is a third of the encoding time. The values encoded here come from
JSON or are built from it, so they hold no cycles. Where the stdlib has no C encoder, ``json.dumps``' own is used.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from json import encoder as _stdlib
from typing import Any

_standard: Callable[[Any], str] = json.JSONEncoder(separators=(",", ":")).encode


def _make_dumps() -> Callable[[Any], str]:
    make = getattr(_stdlib, "c_make_encoder", None)
    escape = getattr(_stdlib, "c_encode_basestring_ascii", None)
    if make is None or escape is None:
        return _standard
    try:  # arguments as json.JSONEncoder.iterencode passes them (markers None: no cycle tracking)
        encode_chunks = make(None, json.JSONEncoder().default, escape, None, ":", ",", False, False, True)
    except TypeError:  # another signature in another Python version
        return _standard

    def dumps(value: Any) -> str:
        if isinstance(value, str):
            return str(escape(value))
        return "".join(encode_chunks(value, 0))

    return dumps


dumps: Callable[[Any], str] = _make_dumps()
