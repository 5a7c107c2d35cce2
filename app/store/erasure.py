"""What a device forgets when the server erases a person cared for (Art. 17 GDPR). Mixed into
:class:`app.store.Replica`.

An erasure reaches the device as purges marked ``erased`` (docs/sync-protocol.md): the records go as with any purge,
and so does what the device kept of them outside its records — the values of edits the server refused (quarantine)
and of edits not sent yet (outbox), including a new visit or task of an erased contact, which the server never
stored. Such an edit stays in the quarantine with the names of its fields but without their values, so the person
who made it still sees that it was refused and why.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from app.store.rows import chunks
from app.store.tables import dumps
from core.access import erased as erased_denial
from core.model import ENTITIES

if TYPE_CHECKING:
    from app.store.replica import Replica

# entity -> the field naming the record it belongs to: an edit of it is about that record, too (a home visit's
# appointment names the contact, and an answer to it names the appointment: the server erases them with the contact)
BELONGS_TO = {"visit": "contact", "task": "contact", "attachment": "owner_id", "appointment": "contact",
              "rsvp": "appointment"}


def without_values(m: dict[str, Any]) -> dict[str, Any]:
    """A mutation that names its fields but holds none of their values (nor the versions it saw)."""
    return {**m, "fields": dict.fromkeys(m["fields"]), "base": dict.fromkeys(m.get("base") or ())}


def creates(m: dict[str, Any]) -> bool:
    """Is mutation ``m`` the creation of its record? It names every required field, none of them with a version it
    saw (an edit of an existing record sees the versions of its required fields)."""
    known = ENTITIES.get(m["entity"])
    if known is None:
        return False
    fields, base = m.get("fields") or {}, m.get("base") or {}
    return all(f.name in fields and base.get(f.name) is None for f in known.fields if f.required)


def concerns(m: dict[str, Any], erased: set[str]) -> bool:
    """Is mutation ``m`` about one of the ``erased`` record ids, or about a record that belongs to one?"""
    if m["record_id"] in erased:
        return True
    parent = BELONGS_TO.get(m["entity"])
    return parent is not None and (m.get("fields") or {}).get(parent) in erased


class ErasureMixin:
    def _forget_erased(self: Replica, erased: set[str]) -> int:
        """Strip the values of quarantined and unsent edits about these erased records (one transaction: the
        caller's). The unsent ones move to the quarantine: the server would refuse them. Returns how many.

        Edits are read in the order they were made, and a record created for an erased one joins them: a later
        edit of a task created for an erased contact no longer names the contact, and an attachment of such a visit
        names only the visit. A record that exists only here, made by the edits forgotten, goes, too."""
        erased = set(erased)
        held = [(seq, "quarantine", mid, entity, json.loads(self._vault.open_text(entity, blob)))
                for seq, mid, entity, blob in self.db.conn.execute(
                    "SELECT seq, mutation_id, entity, mutation FROM quarantine").fetchall()]
        # only these can be about an erased record: its own edits, and those of records that may belong to one
        rows = self.db.conn.execute(
            "SELECT seq, id, entity, record_id, ts, payload FROM outbox "
            f"WHERE entity IN ({', '.join('?' * len(BELONGS_TO))}) ORDER BY seq", list(BELONGS_TO)).fetchall()
        for part in chunks(sorted(erased)):
            rows += self.db.conn.execute(
                "SELECT seq, id, entity, record_id, ts, payload FROM outbox "
                f"WHERE record_id IN ({', '.join('?' * len(part))}) AND entity NOT IN "
                f"({', '.join('?' * len(BELONGS_TO))})", [*part, *BELONGS_TO]).fetchall()
        held += [(seq, "outbox", m["id"], m["entity"], m)
                 for (seq, *_row), m in zip(rows, self._mutations_from_rows([r[1:] for r in rows]), strict=True)]
        forgotten = 0
        unsent: dict[tuple[str, str], set[str]] = {}  # record -> timestamps of its forgotten unsent edits
        for seq, where, mid, entity, m in sorted(held, key=lambda h: h[0]):
            if not concerns(m, erased):
                continue
            if creates(m):  # a record made for an erased one: its later edits are about the person, too
                erased.add(m["record_id"])
            elif where == "outbox" and m["record_id"] not in erased:
                # an unsent edit linking an existing record to an erased one: it goes as it is, and the server
                # refuses it and answers with the record as it has it (the usual way back for a refused edit)
                continue
            reason = erased_denial(m["entity"], m["record_id"]).as_dict()
            if where == "quarantine":
                self.db.conn.execute(
                    "UPDATE quarantine SET mutation = ?, denial = ? WHERE mutation_id = ?",
                    (self._vault.seal_text(entity, dumps(without_values(m))), dumps(reason), mid))
            else:
                self.db.conn.execute("DELETE FROM outbox WHERE seq = ?", (seq,))
                self._quarantine(seq, m, {"denial": reason})  # stripped there, as every erased refusal
                unsent.setdefault((m["entity"], m["record_id"]), set()).add(m["ts"])
            forgotten += 1
        for (entity, record_id), stamps in unsent.items():
            if self._made_only_by(entity, record_id, stamps):  # a record the server never got (a planned home
                self._remove_records(entity, [record_id])  # visit): it goes like the person's records
        return forgotten

    def _made_only_by(self: Replica, entity: str, record_id: str, stamps: set[str]) -> bool:
        """Does every value of the local record come from edits with these timestamps (so it exists only here)?
        A record the server has keeps older versions; it stays (the server answers for it)."""
        if entity not in ENTITIES:
            return False
        state = self._rows(entity).load(entity, record_id)
        if state is None:
            return False
        found: set[str] = set()
        for version in state[1].values():
            if isinstance(version, dict):  # a set field: element -> [present, ts]
                found.update(str(ts) for _present, ts in version.values())
            else:
                found.add(str(version))
        return found <= stamps
