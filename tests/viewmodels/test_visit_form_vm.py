"""VisitFormViewModel ("Besuch erfassen"): validation in German, consent gating of topics, draft autosave
(debounced, resumed after reload / app kill, sealed in the care seam, purged with its contact), saving creates an
append-only visit (and a follow-up task) and removes the draft; discard."""

from __future__ import annotations

import asyncio
import json
from datetime import timedelta
from pathlib import Path

import pytest

from app.config import AppConfig
from app.services.app_session import AppSession
from app.store import Replica
from app.store.demo_seed import seed_demo
from app.viewmodels.care_common import format_date
from app.viewmodels.contact_detail import ContactDetailViewModel
from app.viewmodels.visit_form import NO_ACCESS, OK, VisitFormViewModel, draft_key
from core.demo import demo_accounts, demo_records
from tests.viewmodels.care_support import (
    BRUEGGEMANN,
    FAST,
    HENNECKE,
    PASSWORDS,
    TODAY,
    async_test,
    signed_in,
    wait_for,
)


def german(offset: int) -> str:
    return format_date((TODAY + timedelta(days=offset)).isoformat())


@async_test
async def test_saving_records_the_visit_and_a_task_and_removes_the_draft(tmp_path: Path) -> None:
    async with signed_in(tmp_path, "monika.peters") as (server, session):
        vm = VisitFormViewModel(session, HENNECKE, debounce_s=0.05)
        assert vm.state == OK and vm.values["date"] == german(0), "the date defaults to today"
        vm.set("duration", "50")
        vm.toggle_topic("entlastung")
        vm.toggle_topic("pflegegrad")
        vm.set("notes", "Tochter war da. Tagespflege besprochen.")
        vm.set("next_steps", "Probetag vereinbaren")
        vm.set("next_visit", german(14))
        vm.set("task_text", "Tagespflege Hüsten anrufen")
        vm.set("task_due", german(3))
        visit_id = vm.save()
        assert visit_id is not None and vm.errors == {}
        visit = session.replica.get("visit", visit_id)
        assert visit["author"] == "monika.peters" and visit["duration_minutes"] == 50
        assert visit["topics"] == ["entlastung", "pflegegrad"]
        assert visit["next_visit"] == (TODAY + timedelta(days=14)).isoformat()
        task = next(t for t in session.replica.tasks(contact_id=HENNECKE) if t["text"] == "Tagespflege Hüsten anrufen")
        assert task["due"] == (TODAY + timedelta(days=3)).isoformat() and task["assignee"] == "monika.peters"
        assert session.replica.care_draft(draft_key(HENNECKE)) is None
        assert vm.values["notes"] == "" and not vm.has_content, "ready for the next visit"
        detail = ContactDetailViewModel(session, HENNECKE)
        assert detail.visits[0].id == visit_id and detail.next_visit == visit["next_visit"]
        await wait_for(lambda: server.record("visit", visit_id) is not None)  # session.edited() -> synced
        assert server.record("task", task["id"]) is not None


@async_test
async def test_validation_messages_are_german_and_next_to_the_fields(tmp_path: Path) -> None:
    async with signed_in(tmp_path, "monika.peters") as (_server, session):
        before = len(session.replica.visits_of(HENNECKE))
        vm = VisitFormViewModel(session, HENNECKE, debounce_s=0.05)
        vm.set("date", "31.02.2026")
        vm.set("duration", "eine Stunde")
        vm.set("task_due", german(3))
        assert vm.save() is None
        assert vm.errors["date"] == "Datum: „31.02.2026“ ist kein gültiges Datum (TT.MM.JJJJ oder JJJJ-MM-TT)."
        assert vm.errors["duration"] == "Dauer (Minuten): „eine Stunde“ ist keine ganze Zahl."
        assert vm.errors["task_text"].startswith("Bitte beschreiben Sie die Aufgabe")
        vm.set("date", german(1))
        vm.set("duration", "0")
        vm.set("next_visit", german(-3))
        vm.set("task_due", "")
        assert vm.save() is None
        assert vm.errors["date"] == "Datum: ein Besuch kann nicht in der Zukunft liegen."
        assert vm.errors["duration"] == "Dauer (Minuten): bitte eine Zahl von 1 bis 1440 eingeben."
        assert vm.errors["next_visit"] == "Nächster Besuch: bitte ein Datum nach dem Besuch angeben."
        vm.set("date", "01.01.2020")
        assert not vm.validate()
        assert vm.errors["date"].startswith("Datum: der Besuch liegt vor der Einwilligung vom ")
        assert len(session.replica.visits_of(HENNECKE)) == before, "nothing saved"
        assert session.replica.care_draft(draft_key(HENNECKE)) is not None, "what was typed is kept as a draft"
        vm.set("date", "")
        vm.set("duration", "")
        vm.set("next_visit", "")
        assert vm.save() is None and vm.errors["date"] == "Bitte ein Datum angeben."


