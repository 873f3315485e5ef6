"""Choosing a new password: the fields (used by the login's forced step and by *Changer mon mot de passe…*)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QGridLayout, QLineEdit, QVBoxLayout, QWidget

from relais_desk.domain.errors import UserFacingError
from relais_desk.gui.context import AppContext
from relais_desk.gui.tasks import describe
from relais_desk.gui.widgets import FieldError, add_field
from relais_desk.services import users
from relais_desk.services.users import UserInfo


class NewPasswordForm(QWidget):
    """Current password (optional), new password and its confirmation, each with its message under it."""

    def __init__(self, *, ask_current: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        self.current: QLineEdit | None = None
        self.errors: dict[str, FieldError] = {}
        row = 0
        if ask_current:
            self.current = self._field("currentPassword")
            self.errors["current_password"] = add_field(grid, row, 0, self.tr("Mot de passe &actuel"), self.current,
                                                        "current_password")
            row += 2
        self.new = self._field("newPassword")
        self.errors["password"] = add_field(grid, row, 0, self.tr("&Nouveau mot de passe"), self.new, "password")
        self.confirm = self._field("confirmPassword")
        self.errors["confirm"] = add_field(grid, row + 2, 0, self.tr("&Confirmer"), self.confirm, "confirm")
        self.general = FieldError(self)
        self.general.setObjectName("password_form_error")
        grid.addWidget(self.general, row + 4, 0, 1, 2)

    def _field(self, name: str) -> QLineEdit:
        field = QLineEdit(self)
        field.setObjectName(name)
        field.setEchoMode(QLineEdit.EchoMode.Password)
        return field

    def clear_errors(self) -> None:
        for error in (*self.errors.values(), self.general):
            error.clear_error()

    def checked(self) -> tuple[str, str] | None:
        """(current, new) when the form is filled in and both new fields agree; else the message shows."""
        self.clear_errors()
        current = self.current.text() if self.current is not None else ""
        if self.current is not None and not current:
            self.errors["current_password"].show_error(self.tr("Tapez votre mot de passe actuel."))
            self.current.setFocus()
            return None
        if not self.new.text():
            self.errors["password"].show_error(self.tr("Tapez le nouveau mot de passe."))
            self.new.setFocus()
            return None
        if self.new.text() != self.confirm.text():
            self.errors["confirm"].show_error(self.tr("Les deux mots de passe diffèrent."))
            self.confirm.clear()
            self.confirm.setFocus()
            return None
        return current, self.new.text()

    def show_failure(self, exc: BaseException) -> None:
        """The service's French message next to the field it is about (what was typed stays, but a refused
        current password is cleared)."""
        field = exc.field if isinstance(exc, UserFacingError) else None
        error = self.errors.get(field or "", self.general)
        error.show_error(describe(exc))
        target = {"current_password": self.current, "password": self.new}.get(field or "")
        if target is not None:
            if target is self.current:
                target.clear()
            target.setFocus()
            target.selectAll()


class ChangePasswordDialog(QDialog):
    """*Fichier → Changer mon mot de passe…*: the current password, then the new one twice."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.user: UserInfo | None = None
        self.setObjectName("changePasswordDialog")
        self.setWindowTitle(self.tr("Changer mon mot de passe"))
        self.form = NewPasswordForm(ask_current=True, parent=self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Changer le mot de passe"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuler"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(self.buttons)
        self.resize(460, self.sizeHint().height())

    def save(self) -> None:
        values = self.form.checked()
        if values is None:
            return
        current, new = values
        db, actor = self.ctx.db, self.ctx.actor
        self.setEnabled(False)
        self.ctx.tasks.run(lambda: users.change_own_password(db, actor=actor, current=current, new=new),
                           on_done=self._done, on_error=self._failed)

    def _done(self, user: UserInfo) -> None:
        self.setEnabled(True)
        self.user = user
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.setEnabled(True)
        self.form.show_failure(exc)
