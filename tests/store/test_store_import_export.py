"""CSV import (good rows in one transaction, bad rows reported by line) and the JSON export."""

from __future__ import annotations

import json

import pytest

from app.store import Replica
from app.store.convert import ConversionError, parse_value
from app.store.csv_import import CsvFormatError, import_csv
from app.store.export import export_data
from core.model import entity
from tests.store.store_helpers import KOORD, LOTTE, contact, offer

OFFERS_CSV = (
    "title;area;direction;municipality;categories;online_possible;hours;valid_until;description\n"
    "Smartphone-Hilfe;wissen;biete;arnsberg;digitales, senioren;ja;2;31.12.2026;Jeden Dienstag\n"
    "Gartenhilfe;Ehrenamt;Ich suche;Menden;nachbarschaftshilfe;nein;;;\n"
    ";wissen;biete;arnsberg;;kaputt;;;Titel fehlt\n"
    'Nachhilfe Mathe;wissen;biete;arnsberg;bildung;vielleicht;zwei;2026-02-30;"mehrzeilig\n'
    'zweite Zeile"\n'
    "\n"
    "Fahrdienst;ehrenamt;suche;Sundern;;;;;\n"
    "Gitarre;wissen;biete;arnsberg;musik;0;1;;\n"
)


def test_good_rows_are_imported_and_bad_rows_reported_by_line_in_german(replica):
    report = import_csv(replica, "offers", OFFERS_CSV)
    assert len(report.imported) == 2
    by_line = {e.line: " ".join(e.messages) for e in report.errors}
    assert set(by_line) == {4, 5, 8, 9}
    assert "Bitte einen Titel angeben" in by_line[4] and "„kaputt“ ist kein Ja/Nein-Wert" in by_line[4]
    assert "„vielleicht“ ist kein Ja/Nein-Wert" in by_line[5] and "„zwei“ ist keine ganze Zahl" in by_line[5]
    assert "kein gültiges Datum" in by_line[5]
    assert by_line[8].count("Ort") == 1  # an unreadable value is not also reported as missing
    assert "Ort: „Sundern“ ist keine gültige Auswahl (möglich: arnsberg, menden)" in by_line[8]
    assert "Kategorien: „musik“ ist keine gültige Auswahl" in by_line[9]
    assert str(report.errors[0]).startswith("Zeile 4: ")
    smart, garten = (replica.get("offer", i) for i in report.imported)
    assert smart["categories"] == ["digitales", "senioren"] and smart["online_possible"] is True
    assert smart["hours"] == 2 and smart["valid_until"] == "2026-12-31" and smart["owner"] == "anna"
    assert garten["area"] == "ehrenamt" and garten["direction"] == "suche" and garten["municipality"] == "menden"
    assert replica.outbox_count() == 2  # local edits: they will be pushed


def test_the_good_rows_go_in_one_transaction(replica, monkeypatch):
    def broken(self, rows):
        raise OSError("disk full")

    monkeypatch.setattr(Replica, "_enqueue_many", broken)
    with pytest.raises(OSError):
        import_csv(replica, "offers", OFFERS_CSV)
    monkeypatch.undo()
    assert replica.count_offers() == 0 and replica.outbox_count() == 0


def test_a_dry_run_checks_without_writing(replica):
    report = import_csv(replica, "offers", OFFERS_CSV, dry_run=True)
    assert len(report.imported) == 2 and len(report.errors) == 4
    assert replica.count_offers() == 0 and replica.outbox_count() == 0


def test_an_unknown_column_refuses_the_whole_file(replica):
    with pytest.raises(CsvFormatError) as info:
        import_csv(replica, "offers", "title,area,farbe,title\nA,wissen,rot,B\n")
    assert "Unbekannte Spalte „farbe“" in info.value.message and "doppelt" in info.value.message
    assert "Es wurde nichts importiert" in info.value.message
    with pytest.raises(CsvFormatError):
        import_csv(replica, "offers", "\ufeff  \n")
    assert replica.count_offers() == 0


def test_organisations_with_labels_as_headers_bom_and_permissions(open_replica):
    text = ("\ufeffName,Art,Ort,Kategorien,Barrierefreiheit,E-Mail,wants_coaching\n"
            "Heimatverein Neheim,Verein,Arnsberg,kultur;senioren,stufenlos;aufzug,info@heimat.de,true\n"
            "Tafel,verein,menden,nachbarschaftshilfe,,kaputt,0\n")
    koord = open_replica("koord.db", session=KOORD)
    report = import_csv(koord, "organisations", text)
    assert len(report.imported) == 1 and [e.line for e in report.errors] == [3]
    assert "E-Mail" in report.errors[0].messages[0]
    org = koord.get("organisation", report.imported[0])
    assert org["accessibility"] == ["aufzug", "stufenlos"] and org["wants_coaching"] is True
    lotte = open_replica("lotte.db", session=LOTTE)  # may not create organisations
    report = import_csv(lotte, "organisations", text.splitlines()[0] + "\n" + text.splitlines()[1] + "\n")
    assert report.imported == [] and "Berechtigung" in report.errors[0].messages[0]


def test_parse_value_understands_what_people_type():
    fields = {f.name: f for f in entity("offer").fields}
    assert parse_value(fields["online_possible"], "JA") is True
    assert parse_value(fields["online_possible"], "0") is False
    assert parse_value(fields["categories"], ["digitales;Senioren", "Kinder & Jugend"]) == [
        "digitales", "kinder_jugend", "senioren"]
    assert parse_value(fields["municipality"], "Menden (Sauerland)") == "menden"
    assert parse_value(fields["valid_until"], "1.2.2026") == "2026-02-01"
    assert parse_value(fields["title"], "  ") is None
    with pytest.raises(ConversionError):
        parse_value(fields["valid_until"], "morgen")


def test_export_holds_everything_but_care_data_unless_asked(open_replica):
    r = open_replica(session=KOORD)
    oid = r.create("offer", offer(owner="koord"))
    cid = r.create("contact", contact())
    r.create("visit", {"contact": cid, "date": "2025-11-25", "notes": "vertraulich", "author": "koord"})
    r.set_meta("tokens", {"refresh": "geheim"})
    r.save_care_draft(f"visit:{cid}", cid, {"notes": "Entwurf vertraulich"})
    data = export_data(r)
    assert data["format"] == "ehrenamt-export" and data["includes_care_data"] is False
    assert [o["id"] for o in data["records"]["offer"]] == [oid]
    assert "contact" not in data["records"] and "visit" not in data["records"]
    assert {m["entity"] for m in data["outbox"]} == {"offer"}
    text = json.dumps(data, ensure_ascii=False)
    assert "vertraulich" not in text and "Mustermann" not in text and "geheim" not in text
    full = export_data(r, include_care=True)
    assert [c["id"] for c in full["records"]["contact"]] == [cid]
    assert full["records"]["visit"][0]["notes"] == "vertraulich"
    assert full["care_drafts"][0]["data"] == {"notes": "Entwurf vertraulich"} and data["care_drafts"] == []
    assert {m["entity"] for m in full["outbox"]} == {"offer", "contact", "visit"}
    assert "geheim" not in json.dumps(full)
