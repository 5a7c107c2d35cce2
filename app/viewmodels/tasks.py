"""Follow-up tasks of one contact: add (text, optional due date), mark done / open again, overdue highlighted.

Open tasks first (by due date, undated last), then the done ones. Every write is one local edit followed by
``session.edited()``; refusals (validation, permission) come back as German messages next to the fields.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from app.i18n import t as german
from app.store import NotFound, PermissionDenied, ValidationFailed
from app.store.convert import ConversionError
from app.viewmodels.care_common import (
    CareSession,
    Today,
    Translate,
    format_date,
    may_use_care,
    parse_field,
    relative_day,
)
from app.viewmodels.observable import SessionFollower
from core.validation import validate


@dataclass(frozen=True)
class TaskRow:
    id: str
    text: str
    due: str | None
    due_text: str  # "03.12.2026 (in 7 Tagen)" or ""
    done: bool
    overdue: bool
    due_today: bool
    assignee: str | None


class TasksViewModel(SessionFollower):
    def __init__(self, session: CareSession, contact_id: str, *, today: Today = date.today,
                 t: Translate = german) -> None:
        super().__init__()
        self.session = session
        self.contact_id = contact_id
        self.today = today
        self.t = t
        self.tasks: list[TaskRow] = []
        self.new_text = ""
        self.new_due = ""
        self.errors: dict[str, str] = {}  # field ("text", "due", "form") -> German message
        self.message = ""  # the last thing that happened, for a live region ("Aufgabe angelegt.")
        self._read()

    # -- lifecycle -----------------------------------------------------------------------------------------------
    def session_changed(self) -> None:
        before = self.tasks
        self._read()
        if self.tasks != before:
            self.notify()

    def _read(self) -> None:
        replica = self.session.replica
        if replica is None or not may_use_care(self.session.actor):
            self.tasks = []
            return
        today = self.today()
        today_iso = today.isoformat()
        rows = []
        for task in replica.tasks(contact_id=self.contact_id, open_only=False):
            due = task.get("due")
            done = bool(task.get("done"))
            rows.append(TaskRow(
                id=task["id"], text=task.get("text") or "", due=due,
                due_text=f"{format_date(due)} ({relative_day(due, today, self.t)})" if due else "",
                done=done, overdue=bool(not done and due and due < today_iso),
                due_today=bool(not done and due == today_iso), assignee=task.get("assignee")))
        rows.sort(key=lambda r: (r.done, r.due is None, r.due or "", r.text.casefold(), r.id))
        self.tasks = rows

    # -- what the view shows -------------------------------------------------------------------------------------
    @property
    def open_tasks(self) -> list[TaskRow]:
        return [r for r in self.tasks if not r.done]

    @property
    def done_tasks(self) -> list[TaskRow]:
        return [r for r in self.tasks if r.done]

    @property
    def overdue_count(self) -> int:
        return sum(1 for r in self.tasks if r.overdue)

    # -- editing the new task ------------------------------------------------------------------------------------
    def set_text(self, value: str) -> None:
        self.new_text = value or ""
        if self.errors.pop("text", None) is not None or self.errors.pop("form", None) is not None:
            self.notify()

    def set_due(self, value: str) -> None:
        self.new_due = value or ""
        if self.errors.pop("due", None) is not None:
            self.notify()

    def add(self) -> str | None:
        """Create the task typed in; returns its id, or None with ``errors`` set (German)."""
        replica = self.session.replica
        actor = self.session.actor
        self.errors = {}
        self.message = ""
        if replica is None or actor is None or not may_use_care(actor):
            self.errors["form"] = self.t("lotsen.error.no_access")
            self.notify()
            return None
        values: dict[str, object] = {"contact": self.contact_id, "text": self.new_text.strip(), "done": False,
                                     "assignee": actor.username}
        try:
            due = parse_field("task", "due", self.new_due)
        except ConversionError as error:
            self.errors["due"] = error.message
            due = None
        if due is not None:
            values["due"] = due
        for problem in validate("task", values):
            self.errors.setdefault(problem.field if problem.field in ("text", "due") else "form", problem.message)
        if self.errors:
            self.notify()
            return None
        try:
            task_id = replica.create("task", values)
        except ValidationFailed as error:
            for problem in error.problems:
                self.errors.setdefault(problem.field if problem.field in ("text", "due") else "form",
                                       problem.message)
            self.notify()
            return None
        except (PermissionDenied, NotFound) as error:
            self.errors["form"] = error.message
            self.notify()
            return None
        self.session.edited()
        self.new_text = ""
        self.new_due = ""
        self.message = self.t("lotsen.tasks.added")
        self._read()
        self.notify()
        return task_id

    def set_done(self, task_id: str, done: bool = True) -> bool:
        """Mark a task done (or open again). False with ``errors["form"]`` when refused."""
        replica = self.session.replica
        self.errors.pop("form", None)
        self.message = ""
        if replica is None:
            return False
        try:
            replica.update("task", task_id, {"done": bool(done)})
        except (PermissionDenied, NotFound, ValidationFailed) as error:
            self.errors["form"] = error.message
            self.notify()
            return False
        self.session.edited()
        self.message = self.t("lotsen.tasks.marked_done" if done else "lotsen.tasks.reopened")
        self._read()
        self.notify()
        return True
