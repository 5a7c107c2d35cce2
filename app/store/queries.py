"""Read queries for the UI, mixed into :class:`app.store.Replica`. All return plain dicts (``id`` + fields) and
never include deleted records. Care data (contacts, visits, tasks) is read only through the care vault.

Paging: list queries take ``limit``/``offset`` (``limit=None``: everything); ``count_*`` gives the total.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from app.store import search as fts
from app.store.errors import NotFound
from app.store.tables import public_values, quote

if TYPE_CHECKING:
    from app.store.replica import Replica

Many = str | Iterable[str] | None


class _Filter:
    """WHERE clauses (with parameters) over table alias ``r``; an impossible filter makes the query empty."""

    def __init__(self) -> None:
        self.clauses: list[str] = []
        self.params: list[Any] = []
        self.join = ""
        self.rank: str | None = None

    def equals(self, column: str, value: Many) -> None:
        if value is None:
            return
        if isinstance(value, str):
            self.clauses.append(f"r.{quote(column)} = ?")
            self.params.append(value)
            return
        values = list(value)
        self.clauses.append(f"r.{quote(column)} IN ({', '.join('?' * len(values))})" if values else "0")
        self.params.extend(values)

    def contains_any(self, column: str, value: Many) -> None:
        """A set field holds at least one of the values."""
        if value is None:
            return
        values = [value] if isinstance(value, str) else list(value)
        if not values:
            return
        self.clauses.append(f"EXISTS (SELECT 1 FROM json_each(r.{quote(column)}) "
                            f"WHERE value IN ({', '.join('?' * len(values))}))")
        self.params.extend(values)

    def contains_all(self, column: str, values: Iterable[str]) -> None:
        for value in values:
            self.clauses.append(f"EXISTS (SELECT 1 FROM json_each(r.{quote(column)}) WHERE value = ?)")
            self.params.append(value)

    def flag(self, column: str, value: bool | None) -> None:
        if value is None:
            return
        self.clauses.append(f"r.{quote(column)} = 1" if value else f"coalesce(r.{quote(column)}, 0) = 0")

    def text(self, entity: str, text: str | None) -> None:
        match = fts.fts_query(text or "")
        if match is None:
            return
        name = quote(fts.fts_name(entity))
        self.join = f" JOIN {name} ON {name}.rowid = r._rowid"
        self.clauses.append(f"{name} MATCH ?")
        self.params.append(match)
        self.rank = f"{name}.rank"

    def never(self) -> None:
        self.clauses.append("0")

    @property
    def where(self) -> str:
        return "".join(f" AND {c}" for c in self.clauses)


class QueryMixin:
    # -- generic -----------------------------------------------------------------------------------------------
    def _list(self: Replica, entity: str, flt: _Filter, order: str, limit: int | None,
              offset: int = 0) -> list[dict[str, Any]]:
        t = self._tables[entity]
        cols = ", ".join(f"r.{quote(c)}" for c in ("id", "_deleted", "_v", "_extra", *t.columns))
        sql = (f"SELECT {cols} FROM {t.sql_name} r{flt.join} WHERE r._deleted = 0{flt.where} "
               f"ORDER BY {order} LIMIT ? OFFSET ?")
        rows = self.db.conn.execute(sql, (*flt.params, -1 if limit is None else int(limit), int(offset)))
        out = []
        for row in rows:
            rid, values, _versions = t.decode(row)
            out.append(public_values(t, rid, values))
        return out

    def _count(self: Replica, entity: str, flt: _Filter) -> int:
        t = self._tables[entity]
        sql = f"SELECT count(*) FROM {t.sql_name} r{flt.join} WHERE r._deleted = 0{flt.where}"
        return self.db.conn.execute(sql, flt.params).fetchone()[0]

    def all_records(self: Replica, entity: str) -> list[dict[str, Any]]:
        """Every (undeleted) record of an entity in creation order; care entities through the vault."""
        rows = self._rows(entity)
        t = self._tables[entity]
        return [public_values(t, rid, values) for rid, values, _v in rows.scan(entity)]

    # -- offers ------------------------------------------------------------------------------------------------
    def _offer_filter(self: Replica, *, area: Many = None, direction: Many = None, category: Many = None,
                      municipality: Many = None, status: Many = None, online: bool | None = None,
                      mine: bool = False, owner: str | None = None, organisation: str | None = None,
                      text: str | None = None) -> _Filter:
        flt = _Filter()
        flt.equals("area", area)
        flt.equals("direction", direction)
        flt.equals("municipality", municipality)
        flt.equals("status", status)
        flt.equals("organisation", organisation)
        flt.contains_any("categories", category)
        flt.flag("online_possible", online)
        if mine:
            if self.username is None:
                flt.never()
            else:
                flt.equals("owner", self.username)
        flt.equals("owner", owner)
        flt.text("offer", text)
        return flt

    def offers(self: Replica, *, area: Many = None, direction: Many = None, category: Many = None,
               municipality: Many = None, status: Many = None, online: bool | None = None, mine: bool = False,
               owner: str | None = None, organisation: str | None = None, text: str | None = None,
               order: str = "newest", limit: int | None = 50, offset: int = 0) -> list[dict[str, Any]]:
        """Offers and requests filtered by area (ehrenamt/wissen), direction (biete/suche), category (any of),
        municipality, status, online possible, ``mine`` (owner = session user), owner, organisation, text (FTS).
        Each filter takes one value or a list. ``order``: newest | oldest | title | relevance (default with
        text: relevance)."""
        flt = self._offer_filter(area=area, direction=direction, category=category, municipality=municipality,
                                 status=status, online=online, mine=mine, owner=owner, organisation=organisation,
                                 text=text)
        orders = {"newest": "r.id DESC", "oldest": "r.id", "title": "r.title COLLATE NOCASE, r.id"}
        sql_order = flt.rank if flt.rank and order in ("relevance", "newest") else orders.get(order, "r.id DESC")
        return self._list("offer", flt, sql_order, limit, offset)

    def count_offers(self: Replica, **filters: Any) -> int:
        """How many offers :meth:`offers` would list without paging (same filters)."""
        return self._count("offer", self._offer_filter(**filters))

    # -- organisations, guides ---------------------------------------------------------------------------------
    def _organisation_filter(self: Replica, *, category: Many = None, municipality: Many = None,
                             accessibility: Iterable[str] = (), kind: Many = None,
                             wants_coaching: bool | None = None, text: str | None = None) -> _Filter:
        flt = _Filter()
        flt.contains_any("categories", category)
        flt.equals("municipality", municipality)
        flt.contains_all("accessibility", [accessibility] if isinstance(accessibility, str) else accessibility)
        flt.equals("kind", kind)
        flt.flag("wants_coaching", wants_coaching)
        flt.text("organisation", text)
        return flt

    def organisations(self: Replica, *, category: Many = None, municipality: Many = None,
                      accessibility: Iterable[str] = (), kind: Many = None, wants_coaching: bool | None = None,
                      text: str | None = None, limit: int | None = 50, offset: int = 0) -> list[dict[str, Any]]:
        """The club directory: by category (any of), town, accessibility facts (all of them present), kind,
        coaching wish, text. Sorted by name (by relevance with text)."""
        flt = self._organisation_filter(category=category, municipality=municipality, accessibility=accessibility,
                                        kind=kind, wants_coaching=wants_coaching, text=text)
        return self._list("organisation", flt, flt.rank or "r.name COLLATE NOCASE, r.id", limit, offset)

    def count_organisations(self: Replica, **filters: Any) -> int:
        return self._count("organisation", self._organisation_filter(**filters))

    def guides(self: Replica, *, category: Many = None, text: str | None = None, limit: int | None = 50,
               offset: int = 0) -> list[dict[str, Any]]:
        """Toolbox guides by category and text, sorted by title (by relevance with text)."""
        flt = _Filter()
        flt.contains_any("categories", category)
        flt.text("guide", text)
        return self._list("guide", flt, flt.rank or "r.title COLLATE NOCASE, r.id", limit, offset)

    # -- appointments --------------------------------------------------------------------------------------------
    def upcoming_appointments(self: Replica, *, now: str | None = None, include_cancelled: bool = True,
                              limit: int | None = 50) -> list[dict[str, Any]]:
        """Appointments not yet over (start >= now, or still running; all-day ones for the whole day) that the
        session user organises or is invited to, plus public ones; soonest first. Each carries ``my_rsvp``
        (the session user's answer or None). A visitor sees public appointments only."""
        now = now or self.now_iso()
        flt = _Filter()
        flt.clauses.append(
            "(CASE WHEN r.all_day = 1 THEN date(coalesce(r.\"end\", r.start)) >= date(?) "
            "ELSE datetime(coalesce(r.\"end\", r.start)) >= datetime(?) END)")
        flt.params.extend([now, now])
        me = self.username
        if me:
            flt.clauses.append("(r.organiser = ? OR r.public = 1 OR "
                               "EXISTS (SELECT 1 FROM json_each(r.invitees) WHERE value = ?))")
            flt.params.extend([me, me])
        else:
            flt.clauses.append("r.public = 1")
        if not include_cancelled:
            flt.clauses.append("r.status != 'cancelled'")
        items = self._list("appointment", flt, "datetime(r.start), r.id", limit)
        answers: dict[str, str] = {}
        if me and items:
            ids = [a["id"] for a in items]
            rows = self.db.conn.execute(
                f"SELECT appointment, status FROM rsvp WHERE _deleted = 0 AND person = ? "
                f"AND appointment IN ({', '.join('?' * len(ids))})", (me, *ids))
            answers = dict(rows.fetchall())
        for a in items:
            a["my_rsvp"] = answers.get(a["id"])
        return items

    def rsvps(self: Replica, appointment_id: str) -> list[dict[str, Any]]:
        flt = _Filter()
        flt.equals("appointment", appointment_id)
        return self._list("rsvp", flt, "r.person", None)

    # -- interests ---------------------------------------------------------------------------------------------
    def interests_for_my_offers(self: Replica, status: Many = None) -> list[dict[str, Any]]:
        """Interest reported for the session user's offers, newest first, each with ``offer_title``."""
        me = self.username
        flt = _Filter()
        if me is None:
            flt.never()
        flt.clauses.append("r.offer IN (SELECT id FROM offer WHERE owner = ? AND _deleted = 0)")
        flt.params.append(me)
        flt.equals("status", status)
        return self._with_offer_titles(self._list("interest", flt, "r.id DESC", None))

    def interests_sent(self: Replica, status: Many = None) -> list[dict[str, Any]]:
        """Interest the session user reported, newest first, each with ``offer_title``."""
        flt = _Filter()
        if self.username is None:
            flt.never()
        flt.equals("from_user", self.username or "")
        flt.equals("status", status)
        return self._with_offer_titles(self._list("interest", flt, "r.id DESC", None))

    def _with_offer_titles(self: Replica, items: list[dict[str, Any]]) -> list[dict[str, Any]]:
        ids = sorted({i["offer"] for i in items if i.get("offer")})
        titles: dict[str, str] = {}
        if ids:
            rows = self.db.conn.execute(
                f"SELECT id, title FROM offer WHERE id IN ({', '.join('?' * len(ids))})", ids)
            titles = dict(rows.fetchall())
        for i in items:
            i["offer_title"] = titles.get(i.get("offer") or "")
        return items

    # -- care (through the vault only) -------------------------------------------------------------------------
    def contacts(self: Replica) -> list[dict[str, Any]]:
        """A Lotse's contacts (assigned to the session user); for a coordinator every contact of their town this
        device holds. Sorted by name."""
        actor = self.actor
        if actor is None:
            return []

        def keep(values: dict[str, Any]) -> bool:
            return actor.username in (values.get("assigned_lotsen") or []) or actor.coordinates(
                values.get("municipality"))

        t = self._tables["contact"]
        items = [public_values(t, rid, v) for rid, v, _ in self._vault.contacts(keep)]
        return sorted(items, key=lambda c: ((c.get("name") or "").casefold(), c["id"]))

    def visits_of(self: Replica, contact_id: str) -> list[dict[str, Any]]:
        """The visit log (timeline) of a contact, newest first."""
        t = self._tables["visit"]
        items = [public_values(t, rid, v) for rid, v, _ in self._vault.of_contact("visit", [contact_id])]
        return sorted(items, key=lambda v: (v.get("date") or "", v["id"]), reverse=True)

    def tasks(self: Replica, *, contact_id: str | None = None, open_only: bool = True,
              mine: bool = False) -> list[dict[str, Any]]:
        """Follow-up tasks (of one contact, or all held), open ones only by default, ``mine``: assigned to the
        session user. Sorted by due date (undated last)."""
        t = self._tables["task"]
        states = (self._vault.of_contact("task", [contact_id]) if contact_id is not None
                  else list(self._vault.scan("task")))
        items = [public_values(t, rid, v) for rid, v, _ in states]
        if open_only:
            items = [i for i in items if not i.get("done")]
        if mine:
            items = [i for i in items if self.username and i.get("assignee") == self.username]
        return sorted(items, key=lambda i: (i.get("due") is None, i.get("due") or "", i["id"]))

    def care_draft(self: Replica, key: str) -> dict[str, Any] | None:
        """A saved draft of a care form (``{"key", "contact", "data", "updated"}``) or None. Drafts whose contact
        this device no longer holds (purged, deleted) are removed first and never returned."""
        with self._write():
            self._vault.prune_drafts()
            return self._vault.load_draft(key)

    def save_care_draft(self: Replica, key: str, contact_id: str, data: dict[str, Any]) -> str:
        """Save (replace) the draft ``key`` about a contact: local only, never synced, sealed like care data.
        Returns the time it was saved (UTC ISO)."""
        if self._vault.load("contact", contact_id) is None:
            raise NotFound("contact", contact_id)
        updated = self.now_iso()
        with self._write():
            self._vault.save_draft(key, contact_id, data, updated)
        return updated

    def discard_care_draft(self: Replica, key: str) -> bool:
        """Delete a draft; True when there was one."""
        with self._write():
            return self._vault.delete_draft(key)

    # -- full-text search --------------------------------------------------------------------------------------
    def search(self: Replica, text: str, *, entities: Iterable[str] = fts.DEFAULT_ENTITIES, limit: int = 20,
               offer_status: Many = None) -> list[dict[str, Any]]:
        """Ranked full-text hits over offers, organisations and guides (search-as-you-type: every word also
        matches as a prefix). Each hit: entity, id, title, snippet (matches in **bold**), score (higher is
        better) and a few list fields. Deleted records never appear; user text is never FTS syntax."""
        match = fts.fts_query(text)
        if match is None:
            return []
        hits: list[dict[str, Any]] = []
        for entity in entities:
            if entity not in fts.SEARCHABLE:
                raise ValueError(f"{entity!r} is not searchable")
            where, params = "", ()
            if entity == "offer" and offer_status is not None:
                statuses = [offer_status] if isinstance(offer_status, str) else list(offer_status)
                where = f" AND r.status IN ({', '.join('?' * len(statuses))})"
                params = tuple(statuses)
            hits.extend(fts.search_entity(self.db, self._tables[entity], match, limit=limit, where=where,
                                          params=params))
        hits.sort(key=lambda h: -h["score"])
        return hits[:limit]
