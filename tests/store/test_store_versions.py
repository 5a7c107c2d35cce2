"""Field versions stored compactly (tables.encode_versions): a base timestamp plus the fields that differ, read back
exactly; files of schema version 3 (full versions dicts) are migrated; pulled writes merge as core.merge says."""

from __future__ import annotations

import json
import sqlite3
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.store import Replica, migrations, search
from app.store.search import BULK_ROWS
from app.store.tables import dumps
from core.hlc import Timestamp
from core.ids import uuid7
from core.merge import apply_write
from core.protocol import delta_writes
from tests.store.store_helpers import LOTTE, SERVER_NODE, T0, Wall, contact, delta, offer, page, stamp
from tests.store.test_store_care import ToyCodec
from tests.store.test_store_search import assert_index_holds_exactly_the_live_rows


def _raw_v(replica: Replica, entity: str, record_id: str) -> str:
    return replica.db.conn.execute(f"SELECT _v FROM {entity} WHERE id = ?", (record_id,)).fetchone()[0]


def test_an_edit_stores_the_base_timestamp_and_only_the_fields_it_changed(replica, wall):
    rid = replica.create("offer", offer(description="Jeden Dienstag"))
    (created,) = replica.pending_mutations()
    assert _raw_v(replica, "offer", rid) == f'"{created["ts"]}"'
    wall.advance()
    replica.update("offer", rid, {"title": "Neuer Titel", "categories": ["digitales"], "description": None})
    edit = replica.pending_mutations()[-1]["ts"]
    stored = json.loads(_raw_v(replica, "offer", rid))
    assert stored[""] == created["ts"]
    assert stored["title"] == stored["description"] == edit  # a field cleared keeps its version
    assert stored["categories"] == {"digitales": [True, created["ts"]], "senioren": [False, edit]}
    assert len(_raw_v(replica, "offer", rid)) < 300
    versions = replica.versions("offer", rid)
    assert versions["area"] == created["ts"] and versions["description"] == edit
    assert replica.get("offer", rid)["description"] is None


def test_a_pulled_delta_with_empty_fields_keeps_their_versions_and_a_value_without_a_version_stays_so(replica):
    rid = uuid7()
    ts = stamp(T0 - 1000)
    replica.apply_pull(page([{"e": "offer", "id": rid, "v": ts,
                              "f": {"title": "Ohne Ort", "place": None, "categories": [], "_deleted": False}}]))
    assert replica.versions("offer", rid) == {"title": ts, "place": ts, "_deleted": ts}
    assert json.loads(_raw_v(replica, "offer", rid)) == {"": ts, "place": ts, "_deleted": ts}
    assert replica.get("offer", rid, include_deleted=True)["_deleted"] is False


def _full_form(replica: Replica, entity: str, record_id: str) -> None:
    """Store a record's versions as schema version 3 did: the whole dict (sealed like the other care columns)."""
    t = replica._tables[entity]
    text = json.dumps(replica.versions(entity, record_id))
    stored = t.seal_row([None, None, text, None, *([None] * len(t.columns))])[2]
    replica.db.conn.execute(f"UPDATE {entity} SET _v = ? WHERE id = ?", (stored, record_id))
    replica.db.conn.commit()


def test_a_version_3_file_gets_compact_versions_and_keeps_every_value_and_version(tmp_path, wall):
    path = tmp_path / "replica.db"
    r = Replica.open(path, wall, care_codec=ToyCodec())
    r.set_session(LOTTE)
    oid = r.create("offer", offer(place="Neheim"))
    cid = r.create("contact", contact())
    wall.advance()
    r.update("offer", oid, {"title": "Geändert", "categories": ["kultur"], "place": None})
    r.update("contact", cid, {"needs": "Einkaufshilfe", "care_grade": None})
    pulled = uuid7()
    r.apply_pull(page([delta("offer", pulled, offer(title="Vom Server", owner="bert"), stamp(T0 - 5000))]))
    records = [("offer", oid), ("contact", cid), ("offer", pulled)]
    before = {rec: (r.get(*rec, include_deleted=True), r.versions(*rec)) for rec in records}
    for rec in records[:2]:
        _full_form(r, *rec)
    r.db.conn.execute("PRAGMA user_version = 3")
    r.db.conn.commit()
    full = _raw_v(r, "offer", oid)
    assert full.startswith("{") and '""' not in full
    r.close()

    r = Replica.open(path, wall, care_codec=ToyCodec())
    assert r.schema_version == migrations.latest_version()
    assert {rec: (r.get(*rec, include_deleted=True), r.versions(*rec)) for rec in records} == before
    compact = json.loads(_raw_v(r, "offer", oid))
    assert set(compact) == {"", "title", "categories", "place"}
    sealed = _raw_v(r, "contact", cid)
    assert sealed.startswith("enc1:") and json.loads(json.loads(ToyCodec().open(sealed)))[""]
    assert [h["id"] for h in r.search("Geändert")] == [oid]
    r.close()
    conn = sqlite3.connect(path)  # an app of schema version 3 can no longer read it, so it is refused there
    assert conn.execute("PRAGMA user_version").fetchone()[0] == migrations.latest_version()
    conn.close()


