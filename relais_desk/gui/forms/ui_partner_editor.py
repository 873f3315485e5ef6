# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'partner_editor.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout,
    QLabel, QLineEdit, QSizePolicy, QSpinBox,
    QVBoxLayout, QWidget)

class Ui_PartnerEditor(object):
    def setupUi(self, PartnerEditor):
        if not PartnerEditor.objectName():
            PartnerEditor.setObjectName(u"PartnerEditor")
        PartnerEditor.resize(520, 480)
        self.layout = QVBoxLayout(PartnerEditor)
        self.layout.setObjectName(u"layout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.nameLabel = QLabel(PartnerEditor)
        self.nameLabel.setObjectName(u"nameLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.name = QLineEdit(PartnerEditor)
        self.name.setObjectName(u"name")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.name)

        self.kindLabel = QLabel(PartnerEditor)
        self.kindLabel.setObjectName(u"kindLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kind = QComboBox(PartnerEditor)
        self.kind.setObjectName(u"kind")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.kind)

        self.cityLabel = QLabel(PartnerEditor)
        self.cityLabel.setObjectName(u"cityLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.cityLabel)

        self.city = QLineEdit(PartnerEditor)
        self.city.setObjectName(u"city")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.city)

        self.addressLabel = QLabel(PartnerEditor)
        self.addressLabel.setObjectName(u"addressLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.addressLabel)

        self.address = QLineEdit(PartnerEditor)
        self.address.setObjectName(u"address")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.address)

        self.confidential = QCheckBox(PartnerEditor)
        self.confidential.setObjectName(u"confidential")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.confidential)

        self.phoneLabel = QLabel(PartnerEditor)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.phoneLabel)

        self.phone = QLineEdit(PartnerEditor)
        self.phone.setObjectName(u"phone")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.phone)

        self.emailLabel = QLabel(PartnerEditor)
        self.emailLabel.setObjectName(u"emailLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.emailLabel)

        self.email = QLineEdit(PartnerEditor)
        self.email.setObjectName(u"email")

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.email)

        self.hoursLabel = QLabel(PartnerEditor)
        self.hoursLabel.setObjectName(u"hoursLabel")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.hoursLabel)

        self.openingHours = QLineEdit(PartnerEditor)
        self.openingHours.setObjectName(u"openingHours")

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.openingHours)

        self.hoursHint = QLabel(PartnerEditor)
        self.hoursHint.setObjectName(u"hoursHint")
        self.hoursHint.setWordWrap(True)
        self.hoursHint.setStyleSheet(u"color: #555;")

        self.form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.hoursHint)

        self.quotaLabel = QLabel(PartnerEditor)
        self.quotaLabel.setObjectName(u"quotaLabel")

        self.form.setWidget(9, QFormLayout.ItemRole.LabelRole, self.quotaLabel)

        self.quotaLayout = QHBoxLayout()
        self.quotaLayout.setObjectName(u"quotaLayout")
        self.quotaNights = QSpinBox(PartnerEditor)
        self.quotaNights.setObjectName(u"quotaNights")
        self.quotaNights.setMaximum(365)

        self.quotaLayout.addWidget(self.quotaNights)

        self.quotaOver = QLabel(PartnerEditor)
        self.quotaOver.setObjectName(u"quotaOver")

        self.quotaLayout.addWidget(self.quotaOver)

        self.quotaDays = QSpinBox(PartnerEditor)
        self.quotaDays.setObjectName(u"quotaDays")
        self.quotaDays.setMaximum(365)

        self.quotaLayout.addWidget(self.quotaDays)

        self.quotaDaysLabel = QLabel(PartnerEditor)
        self.quotaDaysLabel.setObjectName(u"quotaDaysLabel")

        self.quotaLayout.addWidget(self.quotaDaysLabel)


        self.form.setLayout(9, QFormLayout.ItemRole.FieldRole, self.quotaLayout)

        self.bringLabel = QLabel(PartnerEditor)
        self.bringLabel.setObjectName(u"bringLabel")

        self.form.setWidget(10, QFormLayout.ItemRole.LabelRole, self.bringLabel)

        self.whatToBring = QLineEdit(PartnerEditor)
        self.whatToBring.setObjectName(u"whatToBring")

        self.form.setWidget(10, QFormLayout.ItemRole.FieldRole, self.whatToBring)

        self.active = QCheckBox(PartnerEditor)
        self.active.setObjectName(u"active")
        self.active.setChecked(True)

        self.form.setWidget(11, QFormLayout.ItemRole.FieldRole, self.active)


        self.layout.addLayout(self.form)

        self.message = QLabel(PartnerEditor)
        self.message.setObjectName(u"message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(u"color: #b3261e;")

        self.layout.addWidget(self.message)

        self.buttons = QDialogButtonBox(PartnerEditor)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.name)
        self.kindLabel.setBuddy(self.kind)
        self.cityLabel.setBuddy(self.city)
        self.addressLabel.setBuddy(self.address)
        self.phoneLabel.setBuddy(self.phone)
        self.emailLabel.setBuddy(self.email)
        self.hoursLabel.setBuddy(self.openingHours)
        self.quotaLabel.setBuddy(self.quotaNights)
        self.bringLabel.setBuddy(self.whatToBring)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PartnerEditor)

        QMetaObject.connectSlotsByName(PartnerEditor)
    # setupUi

    def retranslateUi(self, PartnerEditor):
        PartnerEditor.setWindowTitle(QCoreApplication.translate("PartnerEditor", u"Partenaire", None))
        self.nameLabel.setText(QCoreApplication.translate("PartnerEditor", u"Nom", None))
        self.kindLabel.setText(QCoreApplication.translate("PartnerEditor", u"Axe", None))
        self.cityLabel.setText(QCoreApplication.translate("PartnerEditor", u"Commune", None))
        self.addressLabel.setText(QCoreApplication.translate("PartnerEditor", u"Adresse", None))
        self.confidential.setText(QCoreApplication.translate("PartnerEditor", u"Adresse confidentielle (jamais imprim\u00e9e)", None))
        self.phoneLabel.setText(QCoreApplication.translate("PartnerEditor", u"T\u00e9l\u00e9phone", None))
        self.emailLabel.setText(QCoreApplication.translate("PartnerEditor", u"Courriel", None))
        self.hoursLabel.setText(QCoreApplication.translate("PartnerEditor", u"Horaires", None))
        self.openingHours.setPlaceholderText(QCoreApplication.translate("PartnerEditor", u"lun-ven 09:00-16:00 ; sam-dim ferm\u00e9", None))
