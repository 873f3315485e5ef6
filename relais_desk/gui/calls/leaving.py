"""Leaving a call that is not saved: Échap asks first, and so does quitting the app."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget


def ask_abandon(parent: QWidget) -> bool:
    """Échap on a call with content: True when the operator confirms (No is the default)."""
    answer = QMessageBox.question(
        parent, QCoreApplication.translate("Leaving", "Abandonner l'appel ?"),
        QCoreApplication.translate("Leaving", "Ce qui a été tapé sera effacé et les lits réservés pendant cet appel "
                                              "seront rendus au réseau."),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes


def ask_abandon_to_quit(parent: QWidget) -> bool:
    """Quitting with a call in progress: True for « Abandonner l'appel et quitter » (back to the call is the default)."""
    box = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate("Leaving", "Un appel est en cours"),
                      QCoreApplication.translate("Leaving", "L'appel en cours n'est pas enregistré. Si vous quittez, ce "
                                                            "qui a été tapé est perdu et les lits réservés pendant cet "
                                                            "appel sont rendus au réseau."),
                      QMessageBox.StandardButton.NoButton, parent)
    back = box.addButton(QCoreApplication.translate("Leaving", "Revenir à l'appel"), QMessageBox.ButtonRole.RejectRole)
    leave = box.addButton(QCoreApplication.translate("Leaving", "Abandonner l'appel et quitter"),
                          QMessageBox.ButtonRole.DestructiveRole)
    box.setDefaultButton(back)
    box.setEscapeButton(back)
    box.exec()
    return box.clickedButton() is leave
