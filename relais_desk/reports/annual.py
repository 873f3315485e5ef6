"""The annual statistical report of the network: headline figures, tables and charts, in French.

Every bed and refusal figure is a sum over the year's closed nights (`stats.closed_totals` is the check);
calls, persons and orientations are counted by their Brussels calendar date. The definitions of every
headline figure are part of the report (`DEFINITIONS`): a page of the PDF and a sheet of the XLSX.
PDF with reportlab (the core never imports Qt, and the report must run headless from the CLI);
XLSX with one sheet per table.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from relais_desk.domain.enums import OrientationStatus
from relais_desk.domain.labels import (
    CALLERS,
    CHANNELS,
    NEEDS,
    ORIENTATION_STATUSES,
    OUTCOMES,
    PARTNER_KINDS,
    REFUSAL_REASONS,
    Labels,
)
from relais_desk.domain.nights import to_local, utcnow
from relais_desk.reports import annual_masking, masking
from relais_desk.reports.tables import Table, cell_text, write_xlsx
from relais_desk.services import closed_nights, stats
from relais_desk.services.errors import InvalidValue, NoData
from relais_desk.store import files
from relais_desk.store.database import Database

Progress = Callable[[int, str], None]  # percent, French step name
# refusal reason code → its French name (the one table, `domain.labels`), in the report's column order
REASON_LABELS = {code: REFUSAL_REASONS.fr(code) for code in REFUSAL_REASONS.codes()}
# the keys of `refusals_by_reason` in the JSON headline (a contract with whoever reads it)
REASON_KEYS = {"saturation": "saturation", "quota_depasse": "quota", "profil_non_accueilli": "profil",
               "autre": "autre"}


def definitions(mask_threshold: int) -> list[tuple[str, str]]:
    """What each headline figure means, in French: the report's definitions page and sheet."""
    return [
        ("Année", "Les appels, les personnes et les orientations sont comptés selon leur date à Bruxelles, du "
                  "1er janvier 0 h au 31 décembre 24 h. Les nuits sont comptées selon la date du soir où elles "
                  "commencent : la nuit du 31 décembre appartient à l'année qui se termine."),
        ("Nuit clôturée", "Une nuit est clôturée le lendemain à midi (heure de Bruxelles). Ses chiffres "
                          "définitifs sont écrits une seule fois : lits occupés à la clôture, lits hors service, "
                          "capacité, arrivées, absences, orientations reçues et refus de la nuit, quelle que soit "
                          "l'heure à laquelle ils ont été encodés avant la clôture. Le recensement de 23 h reste "
                          "une photographie de la soirée ; il ne sert pas au rapport."),
        ("Nuitées", "Somme, sur les nuits clôturées et communiquées, des lits occupés à la clôture."),
        ("Nuits non communiquées", "Abri × catégorie de lits dont personne n'a mis à jour les lits occupés "
                                   "pendant la nuit : l'occupation est inconnue (ni 0, ni pleine). Ces nuits "
                                   "sont exclues des nuitées et des taux, et comptées à part, par abri."),
        ("Lits-nuits financés", "Somme des capacités (base et plan hiver), sur les nuits communiquées."),
        ("Taux d'occupation", "Nuitées ÷ lits-nuits financés des nuits communiquées (lits hors service "
                              "compris au dénominateur)."),
        ("Taux d'occupation des lits disponibles", "Nuitées ÷ (lits-nuits financés − lits-nuits hors service) "
                                                    "des nuits communiquées."),
        ("Personnes distinctes", "Personnes pseudonymes distinctes ayant eu au moins un contact dans l'année : "
                                 "appel, orientation, réservation d'un lit ou refus (à la porte d'un abri "
                                 "aussi). Les contacts anonymes (appels sans personne, refus à la porte sans "
                                 "personne) ne peuvent pas être dédoublonnés : ils sont comptés à part."),
        ("Refus", "Tous les refus de la nuit, tous motifs confondus, comptés comme événements. « Faute de "
                  "place » désigne la saturation seule ; les refus pour quota dépassé, profil non accueilli "
                  "et autre motif sont montrés à part. Un refus retiré (encodé par erreur et retiré avant "
                  "la clôture de la nuit) ne compte nulle part, ni comme refus ni comme contact."),
        ("Personnes-nuits refusées", "Couples (personne, nuit) distincts ayant eu au moins un refus ; un refus "
                                     "sans personne compte pour une personne-nuit."),
        ("Arrivées", "Personnes orientées arrivées à l'abri, une fois par personne et par nuit (une personne "
                     "arrivée deux fois la même nuit compte une fois) ; une arrivée sans personne compte une "
                     "fois."),
        ("Absences", "Réservations non honorées (la personne n'est pas venue avant l'heure limite)."),
        ("Masquage", masking.rule_fr(mask_threshold)),
    ]


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
    provisional: bool = False  # the year is not over: its figures will still change
    published: list[Table] = field(default_factory=list)  # the tables as every output shows them: masked
    suppression: masking.Suppression | None = None

    def exported_tables(self) -> list[Table]:
        return self.published

    def refusal_chart(self) -> tuple[list[str], list[list[int]]]:
        """What the PDF's refusal bars are drawn from: the published (masked) *Refus* table."""
        short = {f"{stats.MONTHS_FR[m.month - 1]} {m.year}": stats.MONTHS_SHORT_FR[m.month - 1]
                 for m, _ in self.refusals_monthly}
        refus = next(t for t in self.published if t.sheet == "Refus")
        return annual_masking.refusal_chart(refus, list(REASON_LABELS), short)

    def definitions_table(self) -> Table:
        return Table("Définitions", f"Définitions des chiffres du rapport {self.year}", ["Chiffre", "Définition"],
                     [list(d) for d in definitions(self.mask_threshold)])


