"""Who is acting: every service call names its actor, and the services check what it may do."""

from __future__ import annotations

from dataclasses import dataclass

from relais_desk.domain.enums import Role
from relais_desk.services.errors import NotAllowed


@dataclass(frozen=True)
class Actor:
    user_id: int | None
    role: Role
    partner_id: int | None = None  # the shelter of an `abri` user
    name: str = "système"

    @classmethod
    def system(cls, name: str = "système") -> Actor:
        """The CLI, the scheduler and the demo generator act as the system (admin rights, no user row)."""
        return cls(user_id=None, role=Role.ADMIN, name=name)

    def require(self, *roles: Role) -> None:
        if self.role not in roles:
            raise NotAllowed.of("role_not_allowed", role=self.role.value)

    def require_shelter(self, partner_id: int, shelter_name: str) -> None:
        """Shelter staff may act only on their own shelter; other roles are checked elsewhere."""
        if self.role == Role.ABRI and self.partner_id != partner_id:
            raise NotAllowed.of("other_shelter", shelter=shelter_name)
