"""The demo network itself: partners, bed categories, capacities (with plan hiver), accounts, and what
its simulated history starts from."""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from datetime import time as clock
from typing import Any

from sqlalchemy import func, insert, select

from relais_desk.domain.enums import (
    LedgerAction,
    PartnerKind,
    Role,
)
from relais_desk.domain.models import (
    AppUser,
    Capacity,
    Partner,
)
from relais_desk.domain.nights import night_of, to_utc, utcnow
from relais_desk.services import (
    partners,
    settings,
    users,
)
from relais_desk.services.actor import Actor
from relais_desk.services.errors import Conflict, InvalidValue
from relais_desk.store import ledger
from relais_desk.store.database import Database
from relais_desk.store.sql import catch_up_ids

Progress = Callable[[str], None]
ACTOR = Actor.system("démo")
MAX_YEARS, MAX_SHELTERS = 20, 500

CITIES = ["Charleroi", "Mons", "La Louvière", "Namur", "Liège", "Verviers", "Tournai", "Seraing", "Mouscron",
          "Châtelet", "Binche", "Frameries", "Quaregnon", "Boussu", "Huy", "Dinant", "Arlon", "Nivelles"]
STREETS = ["rue de la Montagne", "rue du Pont-Neuf", "boulevard Tirou", "rue de Dampremy", "rue des Juifs",
           "rue de Nimy", "rue de Bertaimont", "place du Manège", "rue Léopold", "rue de la Station",
           "rue du Moulin", "avenue de l'Europe", "rue Saint-Jean", "quai de Flandre", "rue des Carmes",
           "rue Puissant", "rue de Marcinelle", "chaussée de Bruxelles", "rue du Collège", "rue Grande"]
SHELTER_NAMES = ["Abri de nuit", "Maison d'accueil", "Le Relais", "Asile de nuit", "Dorlodot", "La Traversée",
                 "Le Tremplin", "Les Trois Pommiers", "L'Escale", "Le Phare", "La Passerelle", "Le Rebond",
                 "Saint-Vincent", "La Main tendue", "Le Foyer", "L'Étape"]
OTHER_PARTNERS = {
    PartnerKind.URGENCE_SOCIALE: ["Dispositif d'urgence sociale (DUS)"],
    PartnerKind.ACCUEIL_DE_JOUR: ["Comptoir", "Accueil de jour", "Le Rencart", "Solidarité jour"],
    PartnerKind.TRAVAIL_DE_RUE: ["Équipe de rue", "Travail de rue", "Maraude"],
    PartnerKind.AIDE_ALIMENTAIRE: ["Restaurant social", "Resto du cœur", "Épicerie sociale"],
    PartnerKind.LOGEMENT: ["Housing First", "Capteur logement", "Agence immobilière sociale"],
    PartnerKind.SANTE: ["Relais santé", "Maison médicale", "Infirmerie de rue"],
}

# Plausible hours per axis (domain.opening_hours): night shelters open in the evening, day centres in the day,
# several services closed at weekends, the hotline round the clock.
OPENING_HOURS = {
    PartnerKind.ACCUEIL_DE_NUIT: ["tous les jours 20:00-08:00", "tous les jours 19:30-08:30",
                                  "tous les jours 21:00-07:30", "lun-ven 20:00-08:00 ; sam-dim 18:00-10:00"],
    PartnerKind.URGENCE_SOCIALE: ["24h/24"],
    PartnerKind.ACCUEIL_DE_JOUR: ["lun-ven 09:00-16:00 ; sam-dim fermé", "tous les jours 09:00-16:00",
                                  "lun-ven 08:30-12:00, 13:00-16:30 ; sam 09:00-12:00 ; dim fermé"],
    PartnerKind.TRAVAIL_DE_RUE: ["lun-ven 10:00-18:00 ; sam-dim fermé", "tous les jours 19:00-23:00"],
    PartnerKind.AIDE_ALIMENTAIRE: ["lun-ven 11:30-14:00 ; sam-dim fermé", "mar, jeu 14:00-17:00"],
    PartnerKind.LOGEMENT: ["lun-ven 09:00-12:00, 13:00-16:00 ; sam-dim fermé"],
    PartnerKind.SANTE: ["lun-ven 09:00-17:00 ; sam-dim fermé", "lun-ven 08:00-19:00 ; sam 09:00-12:00 ; dim fermé"],
}


