"""What a window shows in words, and the catalogue's source strings, for the language walks.

`visible_texts(widget)` collects every text a user can read: labels, buttons, group titles, tabs, menus,
window titles, tooltips, placeholders, combo items, headers and DisplayRole/ToolTipRole data of item views,
rich text as plain text, and the chart titles, legends and axis ticks. `catalogue()` reads the .ts files:
French source → English translation.
"""

from __future__ import annotations

import html
import re
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QTabWidget,
    QTextEdit,
    QWidget,
)

TRANSLATIONS = Path(__file__).resolve().parents[2] / "resources" / "translations"
PLACEHOLDER = re.compile(r"%(?:n|L?\d)|\{[a-z_]+\}")
TAG = re.compile(r"<[^>]+>")
MAX_ROWS = 60  # rows of each model read: enough to meet every kind of cell


def catalogue(language: str = "en") -> dict[str, list[str]]:
    """Source string → its translations (one, or the plural forms) in `relais_desk_<language>.ts`."""
    out: dict[str, list[str]] = {}
    root = ET.parse(TRANSLATIONS / f"relais_desk_{language}.ts").getroot()
    for message in root.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        forms = [f.text or "" for f in translation.iter("numerusform")] if translation is not None else []
        out.setdefault(source, []).extend(forms or [translation.text or "" if translation is not None else ""])
    return out


def _clean(text: str) -> str:
    text = TAG.sub(" ", text) if "<" in text else text
    text = re.sub(r"&(?=\w)(?!#?\w+;)", "", text)  # accelerators, not entities
    return " ".join(html.unescape(text).split())


def fragments(source: str) -> list[str]:
    """The fixed pieces of a source string around its placeholders, as a user could see them."""
    return [p.strip(" :·,.()«»") for p in PLACEHOLDER.split(_clean(source)) if p.strip(" :·,.()«»")]


def words_of(language_strings: dict[str, list[str]], *, other: set[str]) -> list[str]:
    """The pieces (≥ 2 words, or one word of 6 letters or more) of strings that exist only in one language."""
    out = set()
    for text in language_strings:
        for piece in fragments(text):
            if piece in other or len(re.findall(r"[A-Za-zÀ-ÿ]", piece)) < 4:
                continue
            if len(piece.split()) >= 2 or len(piece) >= 6:
                out.add(piece)
    return sorted(out, key=len, reverse=True)


def _columns(model, parent: QModelIndex) -> int:  # noqa: ANN001 - any item model
    try:
        return model.columnCount(parent)
    except TypeError:  # a list model keeps columnCount private: one column
        return 1


def _model_texts(view: QAbstractItemView) -> list[str]:
    model = view.model()
    if model is None:
        return []
    out = []
    for orientation, count in ((Qt.Orientation.Horizontal, _columns(model, QModelIndex())),
                               (Qt.Orientation.Vertical, 0)):
        for section in range(count):
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                value = model.headerData(section, orientation, role)
                if isinstance(value, str):
                    out.append(value)

    def walk(parent: QModelIndex, depth: int) -> None:
        for row in range(min(model.rowCount(parent), MAX_ROWS)):
            for column in range(_columns(model, parent)):
                index = model.index(row, column, parent)
                for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                    value = index.data(role)
                    if isinstance(value, str):
                        out.append(value)
                if depth < 2 and column == 0 and model.rowCount(index) > 0:
                    walk(index, depth + 1)

    walk(QModelIndex(), 0)
    return out


def _chart_texts(widget: QWidget) -> list[str]:
    try:
        import pyqtgraph as pg
    except ImportError:  # pragma: no cover - pyqtgraph is a dependency
        return []
    if not isinstance(widget, pg.PlotWidget):
        return []
    item = widget.getPlotItem()
    out = [item.titleLabel.text]
    for name in ("left", "bottom"):
        axis = item.getAxis(name)
        out.append(axis.labelText or "")
        ticks = axis.tickValues(*axis.range, axis.geometry().width() or 800) if axis.range else []
        for spacing, values in ticks:
            out.extend(axis.tickStrings(values, axis.scale, spacing))
        for level in getattr(axis, "_tickLevels", None) or []:
            out.extend(text for _v, text in level)
    legend = getattr(widget, "legend", None) or item.legend
    if legend is not None:
        out.extend(label.text for _sample, label in legend.items)
    for attr in ("points", "cells", "data_headers"):
        value = getattr(widget, attr, None)
        if isinstance(value, list):
            for entry in value[:MAX_ROWS]:
                if isinstance(entry, str):
                    out.append(entry)
                elif isinstance(entry, tuple | list):
                    out.extend(x for x in entry if isinstance(x, str))
    return out


def visible_texts(root: QWidget) -> list[str]:
    """Every text shown by `root` and its children (hidden tabs and pages included)."""
    out: list[str] = []
    for w in [root, *root.findChildren(QWidget)]:
        out += [w.windowTitle(), w.toolTip(), w.statusTip(), w.whatsThis()]
        if isinstance(w, QLabel | QAbstractButton):
            out.append(w.text())
        elif isinstance(w, QGroupBox):
            out.append(w.title())
        elif isinstance(w, QLineEdit):
            out.append(w.placeholderText())
            if w.isReadOnly():
                out.append(w.text())
        elif isinstance(w, QTextEdit):
            out += [w.placeholderText(), w.toPlainText() if w.isReadOnly() else ""]
        elif isinstance(w, QComboBox):
            out += [w.itemText(i) for i in range(w.count())]
            out.append(w.placeholderText())
        elif isinstance(w, QTabWidget):
            out += [w.tabText(i) for i in range(w.count())] + [w.tabToolTip(i) for i in range(w.count())]
        elif isinstance(w, QMenu):
            out.append(w.title())
        if isinstance(w, QAbstractItemView):
            out += _model_texts(w)
        out += _chart_texts(w)
        for action in QWidget.actions(w):
            out += [action.text(), action.toolTip()]
            if action.menu() is not None:
                out.append(action.menu().title())
                out += [a.text() for a in action.menu().actions()]
    return [_clean(t) for t in out if t and t.strip()]


def leaks(texts: list[str], pieces: list[str], data: set[str]) -> dict[str, str]:
    """piece of the other language → the first text where it shows, once the users' data is taken out."""
    found: dict[str, str] = {}
    ordered_data = sorted((d for d in data if d), key=len, reverse=True)
    for text in set(texts):
        rest = text
        for d in ordered_data:
            if d in rest:
                rest = rest.replace(d, " ")
        for piece in pieces:
            if piece not in found and re.search(rf"(?<![\w]){re.escape(piece)}(?![\w])", rest):
                found[piece] = text
    return found