# -- pulled writes on many records: stored versions and values are what core.merge computes ----------------------
IDS = [f"0193a0c0-0000-7000-8000-{n:012d}" for n in range(BULK_ROWS + 4)]
NODES = ("aaaaaaaaaaaaaaaa", "bbbbbbbbbbbbbbbb", SERVER_NODE)
_write = st.tuples(
    st.integers(0, len(IDS) - 1),
    st.sampled_from(["title", "description", "place", "categories", "_deleted", "hours", "new_field"]),
    st.integers(0, 4),  # value choice (0: no value)
    st.integers(0, 40),  # wall offset (ms)
    st.sampled_from(NODES),
    st.booleans(),  # set element present / deleted
)


def _delta(n: int, write: tuple) -> dict:
    index, field, choice, wall, node, flag = write
    ts = Timestamp(T0 + wall, n, node).encode()
    rid = IDS[index]
    if field == "categories":
        element = ("kultur", "sport", "bildung", "digitales")[choice % 4]
        return {"e": "offer", "id": rid, "f": {field: [element] if flag else []},
                "v": {field: {element: [flag, ts]}}}
    value = {"title": f"Titel {choice} Wort{choice}", "description": f"Beschreibung {choice}",
             "place": f"Ort{choice}", "_deleted": flag, "hours": choice, "new_field": f"neu {choice}"}[field]
    if choice == 0 and field != "_deleted":
        value = None
    return {"e": "offer", "id": rid, "f": {field: value}, "v": ts if flag else {field: ts}}


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(first=st.lists(st.tuples(st.integers(0, 4), st.booleans()), min_size=len(IDS), max_size=len(IDS)),
       writes=st.lists(_write, min_size=1, max_size=60), page_size=st.integers(1, 12), bulk=st.booleans())
def test_pulled_writes_are_stored_exactly_as_core_merge_computes_them(first, writes, page_size, bulk):
    deltas = [delta("offer", rid, offer(title=f"Start {k}", hours=k or None, online_possible=flag),
                    stamp(T0 - 10_000 + i)) for i, (rid, (k, flag)) in enumerate(zip(IDS, first, strict=True))]
    deltas += [_delta(n, w) for n, w in enumerate(writes)]
    expected: dict[str, tuple[dict, dict]] = {}
    for d in deltas:
        vals, vers = expected.setdefault(d["id"], ({}, {}))
        for w in delta_writes(d):
            if w.field == "new_field":  # a field of a newer app: last writer wins on the plain value
                if w.field not in vers or w.ts > vers[w.field]:
                    vals[w.field], vers[w.field] = w.value, w.ts
            else:
                apply_write("offer", vals, vers, w)
    with tempfile.TemporaryDirectory() as tmp:
        r = Replica.open(Path(tmp) / "r.db", Wall())
        try:  # bulk: the full-text index follows every batch in bulk (search.reindexing), else by its triggers
            search.BULK_ROWS = 1 if bulk else 10**9
            for start in range(0, len(deltas), page_size):
                r.apply_pull(page(deltas[start:start + page_size], cursor=f"c{start}"))
        finally:
            search.BULK_ROWS = BULK_ROWS
        for rid, (vals, vers) in expected.items():
            got = r.get("offer", rid, include_deleted=True)
            assert r.versions("offer", rid) == vers
            for name, value in vals.items():
                assert got[name] == (bool(value) if name == "_deleted" else value), name
        assert_index_holds_exactly_the_live_rows(r.db.conn)
        r.close()



def test_the_stored_form_falls_back_to_the_full_dict_only_when_it_cannot_say_it_shorter():
    from app.store.tables import decode_versions, encode_versions

    ts, later = stamp(T0), stamp(T0 + 1)
    sets = frozenset({"categories"})
    values = {"title": "A", "categories": ["kultur"], "place": None}
    for versions in ({"title": ts, "categories": {"kultur": [True, ts]}},
                     {"title": later, "categories": {"kultur": [True, ts], "sport": [False, later]}},
                     {"title": ts, "place": later},
                     {"categories": {"kultur": [True, ts]}}):
        stored = encode_versions(values, versions, sets)
        assert decode_versions(stored, {k: v for k, v in values.items()}, sets) == versions
    assert encode_versions(values, {}, sets) == dumps({})
    assert decode_versions(encode_versions(values, {"title": None}, sets), dict(values), sets) == {"title": None}
