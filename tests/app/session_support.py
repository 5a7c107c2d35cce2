"""An AppSession of the app-level tests: its own data dir, the in-process server as transport, fast worker timings."""

from __future__ import annotations

from pathlib import Path

from app.config import AppConfig
from app.services.app_session import AppSession
from tests.sync.harness import Server

FAST = {"interval_s": 3600.0, "debounce_s": 0.02, "backoff_base_s": 0.05, "backoff_max_s": 0.2}


def make_session(tmp_path: Path, server: Server, urls: list[str] | None = None) -> AppSession:
    """``urls`` (when given) collects every server address the session asked a transport for."""

    def factory(url: str):
        if urls is not None:
            urls.append(url)
        return server.transport()

    return AppSession(AppConfig(data_dir=tmp_path / "app-data"), transport_factory=factory,
                      worker_options=dict(FAST))
