"""The board as a Qt table model: a thin adapter over `services.beds.BoardRow`."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QDateTime,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
    QTime,
)
from PySide6.QtGui import QBrush, QColor, QFont, QIcon, QPainter, QPixmap

from relais_desk.domain.nights import to_local, utcnow
from relais_desk.gui import category_text, rich_text
from relais_desk.services import freshness
from relais_desk.services.beds import BoardRow

Index = QModelIndex | QPersistentModelIndex
COLUMNS = ("shelter", "city", "category", "free", "held", "unavailable", "updated")
FREE_COLORS = {"full": "#f6c9c6", "last": "#ffe0a3", "free": "#cdebd3"}
KEY_ROLE = Qt.ItemDataRole.UserRole + 1
ICON_STEP = 18  # one 16 px attribute icon (dogs, wheelchair, low threshold) and its gap
# The view's icon size: room for all three side by side; at Qt's default 16×16 two icons were shrunk to 8 px
ICON_SIZE = QSize(3 * ICON_STEP, 16)


def age_text(updated_at: datetime | None, now: datetime) -> str:
    """How old a count is, in words: "il y a 25 min", "il y a 14 h", or the date."""
    translate = QCoreApplication.translate
    if updated_at is None:
        return translate("BoardModel", "jamais")
    minutes = int((now - updated_at).total_seconds() // 60)
    if minutes < 1:
        return translate("BoardModel", "à l'instant")
    # "%1", not a plural "%n": an abbreviation has no plural, and lupdate reads a plural call as singular only
    locale = QLocale()
    if minutes < 60:
        return translate("BoardModel", "il y a %1 min").replace("%1", locale.toString(minutes))
    hours = minutes // 60
    if hours < 48:
        return translate("BoardModel", "il y a %1 h").replace("%1", locale.toString(hours))
    local = to_local(updated_at)
    return locale.toString(QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute)),
                           "dd/MM HH:mm")


class BoardModel(QAbstractTableModel):
    """Rows keep their place when counts change, so selection and scroll stay where they were."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[BoardRow] = []
        self.now = utcnow()
        self.stale_after = timedelta(hours=12)
        self.last_beds = 2
        self._icons: dict[tuple[bool, bool, bool], QIcon] = {}
        self.headers = [self.tr("Abri"), self.tr("Commune"), self.tr("Catégorie"), self.tr("Libres"),
                        self.tr("Réservés"), self.tr("Hors service"), self.tr("Mis à jour")]

    # -- updates
    def set_rows(self, rows: list[BoardRow], now: datetime | None = None) -> None:
        """Replace the data; rows with the same keys in the same order are updated in place."""
        self.now = now or utcnow()
        if [r.key for r in rows] == [r.key for r in self.rows]:
            for i, (old, new) in enumerate(zip(self.rows, rows, strict=True)):
                self.rows[i] = new
                if old != new:
                    self.dataChanged.emit(self.index(i, 0), self.index(i, len(COLUMNS) - 1))
            # ages move with the clock even when counts do not
            self.dataChanged.emit(self.index(0, 6), self.index(max(len(rows) - 1, 0), 6))
            return
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def update_rows(self, rows: list[BoardRow], now: datetime | None = None) -> bool:
        """Put these rows in place of those with the same keys, one dataChanged per row that changed; False
        (nothing changed) when one of them is not on the board: the caller reads the whole board then."""
        where = {r.key: i for i, r in enumerate(self.rows)}
        if any(r.key not in where for r in rows):
            return False
        self.now = now or utcnow()
        for new in rows:
            i = where[new.key]
            if self.rows[i] != new:
                self.rows[i] = new
                self.dataChanged.emit(self.index(i, 0), self.index(i, len(COLUMNS) - 1))
        return True

    def row_of(self, key: tuple[int, int]) -> int | None:
        for i, r in enumerate(self.rows):
            if r.key == key:
                return i
        return None

    def is_stale(self, row: BoardRow) -> bool:
        return freshness.is_stale(row.updated_at, self.now, self.stale_after)

    def level(self, row: BoardRow) -> str:
        if row.free <= 0:
            return "full"
        return "last" if row.free <= self.last_beds else "free"

    # -- Qt model API
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = self.rows[index.row()], COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == KEY_ROLE:
            return row.key
        if role == Qt.ItemDataRole.BackgroundRole and column == "free":
            return QBrush(QColor(FREE_COLORS[self.level(row)]))
        if role == Qt.ItemDataRole.TextAlignmentRole and column in ("free", "held", "unavailable"):
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.FontRole:
            if column == "free":
                font = QFont()
                font.setBold(True)
                return font
            if column == "updated" and self.is_stale(row):
                font = QFont()
                font.setItalic(True)
                return font
        if role == Qt.ItemDataRole.ForegroundRole and column == "updated" and self.is_stale(row):
            return QBrush(QColor("#a15c00"))
        if role == Qt.ItemDataRole.DecorationRole and column == "shelter":
            return self._icon(row)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        return None

    def _text(self, row: BoardRow, column: str) -> str:
        if column == "shelter":
            return row.shelter
        if column == "city":
            return row.city
        if column == "category":
            return category_text.of(row)
        if column == "free":
            return f"{row.free} / {row.capacity}"
        if column == "held":
            return str(row.held) if row.held else ""
        if column == "unavailable":
            return str(row.unavailable) if row.unavailable else ""
        text = age_text(row.updated_at, self.now)
        return f"⚠ {text}" if self.is_stale(row) else text

    def _tooltip(self, row: BoardRow, column: str) -> str | None:
        if column == "shelter":
            parts = []
            if row.dogs_accepted:
                parts.append(self.tr("chiens acceptés"))
            if row.wheelchair_accessible:
                parts.append(self.tr("accessible PMR"))
            if row.low_threshold:
                parts.append(self.tr("bas seuil"))
            return ", ".join(parts) or None
        if column == "free":
            text = self.tr("%1 occupés, %2 réservés, %3 hors service, sur %4 lits").replace(
                "%1", str(row.occupied)).replace("%2", str(row.held)).replace("%3", str(row.unavailable)).replace(
                "%4", str(row.capacity))
            if row.capacity_winter:
                text += self.tr(" (dont %1 du plan hiver)").replace("%1", str(row.capacity_winter))
            return text
        if column == "unavailable" and row.unavailable_reason:
            return rich_text.tooltip(row.unavailable_reason)  # typed by shelter staff: shown as typed
        if column == "updated" and self.is_stale(row):
            return self.tr("Comptage pas mis à jour depuis plus de %n heures : à vérifier par téléphone.", "",
                           int(self.stale_after.total_seconds() // 3600))
        return None

    def _icon(self, row: BoardRow) -> QIcon | None:
        key = (row.dogs_accepted, row.wheelchair_accessible, row.low_threshold)
        if not any(key):
            return None
        if key not in self._icons:
            names = [n for n, on in zip(("dog", "wheelchair", "low-threshold"), key, strict=True) if on]
            pixmap = QPixmap(ICON_STEP * len(names), 16)
            pixmap.fill(Qt.GlobalColor.transparent)
            painter = QPainter(pixmap)
            for i, name in enumerate(names):
                QIcon(f":/icons/{name}.svg").paint(painter, i * ICON_STEP, 0, 16, 16)
            painter.end()
            self._icons[key] = QIcon(pixmap)
        return self._icons[key]