def _hours(kind: PartnerKind, name: str) -> str:
    """The partner's demo hours, from its name (a random of its own: the demo's other draws stay the same)."""
    return random.Random(f"heures {name}").choice(OPENING_HOURS[kind])


# The demo's passwords pass the password policy like any other (README lists them).
DEMO_LOGINS = [("admin", Role.ADMIN, "demo-admin-comptes"),
               ("coordination", Role.COORDINATION, "demo-coord-rapport"),
               ("operateur", Role.OPERATEUR, "demo-oper-ligne-24")]
DEMO_SHELTER_PASSWORD = "demo-abri-lits-libres"


@dataclass
class DemoSummary:
    partners: int = 0
    shelters: int = 0
    nights: int = 0
    calls: int = 0
    orientations: int = 0
    refusals: int = 0
    ledger_rows: int = 0
    census_rows: int = 0
    closed_rows: int = 0
    seconds: float = 0.0
    # SQLite: the thread writing the history, busy; the history waiting for it (0: computing was the slower side)
    write_busy_s: float = 0.0
    write_wait_s: float = 0.0
    logins: list[tuple[str, str, str]] = field(default_factory=list)

    def as_json(self) -> dict[str, Any]:
        return {k: getattr(self, k) for k in ("partners", "shelters", "nights", "calls", "orientations",
                                             "refusals", "ledger_rows", "census_rows", "closed_rows", "seconds")} | {
            "logins": [{"username": u, "role": r, "password": p} for u, r, p in self.logins]}


@dataclass
class Pair:
    """One shelter × category and its simulated state across nights."""

    partner_id: int
    category_id: int
    base: int
    winter: int
    level: float  # how full this shelter tends to be
    unavailable: int = 0
    unavailable_reason: str = ""
    unavailable_until: date | None = None
    last_state: dict[str, Any] | None = None  # the counts of the latest night that has a row (carried over)
    last_night: date | None = None
    stale_from: date | None = None  # staff stopped updating (tonight's stale shelters)


def in_winter(night: date) -> bool:
    """Plan hiver: 15 November to 31 March."""
    return (night.month, night.day) >= (11, 15) or night.month <= 3


def check_arguments(years: object, shelters: object, seed: object) -> tuple[int, int, int]:
    def whole(value: object, name: str, lo: int, hi: int, label: str) -> int:
        if isinstance(value, bool) or not isinstance(value, int) or not lo <= value <= hi:
            raise InvalidValue(f"{label} : un nombre entier de {lo} à {hi}.", field=name)
        return value

    return (whole(years, "years", 0, MAX_YEARS, "--years"), whole(shelters, "shelters", 1, MAX_SHELTERS, "--shelters"),
            whole(seed, "seed", 0, 2**31 - 1, "--seed"))


def has_network(db: Database) -> bool:
    with db.read() as session:
        return session.execute(select(func.count(Partner.id))).scalar_one() > 0



@dataclass
class Network:
    """The demo network once written (partners, capacities, accounts), and what its history starts from."""

    rng: random.Random
    years: int
    shelters: int
    now: datetime
    first: date
    tonight: date
    pairs: list[Pair]
    category_ids: dict[str, int]
    other_ids: dict[PartnerKind, list[int]]
    operator_id: int
    summary: DemoSummary


