"""The CLI called in-process (``app.cli.main.main``): seed-demo with own fixtures, sessions, the command
registry that other command groups (login/sync/conflicts) plug into."""

from __future__ import annotations

import argparse
import json
import sys
import types

import pytest

from app.cli import main as cli_main
from app.store import Replica
from core.ids import stable_id

TODAY = "2025-11-26"


def _id(key: str) -> str:
    return stable_id("test-demo", key)


ACCOUNTS = [
    {"username": "anna", "password": "x", "display_name": "Anna", "roles": ["volunteer"],
     "municipality": "arnsberg", "organisations": []},
    {"username": "lotte", "password": "x", "display_name": "Lotte", "roles": ["lotse"],
     "municipality": "arnsberg", "organisations": []},
]


def _records(today):
    contact = {"id": _id("c"), "name": "Erika Demo", "municipality": "arnsberg", "assigned_lotsen": ["lotte"],
               "consent_scope": ["kontaktdaten"], "consent_date": "2025-11-01", "consent_recorded_by": "lotte"}
    return [
        ("organisation", {"id": _id("o"), "name": "Demo-Verein", "kind": "verein", "municipality": "arnsberg"}),
        ("offer", {"id": _id("active"), "area": "wissen", "direction": "biete", "title": "Öffentliches Angebot",
                   "municipality": "arnsberg", "owner": "bert", "status": "active"}),
        ("offer", {"id": _id("draft"), "area": "wissen", "direction": "biete", "title": "Annas Entwurf",
                   "municipality": "arnsberg", "owner": "anna", "status": "draft"}),
        ("contact", contact),
        ("visit", {"id": _id("v"), "contact": _id("c"), "date": today.isoformat(), "author": "lotte"}),
    ]


@pytest.fixture
def fake_demo(monkeypatch):
    demo = types.ModuleType("core.demo")
    demo.demo_accounts = lambda: [dict(a) for a in ACCOUNTS]
    demo.demo_records = _records
    monkeypatch.setitem(sys.modules, "core.demo", demo)
    return demo


def cli(capsys, *args):
    code = cli_main.main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_seed_demo_writes_what_the_account_may_see_without_outbox(tmp_path, capsys, fake_demo):
    visitor = tmp_path / "v"
    code, out, _ = cli(capsys, "--data-dir", str(visitor), "seed-demo", "--today", TODAY)
    assert code == 0 and out.startswith("2 Demo-Datensätze")
    code, out, _ = cli(capsys, "--data-dir", str(visitor), "offer", "list", "--json")
    assert [o["title"] for o in json.loads(out)] == ["Öffentliches Angebot"]

    anna = tmp_path / "a"
    assert cli(capsys, "--data-dir", str(anna), "seed-demo", "--as", "anna", "--today", TODAY)[0] == 0
    code, out, _ = cli(capsys, "--data-dir", str(anna), "offer", "list", "--json")
    assert {o["title"] for o in json.loads(out)} == {"Öffentliches Angebot", "Annas Entwurf"}

    lotte = tmp_path / "l"
    assert cli(capsys, "--data-dir", str(lotte), "seed-demo", "--as", "lotte", "--today", TODAY)[0] == 0
    r = Replica.open(lotte / "replica.db")
    assert r.session["username"] == "lotte" and "password" not in r.session
    assert [c["name"] for c in r.contacts()] == ["Erika Demo"]
    assert [v["date"] for v in r.visits_of(_id("c"))] == [TODAY]
    assert r.outbox_count() == 0 and r.versions("offer", _id("active"))["title"]
    r.close()
    code, out, _ = cli(capsys, "--data-dir", str(lotte), "seed-demo", "--as", "lotte", "--today", TODAY)
    assert code == 0 and out.startswith("0 Demo-Datensätze")


def test_seed_demo_refuses_unknown_people_and_bad_dates(tmp_path, capsys, fake_demo):
    code, _, err = cli(capsys, "--data-dir", str(tmp_path), "seed-demo", "--as", "nobody")
    assert code == 1 and "Vorhanden: anna, lotte" in err
    code, _, err = cli(capsys, "--data-dir", str(tmp_path), "seed-demo", "--today", "morgen")
    assert code == 1 and "--today" in err


def test_seed_demo_says_when_demo_content_is_missing(tmp_path, capsys, monkeypatch):
    monkeypatch.setitem(sys.modules, "core.demo", types.ModuleType("core.demo"))
    code, _, err = cli(capsys, "--data-dir", str(tmp_path), "seed-demo")
    assert code == 1 and "core.demo" in err


