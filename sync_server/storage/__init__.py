"""Storage behind one interface (:mod:`sync_server.storage.base`); SQLite now, PostgreSQL later."""

from sync_server.storage.base import Storage
from sync_server.storage.sqlite import SQLiteStorage

__all__ = ["SQLiteStorage", "Storage"]
