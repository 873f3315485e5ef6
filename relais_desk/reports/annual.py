"""The annual statistical report of the network: headline figures, tables and charts, in French.

Every bed figure is a sum over the year's census rows (`stats.census_totals` is the check).
PDF with reportlab (the core never imports Qt, and the report must run headless from the CLI);
XLSX with one sheet per table.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from relais_desk.domain.enums import PARTNER_KIND_LABELS_FR, OrientationStatus
from relais_desk.domain.nights import to_local, utcnow
from relais_desk.reports.tables import Table, cell_text, write_xlsx
from relais_desk.services import stats
from relais_desk.services.calls import CALLER_LABELS_FR, CHANNEL_LABELS_FR, NEED_LABELS_FR, OUTCOME_LABELS_FR
from relais_desk.services.errors import InvalidValue
from relais_desk.services.orientations import STATUS_LABELS_FR
from relais_desk.store.database import Database

Progress = Callable[[int, str], None]  # percent, French step name
REASON_LABELS = {"saturation": "Saturation", "quota_depasse": "Quota dépassé",
                 "profil_non_accueilli": "Profil non accueilli", "autre": "Autre"}


@dataclass
class AnnualReport:
    year: int
    network: str
    generated_at: datetime
    mask_threshold: int
    headline: dict[str, Any]
    tables: list[Table]
    monthly: list[dict[str, Any]] = field(default_factory=list)
    refusals_monthly: list[tuple[date, dict[str, int]]] = field(default_factory=list)
    heatmap: list[list[int]] = field(default_factory=list)

    def exported_tables(self) -> list[Table]:
        return [t.masked(self.mask_threshold) for t in self.tables]


def _label(mapping: dict[Any, str], value: str) -> str:
    for key, label in mapping.items():
        if getattr(key, "value", key) == value:
            return label
    return value


def build_annual(db: Database, year: int, *, mask_threshold: int | None = None,
                 progress: Progress | None = None) -> AnnualReport:
    """Compute the report of `year` (nights of 1 January to 31 December)."""
    from relais_desk.services import settings

    if isinstance(year, bool) or not isinstance(year, int) or not 2000 <= year <= 2200:
        raise InvalidValue(f"Année invalide : « {str(year)[:10]} ».", field="year")
    step = progress or (lambda _p, _s: None)
    with db.read() as session:
        network = settings.get(session, "network_name")
        threshold = int(settings.get(session, "mask_threshold")) if mask_threshold is None else mask_threshold
    f = stats.Filters(date(year, 1, 1), date(year, 12, 31))
    step(5, "Recensements")
    totals = stats.census_totals(db, f)
    monthly = stats.bed_nights_by_month(db, f)
    step(25, "Occupation")
    by_shelter = stats.occupancy_by_shelter_category(db, f)
    step(40, "Refus")
    refusals = stats.refusals_by_month(db, f)
    step(55, "Appels")
    by_channel = stats.calls_by(db, f, "channel")
    by_caller = stats.calls_by(db, f, "caller_type")
    by_need = stats.calls_by(db, f, "needs")
    by_outcome = stats.calls_by(db, f, "outcome")
    heatmap = stats.calls_heatmap(db, f)
    step(70, "Orientations")
    orient = stats.orientations_by_axis(db, f)
    persons = stats.distinct_persons(db, f)
    step(80, "Mise en page")
    calls_total = sum(by_channel.values())
    headline = {
        "bed_nights": totals["bed_nights"],
        "capacity_nights": totals["capacity_nights"],
        "occupancy_rate": totals["bed_nights"] / totals["capacity_nights"] if totals["capacity_nights"] else None,
        "distinct_persons": persons,
        "calls": calls_total,
        "orientations": sum(r["count"] for r in orient),
        "refusals": totals["refusals"],
        "arrivals": totals["arrivals"],
        "no_shows": totals["no_shows"],
    }
    tables = [
        Table("Chiffres clés", f"Chiffres clés {year}", ["Indicateur", "Valeur"], [
            ["Nuitées (lits occupés × nuits)", headline["bed_nights"]],
            ["Lits-nuits financés", headline["capacity_nights"]],
            ["Taux d'occupation", headline["occupancy_rate"]],
            ["Personnes distinctes (pseudonymes)", headline["distinct_persons"]],
            ["Appels à l'urgence sociale", headline["calls"]],
            ["Orientations", headline["orientations"]],
            ["Refus faute de place", headline["refusals"]],
            ["Arrivées de personnes orientées", headline["arrivals"]],
            ["Absences (réservations non honorées)", headline["no_shows"]],
        ], percent_columns=set()),
        Table("Occupation", "Occupation par abri et catégorie",
              ["Abri", "Catégorie", "Nuits recensées", "Nuitées", "Lits-nuits financés", "Taux d'occupation",
               "Arrivées", "Absences", "Refus"],
              [[r["shelter"], r["category"], r["nights"], r["bed_nights"], r["capacity_nights"], r["rate"],
                r["arrivals"], r["no_shows"], r["refusals"]] for r in by_shelter],
              count_columns={6, 7, 8}, percent_columns={5}),
        Table("Nuitées par mois", "Nuitées par mois", ["Mois", "Nuitées", "Lits-nuits financés", "Taux"],
              [[f"{stats.MONTHS_FR[r['month'].month - 1]} {r['month'].year}", r["bed_nights"], r["capacity_nights"],
                r["rate"]] for r in monthly], percent_columns={3}),
        Table("Refus", "Refus faute de place par mois, catégorie et motif",
              ["Mois", "Catégorie", *REASON_LABELS.values(), "Total"],
              [[f"{stats.MONTHS_FR[r['month'].month - 1]} {r['month'].year}", r["category"],
                *[r[k] for k in REASON_LABELS], r["total"]] for r in refusals],
              count_columns={2, 3, 4, 5, 6}),
        _count_table("Appels par canal", "Appels par canal", "Canal", by_channel, CHANNEL_LABELS_FR),
        _count_table("Appels par appelant", "Appels par type d'appelant", "Appelant", by_caller, CALLER_LABELS_FR),
        _count_table("Appels par besoin", "Besoins exprimés (un appel peut en avoir plusieurs)", "Besoin",
                     by_need, NEED_LABELS_FR),
        _count_table("Appels par suite", "Appels par suite donnée", "Suite", by_outcome, OUTCOME_LABELS_FR),
        _orientation_table(orient),
    ]
    refusals_monthly: dict[date, dict[str, int]] = {}
    for r in refusals:
        month = refusals_monthly.setdefault(r["month"], dict.fromkeys(REASON_LABELS, 0))
        for k in REASON_LABELS:
            month[k] += r[k]
    step(90, "Terminé")
    return AnnualReport(year, network, utcnow(), threshold, headline, tables, monthly,
                        sorted(refusals_monthly.items()), heatmap)


def _count_table(sheet: str, title: str, label: str, counts: dict[str, int], labels: dict[Any, str]) -> Table:
    total = sum(counts.values())
    rows = [[_label(labels, k), n, (n / total) if total else None] for k, n in counts.items()]
    return Table(sheet, title, [label, "Appels", "Part"], rows, count_columns={1}, percent_columns={2})


def _orientation_table(rows: list[dict[str, Any]]) -> Table:
    statuses = [s.value for s in OrientationStatus]
    pivot: dict[str, dict[str, int]] = {}
    for r in rows:
        pivot.setdefault(r["axis"], dict.fromkeys(statuses, 0))[r["status"]] = r["count"]
    out = [[_label(PARTNER_KIND_LABELS_FR, axis), *[counts[s] for s in statuses], sum(counts.values())]
           for axis, counts in sorted(pivot.items())]
    headers = ["Axe du partenaire", *[STATUS_LABELS_FR[OrientationStatus(s)].capitalize() for s in statuses], "Total"]
    return Table("Orientations", "Orientations par axe du partenaire et statut", headers, out,
                 count_columns=set(range(1, len(statuses) + 2)))


def write_report_xlsx(report: AnnualReport, path: Path) -> Path:
    return write_xlsx(report.exported_tables(), path, title=f"{report.network} — rapport {report.year}")


def write_report_pdf(report: AnnualReport, path: Path) -> Path:
    """A4 PDF: cover figures, charts, then every table (masked)."""
    from reportlab.graphics.charts.barcharts import VerticalBarChart
    from reportlab.graphics.charts.legends import Legend
    from reportlab.graphics.shapes import Drawing, String
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.lib.units import cm
    from reportlab.platypus import KeepTogether, PageBreak, Paragraph, SimpleDocTemplate, Spacer, TableStyle
    from reportlab.platypus import Table as PdfTable

    styles = getSampleStyleSheet()
    story: list[Any] = []
    generated = to_local(report.generated_at).strftime("%d/%m/%Y à %H:%M")
    story.append(Paragraph(f"{report.network}", styles["Title"]))
    story.append(Paragraph(f"Rapport statistique annuel {report.year}", styles["Heading1"]))
    story.append(Paragraph(
        f"Produit le {generated} par relais-desk à partir des recensements nocturnes. Les effectifs "
        f"inférieurs à {report.mask_threshold} sont masqués dans les tableaux (« &lt; {report.mask_threshold} ») "
        "afin qu'aucune personne ne puisse être reconnue.", styles["Normal"]))
    story.append(Spacer(1, 0.5 * cm))
    h = report.headline
    key = [["Nuitées", cell_text(h["bed_nights"])],
           ["Taux d'occupation", cell_text(h["occupancy_rate"], percent=True)],
           ["Personnes distinctes", cell_text(h["distinct_persons"])],
           ["Appels", cell_text(h["calls"])],
           ["Orientations", cell_text(h["orientations"])],
           ["Refus faute de place", cell_text(h["refusals"])]]
    kt = PdfTable(key, colWidths=[7 * cm, 5 * cm])
    kt.setStyle(TableStyle([("FONTSIZE", (0, 0), (-1, -1), 12), ("FONTNAME", (1, 0), (1, -1), "Helvetica-Bold"),
                            ("ALIGN", (1, 0), (1, -1), "RIGHT"), ("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.grey),
                            ("TOPPADDING", (0, 0), (-1, -1), 5), ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
    story.append(kt)
    story.append(Spacer(1, 0.6 * cm))

    def bar_chart(title: str, labels: list[str], series: list[list[float]], names: list[str],
                  palette: list[Any], percent: bool = False) -> Drawing:
        d = Drawing(17 * cm, 7.5 * cm)
        d.add(String(0, 7.1 * cm, title, fontName="Helvetica-Bold", fontSize=11))
        chart = VerticalBarChart()
        chart.x, chart.y, chart.width, chart.height = 1.5 * cm, 1.2 * cm, 14.5 * cm, 5.2 * cm
        chart.data = series or [[0]]
        chart.categoryAxis.categoryNames = labels or [""]
        chart.categoryAxis.labels.fontSize = 7
        chart.categoryAxis.labels.angle = 0
        chart.valueAxis.valueMin = 0
        chart.valueAxis.labels.fontSize = 7
        if percent:
            chart.valueAxis.valueMax = 100
            chart.valueAxis.labelTextFormat = "%d %%"
        if len(series) > 1:
            chart.categoryAxis.style = "stacked"
        for i, color in enumerate(palette[: len(series)]):
            chart.bars[i].fillColor = color
            chart.bars[i].strokeColor = None
        d.add(chart)
        if len(names) > 1:
            legend = Legend()
            legend.x, legend.y = 1.5 * cm, 0.35 * cm
            legend.alignment = "right"
            legend.columnMaximum = 1
            legend.fontSize = 7
            legend.dx = legend.dy = 6
            legend.colorNamePairs = list(zip(palette, names, strict=False))
            d.add(legend)
        return d

    months = [stats.MONTHS_SHORT_FR[m["month"].month - 1] for m in report.monthly]
    blue, orange = colors.HexColor("#2f6690"), colors.HexColor("#d1495b")
    story.append(bar_chart("Nuitées par mois", months, [[m["bed_nights"] for m in report.monthly]], ["Nuitées"],
                           [blue]))
    story.append(bar_chart("Taux d'occupation par mois (%)", months,
                           [[round((m["rate"] or 0) * 100, 1) for m in report.monthly]], ["Taux"], [blue],
                           percent=True))
    palette = [orange, colors.HexColor("#edae49"), colors.HexColor("#00798c"), colors.HexColor("#888888")]
    story.append(bar_chart(
        "Refus faute de place par mois et motif",
        [stats.MONTHS_SHORT_FR[m.month - 1] for m, _ in report.refusals_monthly],
        [[v[k] for _, v in report.refusals_monthly] for k in REASON_LABELS], list(REASON_LABELS.values()), palette))
    story.append(PageBreak())
    cell_style = styles["BodyText"].clone("cell", fontSize=7.5, leading=9)
    number_style = cell_style.clone("number", alignment=2)  # right-aligned
    for table in report.exported_tables():
        if table.sheet == "Chiffres clés":
            continue
        data = [[Paragraph(f"<b>{h}</b>", cell_style) for h in table.headers]]
        for row in table.rows:
            data.append([Paragraph(cell_text(v, percent=i in table.percent_columns),
                                   number_style if isinstance(v, int | float) or str(v).startswith("<") else cell_style)
                         for i, v in enumerate(row)])
        if len(data) == 1:
            data.append([Paragraph("Aucune donnée pour cette année.", cell_style)] + [""] * (len(table.headers) - 1))
        pdf_table = PdfTable(data, repeatRows=1, hAlign="LEFT")
        pdf_table.setStyle(TableStyle([
            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde7f0")),
            ("GRID", (0, 0), (-1, -1), 0.25, colors.HexColor("#b0b8c0")),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ]))
        story.append(KeepTogether([Paragraph(table.title, styles["Heading2"])]))
        story.append(pdf_table)
        story.append(Spacer(1, 0.4 * cm))

    def footer(canvas: Any, doc: Any) -> None:
        canvas.saveState()
        canvas.setFont("Helvetica", 8)
        canvas.drawString(2 * cm, 1.2 * cm, f"{report.network} — rapport {report.year}")
        canvas.drawRightString(19 * cm, 1.2 * cm, f"page {doc.page}")
        canvas.restoreState()

    path = Path(path)
    doc = SimpleDocTemplate(str(path), pagesize=A4, title=f"Rapport statistique {report.year}",
                            author=report.network, leftMargin=2 * cm, rightMargin=2 * cm, topMargin=1.8 * cm,
                            bottomMargin=2 * cm)
    doc.build(story, onFirstPage=footer, onLaterPages=footer)
    return path
