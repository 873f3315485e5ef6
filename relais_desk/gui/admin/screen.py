"""*Administration*: user accounts — add, deactivate, reset the password, change role and shelter — and the
pages other modules add (the access log, `gui/admin/access.py`)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from relais_desk.domain.enums import PartnerKind, Role
from relais_desk.domain.labels import ROLES
from relais_desk.gui import labels
from relais_desk.gui.admin.access import AccessScreen
from relais_desk.gui.admin.persons import PersonsAdminScreen
from relais_desk.gui.context import AppContext
from relais_desk.gui.forms.ui_user_editor import Ui_UserEditor
from relais_desk.gui.live import touches
from relais_desk.gui.tasks import describe
from relais_desk.gui.widgets import Banner, ask_once, columns_sized_after
from relais_desk.services import partners, users
from relais_desk.services.errors import ShelterRequired
from relais_desk.services.users import UserInfo

ROLE_LABELS = [role for role, _french in ROLES]  # the roles, in the table's order


def role_label(role: Role) -> str:
    return labels.text(ROLES, role)


class UserDialog(QDialog):
    def __init__(self, ctx: AppContext, shelters: list, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ui = Ui_UserEditor()
        self.ui.setupUi(self)
        for role in ROLE_LABELS:
            self.ui.role.addItem(role_label(role), role.value)
        self.ui.shelter.addItem(self.tr("(aucun)"), None)
        for s in shelters:
            self.ui.shelter.addItem(s.name, s.partner_id)
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Créer le compte"))
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuler"))
        self.ui.buttons.accepted.connect(self.save)
        self.ui.buttons.rejected.connect(self.reject)

    def save(self) -> None:
        db, actor = self.ctx.db, self.ctx.actor
        values = {"username": self.ui.username.text(), "display_name": self.ui.displayName.text(),
                  "role": self.ui.role.currentData(), "shelter": self.ui.shelter.currentData(),
                  "password": self.ui.password.text()}
        self.ctx.tasks.run(lambda: users.add_user(db, actor=actor, **values), on_done=lambda _u: self.accept(),
                           on_error=self._failed)

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, ShelterRequired):  # said with this form's words (the service's names no field)
            self.ui.message.setText(self.tr("Un compte « Personnel d'abri » est lié à un abri de nuit : "
                                            "choisissez son abri."))
            self.ui.shelter.setFocus()
            return
        self.ui.message.setText(describe(exc))


class AdminScreen(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.items: list[UserInfo] = []
        self.banner = Banner(self)
        self.table = QTableWidget(0, 4, self)
        self.table.setTabKeyNavigation(False)  # Tab leaves the list; arrows move in it
        self.table.setObjectName("usersTable")
        self.table.setHorizontalHeaderLabels([self.tr("Identifiant"), self.tr("Nom"), self.tr("Rôle"),
                                              self.tr("Abri")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        # Columns as wide as what they hold, the shelter's taking the rest: four equal columns elided a long
        # name while the identifiants' column stood half empty (1366×768, seen under Xvfb).
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.add = QPushButton(self.tr("Nouveau compte"), self)
        self.toggle = QPushButton(self.tr("Désactiver / réactiver"), self)
        self.reset = QPushButton(self.tr("Nouveau mot de passe"), self)
        self.role = QPushButton(self.tr("Changer le rôle"), self)
        self.add.clicked.connect(self._add)
        self.toggle.clicked.connect(self._toggle)
        self.reset.clicked.connect(self._reset)
        self.role.clicked.connect(self._role)
        buttons = QHBoxLayout()
        for b in (self.add, self.toggle, self.reset, self.role):
            buttons.addWidget(b)
        buttons.addStretch(1)
        accounts = QWidget(self)
        inner = QVBoxLayout(accounts)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.addLayout(buttons)
        inner.addWidget(self.table, 1)
        # Administration's pages: the accounts, then one line per page another module adds
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("adminTabs")
        self.tabs.addTab(accounts, self.tr("Comptes"))
        self.tabs.addTab(AccessScreen(ctx, self.tabs), self.tr("Accès"))
        self.tabs.addTab(PersonsAdminScreen(ctx, self.tabs), self.tr("Personnes"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(self.tabs, 1)
        if ctx.live is not None:
            ctx.live.changed.connect(lambda c: self.refresh() if touches(c, "user") else None)

    def refresh(self) -> None:
        db, actor = self.ctx.db, self.ctx.actor
        self.ctx.tasks.run(lambda: users.list_users(db, actor=actor), on_done=self._loaded)

    def _loaded(self, items: list[UserInfo]) -> None:
        self.items = items
        self.table.setRowCount(len(items))
        with columns_sized_after(self.table.horizontalHeader()):
            for i, u in enumerate(items):
                cells = (u.username, u.display_name, role_label(u.role), u.shelter or "")
                disabled = self.tr("désactivé")
                for j, text in enumerate(cells):
                    item = QTableWidgetItem(text if u.active or j else f"{text} ({disabled})")
                    item.setData(Qt.ItemDataRole.UserRole, u.user_id)
                    if not u.active:
                        item.setForeground(Qt.GlobalColor.gray)
                    self.table.setItem(i, j, item)

    def current(self) -> UserInfo | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            self.banner.show_message(self.tr("Choisissez d'abord un compte dans la liste."), "warning")
            return None
        uid = self.table.item(rows[0].row(), 0).data(Qt.ItemDataRole.UserRole)
        return next((u for u in self.items if u.user_id == uid), None)

    def _done(self, text: str) -> None:
        self.banner.show_message(text, "info")
        self.refresh()

    def _fail(self, exc: BaseException) -> None:
        self.banner.show_message(describe(exc), "error")

    def _add(self) -> None:
        db, actor = self.ctx.db, self.ctx.actor
        self.ctx.tasks.run(lambda: partners.list_partners(db, actor=actor, kind=PartnerKind.ACCUEIL_DE_NUIT.value),
                           on_done=self._ask_new_user)

    def _ask_new_user(self, shelters: list) -> None:
        if ask_once(UserDialog(self.ctx, shelters, self)):
            self.refresh()

    def _toggle(self) -> None:
        u = self.current()
        if u is None:
            return
        if u.active:
            who = f"{u.display_name}, {role_label(u.role)}" if u.display_name else role_label(u.role)
            asked = QMessageBox.question(
                self, self.tr("Désactiver le compte"),
                self.tr("Désactiver le compte « %1 » (%2) ? Cette personne ne pourra plus se connecter ; sa session "
                        "ouverte se ferme. Vous pourrez le réactiver.").replace("%1", u.username).replace("%2", who))
            if asked != QMessageBox.StandardButton.Yes:
                return
        db, actor = self.ctx.db, self.ctx.actor
        self.ctx.tasks.run(lambda: users.set_active(db, u.user_id, not u.active, actor=actor),
                           on_done=lambda info: self._done(self.tr("Compte mis à jour : %1").replace("%1", info.username)),
                           on_error=self._fail)

    def _reset(self) -> None:
        u = self.current()
        if u is None:
            return
        asked = QMessageBox.question(
            self, self.tr("Mot de passe à usage unique"),
            self.tr("Donner à %1 un mot de passe à usage unique ? Son mot de passe actuel ne fonctionnera plus ; "
                    "il devra en choisir un nouveau à sa prochaine connexion.").replace("%1", u.username))
        if asked != QMessageBox.StandardButton.Yes:
            return
        db, actor = self.ctx.db, self.ctx.actor
        self.ctx.tasks.run(lambda: users.reset_password(db, u.user_id, actor=actor),
                           on_done=lambda one_time: self._show_one_time(u, one_time), on_error=self._fail)

    def _show_one_time(self, user: UserInfo, one_time: str) -> None:
        """Shown once, to be read out or handed over; never stored on this workstation."""
        self._done(self.tr("Mot de passe à usage unique donné à %1.").replace("%1", user.username))
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Mot de passe à usage unique"),
                          self.tr("Mot de passe à usage unique pour %1 :").replace("%1", user.username), parent=self)
        box.setInformativeText(f"<p style='font-size:16pt; font-family:monospace'>{one_time}</p>"
                               + self.tr("Communiquez-le à la personne (il ne sera plus affiché). "
                                         "Elle devra le changer à sa prochaine connexion."))
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.setObjectName("oneTimePassword")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # the password goes with it
        box.exec()

    def _role(self) -> None:
        u = self.current()
        if u is None:
            return
        labels = [role_label(role) for role in ROLE_LABELS]
        choice, ok = QInputDialog.getItem(self, self.tr("Rôle"), self.tr("Nouveau rôle de %1 :").replace(
            "%1", u.username), labels, list(ROLE_LABELS).index(u.role), False)
        if not ok:
            return
        role = list(ROLE_LABELS)[labels.index(choice)]
        shelter = u.partner_id if role == Role.ABRI else None
        db, actor = self.ctx.db, self.ctx.actor
        self.ctx.tasks.run(lambda: users.set_role(db, u.user_id, role.value, shelter=shelter, actor=actor),
                           on_done=lambda _i: self._done(self.tr("Rôle changé.")), on_error=self._fail)