def network(db: Database, *, seed: int = 1, years: int = 2, shelters: int = 12, now: datetime | None = None,
            progress: Progress | None = None) -> Network:
    """Write the demo network into an empty database, without any night of history."""
    years, shelters, seed = check_arguments(years, shelters, seed)
    if has_network(db):
        raise Conflict("La base contient déjà un réseau : la démo ne s'écrit que dans une base vide "
                       "(utilisez --if-empty pour ne rien faire dans ce cas).", field="db")
    say = progress or (lambda _msg: None)
    rng = random.Random(seed)
    now = now or utcnow()
    tonight = night_of(now)
    first = tonight - timedelta(days=round(years * 365.25))
    known_since = to_utc(datetime.combine(first - timedelta(days=1), clock(9, 0)))
    summary = DemoSummary()

    say("Réseau et catégories…")
    settings.set_value(db, "network_name", "Relais social de Charleroi (démo)", actor=ACTOR)  # ledgered as any change
    category_ids = {}
    for code, fr, en, order in (("hommes", "Hommes", "Men", 1), ("femmes", "Femmes", "Women", 2),
                                ("familles", "Familles", "Families", 3), ("mineurs", "Mineurs", "Minors", 4),
                                ("mixte", "Mixte", "Mixed", 5)):
        category_ids[code] = partners.add_category(db, code=code, label_fr=fr, label_en=en, actor=ACTOR,
                                                   sort_order=order)
    shelter_rows, other_rows = _partners(rng, shelters, known_since)
    partner_rows = [{"id": i, **partners.partner_values(p), "created_at": known_since}
                    for i, p in enumerate(shelter_rows + other_rows, start=1)]
    with db.write() as session:
        conn = session.connection()
        conn.execute(insert(Partner), partner_rows)
        ledger.append_many(conn, [
            ledger.entry(action=LedgerAction.PARTNER_SAVED, entity="partner", entity_id=p["id"], user_id=None,
                         at=known_since, after={k: v for k, v in p.items() if k not in ("id", "created_at")},
                         partner_id=p["id"]) for p in partner_rows])
        catch_up_ids(conn, [Partner])
    ids = {p["name"]: p["id"] for p in partner_rows}
    summary.partners, summary.shelters = len(shelter_rows) + len(other_rows), len(shelter_rows)
    shelter_ids = [ids[p["name"]] for p in shelter_rows]
    other_ids = {kind: [ids[p["name"]] for p in other_rows if p["kind"] == kind.value] for kind in PartnerKind}

    pairs, capacity_rows = _capacities(rng, shelter_ids, category_ids, first, tonight, known_since)
    capacity_rows = [{"id": i, **c} for i, c in enumerate(capacity_rows, start=1)]
    with db.write() as session:
        conn = session.connection()
        conn.execute(insert(Capacity), capacity_rows)
        ledger.append_many(conn, [
            ledger.entry(action=LedgerAction.CAPACITY_SET, entity="capacity", entity_id=c["id"], user_id=None,
                         at=known_since, after=partners.capacity_dict(Capacity(**c)), partner_id=c["partner_id"],
                         category_id=c["category_id"]) for c in capacity_rows])
        catch_up_ids(conn, [Capacity])
    say("Comptes de démonstration…")
    for username, role, password in DEMO_LOGINS:
        users.add_user(db, username=username, role=role.value, password=password, actor=ACTOR,
                       display_name=username.capitalize())
        summary.logins.append((username, role.value, password))
    names = {v: k for k, v in ids.items()}
    for i, sid in enumerate(shelter_ids[:3], start=1):
        users.add_user(db, username=f"abri{i}", role="abri", password=DEMO_SHELTER_PASSWORD, shelter=sid, actor=ACTOR,
                       display_name=f"Accueil {names[sid]}")
        summary.logins.append((f"abri{i}", f"abri ({names[sid]})", DEMO_SHELTER_PASSWORD))
    with db.read() as session:
        operator_id = session.execute(select(AppUser.id).where(AppUser.username == "operateur")).scalar_one()
    # Two shelters stop updating a while ago: tonight they show as stale.
    for pair in pairs:
        if pair.partner_id in shelter_ids[-2:]:
            pair.stale_from = tonight - timedelta(days=1)
    return Network(rng, years, shelters, now, first, tonight, pairs, category_ids, other_ids, operator_id, summary)