#if QT_CONFIG(tooltip)
        self.openingHours.setToolTip(QCoreApplication.translate("PartnerEditor", u"Les jours, puis les heures ; \u00ab ; \u00bb entre deux r\u00e8gles. Un jour non cit\u00e9 est ferm\u00e9. Une plage qui finit avant son d\u00e9but passe minuit (20:00-08:00).", None))
#endif // QT_CONFIG(tooltip)
        self.hoursHint.setText(QCoreApplication.translate("PartnerEditor", u"Exemple : \u00ab tous les jours 20:00-08:00 \u00bb ou \u00ab lun-ven 09:00-16:00 ; sam-dim ferm\u00e9 \u00bb. Vide : horaires non communiqu\u00e9s.", None))
        self.quotaLabel.setText(QCoreApplication.translate("PartnerEditor", u"Quota de nuits", None))
        self.quotaNights.setSpecialValueText(QCoreApplication.translate("PartnerEditor", u"aucun", None))
        self.quotaOver.setText(QCoreApplication.translate("PartnerEditor", u"nuits sur", None))
        self.quotaDays.setSpecialValueText(QCoreApplication.translate("PartnerEditor", u"\u2013", None))
        self.quotaDaysLabel.setText(QCoreApplication.translate("PartnerEditor", u"jours", None))
        self.bringLabel.setText(QCoreApplication.translate("PartnerEditor", u"\u00c0 apporter", None))
        self.active.setText(QCoreApplication.translate("PartnerEditor", u"Actif dans le r\u00e9seau", None))
        self.message.setText("")
    # retranslateUi

