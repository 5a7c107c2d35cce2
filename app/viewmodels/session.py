"""Who is using the app right now. A visitor (no account, no roles) until sign-in exists."""

from __future__ import annotations

from app.viewmodels.observable import ViewModel
from core.access import Actor

ROLE_LOTSE = "lotse"
ROLE_COORDINATOR = "coordinator"
CARE_ROLES: frozenset[str] = frozenset({ROLE_LOTSE, ROLE_COORDINATOR})


class SessionViewModel(ViewModel):
    def __init__(self, actor: Actor | None = None, display_name: str = "") -> None:
        super().__init__()
        self.actor = actor
        self.display_name = display_name

    @property
    def is_visitor(self) -> bool:
        return self.actor is None

    @property
    def roles(self) -> frozenset[str]:
        return self.actor.roles if self.actor else frozenset()

    def may_see(self, required_roles: frozenset[str]) -> bool:
        """True when no role is required or the person has at least one of `required_roles`."""
        return not required_roles or bool(self.roles & required_roles)

    def sign_in(self, actor: Actor, display_name: str = "") -> None:
        self.actor = actor
        self.display_name = display_name or actor.username
        self.notify()

    def sign_out(self) -> None:
        self.actor = None
        self.display_name = ""
        self.notify()
