"""*Mon abri*: tonight's counts of the user's own shelter, expected arrivals, door refusals."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidgetItem,
    QToolButton,
    QWidget,
)

from relais_desk.domain.errors import UserFacingError
from relais_desk.domain.nights import to_local, utcnow
from relais_desk.gui import rich_text
from relais_desk.gui.calls import labels
from relais_desk.gui.connection_banner import ConnectionBanner
from relais_desk.gui.context import AppContext
from relais_desk.gui.forms.ui_my_shelter import Ui_MyShelterPanel
from relais_desk.gui.live import touches
from relais_desk.gui.tasks import describe
from relais_desk.gui.widgets import FieldError
from relais_desk.services import beds, orientations, refusals
from relais_desk.services.beds import BoardRow
from relais_desk.store.errors import DatabaseUnreachable

SOURCE = "Mon abri"  # what the access log calls this screen


def spin_with_buttons(parent: QWidget, name: str) -> tuple[QSpinBox, QWidget]:
    """A number field with big − / + buttons (a shelter PC is often a touch screen)."""
    box = QWidget(parent)
    spin = QSpinBox(box)
    spin.setObjectName(name)
    spin.setRange(0, 9999)  # the service checks the capacity and says so next to the field
    spin.setMinimumWidth(70)
    minus, plus = QToolButton(box), QToolButton(box)
    minus.setText("−")
    plus.setText("+")
    minus.setObjectName(f"{name}_minus")
    plus.setObjectName(f"{name}_plus")
    minus.clicked.connect(spin.stepDown)
    plus.clicked.connect(spin.stepUp)
    layout = QHBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(minus)
    layout.addWidget(spin)
    layout.addWidget(plus)
    return spin, box


@dataclass
class CategoryEditor:
    row: BoardRow
    label: QLabel
    occupied: QSpinBox
    unavailable: QSpinBox
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
        labels.fill(self.refusal_reason, labels.REFUSAL_REASONS)
        self.refusal_save.clicked.connect(self.record_refusal)
        self.layout().setStretchFactor(self.arrivals_box, 1)
        self.connection_banner = ConnectionBanner(ctx, self)
        self.layout().insertWidget(0, self.connection_banner)
        if ctx.live is not None:
            ctx.live.changed.connect(self._on_change)

    # -- loading
    def refresh(self) -> None:
        db, pid, actor = self.ctx.db, self.partner_id, self.ctx.actor

        def load() -> tuple[list[BoardRow], list]:
            rows = [r for r in beds.board(db) if r.partner_id == pid]
            return rows, orientations.expected_arrivals(db, pid, actor=actor, source=SOURCE) if pid else []

        self.ctx.tasks.query(load, kind="my_shelter", on_done=self._loaded)

    def _loaded(self, result: tuple[list[BoardRow], list]) -> None:
        rows, expected = result
        if rows:
            rich_text.plain(self.title).setText(rows[0].shelter)
        for row in rows:
            editor = self.editors.get(row.category_id)
            if editor is None:
                editor = self._add_editor(row)
            editor.row = row
            summary = self.tr("%1 libres sur %2").replace("%1", str(row.free)).replace("%2", str(row.capacity))
            if row.held:
                summary += ", " + self.tr("%1 réservés").replace("%1", str(row.held))
            editor.label.setText(f"<b>{rich_text.escape(row.category_fr)}</b> — {rich_text.escape(summary)}")
            if not editor.dirty:  # never overwrite what the user is typing
                self._set_values(editor, row)
        self.refusal_category.clear()
        for row in rows:
            self.refusal_category.addItem(row.category_fr, row.category)
        self._fill_arrivals(expected)

    def _add_editor(self, row: BoardRow) -> CategoryEditor:
        r = len(self.editors) * 2
        label = QLabel(self.counts_box)
        occupied, occupied_box = spin_with_buttons(self.counts_box, f"occupied_{row.category}")
        unavailable, unavailable_box = spin_with_buttons(self.counts_box, f"unavailable_{row.category}")
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
        row, occ, una, reason = editor.row, editor.occupied.value(), editor.unavailable.value(), editor.reason.text()
        editor.save.setEnabled(False)

        def done(new_row: BoardRow) -> None:
            editor.save.setEnabled(True)
            editor.dirty = False
            editor.error.clear_error()
            self.banner.show_message(self.tr("Enregistré à %1.").replace("%1", to_local(utcnow()).strftime("%H:%M")),
                                     "info")
            self.refresh()

        def failed(exc: BaseException) -> None:
            editor.save.setEnabled(True)
            if isinstance(exc, DatabaseUnreachable):  # (the error hub has the session offline already)
                editor.error.show_offline(describe(exc) + " " + self.tr("Vos chiffres restent affichés."))
            elif isinstance(exc, UserFacingError):
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
            self.arrivals.setItem(i, 1, QTableWidgetItem(o.category_fr or ""))
            deadline = to_local(o.deadline).strftime("%H:%M") if o.deadline else ""
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

        self.ctx.tasks.action(lambda: refusals.record_refusal(db, category=category, reason=reason, note=note,
                                                              partner=self.partner_id, actor=actor),
                              on_done=done, on_error=lambda exc: self.refusal_message.show_error(describe(exc)))

    def _on_change(self, change) -> None:  # noqa: ANN001
        if touches(change, "bed_state", "hold", "orientation", "capacity"):
            self._refresh_timer.start()