def _rate(num: int, den: int) -> float | None:
    return num / den if den > 0 else None


def check_year(db: Database, year: int) -> None:
    """A year the report can be built for: valid, with a closed night or a call (else `NoData`, one sentence)."""
    if isinstance(year, bool) or not isinstance(year, int) or not 2000 <= year <= 2200:
        raise InvalidValue(f"Année invalide : « {str(year)[:10]} ».", field="year")
    if not stats.has_data(db, stats.Filters(date(year, 1, 1), date(year, 12, 31))):
        raise NoData(f"Aucune donnée pour l'année {year} : ni nuit clôturée ni appel.", field="year", year=year)


def build_annual(db: Database, year: int, *, mask_threshold: int | None = None,
                 progress: Progress | None = None, now: datetime | None = None) -> AnnualReport:
    """Compute the report of `year` (nights of 1 January to 31 December, calls by their Brussels date)."""
    from relais_desk.services import settings

    check_year(db, year)
    step = progress or (lambda _p, _s: None)
    with db.read() as session:
        network = settings.get(session, "network_name")
        network_threshold = settings.mask_threshold(session)
    threshold = check_mask(mask_threshold, network_threshold)
    f = stats.Filters(date(year, 1, 1), date(year, 12, 31))
    step(5, "Nuits clôturées")
    totals = stats.closed_totals(db, f)
    calls = stats.calls_by_each(db, f)  # one reading of the year's calls for the four tables
    by_channel = calls["channel"]
    monthly = stats.bed_nights_by_month(db, f)
    step(25, "Occupation")
    by_shelter = stats.occupancy_by_shelter_category(db, f)
    step(40, "Refus")
    refusals = stats.refusals_by_month(db, f)
    step(55, "Appels")
    by_caller, by_need, by_outcome = calls["caller_type"], calls["needs"], calls["outcome"]
    heatmap = stats.calls_heatmap(db, f)
    step(70, "Orientations")
    orient = stats.orientations_by_axis(db, f)
    persons = stats.distinct_persons(db, f)
    anonymous = stats.anonymous_contacts(db, f)
    step(80, "Mise en page")
    calls_total = sum(by_channel.values())
    available = totals["capacity_nights"] - totals["unavailable_nights"]
    headline = {
        "year": year,
        "bed_nights": totals["bed_nights"],
        "capacity_nights": totals["capacity_nights"],
        "occupancy_rate": _rate(totals["bed_nights"], totals["capacity_nights"]),
        "occupancy_rate_available": _rate(totals["bed_nights"], available),
        "nights_not_reported": totals["nights_not_reported"],
        "distinct_persons": persons,
        "anonymous_contacts": anonymous,
        "calls": calls_total,
        "orientations": sum(r["count"] for r in orient),
        "refusals": totals["refusals"],
        "refusals_by_reason": {REASON_KEYS[r]: totals[f"refusals_{r}"] for r in REASON_LABELS},
        "refusal_person_nights": totals["refusal_person_nights"],
        "arrivals": totals["arrivals"],
        "no_shows": totals["no_shows"],
    }
    moment_now = now or utcnow()
    # until the night of 31 December is closed, the year's figures still move
    provisional = closed_nights.last_closed_night(moment_now) < date(year, 12, 31)
    reasons = headline["refusals_by_reason"]
    tables = [
        Table("Chiffres clés", f"Chiffres clés {year}" + (" (chiffres provisoires)" if provisional else ""),
              ["Indicateur", "Valeur"], [
            ["Nuitées (lits occupés à la clôture × nuits)", headline["bed_nights"]],
            ["Lits-nuits financés (nuits communiquées)", headline["capacity_nights"]],
            ["Taux d'occupation", headline["occupancy_rate"]],
            ["Taux d'occupation des lits disponibles", headline["occupancy_rate_available"]],
            ["Nuits non communiquées (abri × catégorie)", headline["nights_not_reported"]],
            ["Personnes distinctes (pseudonymes)", headline["distinct_persons"]],
            ["Contacts anonymes", headline["anonymous_contacts"]],
            ["Appels à l'urgence sociale", headline["calls"]],
            ["Orientations", headline["orientations"]],
            ["Refus (tous motifs)", headline["refusals"]],
            ["Refus faute de place (saturation)", reasons["saturation"]],
            ["Refus pour quota dépassé", reasons["quota"]],
            ["Refus pour profil non accueilli", reasons["profil"]],
            ["Refus pour autre motif", reasons["autre"]],
            ["Personnes-nuits refusées", headline["refusal_person_nights"]],
            ["Arrivées (personnes-nuits)", headline["arrivals"]],
            ["Absences (réservations non honorées)", headline["no_shows"]],
        ], percent_columns={1}),
        Table("Occupation", "Occupation par abri et catégorie (nuits clôturées)",
              ["Abri", "Catégorie", "Nuits clôturées", "Nuits non communiquées", "Nuitées", "Lits-nuits financés",
               "Taux d'occupation", "Taux (lits disponibles)", "Arrivées", "Absences", "Refus à l'abri"],
              [[r["shelter"], r["category"], r["nights"], r["not_reported"], r["bed_nights"], r["capacity_nights"],
                r["rate"], r["rate_available"], r["arrivals"], r["no_shows"], r["refusals"]] for r in by_shelter]
              + [["Total", "", sum(r["nights"] for r in by_shelter), totals["nights_not_reported"],
                  totals["bed_nights"], totals["capacity_nights"], headline["occupancy_rate"],
                  headline["occupancy_rate_available"], totals["arrivals"], totals["no_shows"],
                  totals["refusals_at_shelters"]]],
              count_columns={8, 9, 10}, percent_columns={6, 7}),
        Table("Nuitées par mois", "Nuitées par mois",
              ["Mois", "Nuitées", "Lits-nuits financés", "Taux", "Nuits non communiquées"],
              [[f"{stats.MONTHS_FR[r['month'].month - 1]} {r['month'].year}", r["bed_nights"], r["capacity_nights"],
                r["rate"], r["not_reported"]] for r in monthly]
              + [["Total", totals["bed_nights"], totals["capacity_nights"], headline["occupancy_rate"],
                  totals["nights_not_reported"]]], percent_columns={3}),
        Table("Refus", "Refus par mois, catégorie et motif (tous les refus de chaque nuit)",
              ["Mois", "Catégorie", *REASON_LABELS.values(), "Total"],
              [[f"{stats.MONTHS_FR[r['month'].month - 1]} {r['month'].year}", r["category"],
                *[r[k] for k in REASON_LABELS], r["total"]] for r in refusals]
              + [["Total", "", *[totals[f"refusals_{k}"] for k in REASON_LABELS], totals["refusals"]]],
              count_columns={2, 3, 4, 5, 6}),
        _refusals_by_shelter_table(by_shelter, totals),
        _count_table("Appels par canal", "Appels par canal", "Canal", by_channel, CHANNELS),
        _count_table("Appels par appelant", "Appels par type d'appelant", "Appelant", by_caller, CALLERS),
        _count_table("Appels par besoin", "Besoins exprimés (un appel peut en avoir plusieurs)", "Besoin",
                     by_need, NEEDS),
        _count_table("Appels par suite", "Appels par suite donnée", "Suite", by_outcome, OUTCOMES),
        _orientation_table(orient),
    ]
    refusals_monthly: dict[date, dict[str, int]] = {}
    for r in refusals:
        month = refusals_monthly.setdefault(r["month"], dict.fromkeys(REASON_LABELS, 0))
        for k in REASON_LABELS:
            month[k] += r[k]
    model, layout = annual_masking.build_model(tables, headline, list(REASON_LABELS))
    suppression = model.suppress(threshold)
    step(90, "Terminé")
    return AnnualReport(year, network, moment_now, threshold, headline, tables, monthly,
                        sorted(refusals_monthly.items()), heatmap, provisional,
                        annual_masking.masked_tables(tables, layout, suppression), suppression)


