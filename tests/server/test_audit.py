"""The care audit log: every change, deletion, refused attempt and change of access to a contact, visit or task is
written with the change (who, device, what, when — never the content), and nothing can alter or remove it."""

from __future__ import annotations

import json
import sqlite3

import pytest

from core.protocol import ACCEPTED, REJECTED
from sync_server import cli
from tests.server.support import contact, offer, visit


def audit(store, **filters):
    with store.read() as tx:
        return [(e.username, e.action, e.entity, e.record_id, e.fields) for e in tx.audit_entries(**filters)]


def test_creating_changing_and_deleting_care_records_is_audited_with_field_names_only(device, store):
    corinna, lena = device("corinna"), device("lena")
    cid, c = corinna.create("contact", contact(["lena"], needs="Hilfe beim Antrag auf Pflegegrad"))
    assert corinna.push_one(c)["status"] == ACCEPTED
    lena.sync_down()
    vid, v = lena.create("visit", visit(cid, "lena", notes="Vertraulich: Diagnose besprochen"))
    edit = lena.mutation("contact", cid, {"needs": "Haushaltshilfe"})
    assert [r["status"] for r in lena.push(v, edit)] == [ACCEPTED, ACCEPTED]
    assert corinna.push_one(corinna.mutation("contact", cid, {"_deleted": True}))["status"] == ACCEPTED

    lines = audit(store)
    assert [(who, action, entity) for who, action, entity, _rid, _f in lines] == [
        ("corinna", "created", "contact"),
        ("lena", "created", "visit"),
        ("lena", "changed", "contact"),
        ("corinna", "deleted", "contact"),
    ]
    assert lines[2][4] == ("needs",)
    assert "notes" in lines[1][4] and "needs" in lines[0][4]
    text = json.dumps(lines, ensure_ascii=False)
    assert "Pflegegrad" not in text and "Diagnose" not in text and "Haushaltshilfe" not in text  # no content
    with store.read() as tx:
        entries = tx.audit_entries(record_id=vid)
    assert [e.device_id for e in entries] == [lena.device_id]


def test_a_refused_attempt_on_care_data_is_audited(device, store):
    corinna, lars = device("corinna"), device("lars")
    cid, c = corinna.create("contact", contact(["lena"]))
    corinna.push_one(c)
    _vid, v = lars.create("visit", visit(cid, "lars"))  # Lars is not assigned to the contact
    assert lars.push_one(v)["status"] == REJECTED

    (line,) = audit(store, username="lars")
    assert line[1] == "rejected: forbidden" and line[2] == "visit"


def test_a_change_of_access_is_audited_and_other_entities_are_not(device, store):
    corinna, klaus = device("corinna"), device("klaus")
    cid, c = corinna.create("contact", contact(["lena"]))
    corinna.push_one(c)
    _oid, o = klaus.create("offer", offer("klaus"))
    klaus.push_one(o)
    corinna.push_one(corinna.mutation("contact", cid, {"assigned_lotsen": ["lars"]}))

    lines = audit(store, record_id=cid)
    assert [(who, action, fields) for who, action, _e, _r, fields in lines] == [
        ("corinna", "created", lines[0][4]),
        ("corinna", "changed", ("assigned_lotsen",)),
        ("corinna", "access_granted", ("u:lars",)),
        ("corinna", "access_removed", ("u:lena",)),
    ]
    assert audit(store, username="klaus") == []  # offers are not care data


def test_the_audit_log_can_be_neither_changed_nor_deleted(device, store):
    corinna = device("corinna")
    _cid, c = corinna.create("contact", contact(["lena"]))
    corinna.push_one(c)
    with sqlite3.connect(store.path) as conn:
        for statement in ("UPDATE audit SET username = 'someone'", "DELETE FROM audit"):
            with pytest.raises(sqlite3.DatabaseError, match="append-only"):
                conn.execute(statement)
    assert len(audit(store)) == 1


def test_admins_read_it_with_the_cli(device, store, capsys):
    corinna = device("corinna")
    cid, c = corinna.create("contact", contact(["lena"]))
    corinna.push_one(c)

    assert cli.main(["audit", "--db", str(store.path), "--record", cid, "--json"]) == 0
    (line,) = json.loads(capsys.readouterr().out)
    assert (line["username"], line["action"], line["entity"], line["record_id"]) == ("corinna", "created", "contact",
                                                                                     cid)
    assert line["at"].endswith("Z") and line["device_id"] == corinna.device_id
    assert cli.main(["audit", "--db", str(store.path), "--user", "corinna"]) == 0
    assert f"corinna on {corinna.device_id}  created  contact {cid}" in capsys.readouterr().out
    assert cli.main(["audit", "--db", str(store.path), "--since", "gestern"]) == 1
    assert "not a date" in capsys.readouterr().err
