"""Art. 15 GDPR: ``ehrenamt-server contact export`` gives everything the server holds about one person cared for
(the contact, its visits and tasks, with their content) and the audit trail of it; the export is audited too."""

from __future__ import annotations

import json

from core.protocol import ACCEPTED
from sync_server import cli
from tests.server.support import contact, task, visit


def _file(device):
    corinna, lena = device("corinna"), device("lena")
    cid, c = corinna.create("contact", contact(["lena"], needs="Hilfe beim Antrag auf Pflegegrad"))
    assert corinna.push_one(c)["status"] == ACCEPTED
    lena.sync_down()
    vid, v = lena.create("visit", visit(cid, "lena", notes="Antrag ausgefüllt"))
    tid, t = lena.create("task", task(cid))
    assert [r["status"] for r in lena.push(v, t)] == [ACCEPTED, ACCEPTED]
    return cid, vid, tid


def test_the_export_holds_the_whole_file_and_its_audit_trail_and_is_audited(device, store, capsys):
    cid, vid, tid = _file(device)
    other, *_ = _file(device)  # another person's file is not part of it

    assert cli.main(["contact", "export", "--db", str(store.path), cid, "--by", "ada"]) == 0
    export = json.loads(capsys.readouterr().out)
    assert export["contact_id"] == cid and export["exported_by"] == "ada"
    records = {(r["entity"], r["id"]): r for r in export["records"]}
    assert set(records) == {("contact", cid), ("visit", vid), ("task", tid)}
    assert records[("contact", cid)]["values"]["needs"] == "Hilfe beim Antrag auf Pflegegrad"
    assert records[("visit", vid)]["values"]["notes"] == "Antrag ausgefüllt"
    assert [(a["username"], a["action"], a["entity"]) for a in export["audit"]] == [
        ("corinna", "created", "contact"), ("lena", "created", "visit"), ("lena", "created", "task"),
        ("ada", "exported", "contact")]  # the export names itself
    assert other not in json.dumps(export)

    with store.read() as tx:
        (line,) = [e for e in tx.audit_entries(record_id=cid) if e.action == "exported"]
    assert line.username == "ada"


def test_the_export_goes_into_a_new_file_only_and_bad_input_is_refused(device, store, tmp_path, capsys):
    cid, _vid, _tid = _file(device)
    out = tmp_path / "auskunft.json"
    assert cli.main(["contact", "export", "--db", str(store.path), cid, "--by", "corinna", "--out", str(out)]) == 0
    assert len(json.loads(out.read_text(encoding="utf-8"))["records"]) == 3
    assert "wrote 3 records" in capsys.readouterr().out
    assert cli.main(["contact", "export", "--db", str(store.path), cid, "--by", "corinna", "--out", str(out)]) == 1
    assert "cannot write" in capsys.readouterr().err  # an earlier export is never overwritten
    assert cli.main(["contact", "export", "--db", str(store.path), "0193a0c0-0000-7000-8000-000000000000",
                     "--by", "ada"]) == 1
    assert "no contact" in capsys.readouterr().err
    assert cli.main(["contact", "export", "--db", str(store.path), cid, "--by", "niemand"]) == 1
    assert "no account" in capsys.readouterr().err
    assert cli.main(["contact", "export", "--db", str(store.path), cid, "--by", "vera"]) == 1
    assert "neither admin nor coordinator" in capsys.readouterr().err
