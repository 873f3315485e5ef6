"""Report tables as plain data, written to XLSX or CSV (masking: `reports.masking`)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from relais_desk.reports.spreadsheet import save_csv, save_workbook


@dataclass
class Table:
    """A titled table; `count_columns` are the columns of counts that masking may hide."""

    sheet: str  # XLSX sheet name (≤ 31 characters)
    title: str
    headers: list[str]
    rows: list[list[Any]]
    count_columns: set[int] = field(default_factory=set)
    percent_columns: set[int] = field(default_factory=set)


def cell_text(value: Any, percent: bool = False) -> str:
    if value is None:
        return "–"
    if percent and isinstance(value, float):
        return f"{value * 100:.1f} %".replace(".", ",")
    if isinstance(value, date):
        return value.strftime("%d/%m/%Y")
    if isinstance(value, int):
        return f"{value:,}".replace(",", "\u00a0")
    return str(value)


def write_xlsx(tables: list[Table], path: Path, *, title: str = "", overwrite: bool = False) -> Path:
    """One sheet per table, French headers, numbers as numbers (masked cells and formula-like text as text).

    The file is created 0600; an existing one is replaced only if `overwrite` (see `files.private_output`)."""
    wb = Workbook()
    wb.remove(wb.active)
    bold = Font(bold=True)
    fill = PatternFill("solid", fgColor="DDE7F0")
    for table in tables:
        ws = wb.create_sheet(table.sheet[:31])
        ws.append([table.title])
        ws["A1"].font = Font(bold=True, size=12)
        if title:
            ws.append([title])
        ws.append([])
        ws.append(table.headers)
        header_row = ws.max_row
        for cell in ws[header_row]:
            cell.font, cell.fill = bold, fill
            cell.alignment = Alignment(wrap_text=True, vertical="top")
        for row in table.rows:
            ws.append(row)
            for i in table.percent_columns:
                if isinstance(row[i], float):  # a column may mix rates and counts (the key figures)
                    ws.cell(ws.max_row, i + 1).number_format = "0.0%"
        for i, header in enumerate(table.headers, start=1):
            width = max([len(str(header))] + [len(cell_text(r[i - 1])) for r in table.rows[:500]]) + 2
            ws.column_dimensions[get_column_letter(i)].width = min(max(width, 8), 45)
        ws.freeze_panes = ws.cell(header_row + 1, 1)
    return save_workbook(wb, path, overwrite=overwrite)


def write_csv(table: Table, path: Path, *, overwrite: bool = False) -> Path:
    """CSV for spreadsheets in French locales: UTF-8 with BOM, `;` separator, formula-like text behind a `'`."""
    return save_csv([table.headers, *table.rows], path, delimiter=";", encoding="utf-8-sig", overwrite=overwrite)
