"""The server's JSON text is compact JSON that the stdlib reads back as the same value, and vice versa."""

from __future__ import annotations

import json

from hypothesis import given
from hypothesis import strategies as st

from sync_server.jsontext import dumps, loads

# what validation lets through: every JSON value with numbers every replica reads back exactly (NaN, infinities and
# integers beyond 64 bits are refused there, core.validation.not_json)
JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**63), 2**63 - 1) | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=6), inner, max_size=4),
    max_leaves=20,
)


@given(JSON_VALUES)
def test_the_stdlib_reads_back_the_same_value(value):
    assert json.loads(dumps(value)) == value


@given(JSON_VALUES)
def test_reads_what_the_stdlib_writes(value):
    assert loads(json.dumps(value)) == value
    assert loads(json.dumps(value).encode()) == value


def test_compact_utf8_text():
    doc = {"e": "offer", "id": "r1", "f": {"title": "Behördengänge", "categories": ["senioren"], "hours": 2.5},
           "v": "001795000000000-000000-aaaaaaaaaaaaaaaa"}
    assert dumps(doc) == json.dumps(doc, separators=(",", ":"), ensure_ascii=False)
    assert [dumps(v) for v in (True, None, 3, "ä\"\n")] == ["true", "null", "3", '"ä\\"\\n"']


def test_a_lone_surrogate_from_a_client_is_escaped_and_read_back():
    value = json.loads('{"title": "a\\ud800b"}')  # what the stdlib parser makes of such a request
    text = dumps(value)
    assert text == '{"title":"a\\ud800b"}'
    text.encode("utf-8")  # storable: no lone surrogate left in the text itself
    assert loads(text) == value