@async_test
async def test_health_topics_need_consent_to_health_data(tmp_path: Path) -> None:
    async with signed_in(tmp_path, "monika.peters") as (_server, session):
        full = VisitFormViewModel(session, HENNECKE)
        assert "pflegegrad" in full.topic_choices and "antraege" in full.topic_choices
        vm = VisitFormViewModel(session, BRUEGGEMANN)
        assert "pflegegrad" not in vm.topic_choices and "antraege" not in vm.topic_choices
        assert "einsamkeit" in vm.topic_choices and not vm.health_consent
        with pytest.raises(ValueError):
            vm.toggle_topic("pflegegrad")
        # a draft smuggling a health topic in (older app, consent withdrawn since) does not bring it back
        session.replica.save_care_draft(draft_key(BRUEGGEMANN), BRUEGGEMANN,
                                        {"v": 1, "notes": "alt", "topics": ["pflegegrad", "einsamkeit"]})
        resumed = VisitFormViewModel(session, BRUEGGEMANN)
        assert resumed.topics == {"einsamkeit"} and resumed.values["notes"] == "alt"


@async_test
async def test_draft_is_saved_debounced_and_resumed_after_a_reload(tmp_path: Path) -> None:
    async with signed_in(tmp_path, "monika.peters") as (_server, session):
        vm = VisitFormViewModel(session, HENNECKE, debounce_s=0.2)
        vm.set("notes", "Frau H. ")
        vm.set("notes", "Frau H. wirkt fröhlicher")
        vm.toggle_topic("einsamkeit")
        assert vm.dirty and vm.draft_status == "Änderungen werden gespeichert …"
        assert session.replica.care_draft(draft_key(HENNECKE)) is None, "not on every keystroke"
        await wait_for(lambda: not vm.dirty, timeout=3)
        draft = session.replica.care_draft(draft_key(HENNECKE))
        assert draft["data"]["notes"] == "Frau H. wirkt fröhlicher" and draft["data"]["topics"] == ["einsamkeit"]
        assert vm.draft_status.startswith("Entwurf gespeichert (") and vm.draft_status.endswith(" Uhr).")
        # a reload: a new form for the same contact picks the draft up
        again = VisitFormViewModel(session, HENNECKE)
        assert again.values["notes"] == "Frau H. wirkt fröhlicher" and again.topics == {"einsamkeit"}
        assert again.resumed_text.startswith("Ihr Entwurf vom ") and again.has_content
        # leaving the page saves at once, without waiting for the debounce
        again.set("next_steps", "Fahrdienst klären")
        again.detach()
        assert session.replica.care_draft(draft_key(HENNECKE))["data"]["next_steps"] == "Fahrdienst klären"
        # drafts are per contact
        assert VisitFormViewModel(session, BRUEGGEMANN).values["notes"] == ""


@async_test
async def test_draft_survives_the_app_being_killed(tmp_path: Path) -> None:
    async with signed_in(tmp_path, "monika.peters") as (server, session):
        vm = VisitFormViewModel(session, HENNECKE, debounce_s=0.05)
        vm.set("notes", "Kurz vor dem Funkloch")
        await asyncio.sleep(0.2)  # the debounce fired; then the app dies without closing the form
        # the same person opens the app again: her replica file is reopened
        reopened = AppSession(AppConfig(data_dir=tmp_path / "device"),
                              transport_factory=lambda _url: server.transport(), worker_options=dict(FAST))
        await reopened.start(username="monika.peters")
        try:
            resumed = VisitFormViewModel(reopened, HENNECKE)
            assert resumed.values["notes"] == "Kurz vor dem Funkloch" and resumed.resumed_from
        finally:
            await reopened.close()


