"""*Appels*: the journal of calls, and *Nouvel appel* (Ctrl+N) in front of it while a call is taken."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QStackedWidget, QVBoxLayout, QWidget

from relais_desk.gui.calls.intake import CallIntake
from relais_desk.gui.calls.journal import CallJournal
from relais_desk.gui.connection_banner import ConnectionBanner
from relais_desk.gui.context import AppContext
from relais_desk.gui.stats import formats
from relais_desk.gui.widgets import Banner
from relais_desk.services.calls import CallInfo


class CallsScreen(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.title = QLabel(self)
        self.title.setObjectName("calls_title")
        self.new_button = QPushButton(self.tr("Nouvel appel (Ctrl+N)"), self)
        self.new_button.setObjectName("new_call")
        self.new_button.clicked.connect(self.new_call)
        self.journal_button = QPushButton(self.tr("Journal des appels"), self)
        self.journal_button.setObjectName("show_journal")
        self.journal_button.clicked.connect(self.show_journal)
        self.banner = Banner(self)
        self.banner.setObjectName("calls_banner")
        self.connection_banner = ConnectionBanner(ctx, self)
        self.journal = CallJournal(ctx, self)
        self.intake = CallIntake(ctx, self)
        self._just_saved: int | None = None
        self.intake.saved.connect(self._saved)
        self.intake.left.connect(self.show_journal)
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self.journal)
        self.pages.addWidget(self.intake)
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.journal_button)
        top.addWidget(self.new_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.connection_banner)
        layout.addWidget(self.banner)
        layout.addWidget(self.pages, 1)
        self._update_title()

    def _update_title(self) -> None:
        taking = self.pages.currentWidget() is self.intake
        self.title.setText("<h2>" + (self.tr("Nouvel appel") if taking else self.tr("Appels")) + "</h2>")
        self.journal_button.setVisible(taking)
        self.new_button.setText(self.tr("Nouvel appel (Ctrl+N)") if not self.intake.has_content()
                                else self.tr("Reprendre l'appel en cours (Ctrl+N)"))

    def new_call(self) -> None:
        """Ctrl+N from anywhere: the intake form, focused on the alias (the call in progress, if any)."""
        self.banner.clear_message()
        self.pages.setCurrentWidget(self.intake)
        self._update_title()
        self.intake.start()

    def show_journal(self) -> None:
        self.pages.setCurrentWidget(self.journal)
        self._update_title()
        self.journal.refresh(select_call=self._just_saved)  # one reload after a save, on the call saved
        self._just_saved = None

    def refresh(self) -> None:
        if self.pages.currentWidget() is self.journal:
            self.journal.refresh()
        else:
            self.intake.refresh_finder()

    def _saved(self, info: CallInfo) -> None:
        text = self.tr("Appel de %1 enregistré.").replace("%1", formats.moment(info.received_at, "HH:mm"))
        self.banner.show_message(text, "info")
        self._just_saved = info.call_id  # the intake leaves for the journal next, which then shows it
