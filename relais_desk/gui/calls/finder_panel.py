"""The bed finder inside *Nouvel appel*: compatible shelters with free beds now, best first.

It only shows what `services.finder.find_beds` returned; the intake loads it off the UI thread and
decides what *Réserver* does.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDateTime, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from relais_desk.domain.nights import to_local, to_utc, utcnow
from relais_desk.gui import category_text
from relais_desk.gui.board.model import age_text
from relais_desk.gui.opening_hours_text import status_text, week_text
from relais_desk.gui.widgets import DateTimeField, FieldError
from relais_desk.services.call_draft import FinderAnswer, profile_known
from relais_desk.services.finder import Match

QUOTA_BRUSH = QBrush(QColor("#fff3cd"))
STALE_BRUSH = QBrush(QColor("#8a6d00"))


def local_qdatetime(at_utc: datetime) -> QDateTime:
    return QDateTime(to_local(at_utc).replace(tzinfo=None, second=0, microsecond=0))


def qdatetime_to_utc(value: QDateTime) -> datetime:
    return to_utc(value.toPython().replace(second=0, microsecond=0))


class FinderPanel(QWidget):
    """The ranked list, the arrival deadline and *Réserver* (Ctrl+R)."""

    reserve_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.matches: list[Match] = []
        self.summary = QLabel(self)
        self.summary.setObjectName("finder_summary")
        self.summary.setWordWrap(True)
        self.tonight = QLabel(self)  # « déjà orienté·e ce soir : … », above the list
        self.tonight.setObjectName("finder_tonight")
        self.tonight.setWordWrap(True)
        self.tonight.setStyleSheet("QLabel { color:#8a3b00; font-weight:bold; }")
        self.tonight.hide()
        self.table = QTableWidget(0, 5, self)
        self.table.setTabKeyNavigation(False)  # Tab leaves the list (and never changes the chosen shelter)
        self.table.setObjectName("finder_table")
        self.table.setHorizontalHeaderLabels([self.tr("Abri — places"), self.tr("Libres"), self.tr("Accepte"),
                                              self.tr("Quota"), self.tr("Mis à jour")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        self.table.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column, width in ((2, 120), (3, 118)):  # long attribute and quota texts wrap; the shelter keeps room
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            self.table.setColumnWidth(column, width)
        # a long shelter name wraps: rows grow or shrink with the column, never cut the bed type off
        header.sectionResized.connect(lambda *_args: self.table.resizeRowsToContents())
        self.table.setMinimumHeight(150)
        self.table.doubleClicked.connect(lambda _i: self.reserve_requested.emit())
        self.detail = QLabel(self)  # the chosen shelter: phone, hours, open now or when it opens
        self.detail.setObjectName("finder_detail")
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.table.itemSelectionChanged.connect(self._show_detail)
        self.deadline = DateTimeField(self)
        self.deadline.setObjectName("deadline")
        self.deadline.setDisplayFormat("dd/MM/yyyy HH:mm")
        self.deadline.setCalendarPopup(True)
        self.deadline.setToolTip(self.tr("Heure limite d'arrivée : après, le lit est rendu au réseau."))
        self.deadline_edited = False
        self.deadline.dateTimeChanged.connect(self._deadline_changed)
        self.deadline_error = FieldError(self)
        self.deadline_error.setObjectName("deadline_error")
        self.deadline.typing_refused.connect(self.deadline_error.show_error)
        self.reserve = QPushButton(self.tr("Réserver (Ctrl+R)"), self)
        self.reserve.setObjectName("reserve")
        self.reserve.setAutoDefault(True)  # Enter on the focused button reserves
        self.reserve.clicked.connect(self.reserve_requested.emit)
        self.message = FieldError(self)
        self.message.setObjectName("finder_message")
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Arriver avant"), self))
        row.addWidget(self.deadline)
        row.addWidget(self.reserve)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tonight)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.detail)
        layout.addLayout(row)
        layout.addWidget(self.deadline_error)
        layout.addWidget(self.message)

    def _deadline_changed(self, _value: QDateTime) -> None:
        self.deadline_edited = True
        self.deadline_error.clear_error()

    def set_suggested_deadline(self, at_utc: datetime) -> None:
        """The network's default deadline, unless the operator already chose one for this call."""
        if self.deadline_edited:
            return
        self.deadline.blockSignals(True)
        self.deadline.setDateTime(local_qdatetime(at_utc))
        self.deadline.blockSignals(False)

    def chosen_deadline(self) -> datetime | None:
        """None means the network default (computed by the service at the moment of the hold)."""
        return qdatetime_to_utc(self.deadline.dateTime()) if self.deadline_edited else None

    def reset(self) -> None:
        self.show_tonight([])
        self.deadline_edited = False
        self.deadline_error.clear_error()
        self.message.clear_error()

    def show_matches(self, matches: list[Match], *, profile_known: bool, keep_selection: bool = True) -> None:
        keep = self.selected() if keep_selection else None
        self.matches = matches
        now = utcnow()
        self.table.setRowCount(len(matches))
        for i, m in enumerate(matches):
            accepts = [self.tr("chien") if m.dogs_accepted else "",
                       self.tr("fauteuil roulant") if m.wheelchair_accessible else "",
                       self.tr("bas seuil") if m.low_threshold else ""]
            quota = ""
            if m.quota_nights and m.quota_days:
                quota = self.tr("%1 nuits / %2 j").replace("%1", str(m.quota_nights)).replace("%2", str(m.quota_days))
                if m.nights_used:
                    quota += " — " + self.tr("%1 utilisée(s)").replace("%1", str(m.nights_used))
                if m.quota_reached:
                    quota = self.tr("QUOTA ATTEINT") + " — " + quota
            updated = ("⚠ " if m.stale else "") + age_text(m.updated_at, now)
            category = category_text.of(m)
            where = f"{category} · {m.city}" if m.city and m.city not in m.shelter else category
            free = self.tr("%1 ch.").replace("%1", str(m.free)) if m.counted_in_rooms else str(m.free)
            cells = [f"{m.shelter}\n{where}", free,
                     ", ".join(a for a in accepts if a), quota, updated]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if col == 1:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                    if m.counted_in_rooms:
                        item.setToolTip(self.tr("Chambres libres : une chambre par famille."))
                if m.quota_reached:
                    item.setBackground(QUOTA_BRUSH)
                if col == 4 and m.stale:
                    item.setForeground(STALE_BRUSH)
                    item.setToolTip(self.tr("Chiffres anciens : appelez l'abri pour confirmer."))
                self.table.setItem(i, col, item)
        self.table.resizeRowsToContents()
        if matches:
            row = next((i for i, m in enumerate(matches) if keep and m.key == keep.key), 0)
            self.table.selectRow(row)
        self._show_detail()
        free = sum(m.free for m in matches if not m.quota_reached)
        if not profile_known:
            text = self.tr("Précisez le genre (ou des enfants) pour voir toutes les places qui conviennent.")
        elif matches:
            text = self.tr("%1 abri(s) compatible(s), %2 lit(s) libre(s) maintenant.").replace(
                "%1", str(len({m.partner_id for m in matches}))).replace("%2", str(free))
        else:
            text = self.tr("Aucun lit compatible libre maintenant : enregistrez un refus faute de place (Ctrl+Maj+R).")
        if any(m.quota_reached for m in matches):
            text += " " + self.tr("Quota de nuits atteint pour cette personne dans au moins un abri (ligne jaune).")
        self.summary.setText(text)
        self.reserve.setEnabled(bool(matches))

    def _show_detail(self) -> None:
        m = self.selected()
        if m is None:
            self.detail.setText("")
            return
        # the chosen row names the shelter; first what matters at 2 am: open now, or when it opens
        if m.opening_hours:
            parts = [status_text(m.opening_hours, utcnow()), week_text(m.opening_hours)]
        else:
            parts = [self.tr("horaires non communiqués")]
        if m.phone:
            parts.append(self.tr("tél. %1").replace("%1", m.phone))
        self.detail.setText(" · ".join(p for p in parts if p))
        self.detail.setToolTip(m.shelter)

    def show_answer(self, answer: FinderAnswer, *, stays: list[str], keep_selection: bool) -> None:
        """A finder answer: the list, where the person already is tonight, the network's deadline."""
        self.show_matches(list(answer.matches), profile_known=profile_known(answer.profile),
                          keep_selection=keep_selection)
        self.show_tonight(stays)
        self.set_suggested_deadline(answer.deadline)

    def show_tonight(self, where: list[str]) -> None:
        """Where the person already is tonight (a bed held for them, or arrived), or nothing."""
        self.tonight.setText(self.tr("⚠ déjà orienté·e ce soir : %1").replace("%1", ", ".join(where)) if where else "")
        self.tonight.setVisible(bool(where))

    def selected(self) -> Match | None:
        row = self.table.currentRow()
        return self.matches[row] if 0 <= row < len(self.matches) else None
