"""The bon d'orientation: what the person needs to get there, and nothing more about them.

Plain data plus an HTML rendering (the GUI prints it with Qt, the core never imports Qt).
A confidential address is never printed: only the partner's phone number.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from relais_desk.domain.enums import AccessWhat
from relais_desk.domain.models import BedCategory, Orientation, Partner
from relais_desk.domain.nights import to_local, utcnow
from relais_desk.services import access, settings
from relais_desk.services.actor import Actor
from relais_desk.services.errors import NotFound
from relais_desk.store.database import Database

DEFAULT_WHAT_TO_BRING = "Une pièce d'identité si vous en avez une, vos médicaments, ce bon d'orientation."


@dataclass(frozen=True)
class Slip:
    orientation_id: int
    network: str
    partner: str
    address: str  # empty when confidential
    city: str
    phone: str
    confidential: bool
    category_fr: str | None
    deadline_local: datetime | None
    alias: str | None
    what_to_bring: str
    issued_local: datetime
    opening_hours: str = ""  # canonical text of domain.opening_hours, "" when not given

    def deadline_text(self) -> str:
        if self.deadline_local is None:
            return ""
        return self.deadline_local.strftime("%d/%m/%Y à %H:%M").replace(":", "h")


def slip(db: Database, orientation_id: int, *, actor: Actor, source: str, alias: str | None = None,
         now: datetime | None = None) -> Slip:
    """The slip of an orientation (its person's alias is a logged read, what = slip); `alias` names the person
    when the orientation has none yet (a call being taken: the person is saved with the call)."""
    from relais_desk.services import lookup

    source = access.source_text(source)
    orientation_id = lookup.row_id(orientation_id, "orientation", "Orientation")
    with db.write() as session:
        row = session.execute(
            select(Orientation.id, Orientation.deadline, Partner, BedCategory.label_fr)
            .join(Partner, Partner.id == Orientation.partner_id)
            .outerjoin(BedCategory, BedCategory.id == Orientation.category_id)
            .where(Orientation.id == orientation_id)
        ).first()
        if row is None:
            raise NotFound.of("row_not_found", field="orientation", what="Orientation", ref=orientation_id)
        o, p, category = row, row[2], row[3]
        saved_alias = access.read_orientations(session, actor, [orientation_id], what=AccessWhat.SLIP,
                                               source=source).get(orientation_id, (None, ""))[0]
        network = settings.get(session, "network_name")
    return Slip(
        orientation_id=o.id, network=network, partner=p.name,
        address="" if p.confidential_address else p.address, city=p.city, phone=p.phone,
        confidential=p.confidential_address, category_fr=category,
        deadline_local=to_local(o.deadline) if o.deadline else None,
        alias=saved_alias or (lookup.text(alias, "alias", max_len=80, label="Pseudonyme") if alias else None),
        what_to_bring=p.what_to_bring or DEFAULT_WHAT_TO_BRING, issued_local=to_local(now or utcnow()),
        opening_hours=p.opening_hours,
    )


def names_town(address: str, town: str) -> bool:
    """Whether the address already ends with the town (« Chaussée de Namur 12 » does not name Namur)."""
    return bool(town) and re.search(rf"\b{re.escape(town)}\s*$", address, re.IGNORECASE) is not None


def slip_html(s: Slip) -> str:
    """The slip as simple HTML (what QTextDocument renders well), in French."""
    e = html.escape
    city_too = s.city and not names_town(s.address, s.city)  # « rue Léopold 59, La Louvière »
    where = (e(s.address) + (f"<br/>{e(s.city)}" if city_too else "") if s.address else
             f"Adresse communiquée par téléphone : <b>{e(s.phone) or 'voir l’urgence sociale'}</b>"
             if s.confidential else e(s.city))
    lines = [
        f"<h2 style='margin-bottom:0'>Bon d'orientation</h2><p style='color:#555'>{e(s.network)}</p>",
        "<table cellpadding='6' style='font-size:12pt'>",
        f"<tr><td><b>Pour</b></td><td>{e(s.alias) if s.alias else 'la personne orientée'}</td></tr>",
        f"<tr><td><b>Lieu</b></td><td><b style='font-size:15pt'>{e(s.partner)}</b><br/>{where}</td></tr>",
    ]
    if s.phone and not s.confidential:
        lines.append(f"<tr><td><b>Téléphone</b></td><td>{e(s.phone)}</td></tr>")
    if s.opening_hours:
        lines.append(f"<tr><td><b>Horaires</b></td><td>{e(s.opening_hours)}</td></tr>")
    if s.category_fr:
        lines.append(f"<tr><td><b>Place</b></td><td>{e(s.category_fr)}</td></tr>")
    if s.deadline_local:
        lines.append(f"<tr><td><b>Arriver avant</b></td><td><b style='font-size:15pt'>{e(s.deadline_text())}"
                     "</b><br/>Après cette heure, la place peut être donnée à quelqu'un d'autre.</td></tr>")
    lines.append(f"<tr><td><b>À apporter</b></td><td>{e(s.what_to_bring)}</td></tr>")
    lines.append("</table>")
    lines.append(f"<p style='color:#555;font-size:9pt'>Bon n° {s.orientation_id}, remis le "
                 f"{s.issued_local.strftime('%d/%m/%Y à %H:%M').replace(':', 'h')}.</p>")
    return "\n".join(lines)
