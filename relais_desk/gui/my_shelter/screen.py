"""*Mon abri*: tonight's counts of the user's own shelter, expected arrivals (and the arrivals and absences
of the last 15 minutes, which can be undone), door refusals (tonight's, which can be withdrawn)."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from relais_desk.domain.errors import UserFacingError
from relais_desk.domain.nights import utcnow
from relais_desk.gui import category_text, rich_text
from relais_desk.gui.calls import labels
from relais_desk.gui.connection_banner import ConnectionBanner
from relais_desk.gui.context import AppContext
from relais_desk.gui.forms.ui_my_shelter import Ui_MyShelterPanel
from relais_desk.gui.live import touches
from relais_desk.gui.my_shelter.count_field import CountField, count_with_buttons
from relais_desk.gui.stats import formats
from relais_desk.gui.tasks import describe
from relais_desk.gui.widgets import FieldError
from relais_desk.services import arrival_undo, beds, lookup, orientations, refusals
from relais_desk.services.arrival_undo import RecentClosing
from relais_desk.services.beds import BoardRow
from relais_desk.services.errors import InvalidValue
from relais_desk.services.orientations import OrientationInfo
from relais_desk.services.refusals import DoorRefusal
from relais_desk.store.errors import DatabaseUnreachable

SOURCE = "Mon abri"  # what the access log calls this screen
GREY = Qt.GlobalColor.gray


def fit_rows(table: QTableWidget, at_most: int) -> None:
    """As tall as its rows (up to `at_most`, then it scrolls): the expected arrivals keep the room."""
    shown = min(table.rowCount(), at_most)
    rows = sum(table.rowHeight(i) for i in range(shown)) if shown else table.verticalHeader().defaultSectionSize()
    table.setMaximumHeight(table.horizontalHeader().sizeHint().height() + rows + 2 * table.frameWidth() + 6)


@dataclass
class Tonight:
    """What *Mon abri* loads at once (plain data from the worker)."""

    rows: list[BoardRow]
    expected: list[OrientationInfo] = field(default_factory=list)
    recent: list[RecentClosing] = field(default_factory=list)
    door_refusals: list[DoorRefusal] = field(default_factory=list)


@dataclass
class CategoryEditor:
    row: BoardRow
    label: QLabel
    occupied: CountField
    unavailable: CountField
    reason: QLineEdit
    save: QPushButton
    error: FieldError
    dirty: bool = False


class MyShelterScreen(QWidget):
    """Counts per category with +/− and typed numbers; nothing is written when a number does not fit."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.partner_id = ctx.user.partner_id
        self.editors: dict[int, CategoryEditor] = {}
        self._refresh_timer = QTimer(self, singleShot=True, interval=150)
        self._refresh_timer.timeout.connect(self.refresh)
        # The static frame comes from ui/my_shelter.ui (Designer); the per-category rows are built here
        # because their number depends on the shelter's capacities.
        self.ui = Ui_MyShelterPanel()
        self.ui.setupUi(self)
        self.banner, self.title, self.counts_box, self.grid = (self.ui.banner, self.ui.title, self.ui.counts_box,
                                                               self.ui.grid)
        self.arrivals_box, self.arrivals, self.no_arrivals = (self.ui.arrivals_box, self.ui.arrivals,
                                                              self.ui.no_arrivals)
        self.arrivals.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.refusal_category, self.refusal_reason = self.ui.refusal_category, self.ui.refusal_reason
        self.refusal_note, self.refusal_save = self.ui.refusal_note, self.ui.refusal_save
        self.refusal_message = self.ui.refusal_message
        self.recent_box, self.recent, self.recent_message = self.ui.recent_box, self.ui.recent, self.ui.recent_message
        self.refusals, self.no_refusals = self.ui.refusals, self.ui.no_refusals
        for table in (self.recent, self.refusals):
            table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
            table.setEditTriggers(table.EditTrigger.NoEditTriggers)
        self.recent_box.hide()
        self.refusals.hide()
        labels.fill(self.refusal_reason, labels.REFUSAL_REASONS)
        self.refusal_save.clicked.connect(self.record_refusal)
        self.layout().setStretchFactor(self.arrivals_box, 1)
        # the undo buttons go when their 15 minutes are over: a refresh then
        self._undo_timer = QTimer(self, singleShot=True)
        self._undo_timer.timeout.connect(self.refresh)
        self.connection_banner = ConnectionBanner(ctx, self)
        self.layout().insertWidget(0, self.connection_banner)
        if ctx.live is not None:
            ctx.live.changed.connect(self._on_change)

    # -- loading
    def refresh(self) -> None:
        db, pid, actor = self.ctx.db, self.partner_id, self.ctx.actor

        def load() -> Tonight:
            rows = [r for r in beds.board(db) if r.partner_id == pid]
            if not pid:
                return Tonight(rows)
            return Tonight(rows, orientations.expected_arrivals(db, pid, actor=actor, source=SOURCE),
                           arrival_undo.recent_closings(db, pid, actor=actor, source=SOURCE),
                           refusals.door_refusals_tonight(db, pid, actor=actor))

        self.ctx.tasks.query(load, kind="my_shelter", on_done=self._loaded)

    def _loaded(self, tonight: Tonight) -> None:
        rows = tonight.rows
        if rows:
            rich_text.plain(self.title).setText(rows[0].shelter)
        for row in rows:
            editor = self.editors.get(row.category_id)
            if editor is None:
                editor = self._add_editor(row)
            editor.row = row
            editor.label.setText(f"<b>{rich_text.escape(category_text.of(row))}</b> — {rich_text.escape(self.summary(row))}")
            if not editor.dirty:  # never overwrite what the user is typing
                self._set_values(editor, row)
        chosen = self.refusal_category.currentData()
        self.refusal_category.clear()
        for row in rows:
            self.refusal_category.addItem(category_text.of(row), row.category)
        if chosen is not None and self.refusal_category.findData(chosen) >= 0:
            self.refusal_category.setCurrentIndex(self.refusal_category.findData(chosen))
        self._fill_arrivals(tonight.expected)
        self._fill_recent(tonight.recent)
        self._fill_refusals(tonight.door_refusals)

    def summary(self, row: BoardRow) -> str:
        """« 1 libre sur 31, 2 réservés »: Qt's plural forms (%n) in each language."""
        text = self.tr("%n libre(s) sur %1", "", row.free).replace("%1", str(row.capacity))
        if row.held:
            text += ", " + self.tr("%n réservé(s)", "", row.held)
        return text

    def _add_editor(self, row: BoardRow) -> CategoryEditor:
        r = len(self.editors) * 2
        label = QLabel(self.counts_box)
        occupied, occupied_box = count_with_buttons(self.counts_box, f"occupied_{row.category}")
        unavailable, unavailable_box = count_with_buttons(self.counts_box, f"unavailable_{row.category}")
        reason = QLineEdit(self.counts_box)
        reason.setObjectName(f"reason_{row.category}")
        reason.setPlaceholderText(self.tr("Motif des lits hors service"))
        save = QPushButton(self.tr("Enregistrer"), self.counts_box)
        save.setObjectName(f"save_{row.category}")
        error = FieldError(self.counts_box)
        error.setObjectName(f"error_{row.category}")
        self.grid.addWidget(label, r, 0)
        self.grid.addWidget(QLabel(self.tr("Occupés"), self.counts_box), r, 1)
        self.grid.addWidget(occupied_box, r, 2)
        self.grid.addWidget(QLabel(self.tr("Hors service"), self.counts_box), r, 3)
        self.grid.addWidget(unavailable_box, r, 4)
        self.grid.addWidget(reason, r, 5)
        self.grid.addWidget(save, r, 6)
        self.grid.addWidget(error, r + 1, 1, 1, 6)
        editor = CategoryEditor(row, label, occupied, unavailable, reason, save, error)
        self.editors[row.category_id] = editor
        for widget in (occupied, unavailable):
            widget.valueChanged.connect(lambda _v, e=editor: self._mark_dirty(e))
        reason.textEdited.connect(lambda _t, e=editor: self._mark_dirty(e))
        save.clicked.connect(lambda _c=False, e=editor: self.save(e))
        return editor

    def _set_values(self, editor: CategoryEditor, row: BoardRow) -> None:
        for widget, value in ((editor.occupied, row.occupied), (editor.unavailable, row.unavailable)):
            widget.blockSignals(True)
            widget.setValue(value)
            widget.blockSignals(False)
        editor.reason.setText(row.unavailable_reason)
        editor.dirty = False

    def _mark_dirty(self, editor: CategoryEditor) -> None:
        editor.dirty = True
        editor.error.clear_error()

    # -- writing
    def save(self, editor: CategoryEditor) -> None:
        if not self.ctx.connectivity.online:
            editor.error.show_offline(self.tr("Pas de connexion à la base : rien n'est enregistré. Vos chiffres "
                                              "restent affichés ; réessayez quand la connexion revient."))
            return
        db, actor = self.ctx.db, self.ctx.actor
        row, reason = editor.row, editor.reason.text()
        try:  # what was typed, checked by the core's rule before anything is sent: never clamped
            occ = lookup.count(editor.occupied.text(), "occupied", label=self.tr("Occupés"))
            una = lookup.count(editor.unavailable.text(), "unavailable", label=self.tr("Hors service"))
        except InvalidValue as exc:
            (editor.occupied if exc.field == "occupied" else editor.unavailable).show_invalid(True)
            editor.error.show_error(describe(exc))
            return
        editor.save.setEnabled(False)

        def done(new_row: BoardRow) -> None:
            editor.save.setEnabled(True)
            editor.dirty = False
            editor.error.clear_error()
            self.banner.show_message(self.tr("Enregistré à %1.").replace("%1", formats.moment(utcnow(), "HH:mm")),
                                     "info")
            self.refresh()

        def failed(exc: BaseException) -> None:
            editor.save.setEnabled(True)
            if isinstance(exc, DatabaseUnreachable):  # (the error hub has the session offline already)
                editor.error.show_offline(describe(exc) + " " + self.tr("Vos chiffres restent affichés."))
            elif isinstance(exc, UserFacingError):
                if exc.field in ("occupied", "unavailable"):
                    getattr(editor, exc.field).show_invalid(True)
                editor.error.show_error(describe(exc))  # next to the field; the typed numbers stay
            else:
                self.ctx.errors.report(exc)

        self.ctx.tasks.action(lambda: beds.set_counts(db, shelter=row.partner_id, category=row.category_id,
                                                      occupied=occ, unavailable=una, unavailable_reason=reason,
                                                      actor=actor), on_done=done, on_error=failed)

    def _fill_arrivals(self, expected: list) -> None:
        self.arrivals.setRowCount(len(expected))
        self.no_arrivals.setVisible(not expected)
        self.arrivals.setVisible(bool(expected))
        self.arrivals_box.setMaximumHeight(16_777_215 if expected else 90)
        for i, o in enumerate(expected):
            self.arrivals.setItem(i, 0, QTableWidgetItem(o.alias or self.tr("personne orientée")))
            self.arrivals.setItem(i, 1, QTableWidgetItem(category_text.of(o)))
            deadline = formats.moment(o.deadline, "HH:mm") if o.deadline else ""
            self.arrivals.setItem(i, 2, QTableWidgetItem(deadline))
            arrived, absent = QPushButton(self.tr("Arrivé·e")), QPushButton(self.tr("Absent·e"))
            arrived.setObjectName(f"arrived_{o.orientation_id}")
            absent.setObjectName(f"absent_{o.orientation_id}")
            arrived.clicked.connect(lambda _c=False, oid=o.orientation_id: self.close_orientation(oid, "arrivee"))
            absent.clicked.connect(lambda _c=False, oid=o.orientation_id: self.close_orientation(oid, "absente"))
            self.arrivals.setCellWidget(i, 3, arrived)
            self.arrivals.setCellWidget(i, 4, absent)

    def close_orientation(self, orientation_id: int, status: str) -> None:
        db, actor = self.ctx.db, self.ctx.actor
        self.ctx.tasks.action(lambda: orientations.set_status(db, orientation_id, status, actor=actor, source=SOURCE),
                              on_done=lambda _o: self.refresh())

    # -- the last 15 minutes' arrivals and absences: undo
    def _fill_recent(self, recent: list[RecentClosing]) -> None:
        self.recent_box.setVisible(bool(recent))
        self.recent.setRowCount(len(recent))
        for i, c in enumerate(recent):
            o = c.orientation
            at = formats.moment(c.closed_at, "HH:mm")
            done = (self.tr("Arrivé·e à %1") if c.arrived else self.tr("Absent·e à %1")).replace("%1", at)
            for j, text in enumerate((o.alias or self.tr("personne orientée"), category_text.of(o), done)):
                self.recent.setItem(i, j, QTableWidgetItem(text))
            undo = QPushButton(self.tr("Annuler"))
            undo.setObjectName(f"undo_{o.orientation_id}")
            undo.setToolTip(self.tr("Possible jusqu'à %1 : le lit redevient réservé pour la personne.").replace(
                "%1", formats.moment(c.undo_until, "HH:mm")))
            undo.clicked.connect(lambda _c=False, oid=o.orientation_id: self.undo_closing(oid))
            self.recent.setCellWidget(i, 3, undo)
        fit_rows(self.recent, 4)
        self._undo_timer.stop()
        if recent:
            first = min(c.undo_until for c in recent)
            self._undo_timer.start(max(int((first - utcnow()).total_seconds() * 1000) + 500, 500))

    def undo_closing(self, orientation_id: int) -> None:
        db, actor = self.ctx.db, self.ctx.actor

        def done(_o: OrientationInfo) -> None:
            self.recent_message.clear_error()
            self.banner.show_message(self.tr("Annulé : le lit est de nouveau réservé pour la personne."), "info")
            self.refresh()

        def failed(exc: BaseException) -> None:
            self.recent_message.show_error(describe(exc))
            self.refresh()

        self.ctx.tasks.action(lambda: arrival_undo.undo_closing(db, orientation_id, actor=actor, source=SOURCE),
                              on_done=done, on_error=failed)

    # -- tonight's door refusals: withdraw a mistaken one
    def _fill_refusals(self, door: list[DoorRefusal]) -> None:
        self.refusals.setVisible(bool(door))
        self.no_refusals.setVisible(not door)
        self.refusals.setRowCount(len(door))
        for i, r in enumerate(door):
            cells = (formats.moment(r.at, "HH:mm"), category_text.of(r), labels.label(labels.REFUSAL_REASONS, r.reason),
                     r.recorded_by)
            for j, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if r.withdrawn:
                    item.setForeground(GREY)
                self.refusals.setItem(i, j, item)
            if r.withdrawn:
                gone = self.tr("Retiré à %1").replace("%1", formats.moment(r.withdrawn_at, "HH:mm"))
                if r.withdrawn_by:
                    gone += " " + self.tr("par %1").replace("%1", r.withdrawn_by)
                item = QTableWidgetItem(gone)
                item.setForeground(GREY)
                self.refusals.removeCellWidget(i, 4)
                self.refusals.setItem(i, 4, item)
                continue
            self.refusals.setItem(i, 4, None)
            withdraw = QPushButton(self.tr("Retirer"))
            withdraw.setObjectName(f"withdraw_{r.refusal_id}")
            withdraw.setToolTip(self.tr("Un refus encodé par erreur : il reste dans l'historique, marqué retiré, et "
                                        "ne compte plus dans les chiffres."))
            withdraw.clicked.connect(lambda _c=False, refusal=r: self.withdraw_refusal(refusal))
            self.refusals.setCellWidget(i, 4, withdraw)
        fit_rows(self.refusals, 5)

    def withdraw_refusal(self, refusal: DoorRefusal) -> None:
        question = self.tr("Retirer le refus de %1 (%2, %3) ? Il reste dans l'historique, marqué retiré, mais ne "
                           "compte plus dans les chiffres de la nuit ni dans le rapport annuel.")
        question = (question.replace("%1", formats.moment(refusal.at, "HH:mm")).replace("%2", category_text.of(refusal))
                    .replace("%3", labels.label(labels.REFUSAL_REASONS, refusal.reason)))
        if QMessageBox.question(self, self.tr("Retirer un refus"), question) != QMessageBox.StandardButton.Yes:
            return
        db, actor = self.ctx.db, self.ctx.actor

        def done(_r: DoorRefusal) -> None:
            self.refusal_message.clear_error()
            self.banner.show_message(self.tr("Refus retiré."), "info")
            self.refresh()

        self.ctx.tasks.action(lambda: refusals.withdraw_refusal(db, refusal.refusal_id, actor=actor),
                              on_done=done, on_error=lambda exc: self.refusal_message.show_error(describe(exc)))

    def record_refusal(self) -> None:
        db, actor = self.ctx.db, self.ctx.actor
        category, reason, note = (self.refusal_category.currentData(), self.refusal_reason.currentData(),
                                  self.refusal_note.text())
        if category is None:
            self.refusal_message.show_error(self.tr("Choisissez une catégorie."))
            return

        def done(_info: object) -> None:
            self.refusal_note.clear()
            self.refusal_message.clear_error()
            self.banner.show_message(self.tr("Refus enregistré."), "info")
            self.refresh()

        self.ctx.tasks.action(lambda: refusals.record_refusal(db, category=category, reason=reason, note=note,
                                                              partner=self.partner_id, actor=actor),
                              on_done=done, on_error=lambda exc: self.refusal_message.show_error(describe(exc)))

    def _on_change(self, change) -> None:  # noqa: ANN001
        if touches(change, "bed_state", "hold", "orientation", "capacity", "refusal"):
            self._refresh_timer.start()


