"""What a spreadsheet would read as a formula is written as text: the one place every XLSX and CSV goes through.

Partner names, bed categories and remarks are typed by people; a name such as `=HYPERLINK("http://…","…")`
or `@SUM(…)` would otherwise run when a coordinator opens an export in Excel or LibreOffice (CSV injection,
OWASP). Any text starting with `=`, `+`, `-`, `@`, a tab or a carriage return is therefore text: in XLSX a
string cell with Excel's quote prefix (shown as typed, never evaluated, even once edited), in CSV prefixed
with `'`. Numbers are numbers of Python's number types and stay numbers, negative ones included. The app
writes no formula of its own, so none is lost.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from datetime import date
from pathlib import Path
from typing import Any

from openpyxl import Workbook

from relais_desk.store import files

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def looks_like_formula(value: object) -> bool:
    return isinstance(value, str) and value.startswith(FORMULA_STARTS)


def csv_value(value: Any) -> Any:
    """A CSV field: dates in ISO form, None empty, formula-like text behind a `'`, numbers as they are."""
    if value is None:
        return ""
    if isinstance(value, date):
        return value.isoformat()
    if looks_like_formula(value):
        return "'" + value
    return value


def as_text_cells(wb: Workbook) -> Workbook:
    """Every formula-like text of the workbook becomes a string cell that Excel shows as text."""
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                if looks_like_formula(cell.value):
                    cell.data_type = "s"  # openpyxl made "=…" a formula
                    cell.quotePrefix = True
    return wb


def save_workbook(wb: Workbook, path: Path, *, overwrite: bool = False) -> Path:
    """Write `wb` to `path` 0600, formula-like text as text (see `files.private_output`)."""
    as_text_cells(wb)
    with files.private_output(path, overwrite=overwrite, field="out") as out:
        wb.save(out)
    return Path(path)


def save_csv(rows: Iterable[Iterable[Any]], path: Path, *, delimiter: str = ",", encoding: str = "utf-8",
             overwrite: bool = False) -> Path:
    """Write `rows` as CSV to `path` 0600, each field through `csv_value`."""
    with files.private_output(path, overwrite=overwrite, field="out") as out:
        text = io.TextIOWrapper(out, encoding=encoding, newline="")
        writer = csv.writer(text, delimiter=delimiter)
        for row in rows:
            writer.writerow([csv_value(v) for v in row])
        text.flush()
        text.detach()  # `out` is closed (after fsync) by private_output, not by the wrapper
    return Path(path)
