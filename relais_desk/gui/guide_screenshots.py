"""The user guide's images (docs/guide/img/), rendered offscreen from the demo network, in French.

    python -m relais_desk.gui.guide_screenshots docs/guide/img      (part of `make guide`)

One image per step the guide explains, named after the role's page (operateur-…, abri-…, coordination-…,
admin-…, connexion-…). Windows are 1300×728, what a 1366×768 office laptop shows.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

SIZE = (1300, 728)
OPERATOR = ("operateur", "demo-oper-ligne-24")
SHELTER = ("abri1", "demo-abri-lits-libres")
COORDINATION = ("coordination", "demo-coord-rapport")
ADMIN = ("admin", "demo-admin-comptes")


def _save(widget, target: Path, name: str) -> None:  # noqa: ANN001
    widget.grab().save(str(target / f"{name}.png"))


def _go(window, key: str) -> object:  # noqa: ANN001
    window.nav.setCurrentRow(window.screen_keys().index(key))  # the demo's tasks run at once: data is there
    return window.screens[key]


def _slip_image(html: str, path: Path) -> None:
    """The slip as it prints (A4 width), as an image."""
    from PySide6.QtCore import QSizeF, Qt
    from PySide6.QtGui import QColor, QImage, QPainter

    from relais_desk.gui.calls.slip_print import slip_document

    doc = slip_document(html)
    doc.setDocumentMargin(36)
    doc.setPageSize(QSizeF(700, 990))
    image = QImage(700, 640, QImage.Format.Format_RGB32)
    image.fill(QColor(Qt.GlobalColor.white))
    painter = QPainter(image)
    doc.drawContents(painter)
    painter.end()
    image.save(str(path))


def _operator(demo, target: Path) -> None:  # noqa: ANN001
    from relais_desk.services import slips

    window = demo.window(*OPERATOR, size=SIZE)
    calls = _go(window, "calls")
    calls.journal.table.selectRow(0)
    demo.app.processEvents()
    _save(window, target, "operateur-journal")
    window.new_call()
    intake = calls.intake
    intake.alias.setText("Nadia B.")
    intake.birth_year.setText("1987")
    intake.gender.setCurrentIndex(intake.gender.findData("femme"))
    intake.location.setText("Gare de Charleroi-Sud")
    intake.notes.setPlainText("Appelle d'une cabine, a froid, pas de téléphone.")
    intake.refresh_finder()
    demo.app.processEvents()
    _save(window, target, "operateur-nouvel-appel")
    intake.reserve()
    demo.app.processEvents()
    _save(window, target, "operateur-lit-reserve")
    o = intake.call_draft.bed_orientation(intake.taken_panel.chosen())
    if o is not None:
        slip = slips.slip(demo.db, o.orientation_id, actor=window.ctx.actor, source="guide", alias="Nadia B.")
        _slip_image(slips.slip_html(slip), target / "operateur-bon.png")
    intake.abandon(confirm=False)
    partners = _go(window, "partners")
    partners.table.selectRow(0)
    demo.app.processEvents()
    _save(window, target, "operateur-partenaires")
    _go(window, "board")
    demo.app.processEvents()
    _save(window, target, "operateur-lits")
    # the connection lost: the status bar says « Hors ligne », the screens a red banner. The demo's database
    # still answers, so its answers must not say « reached » while the picture is taken.
    _go(window, "calls")
    window.new_call()
    intake.alias.setText("Marc")
    intake.gender.setCurrentIndex(intake.gender.findData("homme"))
    intake.refresh_finder()
    demo.app.processEvents()
    demo.errors.reached = lambda: None
    demo.errors.lost("Le serveur ne répond pas.")
    intake.save()  # refused, said next to the button; what was typed stays
    demo.app.processEvents()
    _save(window, target, "hors-ligne")
    del demo.errors.reached
    demo.errors.reached()
    intake.abandon(confirm=False)
    window.close()


def _shelter(demo, target: Path) -> None:  # noqa: ANN001
    window = demo.window(*SHELTER, size=SIZE)
    _go(window, "my_shelter")
    demo.app.processEvents()
    _save(window, target, "abri-mon-abri")
    _go(window, "board")
    demo.app.processEvents()
    _save(window, target, "abri-lits")
    window.close()


def _coordination(demo, target: Path) -> None:  # noqa: ANN001
    from relais_desk.gui.partners.screen import PartnerDialog

    window = demo.window(*COORDINATION, size=SIZE)
    for key, name in (("census", "coordination-recensement"), ("stats", "coordination-statistiques")):
        _go(window, key)
        demo.app.processEvents()
        _save(window, target, name)
    partners = _go(window, "partners")
    shelter = next(i for i, p in enumerate(partners.items) if p.kind == "accueil_de_nuit")
    partners.table.selectRow(shelter)
    demo.app.processEvents()
    _save(window, target, "coordination-partenaires")
    dialog = PartnerDialog(window.ctx, partners.current(), window)
    dialog.ui.openingHours.setText("du lundi au vendredi 20h à 8h ; sam-dim 18h-10h")
    dialog.resize(560, 520)
    dialog.show()
    demo.app.processEvents()
    _save(dialog, target, "coordination-horaires")
    dialog.reject()
    window.close()


def _admin(demo, target: Path) -> None:  # noqa: ANN001
    window = demo.window(*ADMIN, size=SIZE)
    _go(window, "admin")
    demo.app.processEvents()
    _save(window, target, "admin-comptes")
    window.close()


def main(out: str = "docs/guide/img") -> int:
    from relais_desk.gui.dialogs.login import LoginDialog
    from relais_desk.gui.screenshots import Demo

    target = Path(out)
    target.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        demo = Demo(tmp)
        login = LoginDialog(demo.db, demo.tasks, network=demo.network["network_name"])
        login.ui.username.setText("operateur")
        login.resize(440, 260)
        _save(login, target, "connexion")
        for part in (_operator, _shelter, _coordination, _admin):
            part(demo, target)
        demo.db.dispose()
    print(f"images du guide écrites dans {target}/")
    return 0


if __name__ == "__main__":
    status = main(*sys.argv[1:])
    sys.stdout.flush()
    os._exit(status)  # skip interpreter teardown: PySide6 can crash collecting pyqtgraph items after the app
