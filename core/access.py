"""Access rules: which scope keys a record carries, which keys a person subscribes to, and who may write what.

The server computes a record's scope keys every time it is written and stores them with the change; a device
receives a change only when one of its account's subscriptions is among those keys. The client never decides what
it may see. Keys:
- ``pub`` — public data (active offers, organisations, guides, public appointments); anonymous visitors too;
- ``u:<username>`` — one person (drafts, own offers, appointments organised or invited to, conflicts, assigned
  contacts of a Lotse);
- ``care:<town>`` — the coordinators of that town's care navigation (contacts, visits, tasks);
- ``coord:<town>`` — the coordinators of that town for club coaching requests.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from core.model import ENTITIES
from core.model import entity as entity_def
from core.schema import DELETED, Entity

PUBLIC = "pub"
Lookup = Callable[[str, str], "dict[str, Any] | None"]  # (entity, id) -> current values, or None


def user_key(username: str) -> str:
    return f"u:{username}"


@dataclass(frozen=True)
class Actor:
    username: str
    roles: frozenset[str] = field(default_factory=frozenset)
    municipality: str = ""
    organisations: frozenset[str] = field(default_factory=frozenset)

    def has(self, role: str) -> bool:
        return role in self.roles

    def coordinates(self, municipality: Any) -> bool:
        return self.has("coordinator") and bool(self.municipality) and municipality == self.municipality


ANONYMOUS = None


def subscriptions(actor: Actor | None) -> frozenset[str]:
    if actor is None:
        return frozenset({PUBLIC})
    keys = {PUBLIC, user_key(actor.username)}
    if actor.has("coordinator") and actor.municipality:
        keys |= {f"care:{actor.municipality}", f"coord:{actor.municipality}"}
    return frozenset(keys)


def _users(values: Iterable[Any] | None) -> set[str]:
    return {user_key(u) for u in (values or ()) if isinstance(u, str) and u}


def scope_keys(entity_name: str, values: dict[str, Any], lookup: Lookup) -> frozenset[str]:
    """The scope keys of a record in its current state (tombstones keep the scope they had)."""
    v = values
    keys: set[str] = set()
    if entity_name in ("organisation", "guide"):
        keys.add(PUBLIC)
    elif entity_name == "offer":
        owner = v.get("owner")
        if isinstance(owner, str) and owner:
            keys.add(user_key(owner))
        if v.get("status") in ("active", "matched"):
            keys.add(PUBLIC)
    elif entity_name == "interest":
        keys |= _users([v.get("from_user")])
        offer = lookup("offer", v.get("offer") or "")
        if offer:
            keys |= _users([offer.get("owner")])
    elif entity_name == "appointment":
        keys |= _users([v.get("organiser")]) | _users(v.get("invitees"))
        if v.get("public") and v.get("status") != "requested":
            keys.add(PUBLIC)
        if v.get("kind") == "coaching":
            town = _appointment_town(v, lookup)
            if town:
                keys.add(f"coord:{town}")
    elif entity_name == "rsvp":
        keys |= _users([v.get("person")])
        appointment = lookup("appointment", v.get("appointment") or "")
        if appointment:
            keys |= _users([appointment.get("organiser")]) | _users(appointment.get("invitees"))
    elif entity_name == "contact":
        keys |= _users(v.get("assigned_lotsen"))
        if v.get("municipality"):
            keys.add(f"care:{v['municipality']}")
    elif entity_name in ("visit", "task"):
        contact = lookup("contact", v.get("contact") or "")
        if contact:
            keys |= scope_keys("contact", contact, lookup)
    elif entity_name == "attachment":
        owner_entity, owner_id = v.get("owner_entity"), v.get("owner_id")
        if isinstance(owner_entity, str) and owner_entity in ENTITIES and owner_entity != "attachment" \
                and isinstance(owner_id, str) and owner_id:
            owner = lookup(owner_entity, owner_id)
            if owner is not None:
                keys |= scope_keys(owner_entity, owner, lookup)
    elif entity_name == "account":
        keys |= _users([v.get("username")])
    elif entity_name == "conflict":
        keys |= _users(v.get("concerned"))
    return frozenset(keys)


def _appointment_town(values: dict[str, Any], lookup: Lookup) -> str | None:
    org = lookup("organisation", values.get("organisation") or "")
    if org and org.get("municipality"):
        return str(org["municipality"])
    return None


@dataclass(frozen=True)
class Denial:
    code: str  # forbidden, immutable, append_only, not_found
    detail: str  # precise, English, for the API and logs
    message: str  # German, for the person

    def as_dict(self) -> dict[str, str]:
        return {"code": self.code, "detail": self.detail, "message": self.message}


ERASED = "erased"  # the code of that denial


def erased(entity: str, record_id: str) -> Denial:
    """Why an edit of a record erased on request of the person (Art. 17 GDPR) is refused (server and device)."""
    return Denial(ERASED, f"{entity} {record_id} was erased (Art. 17 GDPR)",
                  "Dieser Eintrag wurde auf Wunsch der betroffenen Person endgültig gelöscht.")


def _deny(detail: str, message: str = "Dazu fehlt Ihnen die Berechtigung.") -> Denial:
    return Denial("forbidden", detail, message)


def check_write(
    actor: Actor | None,
    entity_name: str,
    before: dict[str, Any] | None,
    changes: dict[str, Any],
    lookup: Lookup,
) -> Denial | None:
    """May ``actor`` apply ``changes`` (field -> new value) to a record whose current state is ``before``
    (None: the record does not exist yet)? Returns None when allowed, else a :class:`Denial`."""
    if actor is None:
        return _deny("anonymous clients cannot write", "Bitte melden Sie sich an, um Änderungen zu speichern.")
    ent = entity_def(entity_name)
    changes = _new_values(ent, before, changes)
    if ent.server_only:
        return _check_conflict(actor, before, changes)
    if before is not None:
        for name in ent.immutable_fields.intersection(changes):
            if before.get(name) is not None and changes[name] != before.get(name):
                label = ent.field(name).label  # type: ignore[union-attr]  # an immutable field is a model field
                return Denial("immutable", f"field {name!r} of {entity_name} cannot change",
                              f"„{label}“ kann nachträglich nicht geändert werden.")
        if ent.append_only and set(changes) - {DELETED}:
            return Denial("append_only", f"{entity_name} entries are append-only",
                          "Ein erfasster Besuch kann nicht geändert werden. Bitte einen neuen Eintrag anlegen.")
    after = dict(before or {})
    after.update(changes)
    rule = _RULES.get(entity_name)
    if rule is None:
        return _deny(f"no write rule for {entity_name}")
    return rule(actor, before, after, changes, lookup)


def _new_values(ent: Entity, before: dict[str, Any] | None, changes: dict[str, Any]) -> dict[str, Any]:
    """``changes`` with every set field given as element operations ``{element: present}`` (as mutations carry
    them) turned into the field's new list, so the rules below always see values."""
    if not ent.set_fields:
        return changes
    out = dict(changes)
    for name in ent.set_fields:
        ops = out.get(name)
        if isinstance(ops, dict):
            current = set((before or {}).get(name) or ())
            current |= {e for e, present in ops.items() if present}
            current -= {e for e, present in ops.items() if not present}
            out[name] = sorted(current)
    return out


