"""Full-text search: prefixes, umlauts, ranking, safety against FTS syntax, never deleted rows."""

from __future__ import annotations

import sqlite3

import pytest

from app.store.search import BULK_ROWS, fts_query
from app.store.tables import EntityTable
from core.ids import uuid7
from tests.store.store_helpers import T0, delta, offer, organisation, page, stamp

TS = stamp(T0 - 1000)


@pytest.fixture
def corpus(replica):
    ids = {
        "smart": replica.create("offer", offer(title="Smartphone-Hilfe für Senioren",
                                               description="Ich erkläre WhatsApp und Fotos.")),
        "spazier": replica.create("offer", offer(title="Begleitung bei Spaziergängen", area="ehrenamt",
                                                 description="Gemeinsam an der Ruhr.", categories=["senioren"])),
        "mathe": replica.create("offer", offer(title="Nachhilfe Mathe", description="Für die Klassen 5 bis 7.",
                                               categories=["bildung"], place="Neheim")),
        "fotos": replica.create("offer", offer(title="Fotokurs", description="Auch für Smartphone-Fotos.",
                                               categories=["kultur"])),
    }
    org = uuid7()
    guide = uuid7()
    replica.apply_pull(page([
        delta("organisation", org, organisation(name="Computerclub Sundern",
                                                description="Wir helfen bei Smartphone und Tablet."), TS),
        delta("guide", guide, {"title": "Smartphone im Verein nutzen", "summary": "Messenger für Vorstände",
                               "body": "So richten Sie eine Gruppe ein …", "author": "koord"}, TS),
    ]))
    ids["org"], ids["guide"] = org, guide
    return ids


def test_search_as_you_type_finds_words_by_their_beginning(replica, corpus):
    hits = replica.search("Smartph")
    assert {h["id"] for h in hits} == {corpus["smart"], corpus["fotos"], corpus["org"], corpus["guide"]}
    assert {h["entity"] for h in hits} == {"offer", "organisation", "guide"}
    assert replica.search("Smartphone-Hilfe")[0]["id"] == corpus["smart"]
    assert [h["id"] for h in replica.search("nachh mat")] == [corpus["mathe"]]
    assert replica.search("Sm") == [] and len(replica.search("Sma")) == 4


def test_umlauts_and_case_do_not_matter(replica, corpus):
    assert [h["id"] for h in replica.search("spaziergange")] == [corpus["spazier"]]
    assert [h["id"] for h in replica.search("SPAZIERGÄNGEN")] == [corpus["spazier"]]
    assert [h["id"] for h in replica.search("fur senioren")] == [corpus["smart"]]


def test_title_matches_rank_above_description_matches(replica, corpus):
    hits = replica.search("Fotos", entities=["offer"])
    assert [h["id"] for h in hits] == [corpus["fotos"], corpus["smart"]]
    assert hits[0]["score"] > hits[1]["score"]
    assert "**" in hits[1]["snippet"]


@pytest.mark.parametrize("text", ['"', '""', "'", "Smartph*", "smartphone OR mathe", "NOT mathe", "title:mathe",
                                  "NEAR(a b)", "(", ")", "^mathe", "-", "a + b", "col:", "{title}: x", "*",
                                  "AND", "\\", "mathe\x00", "😀 mathe", "%_"])
def test_user_text_is_never_fts_syntax(replica, corpus, text):
    hits = replica.search(text)  # must not raise
    assert all(h["entity"] in ("offer", "organisation", "guide") for h in hits)
    replica.offers(text=text)
    replica.organisations(text=text)


def test_operators_are_just_words():
    assert fts_query('smartphone OR "mathe') == '"smartphone"* "OR" "mathe"*'
    assert fts_query("Hilfe für Senioren") == '"Hilfe"* "Senioren"*' and fts_query("für") == '"für"'
    assert fts_query("  ") is None and fts_query("***") is None
    assert fts_query("Ga") == '"Ga"'  # one or two letters: whole words only


def test_broad_queries_rank_their_most_recent_matches_and_lists_stay_complete(replica, monkeypatch):
    from app.store import search

    ids = [replica.create("offer", offer(title=f"Gartenhilfe {n}")) for n in range(5)]
    monkeypatch.setattr(search, "RANK_WINDOW", 2)
    assert {h["id"] for h in replica.search("Garten")} == set(ids[-2:])
    assert {o["id"] for o in replica.offers(text="Garten", limit=None)} == set(ids)
    assert replica.count_offers(text="Garten") == 5


