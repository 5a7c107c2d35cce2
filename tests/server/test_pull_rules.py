"""Pull rules of docs/sync-protocol.md: cursors, snapshots, paging, echo, committed prefix."""

from __future__ import annotations

import json
import threading

from core.protocol import ACCEPTED
from sync_server.service import account_record_id
from sync_server.service.cursor import Cursor, scope_fingerprint
from tests.server.support import CAST, contact, offer


def test_anonymous_pull_gets_public_data_only(device):
    vera, visitor = device("vera"), device(None)
    active, m1 = vera.create("offer", offer("vera", status="active"))
    draft, m2 = vera.create("offer", offer("vera", status="draft"))
    vera.push(m1, m2)
    visitor.sync_down()
    assert visitor.ids() == {active}
    assert draft not in visitor.ids()


def test_pull_never_echoes_own_changes(device):
    phone, browser = device("vera"), device("vera")
    phone.sync_down()
    browser.sync_down()
    rid, create = phone.create("offer", offer("vera"))
    phone.push(create)
    page = phone.pull()
    assert page["changes"] == []  # the phone has it already
    browser.sync_down()
    assert browser.get("offer", rid)["title"] == "Vorlesen im Seniorenheim"  # the other device of the person does


def test_pull_never_skips_a_later_committed_change(device, service, store):
    writer, reader = device("vera"), device(None)
    reader.sync_down()
    rid, create = writer.create("offer", offer("vera"))
    inside, release = threading.Event(), threading.Event()

    def hold_open(_tx):  # the push has written everything but not committed yet
        inside.set()
        assert release.wait(10)

    pusher = threading.Thread(target=service.push, args=(writer.session, [create]), kwargs={"fault": hold_open})
    pusher.start()
    try:
        assert inside.wait(10)
        page = reader.pull()  # a pull while the write transaction is open
        assert page["changes"] == []
        assert rid not in reader.ids()
    finally:
        release.set()
        pusher.join(10)
    reader.sync_down()  # the cursor did not move past the change committed after that pull
    assert rid in reader.ids()


def test_concurrent_pushes_and_pulls_lose_nothing(device, clock):
    writers = [device("vera") for _ in range(4)]
    reader = device(None)
    created: list[str] = []
    lock = threading.Lock()
    stop = threading.Event()

    def write(dev):
        for i in range(15):
            rid, m = dev.create("offer", offer("vera", title=f"Angebot {i}"))
            assert dev.push_one(m)["status"] == ACCEPTED
            with lock:
                created.append(rid)

    def read():
        while not stop.is_set():
            reader.pull(max_bytes=2048)

    threads = [threading.Thread(target=write, args=(w,)) for w in writers]
    puller = threading.Thread(target=read)
    puller.start()
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    stop.set()
    puller.join(60)
    reader.sync_down()
    assert reader.ids("offer") == set(created)
    assert len(created) == 60


def test_pull_pages_are_bounded_by_max_bytes(device):
    vera, visitor = device("vera"), device(None)
    vera.push(*[vera.create("offer", offer("vera", title=f"Angebot Nummer {i}"))[1] for i in range(40)])
    pages = visitor.sync_down(max_bytes=2048)
    assert len(pages) > 3
    for page in pages:
        size = len(json.dumps(page["changes"], separators=(",", ":")))
        assert size <= 2048 or len(page["changes"]) == 1
    assert len(visitor.ids("offer")) == 40
    assert [p["more"] for p in pages] == [True] * (len(pages) - 1) + [False]


def test_a_page_holds_at_least_one_change_even_if_larger_than_max_bytes(device):
    vera, visitor = device("vera"), device(None)
    rid, create = vera.create("offer", offer("vera", description="x" * 4000))
    vera.push(create)
    page = visitor.pull(max_bytes=1024)
    assert [d["id"] for d in page["changes"]] == [rid]


def test_interrupted_pull_resumes_from_the_last_stored_cursor(device):
    vera, visitor = device("vera"), device(None)
    vera.push(*[vera.create("offer", offer("vera", title=f"Angebot {i}"))[1] for i in range(10)])
    first = visitor.pull(max_bytes=1024)
    lost = visitor.service.pull(None, visitor.cursor, 1024).as_dict()  # the answer never arrived
    again = visitor.pull(max_bytes=1024)
    assert again["changes"] == lost["changes"] and again["cursor"] == lost["cursor"]
    visitor.apply(again)  # applying a page twice is harmless
    visitor.sync_down(max_bytes=1024)
    assert len(visitor.ids("offer")) == 10
    assert first["changes"]


