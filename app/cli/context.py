"""What every command handler gets: the data directory, the replica (opened on first use) and output helpers.

A command module registers its sub-commands with ``register(subparsers)`` and sets
``parser.set_defaults(handler=fn)`` where ``fn(ctx: CliContext, args) -> int`` returns the exit code
(async work: ``asyncio.run(...)`` inside the handler). Raise :class:`CliError` for a refused request; a
:class:`app.store.StoreError` is reported the same way (exit code 1).
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.store import Replica

REPLICA_FILE = "replica.db"
EXIT_OK, EXIT_REFUSED, EXIT_USAGE = 0, 1, 2


class CliError(Exception):
    """A refused request: ``message`` (German, may name English terms) goes to stderr; nothing was changed."""

    def __init__(self, message: str, code: int = EXIT_REFUSED, details: list[str] | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.code = code
        self.details = details or []


@dataclass
class CliContext:
    data_dir: Path
    wall_ms: Callable[[], int] | None = None
    _replica: Replica | None = field(default=None, repr=False)

    @property
    def replica_path(self) -> Path:
        return self.data_dir / REPLICA_FILE

    def replica(self) -> Replica:
        if self._replica is None:
            self._replica = Replica.open(self.replica_path, self.wall_ms)
        return self._replica

    def close(self) -> None:
        if self._replica is not None:
            self._replica.close()
            self._replica = None

    @staticmethod
    def out(text: str = "") -> None:
        print(text, file=sys.stdout)

    @staticmethod
    def err(text: str) -> None:
        print(text, file=sys.stderr)

    @staticmethod
    def json(data: Any) -> None:
        print(json.dumps(data, ensure_ascii=False, indent=2), file=sys.stdout)