def check_mask(requested: int | None, network_threshold: int) -> int:
    """The threshold a report uses: the network's, or a stricter one asked for; never a weaker one."""
    if requested is None:
        return network_threshold
    if isinstance(requested, bool) or not isinstance(requested, int) or requested < network_threshold:
        raise InvalidValue(f"Seuil de masquage refusé : {str(requested)[:10]} est sous le seuil du réseau "
                           f"({network_threshold}) ; on peut masquer davantage, jamais moins.", field="mask",
                           minimum=network_threshold)
    return requested


def _refusals_by_shelter_table(by_shelter: list[dict[str, Any]], totals: dict[str, int]) -> Table:
    """Refusals per shelter, then those on no shelter's beds: the two add up to the total."""
    per: dict[str, int] = {}
    for r in by_shelter:
        per[r["shelter"]] = per.get(r["shelter"], 0) + r["refusals"]
    rows: list[list[Any]] = [[name, n] for name, n in per.items()]
    rows.append(["Sans abri désigné (appels, ou catégorie absente de l'abri)",
                 totals["refusals"] - totals["refusals_at_shelters"]])
    rows.append(["Total", totals["refusals"]])
    return Table("Refus par abri", "Refus par abri (tous motifs)", ["Abri", "Refus"], rows, count_columns={1})