def test_snapshot_has_no_history(device, clock):
    vera, newcomer = device("vera"), device(None)
    rid, create = vera.create("offer", offer("vera", title="Version 0"))
    vera.push(create)
    for i in range(1, 21):
        clock.advance(minutes=1)
        vera.push(vera.mutation("offer", rid, {"title": f"Version {i}"}))
    gone, create_gone = vera.create("offer", offer("vera", title="Längst gelöscht"))
    vera.push(create_gone)
    vera.push(vera.mutation("offer", gone, {"_deleted": True}))
    clock.advance(days=31)  # that tombstone is older than the retention period now

    pages = newcomer.sync_down()
    text = json.dumps(pages)
    changes = [d for p in pages for d in p["changes"]]
    assert [d["id"] for d in changes] == [rid]  # one delta per record, no old tombstones
    assert changes[0]["f"]["title"] == "Version 20"
    assert "Version 19" not in text and "Längst gelöscht" not in text


def test_snapshot_keeps_recent_tombstones(device, clock):
    vera, newcomer = device("vera"), device(None)
    rid, create = vera.create("offer", offer("vera"))
    vera.push(create)
    vera.push(vera.mutation("offer", rid, {"_deleted": True}))
    clock.advance(days=2)
    newcomer.sync_down()
    assert newcomer.get("offer", rid)["_deleted"] is True


def test_snapshot_then_incremental_from_where_the_snapshot_started(device, clock):
    vera, newcomer = device("vera"), device(None)
    ids = []
    for i in range(12):
        rid, m = vera.create("offer", offer("vera", title=f"Angebot {i}"))
        vera.push(m)
        ids.append(rid)
    first = newcomer.pull(max_bytes=1024)
    assert first["more"]
    sent = {d["id"] for d in first["changes"]}
    # while the snapshot is paged, a record already sent changes and a new one appears
    changed = next(iter(sent))
    clock.advance(minutes=1)
    vera.push(vera.mutation("offer", changed, {"title": "Geändert während des Snapshots"}))
    late, m = vera.create("offer", offer("vera", title="Neu während des Snapshots"))
    vera.push(m)
    newcomer.sync_down(max_bytes=1024)
    assert newcomer.ids("offer") == set(ids) | {late}
    assert newcomer.get("offer", changed)["title"] == "Geändert während des Snapshots"


def test_unknown_cursor_answers_reset(device):
    visitor = device(None)
    public = scope_fingerprint(["pub"])
    for cursor in ("garbage", Cursor(5).encode("someothernode0000", public)):
        page = visitor.service.pull(None, cursor).as_dict()
        assert page["reset"] is True and page["changes"] == [] and page["cursor"] == ""


def test_cursor_ahead_of_the_log_answers_reset(device, service):
    page = service.pull(None, Cursor(10**6).encode(service.node_id, scope_fingerprint(["pub"]))).as_dict()
    assert page["reset"] is True


def test_pull_records_the_device_cursor(device, store):
    vera = device("vera")
    vera.push(vera.create("offer", offer("vera"))[1])
    vera.sync_down()
    vera.pull()  # sends the cursor it stored
    with store.read() as tx:
        row = tx.get_device("vera", vera.device_id)
        assert row.cursor_seq == tx.visible_horizon()


def test_purge_is_not_sent_while_still_entitled(device):
    vera, visitor = device("vera"), device(None)
    rid, create = vera.create("offer", offer("vera", status="active"))
    vera.push(create)
    visitor.sync_down()
    vera.sync_down()
    vera.push(vera.mutation("offer", rid, {"status": "archived"}))  # no longer public
    visitor.sync_down()
    assert ("offer", rid) in visitor.purged and rid not in visitor.ids()
    other_device = device("vera")
    other_device.cursor = vera.cursor
    page = other_device.pull()
    assert page["purge"] == []  # the owner still sees it through her own key


def test_changed_roles_reset_the_device(device, clock):
    corinna, ada, lena = device("corinna"), device("ada"), device("lena")
    cid, c = corinna.create("contact", contact(["lars"]))
    corinna.push(c)
    corinna.sync_down()
    lena.sync_down()
    assert cid in corinna.ids() and cid not in lena.ids()
    # the administration moves Corinna out of coordination and makes Lena a coordinator
    clock.advance(minutes=1)
    # (set operations: admins do not receive other people's profiles, see the report on core.access)
    ada.push(ada.mutation("account", account_record_id("corinna"), {"roles": {"coordinator": False,
                                                                             "volunteer": True}}))
    ada.push(ada.mutation("account", account_record_id("lena"), {"roles": {"coordinator": True}}))
    for person in (corinna, lena):
        person.session = person.service.authenticate(person.service.login(
            person.username, CAST[person.username].password, person.device_id)["access_token"])
        assert person.pull()["reset"] is True  # made for other subscriptions: start again
        person.sync_down()
    assert cid not in corinna.ids()  # what she may no longer see is gone
    assert cid in lena.ids()  # and what Lena may see now arrived, history included
