# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'user_editor.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_UserEditor(object):
    def setupUi(self, UserEditor):
        if not UserEditor.objectName():
            UserEditor.setObjectName(u"UserEditor")
        UserEditor.resize(420, 260)
        self.layout = QVBoxLayout(UserEditor)
        self.layout.setObjectName(u"layout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.usernameLabel = QLabel(UserEditor)
        self.usernameLabel.setObjectName(u"usernameLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.usernameLabel)

        self.username = QLineEdit(UserEditor)
        self.username.setObjectName(u"username")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.username)

        self.displayNameLabel = QLabel(UserEditor)
        self.displayNameLabel.setObjectName(u"displayNameLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.displayNameLabel)

        self.displayName = QLineEdit(UserEditor)
        self.displayName.setObjectName(u"displayName")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.displayName)

        self.roleLabel = QLabel(UserEditor)
        self.roleLabel.setObjectName(u"roleLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.roleLabel)

        self.role = QComboBox(UserEditor)
        self.role.setObjectName(u"role")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.role)

        self.shelterLabel = QLabel(UserEditor)
        self.shelterLabel.setObjectName(u"shelterLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.shelterLabel)

        self.shelter = QComboBox(UserEditor)
        self.shelter.setObjectName(u"shelter")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.shelter)

        self.passwordLabel = QLabel(UserEditor)
        self.passwordLabel.setObjectName(u"passwordLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.passwordLabel)

        self.password = QLineEdit(UserEditor)
        self.password.setObjectName(u"password")
        self.password.setEchoMode(QLineEdit.Password)

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.password)


        self.layout.addLayout(self.form)

        self.message = QLabel(UserEditor)
        self.message.setObjectName(u"message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(u"color: #b3261e;")

        self.layout.addWidget(self.message)

        self.buttons = QDialogButtonBox(UserEditor)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.usernameLabel.setBuddy(self.username)
        self.displayNameLabel.setBuddy(self.displayName)
        self.roleLabel.setBuddy(self.role)
        self.shelterLabel.setBuddy(self.shelter)
        self.passwordLabel.setBuddy(self.password)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(UserEditor)

        QMetaObject.connectSlotsByName(UserEditor)
    # setupUi

    def retranslateUi(self, UserEditor):
        UserEditor.setWindowTitle(QCoreApplication.translate("UserEditor", u"Compte", None))
        self.usernameLabel.setText(QCoreApplication.translate("UserEditor", u"Identifiant", None))
        self.displayNameLabel.setText(QCoreApplication.translate("UserEditor", u"Nom affich\u00e9", None))
        self.roleLabel.setText(QCoreApplication.translate("UserEditor", u"R\u00f4le", None))
        self.shelterLabel.setText(QCoreApplication.translate("UserEditor", u"Abri", None))
        self.passwordLabel.setText(QCoreApplication.translate("UserEditor", u"Mot de passe", None))
        self.password.setPlaceholderText(QCoreApplication.translate("UserEditor", u"au moins 8 caract\u00e8res", None))
        self.message.setText("")
    # retranslateUi

