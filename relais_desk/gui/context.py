"""What every screen needs: the database, the user, the task runner, the live feed, the settings."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from relais_desk.domain.enums import Role
from relais_desk.gui.live import LiveFeed
from relais_desk.gui.network_watch import NetworkWatch
from relais_desk.gui.tasks import Connectivity, ErrorHub, TaskRunner
from relais_desk.services.users import UserInfo
from relais_desk.store.database import Database


@dataclass
class AppContext:
    db: Database
    user: UserInfo
    tasks: TaskRunner
    errors: ErrorHub
    live: LiveFeed | None
    network: dict[str, str] = field(default_factory=dict)  # replaced, never edited, when a setting changes
    # `network_watch.changed(keys)`: the network's settings changed (anywhere); `network` already holds them
    network_watch: NetworkWatch = field(default_factory=NetworkWatch)

    def __post_init__(self) -> None:
        self.network_watch.follow(self)

    @property
    def connectivity(self) -> Connectivity:
        """Online or not: owned by the error hub, the one place that learns the database is lost."""
        return self.errors.connectivity

    @property
    def actor(self) -> Any:
        return self.user.actor()

    def may(self, *roles: Role) -> bool:
        return self.user.role in roles

    def setting_int(self, key: str, default: int) -> int:
        try:
            return int(self.network.get(key, default))
        except ValueError:
            return default
