"""The network's settings stay true on an open workstation: a change made anywhere applies here at once.

When the change feed says "setting" (or "resync", after an outage), the settings are read again off the
UI thread; the context's `network` is replaced and `changed(keys)` names the keys whose value moved, so
that the window title, the idle lock, the board's stale rule and saturation alert, the finder and the
exports' masking follow without a restart. A reload that a newer one superseded is dropped.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from relais_desk.domain.network_settings import TOPIC
from relais_desk.gui.live import touches
from relais_desk.services import settings
from relais_desk.store.errors import DatabaseUnreachable, LoginRefused

if TYPE_CHECKING:
    from relais_desk.gui.context import AppContext


class NetworkWatch(QObject):
    changed = Signal(object)  # frozenset of the keys whose value changed

    def __init__(self) -> None:
        super().__init__()
        self._ctx: AppContext | None = None

    def follow(self, ctx: AppContext) -> None:
        self._ctx = ctx
        if ctx.live is not None:
            ctx.live.changed.connect(self._on_change)

    def _on_change(self, change) -> None:  # noqa: ANN001
        if touches(change, TOPIC):
            self.reload()

    def reload(self) -> None:
        """Read the settings again (off the UI thread) and apply what changed."""
        ctx = self._ctx
        if ctx is None:
            return
        db, actor = ctx.db, ctx.actor
        ctx.tasks.query(lambda: settings.read_all(db, actor=actor), kind="network_settings",
                        on_done=self.apply, on_error=self._failed)

    def apply(self, values: dict[str, str]) -> None:
        """Make `values` this workstation's settings; say which keys changed (nothing said if none)."""
        ctx = self._ctx
        if ctx is None:
            return
        moved = frozenset(k for k in {*ctx.network, *values} if ctx.network.get(k) != values.get(k))
        ctx.network = dict(values)
        if moved:
            self.changed.emit(moved)

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, DatabaseUnreachable | LoginRefused):
            return  # the connection banner and the account watch say it; the resync after it reloads
        if self._ctx is not None:
            self._ctx.errors.report(exc)
