"""A GUI smoke check for a built bundle: the QApplication starts, our resources and Qt's translations load.

Run by installer/relais_desk_main.py when RELAIS_DESK_GUI_SMOKE=1 (with QT_QPA_PLATFORM=offscreen on a
machine without a display). Prints one JSON object; exit status 0 when everything loaded, 1 otherwise.
"""

from __future__ import annotations

import json
import sys

from PySide6.QtCore import QLibraryInfo, QTranslator
from PySide6.QtGui import QIcon, QPixmap

from relais_desk.gui.app import make_application


def main() -> int:
    app = make_application([sys.argv[0]])
    qt_translations = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qtbase_fr = QTranslator()
    icon: QPixmap = QIcon(":/icons/relais-desk.svg").pixmap(32, 32)
    result = {
        "platform": app.platformName(),
        "icon": not icon.isNull(),
        "style_sheet": bool(app.styleSheet()),
        "qtbase_fr": qtbase_fr.load("qtbase_fr", qt_translations),
        "translations_path": qt_translations,
    }
    print(json.dumps(result))
    return 0 if result["icon"] and result["style_sheet"] and result["qtbase_fr"] else 1
