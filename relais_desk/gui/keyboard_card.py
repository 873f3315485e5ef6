"""The keyboard card of the user guide: one printable A4 page made from the shortcut table (`make guide`).

    python -m relais_desk.gui.keyboard_card docs/guide/raccourcis-clavier.pdf

Only the table of gui/shortcuts.py is read (no window is opened), so the card says what the windows bind.
The standard PDF fonts are enough: every key name is written in Latin-1 words (« Flèche bas », « Maj »).
"""

from __future__ import annotations

import sys
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from relais_desk import __version__
from relais_desk.gui import shortcuts

TITLE = "relais-desk — raccourcis clavier"
TIPS = ("Tab passe au champ suivant, Maj+Tab revient au précédent. Une lettre soulignée dans un libellé : "
        "Alt + cette lettre y va directement.")
OUT = Path("docs/guide/raccourcis-clavier.pdf")


def rows() -> list[tuple[str, list[tuple[str, str]]]]:
    """The card's sections in the table's order: (where, [(keys, what they do)])."""
    sections: dict[str, list[tuple[str, str]]] = {}
    for s in shortcuts.TABLE:
        sections.setdefault(s.where, []).append((shortcuts.keys_text(s), s.does))
    return list(sections.items())


def write_card(path: Path) -> Path:
    """Write the card (French, one A4 page) to `path`; returns it."""
    path.parent.mkdir(parents=True, exist_ok=True)
    title = ParagraphStyle("title", fontName="Helvetica-Bold", fontSize=18, leading=22, spaceAfter=4)
    heading = ParagraphStyle("heading", fontName="Helvetica-Bold", fontSize=13, leading=16, spaceBefore=8,
                             spaceAfter=4)
    body = ParagraphStyle("body", fontName="Helvetica", fontSize=11, leading=14)
    keys = ParagraphStyle("keys", parent=body, fontName="Helvetica-Bold")
    small = ParagraphStyle("small", parent=body, fontSize=8.5, leading=11, textColor=colors.HexColor("#555555"))
    story: list = [Paragraph(TITLE, title), Paragraph(TIPS, body)]
    for where, entries in rows():
        story.append(Paragraph(where, heading))
        table = Table([[Paragraph(k, keys), Paragraph(d, body)] for k, d in entries], colWidths=[5.2 * cm, 11.8 * cm])
        table.setStyle(TableStyle([
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.HexColor("#bbbbbb")),
            ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ]))
        story.append(table)
    story += [Spacer(1, 0.6 * cm),
              Paragraph(f"Fait à partir du tableau des raccourcis de relais-desk {__version__} "
                        "(relais_desk/gui/shortcuts.py) par « make guide ».", small)]
    doc = SimpleDocTemplate(str(path), pagesize=A4, title=TITLE, author="relais-desk", leftMargin=2 * cm,
                            rightMargin=2 * cm, topMargin=1.6 * cm, bottomMargin=1.6 * cm,
                            invariant=True)  # no date inside: the same table gives the same file
    doc.build(story)
    return path


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    out = write_card(Path(args[0]) if args else OUT)
    print(f"carte des raccourcis écrite dans {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