def _count_table(sheet: str, title: str, label: str, counts: dict[str, int], labels: Labels) -> Table:
    total = sum(counts.values())
    # shares in whole percent, and masked with their count (`annual_masking.masked_tables` recomputes them)
    rows = [[labels.fr(k), n, masking.share(n, total)] for k, n in counts.items()]
    rows.append(["Total", total, masking.share(total, total)])
    return Table(sheet, title, [label, "Appels", "Part"], rows, count_columns={1}, percent_columns={2})


def _orientation_table(rows: list[dict[str, Any]]) -> Table:
    statuses = [s.value for s in OrientationStatus]
    pivot: dict[str, dict[str, int]] = {}
    for r in rows:
        pivot.setdefault(r["axis"], dict.fromkeys(statuses, 0))[r["status"]] = r["count"]
    out = [[PARTNER_KINDS.fr(axis), *[counts[s] for s in statuses], sum(counts.values())]
           for axis, counts in sorted(pivot.items())]
    headers = ["Axe du partenaire", *[ORIENTATION_STATUSES.fr(s).capitalize() for s in statuses], "Total"]
    return Table("Orientations", "Orientations par axe du partenaire et statut", headers, out,
                 count_columns=set(range(1, len(statuses) + 2)))


def write_report_xlsx(report: AnnualReport, path: Path, *, overwrite: bool = False) -> Path:
    title = f"{report.network} — rapport {report.year}" + (" — chiffres provisoires" if report.provisional else "")
    return write_xlsx([*report.exported_tables(), report.definitions_table()], path, title=title,
                      overwrite=overwrite)


