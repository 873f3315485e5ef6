"""Printing the *bon d'orientation* with Qt's own printing: preview, printer or PDF.

The content comes from `services.slips` (plain data and HTML); this module only lays it out on paper.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QBuffer, QCoreApplication, QIODevice, QMarginsF, QSizeF, Qt
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QWidget

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


def preview(html: str, parent: QWidget | None = None) -> QPrintPreviewDialog:
    """A print preview with the printer (and *Imprimer dans un fichier (PDF)*) one click away."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                      A4_MARGINS_MM, QPageLayout.Unit.Millimeter))
    doc = slip_document(html)
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # one preview per Ctrl+P, gone when closed
    dialog.setWindowTitle(QCoreApplication.translate("Slip", "Bon d'orientation — aperçu"))
    dialog.paintRequested.connect(doc.print_)
    # Qt does not own either: without these references Python frees them under the open preview (a crash)
    dialog._document = doc
    dialog._printer = printer
    return dialog


def print_orientation_slip(ctx: Any, parent: QWidget, orientation_id: int, *, source: str,
                           pdf_path: str | Path | None = None,
                           alias: str | None = None,
                           on_error: Callable[[BaseException], None]) -> None:
    """Load the slip off the UI thread, then open the print preview, or write `pdf_path`.

    `alias` names the person while the call (and so the person) is not saved yet; `source` is the screen
    (the access log says where the slip was read)."""
    db, actor = ctx.db, ctx.actor

    def done(html: str) -> None:
        if pdf_path is None:
            preview(html, parent).open()
            return
        try:
            write_pdf(html, pdf_path)
        except files.OutputRefused as exc:  # a symlink or a full disk: said next to the slip's buttons
            on_error(exc)

    ctx.tasks.run(lambda: slips.slip_html(slips.slip(db, orientation_id, actor=actor, source=source, alias=alias)), on_done=done,
                  on_error=on_error)
