"""The call itself in *Nouvel appel*: where the person is, what they need, notes, channel, caller, time, outcome."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from relais_desk.domain.nights import utcnow
from relais_desk.gui.calls import labels
from relais_desk.gui.calls.finder_panel import local_qdatetime, qdatetime_to_utc
from relais_desk.gui.widgets import DateTimeField, FieldError, add_field
from relais_desk.services import calls


class CallPanel(QGroupBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Appel"), parent)
        grid = QGridLayout(self)
        self.location = QLineEdit(self)
        self.location.setObjectName("location")
        self.location.setPlaceholderText(self.tr("Où est la personne ? (gare, rue…)"))
        self.needs: dict[str, QCheckBox] = {}
        needs_box = QWidget(self)
        needs_grid = QGridLayout(needs_box)
        needs_grid.setContentsMargins(0, 0, 0, 0)
        for i, (need, _french) in enumerate(labels.NEEDS):
            check = QCheckBox(labels.label(labels.NEEDS, need), needs_box)
            check.setObjectName(f"need_{need.value}")
            self.needs[need.value] = check
            needs_grid.addWidget(check, i // 3, i % 3)
        self.notes = QPlainTextEdit(self)
        self.notes.setObjectName("notes")
        self.notes.setTabChangesFocus(True)
        self.notes.setMaximumHeight(80)
        self.notes.setPlaceholderText(self.tr("Notes courtes"))
        reminder = QLabel(self.tr("⚠ Ces notes sont partagées avec tout le réseau : pas de nom, pas de détail médical "
                                  "ou judiciaire."), self)
        reminder.setObjectName("notes_reminder")
        reminder.setWordWrap(True)
        reminder.setStyleSheet("QLabel { color:#6b4e00; }")
        self.channel = QComboBox(self)
        self.channel.setObjectName("channel")
        labels.fill(self.channel, labels.CHANNELS)
        self.caller_type = QComboBox(self)
        self.caller_type.setObjectName("caller_type")
        labels.fill(self.caller_type, labels.CALLERS)
        self.received_at = DateTimeField(self)
        self.received_at.setObjectName("received_at")
        self.received_at.setDisplayFormat("dd/MM/yyyy HH:mm")
        self.outcome = QComboBox(self)
        self.outcome.setObjectName("outcome")
        self.outcome.addItem(self.tr("Automatique (selon ce qui a été fait)"), None)
        labels.fill(self.outcome, labels.OUTCOMES)
        self.errors: dict[str, FieldError] = {}
        self.errors["location"] = add_field(grid, 0, 0, self.tr("Lieu"), self.location, "location", 3)
        grid.addWidget(QLabel(self.tr("Besoins"), self), 2, 0)
        grid.addWidget(needs_box, 2, 1, 1, 3)
        self.errors["needs"] = FieldError(self)
        grid.addWidget(self.errors["needs"], 3, 1, 1, 3)
        self.errors["notes"] = add_field(grid, 4, 0, self.tr("Notes"), self.notes, "notes", 3)
        grid.addWidget(reminder, 6, 1, 1, 3)
        self.errors["channel"] = add_field(grid, 7, 0, self.tr("Canal"), self.channel, "channel")
        self.errors["caller_type"] = add_field(grid, 7, 2, self.tr("Appelant·e"), self.caller_type, "caller_type")
        self.errors["received_at"] = add_field(grid, 9, 0, self.tr("Reçu à"), self.received_at, "received_at")
        # a mistyped date, or a call in the future, is said as soon as the typing ends (saving refuses it too)
        self.received_at.typing_refused.connect(self.errors["received_at"].show_error)
        self.received_at.editingFinished.connect(self.check_received_at)
        self.received_at.dateTimeChanged.connect(lambda _v: self.errors["received_at"].clear_error())
        self.errors["outcome"] = add_field(grid, 9, 2, self.tr("Suite"), self.outcome, "outcome")
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)

    def check_received_at(self) -> None:
        if (problem := calls.received_at_problem(qdatetime_to_utc(self.received_at.dateTime()))) is not None:
            self.errors["received_at"].show_error(problem)

    def tab_chain(self) -> list[QWidget]:
        return [self.location, *self.needs.values(), self.notes, self.channel, self.caller_type, self.received_at,
                self.outcome]

    def reset(self) -> None:
        self.location.clear()
        self.notes.clear()
        for combo in (self.channel, self.caller_type, self.outcome):
            combo.setCurrentIndex(0)
        for check in self.needs.values():
            check.setChecked(False)
        self.received_at.setDateTime(local_qdatetime(utcnow()))

    def has_content(self) -> bool:
        return bool(self.location.text().strip() or self.notes.toPlainText().strip()
                    or any(c.isChecked() for c in self.needs.values()))

    def for_call(self) -> dict[str, Any]:
        """The call's own fields for `calls.create_call` (the service checks them)."""
        return {"channel": self.channel.currentData(), "received_at": qdatetime_to_utc(self.received_at.dateTime()),
                "caller_type": self.caller_type.currentData(), "location": self.location.text(),
                "notes": self.notes.toPlainText(), "outcome": self.outcome.currentData(),
                "needs": [code for code, check in self.needs.items() if check.isChecked()]}
