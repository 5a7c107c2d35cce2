"""`ehrenamt-server` commands (in-process main(), real database files)."""

from __future__ import annotations

import io
import sqlite3
from datetime import date

import pytest

from core.ids import stable_id
from sync_server import cli
from sync_server.service import SyncService
from sync_server.settings import Settings
from sync_server.storage import SQLiteStorage
from tests.server.support import FAST_ARGON2, contact, offer, organisation

ORG = stable_id("demo", "organisation", "heimatverein")
OFFER = stable_id("demo", "offer", "vorlesen")
CONTACT = stable_id("demo", "contact", "erna")


def fixture_content(_today: date):
    people = [
        {"username": "sabine", "password": "demo-1", "display_name": "Sabine", "roles": ["club_admin"],
         "municipality": "arnsberg", "organisations": [ORG]},
        {"username": "monika", "password": "demo-2", "display_name": "Monika", "roles": ["lotse"],
         "municipality": "arnsberg", "organisations": []},
    ]
    records = [
        ("organisation", {"id": ORG, **organisation(["sabine"])}),
        ("offer", {"id": OFFER, **offer("sabine", organisation=ORG)}),
        ("contact", {"id": CONTACT, **contact(["monika"], recorded_by="monika")}),
    ]
    return people, records


@pytest.fixture(autouse=True)
def fast_hashing(monkeypatch):
    """The CLI builds its own Settings; make argon2 cheap for the tests."""
    original = cli.Settings

    def quick(**kw):
        return original(**{**FAST_ARGON2, **kw})

    monkeypatch.setattr(cli, "Settings", quick)


def _stdin(monkeypatch, text: str) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO(text))


def test_user_add_reads_the_password_from_stdin(tmp_path, monkeypatch, capsys):
    db = str(tmp_path / "s.db")
    _stdin(monkeypatch, "sehr-geheim\n")
    assert cli.main(["user", "add", "--db", db, "katrin", "--role", "coordinator", "--role", "lotse",
                     "--municipality", "arnsberg", "--display-name", "Katrin Berg"]) == 0
    assert "added katrin (coordinator, lotse, arnsberg)" in capsys.readouterr().out
    service = SyncService(Settings(db_path=db, **FAST_ARGON2), SQLiteStorage(db))
    assert service.login("katrin", "sehr-geheim", "d1")["account"]["display_name"] == "Katrin Berg"


@pytest.mark.parametrize(("args", "stdin", "message"), [
    (["Katrin", "--role", "lotse", "--municipality", "arnsberg"], "sehr-geheim\n", "invalid username"),
    (["katrin", "--role", "lotse", "--municipality", "arnsberg"], "", "no password on standard input"),
    (["katrin", "--role", "lotse", "--municipality", "arnsberg"], "kurz\n", "at least 8 characters"),
])
def test_user_add_errors_are_clear(tmp_path, monkeypatch, capsys, args, stdin, message):
    _stdin(monkeypatch, stdin)
    assert cli.main(["user", "add", "--db", str(tmp_path / "s.db"), *args]) == 1
    assert message in capsys.readouterr().err


def test_user_add_twice_is_refused(tmp_path, monkeypatch, capsys):
    db = str(tmp_path / "s.db")
    for _ in range(2):
        _stdin(monkeypatch, "sehr-geheim\n")
        code = cli.main(["user", "add", "--db", db, "katrin", "--role", "lotse", "--municipality", "menden"])
    assert code == 1 and "exists already" in capsys.readouterr().err


def test_unknown_role_and_town_are_usage_errors(tmp_path, capsys):
    with pytest.raises(SystemExit) as exit_info:
        cli.main(["user", "add", "--db", str(tmp_path / "s.db"), "x1", "--role", "chef", "--municipality",
                  "arnsberg"])
    assert exit_info.value.code == 2 and "invalid choice: 'chef'" in capsys.readouterr().err


def test_user_list(tmp_path, monkeypatch, capsys):
    db = str(tmp_path / "s.db")
    _stdin(monkeypatch, "sehr-geheim\n")
    cli.main(["user", "add", "--db", db, "katrin", "--role", "lotse", "--municipality", "menden"])
    capsys.readouterr()
    assert cli.main(["user", "list", "--db", db]) == 0
    assert capsys.readouterr().out.startswith("katrin\tlotse\tmenden")


def test_seed_demo_writes_server_authored_records_once(tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(cli, "_demo_content", lambda today: fixture_content(today))
    db = str(tmp_path / "s.db")
    assert cli.main(["seed-demo", "--db", db]) == 0
    assert "accounts: 2 added" in capsys.readouterr().out
    with sqlite3.connect(db) as conn:
        log_len = conn.execute("SELECT count(*) FROM log").fetchone()[0]
        scopes = dict(conn.execute("SELECT id, scope FROM records WHERE entity != 'account'").fetchall())
        origins = {r[0] for r in conn.execute("SELECT origin FROM log")}
    assert scopes == {ORG: '["pub"]', OFFER: '["pub","u:sabine"]', CONTACT: '["care:arnsberg","u:monika"]'}
    assert origins == {None}  # written by the server, not by a device

    assert cli.main(["seed-demo", "--db", db]) == 0  # idempotent
    assert "accounts: 0 added, 2 already there; records: 0 added, 3 already there" in capsys.readouterr().out
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT count(*) FROM log").fetchone()[0] == log_len

    settings = Settings(db_path=db, **FAST_ARGON2)
    service = SyncService(settings, SQLiteStorage(db))
    session = service.authenticate(service.login("monika", "demo-2", "tablet")["access_token"])
    page = service.pull(session).as_dict()
    assert {d["id"] for d in page["changes"]} >= {ORG, OFFER, CONTACT}


def test_seed_demo_with_invalid_content_writes_nothing(tmp_path, monkeypatch, capsys):
    def broken(today):
        people, records = fixture_content(today)
        return people, [*records, ("offer", {"id": stable_id("x"), **offer("sabine", title="")})]
    monkeypatch.setattr(cli, "_demo_content", broken)
    db = str(tmp_path / "s.db")
    assert cli.main(["seed-demo", "--db", db]) == 1
    assert "title: required" in capsys.readouterr().err
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT count(*) FROM records WHERE entity != 'account'").fetchone()[0] == 0


def test_seed_demo_with_the_real_demo_content(tmp_path, capsys):
    try:
        from core.demo import demo_accounts, demo_records  # noqa: F401
    except ImportError as exc:
        pytest.skip(f"core.demo is not there yet (being written): {exc}")
    db = str(tmp_path / "s.db")
    assert cli.main(["seed-demo", "--db", db]) == 0
    out = capsys.readouterr().out
    assert "records:" in out and " 0 added" not in out.split("records:")[1]


def test_gc_command(tmp_path, capsys):
    db = str(tmp_path / "s.db")
    assert cli.main(["gc", "--db", db, "--retention-days", "7"]) == 0
    assert "horizon 0 -> 0" in capsys.readouterr().out


def test_a_database_path_that_cannot_be_opened_is_a_clear_error(tmp_path, capsys):
    assert cli.main(["gc", "--db", str(tmp_path)]) == 1  # a directory
    assert "cannot open database" in capsys.readouterr().err