def test_session_show_set_clear(tmp_path, capsys):
    d = str(tmp_path)
    assert "Niemand angemeldet" in cli(capsys, "--data-dir", d, "session", "show")[1]
    code, _, err = cli(capsys, "--data-dir", d, "session", "set", "Anna Admin")
    assert code == 1 and "kein gültiger Benutzername" in err
    assert cli(capsys, "--data-dir", d, "session", "set", "koord", "--role", "coordinator", "--municipality",
               "menden", "--display-name", "Koordination Menden")[0] == 0
    code, out, _ = cli(capsys, "--data-dir", d, "session", "show", "--json")
    assert json.loads(out)["roles"] == ["coordinator"]
    assert "Koordination Menden (koord) – Rollen: Koordination – Ort: Menden" in cli(
        capsys, "--data-dir", d, "session", "show")[1]
    assert cli(capsys, "--data-dir", d, "session", "clear")[0] == 0
    assert json.loads(cli(capsys, "--data-dir", d, "session", "show", "--json")[1]) is None


def test_edit_flags_follow_the_schema(tmp_path, capsys):
    d = str(tmp_path)
    cli(capsys, "--data-dir", d, "session", "set", "anna", "--municipality", "arnsberg")
    code, out, err = cli(capsys, "--data-dir", d, "offer", "add", "--area", "Wissensbörse", "--direction",
                         "Ich suche", "--title", "Hilfe mit Excel", "--municipality", "arnsberg",
                         "--categories", "digitales;bildung", "--valid-until", "1.3.2026", "--commitment",
                         "regelmaessig")
    assert code == 0, err
    oid = out.strip()
    assert cli(capsys, "--data-dir", d, "offer", "edit", oid, "--category", "digitales")[0] == 0
    code, out, err = cli(capsys, "--data-dir", d, "offer", "edit", oid, "--category", "digitales")
    assert code == 0 and "Keine Änderung" in err
    shown = json.loads(cli(capsys, "--data-dir", d, "offer", "show", oid, "--json")[1])
    assert shown["categories"] == ["digitales"] and shown["valid_until"] == "2026-03-01"
    assert shown["area"] == "wissen" and shown["direction"] == "suche"
    code, _, err = cli(capsys, "--data-dir", d, "offer", "edit", oid, "--owner", "bert")
    assert code == 2  # no such flag: the owner never changes
    code, out, _ = cli(capsys, "--data-dir", d, "offer", "list")
    assert "Hilfe mit Excel" in out and "1 Eintrag." in out


def test_the_command_registry_takes_new_modules(tmp_path, capsys, monkeypatch):
    calls = []
    plugin = types.ModuleType("app.cli.ping_commands")

    def register(sub):
        p = sub.add_parser("ping", help="test command")
        p.add_argument("--times", type=int, default=1)

        def handler(ctx, args: argparse.Namespace) -> int:
            calls.append((ctx.replica().node_id, args.times))
            ctx.out("pong")
            return 0

        p.set_defaults(handler=handler)

    plugin.register = register
    monkeypatch.setitem(sys.modules, "app.cli.ping_commands", plugin)
    monkeypatch.setattr(cli_main, "COMMAND_MODULES", (*cli_main.COMMAND_MODULES, "app.cli.ping_commands"))
    code, out, _ = cli(capsys, "--data-dir", str(tmp_path), "ping", "--times", "3")
    assert code == 0 and out == "pong\n" and calls[0][1] == 3 and len(calls[0][0]) == 16


def test_search_prints_ranked_hits(tmp_path, capsys):
    d = str(tmp_path)
    cli(capsys, "--data-dir", d, "session", "set", "anna", "--municipality", "arnsberg")
    for title in ("Spaziergänge an der Ruhr", "Ruhrtal-Radtour"):
        cli(capsys, "--data-dir", d, "offer", "add", "--area", "ehrenamt", "--direction", "biete", "--title",
            title, "--municipality", "arnsberg")
    code, out, _ = cli(capsys, "--data-dir", d, "search", "ruhr")
    assert code == 0 and "Spaziergänge an der Ruhr" in out and "Ruhrtal-Radtour" in out
    assert cli(capsys, "--data-dir", d, "search", "x", "--limit", "0")[0] == 1
