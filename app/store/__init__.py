"""The local replica (SQLite via sqlite-utils): see app/store/README.md."""

from app.store.care import CareCodec, CareVault
from app.store.errors import NotFound, PermissionDenied, SchemaTooNew, StoreError, ValidationFailed
from app.store.replica import Replica

__all__ = ["CareCodec", "CareVault", "NotFound", "PermissionDenied", "Replica", "SchemaTooNew", "StoreError",
           "ValidationFailed"]
