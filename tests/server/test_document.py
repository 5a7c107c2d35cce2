"""A record's stored document (its full delta) gives back exactly the values and versions it was made from."""

from __future__ import annotations

import json

from hypothesis import given
from hypothesis import strategies as st

from core.protocol import encode_delta
from sync_server.storage.document import read_document

STAMPS = ["001795000000000-000000-aaaaaaaaaaaaaaaa", "001795000000001-000002-bbbbbbbbbbbbbbbb"]
SCALARS = {"title": st.text(max_size=8), "hours": st.integers(0, 168), "online_possible": st.booleans(),
           "description": st.none() | st.text(max_size=8), "_deleted": st.booleans()}


@st.composite
def offer_states(draw):
    """(values, versions) of an offer as the server keeps them; few timestamps, so one-stamp documents occur."""
    values, versions = {}, {}
    names = draw(st.lists(st.sampled_from([*SCALARS, "categories"]), unique=True))
    for name in names:
        if name == "categories":
            elements = draw(st.dictionaries(st.sampled_from(["senioren", "digitales", "sport"]),
                                            st.tuples(st.booleans(), st.sampled_from(STAMPS))))
            versions[name] = {e: [present, ts] for e, (present, ts) in elements.items()}
            values[name] = sorted(e for e, (present, _ts) in elements.items() if present)
        else:
            values[name] = draw(SCALARS[name])
            versions[name] = draw(st.sampled_from(STAMPS))
    return values, versions


def _doc(values, versions) -> str:
    return json.dumps(encode_delta("offer", "r1", values, versions), separators=(",", ":"))


@given(offer_states())
def test_a_document_gives_back_its_values_and_versions(state):
    values, versions = state
    assert read_document("offer", _doc(values, versions)) == (values, versions)


def test_a_one_stamp_document_expands_the_stamp_to_every_field_and_present_element():
    ts = STAMPS[0]
    values = {"title": "Vorlesen", "categories": ["digitales", "senioren"], "hours": 2}
    versions = {"title": ts, "categories": {"digitales": [True, ts], "senioren": [True, ts]}, "hours": ts}
    doc = _doc(values, versions)
    assert json.loads(doc)["v"] == ts  # the compact form snapshots send
    assert read_document("offer", doc) == (values, versions)


def test_an_empty_document_is_an_empty_record():
    assert read_document("offer", '{"e":"offer","id":"r1","f":{},"v":{}}') == ({}, {})


def test_a_record_of_an_entity_this_server_does_not_know_still_loads():
    ts = STAMPS[1]
    doc = json.dumps({"e": "retired", "id": "r1", "f": {"name": "x", "tags": ["a"]}, "v": ts})
    assert read_document("retired", doc) == ({"name": "x", "tags": ["a"]}, {"name": ts, "tags": ts})
