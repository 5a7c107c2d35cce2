"""TasksViewModel: follow-up tasks of a contact — order, overdue, add with German validation, mark done."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from app.viewmodels.care_common import format_date
from app.viewmodels.contacts import ContactsViewModel
from app.viewmodels.tasks import TasksViewModel
from tests.viewmodels.care_support import HENNECKE, TODAY, async_test, signed_in, wait_for


def german(offset: int) -> str:
    return format_date((TODAY + timedelta(days=offset)).isoformat())


@async_test
async def test_open_tasks_first_by_due_date_then_the_done_ones(tmp_path: Path) -> None:
    async with signed_in(tmp_path, "monika.peters") as (_server, session):
        vm = TasksViewModel(session, HENNECKE)
        assert [t.done for t in vm.tasks] == [False, False, True]
        dues = [t.due for t in vm.open_tasks]
        assert dues == sorted(dues)
        assert vm.open_tasks[0].due_text.endswith("(in 3 Tagen)")
        assert vm.overdue_count == 0


@async_test
async def test_an_overdue_task_is_flagged_and_done_tasks_never_are(tmp_path: Path) -> None:
    async with signed_in(tmp_path, "monika.peters") as (server, session):
        vm = TasksViewModel(session, HENNECKE)
        vm.set_text("Rückruf Pflegekasse")
        vm.set_due(german(-2))
        task_id = vm.add()
        assert task_id and vm.message == "Aufgabe angelegt." and vm.new_text == "" and vm.new_due == ""
        row = next(t for t in vm.tasks if t.id == task_id)
        assert row.overdue and row.due_text.endswith("(vor 2 Tagen)") and vm.tasks[0].id == task_id
        assert row.assignee == "monika.peters" and vm.overdue_count == 1
        assert next(r for r in ContactsViewModel(session).rows if r.id == HENNECKE).overdue_tasks == 1
        await wait_for(lambda: server.record("task", task_id) is not None)  # session.edited() -> synced
        assert vm.set_done(task_id) and vm.message == "Aufgabe als erledigt markiert."
        row = next(t for t in vm.tasks if t.id == task_id)
        assert row.done and not row.overdue and vm.overdue_count == 0 and vm.tasks[-1].done
        await wait_for(lambda: server.record("task", task_id)["done"] is True)
        assert vm.set_done(task_id, False) and not next(t for t in vm.tasks if t.id == task_id).done


@async_test
async def test_a_due_today_task_is_not_overdue(tmp_path: Path) -> None:
    async with signed_in(tmp_path, "monika.peters") as (_server, session):
        vm = TasksViewModel(session, HENNECKE)
        vm.set_text("Heute anrufen")
        vm.set_due(german(0))
        task_id = vm.add()
        row = next(t for t in vm.tasks if t.id == task_id)
        assert row.due_today and not row.overdue and row.due_text.endswith("(heute)")


@async_test
async def test_adding_needs_a_text_and_a_valid_date(tmp_path: Path) -> None:
    async with signed_in(tmp_path, "monika.peters") as (_server, session):
        vm = TasksViewModel(session, HENNECKE)
        count = len(vm.tasks)
        vm.set_due("30.02.2026")
        assert vm.add() is None
        assert vm.errors["text"] == "Bitte eine Aufgabe angeben (höchstens 300 Zeichen)."
        assert vm.errors["due"] == "Fällig am: „30.02.2026“ ist kein gültiges Datum (TT.MM.JJJJ oder JJJJ-MM-TT)."
        vm.set_text("x" * 301)
        vm.set_due("")
        assert vm.add() is None and vm.errors == {"text": "Aufgabe: höchstens 300 Zeichen (jetzt 301)."}
        assert len(vm.tasks) == count and session.replica.outbox_count() == 0


@async_test
async def test_people_without_a_care_role_cannot_add_tasks(tmp_path: Path) -> None:
    async with signed_in(tmp_path, "lena.vogt") as (_server, session):
        vm = TasksViewModel(session, HENNECKE)
        assert vm.tasks == []
        vm.set_text("Versuch")
        assert vm.add() is None and vm.errors["form"] == "Dazu fehlt Ihnen die Berechtigung."
