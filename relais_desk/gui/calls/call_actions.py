"""The database work of the call on screen, off the UI thread, with the draft told what is under way.

Every write goes through `ctx.tasks.action` (one at a time, in order). A hold or a referral is counted
under way for its call until it comes back; one that comes back after its call was saved or abandoned
is given back to the network. An error is said next to the field it is about (`say`).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QWidget

from relais_desk.domain.enums import OrientationStatus
from relais_desk.domain.errors import UserFacingError
from relais_desk.domain.profiles import Profile
from relais_desk.gui.context import AppContext
from relais_desk.gui.tasks import describe
from relais_desk.gui.widgets import FieldError
from relais_desk.services import call_draft, calls, orientations, partners
from relais_desk.services.call_draft import CallDraft, FinderAnswer
from relais_desk.services.finder import Match
from relais_desk.services.orientations import OrientationInfo
from relais_desk.store.errors import DatabaseUnreachable

SOURCE = "Appels"  # what the access log calls this screen

Failed = Callable[[BaseException], None]


class CallActions:
    def __init__(self, ctx: AppContext, draft: CallDraft, *, errors: Mapping[str, FieldError], form_error: FieldError,
                 focus: Mapping[str, QWidget], save_after: Callable[[], None]) -> None:
        self.ctx, self.draft = ctx, draft
        self.errors, self.form_error, self.focus = errors, form_error, focus
        self._save_after = save_after  # Entrée pressed while a hold was being taken
        self.close_after_save: Callable[[], None] | None = None  # the window closes once the call is saved

    def say(self, exc: BaseException) -> None:
        """Say an error next to the field it is about (focused), or under the form."""
        if isinstance(exc, DatabaseUnreachable):  # (the error hub has the session offline already)
            self.form_error.show_offline(describe(exc) + " " + QCoreApplication.translate(
                "CallActions", "Ce que vous avez tapé reste affiché."))
            return
        if isinstance(exc, UserFacingError):
            self.errors.get(exc.field or "", self.form_error).show_error(describe(exc))
            if (widget := self.focus.get(exc.field or "")) is not None:
                widget.setFocus()
            return
        self.form_error.show_error(describe(exc))
        self.ctx.errors.report(exc)

    # -- reads
    def load_choices(self, done: Callable[[tuple[list, list]], None]) -> None:
        """The partners a call can refer to, and the bed types."""
        db, actor = self.ctx.db, self.ctx.actor
        self.ctx.tasks.run(lambda: (partners.list_partners(db, actor=actor), partners.list_categories(db)), on_done=done)

    def find(self, profile: Profile, *, done: Callable[[FinderAnswer], None]) -> None:
        """Ask the finder for `profile`; the draft drops a late answer itself, and must see each one to settle it
        (so not a superseding query)."""
        db, question = self.ctx.db, self.draft.ask(profile)

        def failed(exc: BaseException) -> None:
            self.draft.answer_failed(question)
            self.say(exc)

        self.ctx.tasks.run(lambda: call_draft.find_for(db, profile, question), on_done=done, on_error=failed)

    # -- holds and referrals taken during the call
    def hold(self, m: Match, *, person_id: int | None, deadline: datetime | None, taken: Callable[[OrientationInfo], None],
             failed: Failed, back: Callable[[], None]) -> None:
        """Hold a bed of `m` for the person (the draft's profile is checked by the service too)."""
        db, actor, profile = self.ctx.db, self.ctx.actor, self.draft.profile
        self._take(lambda: orientations.orient_to_bed(db, source=SOURCE, shelter=m.partner_id, category=m.category_id,
                                                      actor=actor, person_id=person_id, deadline=deadline,
                                                      profile=profile), taken=taken, failed=failed, back=back)

    def refer(self, partner_id: int, *, person_id: int | None, taken: Callable[[OrientationInfo], None]) -> None:
        db, actor = self.ctx.db, self.ctx.actor
        self._take(lambda: orientations.orient_to_partner(db, source=SOURCE, partner=partner_id, actor=actor,
                                                          person_id=person_id), taken=taken)

    def _take(self, fn: Callable[[], OrientationInfo], *, taken: Callable[[OrientationInfo], None],
              failed: Failed | None = None, back: Callable[[], None] | None = None) -> None:
        """Run a hold or a referral for the call on screen: `taken` adds it to the call; an error is said, then
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
            self.say(exc)
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

    def abandon(self, *, done: Callable[[], None], failed: Callable[[BaseException, list[int]], None]) -> None:
        """The call is left unsaved: every referral taken during it is given back; `failed` learns which ones were
        when the others could not be. A hold still being taken for it is given back when it arrives."""
        db, actor, ids = self.ctx.db, self.ctx.actor, self.draft.orientation_ids()
        self.draft.under_way.next_call()
        if not ids:
            done()
            return
        given: list[int] = []

        def on_error(exc: BaseException) -> None:
            if not isinstance(exc, DatabaseUnreachable):  # (the error hub has the session offline already)
                self.ctx.errors.report(exc)
            failed(exc, given)

        self.ctx.tasks.action(lambda: call_draft.give_back(db, ids, actor=actor, source=SOURCE, given=given),
                              on_done=lambda _given: done(), on_error=on_error)

    def cancel(self, orientation_id: int, *, done: Callable[[], None]) -> None:
        """*Annuler la ligne choisie*: the referral is cancelled, or the reason said."""
        db, actor = self.ctx.db, self.ctx.actor
        self.ctx.tasks.action(lambda: orientations.set_status(db, orientation_id, OrientationStatus.ANNULEE.value,
                                                              actor=actor, source=SOURCE),
                              on_done=lambda _o: done(), on_error=self.say)

    # -- the call itself
    def save(self, fields: dict[str, Any], *, done: Callable[[calls.CallInfo], None], failed: Failed) -> None:
        """Save the call with what was taken during it; the draft is being saved until it comes back. An error
        is said after `failed`; the window closes after a save when it was closed meanwhile (`close_after_save`)."""
        draft, db = self.draft, self.ctx.db
        kwargs = {"actor": self.ctx.actor, **fields, "orientation_ids": draft.orientation_ids(),
                  "refusals": draft.refusals()}
        draft.saving = True

        def saved(info: calls.CallInfo) -> None:
            draft.saving = False
            done(info)
            then, self.close_after_save = self.close_after_save, None
            if then is not None:
                QTimer.singleShot(0, then)

        def on_error(exc: BaseException) -> None:
            draft.saving = False
            self.close_after_save = None  # the operator must see why the call was not saved
            failed(exc)
            self.say(exc)

        self.ctx.tasks.action(lambda: calls.create_call(db, source=SOURCE, **kwargs), on_done=saved, on_error=on_error)
