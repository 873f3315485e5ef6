"""Text typed by people, shown in Qt's rich text: escaped, so a name is always read as a name.

Qt renders a label's or tooltip's text as HTML when it merely looks like HTML (Qt.mightBeRichText): a partner
named `<b>x</b>` or `<img src=…>` would be drawn as markup, and one named `<` could hide the rest. Labels
that show data and need no markup are set to plain text instead (`plain`).
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel


def escape(text: object) -> str:
    """`text` for inclusion in rich text: markup characters escaped, line breaks kept."""
    return html.escape("" if text is None else str(text), quote=True).replace("\n", "<br/>")


def tooltip(text: str | None) -> str | None:
    """A tooltip that shows `text` as typed: always rich text, so Qt never guesses from the content."""
    return f"<p>{escape(text)}</p>" if text else None


def plain(label: QLabel) -> QLabel:
    """A label whose text is shown as typed, whatever it contains."""
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label