def test_the_index_follows_edits_deletes_and_pulls_in_the_same_transaction(replica, corpus, wall):
    wall.advance()
    replica.update("offer", corpus["mathe"], {"title": "Nachhilfe Deutsch"})
    assert replica.search("Mathe") == []
    assert [h["id"] for h in replica.search("Deutsch")] == [corpus["mathe"]]
    replica.delete("offer", corpus["spazier"])
    assert replica.search("Spaziergänge") == []
    newer = stamp(T0 + 10_000)
    replica.apply_pull(page([delta("organisation", corpus["org"], {"name": "Digitalstammtisch"}, newer),
                             delta("guide", corpus["guide"], {"_deleted": True}, newer)]))
    assert [h["id"] for h in replica.search("Digitalstammtisch")] == [corpus["org"]]
    assert replica.search("Computerclub") == [] and replica.search("Vorstände") == []
    for table in ("offer_fts", "organisation_fts", "guide_fts"):
        replica.db.conn.execute(f"INSERT INTO {table}({table}) VALUES ('integrity-check')")


def test_search_can_be_limited_to_entities_and_offer_statuses(replica, corpus):
    assert {h["entity"] for h in replica.search("Smartphone", entities=["guide"])} == {"guide"}
    assert replica.search("Smartphone", entities=["offer"], offer_status="active") == []
    with pytest.raises(ValueError):
        replica.search("x", entities=["contact"])
    assert len(replica.search("Smartphone", limit=2)) == 2


def assert_index_holds_exactly_the_live_rows(conn: sqlite3.Connection) -> None:
    """Every token of the offers' full-text index, compared with an index built afresh from the live rows."""
    conn.execute("INSERT INTO offer_fts(offer_fts) VALUES ('integrity-check')")
    conn.execute("CREATE VIRTUAL TABLE temp.fresh_fts USING fts5(title, description, place, content='', "
                 "tokenize='unicode61 remove_diacritics 2')")
    conn.execute("INSERT INTO temp.fresh_fts(rowid, title, description, place) "
                 "SELECT _rowid, title, description, place FROM offer WHERE _deleted = 0")
    tokens = []
    for schema, table in (("main", "offer_fts"), ("temp", "fresh_fts")):
        conn.execute(f"CREATE VIRTUAL TABLE temp.{table}_v USING fts5vocab({schema}, {table}, 'instance')")
        tokens.append(conn.execute(f"SELECT term, doc, col, offset FROM temp.{table}_v ORDER BY 1, 2, 3, 4")
                      .fetchall())
        conn.execute(f"DROP TABLE temp.{table}_v")
    conn.execute("DROP TABLE temp.fresh_fts")
    assert tokens[0] == tokens[1]


def _triggers(replica) -> set[str]:
    return {r[0] for r in replica.db.conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger' "
                                                  "AND tbl_name = 'offer'")}


def test_pages_of_many_edits_tombstones_and_purges_keep_the_index_exact(replica):
    n = 3 * BULK_ROWS
    ids = replica.create_many("offer", [offer(title=f"Altes Angebot {k}", description=f"Text{k}", place="Hüsten")
                                        for k in range(n)])
    triggers = _triggers(replica)
    newer = stamp(T0 + 60_000)
    edited, deleted, purged = ids[:2 * BULK_ROWS], ids[2 * BULK_ROWS:], ids[:BULK_ROWS]
    replica.apply_pull(page([delta("offer", rid, {"title": f"Neuer Titel {k}", "hours": 2}, newer)
                             for k, rid in enumerate(edited)]
                            + [delta("offer", rid, {"_deleted": True}, newer) for rid in deleted]))
    assert {h["id"] for h in replica.search("Neuer Titel", limit=100)} == set(edited)
    assert replica.search("Altes") == [] and replica.search(f"Text{n - 1}") == []
    assert_index_holds_exactly_the_live_rows(replica.db.conn)
    replica.apply_pull(page([], purge=[{"e": "offer", "id": rid} for rid in purged]))
    assert {h["id"] for h in replica.search("Hüsten", limit=100)} == set(edited) - set(purged)
    assert_index_holds_exactly_the_live_rows(replica.db.conn)
    assert _triggers(replica) == triggers  # back after each batch: a single edit is indexed by them again
    replica.update("offer", edited[-1], {"title": "Einzeln geändert"})
    assert [h["id"] for h in replica.search("Einzeln")] == [edited[-1]]
    assert_index_holds_exactly_the_live_rows(replica.db.conn)


def test_a_failing_batch_leaves_rows_index_and_triggers_as_they_were(replica, monkeypatch):
    ids = replica.create_many("offer", [offer(title=f"Bleibt {k}") for k in range(2 * BULK_ROWS)])
    triggers = _triggers(replica)
    monkeypatch.setattr(EntityTable, "update_columns_sql", lambda self, cols: "UPDATE offer SET nonsense = ?")
    newer = stamp(T0 + 60_000)
    with pytest.raises(sqlite3.OperationalError):
        replica.apply_pull(page([delta("offer", rid, {"title": "Geändert"}, newer) for rid in ids]))
    monkeypatch.undo()
    assert _triggers(replica) == triggers
    assert replica.search("Geändert") == [] and len(replica.search("Bleibt", limit=100)) == len(ids)
    assert_index_holds_exactly_the_live_rows(replica.db.conn)
