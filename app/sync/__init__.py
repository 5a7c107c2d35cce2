"""Client sync engine: a Transport contract, the I/O-free-ish SyncEngine and the asyncio SyncWorker.

Everything here is pure Python + asyncio (no threads, no blocking sleeps) so it runs natively and in Pyodide.
The network comes in through a :class:`~app.sync.transport.Transport`; storage is the replica (``app.store``).
"""

from app.sync.engine import SyncEngine, SyncError, SyncReport
from app.sync.transport import Transport, TransportError, TransportResponse
from app.sync.worker import SyncStatus, SyncWorker

__all__ = [
    "SyncEngine",
    "SyncError",
    "SyncReport",
    "SyncStatus",
    "SyncWorker",
    "Transport",
    "TransportError",
    "TransportResponse",
]
