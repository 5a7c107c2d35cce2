"""The care seam: every read and write of contacts, visits and tasks goes through the CareVault.

Proof: with a (toy) codec plugged into the vault, no care text reaches the database file in the clear — rows,
field versions, outbox, quarantine, conflict values — while every API still works with plain values.
"""

from __future__ import annotations

import base64
from pathlib import Path

import pytest

from app.store import Replica, StoreError
from app.store.export import export_data
from core.ids import uuid7
from core.protocol import REJECTED, push_result
from tests.store.store_helpers import LOTTE, T0, contact, delta, offer, page, stamp

SECRETS = ["Mustermann", "Sonnenschein", "Sturz im Bad", "Hausnotruf", "Pflegegrad 3", "Diabetes", "Tochter Ina",
           "Rollator bestellt"]


class ToyCodec:
    """Reversible and unreadable at a glance (XOR + base64). A stand-in for AES-GCM in these tests only."""

    name = "toy-xor-1"
    key = b"ehrenamt-4.0-test-key"

    def _xor(self, data: bytes) -> bytes:
        return bytes(b ^ self.key[i % len(self.key)] for i, b in enumerate(data))

    def seal(self, plain: str) -> str:
        return "enc1:" + base64.b64encode(self._xor(plain.encode())).decode()

    def open(self, sealed: str) -> str:
        assert sealed.startswith("enc1:"), sealed
        return self._xor(base64.b64decode(sealed[5:])).decode()


def _raw_bytes(folder: Path) -> bytes:
    return b"".join(p.read_bytes() for p in folder.iterdir() if p.is_file())


def test_no_care_text_reaches_the_file_in_the_clear_and_everything_still_works(tmp_path, wall):
    folder = tmp_path / "device"
    r = Replica.open(folder / "replica.db", wall, care_codec=ToyCodec())
    r.set_session(LOTTE)
    cid = r.create("contact", contact(contact_person="Tochter Ina", needs="Pflegegrad 3 beantragen"))
    vid = r.create("visit", {"contact": cid, "date": "2025-11-25", "notes": "Sturz im Bad", "topics": ["wohnen"]})
    r.create("task", {"contact": cid, "text": "Hausnotruf organisieren", "due": "2025-12-01"})
    pulled = uuid7()
    ts = stamp(T0 - 1000)
    conflict = delta("conflict", uuid7(), {
        "entity": "contact", "record_id": cid, "field": "needs", "kept_value": "Pflegegrad 3 beantragen",
        "lost_value": "Diabetes-Schulung", "kept_by": "lotte", "lost_by": "koord", "at": "2025-11-26T10:00:00Z",
        "concerned": ["lotte", "koord"], "status": "open"}, ts)
    r.apply_pull(page([delta("contact", pulled, contact(name="Hildegard Sonnenschein"), ts), conflict]))
    r.create("offer", offer(title="Öffentliches Angebot"))
    r.save_care_draft(f"visit:{cid}", cid, {"notes": "Rollator bestellt, halb getippt"})
    wall.advance()
    r.create("visit", {"contact": cid, "date": "2025-11-26", "notes": "Sturz im Bad – Nachbesprechung"})
    rejected = r.pending_mutations()[-1]
    r.ack_push([push_result(rejected["id"], REJECTED, problems=[{"field": "notes", "code": "x", "message": "m"}],
                            current=None)])
    r.close()

    raw = _raw_bytes(folder)
    for secret in SECRETS:
        assert secret.encode() not in raw, secret
    assert "Öffentliches Angebot".encode() in raw  # only care data is sealed

    r = Replica.open(folder / "replica.db", wall, care_codec=ToyCodec())
    assert [c["name"] for c in r.contacts()] == ["Erika Mustermann", "Hildegard Sonnenschein"]
    assert r.get("contact", cid)["contact_person"] == "Tochter Ina" and r.get("contact", cid)["care_grade"] == 2
    assert [v["notes"] for v in r.visits_of(cid)] == ["Sturz im Bad"]
    assert r.get("visit", vid)["topics"] == ["wohnen"]
    assert [t["text"] for t in r.tasks()] == ["Hausnotruf organisieren"]
    assert [m["fields"].get("needs") for m in r.pending_mutations() if m["entity"] == "contact"] == [
        "Pflegegrad 3 beantragen"]
    assert r.quarantine()[0]["mutation"]["fields"]["notes"] == "Sturz im Bad – Nachbesprechung"
    assert r.conflicts()[0]["lost_value"] == "Diabetes-Schulung"
    assert r.care_draft(f"visit:{cid}")["data"] == {"notes": "Rollator bestellt, halb getippt"}
    assert {c["name"] for c in export_data(r, include_care=True)["records"]["contact"]} == {
        "Erika Mustermann", "Hildegard Sonnenschein"}
    r.apply_pull(page([], purge=[{"e": "contact", "id": cid}]))
    assert r.visits_of(cid) == [] and r.tasks(open_only=False) == []
    assert r.care_draft(f"visit:{cid}") is None  # a draft goes with its contact
    r.close()


def test_a_sealed_file_is_refused_without_its_codec(tmp_path, wall):
    r = Replica.open(tmp_path / "replica.db", wall, care_codec=ToyCodec())
    r.close()
    with pytest.raises(StoreError, match="toy-xor-1"):
        Replica.open(tmp_path / "replica.db", wall)


def test_without_a_codec_care_rows_are_plain_columns(open_replica):
    r = open_replica(session=LOTTE)
    cid = r.create("contact", contact())
    row = r.db.conn.execute("SELECT name, care_grade, assigned_lotsen FROM contact WHERE id = ?", (cid,)).fetchone()
    assert row == ("Erika Mustermann", 2, '["lotte"]')