Rule = Callable[[Actor, "dict[str, Any] | None", dict[str, Any], dict[str, Any], Lookup], "Denial | None"]


def _is_org_admin(actor: Actor, org_id: Any, lookup: Lookup) -> bool:
    if not org_id:
        return False
    org = lookup("organisation", org_id)
    return org is not None and actor.username in (org.get("admins") or [])


def _may_publish_for(actor: Actor, org_id: Any, lookup: Lookup) -> bool:
    """May ``actor`` publish an offer in the name of organisation ``org_id``?"""
    return _is_org_admin(actor, org_id, lookup) or actor.has("coordinator") or actor.has("admin")


def _organisation(actor: Actor, before: dict[str, Any] | None, after: dict[str, Any],
                  changes: dict[str, Any], lookup: Lookup) -> Denial | None:
    if actor.has("admin") or actor.coordinates(after.get("municipality")) and (
            before is None or actor.coordinates(before.get("municipality"))):
        return None
    if before is None:
        if actor.has("club_admin") and actor.username in (after.get("admins") or []):
            return None
        return _deny("only club admins listing themselves, coordinators and admins create organisations")
    if actor.username in (before.get("admins") or []):
        return None
    return _deny("only the organisation's admins, its town's coordinators and admins may edit it")


def _offer(actor: Actor, before: dict[str, Any] | None, after: dict[str, Any],
           changes: dict[str, Any], lookup: Lookup) -> Denial | None:
    if before is None:
        if after.get("owner") != actor.username:
            return _deny("an offer's owner must be its creator")
    elif not (before.get("owner") == actor.username or actor.has("admin")
              or actor.coordinates(before.get("municipality")) or _is_org_admin(actor, before.get("organisation"), lookup)):
        return _deny("only the owner, the organisation's admins or coordinators may edit an offer")
    org = after.get("organisation")
    if org and (before is None or org != before.get("organisation")) and not _may_publish_for(actor, org, lookup):
        return _deny("only the organisation's admins may publish offers in its name",
                     "Nur die Verwaltung dieser Organisation darf in ihrem Namen veröffentlichen.")
    return None


