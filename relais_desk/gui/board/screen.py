"""*Lits*: the live bed board of the whole network."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta

from PySide6.QtCore import QDateTime, QItemSelectionModel, QLocale, QSortFilterProxyModel, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from relais_desk.domain.nights import to_local, to_utc, utcnow
from relais_desk.gui import category_text, rich_text
from relais_desk.gui.board.model import ICON_SIZE, KEY_ROLE, BoardModel, age_text
from relais_desk.gui.context import AppContext
from relais_desk.gui.live import touches
from relais_desk.gui.stats import formats
from relais_desk.gui.widgets import Banner, columns_sized_after
from relais_desk.services import beds, freshness
from relais_desk.services.beds import BoardRow


def brussels_now() -> QDateTime:
    """Now on the network's wall clock (Brussels), whatever this PC's time zone is."""
    return QDateTime(to_local(utcnow()).replace(tzinfo=None, second=0, microsecond=0))


class BoardFilter(QSortFilterProxyModel):
    """Filters by category and attributes; the source model keeps every row."""

    def __init__(self, model: BoardModel) -> None:
        super().__init__()
        self.setSourceModel(model)
        self.category: str | None = None
        self.dogs = self.wheelchair = self.low_threshold = self.only_free = False

    def filterAcceptsRow(self, source_row: int, _parent) -> bool:  # noqa: ANN001, N802
        row: BoardRow = self.sourceModel().rows[source_row]
        return not (
            (self.category and row.category != self.category)
            or (self.dogs and not row.dogs_accepted)
            or (self.wheelchair and not row.wheelchair_accessible)
            or (self.low_threshold and not row.low_threshold)
            or (self.only_free and row.free <= 0)
        )

    def refilter(self) -> None:
        self.beginFilterChange()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)


class BoardScreen(QWidget):
    """Shelters × categories, live; or, read-only, the board as it was at a past moment."""

    saturation = Signal(str, int)  # category label, free beds left in the network
    refreshed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.model = BoardModel(self)
        self.model.stale_after = self._network_stale_after()
        self.proxy = BoardFilter(self.model)
        self.past: datetime | None = None
        self.loaded_at: datetime | None = None
        self._saturated: set[str] = set()
        # A change refreshes at once; the changes that arrive while that read is under way make one more read when
        # it returns (a bed taken shows in milliseconds, a sweep of 40 holds costs two reads, never a queue).
        self._reading: int | None = None  # the read under way (its number), if any
        self._reads = 0
        self._changed_while_reading = False
        # What the changes heard while reading name: bed_state ids, or None when one of them needs the whole board
        self._named: set[int] | None = set()
        self._build()
        if ctx.live is not None:
            ctx.live.changed.connect(self._on_change)
        ctx.connectivity.changed.connect(self._connectivity_changed)  # (a bound method: gone with the screen)
        ctx.network_watch.changed.connect(self._network_changed)
        self._clock = QTimer(self, interval=30_000)
        self._clock.timeout.connect(self._tick)
        self._clock.start()

    def _build(self) -> None:
        self.banner = Banner(self)
        self.category = QComboBox(self)
        self.category.addItem(self.tr("Toutes les catégories"), None)
        self.category.currentIndexChanged.connect(self._apply_filters)
        self.dogs = QCheckBox(self.tr("Chiens acceptés"), self)
        self.wheelchair = QCheckBox(self.tr("Accessible PMR"), self)
        self.low = QCheckBox(self.tr("Bas seuil"), self)
        self.only_free = QCheckBox(self.tr("Avec lits libres"), self)
        for box in (self.dogs, self.wheelchair, self.low, self.only_free):
            box.toggled.connect(self._apply_filters)
        self.at = QDateTimeEdit(self)
        self.at.setCalendarPopup(True)
        self.at.setDisplayFormat("dd/MM/yyyy HH:mm")
        self.at.setDateTime(brussels_now())
        self.at.setToolTip(self.tr("Voir le tableau tel qu'il était à ce moment (reconstitué du journal)"))
        self.show_past = QPushButton(self.tr("Voir le tableau à…"), self)
        self.show_past.clicked.connect(self._on_show_past)
        self.back_live = QPushButton(self.tr("Revenir au direct"), self)
        self.back_live.clicked.connect(self.go_live)
        self.back_live.hide()

        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("Catégorie :"), self))
        filters.addWidget(self.category)
        for box in (self.dogs, self.wheelchair, self.low, self.only_free):
            filters.addWidget(box)
        filters.addStretch(1)
        filters.addWidget(self.at)
        filters.addWidget(self.show_past)
        filters.addWidget(self.back_live)

        self.table = QTableView(self)
        self.table.setTabKeyNavigation(False)  # Tab leaves the list; arrows move in it
        self.table.setObjectName("boardTable")
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setIconSize(ICON_SIZE)
        self.table.setSortingEnabled(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.totals = QLabel(self)
        self.totals.setObjectName("boardTotals")
        self.totals.setWordWrap(True)
        self.totals.setTextFormat(Qt.TextFormat.RichText)

        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(filters)
        layout.addWidget(self.totals)
        layout.addWidget(self.table, 1)

    # -- data
    def refresh(self) -> None:
        """Reload off the UI thread (live, or the past moment being shown)."""
        past, db = self.past, self.ctx.db
        self._reads += 1
        self._reading = read = self._reads
        self.ctx.tasks.query(lambda: (beds.board(db, at=past), utcnow()), kind="board",
                             on_done=lambda r: self._read_over(read, lambda: self._loaded(r, past)),
                             on_error=lambda exc: self._read_over(read, lambda: self._load_failed(exc)))

    def refresh_rows(self, bed_state_ids: set[int]) -> None:
        """Reload, off the UI thread, only the rows whose tonight's bed_state rows are these (a named change)."""
        db, ids = self.ctx.db, sorted(bed_state_ids)
        self._reads += 1
        self._reading = read = self._reads
        self.ctx.tasks.query(lambda: (beds.board_rows(db, ids), utcnow()), kind="board",
                             on_done=lambda r: self._read_over(read, lambda: self._rows_loaded(r)),
                             on_error=lambda exc: self._read_over(read, lambda: self._load_failed(exc)))

    def _rows_loaded(self, result: tuple[list[BoardRow], datetime]) -> None:
        rows, now = result
        if self.past is not None:
            return  # the user moved to a past moment while this was loading
        if not self.model.update_rows(rows, now=now):
            self.refresh()  # a row that was not on the board (a shelter back with a state): read it all
            return
        self.loaded_at = now
        self._check_saturation(self.model.rows)
        self._update_totals(self.model.rows)
        self._update_banner()
        self.refreshed.emit()

    def _read_changes(self, named: set[int] | None) -> None:
        if named:
            self.refresh_rows(named)
        else:
            self.refresh()

    def _read_over(self, read: int, then: Callable[[], None]) -> None:
        if read == self._reading:
            self._reading = None
        then()
        if self._reading is None and self._changed_while_reading:
            self._changed_while_reading = False
            named, self._named = self._named, set()
            self._read_changes(named)

    def _loaded(self, result: tuple[list[BoardRow], datetime], past: datetime | None) -> None:
        rows, now = result
        if past != self.past:
            return  # the user moved on while this was loading
        selected = self.selected_key()
        with columns_sized_after(self.table.horizontalHeader()):  # sized once, not at every changed cell
            self.model.set_rows(rows, now=past or now)
            self._fill_categories(rows)
            self.proxy.refilter()
        if selected is not None:
            self.select_key(selected)
        if past is None:
            self.loaded_at = now
            self._check_saturation(rows)
        self._update_totals(rows)
        self._update_banner()
        self.refreshed.emit()

    def _connectivity_changed(self, _online: bool, _message: str) -> None:
        self._update_banner()

    def _load_failed(self, exc: BaseException) -> None:
        from relais_desk.store.errors import DatabaseUnreachable

        if not isinstance(exc, DatabaseUnreachable):  # (a lost database: the hub has it, the banner says it)
            self.ctx.errors.report(exc)
        self._update_banner()

    def _on_change(self, change) -> None:  # noqa: ANN001
        # Every change of counts announces its bed_state rows (a hold taken or closed too): "hold" alone moves
        # nothing on the board. A bed_state change that names its rows reads just those rows; anything else
        # (no ids, capacities, partners, categories, a resync after a reconnect) reads the whole board.
        if self.past is None and touches(change, "bed_state", "capacity", "partner", "category"):
            named = set(change.ids) if change.topic == "bed_state" and change.ids else None
            if self._reading is not None:
                self._changed_while_reading = True
                if named is None or self._named is None:
                    self._named = None
                else:
                    self._named |= named
            else:
                self._read_changes(named)

    def _network_stale_after(self) -> timedelta:
        return timedelta(hours=self.ctx.setting_int("stale_after_hours", 12))

    def _network_changed(self, keys: frozenset[str]) -> None:
        """A new stale rule or saturation threshold: the board is shown again under it."""
        if keys & {"stale_after_hours", "saturation_threshold"}:
            self.model.stale_after = self._network_stale_after()
            self.refresh()

    def _tick(self) -> None:
        if self.past is None:
            self.model.set_rows(self.model.rows)
            self._update_banner()

    # -- selection kept across updates
    def selected_key(self) -> tuple[int, int] | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(KEY_ROLE) if rows else None

    def select_key(self, key: tuple[int, int]) -> None:
        source_row = self.model.row_of(key)
        if source_row is None:
            return
        index = self.proxy.mapFromSource(self.model.index(source_row, 0))
        if index.isValid():
            self.table.selectionModel().select(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)

    # -- filters, totals, alerts
    def _fill_categories(self, rows: list[BoardRow]) -> None:
        present = {}
        for r in rows:
            present.setdefault(r.category, category_text.of(r))
        known = {self.category.itemData(i) for i in range(1, self.category.count())}
        for code, label in present.items():
            if code not in known:
                self.category.addItem(label, code)

    def _apply_filters(self) -> None:
        self.proxy.category = self.category.currentData()
        self.proxy.dogs, self.proxy.wheelchair = self.dogs.isChecked(), self.wheelchair.isChecked()
        self.proxy.low_threshold, self.proxy.only_free = self.low.isChecked(), self.only_free.isChecked()
        self.proxy.refilter()

    def _totals(self, rows: list[BoardRow]) -> tuple[freshness.Totals, dict[str, freshness.Totals]]:
        return freshness.network_totals(rows, now=self.model.now, stale_after=self.model.stale_after)

    def _update_totals(self, rows: list[BoardRow]) -> None:
        network, by_category = self._totals(rows)
        hours = str(int(self.model.stale_after.total_seconds() // 3600))

        def amount(t: freshness.Totals) -> str:
            text = f"{t.free}&nbsp;/&nbsp;{t.capacity}"
            return text + (f"&nbsp;(+{t.stale_free}&nbsp;⚠)" if t.stale_free else "")

        colon = "&nbsp;: " if QLocale().language() == QLocale.Language.French else ": "
        shown = {r.category_fr: category_text.of(r) for r in rows}  # (the totals are by French label)
        parts = [f"<b>{rich_text.escape(shown.get(label, label))}</b>{colon}{amount(t)}"
                 for label, t in by_category.items()]
        head = self.tr("Réseau : %1 lits libres").replace("%1", str(network.all_free))
        if network.stale_free:
            head += " " + self.tr("(dont %1 dans des comptes non mis à jour depuis plus de %2 h)").replace(
                "%1", str(network.stale_free)).replace("%2", hours)
        self.totals.setText(head + " — " + " · ".join(parts))

    def _check_saturation(self, rows: list[BoardRow]) -> None:
        threshold = self.ctx.setting_int("saturation_threshold", 3)
        shown = {r.category_fr: category_text.of(r) for r in rows}  # the totals are by French label
        for label, t in self._totals(rows)[1].items():
            free = t.all_free
            if free < threshold and label not in self._saturated:
                self._saturated.add(label)
                self.saturation.emit(shown.get(label, label), free)
            elif free >= threshold:
                self._saturated.discard(label)

    def _update_banner(self) -> None:
        if self.past is not None:
            self.banner.show_message(self.tr("Tableau au %1, reconstitué du journal — lecture seule.").replace(
                "%1", formats.moment(self.past)), "warning")
        elif not self.ctx.connectivity.online:
            age = age_text(self.loaded_at, utcnow()) if self.loaded_at else self.tr("inconnu")
            self.banner.show_message(
                self.tr("Connexion à la base perdue — tableau affiché tel qu'au dernier contact (%1). Les "
                        "modifications sont refusées ; reconnexion automatique en cours.").replace("%1", age), "error")
        else:
            self.banner.clear_message()

    # -- past moment
    def _on_show_past(self) -> None:
        local = self.at.dateTime().toPython()
        if to_utc(local) > utcnow():
            # the past board is rebuilt from the ledger: there is nothing to show for a moment to come
            self.banner.show_message(self.tr("Ce moment est dans le futur : le tableau passé ne se montre qu'à un "
                                             "moment déjà écoulé."), "error")
            return
        self.show_at(to_utc(local))

    def show_at(self, moment: datetime) -> None:
        self.past = moment
        self.back_live.show()
        self._update_banner()
        self.refresh()

    def go_live(self) -> None:
        self.past = None
        self.back_live.hide()
        self.at.setDateTime(brussels_now())
        self._update_banner()
        self.refresh()