def write_report_pdf(report: AnnualReport, path: Path, *, overwrite: bool = False) -> Path:
    """A4 PDF: cover figures, charts, then every table (masked). Created 0600 (see `files.private_output`).

    Names typed by people (network, partners, categories) are escaped: reportlab's paragraphs are markup."""
    from xml.sax.saxutils import escape

    from reportlab.graphics.charts.barcharts import VerticalBarChart
    from reportlab.graphics.charts.legends import Legend
    from reportlab.graphics.shapes import Drawing, String
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.lib.units import cm
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, TableStyle
    from reportlab.platypus import Table as PdfTable

    styles = getSampleStyleSheet()
    story: list[Any] = []
    generated = to_local(report.generated_at).strftime("%d/%m/%Y à %H:%M")
    story.append(Paragraph(escape(report.network), styles["Title"]))
    story.append(Paragraph(f"Rapport statistique annuel {report.year}", styles["Heading1"]))
    if report.provisional:
        story.append(Paragraph("<b>Chiffres provisoires</b> : l'année n'est pas terminée (ou sa dernière nuit pas "
                               "encore clôturée) ; ces chiffres changeront encore.", styles["Heading3"]))
    story.append(Paragraph(
        f"Produit le {generated} par relais-desk à partir des nuits clôturées (les chiffres définitifs de chaque "
        f"nuit, écrits le lendemain à midi) et du journal des appels. Les effectifs inférieurs à "
        f"{report.mask_threshold} sont masqués dans les tableaux et les graphiques (« {masking.MASK_LABEL} »), avec "
        "d'autres cases choisies pour qu'ils ne puissent pas être recalculés, afin qu'aucune personne ne puisse "
        "être reconnue. Chaque chiffre est défini en page 2, la règle de masquage aussi.", styles["Normal"]))
    story.append(Spacer(1, 0.5 * cm))
    h = report.headline
    reasons = h["refusals_by_reason"]
    key = [["Nuitées", cell_text(h["bed_nights"])],
           ["Taux d'occupation", cell_text(h["occupancy_rate"], percent=True)],
           ["Taux d'occupation des lits disponibles", cell_text(h["occupancy_rate_available"], percent=True)],
           ["Nuits non communiquées", cell_text(h["nights_not_reported"])],
           ["Personnes distinctes", cell_text(h["distinct_persons"])],
           ["Contacts anonymes", cell_text(h["anonymous_contacts"])],
           ["Appels", cell_text(h["calls"])],
           ["Orientations", cell_text(h["orientations"])],
           ["Refus (tous motifs)", cell_text(h["refusals"])],
           ["dont faute de place (saturation)", cell_text(reasons["saturation"])],
           ["dont quota dépassé", cell_text(reasons["quota"])],
           ["dont profil non accueilli", cell_text(reasons["profil"])],
           ["dont autre motif", cell_text(reasons["autre"])],
           ["Personnes-nuits refusées", cell_text(h["refusal_person_nights"])],
           ["Arrivées", cell_text(h["arrivals"])],
           ["Absences", cell_text(h["no_shows"])]]
    kt = PdfTable(key, colWidths=[8 * cm, 5 * cm])
    kt.setStyle(TableStyle([("FONTSIZE", (0, 0), (-1, -1), 11), ("FONTNAME", (1, 0), (1, -1), "Helvetica-Bold"),
                            ("ALIGN", (1, 0), (1, -1), "RIGHT"), ("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.grey),
                            ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]))
    story.append(kt)
    story.append(PageBreak())
    story.append(Paragraph("Définitions", styles["Heading1"]))
    for term, text_fr in definitions(report.mask_threshold):
        story.append(Paragraph(f"<b>{term}.</b> {text_fr}", styles["BodyText"]))
        story.append(Spacer(1, 0.15 * cm))
    story.append(PageBreak())

    def bar_chart(title: str, labels: list[str], series: list[list[float]], names: list[str],
                  palette: list[Any], percent: bool = False) -> Drawing:
        d = Drawing(17 * cm, 7.5 * cm)
        d.add(String(0, 7.1 * cm, title, fontName="Helvetica-Bold", fontSize=11))
        chart = VerticalBarChart()
        chart.x, chart.y, chart.width, chart.height = 1.5 * cm, 1.2 * cm, 14.5 * cm, 5.2 * cm
        if not labels or not any(series):  # a year with calls but no closed night yet: an empty chart
            series, labels = [[0] for _ in series] or [[0]], [""]
        chart.data = series
        chart.categoryAxis.categoryNames = labels
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
    labels, series = report.refusal_chart()
    story.append(bar_chart("Refus par mois et motif (cases masquées non dessinées)", labels, series,
                           list(REASON_LABELS.values()), palette))
    if any(label.endswith("*") for label in labels):
        story.append(Paragraph(f"* Mois comprenant au moins un effectif masqué (« {masking.MASK_LABEL} ») : il n'est "
                               "pas dessiné, la barre montre les seuls effectifs publiés.", styles["Italic"]))
    story.append(PageBreak())
    table_heading = styles["Heading2"].clone("tableHeading", keepWithNext=1)
    for table in report.exported_tables():
        if table.sheet == "Chiffres clés":
            continue
        texts = [[f"{round(v * 100)} %" if table.headers[i] == "Part" and isinstance(v, float)
                  else cell_text(v, percent=i in table.percent_columns) for i, v in enumerate(row)]
                 for row in table.rows]
        size, widths = _pdf_column_widths(table.headers, texts, 17 * cm)
        cell_style = styles["BodyText"].clone("cell", fontSize=size, leading=size + 1.5)
        data = [[Paragraph(f"<b>{escape(h)}</b>", cell_style) for h in table.headers]]
        # a figure is a plain string, right-aligned (its column is as wide as its longest figure: it never wraps);
        # only names are paragraphs, which wrap: laying out thousands of paragraphs was most of the report's time
        for row, row_texts in zip(table.rows, texts, strict=True):
            data.append([text if isinstance(v, int | float) or v == masking.MASK_LABEL
                         else Paragraph(escape(text), cell_style) for v, text in zip(row, row_texts, strict=True)])
        if len(data) == 1:
            data.append([Paragraph("Aucune donnée pour cette année.", cell_style)] + [""] * (len(table.headers) - 1))
        pdf_table = PdfTable(data, colWidths=widths, repeatRows=1, hAlign="LEFT")
        pdf_table.setStyle(TableStyle([
            ("FONTNAME", (0, 1), (-1, -1), cell_style.fontName), ("FONTSIZE", (0, 1), (-1, -1), size),
            ("LEADING", (0, 1), (-1, -1), size + 1.5), ("ALIGN", (0, 1), (-1, -1), "RIGHT"),
            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde7f0")),
            ("GRID", (0, 0), (-1, -1), 0.25, colors.HexColor("#b0b8c0")),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), PDF_CELL_PADDING), ("RIGHTPADDING", (0, 0), (-1, -1), PDF_CELL_PADDING),
        ]))
        story.append(Paragraph(escape(table.title), table_heading))  # never alone at the foot of a page
        story.append(pdf_table)
        story.append(Spacer(1, 0.4 * cm))

    def footer(canvas: Any, doc: Any) -> None:
        canvas.saveState()
        canvas.setFont("Helvetica", 8)
        canvas.drawString(2 * cm, 1.2 * cm, f"{report.network} — rapport {report.year}")
        canvas.drawRightString(19 * cm, 1.2 * cm, f"page {doc.page}")
        canvas.restoreState()

    with files.private_output(path, overwrite=overwrite, field="out") as out:
        doc = SimpleDocTemplate(out, pagesize=A4, title=f"Rapport statistique {report.year}",
                                author=report.network, leftMargin=2 * cm, rightMargin=2 * cm, topMargin=1.8 * cm,
                                bottomMargin=2 * cm)
        doc.build(story, onFirstPage=footer, onLaterPages=footer)
    return Path(path)