def _interest(actor: Actor, before: dict[str, Any] | None, after: dict[str, Any],
              changes: dict[str, Any], lookup: Lookup) -> Denial | None:
    offer = lookup("offer", after.get("offer") or "")
    if offer is None:
        return Denial("not_found", "the offer does not exist", "Das Angebot gibt es nicht (mehr).")
    if before is None:
        if after.get("from_user") != actor.username:
            return _deny("an interest must come from its creator")
        if offer.get("status") != "active" or offer.get(DELETED):
            return _deny("interest can only be reported for active offers",
                         "Für dieses Angebot kann kein Interesse mehr gemeldet werden.")
        return None
    if offer.get("owner") == actor.username and set(changes) <= {"status", "answer"}:
        return None
    if before.get("from_user") == actor.username and set(changes) <= {"message", DELETED}:
        return None
    return _deny("only the sender edits the message; only the offer's owner answers")


_GUEST_LOCKED = {"organiser", "invitees", "public", "guests_can_edit", DELETED}


def _appointment(actor: Actor, before: dict[str, Any] | None, after: dict[str, Any],
                 changes: dict[str, Any], lookup: Lookup) -> Denial | None:
    if before is None:
        return None if after.get("organiser") == actor.username else _deny("the organiser must be the creator")
    if before.get("organiser") == actor.username or actor.has("admin"):
        return None
    if before.get("kind") == "coaching" and actor.coordinates(_appointment_town(before, lookup)):
        return None
    invited = actor.username in (before.get("invitees") or [])
    if invited and before.get("guests_can_edit") and not set(changes) & _GUEST_LOCKED:
        return None
    return _deny("only the organiser (and invitees, where allowed) may edit an appointment")


def _rsvp(actor: Actor, before: dict[str, Any] | None, after: dict[str, Any],
          changes: dict[str, Any], lookup: Lookup) -> Denial | None:
    if after.get("person") != actor.username:
        return _deny("people answer invitations only for themselves")
    appointment = lookup("appointment", after.get("appointment") or "")
    if appointment is None or appointment.get(DELETED):
        return Denial("not_found", "the appointment does not exist", "Den Termin gibt es nicht (mehr).")
    if appointment.get("public") or actor.username in (appointment.get("invitees") or []) \
            or appointment.get("organiser") == actor.username:
        return None
    return _deny("only invitees answer a private appointment")


