"""*Nouvel appel*: the keyboard-first call form, with the live bed finder beside it.

Everything the operator does during the call (a held bed, a referral, a refusal) is listed under
*Pendant cet appel* and saved with the call in one transaction (Entrée). Holds and referrals are taken
at once — a bed must be held while the person is still on the phone — and are cancelled if the call
is abandoned (Échap). Nothing typed is cleared by an error: the message appears next to the field.

The rules of taking the call live in `services.call_draft.CallDraft`: this widget renders the draft,
forwards the operator's keys to it, and words its decisions (`decision_text`); `CallActions` runs
its database work. The panels (person, call, finder, referral, taken) are widgets only.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QMessageBox, QPushButton, QVBoxLayout, QWidget

from relais_desk.domain.enums import Need
from relais_desk.domain.errors import UserFacingError
from relais_desk.domain.nights import to_local, utcnow
from relais_desk.gui.calls import slip_print
from relais_desk.gui.calls.call_actions import SOURCE, CallActions
from relais_desk.gui.calls.call_panel import CallPanel
from relais_desk.gui.calls.decision_text import decision_text
from relais_desk.gui.calls.finder_panel import FinderPanel, local_qdatetime
from relais_desk.gui.calls.person_panel import PersonPanel
from relais_desk.gui.calls.referral_panel import ReferralPanel
from relais_desk.gui.calls.taken_panel import TakenPanel
from relais_desk.gui.context import AppContext
from relais_desk.gui.live import touches
from relais_desk.gui.tasks import describe
from relais_desk.gui.widgets import Banner, FieldError
from relais_desk.services import call_draft, calls, orientations, partners
from relais_desk.services.call_draft import CallDraft, Decision, FinderAnswer, Taken, Verdict, profile_known
from relais_desk.services.orientations import OrientationInfo
from relais_desk.store.errors import DatabaseUnreachable

__all__ = ["SOURCE", "CallIntake"]


class CallIntake(QWidget):
    saved = Signal(object)  # calls.CallInfo
    left = Signal()  # abandoned or saved: the screen goes back to the journal

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.call_draft = CallDraft()  # the call's state and rules; what is under way for it
        self.actions = CallActions(ctx, self.call_draft, failed=self._failed, save_after=self.save)
        self._close_after_save: Callable[[], None] | None = None  # the window closes once the call is saved
        self.errors: dict[str, FieldError] = {}
        self._finder_timer = QTimer(self, singleShot=True, interval=200)
        self._finder_timer.timeout.connect(self.refresh_finder)
        self.banner = Banner(self)
        self.banner.setObjectName("intake_banner")
        self.person_panel = person_box = PersonPanel(ctx, self)
        person_box.profile_changed.connect(self._profile_changed)
        self.errors.update(person_box.errors)
        # The profile's fields, by name (the form, the tests and the benchmark reach them here).
        self.alias, self.birth_year, self.gender, self.children = (person_box.alias, person_box.birth_year,
                                                                   person_box.gender, person_box.children)
        self.household = person_box.household
        self.intoxicated, self.with_dog = person_box.intoxicated, person_box.with_dog
        self.call_panel = call_box = CallPanel(self)
        self.errors.update(call_box.errors)
        self.location, self.needs, self.notes, self.received_at = (call_box.location, call_box.needs, call_box.notes,
                                                                   call_box.received_at)
        right = self._right_column()
        self.form_error = FieldError(self)
        self.form_error.setObjectName("form_error")
        self.save_button = QPushButton(self.tr("Enregistrer l'appel (Entrée)"), self)
        self.save_button.setObjectName("save_call")
        self.save_button.setAutoDefault(True)  # Enter on a focused button presses it
        self.save_button.clicked.connect(self.save)
        self.abandon_button = QPushButton(self.tr("Abandonner (Échap)"), self)
        self.abandon_button.setObjectName("abandon_call")
        self.abandon_button.setAutoDefault(True)  # Enter on a focused button presses it
        self.abandon_button.clicked.connect(lambda: self.abandon())
        left_column = QWidget(self)
        left_column.setMaximumWidth(480)
        left = QVBoxLayout(left_column)
        left.setContentsMargins(0, 0, 0, 0)
        left.addWidget(person_box)
        left.addWidget(call_box)
        left.addStretch(1)
        columns = QHBoxLayout()
        columns.addWidget(left_column, 4)
        columns.addLayout(right, 6)
        buttons = QHBoxLayout()
        buttons.addWidget(self.form_error, 1)
        buttons.addStretch(1)
        buttons.addWidget(self.abandon_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(columns, 1)
        layout.addLayout(buttons)
        self._shortcuts()
        self._tab_order()
        if ctx.live is not None:
            ctx.live.changed.connect(self._on_change)
        self.reset()

    # -- building
    def _right_column(self) -> QVBoxLayout:
        beds_box = QGroupBox(self.tr("Lits compatibles maintenant"), self)
        self.finder = FinderPanel(beds_box)
        self.finder.reserve_requested.connect(self.reserve)
        QVBoxLayout(beds_box).addWidget(self.finder)
        self.referral = referral = ReferralPanel(self)
        referral.orient_requested.connect(self.orient_to_partner)
        referral.refusal_requested.connect(self.add_refusal)
        self.errors.update(referral.errors)
        self.partner, self.refusal_category = referral.partner, referral.refusal_category
        self.refusal_reason, self.refusal_note = referral.refusal_reason, referral.refusal_note
        self.taken_panel = taken = TakenPanel(self)
        taken.print_requested.connect(lambda: self.print_slip())
        taken.remove_requested.connect(self.remove_taken)
        self.taken_list = taken.taken_list
        self.errors["orientations"] = self.errors["shelter"] = self.finder.message
        self.errors["deadline"] = self.finder.deadline_error
        column = QVBoxLayout()
        column.addWidget(beds_box, 1)
        column.addWidget(referral)
        column.addWidget(taken)
        return column

    def _shortcuts(self) -> None:
        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        for keys, slot in ((QKeySequence("Ctrl+R"), self.reserve), (QKeySequence("Ctrl+Shift+R"), self.add_refusal),
                           (QKeySequence("Ctrl+O"), self.orient_to_partner), (QKeySequence("Ctrl+P"), self.print_slip),
                           (QKeySequence("Ctrl+Return"), self.save), (QKeySequence("Ctrl+Enter"), self.save),
                           (QKeySequence("Ctrl+S"), self.save), (QKeySequence("Escape"), self.abandon)):
            shortcut = QShortcut(keys, self)
            shortcut.setContext(context)
            shortcut.activated.connect(lambda s=slot: s())

    def _tab_order(self) -> None:
        chain: list[QWidget] = [*self.person_panel.tab_chain(), *self.call_panel.tab_chain(), self.finder.table,
                                self.finder.deadline, self.finder.reserve, *self.referral.tab_chain(),
                                *self.taken_panel.tab_chain(), self.abandon_button, self.save_button]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

    # -- starting, resetting
    def start(self) -> None:
        """Ctrl+N: a fresh call, or back to the one in progress (nothing typed is thrown away)."""
        if not self.has_content():
            self.received_at.setDateTime(local_qdatetime(utcnow()))
            self._load_choices()
        self.refresh_finder()
        self.alias.setFocus()

    def reset(self) -> None:
        self.call_draft.reset()
        self.person_panel.reset()
        self.call_panel.reset()
        self.referral.reset()
        self.taken_panel.clear()
        self.finder.reset()
        self.banner.clear_message()  # what was said about the last call is not about this one
        self.clear_errors()
        self.call_draft.set_profile(self.person_panel.profile())

    @property
    def taken(self) -> list[Taken]:
        """What was done during the call, as listed under *Pendant cet appel*."""
        return self.call_draft.taken

    def settled(self) -> bool:
        """Nothing on its way: no list being refreshed or due, no hold, referral or save."""
        return self.call_draft.quiet and not self._finder_timer.isActive()

    def draft(self) -> dict[str, str] | None:
        """What was typed of the call in progress (alias, location, notes), or None when nothing was."""
        if not self.has_content():
            return None
        return {"alias": self.alias.text(), "location": self.location.text(), "notes": self.notes.toPlainText()}

    def restore_draft(self, draft: dict[str, str]) -> None:
        """Put back what was typed before the session ended (the same person logs in again)."""
        self.alias.setText(draft.get("alias", ""))
        self.location.setText(draft.get("location", ""))
        self.notes.setPlainText(draft.get("notes", ""))

    def has_content(self) -> bool:
        return bool(self.person_panel.has_content() or self.call_panel.has_content() or self.call_draft.in_progress)

    def clear_errors(self) -> None:
        for error in {id(e): e for e in self.errors.values()}.values():
            error.clear_error()
        self.form_error.clear_error()

    def _load_choices(self) -> None:
        db, actor = self.ctx.db, self.ctx.actor

        def done(result: tuple[list, list]) -> None:
            partner_list, self.call_draft.categories = result
            self.referral.show_partners(call_draft.referral_choices(partner_list))
            self._fill_refusal_categories()

        self.ctx.tasks.run(lambda: (partners.list_partners(db, actor=actor), partners.list_categories(db)),
                           on_done=done)

    def _fill_refusal_categories(self, *, keep: bool = True) -> None:
        """Bed types, the one the profile needs first (even when nothing fits); a new profile starts on it."""
        draft = self.call_draft
        fitting = [code for code, _ in draft.fits] + [draft.refusal_category()] if keep else []
        self.referral.show_categories(draft.refusal_categories(), keep=fitting)

    def _profile_changed(self, key: str) -> None:
        if key in self.errors:
            self.errors[key].clear_error()
        self.call_draft.set_profile(self.person_panel.profile())
        self._finder_timer.start()

    # -- the finder
    def refresh_finder(self) -> None:
        self._finder_timer.stop()
        db, profile = self.ctx.db, self.person_panel.profile()
        self.call_draft.set_profile(profile)
        question = self.call_draft.ask(profile)

        def done(answer: FinderAnswer) -> None:
            same = self.call_draft.shown is not None and self.call_draft.shown.profile == answer.profile
            if not self.call_draft.take_answer(answer):
                return  # computed for a profile the operator has changed since: a newer answer is coming
            self.finder.show_matches(list(answer.matches), profile_known=profile_known(answer.profile),
                                     keep_selection=same)  # a live refresh keeps the operator's choice of row
            self.finder.show_tonight([s.text for s in self.call_draft.stays_elsewhere()])
            self.finder.set_suggested_deadline(answer.deadline)
            self._fill_refusal_categories(keep=same)
            if self.call_draft.reserve_now():
                self.reserve()

        def failed(exc: BaseException) -> None:
            self.call_draft.answer_failed(question)
            self._failed(exc)

        # (not a superseding query: the draft drops a late answer itself, and must see each one to settle it)
        self.ctx.tasks.run(lambda: call_draft.find_for(db, profile, question), on_done=done, on_error=failed)

    def _on_change(self, change: Any) -> None:
        if self.isVisible() and touches(change, "bed_state", "hold", "capacity", "orientation", "partner", "setting"):
            self._finder_timer.start()

    # -- actions during the call
    def _refused(self, decision: Decision, error: FieldError, **shown: Any) -> bool:
        """Say why an action is not done (or not yet) next to `error`; True unless the draft says to do it."""
        if decision.do:
            return False
        text = decision_text(decision, **shown)
        if decision.reason == "offline":
            error.show_offline(text or "")  # goes by itself when the connection is back
        elif text is not None:
            error.show_error(text)
        return True

    def reserve(self) -> None:
        if self._finder_timer.isActive():
            self.refresh_finder()  # the profile changed: never hold from the list of the one before
        m = self.finder.selected()
        decision = self.call_draft.decide_hold(m, year_problem=self.person_panel.year_problem(),
                                               online=self.ctx.connectivity.online)
        if decision.verdict is Verdict.WAIT:
            if decision.reason == "list_refreshing" and not self.call_draft.finder_loading:
                self.refresh_finder()
            return
        self.finder.message.clear_error()
        if decision.reason == "quota":  # Ctrl+Maj+R next records « quota dépassé » for this bed type
            self.referral.preset_refusal(decision.params["category"], decision.params["refusal_reason"])
        if decision.reason == "birth_year":
            self.errors["birth_year"].show_error(decision.params["problem"])
            self.birth_year.setFocus()
        if self._refused(decision, self.finder.message):
            return
        assert m is not None
        db, actor, deadline = self.ctx.db, self.ctx.actor, self.finder.chosen_deadline()
        person_id, profile = self.person_panel.person_id, self.call_draft.profile
        self.finder.reserve.setEnabled(False)

        def held(o: OrientationInfo) -> None:
            when = to_local(o.deadline).strftime("%H:%M") if o.deadline else ""
            text = self.tr("Lit réservé : %1 — %2, arriver avant %3").replace("%1", o.partner).replace(
                "%2", o.category_fr or "").replace("%3", when)
            self._add_taken(Taken(text, orientation=o))
            self.needs[Need.HEBERGEMENT.value].setChecked(True)
            self.banner.show_message(text + ". " + self.tr("Bon d'orientation : Ctrl+P. Enregistrer l'appel : Entrée."))
            self.refresh_finder()

        def failed(exc: BaseException) -> None:
            if isinstance(exc, UserFacingError) and exc.field != "deadline":
                self.finder.message.show_error(exc.message + " " + self.tr("La liste montre les places qui restent."))
                self.refresh_finder()  # the alternatives, at once

        self.actions.take(lambda: orientations.orient_to_bed(db, source=SOURCE, shelter=m.partner_id,
                                                             category=m.category_id, actor=actor, person_id=person_id,
                                                             deadline=deadline, profile=profile),
                          taken=held, failed=failed, back=lambda: self.finder.reserve.setEnabled(True))

    def orient_to_partner(self) -> None:
        partner_id = self.partner.currentData()
        self.errors["partner"].clear_error()
        decision = self.call_draft.decide_referral(partner_id, online=self.ctx.connectivity.online)
        if self._refused(decision, self.errors["partner"]):
            return
        db, actor, person_id = self.ctx.db, self.ctx.actor, self.person_panel.person_id

        def referred(o: OrientationInfo) -> None:
            self._add_taken(Taken(self.tr("Orientation vers %1 (proposée)").replace("%1", o.partner), orientation=o))
            self.banner.show_message(self.tr("Orientation vers %1 ajoutée à l'appel.").replace("%1", o.partner))

        self.actions.take(lambda: orientations.orient_to_partner(db, source=SOURCE, partner=partner_id, actor=actor,
                                                                 person_id=person_id), taken=referred)

    def add_refusal(self) -> None:
        self.errors["refusal"].clear_error()
        decision = self.call_draft.decide_refusal(self.refusal_category.currentData(),
                                                  self.refusal_reason.currentData(), self.refusal_note.text())
        if decision.reason == "note":
            self.errors["refusal"].show_error(decision.params["problem"])
            self.refusal_note.setFocus()
            return
        if self._refused(decision, self.errors["refusal"], category_label=self.refusal_category.currentText()):
            return
        self._add_taken(Taken(self.referral.refusal_text(), refusal=decision.params["refusal"]))
        self.needs[Need.HEBERGEMENT.value].setChecked(True)
        self.refusal_note.clear()
        self.banner.show_message(self.tr("Refus noté ; il sera enregistré avec l'appel (Entrée)."))

    def _add_taken(self, item: Taken) -> None:
        self.call_draft.add(item)
        self.taken_panel.add(item.text)

    def remove_taken(self) -> None:
        row = self.taken_panel.chosen()
        if not 0 <= row < len(self.taken):
            return
        item = self.taken[row]

        def forget() -> None:
            self._forget(item)
            self.refresh_finder()

        if item.orientation is None:
            forget()
        else:
            self.actions.cancel(item.orientation.orientation_id, done=forget)

    def _forget(self, item: Taken) -> None:
        """Take a line off *Pendant cet appel* (it will not be saved with the call)."""
        index = self.call_draft.forget(item)
        if index is not None:
            self.taken_panel.remove(index)

    def print_slip(self, pdf_path: str | Path | None = None) -> None:
        """Ctrl+P: the slip of the chosen line if it is an orientation, else of the last one taken."""
        o = self.call_draft.bed_orientation(self.taken_panel.chosen())
        if o is None:
            self.form_error.show_error(self.tr("Pas encore d'orientation dans cet appel : rien à imprimer."))
            return
        slip_print.print_orientation_slip(self.ctx, self, o.orientation_id, source=SOURCE, pdf_path=pdf_path,
                                          alias=self.person_panel.alias_for_slip(), on_error=self._failed)

    # -- saving and abandoning
    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers():
            if self.finder.table.hasFocus():
                self.reserve()  # Enter on a shelter of the list holds it, like a double click
            else:
                self.save()  # Enter from any single-line field, box or list saves the call
            return
        super().keyPressEvent(event)

    def save(self) -> None:
        draft = self.call_draft
        decision = draft.decide_save(online=self.ctx.connectivity.online, needs_alias=self.person_panel.needs_alias(),
                                     children=self.children.value(), household=self.household.value())
        if decision.reason == "after_hold":
            self.banner.show_message(decision_text(decision) or "")
            return
        if decision.verdict is Verdict.WAIT:
            return
        self.clear_errors()
        if decision.reason == "invalid":
            self._failed(decision.params["error"])
            return
        if decision.reason == "alias":
            self.alias.setFocus()
        if self._refused(decision, self.errors["alias"] if decision.reason == "alias" else self.form_error):
            return
        kwargs = {
            "actor": self.ctx.actor, **self.call_panel.for_call(), **self.person_panel.for_call(),
            "household_size": self.household.value(),
            "orientation_ids": draft.orientation_ids(), "refusals": draft.refusals(),
        }
        db = self.ctx.db
        self.save_button.setEnabled(False)

        def done(info: calls.CallInfo) -> None:
            self.save_button.setEnabled(True)
            self.reset()
            self.saved.emit(info)
            self.left.emit()
            then, self._close_after_save = self._close_after_save, None
            if then is not None:  # the window was closed while the call was being saved
                QTimer.singleShot(0, then)

        def failed(_exc: BaseException) -> None:
            self._close_after_save = None  # the operator must see why the call was not saved
            self.save_button.setEnabled(True)

        self.actions.save(lambda: calls.create_call(db, source=SOURCE, **kwargs), done=done, failed=failed)

    def abandon(self, *, confirm: bool = True, then: Callable[[], None] | None = None) -> None:
        """Échap: leave the call; the beds held and the referrals made during it are cancelled.

        If they cannot be cancelled (no connection), the call stays on screen to try again — unless
        the app is quitting (`then`): the beds then go back by themselves at their deadline.
        """
        if self.call_draft.saving:  # the call and its beds are being saved: nothing to abandon
            self.form_error.show_error(decision_text(Decision(Verdict.REFUSE, "saving")) or "")
            return
        if self.has_content() and confirm:
            answer = QMessageBox.question(
                self, self.tr("Abandonner l'appel ?"),
                self.tr("Ce qui a été tapé sera effacé et les lits réservés pendant cet appel seront rendus au réseau."),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
            if answer != QMessageBox.StandardButton.Yes:
                return
        ids = self.call_draft.orientation_ids()
        self.call_draft.under_way.next_call()  # a hold still being taken for this call is given back when it arrives

        def left() -> None:
            self.reset()
            self.left.emit()
            if then is not None:  # quitting: once the late holds too are given back
                self.call_draft.under_way.when_settled(lambda: QTimer.singleShot(0, then))

        def failed(exc: BaseException, given: list[int]) -> None:
            if not isinstance(exc, DatabaseUnreachable):  # (the error hub has the session offline already)
                self.ctx.errors.report(exc)
            if then is not None:
                left()
                return
            for item in [t for t in self.taken if t.orientation and t.orientation.orientation_id in given]:
                self._forget(item)  # given back already: not saved with the call later
            self.form_error.show_error(self.tr("Les lits réservés pendant cet appel n'ont pas pu être rendus (%1). "
                                               "L'appel reste affiché : Échap pour réessayer.")
                                       .replace("%1", getattr(exc, "message", None) or describe(exc)))

        if ids:
            self.actions.give_back_all(ids, done=left, failed=failed)
        else:
            left()

    def confirm_close(self, then: Callable[[], None]) -> bool:
        """Quitting the app: True when no call is in progress. Otherwise back to the call (the default), or
        the call is abandoned — its beds given back, off the UI thread — and `then` closes the app after."""
        if self.call_draft.saving:
            self._close_after_save = then  # the call is being saved: close right after
            return False
        if not self.has_content():
            if not self.call_draft.under_way.late:
                return True
            self.call_draft.under_way.when_settled(lambda: QTimer.singleShot(0, then))  # a late hold to give back first
            return False
        if self._ask_abandon_to_quit():
            self.abandon(confirm=False, then=then)
        return False

    def _ask_abandon_to_quit(self) -> bool:
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Un appel est en cours"),
                          self.tr("L'appel en cours n'est pas enregistré. Si vous quittez, ce qui a été tapé est "
                                  "perdu et les lits réservés pendant cet appel sont rendus au réseau."),
                          QMessageBox.StandardButton.NoButton, self)
        back = box.addButton(self.tr("Revenir à l'appel"), QMessageBox.ButtonRole.RejectRole)
        leave = box.addButton(self.tr("Abandonner l'appel et quitter"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(back)
        box.setEscapeButton(back)
        box.exec()
        return box.clickedButton() is leave

    def _failed(self, exc: BaseException) -> None:
        """Say an error next to the field it is about (focused), or under the form."""
        if isinstance(exc, DatabaseUnreachable):  # (the error hub has the session offline already)
            self.form_error.show_offline(exc.message + " " + self.tr("Ce que vous avez tapé reste affiché."))
            return
        if isinstance(exc, UserFacingError):
            self.errors.get(exc.field or "", self.form_error).show_error(exc.message)
            focus = {"alias": self.alias, "birth_year": self.birth_year, "gender": self.gender,
                     "children": self.children, "location": self.location, "notes": self.notes,
                     "received_at": self.received_at, "deadline": self.finder.deadline}.get(exc.field or "")
            if focus is not None:
                focus.setFocus()
            return
        self.form_error.show_error(describe(exc))
        self.ctx.errors.report(exc)
