"""The server's JSON text is exactly what ``json.dumps(value, separators=(",", ":"))`` makes."""

from __future__ import annotations

import json

from hypothesis import given
from hypothesis import strategies as st

from sync_server.jsontext import dumps

JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=6), inner, max_size=4),
    max_leaves=20,
)


@given(JSON_VALUES)
def test_the_same_text_as_json_dumps(value):
    assert dumps(value) == json.dumps(value, separators=(",", ":"))


def test_documents_and_scalars():
    doc = {"e": "offer", "id": "r1", "f": {"title": "Behördengänge", "categories": ["senioren"], "hours": 2.5},
           "v": "001795000000000-000000-aaaaaaaaaaaaaaaa"}
    assert dumps(doc) == json.dumps(doc, separators=(",", ":"))
    assert [dumps(v) for v in (True, None, 3, "ä\"\n")] == ["true", "null", "3", '"\\u00e4\\"\\n"']
