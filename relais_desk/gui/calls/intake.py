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
from PySide6.QtGui import QKeyEvent, QShortcut
from PySide6.QtWidgets import QCheckBox, QGroupBox, QHBoxLayout, QVBoxLayout, QWidget

from relais_desk.domain.enums import Need
from relais_desk.domain.errors import UserFacingError
from relais_desk.domain.nights import utcnow
from relais_desk.gui import category_text, shortcuts
from relais_desk.gui.calls import leaving, slip_print, typing_guard
from relais_desk.gui.calls.call_actions import SOURCE, CallActions
from relais_desk.gui.calls.call_panel import CallPanel
from relais_desk.gui.calls.decision_text import decision_text, refused
from relais_desk.gui.calls.finder_panel import FinderPanel, local_qdatetime
from relais_desk.gui.calls.person_panel import PersonPanel
from relais_desk.gui.calls.referral_panel import ReferralPanel
from relais_desk.gui.calls.save_bar import SaveBar
from relais_desk.gui.calls.taken_panel import TakenPanel
from relais_desk.gui.context import AppContext
from relais_desk.gui.live import touches
from relais_desk.gui.tasks import describe
from relais_desk.gui.widgets import Banner, FieldError
from relais_desk.services import call_draft, calls
from relais_desk.services.call_draft import CallDraft, FinderAnswer, Taken, Verdict
from relais_desk.services.orientations import OrientationInfo


