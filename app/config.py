"""App configuration from the environment: where the sync server is, where local data lives, which port to serve.

    EHRENAMT_SERVER_URL  sync server base URL        (default http://127.0.0.1:8787)
    EHRENAMT_DATA_DIR    local data directory        (default build/run/app-data, relative to the working dir)
    EHRENAMT_APP_PORT    port of the web-server mode (default 8550)

Bad values raise `ConfigError` with a precise message instead of starting half-configured.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

DEFAULT_SERVER_URL = "http://127.0.0.1:8787"
DEFAULT_DATA_DIR = "build/run/app-data"
DEFAULT_APP_PORT = 8550
APP_HOST = "127.0.0.1"


class ConfigError(ValueError):
    """An environment variable holds a value the app cannot use."""


@dataclass(frozen=True)
class AppConfig:
    server_url: str = DEFAULT_SERVER_URL
    data_dir: Path = Path(DEFAULT_DATA_DIR)
    port: int = DEFAULT_APP_PORT
    host: str = APP_HOST

    @classmethod
    def from_env(cls, env: Mapping[str, str]) -> AppConfig:
        return cls(
            server_url=_server_url(env.get("EHRENAMT_SERVER_URL") or DEFAULT_SERVER_URL),
            data_dir=Path(env.get("EHRENAMT_DATA_DIR") or DEFAULT_DATA_DIR),
            port=_port(env.get("EHRENAMT_APP_PORT") or str(DEFAULT_APP_PORT)),
        )


def _server_url(value: str) -> str:
    parts = urlsplit(value.strip())
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise ConfigError(
            f"EHRENAMT_SERVER_URL must be an http(s) URL like {DEFAULT_SERVER_URL}, got {value!r}"
        )
    return value.strip().rstrip("/")


def _port(value: str) -> int:
    try:
        port = int(value)
    except ValueError:
        raise ConfigError(f"EHRENAMT_APP_PORT must be a whole number, got {value!r}") from None
    if not 1 <= port <= 65535:
        raise ConfigError(f"EHRENAMT_APP_PORT must be between 1 and 65535, got {port}")
    return port