def _partners(rng: random.Random, shelters: int, at: datetime) -> tuple[list[dict], list[dict]]:
    """The network's shelters and other partners, as the fields partners.add_partner takes."""
    used: set[str] = set()
    shelter_rows = []
    for i in range(shelters):
        city = CITIES[i % len(CITIES)] if i < len(CITIES) else rng.choice(CITIES)
        for _ in range(100):
            name = f"{rng.choice(SHELTER_NAMES)} {rng.choice(['', 'de ', 'du Centre ', 'Nord ', 'Sud '])}{city}"
            name = re.sub(r"\bde ([AEIOUÉÈ])", r"d'\1", " ".join(name.split()))  # « d'Arlon », not « de Arlon »
            if name not in used:
                break
        else:
            name = f"Abri de nuit {city} {i + 1}"
        used.add(name)
        women = "Maison" in name and rng.random() < 0.5
        shelter_rows.append({
            "kind": PartnerKind.ACCUEIL_DE_NUIT.value, "name": name, "city": city,
            "address": f"{rng.choice(STREETS)} {rng.randint(1, 180)}, {city}",
            "phone": f"0{rng.choice(['71', '65', '64', '81', '4', '87', '69'])} {rng.randint(10, 99)} "
                     f"{rng.randint(10, 99)} {rng.randint(10, 99)}",
            "email": "", "confidential_address": women, "active": True,
            "quota_nights": 7 if rng.random() < 0.3 else None, "created_at": at,
            "what_to_bring": "Une pièce d'identité si possible, vos médicaments. Les animaux restent en laisse.",
            "opening_hours": _hours(PartnerKind.ACCUEIL_DE_NUIT, name),
        })
        if shelter_rows[-1]["quota_nights"]:
            shelter_rows[-1]["quota_days"] = 30
        else:
            shelter_rows[-1]["quota_days"] = None
    other_rows = []
    n_other = max(len(PartnerKind) - 1, shelters // 2)
    kinds = [k for k in PartnerKind if k != PartnerKind.ACCUEIL_DE_NUIT]
    for i in range(n_other):
        kind = kinds[i % len(kinds)]
        city = CITIES[i % len(CITIES)]
        base = rng.choice(OTHER_PARTNERS[kind])
        name = f"{base} – {city}"
        if name in used:
            name = f"{base} – {city} {i + 1}"
        used.add(name)
        other_rows.append({"kind": kind.value, "name": name, "city": city,
                           "address": f"{rng.choice(STREETS)} {rng.randint(1, 180)}, {city}",
                           "phone": f"0{rng.randint(60, 89)} {rng.randint(10, 99)} {rng.randint(10, 99)} "
                                    f"{rng.randint(10, 99)}", "email": "", "confidential_address": False,
                           "active": True, "quota_nights": None, "quota_days": None, "created_at": at,
                           "what_to_bring": "", "opening_hours": _hours(kind, name)})
    return shelter_rows, other_rows


def _capacities(rng: random.Random, shelter_ids: list[int], cats: dict[str, int], first: date, tonight: date,
                at: datetime) -> tuple[list[Pair], list[dict]]:
    pairs, rows = [], []
    for sid in shelter_ids:
        kinds = rng.choice([["hommes"], ["hommes", "femmes"], ["femmes", "familles"], ["mixte"],
                            ["hommes", "femmes", "familles"], ["hommes", "mixte"], ["mineurs"],
                            ["hommes", "femmes", "familles", "mixte"]])
        dogs, pmr, low = rng.random() < 0.35, rng.random() < 0.4, rng.random() < 0.3
        level = rng.uniform(0.85, 1.1)
        for code in kinds:
            base = {"hommes": rng.randint(10, 60), "femmes": rng.randint(6, 24), "familles": rng.randint(3, 10),
                    "mineurs": rng.randint(4, 12), "mixte": rng.randint(6, 30)}[code]
            winter = rng.choice([0, 0, base // 4, base // 3])
            common = {"partner_id": sid, "category_id": cats[code], "dogs_accepted": dogs,
                      "wheelchair_accessible": pmr, "low_threshold": low or code == "mixte",
                      "counted_in_rooms": code == "familles", "note": "", "recorded_at": at, "retired_at": None}
            rows.append({**common, "kind": "base", "beds": base, "valid_from": first, "valid_to": None})
            if winter:
                start_year = first.year - 1
                while date(start_year, 11, 15) <= tonight:
                    rows.append({**common, "kind": "plan_hiver", "beds": winter,
                                 "valid_from": max(date(start_year, 11, 15), first),
                                 "valid_to": date(start_year + 1, 3, 31), "note": "Plan hiver"})
                    start_year += 1
            pairs.append(Pair(sid, cats[code], base, winter, level))
    rows = [r for r in rows if r["valid_to"] is None or r["valid_to"] >= r["valid_from"]]
    return pairs, rows
