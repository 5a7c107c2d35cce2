"""ClubDetailViewModel and CoachingRequestViewModel: a club's profile, and a coaching request that reaches the
coordinators of the club's town — and nobody else — through the real server."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from app.viewmodels.appointments import to_berlin
from app.viewmodels.club_detail import ClubDetailViewModel, contact_links, tel_url
from app.viewmodels.coaching import TOPIC_MAX, CoachingRequestViewModel
from tests.viewmodels.appointment_vm_support import (
    close,
    club_id,
    make_server,
    open_session,
    run_async,
    sync,
)


def in_days(n: int) -> str:
    return (date.today() + timedelta(days=n)).strftime("%d.%m.%Y")


@run_async
async def test_profile_shows_accessibility_contact_offers_and_public_appointments(tmp_path: Path) -> None:
    server = make_server(tmp_path)
    sabine = await open_session(tmp_path, server, "sabine")
    tafel = club_id("tafel")
    sabine.replica.create("offer", {"area": "ehrenamt", "direction": "suche", "title": "Fahrer:in für Abholungen",
                                    "municipality": "arnsberg", "status": "active", "organisation": tafel})
    sabine.replica.create("offer", {"area": "ehrenamt", "direction": "suche", "title": "Entwurf", "status": "draft",
                                    "municipality": "arnsberg", "organisation": tafel})
    soon = (date.today() + timedelta(days=3)).isoformat()
    sabine.replica.create("appointment", {"title": "Tag der offenen Tür", "start": f"{soon}T10:00:00Z",
                                          "place": "Lange Wende 17", "public": True, "organisation": tafel})
    sabine.replica.create("appointment", {"title": "Vorstand intern", "start": f"{soon}T18:00:00Z",
                                          "place": "Büro", "organisation": tafel})
    sabine.edited()
    await sync(sabine)
    visitor = await open_session(tmp_path, server, None)
    vm = ClubDetailViewModel(visitor, tafel)
    vm.attach()
    assert vm.found and vm.name == "Neheimer Tafel" and vm.town_label == "Arnsberg" and vm.kind_label == "Verein"
    assert vm.accessibility == (("stufenlos", "ACCESSIBLE"),)
    assert [(c.kind, c.url) for c in vm.contact_links] == [
        ("phone", "tel:015228820417"), ("email", "mailto:info@tafel.example"), ("website", "https://tafel.example")]
    assert [title for _id, title, _dir in vm.offers] == ["Fahrer:in für Abholungen"]  # active ones only
    assert [a.title for a in vm.appointments] == ["Tag der offenen Tür"]  # public ones only
    assert not vm.may_request_coaching and not vm.is_admin
    admin_view = ClubDetailViewModel(sabine, tafel)
    admin_view.attach()
    assert admin_view.is_admin and admin_view.may_request_coaching
    missing = ClubDetailViewModel(visitor, club_id("gibt-es-nicht"))
    missing.attach()
    assert not missing.found and missing.accessibility == ()
    await close(sabine, visitor)
    server.close()


def test_contact_links_are_callable_urls() -> None:
    assert tel_url("+49 (0) 2932 / 201-0") == "tel:+49029322010"
    assert contact_links({}) == []


@run_async
async def test_coaching_request_reaches_the_coordinator_of_the_clubs_town_only(tmp_path: Path) -> None:
    server = make_server(tmp_path)
    sabine = await open_session(tmp_path, server, "sabine")
    katrin = await open_session(tmp_path, server, "katrin")  # coordinator, Arnsberg
    thomas = await open_session(tmp_path, server, "thomas")  # coordinator, Menden
    vera = await open_session(tmp_path, server, "vera")  # volunteer, Arnsberg
    form = CoachingRequestViewModel(sabine, club_id("sv"))
    assert form.may_request
    form.set("topic", "Online-Vorstandssitzungen")
    form.set("details", "Wir wollen ab Januar online tagen.")
    form.set("date_text", in_days(10))
    form.set("alternatives", "dienstags ab 18 Uhr")
    form.set("mode", "on_site")
    appointment_id = form.submit()
    assert appointment_id and form.saved_id == appointment_id and not form.errors
    assert form.town_label() == "Arnsberg"
    local = sabine.replica.get("appointment", appointment_id)
    assert local["kind"] == "coaching" and local["status"] == "requested" and local["organiser"] == "sabine"
    assert local["organisation"] == club_id("sv") and local["all_day"] is True and not local.get("invitees")
    assert local["title"] == "Coaching-Anfrage: Online-Vorstandssitzungen"
    assert "dienstags ab 18 Uhr" in local["description"] and "Vor Ort im Verein" in local["description"]
    assert local["place"] == "Glösinger Straße 40, Arnsberg"
    await sync(sabine, katrin, thomas, vera)
    assert server.record("appointment", appointment_id)["status"] == "requested"
    assert katrin.replica.get("appointment", appointment_id) is not None  # by scope coord:arnsberg
    assert thomas.replica.get("appointment", appointment_id) is None  # the other town's coordinator: never
    assert vera.replica.get("appointment", appointment_id) is None  # other volunteers: never
    # the requester sees it on the club page; the coordinator has it in the agenda (see test_appointment_vm)
    page = ClubDetailViewModel(sabine, club_id("sv"))
    page.attach()
    assert [r.id for r in page.my_requests] == [appointment_id]
    assert page.appointments == ()  # a request is never public
    await close(sabine, katrin, thomas, vera)
    server.close()


@run_async
async def test_any_signed_in_person_may_ask_for_their_club_in_menden(tmp_path: Path) -> None:
    server = make_server(tmp_path)
    jonas = await open_session(tmp_path, server, "jonas")
    katrin = await open_session(tmp_path, server, "katrin")
    thomas = await open_session(tmp_path, server, "thomas")
    form = CoachingRequestViewModel(jonas, club_id("tv"))
    form.set("topic", "Mitgliederverwaltung")
    appointment_id = form.submit()
    assert appointment_id
    local = jonas.replica.get("appointment", appointment_id)
    assert "Online (Video-Treffen)" in local["description"] and not local.get("place")
    await sync(jonas, katrin, thomas)
    assert thomas.replica.get("appointment", appointment_id) is not None
    assert katrin.replica.get("appointment", appointment_id) is None
    await close(jonas, katrin, thomas)
    server.close()


@run_async
async def test_coaching_form_says_what_is_missing_and_writes_nothing(tmp_path: Path) -> None:
    server = make_server(tmp_path)
    vera = await open_session(tmp_path, server, "vera")
    form = CoachingRequestViewModel(vera, club_id("chor"))
    assert form.date_text == (to_berlin(form._now()).date() + timedelta(days=7)).strftime("%d.%m.%Y")
    form.set("topic", "   ")
    form.set("date_text", "31.02.2027")
    assert form.submit() is None
    assert form.errors == {"topic": "Bitte ein Thema angeben.",
                           "date": "Bitte ein Datum im Format TT.MM.JJJJ angeben, z. B. 30.11.2026."}
    form.set("topic", "x" * (TOPIC_MAX + 1))
    form.set("date_text", in_days(-2))
    assert form.submit() is None
    assert form.errors["topic"].startswith("Das Thema ist zu lang")
    assert form.errors["date"] == "Der Wunschtermin liegt in der Vergangenheit."
    form.set("topic", "x" * TOPIC_MAX)  # the longest topic still fits the title
    form.set("date_text", in_days(1))
    assert form.submit() is not None
    assert vera.replica.outbox_count() == 1
    visitor = await open_session(tmp_path, server, None)
    anonymous = CoachingRequestViewModel(visitor, club_id("chor"))
    anonymous.set("topic", "Webseite")
    assert not anonymous.may_request and anonymous.submit() is None
    assert anonymous.form_error == "Bitte melden Sie sich an, um ein Coaching anzufragen."
    await close(vera, visitor)
    server.close()
