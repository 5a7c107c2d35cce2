"""The sync commands of the ``ehrenamt`` CLI against the real server process (uvicorn on 127.0.0.1)."""

from __future__ import annotations

import io
import json
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.cli.main import main
from app.store import Replica
from tests.sync.harness import contact, offer
from tests.sync.live_server import PASSWORD, LiveServer, add_accounts, free_port


@pytest.fixture(scope="module")
def live(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    base = tmp_path_factory.mktemp("live")
    db = base / "server.db"
    add_accounts(db, [("lena", ["lotse"], "arnsberg"), ("corinna", ["coordinator"], "arnsberg"),
                      ("vera", ["volunteer"], "arnsberg"), ("klaus", ["volunteer"], "arnsberg")])
    server = LiveServer(db, base / "server.log")
    yield server
    server.stop()


def cli(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, data_dir: Path, *args: str,
        stdin: str = "") -> tuple[int, str, str]:
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    code = main(["--data-dir", str(data_dir), *args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def run(capsys, monkeypatch):
    def go(data_dir: Path, *args: str, stdin: str = "") -> tuple[int, str, str]:
        return cli(capsys, monkeypatch, data_dir, *args, stdin=stdin)
    return go


def edit(data_dir: Path, fn) -> object:
    with Replica.open(data_dir / "replica.db") as r:
        return fn(r)


def test_login_sync_conflicts_and_restore_through_the_cli(tmp_path, live, run):
    lena, coord = tmp_path / "lena", tmp_path / "corinna"
    code, out, err = run(lena, "login", "--server", live.url, "lena", stdin="falsch\n")
    assert code == 1 and "Benutzername oder Passwort ist falsch." in err
    code, out, _ = run(lena, "login", "--server", live.url, "lena", stdin=PASSWORD + "\n")
    assert code == 0 and "Angemeldet als Lena (lena)" in out
    assert run(coord, "login", "--server", live.url, "corinna", stdin=PASSWORD + "\n")[0] == 0

    cid = edit(coord, lambda r: r.create("contact", contact(["lena"], needs="Einkauf")))
    code, out, _ = run(coord, "sync")
    assert code == 0 and "Gesendet: 1 (angenommen 1, Konflikte 0, abgelehnt 0)" in out
    assert run(lena, "sync")[0] == 0

    edit(lena, lambda r: r.update("contact", cid, {"needs": "Einkauf und Arzt"}))
    time.sleep(0.01)
    edit(coord, lambda r: r.update("contact", cid, {"needs": "Begleitung"}))
    assert run(lena, "sync")[0] == 0
    code, out, _ = run(coord, "sync", "--json")
    report = json.loads(out)
    assert code == 0 and (report["pushed"], report["conflicts"], report["open_conflicts"]) == (1, 1, 1)
    assert run(lena, "sync")[0] == 0

    code, out, _ = run(lena, "conflicts", "list", "--json")
    (c,) = json.loads(out)
    assert {k: c[k] for k in ("entity", "record_id", "field", "kept_value", "lost_value", "who")} == {
        "entity": "contact", "record_id": cid, "field": "needs", "kept_value": "Begleitung",
        "lost_value": "Einkauf und Arzt", "who": "corinna"}
    assert c["id"] and c["when"]
    code, out, _ = run(lena, "conflicts", "list")
    assert "Bedarfe" in out and "„Einkauf und Arzt“" in out

    code, out, _ = run(lena, "conflicts", "restore", c["id"][:13])
    assert code == 0 and "wiederhergestellt" in out
    assert run(lena, "sync")[0] == 0
    assert run(coord, "sync")[0] == 0
    assert edit(coord, lambda r: r.get("contact", cid)["needs"]) == "Einkauf und Arzt"
    for d in (lena, coord):
        code, out, _ = run(d, "conflicts", "list", "--json")
        assert json.loads(out) == []
    code, _, err = run(lena, "conflicts", "keep", c["id"])
    assert code == 1 and "Kein offener Konflikt" in err


def test_quarantine_list_shows_what_the_server_refused(tmp_path, live, run):
    klaus, vera = tmp_path / "klaus", tmp_path / "vera"
    for d, name in ((klaus, "klaus"), (vera, "vera")):
        assert run(d, "login", "--server", live.url, name, stdin=PASSWORD + "\n")[0] == 0
    oid = edit(klaus, lambda r: r.create("offer", offer("Gartenhilfe")))
    run(klaus, "sync")
    run(vera, "sync")
    edit(vera, lambda r: r.create("interest", {"offer": oid, "message": "Gern!"}))
    edit(klaus, lambda r: r.update("offer", oid, {"status": "archived"}))
    run(klaus, "sync")
    code, out, _ = run(vera, "sync")
    assert code == 0 and "abgelehnt 1" in out and "ehrenamt quarantine list" in out
    code, out, _ = run(vera, "quarantine", "list", "--json")
    (q,) = json.loads(out)
    assert q["entity"] == "interest" and q["mutation"]["fields"]["message"] == "Gern!"
    code, out, _ = run(vera, "quarantine", "list")
    assert "Interesse" in out
    code, out, _ = run(vera, "quarantine", "discard", q["mutation_id"])
    assert code == 0
    assert json.loads(run(vera, "quarantine", "list", "--json")[1]) == []


def test_sync_failures_exit_non_zero_with_a_clear_message(tmp_path, run):
    fresh = tmp_path / "fresh"
    code, _, err = run(fresh, "sync")
    assert code == 1 and "kein Server eingerichtet" in err
    down = f"http://127.0.0.1:{free_port()}"  # nothing listens there
    code, _, err = run(fresh, "login", "--server", down, "lena", stdin=PASSWORD + "\n")
    assert code == 1 and "Server nicht erreichbar – Ihre Änderungen bleiben gespeichert." in err
    code, _, err = run(fresh, "sync", "--server", down)
    assert code == 1 and "Server nicht erreichbar" in err
