"""*Administration → Personnes*: erasure on request (GDPR art. 17), merging two records of one person, and
the retention limit with the last purge.

Both actions ask for a confirmation naming the records, and neither can be undone; the rules (who may,
an active hold refuses an erasure) live in `services.retention` and `services.person_merge`, and on
PostgreSQL in the server's functions. Finding persons is a person-level read, logged (source « Personnes »).
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from relais_desk.gui.context import AppContext
from relais_desk.gui.stats import formats
from relais_desk.gui.tasks import describe
from relais_desk.gui.widgets import Banner
from relais_desk.services import person_merge, persons, retention
from relais_desk.services.persons import PersonInfo

SOURCE = "Personnes"  # what the access log calls this screen


class PersonsAdminScreen(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.found: list[PersonInfo] = []
        self.banner = Banner(self)
        self.retention = QLabel(self)
        self.retention.setObjectName("retentionStatus")
        self.retention.setWordWrap(True)
        self.alias = QLineEdit(self)
        self.alias.setObjectName("personsAlias")
        self.alias.setPlaceholderText(self.tr("Pseudonyme"))
        self.alias.returnPressed.connect(self.find_persons)
        self.find = QPushButton(self.tr("Chercher"), self)
        self.find.clicked.connect(self.find_persons)
        self.first = QComboBox(self)
        self.first.setObjectName("personFirst")
        self.second = QComboBox(self)
        self.second.setObjectName("personSecond")
        self.erase = QPushButton(self.tr("Effacer cette personne…"), self)
        self.erase.setObjectName("erasePerson")
        self.erase.clicked.connect(lambda: self.erase_person())
        self.merge = QPushButton(self.tr("Fusionner la seconde dans la première…"), self)
        self.merge.setObjectName("mergePersons")
        self.merge.clicked.connect(lambda: self.merge_persons())

        grid = QGridLayout()
        grid.addWidget(QLabel(self.tr("Personne"), self), 0, 0)
        grid.addWidget(self.alias, 0, 1)
        grid.addWidget(self.find, 0, 2)
        grid.addWidget(QLabel(self.tr("Fiche"), self), 1, 0)
        grid.addWidget(self.first, 1, 1, 1, 2)
        grid.addWidget(self.erase, 1, 3)
        grid.addWidget(QLabel(self.tr("Doublon"), self), 2, 0)
        grid.addWidget(self.second, 2, 1, 1, 2)
        grid.addWidget(self.merge, 2, 3)
        grid.setColumnStretch(1, 1)
        help_text = QLabel(self.tr(
            "Effacer : la demande d'effacement d'une personne (RGPD, art. 17). Sa fiche et les remarques de ses "
            "appels, orientations et refus disparaissent ; les statistiques ne changent pas. Fusionner : deux "
            "fiches de la même personne n'en font plus qu'une (la première est gardée)."), self)
        help_text.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(self.retention)
        layout.addLayout(grid)
        layout.addWidget(help_text)
        layout.addStretch(1)
        self.load_status()

    def _fail(self, exc: BaseException) -> None:
        self.banner.show_message(describe(exc), "error")

    # -- retention
    def load_status(self) -> None:
        db, actor = self.ctx.db, self.ctx.actor
        self.ctx.tasks.run(lambda: retention.retention_status(db, actor=actor), on_done=self._status,
                           on_error=self._fail)

    def _status(self, status: dict) -> None:
        text = self.tr("Durée de conservation : %1 mois sans contact, puis la personne est effacée (purge "
                       "quotidienne).").replace("%1", str(status["retention_months"]))
        if status["last_purge_at"] is not None:
            text += " " + self.tr("Dernière purge : %1, %2 personne(s) effacée(s).").replace(
                "%1", formats.moment(status['last_purge_at'])).replace(
                "%2", str(status["last_purge_count"]))
        else:
            text += " " + self.tr("Aucune purge n'a encore eu lieu.")
        self.retention.setText(text)

    # -- finding
    def find_persons(self) -> None:
        db, actor, text = self.ctx.db, self.ctx.actor, self.alias.text().strip()
        self.ctx.tasks.run(lambda: persons.search_persons(db, text, actor=actor, source=SOURCE, limit=50),
                           on_done=self._persons, on_error=self._fail)

    def _persons(self, found: list[PersonInfo]) -> None:
        self.found = found
        for box in (self.first, self.second):
            box.clear()
            for p in found:
                box.addItem(self.describe(p), p.person_id)
        if len(found) > 1:
            self.second.setCurrentIndex(1)
        if not found:
            self.banner.show_message(self.tr("Aucune personne ne correspond."), "warning")
        else:
            self.banner.clear_message()

    def describe(self, p: PersonInfo) -> str:
        seen = formats.moment(p.last_contact_at, "dd/MM/yyyy") if p.last_contact_at else "?"
        return self.tr("%1 (%2) — n° %3, dernier contact %4").replace("%1", p.alias).replace(
            "%2", str(p.birth_year or "?")).replace("%3", str(p.person_id)).replace("%4", seen)

    def _ask(self, title: str, text: str) -> bool:
        return QMessageBox.question(self, title, text) == QMessageBox.StandardButton.Yes

    # -- erasure (admin)
    def erase_person(self, *, confirmed: bool = False) -> None:
        pid = self.first.currentData()
        if pid is None:
            self.banner.show_message(self.tr("Cherchez d'abord la personne par son pseudonyme."), "warning")
            return
        name = self.first.currentText()
        if not confirmed and not self._ask(self.tr("Effacer une personne"), self.tr(
                "Effacer « %1 » ? Sa fiche et les remarques de ses appels, orientations et refus seront "
                "supprimées pour toujours ; cela ne peut pas être annulé. Les statistiques ne changent "
                "pas.").replace("%1", name)):
            return
        db, actor = self.ctx.db, self.ctx.actor
        self.ctx.tasks.run(lambda: retention.erase_person(db, pid, actor=actor),
                           on_done=lambda _r: self._done(self.tr("« %1 » a été effacée.").replace("%1", name)),
                           on_error=self._fail)

    # -- merge (coordination, admin)
    def merge_persons(self, *, confirmed: bool = False) -> None:
        keep, drop = self.first.currentData(), self.second.currentData()
        if keep is None or drop is None or keep == drop:
            self.banner.show_message(self.tr("Choisissez deux fiches différentes : la fiche gardée, puis son "
                                             "doublon."), "warning")
            return
        kept, dropped = self.first.currentText(), self.second.currentText()
        if not confirmed and not self._ask(self.tr("Fusionner deux fiches"), self.tr(
                "Garder « %1 » et y fondre « %2 » ? Les appels, réservations, orientations et refus de la "
                "seconde deviennent ceux de la première, puis la seconde fiche est supprimée ; cela ne peut "
                "pas être annulé.").replace("%1", kept).replace("%2", dropped)):
            return
        db, actor = self.ctx.db, self.ctx.actor
        self.ctx.tasks.run(lambda: person_merge.merge_persons(db, keep, drop, actor=actor),
                           on_done=lambda _r: self._done(self.tr("Fiches fusionnées : « %1 » est gardée.")
                                                         .replace("%1", kept)),
                           on_error=self._fail)

    def _done(self, text: str) -> None:
        self.banner.show_message(text, "info")
        self.first.clear()
        self.second.clear()
        self.found = []
        self.load_status()