@async_test
async def test_discard_deletes_the_draft_and_clears_the_form(tmp_path: Path) -> None:
    async with signed_in(tmp_path, "monika.peters") as (_server, session):
        vm = VisitFormViewModel(session, HENNECKE, debounce_s=0.05)
        vm.set("notes", "doch nicht")
        vm.flush()
        assert session.replica.care_draft(draft_key(HENNECKE)) is not None
        vm.discard()
        assert session.replica.care_draft(draft_key(HENNECKE)) is None
        assert not vm.has_content and vm.draft_status == "" and not vm.has_draft
        assert VisitFormViewModel(session, HENNECKE).values["notes"] == ""


@async_test
async def test_a_draft_goes_with_its_contact_when_access_ends(tmp_path: Path) -> None:
    async with signed_in(tmp_path, "monika.peters") as (server, lotse):
        vm = VisitFormViewModel(lotse, BRUEGGEMANN)
        vm.set("notes", "Entwurf über Herrn B.")
        vm.flush()
        async with signed_in(tmp_path, "katrin.berg", server=server, name="coordinator") as (_s, coordinator):
            coordinator.replica.update("contact", BRUEGGEMANN, {"assigned_lotsen": ["katrin.berg"]})
            coordinator.edited()
            await wait_for(lambda: server.record("contact", BRUEGGEMANN)["assigned_lotsen"] == ["katrin.berg"])
        lotse.request_sync()
        await wait_for(lambda: lotse.replica.get("contact", BRUEGGEMANN) is None)
        rows = lotse.replica.db.conn.execute("SELECT count(*) FROM care_draft").fetchone()[0]
        assert rows == 0, "the purge took the draft out of the file in the same transaction"
        assert lotse.replica.care_draft(draft_key(BRUEGGEMANN)) is None


@async_test
async def test_after_signing_out_a_draft_never_lands_in_another_replica(tmp_path: Path) -> None:
    async with signed_in(tmp_path, "monika.peters") as (server, session):
        vm = VisitFormViewModel(session, HENNECKE, debounce_s=0.05)
        vm.set("notes", "vor dem Abmelden")
        vm.flush()
        await session.logout()  # now a visitor's replica
        vm.set("notes", "nach dem Abmelden")
        vm.detach()
        assert vm.draft_failed.endswith("Sie sind nicht mehr angemeldet.")
        assert vm.save() is None and vm.errors["form"] == "Sie sind nicht mehr angemeldet."
        assert session.replica.care_draft(draft_key(HENNECKE)) is None
        await session.login("monika.peters", PASSWORDS["monika.peters"])
        assert VisitFormViewModel(session, HENNECKE).values["notes"] == "vor dem Abmelden"


class Rot13:
    """A stand-in codec that makes plain text unreadable (the real one is AES-GCM)."""

    name = "rot13-test"

    def seal(self, plain: str) -> str:
        import codecs

        return "sealed:" + codecs.encode(plain, "rot13")

    def open(self, sealed: str) -> str:
        import codecs

        assert sealed.startswith("sealed:")
        return codecs.decode(sealed[len("sealed:"):], "rot13")


def test_drafts_are_sealed_like_care_data(tmp_path: Path) -> None:
    account = next(a for a in demo_accounts() if a["username"] == "monika.peters")
    with Replica.open(tmp_path / "r.db", care_codec=Rot13()) as replica:
        seed_demo(replica, demo_records(TODAY), account)
        replica.save_care_draft(draft_key(HENNECKE), HENNECKE, {"notes": "Geheime Notiz über Frau Hennecke"})
        raw = replica.db.conn.execute("SELECT payload FROM care_draft").fetchone()[0]
        assert "Geheime" not in raw and "Hennecke" not in raw and raw.startswith("sealed:")
        assert replica.care_draft(draft_key(HENNECKE))["data"] == {"notes": "Geheime Notiz über Frau Hennecke"}
        assert json.loads(Rot13().open(raw))["notes"].startswith("Geheime")


@async_test
async def test_no_form_for_people_without_a_care_role(tmp_path: Path) -> None:
    async with signed_in(tmp_path, "lena.vogt") as (_server, session):
        vm = VisitFormViewModel(session, HENNECKE)
        assert vm.state == NO_ACCESS
        assert vm.save() is None and vm.errors["form"] == "Dazu fehlt Ihnen die Berechtigung."
