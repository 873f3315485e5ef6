# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'login.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QFormLayout, QLabel, QLineEdit, QSizePolicy,
    QSpacerItem, QStackedWidget, QVBoxLayout, QWidget)

class Ui_LoginDialog(object):
    def setupUi(self, LoginDialog):
        if not LoginDialog.objectName():
            LoginDialog.setObjectName(u"LoginDialog")
        LoginDialog.resize(440, 280)
        self.layout = QVBoxLayout(LoginDialog)
        self.layout.setObjectName(u"layout")
        self.networkLabel = QLabel(LoginDialog)
        self.networkLabel.setObjectName(u"networkLabel")
        self.networkLabel.setStyleSheet(u"font-size: 15pt; font-weight: 600;")

        self.layout.addWidget(self.networkLabel)

        self.backendLabel = QLabel(LoginDialog)
        self.backendLabel.setObjectName(u"backendLabel")
        self.backendLabel.setStyleSheet(u"color: #555;")

        self.layout.addWidget(self.backendLabel)

        self.pages = QStackedWidget(LoginDialog)
        self.pages.setObjectName(u"pages")
        self.loginPage = QWidget()
        self.loginPage.setObjectName(u"loginPage")
        self.form = QFormLayout(self.loginPage)
        self.form.setObjectName(u"form")
        self.form.setContentsMargins(0, -1, 0, -1)
        self.usernameLabel = QLabel(self.loginPage)
        self.usernameLabel.setObjectName(u"usernameLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.usernameLabel)

        self.username = QLineEdit(self.loginPage)
        self.username.setObjectName(u"username")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.username)

        self.passwordLabel = QLabel(self.loginPage)
        self.passwordLabel.setObjectName(u"passwordLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.passwordLabel)

        self.password = QLineEdit(self.loginPage)
        self.password.setObjectName(u"password")
        self.password.setEchoMode(QLineEdit.Password)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.password)

        self.pages.addWidget(self.loginPage)
        self.changePage = QWidget()
        self.changePage.setObjectName(u"changePage")
        self.changeLayout = QVBoxLayout(self.changePage)
        self.changeLayout.setObjectName(u"changeLayout")
        self.changeLayout.setContentsMargins(0, -1, 0, -1)
        self.changeTitle = QLabel(self.changePage)
        self.changeTitle.setObjectName(u"changeTitle")
        self.changeTitle.setStyleSheet(u"font-weight: 600;")

        self.changeLayout.addWidget(self.changeTitle)

        self.changeHint = QLabel(self.changePage)
        self.changeHint.setObjectName(u"changeHint")
        self.changeHint.setWordWrap(True)

        self.changeLayout.addWidget(self.changeHint)

        self.pages.addWidget(self.changePage)

        self.layout.addWidget(self.pages)

        self.message = QLabel(LoginDialog)
        self.message.setObjectName(u"message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(u"color: #b3261e;")

        self.layout.addWidget(self.message)

        self.spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.spacer)

        self.buttons = QDialogButtonBox(LoginDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.usernameLabel.setBuddy(self.username)
        self.passwordLabel.setBuddy(self.password)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.username, self.password)

        self.retranslateUi(LoginDialog)

        QMetaObject.connectSlotsByName(LoginDialog)
    # setupUi

    def retranslateUi(self, LoginDialog):
        LoginDialog.setWindowTitle(QCoreApplication.translate("LoginDialog", u"relais-desk \u2014 connexion", None))
        self.networkLabel.setText(QCoreApplication.translate("LoginDialog", u"Relais social", None))
        self.backendLabel.setText(QCoreApplication.translate("LoginDialog", u"Base locale", None))
        self.usernameLabel.setText(QCoreApplication.translate("LoginDialog", u"Identifiant", None))
        self.passwordLabel.setText(QCoreApplication.translate("LoginDialog", u"Mot de passe", None))
        self.changeTitle.setText(QCoreApplication.translate("LoginDialog", u"Choisissez un nouveau mot de passe", None))
        self.changeHint.setText(QCoreApplication.translate("LoginDialog", u"Votre mot de passe est \u00e0 usage unique : choisissez-en un nouveau avant de continuer. Au moins 12 caract\u00e8res ; quelques mots inattendus valent mieux que des symboles.", None))
        self.message.setText("")
    # retranslateUi

