"""The change feed as Qt signals, delivered on the UI thread."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from relais_desk.gui import error_text
from relais_desk.store.database import Database
from relais_desk.store.feed import SQLITE_POLL_S, Change, ChangeFeed, FeedState, open_feed


class LiveFeed(QObject):
    """Emits `changed(Change)` and `state_changed(state, message)` for the screens that care."""

    changed = Signal(object)
    state_changed = Signal(str, str)

    def __init__(self, db: Database, *, poll_interval: float = SQLITE_POLL_S) -> None:
        super().__init__()
        self.feed: ChangeFeed = open_feed(db, poll_interval=poll_interval)
        # Emitting from the feed's thread queues the call to this object's (the UI) thread.
        self.feed.subscribe(self.changed.emit)
        # the state's sentence in the interface's language (Qt's translate may be called from any thread)
        self.feed.on_state(lambda state, message: self.state_changed.emit(state.value, error_text.sentence(message)))

    @property
    def state(self) -> FeedState:
        return self.feed.state

    @property
    def last_event_at(self):  # noqa: ANN201
        return self.feed.last_event_at

    def start(self) -> None:
        self.feed.start()

    def stop(self) -> None:
        self.feed.stop()


def touches(change: Change, *topics: str) -> bool:
    return change.topic == "resync" or change.topic in topics
