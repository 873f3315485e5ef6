"""The database work of the call on screen, off the UI thread, with the draft told what is under way.

Every action goes through `ctx.tasks.action` (one at a time, in order). A hold or a referral is counted
under way for its call until it comes back; one that comes back after its call was saved or abandoned
is given back to the network. An error goes to the intake's `failed`, which says it next to its field.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from relais_desk.domain.enums import OrientationStatus
from relais_desk.gui.context import AppContext
from relais_desk.services import call_draft, orientations
from relais_desk.services.call_draft import CallDraft
from relais_desk.services.orientations import OrientationInfo

SOURCE = "Appels"  # what the access log calls this screen

Failed = Callable[[BaseException], None]


class CallActions:
    def __init__(self, ctx: AppContext, draft: CallDraft, *, failed: Failed, save_after: Callable[[], None]) -> None:
        self.ctx, self.draft = ctx, draft
        self._failed = failed  # says an error next to the field it is about
        self._save_after = save_after  # Entrée pressed while a hold was being taken

    def take(self, fn: Callable[[], OrientationInfo], *, taken: Callable[[OrientationInfo], None],
             failed: Failed | None = None, back: Callable[[], None] | None = None) -> None:
        """Take a hold or a referral for the call on screen: `taken` adds it to the call; an error is said, then
        `failed` runs. `back` runs first when it comes back, whichever call it belongs to."""
        under_way = self.draft.under_way
        call = under_way.start()

        def done(o: OrientationInfo) -> None:
            if back is not None:
                back()
            if not under_way.is_current(call):
                self.give_back(o)
                return
            taken(o)
            self._ended(call, ok=True)

        def on_error(exc: BaseException) -> None:
            if back is not None:
                back()
            if not under_way.is_current(call):
                under_way.late_done()  # about a call no longer on screen, and nothing was taken: nothing to say
                return
            self._failed(exc)
            if failed is not None:
                failed(exc)
            self._ended(call, ok=False)

        self.ctx.tasks.action(fn, on_done=done, on_error=on_error)

    def _ended(self, call: int, *, ok: bool) -> None:
        if self.draft.under_way.ended(call, ok=ok):
            self._save_after()

    def give_back(self, o: OrientationInfo) -> None:
        """A hold or referral that came back after its call ended: cancel it (the bed goes back at once)."""
        db, actor, under_way = self.ctx.db, self.ctx.actor, self.draft.under_way

        def failed(exc: BaseException) -> None:  # offline: the hold expires at its deadline by itself
            self.ctx.errors.report(exc)
            under_way.late_done()

        self.ctx.tasks.action(lambda: call_draft.give_back(db, [o.orientation_id], actor=actor, source=SOURCE),
                              on_done=lambda _given: under_way.late_done(), on_error=failed)

    def give_back_all(self, orientation_ids: Iterable[int], *, done: Callable[[], None],
                      failed: Callable[[BaseException, list[int]], None]) -> None:
        """Abandoning the call: every referral taken during it cancelled; `failed` learns which ones were."""
        db, actor, ids = self.ctx.db, self.ctx.actor, list(orientation_ids)
        given: list[int] = []
        self.ctx.tasks.action(lambda: call_draft.give_back(db, ids, actor=actor, source=SOURCE, given=given),
                              on_done=lambda _given: done(), on_error=lambda exc: failed(exc, given))

    def cancel(self, orientation_id: int, *, done: Callable[[], None]) -> None:
        """*Annuler la ligne choisie*: the referral is cancelled, or the reason said."""
        db, actor = self.ctx.db, self.ctx.actor
        self.ctx.tasks.action(lambda: orientations.set_status(db, orientation_id, OrientationStatus.ANNULEE.value,
                                                              actor=actor, source=SOURCE),
                              on_done=lambda _o: done(), on_error=self._failed)

    def save(self, fn: Callable[[], Any], *, done: Callable[[Any], None], failed: Failed) -> None:
        """Save the call (`fn`); the draft is being saved until it comes back. An error is said after `failed`."""
        draft = self.draft
        draft.saving = True

        def saved(info: Any) -> None:
            draft.saving = False
            done(info)

        def on_error(exc: BaseException) -> None:
            draft.saving = False
            failed(exc)
            self._failed(exc)

        self.ctx.tasks.action(fn, on_done=saved, on_error=on_error)
