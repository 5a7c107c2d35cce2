"""Writing demo content into a replica as a sync would deliver it to one person (or to a visitor).

Only records the account may see (core.access: the record's scope keys meet the account's subscriptions) are
written, so even demo care data stays with the Lotsen and coordinators it belongs to. Records are written as
local records with versions and *no* outbox entries (the server seeds the same deterministic ids).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from core.access import Actor, scope_keys, subscriptions

if TYPE_CHECKING:
    from app.store.replica import Replica

Record = tuple[str, dict[str, Any]]


def actor_of(account: dict[str, Any] | None) -> Actor | None:
    if not account:
        return None
    return Actor(account["username"], frozenset(account.get("roles") or ()), account.get("municipality") or "",
                 frozenset(account.get("organisations") or ()))


def visible_records(records: list[Record], account: dict[str, Any] | None) -> list[Record]:
    """The records ``account`` (None: a visitor) would receive from the server, in the given order."""
    by_key = {(entity, values.get("id")): values for entity, values in records}

    def lookup(entity: str, record_id: str) -> dict[str, Any] | None:
        return by_key.get((entity, record_id))

    keys = subscriptions(actor_of(account))
    return [(entity, values) for entity, values in records if scope_keys(entity, values, lookup) & keys]


def seed_demo(replica: Replica, records: list[Record], account: dict[str, Any] | None) -> dict[str, int]:
    """Seed what ``account`` may see; sets the replica's session to ``account`` (without any password)."""
    counts = replica.seed(visible_records(records, account))
    if account is not None:
        replica.set_session({k: v for k, v in account.items() if k != "password"})
    return counts
