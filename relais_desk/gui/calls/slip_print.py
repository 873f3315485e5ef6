"""Printing the *bon d'orientation*: a preview from which Ctrl+P or Entrée prints, to a printer or a PDF.

The content comes from `services.slips` (plain data and HTML); this module only lays it out on paper.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QBuffer, QCoreApplication, QIODevice, QMarginsF, QSizeF, Qt
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QShortcut, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewWidget
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLineEdit, QPushButton, QVBoxLayout, QWidget

from relais_desk.gui import save_dialog, shortcuts
from relais_desk.gui.widgets import FieldError
from relais_desk.reports import file_names
from relais_desk.services import slips
from relais_desk.store import files

A4_MARGINS_MM = QMarginsF(18, 18, 18, 18)


def slip_document(html: str) -> QTextDocument:
    doc = QTextDocument()
    doc.setDocumentMargin(0)
    doc.setHtml(html)
    return doc


def write_pdf(html: str, path: str | Path) -> Path:
    """Write the slip as a one-page A4 PDF: 0600, never through a symlink (the save dialog asked before
    replacing a file, so an existing one is replaced)."""
    return files.write_private(Path(path), pdf_bytes(html), overwrite=True)


def pdf_bytes(html: str) -> bytes:
    """The slip as a one-page A4 PDF, in memory: the file is written by `files`, not by Qt."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                     A4_MARGINS_MM, QPageLayout.Unit.Millimeter))
    writer.setTitle("Bon d'orientation")
    writer.setCreator("relais-desk")
    doc = slip_document(html)
    rect = writer.pageLayout().paintRectPixels(writer.resolution())
    doc.setPageSize(QSizeF(rect.width(), rect.height()))
    doc.print_(writer)  # its painter's end completes the PDF in the buffer
    del writer
    return bytes(buffer.data())