def _guide(actor: Actor, before: dict[str, Any] | None, after: dict[str, Any],
           changes: dict[str, Any], lookup: Lookup) -> Denial | None:
    if actor.has("coordinator") or actor.has("admin"):
        return None
    return _deny("only coordinators and admins write toolbox guides")


def _contact(actor: Actor, before: dict[str, Any] | None, after: dict[str, Any],
             changes: dict[str, Any], lookup: Lookup) -> Denial | None:
    if before is None:
        if actor.coordinates(after.get("municipality")):
            return None
        if actor.has("lotse") and actor.username in (after.get("assigned_lotsen") or []) \
                and after.get("municipality") == actor.municipality:
            return None
        return _deny("contacts are created by a Lotse of the town (assigning themselves) or its coordinator")
    if actor.coordinates(before.get("municipality")) and actor.coordinates(after.get("municipality")):
        return None
    if actor.has("lotse") and actor.username in (before.get("assigned_lotsen") or []):
        if set(changes) & {"assigned_lotsen", "municipality", DELETED}:
            return _deny("only the coordinator reassigns, moves or deletes a contact",
                         "Zuständigkeit, Ort oder Löschung ändert nur die Koordination.")
        return None
    return _deny("only the assigned Lotsen and the town's coordinator may change a contact")


def _care_child(actor: Actor, before: dict[str, Any] | None, after: dict[str, Any],
                changes: dict[str, Any], lookup: Lookup) -> Denial | None:
    contact = lookup("contact", after.get("contact") or "")
    if contact is None or contact.get(DELETED):
        return Denial("not_found", "the contact does not exist", "Den Kontakt gibt es nicht (mehr).")
    if actor.coordinates(contact.get("municipality")):
        return None
    if actor.has("lotse") and actor.username in (contact.get("assigned_lotsen") or []):
        if DELETED in changes and "author" in after and before is not None:
            return _deny("only the coordinator deletes visit entries", "Besuche löscht nur die Koordination.")
        return None
    return _deny("only the contact's Lotsen and the town's coordinator may write its visits and tasks")


def _visit(actor: Actor, before: dict[str, Any] | None, after: dict[str, Any],
           changes: dict[str, Any], lookup: Lookup) -> Denial | None:
    if before is None and after.get("author") != actor.username:
        return _deny("a visit's author must be its creator")
    return _care_child(actor, before, after, changes, lookup)


def _attachment(actor: Actor, before: dict[str, Any] | None, after: dict[str, Any],
                changes: dict[str, Any], lookup: Lookup) -> Denial | None:
    owner_entity, owner_id = after.get("owner_entity"), after.get("owner_id")
    if owner_entity not in _RULES or owner_entity == "attachment":
        return _deny(f"attachments cannot belong to {owner_entity!r}")
    owner = lookup(owner_entity, owner_id or "")
    if owner is None:
        return Denial("not_found", "the owner record does not exist", "Der Datensatz existiert nicht.")
    return _RULES[owner_entity](actor, owner, owner, {}, lookup)


def _account(actor: Actor, before: dict[str, Any] | None, after: dict[str, Any],
             changes: dict[str, Any], lookup: Lookup) -> Denial | None:
    if actor.has("admin"):
        return None
    if before is not None and before.get("username") == actor.username and set(changes) <= {"display_name"}:
        return None
    return _deny("people change only their own display name; admins manage accounts")


def _check_conflict(actor: Actor, before: dict[str, Any] | None, changes: dict[str, Any]) -> Denial | None:
    if before is not None and actor.username in (before.get("concerned") or []) and set(changes) <= {"status"}:
        return None
    return _deny("conflict records are written by the server; the people concerned only set their status")


_RULES: dict[str, Rule] = {
    "organisation": _organisation,
    "offer": _offer,
    "interest": _interest,
    "appointment": _appointment,
    "rsvp": _rsvp,
    "guide": _guide,
    "contact": _contact,
    "visit": _visit,
    "task": _care_child,
    "attachment": _attachment,
    "account": _account,
}
