# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'my_shelter.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QGridLayout, QGroupBox,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QSpacerItem, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget)

from relais_desk.gui.widgets import (Banner, FieldError)

class Ui_MyShelterPanel(object):
    def setupUi(self, MyShelterPanel):
        if not MyShelterPanel.objectName():
            MyShelterPanel.setObjectName(u"MyShelterPanel")
        MyShelterPanel.resize(900, 560)
        self.layout = QVBoxLayout(MyShelterPanel)
        self.layout.setObjectName(u"layout")
        self.banner = Banner(MyShelterPanel)
        self.banner.setObjectName(u"banner")

        self.layout.addWidget(self.banner)

        self.title = QLabel(MyShelterPanel)
        self.title.setObjectName(u"title")
        self.title.setStyleSheet(u"QLabel { font-size: 16pt; font-weight: 600; }")

        self.layout.addWidget(self.title)

        self.counts_box = QGroupBox(MyShelterPanel)
        self.counts_box.setObjectName(u"counts_box")
        self.grid = QGridLayout(self.counts_box)
        self.grid.setObjectName(u"grid")

        self.layout.addWidget(self.counts_box)

        self.arrivals_box = QGroupBox(MyShelterPanel)
        self.arrivals_box.setObjectName(u"arrivals_box")
        self.arrivals_box.setMaximumSize(QSize(16777215, 120))
        self.arrivals_layout = QVBoxLayout(self.arrivals_box)
        self.arrivals_layout.setObjectName(u"arrivals_layout")
        self.no_arrivals = QLabel(self.arrivals_box)
        self.no_arrivals.setObjectName(u"no_arrivals")

        self.arrivals_layout.addWidget(self.no_arrivals)

        self.arrivals = QTableWidget(self.arrivals_box)
        if (self.arrivals.columnCount() < 5):
            self.arrivals.setColumnCount(5)
        __qtablewidgetitem = QTableWidgetItem()
        self.arrivals.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.arrivals.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.arrivals.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.arrivals.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        __qtablewidgetitem4 = QTableWidgetItem()
        self.arrivals.setHorizontalHeaderItem(4, __qtablewidgetitem4)
        self.arrivals.setObjectName(u"arrivals")
        self.arrivals.setTabKeyNavigation(False)
        self.arrivals.setColumnCount(5)
        self.arrivals.horizontalHeader().setStretchLastSection(False)
        self.arrivals.verticalHeader().setVisible(False)

        self.arrivals_layout.addWidget(self.arrivals)


        self.layout.addWidget(self.arrivals_box)

        self.recent_box = QGroupBox(MyShelterPanel)
        self.recent_box.setObjectName(u"recent_box")
        self.recent_layout = QVBoxLayout(self.recent_box)
        self.recent_layout.setObjectName(u"recent_layout")
        self.recent = QTableWidget(self.recent_box)
        if (self.recent.columnCount() < 4):
            self.recent.setColumnCount(4)
        __qtablewidgetitem5 = QTableWidgetItem()
        self.recent.setHorizontalHeaderItem(0, __qtablewidgetitem5)
        __qtablewidgetitem6 = QTableWidgetItem()
        self.recent.setHorizontalHeaderItem(1, __qtablewidgetitem6)
        __qtablewidgetitem7 = QTableWidgetItem()
        self.recent.setHorizontalHeaderItem(2, __qtablewidgetitem7)
        __qtablewidgetitem8 = QTableWidgetItem()
        self.recent.setHorizontalHeaderItem(3, __qtablewidgetitem8)
        self.recent.setObjectName(u"recent")
        self.recent.setTabKeyNavigation(False)
        self.recent.setColumnCount(4)
        self.recent.horizontalHeader().setStretchLastSection(False)
        self.recent.verticalHeader().setVisible(False)

        self.recent_layout.addWidget(self.recent)

        self.recent_message = FieldError(self.recent_box)
        self.recent_message.setObjectName(u"recent_message")

        self.recent_layout.addWidget(self.recent_message)


        self.layout.addWidget(self.recent_box)

        self.refusal_box = QGroupBox(MyShelterPanel)
        self.refusal_box.setObjectName(u"refusal_box")
        self.refusal_outer = QVBoxLayout(self.refusal_box)
        self.refusal_outer.setObjectName(u"refusal_outer")
        self.refusal_layout = QHBoxLayout()
        self.refusal_layout.setObjectName(u"refusal_layout")
        self.refusal_category = QComboBox(self.refusal_box)
        self.refusal_category.setObjectName(u"refusal_category")

        self.refusal_layout.addWidget(self.refusal_category)

        self.refusal_reason = QComboBox(self.refusal_box)
        self.refusal_reason.setObjectName(u"refusal_reason")

        self.refusal_layout.addWidget(self.refusal_reason)

        self.refusal_note = QLineEdit(self.refusal_box)
        self.refusal_note.setObjectName(u"refusal_note")

        self.refusal_layout.addWidget(self.refusal_note)

        self.refusal_save = QPushButton(self.refusal_box)
        self.refusal_save.setObjectName(u"refusal_save")

        self.refusal_layout.addWidget(self.refusal_save)


        self.refusal_outer.addLayout(self.refusal_layout)

        self.refusal_message = FieldError(self.refusal_box)
        self.refusal_message.setObjectName(u"refusal_message")

        self.refusal_outer.addWidget(self.refusal_message)

        self.no_refusals = QLabel(self.refusal_box)
        self.no_refusals.setObjectName(u"no_refusals")

        self.refusal_outer.addWidget(self.no_refusals)

        self.refusals = QTableWidget(self.refusal_box)
        if (self.refusals.columnCount() < 5):
            self.refusals.setColumnCount(5)
        __qtablewidgetitem9 = QTableWidgetItem()
        self.refusals.setHorizontalHeaderItem(0, __qtablewidgetitem9)
        __qtablewidgetitem10 = QTableWidgetItem()
        self.refusals.setHorizontalHeaderItem(1, __qtablewidgetitem10)
        __qtablewidgetitem11 = QTableWidgetItem()
        self.refusals.setHorizontalHeaderItem(2, __qtablewidgetitem11)
        __qtablewidgetitem12 = QTableWidgetItem()
        self.refusals.setHorizontalHeaderItem(3, __qtablewidgetitem12)
        __qtablewidgetitem13 = QTableWidgetItem()
        self.refusals.setHorizontalHeaderItem(4, __qtablewidgetitem13)
        self.refusals.setObjectName(u"refusals")
        self.refusals.setTabKeyNavigation(False)
        self.refusals.setColumnCount(5)
        self.refusals.horizontalHeader().setStretchLastSection(False)
        self.refusals.verticalHeader().setVisible(False)

        self.refusal_outer.addWidget(self.refusals)


        self.layout.addWidget(self.refusal_box)

        self.bottom_spacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.bottom_spacer)


        self.retranslateUi(MyShelterPanel)

        QMetaObject.connectSlotsByName(MyShelterPanel)
    # setupUi

    def retranslateUi(self, MyShelterPanel):
        MyShelterPanel.setWindowTitle(QCoreApplication.translate("MyShelterPanel", u"Mon abri", None))
        self.counts_box.setTitle(QCoreApplication.translate("MyShelterPanel", u"Lits de cette nuit", None))
        self.arrivals_box.setTitle(QCoreApplication.translate("MyShelterPanel", u"Arriv\u00e9es attendues", None))
        self.no_arrivals.setText(QCoreApplication.translate("MyShelterPanel", u"Personne n'est attendu pour l'instant.", None))
        ___qtablewidgetitem = self.arrivals.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("MyShelterPanel", u"Personne", None))
        ___qtablewidgetitem1 = self.arrivals.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("MyShelterPanel", u"Cat\u00e9gorie", None))
        ___qtablewidgetitem2 = self.arrivals.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("MyShelterPanel", u"Arriver avant", None))
        self.recent_box.setTitle(QCoreApplication.translate("MyShelterPanel", u"Arriv\u00e9es et absences de ces 15 derni\u00e8res minutes", None))
        ___qtablewidgetitem3 = self.recent.horizontalHeaderItem(0)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("MyShelterPanel", u"Personne", None))
        ___qtablewidgetitem4 = self.recent.horizontalHeaderItem(1)
        ___qtablewidgetitem4.setText(QCoreApplication.translate("MyShelterPanel", u"Cat\u00e9gorie", None))
        ___qtablewidgetitem5 = self.recent.horizontalHeaderItem(2)
        ___qtablewidgetitem5.setText(QCoreApplication.translate("MyShelterPanel", u"Enregistr\u00e9", None))
        self.refusal_box.setTitle(QCoreApplication.translate("MyShelterPanel", u"Refus \u00e0 la porte", None))
        self.refusal_note.setPlaceholderText(QCoreApplication.translate("MyShelterPanel", u"Remarque (facultative, sans nom)", None))
        self.refusal_save.setText(QCoreApplication.translate("MyShelterPanel", u"Enregistrer le refus", None))
        self.no_refusals.setText(QCoreApplication.translate("MyShelterPanel", u"Aucun refus \u00e0 la porte cette nuit.", None))
        ___qtablewidgetitem6 = self.refusals.horizontalHeaderItem(0)
        ___qtablewidgetitem6.setText(QCoreApplication.translate("MyShelterPanel", u"Heure", None))
        ___qtablewidgetitem7 = self.refusals.horizontalHeaderItem(1)
        ___qtablewidgetitem7.setText(QCoreApplication.translate("MyShelterPanel", u"Cat\u00e9gorie", None))
        ___qtablewidgetitem8 = self.refusals.horizontalHeaderItem(2)
        ___qtablewidgetitem8.setText(QCoreApplication.translate("MyShelterPanel", u"Motif", None))
        ___qtablewidgetitem9 = self.refusals.horizontalHeaderItem(3)
        ___qtablewidgetitem9.setText(QCoreApplication.translate("MyShelterPanel", u"Enregistr\u00e9 par", None))
    # retranslateUi

