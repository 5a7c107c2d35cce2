"""Create or edit an offer/request. Field names are the schema's (core.model OFFER); messages come from
core.validation and are shown next to their field. Nothing typed is ever lost: a failed save keeps every value.

Text inputs are held as typed (``hours`` "2", ``valid_until`` "31.12.2026") and converted on save; a value that
cannot be converted gets its own German message next to the field, together with all other problems at once.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from app.store import NotFound, PermissionDenied, ValidationFailed
from app.viewmodels.observable import SessionFollower
from app.viewmodels.offers import OfferSession, date_de, labels_order, parse_date_de, replica_of
from core import reference as ref
from core.access import check_write
from core.model import entity as entity_def
from core.validation import validate, with_defaults

OFFER = entity_def("offer")
TEXT_FIELDS = ("title", "description", "place", "hours", "availability", "valid_until")
CHOICE_FIELDS = ("area", "direction", "municipality", "commitment", "status", "organisation")
NEW_STATUSES = ("active", "draft")
MAX_CATEGORIES = OFFER.field("categories").max_items or 5


@dataclass(frozen=True)
class OrganisationChoice:
    id: str
    name: str


def _same(value: Any, stored: Any) -> bool:
    """Does a form value equal the stored one (an empty input equals an absent value)?"""
    if isinstance(value, bool) or isinstance(stored, bool):
        return bool(value) == bool(stored)
    if isinstance(value, list) or isinstance(stored, list):
        return sorted(value or []) == sorted(stored or [])
    if value in (None, "") and stored in (None, ""):
        return True
    return value == stored


def _label(name: str) -> str:
    f = OFFER.field(name)
    return f.label if f else name


class OfferFormViewModel(SessionFollower):
    def __init__(self, session: OfferSession, offer_id: str | None = None) -> None:
        super().__init__()
        self.session = session
        self.offer_id = offer_id
        self.values: dict[str, Any] = {}
        self.errors: dict[str, str] = {}
        self.form_error: str | None = None
        self.original: dict[str, Any] | None = None
        self.loaded = False
        self.saved_id: str | None = None
        self.load()

    # -- state
    @property
    def is_new(self) -> bool:
        return self.offer_id is None

    @property
    def signed_in(self) -> bool:
        replica = replica_of(self.session)
        return replica is not None and replica.username is not None

    @property
    def found(self) -> bool:
        return self.is_new or self.original is not None

    @property
    def may_edit(self) -> bool:
        replica = replica_of(self.session)
        if replica is None or replica.actor is None:
            return False
        if self.is_new:
            return True
        if self.original is None:
            return False
        lookup = lambda e, i: replica.get(e, i, include_deleted=True)  # noqa: E731
        return check_write(replica.actor, "offer", self.original, {"title": "x"}, lookup) is None

    def status_choices(self) -> tuple[str, ...]:
        current = (self.original or {}).get("status")
        if self.is_new or current in NEW_STATUSES:
            return NEW_STATUSES
        return tuple(ref.OFFER_STATUS)

    def organisation_choices(self) -> list[OrganisationChoice]:
        """Organisations the person may publish for (the ones they administer), plus the offer's current one."""
        replica = replica_of(self.session)
        if replica is None:
            return []
        actor = replica.actor
        ids = set(actor.organisations) if actor else set()
        if self.original and self.original.get("organisation"):
            ids.add(self.original["organisation"])
        out = []
        for org_id in ids:
            org = replica.get("organisation", org_id)
            out.append(OrganisationChoice(org_id, (org or {}).get("name") or org_id))
        return sorted(out, key=lambda o: o.name.casefold())

    # -- lifecycle (SessionFollower): follows login/logout; the form keeps what was typed
    def session_changed(self) -> None:
        if not self.loaded or (not self.is_new and self.original is None):
            self.load()
            self.notify()

    def load(self) -> None:
        """Fill the form: an existing offer's values, or the defaults for a new one."""
        replica = replica_of(self.session)
        if self.is_new:
            if not self.values:  # never overwrite what was typed (the session may open after the form)
                self.values = {
                    "area": None, "direction": None, "title": "", "description": "", "categories": [],
                    "municipality": None, "place": "", "online_possible": False, "commitment": "einmalig",
                    "hours": "", "availability": "", "organisation": None, "valid_until": "", "status": "active",
                }
            town = (replica.actor.municipality if replica is not None and replica.actor else "") or None
            if self.values.get("municipality") is None and town in ref.MUNICIPALITIES:
                self.values["municipality"] = town
            self.loaded = replica is not None
            return
        record = replica.get("offer", self.offer_id) if replica is not None else None
        self.original = record
        self.loaded = replica is not None
        if record is None:
            return
        self.values = {
            "area": record.get("area"), "direction": record.get("direction"), "title": record.get("title") or "",
            "description": record.get("description") or "",
            "categories": labels_order(record.get("categories") or []),
            "municipality": record.get("municipality"), "place": record.get("place") or "",
            "online_possible": bool(record.get("online_possible")),
            "commitment": record.get("commitment") or "einmalig",
            "hours": "" if record.get("hours") is None else str(record["hours"]),
            "availability": record.get("availability") or "", "organisation": record.get("organisation"),
            "valid_until": date_de(record.get("valid_until")), "status": record.get("status") or "draft",
        }

    # -- editing
    def set(self, name: str, value: Any, *, typed: bool = True) -> None:
        """One field changed (text as typed, a choice code, a bool). Clears that field's message.
        ``typed=False``: the value comes from elsewhere (a date picker), so the field must show it."""
        if name not in TEXT_FIELDS + CHOICE_FIELDS + ("online_possible", "categories"):
            raise KeyError(f"unknown form field {name!r}")
        if name in CHOICE_FIELDS and value in ("", "none"):
            value = None
        self.values[name] = value
        had_error = self.errors.pop(name, None) is not None or self.form_error is not None
        self.form_error = None
        if had_error or name not in TEXT_FIELDS or not typed:
            self.notify()

    def toggle_category(self, category: str, selected: bool | None = None) -> None:
        if category not in ref.CATEGORIES:
            raise ValueError(f"unknown category {category!r}")
        cats = list(self.values.get("categories") or [])
        on = (category not in cats) if selected is None else selected
        if on and category not in cats:
            cats.append(category)
        elif not on and category in cats:
            cats.remove(category)
        self.set("categories", labels_order(cats))
        if len(cats) > MAX_CATEGORIES:
            self.errors["categories"] = f"{_label('categories')}: höchstens {MAX_CATEGORIES} auswählen."
            self.notify()

    # -- saving
    def _record(self) -> tuple[dict[str, Any], dict[str, str]]:
        """The values as the schema wants them, and messages for inputs that cannot be converted."""
        v = self.values
        errors: dict[str, str] = {}
        record: dict[str, Any] = {}
        for name in ("area", "direction", "municipality", "commitment", "status", "organisation"):
            record[name] = v.get(name) or None
        for name in ("title", "description", "place", "availability"):
            text = (v.get(name) or "").strip()
            record[name] = text or None
        record["categories"] = list(v.get("categories") or [])
        record["online_possible"] = bool(v.get("online_possible"))
        hours = (v.get("hours") or "").strip()
        if not hours:
            record["hours"] = None
        elif hours.isdigit():
            record["hours"] = int(hours)
        else:
            errors["hours"] = f"{_label('hours')}: bitte eine ganze Zahl eingeben."
        until = (v.get("valid_until") or "").strip()
        if not until:
            record["valid_until"] = None
        else:
            iso = parse_date_de(until)
            if iso is None:
                errors["valid_until"] = f"{_label('valid_until')}: bitte ein gültiges Datum angeben (TT.MM.JJJJ)."
            else:
                record["valid_until"] = iso
                replica = replica_of(self.session)
                changed = self.original is None or self.original.get("valid_until") != iso
                if changed and replica is not None and iso < replica.today_iso():
                    errors["valid_until"] = f"{_label('valid_until')}: das Datum liegt in der Vergangenheit."
        return record, errors

    def save(self) -> str | None:
        """Validate and save; on success notify the session (sync soon) and return the offer id. On failure every
        message is next to its field (``errors``) or in ``form_error``, and all values stay as typed."""
        replica = replica_of(self.session)
        self.form_error = None
        if replica is None or replica.username is None:
            self.form_error = "Bitte melden Sie sich an, um ein Angebot zu speichern."
            self.notify()
            return None
        record, errors = self._record()
        if self.is_new:
            candidate = with_defaults("offer", {k: val for k, val in record.items() if val not in (None, [])})
            candidate["owner"] = replica.username
            problems = validate("offer", candidate)
        else:
            original = self.original or {}
            record = {k: val for k, val in record.items() if k not in errors and not _same(val, original.get(k))}
            problems = validate("offer", record, partial=True)
        for p in problems:
            if p.field not in errors:
                errors[p.field] = p.message
        if len(record.get("categories") or []) > MAX_CATEGORIES:
            errors["categories"] = f"{_label('categories')}: höchstens {MAX_CATEGORIES} auswählen."
        if errors:
            self.errors = errors
            self.notify()
            return None
        try:
            if self.is_new:
                values = {k: val for k, val in record.items() if val not in (None, [])}
                offer_id = replica.create("offer", values)
            else:
                offer_id = self.offer_id
                if record:
                    replica.update("offer", offer_id, record)
        except ValidationFailed as exc:
            self.errors = {p.field: p.message for p in exc.problems}
            unknown = [p.message for p in exc.problems if p.field not in self.values]
            self.form_error = " ".join(unknown) or None
            self.notify()
            return None
        except (PermissionDenied, NotFound) as exc:
            self.form_error = exc.message
            self.notify()
            return None
        self.errors = {}
        self.saved_id = offer_id
        if self.is_new or record:
            self.session.edited()
        self.offer_id = offer_id
        self.load()
        self.notify()
        return offer_id

    @property
    def error_count(self) -> int:
        return len(self.errors) + (1 if self.form_error else 0)
