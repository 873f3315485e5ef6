"""*Partenaires*: the network's directory across every axis, with capacities for night shelters."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from relais_desk.domain import opening_hours
from relais_desk.domain.enums import PartnerKind, Role
from relais_desk.domain.labels import CAPACITY_KINDS, PARTNER_KINDS
from relais_desk.domain.nights import night_of, utcnow
from relais_desk.gui import category_text, labels, rich_text
from relais_desk.gui.context import AppContext
from relais_desk.gui.forms.ui_partner_editor import Ui_PartnerEditor
from relais_desk.gui.live import touches
from relais_desk.gui.opening_hours_text import status_text, week_text
from relais_desk.gui.stats import formats
from relais_desk.gui.tasks import describe
from relais_desk.gui.widgets import FieldError, ask_once
from relais_desk.services import partners, slips
from relais_desk.services.partners import CapacityInfo, PartnerInfo


class PartnerDialog(QDialog):
    """Add or edit a partner; errors appear in the dialog and nothing is saved half-way."""

    def __init__(self, ctx: AppContext, info: PartnerInfo | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.info = ctx, info
        self.ui = Ui_PartnerEditor()
        self.ui.setupUi(self)
        labels.fill(self.ui.kind, PARTNER_KINDS)
        if info is not None:
            self.ui.name.setText(info.name)
            self.ui.kind.setCurrentIndex(self.ui.kind.findData(info.kind))
            self.ui.city.setText(info.city)
            self.ui.address.setText(info.address)
            self.ui.confidential.setChecked(info.confidential_address)
            self.ui.phone.setText(info.phone)
            self.ui.email.setText(info.email)
            self.ui.quotaNights.setValue(info.quota_nights or 0)
            self.ui.quotaDays.setValue(info.quota_days or 0)
            self.ui.whatToBring.setText(info.what_to_bring)
            self.ui.openingHours.setText(info.opening_hours)
            self.ui.active.setChecked(info.active)
        self.hint = self.ui.hoursHint.text()
        self.ui.openingHours.textChanged.connect(self._check_hours)
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Enregistrer"))
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuler"))
        self.ui.buttons.accepted.connect(self.save)
        self.ui.buttons.rejected.connect(self.reject)

    def values(self) -> dict:
        return {"name": self.ui.name.text(), "kind": self.ui.kind.currentData(), "city": self.ui.city.text(),
                "address": self.ui.address.text(), "confidential_address": self.ui.confidential.isChecked(),
                "phone": self.ui.phone.text(), "email": self.ui.email.text(),
                "quota_nights": self.ui.quotaNights.value() or None, "quota_days": self.ui.quotaDays.value() or None,
                "what_to_bring": self.ui.whatToBring.text(), "opening_hours": self.ui.openingHours.text(),
                "active": self.ui.active.isChecked()}

    def _check_hours(self, text: str) -> None:
        """As it is typed: what will be stored, or what is wrong, under the field (no database involved)."""
        try:
            stored = opening_hours.normalise(text)
        except opening_hours.OpeningHoursInvalid as exc:
            self.ui.hoursHint.setStyleSheet("color: #b3261e;")
            self.ui.hoursHint.setText(describe(exc))
            return
        self.ui.hoursHint.setStyleSheet("color: #555;")
        self.ui.hoursHint.setText(self.tr("Sera enregistré : %1").replace("%1", week_text(stored)) if stored
                                  else self.hint)

    def _failed(self, exc: BaseException) -> None:
        if getattr(exc, "field", None) == "opening_hours":
            self.ui.hoursHint.setStyleSheet("color: #b3261e;")
            self.ui.hoursHint.setText(describe(exc))
            self.ui.openingHours.setFocus()
            self.ui.message.setText("")
            return
        self.ui.message.setText(describe(exc))

    def save(self) -> None:
        db, actor, values, info = self.ctx.db, self.ctx.actor, self.values(), self.info
        if info is None:
            job = lambda: partners.add_partner(db, actor=actor, **values)  # noqa: E731
        else:
            job = lambda: partners.update_partner(db, info.partner_id, actor=actor, **values)  # noqa: E731
        self.ctx.tasks.run(job, on_done=lambda _p: self.accept(), on_error=self._failed)


class CapacityDialog(QDialog):
    """Record a capacity period (base or plan hiver) for a shelter × category."""

    def __init__(self, ctx: AppContext, partner: PartnerInfo, categories: list[dict],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.partner = ctx, partner
        self.setWindowTitle(self.tr("Capacité — %1").replace("%1", partner.name))
        self.category = QComboBox(self)
        for c in categories:
            self.category.addItem(category_text.label(c["label_fr"], c["label_en"]), c["code"])
        self.kind = QComboBox(self)
        self.kind.addItem(self.tr("Base (toute l'année)"), "base")
        self.kind.addItem(self.tr("Plan hiver"), "plan_hiver")
        self.beds = QSpinBox(self)
        self.beds.setRange(0, 9999)
        tonight = night_of(utcnow())  # after midnight the calendar date is already tomorrow's night
        self.valid_from = QDateEdit(QDate(tonight.year, tonight.month, tonight.day), self)
        self.valid_from.setCalendarPopup(True)
        self.open_ended = QCheckBox(self.tr("Sans date de fin"), self)
        self.open_ended.setChecked(True)
        self.valid_to = QDateEdit(QDate(tonight.year, tonight.month, tonight.day).addMonths(4), self)
        self.valid_to.setCalendarPopup(True)
        self.valid_to.setEnabled(False)
        self.open_ended.toggled.connect(lambda on: self.valid_to.setEnabled(not on))
        self.dogs = QCheckBox(self.tr("Chiens acceptés"), self)
        self.pmr = QCheckBox(self.tr("Accessible PMR"), self)
        self.low = QCheckBox(self.tr("Bas seuil"), self)
        self.rooms = QCheckBox(self.tr("Compté en chambres (familles)"), self)
        self.error = FieldError(self)
        form = QFormLayout()
        form.addRow(self.tr("Catégorie"), self.category)
        form.addRow(self.tr("Type"), self.kind)
        form.addRow(self.tr("Lits"), self.beds)
        form.addRow(self.tr("Du"), self.valid_from)
        form.addRow(self.open_ended)
        form.addRow(self.tr("Au"), self.valid_to)
        for box in (self.dogs, self.pmr, self.low, self.rooms):
            form.addRow(box)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Enregistrer"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuler"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def save(self) -> None:
        db, actor, pid = self.ctx.db, self.ctx.actor, self.partner.partner_id
        values = {"category": self.category.currentData(), "kind": self.kind.currentData(),
                  "beds": self.beds.value(), "valid_from": self.valid_from.date().toPython(),
                  "valid_to": None if self.open_ended.isChecked() else self.valid_to.date().toPython(),
                  "dogs_accepted": self.dogs.isChecked(), "wheelchair_accessible": self.pmr.isChecked(),
                  "low_threshold": self.low.isChecked(), "counted_in_rooms": self.rooms.isChecked()}
        self.ctx.tasks.run(lambda: partners.set_capacity(db, shelter=pid, actor=actor, **values),
                           on_done=lambda _id: self.accept(), on_error=lambda exc: self.error.show_error(describe(exc)))


class PartnersScreen(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.editable = ctx.may(Role.COORDINATION, Role.ADMIN)
        self.items: list[PartnerInfo] = []
        self.categories: list[dict] = []
        self.axis = QComboBox(self)
        self.axis.addItem(self.tr("Tous les axes"), None)
        labels.fill(self.axis, PARTNER_KINDS)
        self.axis.currentIndexChanged.connect(self._fill)
        self.add = QPushButton(self.tr("Nouveau partenaire"), self)
        self.edit = QPushButton(self.tr("Modifier"), self)
        self.add_capacity = QPushButton(self.tr("Ajouter une période de capacité"), self)
        self.retire_capacity = QPushButton(self.tr("Retirer la période choisie"), self)
        self.retire_capacity.clicked.connect(self._retire)
        for button in (self.add, self.edit, self.add_capacity, self.retire_capacity):
            button.setVisible(self.editable)
        self.add.clicked.connect(lambda: self._edit(None))
        self.edit.clicked.connect(lambda: self._edit(self.current()))
        self.add_capacity.clicked.connect(self._capacity)
        self.table = QTableWidget(0, 5, self)
        self.table.setTabKeyNavigation(False)  # Tab leaves the list; arrows move in it
        self.table.setObjectName("partnersTable")
        # « Maintenant » beside the name: at 2 am whether it is open matters before its town
        self.table.setHorizontalHeaderLabels([self.tr("Partenaire"), self.tr("Maintenant"), self.tr("Axe"),
                                              self.tr("Commune"), self.tr("Téléphone")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._show_detail)
        self.detail = QLabel(self)
        self.detail.setWordWrap(True)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.detail.setTextFormat(Qt.TextFormat.RichText)
        self.capacities = QTableWidget(0, 5, self)
        self.capacities.setTabKeyNavigation(False)  # Tab leaves the list; arrows move in it
        self.capacities.setObjectName("capacitiesTable")
        self.capacities.setHorizontalHeaderLabels([self.tr("Catégorie"), self.tr("Type"), self.tr("Lits"),
                                                   self.tr("Période"), self.tr("Accueil")])
        self.capacities.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.capacities.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.shown_capacities: list[CapacityInfo] = []
        self.capacities.verticalHeader().hide()
        self.capacities.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.capacities.horizontalHeader().setStretchLastSection(True)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Axe :"), self))
        top.addWidget(self.axis)
        top.addStretch(1)
        for button in (self.add, self.edit, self.add_capacity):
            top.addWidget(button)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.addWidget(self.detail)
        right_layout.addWidget(self.capacities, 1)
        right_layout.addWidget(self.retire_capacity)
        self.capacity_message = FieldError(self)
        right_layout.addWidget(self.capacity_message)
        split = QSplitter(self)
        split.addWidget(self.table)
        split.addWidget(right)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        # The directory first: left to their size hints, the capacities' columns took the names' room
        # (names elided to « … » on a 1366×768 screen, seen under Xvfb).
        split.setSizes([780, 290])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(split, 1)
        if ctx.live is not None:
            ctx.live.changed.connect(lambda c: self.refresh() if touches(c, "partner", "capacity") else None)
        # « open now / opens at » follows the clock while the directory stays on screen
        self.clock = QTimer(self)
        self.clock.setInterval(60_000)
        self.clock.timeout.connect(lambda: self._fill() if self.isVisible() else None)
        self.clock.start()

    def refresh(self) -> None:
        db, actor = self.ctx.db, self.ctx.actor
        self.ctx.tasks.run(lambda: (partners.list_partners(db, actor=actor, include_inactive=True),
                                    partners.list_categories(db)), on_done=self._loaded)

    def _loaded(self, result: tuple[list[PartnerInfo], list[dict]]) -> None:
        self.items, self.categories = result
        self._fill()

    def _fill(self) -> None:
        axis = self.axis.currentData()
        shown = [p for p in self.items if axis is None or p.kind == axis]
        selected = self.current()
        now = utcnow()
        self.table.setRowCount(len(shown))
        for i, p in enumerate(shown):
            inactive = self.tr("inactif")
            name = QTableWidgetItem(p.name if p.active else f"{p.name} ({inactive})")
            name.setData(Qt.ItemDataRole.UserRole, p.partner_id)
            self.table.setItem(i, 0, name)
            self.table.setItem(i, 1, QTableWidgetItem(status_text(p.opening_hours, now)))
            self.table.setItem(i, 2, QTableWidgetItem(labels.text(PARTNER_KINDS, p.kind)))
            self.table.setItem(i, 3, QTableWidgetItem(p.city))
            self.table.setItem(i, 4, QTableWidgetItem(p.phone))
            if selected and selected.partner_id == p.partner_id:
                self.table.selectRow(i)

    def current(self) -> PartnerInfo | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows:
            return None
        pid = self.table.item(rows[0].row(), 0).data(Qt.ItemDataRole.UserRole)
        return next((p for p in self.items if p.partner_id == pid), None)

    def _show_detail(self) -> None:
        p = self.current()
        if p is None:
            self.detail.setText("")
            self.capacities.setRowCount(0)
            return
        address = p.address or (self.tr("adresse confidentielle") if p.confidential_address else "")
        quota = (self.tr("Quota : %1 nuits sur %2 jours").replace("%1", str(p.quota_nights)).replace(
            "%2", str(p.quota_days)) if p.quota_nights else "")
        e = rich_text.escape  # every value here was typed by someone: shown as typed, never as markup
        town = "" if slips.names_town(address, p.city) else f"<br/>{e(p.city)}"  # « rue Léopold 59, La Louvière »
        if p.opening_hours:
            label = self.tr("Horaires")
            hours = (f"<p><b>{e(label)}</b> : {e(week_text(p.opening_hours))}<br/>"
                     f"{e(status_text(p.opening_hours, utcnow()))}</p>")
        else:
            unknown = self.tr("Horaires non communiqués")
            hours = f"<p>{e(unknown)}</p>"
        self.detail.setText(f"<h3>{e(p.name)}</h3><p>{e(address)}{town}</p><p>{e(p.phone)}<br/>{e(p.email)}</p>"
                            f"{hours}<p>{e(quota)}</p>")
        db, pid = self.ctx.db, p.partner_id
        self.ctx.tasks.run(lambda: partners.list_capacities(db, pid), on_done=self._fill_capacities)

    def _fill_capacities(self, caps: list[CapacityInfo]) -> None:
        self.shown_capacities = caps
        names = {c["code"]: category_text.label(c["label_fr"], c["label_en"]) for c in self.categories}
        self.capacities.setRowCount(len(caps))
        for i, c in enumerate(caps):
            period = f"{formats.short_date(c.valid_from)} – {formats.short_date(c.valid_to)}" if c.valid_to else \
                self.tr("depuis le %1").replace("%1", formats.short_date(c.valid_from))
            flags = [t for t, on in ((self.tr("chiens"), c.dogs_accepted), (self.tr("PMR"), c.wheelchair_accessible),
                                     (self.tr("bas seuil"), c.low_threshold)) if on]
            kind = labels.text(CAPACITY_KINDS, c.kind)
            for j, text in enumerate((names.get(c.category, c.category), kind, str(c.beds), period, ", ".join(flags))):
                self.capacities.setItem(i, j, QTableWidgetItem(text))

    def _retire(self) -> None:
        rows = self.capacities.selectionModel().selectedRows() or [
            self.capacities.model().index(i.row(), 0) for i in self.capacities.selectedIndexes()]
        if not rows:
            self.capacity_message.show_error(self.tr("Choisissez d'abord une période dans le tableau des capacités."))
            return
        cap = self.shown_capacities[rows[0].row()]
        db, actor = self.ctx.db, self.ctx.actor

        def done(_r: object) -> None:
            self.capacity_message.clear_error()
            self._show_detail()

        self.ctx.tasks.run(lambda: partners.retire_capacity(db, cap.capacity_id, actor=actor), on_done=done,
                           on_error=lambda exc: self.capacity_message.show_error(describe(exc)))

    def _edit(self, info: PartnerInfo | None) -> None:
        if ask_once(PartnerDialog(self.ctx, info, self)):
            self.refresh()

    def _capacity(self) -> None:
        p = self.current()
        if p is None or p.kind != PartnerKind.ACCUEIL_DE_NUIT.value:
            self.detail.setText(self.tr("Choisissez d'abord un abri de nuit dans la liste."))
            return
        if ask_once(CapacityDialog(self.ctx, p, self.categories, self)):
            self._show_detail()


