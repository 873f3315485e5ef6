# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'first_run.ui'
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
    QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel,
    QLineEdit, QPushButton, QRadioButton, QSizePolicy,
    QSpinBox, QStackedWidget, QVBoxLayout, QWidget)

class Ui_FirstRunDialog(object):
    def setupUi(self, FirstRunDialog):
        if not FirstRunDialog.objectName():
            FirstRunDialog.setObjectName(u"FirstRunDialog")
        FirstRunDialog.resize(560, 520)
        self.layout = QVBoxLayout(FirstRunDialog)
        self.layout.setObjectName(u"layout")
        self.intro = QLabel(FirstRunDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setStyleSheet(u"font-size: 13pt; font-weight: 600;")

        self.layout.addWidget(self.intro)

        self.embedded = QRadioButton(FirstRunDialog)
        self.embedded.setObjectName(u"embedded")
        self.embedded.setChecked(True)

        self.layout.addWidget(self.embedded)

        self.embeddedHelp = QLabel(FirstRunDialog)
        self.embeddedHelp.setObjectName(u"embeddedHelp")
        self.embeddedHelp.setWordWrap(True)
        self.embeddedHelp.setIndent(24)

        self.layout.addWidget(self.embeddedHelp)

        self.server = QRadioButton(FirstRunDialog)
        self.server.setObjectName(u"server")

        self.layout.addWidget(self.server)

        self.serverHelp = QLabel(FirstRunDialog)
        self.serverHelp.setObjectName(u"serverHelp")
        self.serverHelp.setWordWrap(True)
        self.serverHelp.setIndent(24)

        self.layout.addWidget(self.serverHelp)

        self.pages = QStackedWidget(FirstRunDialog)
        self.pages.setObjectName(u"pages")
        self.adminPage = QWidget()
        self.adminPage.setObjectName(u"adminPage")
        self.adminForm = QFormLayout(self.adminPage)
        self.adminForm.setObjectName(u"adminForm")
        self.adminIntro = QLabel(self.adminPage)
        self.adminIntro.setObjectName(u"adminIntro")
        self.adminIntro.setWordWrap(True)

        self.adminForm.setWidget(0, QFormLayout.ItemRole.SpanningRole, self.adminIntro)

        self.adminUserLabel = QLabel(self.adminPage)
        self.adminUserLabel.setObjectName(u"adminUserLabel")

        self.adminForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.adminUserLabel)

        self.adminUser = QLineEdit(self.adminPage)
        self.adminUser.setObjectName(u"adminUser")
        self.adminUser.setText(u"admin")

        self.adminForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.adminUser)

        self.adminNameLabel = QLabel(self.adminPage)
        self.adminNameLabel.setObjectName(u"adminNameLabel")

        self.adminForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.adminNameLabel)

        self.adminName = QLineEdit(self.adminPage)
        self.adminName.setObjectName(u"adminName")

        self.adminForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.adminName)

        self.adminPasswordLabel = QLabel(self.adminPage)
        self.adminPasswordLabel.setObjectName(u"adminPasswordLabel")

        self.adminForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.adminPasswordLabel)

        self.adminPassword = QLineEdit(self.adminPage)
        self.adminPassword.setObjectName(u"adminPassword")
        self.adminPassword.setEchoMode(QLineEdit.Password)

        self.adminForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.adminPassword)

        self.adminPassword2Label = QLabel(self.adminPage)
        self.adminPassword2Label.setObjectName(u"adminPassword2Label")

        self.adminForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.adminPassword2Label)

        self.adminPassword2 = QLineEdit(self.adminPage)
        self.adminPassword2.setObjectName(u"adminPassword2")
        self.adminPassword2.setEchoMode(QLineEdit.Password)

        self.adminForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.adminPassword2)

        self.pages.addWidget(self.adminPage)
        self.serverPage = QWidget()
        self.serverPage.setObjectName(u"serverPage")
        self.serverForm = QFormLayout(self.serverPage)
        self.serverForm.setObjectName(u"serverForm")
        self.hostLabel = QLabel(self.serverPage)
        self.hostLabel.setObjectName(u"hostLabel")

        self.serverForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.hostLabel)

        self.host = QLineEdit(self.serverPage)
        self.host.setObjectName(u"host")

        self.serverForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.host)

        self.portLabel = QLabel(self.serverPage)
        self.portLabel.setObjectName(u"portLabel")

        self.serverForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.portLabel)

        self.port = QSpinBox(self.serverPage)
        self.port.setObjectName(u"port")
        self.port.setMaximum(65535)
        self.port.setMinimum(1)
        self.port.setValue(5432)

        self.serverForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.port)

        self.dbnameLabel = QLabel(self.serverPage)
        self.dbnameLabel.setObjectName(u"dbnameLabel")

        self.serverForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.dbnameLabel)

        self.dbname = QLineEdit(self.serverPage)
        self.dbname.setObjectName(u"dbname")
        self.dbname.setText(u"relais")

        self.serverForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.dbname)

        self.userLabel = QLabel(self.serverPage)
        self.userLabel.setObjectName(u"userLabel")

        self.serverForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.userLabel)

        self.user = QLineEdit(self.serverPage)
        self.user.setObjectName(u"user")

        self.serverForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.user)

        self.passwordLabel = QLabel(self.serverPage)
        self.passwordLabel.setObjectName(u"passwordLabel")

        self.serverForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.passwordLabel)

        self.password = QLineEdit(self.serverPage)
        self.password.setObjectName(u"password")
        self.password.setEchoMode(QLineEdit.Password)

        self.serverForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.password)

        self.sslmodeLabel = QLabel(self.serverPage)
        self.sslmodeLabel.setObjectName(u"sslmodeLabel")

        self.serverForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.sslmodeLabel)

        self.sslmode = QComboBox(self.serverPage)
        self.sslmode.setObjectName(u"sslmode")

        self.serverForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.sslmode)

        self.sslrootcertLabel = QLabel(self.serverPage)
        self.sslrootcertLabel.setObjectName(u"sslrootcertLabel")

        self.serverForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.sslrootcertLabel)

        self.sslrootcertRow = QHBoxLayout()
        self.sslrootcertRow.setObjectName(u"sslrootcertRow")
        self.sslrootcert = QLineEdit(self.serverPage)
        self.sslrootcert.setObjectName(u"sslrootcert")

        self.sslrootcertRow.addWidget(self.sslrootcert)

        self.sslrootcertBrowse = QPushButton(self.serverPage)
        self.sslrootcertBrowse.setObjectName(u"sslrootcertBrowse")

        self.sslrootcertRow.addWidget(self.sslrootcertBrowse)


        self.serverForm.setLayout(6, QFormLayout.ItemRole.FieldRole, self.sslrootcertRow)

        self.sslrootcertError = QLabel(self.serverPage)
        self.sslrootcertError.setObjectName(u"sslrootcertError")
        self.sslrootcertError.setWordWrap(True)
        self.sslrootcertError.setStyleSheet(u"color: #b3261e;")

        self.serverForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.sslrootcertError)

        self.testButton = QPushButton(self.serverPage)
        self.testButton.setObjectName(u"testButton")

        self.serverForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.testButton)

        self.passwordNote = QLabel(self.serverPage)
        self.passwordNote.setObjectName(u"passwordNote")
        self.passwordNote.setWordWrap(True)
        self.passwordNote.setStyleSheet(u"color: #555;")

        self.serverForm.setWidget(9, QFormLayout.ItemRole.SpanningRole, self.passwordNote)

        self.pages.addWidget(self.serverPage)

        self.layout.addWidget(self.pages)

        self.message = QLabel(FirstRunDialog)
        self.message.setObjectName(u"message")
        self.message.setWordWrap(True)

        self.layout.addWidget(self.message)

        self.buttons = QDialogButtonBox(FirstRunDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.adminUserLabel.setBuddy(self.adminUser)
        self.adminNameLabel.setBuddy(self.adminName)
        self.adminPasswordLabel.setBuddy(self.adminPassword)
        self.adminPassword2Label.setBuddy(self.adminPassword2)
        self.hostLabel.setBuddy(self.host)
        self.portLabel.setBuddy(self.port)
        self.dbnameLabel.setBuddy(self.dbname)
        self.userLabel.setBuddy(self.user)
        self.passwordLabel.setBuddy(self.password)
        self.sslmodeLabel.setBuddy(self.sslmode)
        self.sslrootcertLabel.setBuddy(self.sslrootcert)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(FirstRunDialog)

        QMetaObject.connectSlotsByName(FirstRunDialog)
    # setupUi

    def retranslateUi(self, FirstRunDialog):
        FirstRunDialog.setWindowTitle(QCoreApplication.translate("FirstRunDialog", u"relais-desk \u2014 premier d\u00e9marrage", None))
        self.intro.setText(QCoreApplication.translate("FirstRunDialog", u"O\u00f9 se trouvent les donn\u00e9es de ce poste ?", None))
        self.embedded.setText(QCoreApplication.translate("FirstRunDialog", u"Ce poste seul (base int\u00e9gr\u00e9e)", None))
        self.embeddedHelp.setText(QCoreApplication.translate("FirstRunDialog", u"Un seul ordinateur, par exemple le PC d'un abri. Rien \u00e0 installer.", None))
        self.server.setText(QCoreApplication.translate("FirstRunDialog", u"Un serveur partag\u00e9 (PostgreSQL)", None))
        self.serverHelp.setText(QCoreApplication.translate("FirstRunDialog", u"La permanence et les abris voient les m\u00eames lits en direct.", None))
        self.adminIntro.setText(QCoreApplication.translate("FirstRunDialog", u"Cr\u00e9ez le premier compte administrateur\u00b7rice de ce poste.", None))
        self.adminUserLabel.setText(QCoreApplication.translate("FirstRunDialog", u"Identifiant", None))
        self.adminNameLabel.setText(QCoreApplication.translate("FirstRunDialog", u"Nom affich\u00e9", None))
        self.adminPasswordLabel.setText(QCoreApplication.translate("FirstRunDialog", u"Mot de passe", None))
        self.adminPassword2Label.setText(QCoreApplication.translate("FirstRunDialog", u"Encore une fois", None))
        self.hostLabel.setText(QCoreApplication.translate("FirstRunDialog", u"Serveur", None))
        self.host.setPlaceholderText(QCoreApplication.translate("FirstRunDialog", u"ex. serveur.relais.local", None))
        self.portLabel.setText(QCoreApplication.translate("FirstRunDialog", u"Port", None))
        self.dbnameLabel.setText(QCoreApplication.translate("FirstRunDialog", u"Base", None))
        self.userLabel.setText(QCoreApplication.translate("FirstRunDialog", u"Votre identifiant", None))
        self.user.setPlaceholderText(QCoreApplication.translate("FirstRunDialog", u"votre compte relais-desk, pour v\u00e9rifier la connexion", None))
        self.passwordLabel.setText(QCoreApplication.translate("FirstRunDialog", u"Votre mot de passe", None))
        self.password.setPlaceholderText(QCoreApplication.translate("FirstRunDialog", u"jamais enregistr\u00e9 sur ce poste", None))
        self.sslmodeLabel.setText(QCoreApplication.translate("FirstRunDialog", u"Chiffrement", None))
        self.sslrootcertLabel.setText(QCoreApplication.translate("FirstRunDialog", u"Certificat de l'autorit\u00e9 (CA)", None))
        self.sslrootcert.setPlaceholderText(QCoreApplication.translate("FirstRunDialog", u"fichier .crt ou .pem du r\u00e9seau", None))
        self.sslrootcertBrowse.setText(QCoreApplication.translate("FirstRunDialog", u"Choisir\u2026", None))
        self.sslrootcertError.setText("")
        self.testButton.setText(QCoreApplication.translate("FirstRunDialog", u"Tester la connexion", None))
        self.passwordNote.setText(QCoreApplication.translate("FirstRunDialog", u"Ce poste ne garde aucun mot de passe : chaque personne se connecte ensuite avec son propre compte.", None))
        self.message.setText("")
    # retranslateUi

