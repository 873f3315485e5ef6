"""*Nouvel appel*: the keyboard-first call form, with the live bed finder beside it.

Everything the operator does during the call (a held bed, a referral, a refusal) is listed under
*Pendant cet appel* and saved with the call in one transaction (Entrée). Holds and referrals are taken
at once — a bed must be held while the person is still on the phone — and are cancelled if the call
is abandoned (Échap). Nothing typed is cleared by an error: the message appears next to the field.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from relais_desk.domain.enums import Gender, Need, OrientationStatus, PartnerKind, RefusalReason
from relais_desk.domain.errors import UserFacingError
from relais_desk.domain.nights import to_local, utcnow
from relais_desk.gui.calls import labels, slip_print
from relais_desk.gui.calls.call_panel import CallPanel
from relais_desk.gui.calls.finder_panel import FinderPanel, local_qdatetime
from relais_desk.gui.calls.person_panel import PersonPanel
from relais_desk.gui.calls.under_way import UnderWay
from relais_desk.gui.context import AppContext
from relais_desk.gui.live import touches
from relais_desk.gui.tasks import describe
from relais_desk.gui.widgets import Banner, FieldError
from relais_desk.services import beds, calls, finder, lookup, orientations, partners, slips
from relais_desk.services.calls import RefusalDraft
from relais_desk.services.finder import Match, Profile
from relais_desk.services.orientations import OrientationInfo
from relais_desk.store.errors import DatabaseUnreachable

SOURCE = "Appels"  # what the access log calls this screen


@dataclass
class Taken:
    """Something done during the call, saved with it: a held bed, a referral or a refusal."""

    text: str
    orientation: OrientationInfo | None = None
    refusal: RefusalDraft | None = None



class CallIntake(QWidget):
    saved = Signal(object)  # calls.CallInfo
    left = Signal()  # abandoned or saved: the screen goes back to the journal

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.taken: list[Taken] = []
        self.fits: list[tuple[str, str]] = []  # (code, label) of the categories that fit the profile
        self._quota_ack: tuple[int, int] | None = None
        self._shown_profile: Profile | None = None
        self._finder_loading = 0
        self.under_way = UnderWay()  # holds and referrals being taken, a deferred save, late results
        self._close_after_save: Callable[[], None] | None = None  # the window closes once the call is saved
        self._saving = False
        self._second_bed_ack = False  # Ctrl+R once more holds a second bed in the same call
        self._refusal_ack: str | None = None  # Ctrl+Maj+R once more: « plus de place » although beds are listed
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
        other = QGroupBox(self.tr("Orienter vers un service ou refuser"), self)
        grid = QGridLayout(other)
        self.partner = QComboBox(other)
        self.partner.setObjectName("partner")
        self.orient_button = QPushButton(self.tr("Orienter (Ctrl+O)"), other)
        self.orient_button.setObjectName("orient")
        self.orient_button.setAutoDefault(True)
        self.orient_button.clicked.connect(self.orient_to_partner)
        self.refusal_category = QComboBox(other)
        self.refusal_category.setObjectName("refusal_category")
        self.refusal_reason = QComboBox(other)
        self.refusal_reason.setObjectName("refusal_reason")
        labels.fill(self.refusal_reason, labels.REFUSAL_REASONS)
        self.refusal_note = QLineEdit(other)
        self.refusal_note.setObjectName("refusal_note")
        self.refusal_note.setPlaceholderText(self.tr("Remarque (facultative)"))
        self.refusal_button = QPushButton(self.tr("Refus faute de place (Ctrl+Maj+R)"), other)
        self.refusal_button.setObjectName("add_refusal")
        self.refusal_button.setAutoDefault(True)
        self.refusal_button.clicked.connect(self.add_refusal)
        grid.addWidget(QLabel(self.tr("Service"), other), 0, 0)
        grid.addWidget(self.partner, 0, 1, 1, 2)
        grid.addWidget(self.orient_button, 0, 3)
        self.errors["partner"] = FieldError(other)
        grid.addWidget(self.errors["partner"], 1, 1, 1, 3)
        grid.addWidget(QLabel(self.tr("Refus"), other), 2, 0)
        grid.addWidget(self.refusal_category, 2, 1)
        grid.addWidget(self.refusal_reason, 2, 2)
        grid.addWidget(self.refusal_button, 2, 3)
        grid.addWidget(self.refusal_note, 3, 1, 1, 3)
        self.errors["refusal"] = FieldError(other)
        self.errors["refusal"].setObjectName("refusal_error")
        for key in ("note", "reason", "category", "refusals"):
            self.errors[key] = self.errors["refusal"]
        grid.addWidget(self.errors["refusal"], 4, 1, 1, 3)
        grid.setColumnStretch(1, 1)
        taken_box = QGroupBox(self.tr("Pendant cet appel"), self)
        self.taken_list = QListWidget(taken_box)
        self.taken_list.setObjectName("taken")
        self.taken_list.setMaximumHeight(80)
        self.print_button = QPushButton(self.tr("Imprimer le bon d'orientation (Ctrl+P)"), taken_box)
        self.print_button.setObjectName("print_slip")
        self.print_button.setAutoDefault(True)
        self.print_button.clicked.connect(lambda: self.print_slip())
        self.remove_button = QPushButton(self.tr("Annuler la ligne choisie"), taken_box)
        self.remove_button.setObjectName("remove_taken")
        self.remove_button.setAutoDefault(True)
        self.remove_button.clicked.connect(self.remove_taken)
        taken_buttons = QHBoxLayout()
        taken_buttons.addWidget(self.print_button)
        taken_buttons.addWidget(self.remove_button)
        taken_buttons.addStretch(1)
        taken_layout = QVBoxLayout(taken_box)
        taken_layout.addWidget(self.taken_list)
        taken_layout.addLayout(taken_buttons)
        self.errors["orientations"] = self.errors["shelter"] = self.finder.message
        self.errors["deadline"] = self.finder.deadline_error
        column = QVBoxLayout()
        column.addWidget(beds_box, 1)
        column.addWidget(other)
        column.addWidget(taken_box)
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
                                self.finder.deadline, self.finder.reserve, self.partner, self.orient_button, self.refusal_category, self.refusal_reason,
                                self.refusal_button, self.refusal_note, self.taken_list, self.print_button,
                                self.remove_button, self.abandon_button, self.save_button]
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
        self.under_way.next_call()
        self.taken, self._quota_ack, self._second_bed_ack, self._refusal_ack = [], None, False, None
        self.person_panel.reset()
        self.call_panel.reset()
        self.refusal_note.clear()
        for combo in (self.refusal_reason, self.partner):
            combo.setCurrentIndex(0)
        self.taken_list.clear()
        self.finder.reset()
        self.banner.clear_message()  # what was said about the last call is not about this one
        self.clear_errors()

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
        return bool(self.person_panel.has_content() or self.call_panel.has_content() or self.taken
                    or self.under_way.in_flight)

    def clear_errors(self) -> None:
        for error in {id(e): e for e in self.errors.values()}.values():
            error.clear_error()
        self.form_error.clear_error()

    def _load_choices(self) -> None:
        db, actor = self.ctx.db, self.ctx.actor

        def load() -> tuple[list, list]:
            return partners.list_partners(db, actor=actor), partners.list_categories(db)

        def done(result: tuple[list, list]) -> None:
            partner_list, categories = result
            current = self.partner.currentData()
            self.partner.clear()
            self.partner.addItem(self.tr("— choisir un service —"), None)  # Ctrl+O never picks one by itself
            kinds = {k.value: k for k in PartnerKind}
            for p in sorted(partner_list, key=lambda p: (p.kind == PartnerKind.ACCUEIL_DE_NUIT.value, p.name)):
                if p.kind == PartnerKind.URGENCE_SOCIALE.value or p.kind not in kinds:
                    continue
                named = not p.city or slips.names_town(p.name, p.city)
                self.partner.addItem(p.name if named else f"{p.name} ({p.city})", p.partner_id)
            if current is not None and self.partner.findData(current) >= 0:
                self.partner.setCurrentIndex(self.partner.findData(current))
            self.categories = [(c["code"], c["label_fr"]) for c in categories]
            self._fill_refusal_categories()

        self.ctx.tasks.run(load, on_done=done)

    def _fill_refusal_categories(self, *, keep: bool = True) -> None:
        """Bed types, those that fit the person first; a new profile starts on the best fit."""
        current = self.refusal_category.currentData() if keep else None
        fitting = [code for code, _ in self.fits]
        ordered = sorted(getattr(self, "categories", []), key=lambda c: (c[0] not in fitting, fitting.index(c[0])
                                                                         if c[0] in fitting else 0))
        self.refusal_category.blockSignals(True)
        self.refusal_category.clear()
        for code, text in ordered:
            self.refusal_category.addItem(text, code)
        index = self.refusal_category.findData(current) if current in fitting else 0
        self.refusal_category.setCurrentIndex(max(0, index))
        self.refusal_category.blockSignals(False)

    def _profile_changed(self, key: str) -> None:
        if key in self.errors:
            self.errors[key].clear_error()
        self._quota_ack = None
        self._finder_timer.start()

    # -- the finder
    def refresh_finder(self) -> None:
        self._finder_timer.stop()
        db, profile = self.ctx.db, self.person_panel.profile()
        self._finder_loading += 1

        def load() -> tuple[list[Match], list[tuple[str, str]], datetime]:
            every = finder.find_beds(db, profile, include_full=True)  # one board read: full ones name the fits
            fits = list(dict.fromkeys((m.category, m.category_fr) for m in every))
            return [m for m in every if m.free > 0], fits, beds.suggested_deadline(db)

        def done(result: tuple[list[Match], list[tuple[str, str]], datetime]) -> None:
            self._finder_loading -= 1
            matches, self.fits, deadline = result
            known = profile.children > 0 or profile.minor is not None or profile.gender in (
                Gender.FEMME.value, Gender.HOMME.value)
            same = profile == self._shown_profile  # a live refresh keeps the operator's choice of row
            self._shown_profile = profile
            self.finder.show_matches(matches, profile_known=known, keep_selection=same)
            self.finder.set_suggested_deadline(deadline)
            self._fill_refusal_categories(keep=same)
            if self.under_way.reserve_after_refresh and not self._finder_loading:
                self.under_way.reserve_after_refresh = False
                self.reserve()

        def failed(exc: BaseException) -> None:
            self._finder_loading -= 1
            if self.under_way.reserve_after_refresh:  # the hold asked for cannot be taken: no save behind it
                self.under_way.reserve_after_refresh = self.under_way.save_after = False
            self._failed(exc)

        self.ctx.tasks.run(load, on_done=done, on_error=failed)

    def _on_change(self, change: Any) -> None:
        if self.isVisible() and touches(change, "bed_state", "hold", "capacity", "orientation", "partner"):
            self._finder_timer.start()

    # -- actions during the call
    def _offline(self, error: FieldError) -> bool:
        if self.ctx.connectivity.online:
            return False
        error.show_offline(self.tr("Pas de connexion à la base : rien n'est enregistré. Ce que vous avez tapé reste "
                                   "affiché ; réessayez quand la connexion revient."))
        return True

    def _action_ended(self, call: int, *, ok: bool) -> None:
        if self.under_way.ended(call, ok=ok):
            self.save()

    def _busy(self, error: FieldError) -> bool:
        """A hold or referral is still being taken, or the call is being saved: one thing at a time."""
        if self._saving:
            error.show_error(self.tr("L'appel est en cours d'enregistrement."))
            return True
        return bool(self.under_way.in_flight)

    def _not_done(self, error: FieldError, text: str) -> None:
        """An action that could not be done: say why, and do not save the call behind the operator's back."""
        self.under_way.save_after = False
        error.show_error(text)

    def _give_back(self, o: OrientationInfo | None) -> None:
        """A hold or referral that came back after its call ended: cancel it (the bed goes back at once)."""
        if o is None:  # it failed: nothing was taken
            self.under_way.late_done()
            return
        db, actor = self.ctx.db, self.ctx.actor

        def cancel() -> None:
            with contextlib.suppress(UserFacingError):  # closed elsewhere meanwhile: nothing to give back
                orientations.set_status(db, o.orientation_id, OrientationStatus.ANNULEE.value, actor=actor,
                                        source=SOURCE)

        def done(_result: object = None) -> None:
            self.under_way.late_done()

        def failed(exc: BaseException) -> None:  # offline: the hold expires at its deadline by itself
            self.ctx.errors.report(exc)
            self.under_way.late_done()

        self.ctx.tasks.run(cancel, on_done=done, on_error=failed)

    def reserve(self) -> None:
        if self._busy(self.finder.message):
            return
        if self._finder_timer.isActive() or self._finder_loading:
            self.under_way.reserve_after_refresh = True  # never hold from a list that no longer matches the profile
            if not self._finder_loading:
                self.refresh_finder()
            return
        m = self.finder.selected()
        self.finder.message.clear_error()
        year_problem = self.person_panel.year_problem()
        if year_problem:  # a typo must not put a minor in an adult shelter
            self.errors["birth_year"].show_error(year_problem)
            self._not_done(self.finder.message, self.tr("Corrigez d'abord l'année de naissance : elle décide des "
                                                        "places proposées (mineur·e ou adulte)."))
            self.birth_year.setFocus()
            return
        if m is None:
            self._not_done(self.finder.message, self.tr("Aucun lit compatible n'est choisi dans la liste."))
            return
        if self._offline(self.finder.message):
            self.under_way.save_after = False
            return
        held = next((t.orientation for t in self.taken if t.orientation and t.orientation.hold_id), None)
        if held is not None and not self._second_bed_ack:
            self._second_bed_ack = True
            self._not_done(self.finder.message, self.tr(
                "Un lit est déjà réservé pendant cet appel (%1). Un deuxième lit : Ctrl+R encore. Pour changer de "
                "lit, annulez d'abord la ligne dans « Pendant cet appel ».").replace("%1", held.partner))
            return
        if m.quota_reached and self._quota_ack != m.key:
            self._quota_ack = m.key
            self.under_way.save_after = False
            self.refusal_reason.setCurrentIndex(self.refusal_reason.findData(RefusalReason.QUOTA_DEPASSE.value))
            self.refusal_category.setCurrentIndex(max(0, self.refusal_category.findData(m.category)))
            self.finder.message.show_error(
                self.tr("%1 : quota de nuits atteint pour cette personne (%2 nuit(s) sur %3 jours). Réserver quand même : "
                    "Ctrl+R encore. Sinon, refus « quota dépassé » : Ctrl+Maj+R.").replace("%1", m.shelter)
                .replace("%2", str(m.nights_used)).replace("%3", str(m.quota_days)))
            return
        db, actor, deadline = self.ctx.db, self.ctx.actor, self.finder.chosen_deadline()
        person_id = self.person_panel.person_id
        self.finder.reserve.setEnabled(False)
        self._second_bed_ack = False
        call = self.under_way.start()

        def done(o: OrientationInfo) -> None:
            self.finder.reserve.setEnabled(True)
            if not self.under_way.is_current(call):
                self._give_back(o)
                return
            when = to_local(o.deadline).strftime("%H:%M") if o.deadline else ""
            text = self.tr("Lit réservé : %1 — %2, arriver avant %3").replace("%1", o.partner).replace(
                "%2", o.category_fr or "").replace("%3", when)
            self._add_taken(Taken(text, orientation=o))
            self.needs[Need.HEBERGEMENT.value].setChecked(True)
            self.banner.show_message(text + ". " + self.tr("Bon d'orientation : Ctrl+P. Enregistrer l'appel : Entrée."))
            self.refresh_finder()
            self._action_ended(call, ok=True)

        def failed(exc: BaseException) -> None:
            self.finder.reserve.setEnabled(True)
            if not self.under_way.is_current(call):
                self._give_back(None)  # about a call that is no longer on screen: nothing to say
                return
            self._failed(exc)
            if isinstance(exc, UserFacingError) and exc.field != "deadline":
                self.finder.message.show_error(exc.message + " " + self.tr("La liste montre les places qui restent."))
                self.refresh_finder()  # the alternatives, at once
            self._action_ended(call, ok=False)

        self.ctx.tasks.run(lambda: orientations.orient_to_bed(db, source=SOURCE, shelter=m.partner_id, category=m.category_id,
                                                              actor=actor, person_id=person_id, deadline=deadline),
                           on_done=done, on_error=failed)

    def orient_to_partner(self) -> None:
        partner_id = self.partner.currentData()
        self.errors["partner"].clear_error()
        if self._busy(self.errors["partner"]):
            return
        if partner_id is None:
            self._not_done(self.errors["partner"], self.tr("Choisissez un service."))
            return
        if self._offline(self.errors["partner"]):
            self.under_way.save_after = False
            return
        db, actor = self.ctx.db, self.ctx.actor
        person_id = self.person_panel.person_id

        def done(o: OrientationInfo) -> None:
            if not self.under_way.is_current(call):
                self._give_back(o)
                return
            self._add_taken(Taken(self.tr("Orientation vers %1 (proposée)").replace("%1", o.partner), orientation=o))
            self.banner.show_message(self.tr("Orientation vers %1 ajoutée à l'appel.").replace("%1", o.partner))
            self._action_ended(call, ok=True)

        def failed(exc: BaseException) -> None:
            if not self.under_way.is_current(call):
                self._give_back(None)
                return
            self._failed(exc)
            self._action_ended(call, ok=False)

        call = self.under_way.start()
        self.ctx.tasks.run(lambda: orientations.orient_to_partner(db, source=SOURCE, partner=partner_id, actor=actor,
                                                                  person_id=person_id),
                           on_done=done, on_error=failed)

    def add_refusal(self) -> None:
        self.errors["refusal"].clear_error()
        if self._saving:
            self.errors["refusal"].show_error(self.tr("L'appel est en cours d'enregistrement."))
            return
        category = self.refusal_category.currentData()
        if category is None:
            self.errors["refusal"].show_error(self.tr("Choisissez la catégorie de lit demandée."))
            return
        try:
            note = lookup.text(self.refusal_note.text(), "note", max_len=500, label="Remarque")
        except UserFacingError as exc:
            self.errors["refusal"].show_error(exc.message)
            self.refusal_note.setFocus()
            return
        reason = self.refusal_reason.currentData()
        free = sum(m.free for m in self.finder.matches if m.category == category and not m.quota_reached)
        if reason == RefusalReason.SATURATION.value and free and self._refusal_ack != category:
            self._refusal_ack = category  # a « plus de place » with beds free would skew the saturation figures
            self.errors["refusal"].show_error(
                self.tr("La liste montre encore %1 lit(s) « %2 » libre(s) : Ctrl+R pour en réserver un. "
                        "Refus « plus de place » quand même : Ctrl+Maj+R encore.")
                .replace("%1", str(free)).replace("%2", self.refusal_category.currentText()))
            return
        self._refusal_ack = None
        draft = RefusalDraft(category=category, reason=reason, note=note)
        text = self.tr("Refus faute de place : %1 — %2").replace("%1", self.refusal_category.currentText()).replace(
            "%2", self.refusal_reason.currentText())
        self._add_taken(Taken(text, refusal=draft))
        self.needs[Need.HEBERGEMENT.value].setChecked(True)
        self.refusal_note.clear()
        self.banner.show_message(self.tr("Refus noté ; il sera enregistré avec l'appel (Entrée)."))

    def _add_taken(self, item: Taken) -> None:
        self.taken.append(item)
        self.taken_list.addItem(item.text)
        self.taken_list.setCurrentRow(len(self.taken) - 1)

    def remove_taken(self) -> None:
        row = self.taken_list.currentRow()
        if not 0 <= row < len(self.taken):
            return
        item = self.taken[row]

        def forget(_result: object = None) -> None:
            self._forget(item)
            self.refresh_finder()

        if item.orientation is None:
            forget()
            return
        db, actor, oid = self.ctx.db, self.ctx.actor, item.orientation.orientation_id
        self.ctx.tasks.run(lambda: orientations.set_status(db, oid, OrientationStatus.ANNULEE.value, actor=actor, source=SOURCE),
                           on_done=forget, on_error=self._failed)

    def _forget(self, item: Taken) -> None:
        """Take a line off *Pendant cet appel* (it will not be saved with the call)."""
        if item in self.taken:
            index = self.taken.index(item)
            self.taken.pop(index)
            self.taken_list.takeItem(index)

    def bed_orientation(self) -> OrientationInfo | None:
        """The chosen line if it is an orientation, else the last one taken during this call."""
        row = self.taken_list.currentRow()
        if 0 <= row < len(self.taken) and self.taken[row].orientation is not None:
            return self.taken[row].orientation
        return next((t.orientation for t in reversed(self.taken) if t.orientation is not None), None)

    def print_slip(self, pdf_path: str | Path | None = None) -> None:
        o = self.bed_orientation()
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
        if self._saving:
            return
        if self.under_way.in_flight or self.under_way.reserve_after_refresh:
            self.under_way.save_after = True  # saved as soon as the bed being held is held (not if it fails)
            self.banner.show_message(self.tr("Réservation en cours… l'appel sera enregistré dès qu'elle est faite."))
            return
        self.clear_errors()
        if self._offline(self.form_error):
            return
        if self.person_panel.needs_alias():
            self.errors["alias"].show_error(self.tr("Pseudonyme : indiquez-le, ou cochez « Anonyme »."))
            self.alias.setFocus()
            return
        try:  # an anonymous call has no person to check it, but the finder matched on it
            lookup.count(self.children.value(), "children", label="Enfants", maximum=20)
        except UserFacingError as exc:
            self._failed(exc)
            return
        kwargs = {
            "actor": self.ctx.actor, **self.call_panel.for_call(), **self.person_panel.for_call(),
            "orientation_ids": [t.orientation.orientation_id for t in self.taken if t.orientation is not None],
            "refusals": [t.refusal for t in self.taken if t.refusal is not None],
        }
        db = self.ctx.db
        self._saving = True
        self.save_button.setEnabled(False)

        def done(info: calls.CallInfo) -> None:
            self._saving = False
            self.save_button.setEnabled(True)
            self.reset()
            self.saved.emit(info)
            self.left.emit()
            then, self._close_after_save = self._close_after_save, None
            if then is not None:  # the window was closed while the call was being saved
                QTimer.singleShot(0, then)

        def failed(exc: BaseException) -> None:
            self._saving = False
            self._close_after_save = None  # the operator must see why the call was not saved
            self.save_button.setEnabled(True)
            self._failed(exc)

        self.ctx.tasks.run(lambda: calls.create_call(db, source=SOURCE, **kwargs), on_done=done, on_error=failed)

    def abandon(self, *, confirm: bool = True, then: Callable[[], None] | None = None) -> None:
        """Échap: leave the call; the beds held and the referrals made during it are cancelled.

        If they cannot be cancelled (no connection), the call stays on screen to try again — unless
        the app is quitting (`then`): the beds then go back by themselves at their deadline.
        """
        if self._saving:  # the call and its beds are being saved: nothing to abandon
            self.form_error.show_error(self.tr("L'appel est en cours d'enregistrement."))
            return
        if self.has_content() and confirm:
            answer = QMessageBox.question(
                self, self.tr("Abandonner l'appel ?"),
                self.tr("Ce qui a été tapé sera effacé et les lits réservés pendant cet appel seront rendus au réseau."),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
            if answer != QMessageBox.StandardButton.Yes:
                return
        db, actor = self.ctx.db, self.ctx.actor
        ids = [t.orientation.orientation_id for t in self.taken if t.orientation is not None]
        self.under_way.next_call()  # a hold still being taken for this call is given back when it arrives
        cancelled: list[int] = []

        def cancel_all() -> None:
            for oid in ids:
                with contextlib.suppress(UserFacingError):  # already closed elsewhere: nothing to give back
                    orientations.set_status(db, oid, OrientationStatus.ANNULEE.value, actor=actor, source=SOURCE)
                cancelled.append(oid)

        def left(_result: object = None) -> None:
            self.reset()
            self.left.emit()
            if then is not None:  # quitting: once the late holds too are given back
                self.under_way.when_settled(lambda: QTimer.singleShot(0, then))

        def failed(exc: BaseException) -> None:
            if isinstance(exc, DatabaseUnreachable):
                self.ctx.connectivity.set(False, exc.message)
            else:
                self.ctx.errors.report(exc)
            if then is not None:
                left()
                return
            for item in [t for t in self.taken if t.orientation and t.orientation.orientation_id in cancelled]:
                self._forget(item)  # given back already: not saved with the call later
            self.form_error.show_error(self.tr("Les lits réservés pendant cet appel n'ont pas pu être rendus (%1). "
                                               "L'appel reste affiché : Échap pour réessayer.")
                                       .replace("%1", getattr(exc, "message", None) or describe(exc)))

        if ids:
            self.ctx.tasks.run(cancel_all, on_done=left, on_error=failed)
        else:
            left()

    def confirm_close(self, then: Callable[[], None]) -> bool:
        """Quitting the app: True when no call is in progress. Otherwise back to the call (the default), or
        the call is abandoned — its beds given back, off the UI thread — and `then` closes the app after."""
        if self._saving:
            self._close_after_save = then  # the call is being saved: close right after
            return False
        if not self.has_content():
            if not self.under_way.late:
                return True
            self.under_way.when_settled(lambda: QTimer.singleShot(0, then))  # a late hold to give back first
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
        if isinstance(exc, DatabaseUnreachable):
            self.ctx.connectivity.set(False, exc.message)
            self.form_error.show_offline(exc.message + " " + self.tr("Ce que vous avez tapé reste affiché."))
            return
        if isinstance(exc, UserFacingError):
            error = self.errors.get(exc.field or "", self.form_error)
            error.show_error(exc.message)
            focus = {"alias": self.alias, "birth_year": self.birth_year, "gender": self.gender,
                     "children": self.children, "location": self.location, "notes": self.notes,
                     "received_at": self.received_at, "deadline": self.finder.deadline}.get(exc.field or "")
            if focus is not None:
                focus.setFocus()
            return
        self.form_error.show_error(describe(exc))
        self.ctx.errors.report(exc)
