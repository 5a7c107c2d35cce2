"""Server settings: one dataclass, passed to ``create_app`` and the service (no globals, clock injectable)."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field

from core.hlc import DEFAULT_MAX_SKEW_MS
from core.protocol import DEFAULT_PULL_BYTES, MAX_MUTATIONS_PER_PUSH

DAY_S = 24 * 60 * 60


@dataclass
class Settings:
    db_path: str = "ehrenamt-server.db"
    # tombstones and change-log entries older than this (and below every active device's cursor) are collected;
    # devices not seen for this long no longer hold the horizon back
    retention_days: int = 30
    # mutation results (the idempotency watermark) are kept this long; refresh tokens live as long by default
    mutation_retention_days: int = 180
    max_skew_ms: int = DEFAULT_MAX_SKEW_MS  # a push timestamp further ahead than this is re-stamped
    access_token_ttl_s: int = 60 * 60
    refresh_token_ttl_s: int = 180 * DAY_S
    # failed logins: at most this many per window, counted per username and per client address
    login_window_s: int = 15 * 60
    login_max_failures_per_user: int = 5
    login_max_failures_per_client: int = 30
    trust_forwarded_for: bool = False  # take the client address from X-Forwarded-For (behind a reverse proxy)
    gc_interval_s: float = 24 * 60 * 60  # the running server collects garbage this often (0: only `ehrenamt-server gc`)
    max_push_mutations: int = MAX_MUTATIONS_PER_PUSH
    default_pull_bytes: int = DEFAULT_PULL_BYTES
    min_pull_bytes: int = 1024
    max_pull_bytes: int = 8 * 1024 * 1024
    max_request_bytes: int = 16 * 1024 * 1024  # after gzip decoding
    gzip_minimum_size: int = 1000
    gzip_level: int = 5  # level 9 costs three times the CPU for a few per cent
    # argon2id cost (defaults: argon2-cffi's RFC 9106 low-memory profile); tests lower them
    argon2_time_cost: int = 3
    argon2_memory_cost_kib: int = 64 * 1024
    argon2_parallelism: int = 4
    # seconds since the epoch, as time.time(); tests inject a clock they can move
    clock: Callable[[], float] = field(default=time.time, repr=False)

    def now_ms(self) -> int:
        return int(self.clock() * 1000)

    @property
    def retention_ms(self) -> int:
        return self.retention_days * DAY_S * 1000
