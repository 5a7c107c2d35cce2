"""A push reads the records it needs with a few queries per batch, not one per mutation."""

from __future__ import annotations

import pytest

from core.protocol import ACCEPTED, CONFLICT
from sync_server.storage.sqlite import _SQLiteWrite
from tests.server.support import contact, offer, visit


@pytest.fixture
def record_reads(monkeypatch):
    """How many times the storage was asked for records (each ask is one query per entity and 400 ids)."""
    calls: list[int] = []
    original = _SQLiteWrite.get_records

    def counted(self, keys):
        calls.append(len(keys))
        return original(self, keys)

    monkeypatch.setattr(_SQLiteWrite, "get_records", counted)
    return calls


def test_visits_of_many_contacts_load_the_contacts_at_once(device, record_reads):
    corinna, lena = device("corinna"), device("lena")
    contacts = [corinna.create("contact", contact(["lena"], name=f"Person {i}")) for i in range(12)]
    assert all(r["status"] == ACCEPTED for r in corinna.push(*(m for _rid, m in contacts)))
    lena.sync_down()
    record_reads.clear()
    visits = [lena.create("visit", visit(rid, "lena"))[1] for rid, _m in contacts]
    assert all(r["status"] == ACCEPTED for r in lena.push(*visits))
    # the visits themselves, then the contacts they refer to: not one look-up per visit
    assert len(record_reads) <= 3, record_reads


def test_conflicts_do_not_look_up_their_new_records(device, record_reads):
    vera, corinna = device("vera"), device("corinna")
    created = [vera.create("offer", offer("vera", title=f"Angebot {i}")) for i in range(8)]
    vera.push(*(m for _rid, m in created))
    corinna.sync_down()
    # both edit every title; corinna's edits, pushed last, replace values she had not seen: conflicts
    vera.push(*(vera.mutation("offer", rid, {"title": f"Vera {rid[-4:]}"}) for rid, _m in created))
    record_reads.clear()
    results = corinna.push(*(corinna.mutation("offer", rid, {"title": f"Corinna {rid[-4:]}"}) for rid, _m in created))
    assert [r["status"] for r in results] == [CONFLICT] * len(created)
    assert len(record_reads) <= 3, record_reads