PDF_CELL_PADDING = 3  # points, each side of a PDF table cell


def _pdf_column_widths(headers: list[str], rows: list[list[str]], available: float) -> tuple[float, list[float]]:
    """A font size and column widths for a PDF table: every column at least as wide as its longest word (bold in
    the header) and its longest figure, so that nothing is cut inside a word or a number; what is left goes to
    the columns of names. The font shrinks (down to 6 pt) when a wide table would not fit the page otherwise."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    def longest(texts: list[str], font: str, size: float) -> float:
        return max((stringWidth(word, font, size) for t in texts for word in t.split(" ") if word), default=0)

    columns = list(zip(*rows, strict=True)) if rows else [()] * len(headers)
    size = 7.5
    while True:
        need = [max(longest([h], "Helvetica-Bold", size), longest(list(col), "Helvetica", size)) + 2 * PDF_CELL_PADDING
                + 1 for h, col in zip(headers, columns, strict=True)]
        if sum(need) <= available or size <= 6:
            break
        size -= 0.5
    # the room left goes to the columns whose cells are longer than their longest word (names that would wrap;
    # a header may wrap between its words)
    full = [max((stringWidth(t, "Helvetica", size) for t in col), default=0) + 2 * PDF_CELL_PADDING + 1
            for col in columns]
    spare = max(available - sum(need), 0)
    wants = [max(f - n, 0) for f, n in zip(full, need, strict=True)]
    total_want = sum(wants)
    if total_want:
        need = [n + spare * min(w / total_want, 1) if total_want > spare else n + w
                for n, w in zip(need, wants, strict=True)]
    return size, need