class CallIntake(QWidget):
    saved = Signal(object)  # calls.CallInfo
    left = Signal()  # abandoned or saved: the screen goes back to the journal

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.call_draft = CallDraft()  # the call's state and rules; what is under way for it
        self.errors: dict[str, FieldError] = {}
        # A profile change asks the finder on the next turn of the event loop (the changes of one key press make one
        # question; an answer for a profile changed since is dropped by the draft).
        self._finder_timer = QTimer(self, singleShot=True, interval=0)
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
        foot = SaveBar(self)
        foot.save_requested.connect(self.save)
        foot.abandon_requested.connect(lambda: self.abandon())
        self.form_error, self.save_button, self.abandon_button = foot.form_error, foot.save_button, foot.abandon_button
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
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(columns, 1)
        layout.addWidget(foot)
        focus = {"alias": self.alias, "birth_year": self.birth_year, "gender": self.gender, "children": self.children,
                 "location": self.location, "notes": self.notes, "received_at": self.received_at,
                 "deadline": self.finder.deadline}  # the field an error is about gets the focus
        self.actions = CallActions(ctx, self.call_draft, errors=self.errors, form_error=self.form_error, focus=focus,
                                   save_after=self.save)
        self._shortcuts()
        self._tab_order()
        typing_guard.guard(self.findChildren(QCheckBox), self)  # words typed on a box never tick it
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
        self.taken_panel = taken = TakenPanel(self.call_draft, self)
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
        for name, slot in (("reserve", self.reserve), ("refusal", self.add_refusal), ("orient", self.orient_to_partner),
                           ("print_slip", self.print_slip), ("save_call", self.save), ("abandon", self.abandon)):
            for keys in shortcuts.sequences(name):  # the keys are the table's, which the keyboard card prints
                shortcut = QShortcut(keys, self)
                shortcut.setContext(context)
                shortcut.activated.connect(lambda s=slot: s())

    def _tab_order(self) -> None:
        """Tab follows what the eye reads: the left column (person, call) top to bottom, each row left to right,
        then the right column (beds, referral, what was done), then the foot."""
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
        for panel in (self.person_panel, self.call_panel, self.referral, self.finder):
            panel.reset()
        self.taken_panel.clear()
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
        def done(result: tuple[list, list]) -> None:
            partner_list, self.call_draft.categories = result
            self.referral.show_partners(call_draft.referral_choices(partner_list))
            self._fill_refusal_categories()

        self.actions.load_choices(done)

    def _fill_refusal_categories(self, *, keep: bool = True) -> None:
        """Bed types, the one the profile needs first (even when nothing fits); a new profile starts on it."""
        names = {c["code"]: category_text.label(c["label_fr"], c.get("label_en")) for c in self.call_draft.categories}
        self.referral.show_categories([(code, names.get(code, label))
                                       for code, label in self.call_draft.refusal_categories()],
                                      keep=self.call_draft.refusal_kept() if keep else [])

    def _profile_changed(self, key: str) -> None:
        if key in self.errors:
            self.errors[key].clear_error()
        self.call_draft.set_profile(self.person_panel.profile())
        self._finder_timer.start()

    # -- the finder
    def refresh_finder(self) -> None:
        self._finder_timer.stop()
        profile = self.person_panel.profile()
        self.call_draft.set_profile(profile)

        def done(answer: FinderAnswer) -> None:
            same = self.call_draft.shown is not None and self.call_draft.shown.profile == answer.profile
            if not self.call_draft.take_answer(answer):
                return  # computed for a profile the operator has changed since: a newer answer is coming
            self.finder.show_answer(answer, stays=[f"{s.shelter} ({category_text.of(s)})" for s in self.call_draft.stays_elsewhere()],
                                    keep_selection=same)  # a live refresh keeps the operator's choice of row
            self._fill_refusal_categories(keep=same)
            if self.call_draft.reserve_now():
                self.reserve()

        self.actions.find(profile, done=done)

    def _on_change(self, change: Any) -> None:
        if self.isVisible() and touches(change, "bed_state", "hold", "capacity", "orientation", "partner", "setting"):
            self._finder_timer.start()

    # -- actions during the call
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
        if refused(decision, self.finder.message):
            return
        assert m is not None
        self.finder.reserve.setEnabled(False)

        def held(o: OrientationInfo) -> None:
            text = self.taken_panel.hold_text(o)
            self.taken_panel.add(Taken(text, orientation=o))
            self.needs[Need.HEBERGEMENT.value].setChecked(True)
            self.banner.show_message(text + ". " + self.tr("Bon d'orientation : Ctrl+P. Enregistrer l'appel : Entrée."))
            self.refresh_finder()

        def failed(exc: BaseException) -> None:
            if isinstance(exc, UserFacingError) and exc.field != "deadline":
                self.finder.message.show_error(describe(exc) + " " + self.tr("La liste montre les places qui restent."))
                self.refresh_finder()  # the alternatives, at once

        self.actions.hold(m, person_id=self.person_panel.person_id, deadline=self.finder.chosen_deadline(), taken=held,
                          failed=failed, back=lambda: self.finder.reserve.setEnabled(True))

    def orient_to_partner(self) -> None:
        partner_id = self.partner.currentData()
        self.errors["partner"].clear_error()
        decision = self.call_draft.decide_referral(partner_id, online=self.ctx.connectivity.online)
        if refused(decision, self.errors["partner"]):
            return

        def referred(o: OrientationInfo) -> None:
            self.taken_panel.add(Taken(self.taken_panel.referral_text(o), orientation=o))
            self.banner.show_message(self.tr("Orientation vers %1 ajoutée à l'appel.").replace("%1", o.partner))

        self.actions.refer(partner_id, person_id=self.person_panel.person_id, taken=referred)

    def add_refusal(self) -> None:
        self.errors["refusal"].clear_error()
        decision = self.call_draft.decide_refusal(self.refusal_category.currentData(),
                                                  self.refusal_reason.currentData(), self.refusal_note.text())
        if decision.reason == "note":
            self.errors["refusal"].show_error(decision.params["problem"])
            self.refusal_note.setFocus()
            return
        if refused(decision, self.errors["refusal"], category_label=self.refusal_category.currentText()):
            return
        self.taken_panel.add(Taken(self.referral.refusal_text(), refusal=decision.params["refusal"]))
        self.needs[Need.HEBERGEMENT.value].setChecked(True)
        self.refusal_note.clear()
        self.banner.show_message(self.tr("Refus noté ; il sera enregistré avec l'appel (Entrée)."))

    def remove_taken(self) -> None:
        if (item := self.taken_panel.chosen_item()) is None:
            return

        def forget() -> None:
            self.taken_panel.forget(item)
            self.refresh_finder()

        if item.orientation is None:
            forget()
        else:
            self.actions.cancel(item.orientation.orientation_id, done=forget)

    def print_slip(self, pdf_path: str | Path | None = None) -> None:
        """Ctrl+P: the slip of the chosen line if it is an orientation, else of the last one taken."""
        o = self.call_draft.bed_orientation(self.taken_panel.chosen())
        if o is None:
            self.form_error.show_error(self.tr("Pas encore d'orientation dans cet appel : rien à imprimer."))
            return
        slip_print.print_orientation_slip(self.ctx, self, o.orientation_id, source=SOURCE, pdf_path=pdf_path,
                                          alias=self.person_panel.alias_for_slip(), on_error=self.actions.say)

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
            self.actions.say(decision.params["error"])
            return
        if decision.reason == "alias":
            self.alias.setFocus()
        if refused(decision, self.errors["alias"] if decision.reason == "alias" else self.form_error):
            return
        self.save_button.setEnabled(False)

        def done(info: calls.CallInfo) -> None:
            self.save_button.setEnabled(True)
            self.reset()
            self.saved.emit(info)
            self.left.emit()

        fields = {**self.call_panel.for_call(), **self.person_panel.for_call(), "household_size": self.household.value()}
        self.actions.save(fields, done=done, failed=lambda _exc: self.save_button.setEnabled(True))

    def abandon(self, *, confirm: bool = True, then: Callable[[], None] | None = None) -> None:
        """Échap: leave the call; the beds held and the referrals made during it are cancelled.

        If they cannot be cancelled (no connection), the call stays on screen to try again — unless
        the app is quitting (`then`): the beds then go back by themselves at their deadline.
        """
        if refused(self.call_draft.decide_abandon(), self.form_error):
            return  # the call and its beds are being saved: nothing to abandon
        if self.has_content() and confirm and not leaving.ask_abandon(self):
            return

        def left() -> None:
            self.reset()
            self.left.emit()
            if then is not None:  # quitting: once the late holds too are given back
                self.call_draft.under_way.when_settled(lambda: QTimer.singleShot(0, then))

        def failed(exc: BaseException, given: list[int]) -> None:
            if then is not None:
                left()
                return
            for item in self.call_draft.given_back(given):
                self.taken_panel.forget(item)  # given back already: not saved with the call later
            self.form_error.show_error(self.tr("Les lits réservés pendant cet appel n'ont pas pu être rendus (%1). "
                                               "L'appel reste affiché : Échap pour réessayer.")
                                       .replace("%1", getattr(exc, "message", None) or describe(exc)))

        self.actions.abandon(done=left, failed=failed)

    def confirm_close(self, then: Callable[[], None]) -> bool:
        """Quitting the app: True when no call is in progress. Otherwise back to the call (the default), or
        the call is abandoned — its beds given back, off the UI thread — and `then` closes the app after."""
        decision = self.call_draft.decide_quit(has_content=self.has_content())
        if decision.reason == "saving":
            self.actions.close_after_save = then  # closed right after the save
        elif decision.reason == "late":  # a late hold to give back first
            self.call_draft.under_way.when_settled(lambda: QTimer.singleShot(0, then))
        elif decision.verdict is Verdict.CONFIRM and self._ask_abandon_to_quit():
            self.abandon(confirm=False, then=then)
        return decision.do

    def _ask_abandon_to_quit(self) -> bool:
        return leaving.ask_abandon_to_quit(self)