class SlipPreview(QDialog):
    """The slip as it will come out of the printer. **Ctrl+P** or **Entrée** prints (the printer's dialog, whose
    PDF file is proposed as `bon-AAAAMMJJ-HHMM-<pseudonyme>.pdf` in Documents), **Ctrl+S** saves it as a PDF,
    **Échap** closes.

    A PDF is always written by `write_pdf` (0600, never through a symbolic link), also when it is chosen
    in the printer's dialog; only a real printer is printed to by Qt."""

    def __init__(self, slip: slips.Slip, html: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # one preview per Ctrl+P, gone when closed
        self.setWindowTitle(self.tr("Bon d'orientation — aperçu"))
        self.html = html
        self.pdf_name = file_names.slip_name(slip.alias, slip.issued_local)
        self.printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        self.printer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                               A4_MARGINS_MM, QPageLayout.Unit.Millimeter))
        self.printer.setDocName(Path(self.pdf_name).stem)  # what a system's own print-to-PDF proposes
        self.document = slip_document(html)
        self.view = QPrintPreviewWidget(self.printer, self)
        self.view.setObjectName("slip_preview")
        self.view.paintRequested.connect(self.document.print_)
        self.view.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keys stay the dialog's (Entrée prints)
        self.print_button = QPushButton(self.tr("Imprimer… (Ctrl+P)"), self)
        self.print_button.setObjectName("slip_print")
        self.print_button.setDefault(True)  # Entrée
        self.print_button.clicked.connect(self.ask_printer)
        self.pdf_button = QPushButton(self.tr("Enregistrer en PDF… (Ctrl+S)"), self)
        self.pdf_button.setObjectName("slip_save_pdf")
        self.pdf_button.setAutoDefault(False)
        self.pdf_button.clicked.connect(lambda: self.save_pdf())
        close = QPushButton(self.tr("Fermer (Échap)"), self)
        close.setAutoDefault(False)
        close.clicked.connect(self.reject)
        self.message = FieldError(self)
        self.message.setObjectName("slip_message")
        for name, slot in (("preview_print", self.ask_printer), ("preview_pdf", self.save_pdf)):
            for keys in shortcuts.sequences(name):
                QShortcut(keys, self).activated.connect(lambda s=slot: s())
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        for button in (self.pdf_button, close, self.print_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        self.resize(720, 900)
        self.print_button.setFocus()
        self.print_dialog: QPrintDialog | None = None

    def ask_printer(self) -> None:
        """The printer's dialog (window-modal); Entrée there prints, to paper or to the PDF file it proposes."""
        if self.print_dialog is not None and self.print_dialog.isVisible():
            return
        dialog = QPrintDialog(self.printer, self)
        # Qt's own dialog (Linux) proposes « print.pdf » in the current folder for every slip: this slip's name
        # in Documents instead (a native dialog has no such field: it uses the document's name)
        if (name_field := dialog.findChild(QLineEdit, "filename")) is not None:
            name_field.setText(str(save_dialog.proposed_path(self.pdf_name)))
        dialog.accepted.connect(self._print)
        dialog.finished.connect(dialog.deleteLater)
        self.print_dialog = dialog
        QDialog.open(dialog)  # (QPrintDialog.open wants a receiver)

    def _print(self) -> None:
        if self.printer.outputFormat() == QPrinter.OutputFormat.PdfFormat and self.printer.outputFileName():
            if self._write(self.printer.outputFileName()):
                self.accept()
            return
        self.document.print_(self.printer)
        self.accept()

    def save_pdf(self, path: str | Path | None = None) -> None:
        """Ctrl+S: the slip as a PDF, proposed in Documents as `bon-AAAAMMJJ-HHMM-<pseudonyme>.pdf`."""
        path = path or save_dialog.ask_save_path(self, self.tr("Enregistrer le bon d'orientation"), self.pdf_name,
                                                 self.tr("PDF (*.pdf)"))
        if path and self._write(path):
            self.accept()

    def _write(self, path: str | Path) -> bool:
        try:
            write_pdf(self.html, path)
        except files.OutputRefused as exc:  # a symbolic link, a full disk: said in the preview, which stays
            self.message.show_error(exc.message)
            return False
        return True


def preview(slip: slips.Slip, html: str, parent: QWidget | None = None) -> SlipPreview:
    """A print preview with the printer (and *Imprimer dans un fichier (PDF)*) one key away."""
    return SlipPreview(slip, html, parent)


def print_orientation_slip(ctx: Any, parent: QWidget, orientation_id: int, *, source: str,
                           pdf_path: str | Path | None = None, ask_pdf: bool = False,
                           alias: str | None = None,
                           on_error: Callable[[BaseException], None]) -> None:
    """Load the slip off the UI thread, then open the print preview, or write `pdf_path`, or (`ask_pdf`) ask
    where to save it, proposing `bon-AAAAMMJJ-HHMM-<pseudonyme>.pdf` in Documents.

    `alias` names the person while the call (and so the person) is not saved yet; `source` is the screen
    (the access log says where the slip was read)."""
    db, actor = ctx.db, ctx.actor

    def done(loaded: tuple[slips.Slip, str]) -> None:
        slip, html = loaded
        target = pdf_path
        if target is None and ask_pdf:
            target = save_dialog.ask_save_path(parent, QCoreApplication.translate("Slip", "Enregistrer le bon d'orientation"),
                                               file_names.slip_name(slip.alias, slip.issued_local),
                                               QCoreApplication.translate("Slip", "PDF (*.pdf)"))
            if not target:
                return
        if target is None:
            preview(slip, html, parent).open()
            return
        try:
            write_pdf(html, target)
        except files.OutputRefused as exc:  # a symlink or a full disk: said next to the slip's buttons
            on_error(exc)

    def load() -> tuple[slips.Slip, str]:
        slip = slips.slip(db, orientation_id, actor=actor, source=source, alias=alias)
        return slip, slips.slip_html(slip)

    ctx.tasks.run(load, on_done=done, on_error=on_error)
