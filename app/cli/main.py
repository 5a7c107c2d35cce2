"""``ehrenamt`` — the command line over the local replica.

    ehrenamt --data-dir DIR COMMAND ...      (the replica file is DIR/replica.db)

Each command group lives in its own module under app/cli/ with a ``register(subparsers)`` function; this file
imports the modules named in COMMAND_MODULES (append yours there). Handlers follow app/cli/context.py.
Exit codes: 0 done, 1 refused (invalid input, not allowed, not found; nothing was changed), 2 usage error.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from app.cli.context import EXIT_REFUSED, EXIT_USAGE, CliContext, CliError
from app.store import StoreError, ValidationFailed

COMMAND_MODULES: tuple[str, ...] = (
    "app.cli.session_commands",
    "app.cli.demo_commands",
    "app.cli.offer_commands",
    "app.cli.search_commands",
    "app.cli.transfer_commands",
    "app.cli.sync_commands",
)

EPILOG = ("Exit-Codes: 0 erledigt, 1 abgelehnt (ungültige Eingabe, keine Berechtigung, nicht gefunden – "
          "es wurde nichts geändert), 2 falscher Aufruf.")


def default_data_dir() -> Path:
    env = os.environ.get("EHRENAMT_DATA_DIR")
    return Path(env) if env else Path.home() / ".ehrenamt"


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="ehrenamt", description="Ehrenamt 4.0 – lokale Daten verwalten (offline).", epilog=EPILOG)
    parser.add_argument("--data-dir", type=Path, default=None, metavar="DIR",
                        help="Datenverzeichnis (Datei DIR/replica.db); Standard: $EHRENAMT_DATA_DIR oder ~/.ehrenamt")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(sub)
    return parser


def _report(ctx: CliContext, message: str, details: list[str]) -> None:
    ctx.err(f"Fehler: {message}")
    for line in details:
        ctx.err(f"  - {line}")


def main(argv: Sequence[str] | None = None, *, wall_ms: Callable[[], int] | None = None) -> int:
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure") and (stream.encoding or "").lower().replace("-", "") != "utf8":
            stream.reconfigure(errors="backslashreplace")
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse: --help (0) or a usage error (2)
        return exc.code if isinstance(exc.code, int) else EXIT_USAGE
    handler = getattr(args, "handler", None)
    if handler is None:
        parser.print_help(sys.stderr)
        return EXIT_USAGE
    ctx = CliContext(args.data_dir or default_data_dir(), wall_ms=wall_ms)
    try:
        return int(handler(ctx, args) or 0)
    except CliError as exc:
        _report(ctx, exc.message, exc.details)
        return exc.code
    except ValidationFailed as exc:
        _report(ctx, "Die Angaben sind nicht gültig – es wurde nichts gespeichert.",
                [p.message for p in exc.problems])
        return EXIT_REFUSED
    except StoreError as exc:
        _report(ctx, exc.message, [])
        return EXIT_REFUSED
    except KeyboardInterrupt:
        ctx.err("Abgebrochen.")
        return 130
    except BrokenPipeError:  # output piped into e.g. `head`, which stopped reading
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0
    finally:
        ctx.close()


if __name__ == "__main__":
    sys.exit(main())
