"""A fictional but realistic Relais social network with years of history, deterministic by seed.

Used by `make run`, the screenshots and the benchmarks. Everything is written in bulk (Core
executemany), but every row looks exactly like what the services write: each bed count change has
its ledger row with the full counts before and after, holds and orientations follow their
lifecycle, and the censuses are written at the end through the census service itself.
"""

from __future__ import annotations

import json
import math
import random
import re
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from datetime import time as clock
from typing import Any

from sqlalchemy import func, insert, select

from relais_desk.domain.enums import PartnerKind, Role
from relais_desk.domain.models import (
    AppUser,
    BedState,
    Call,
    Capacity,
    Hold,
    LedgerEntry,
    NetworkSetting,
    Orientation,
    Partner,
    Person,
    Refusal,
)
from relais_desk.domain.nights import night_of, to_utc, utcnow
from relais_desk.services import census, closed_nights, partners, users
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
REASONS_UNAVAILABLE = ["fuite d'eau", "punaises de lit", "chambre en travaux", "lit cassé", "désinfection"]
FIRST_NAMES_F = ["Julie", "Nadia", "Sandra", "Fatima", "Isabelle", "Sarah", "Aïcha", "Monique", "Laura", "Sofia"]
FIRST_NAMES_M = ["Marc", "Karim", "Jean", "Patrick", "Mohamed", "Thierry", "Kevin", "Luc", "Ahmed", "Didier",
                 "Eric", "Youssef", "Michel", "Pascal", "Dimitri"]
LOCATIONS = ["Gare du Sud", "Ville-Haute", "Place de la Digue", "Grand-Place", "parc Reine Astrid", "hôpital",
             "gare centrale", "quai", "métro", "centre-ville"]

# Calls per hour of day (local), evening peak; weights normalised at use.
HOUR_WEIGHTS = [2, 1.5, 1, 0.8, 0.5, 0.5, 0.8, 1.2, 2, 2.5, 2.5, 2.5, 2.5, 2.5, 2.5, 3, 4, 5.5, 6.5, 7, 7, 6,
                4.5, 3]
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
    counts_updated_at: datetime | None = None
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


def generate(db: Database, *, seed: int = 1, years: int = 2, shelters: int = 12, now: datetime | None = None,
             progress: Progress | None = None) -> DemoSummary:
    """Fill an empty database with the demo network and `years` of history ending tonight."""
    years, shelters, seed = check_arguments(years, shelters, seed)
    if has_network(db):
        raise Conflict("La base contient déjà un réseau : la démo ne s'écrit que dans une base vide "
                       "(utilisez --if-empty pour ne rien faire dans ce cas).", field="db")
    started = time.perf_counter()
    say = progress or (lambda _msg: None)
    rng = random.Random(seed)
    now = now or utcnow()
    tonight = night_of(now)
    first = tonight - timedelta(days=round(years * 365.25))
    known_since = to_utc(datetime.combine(first - timedelta(days=1), clock(9, 0)))
    summary = DemoSummary()

    say("Réseau et catégories…")
    with db.write() as session:
        session.add(NetworkSetting(key="network_name", value="Relais social de Charleroi (démo)"))
    category_ids = {}
    for code, fr, en, order in (("hommes", "Hommes", "Men", 1), ("femmes", "Femmes", "Women", 2),
                                ("familles", "Familles", "Families", 3), ("mineurs", "Mineurs", "Minors", 4),
                                ("mixte", "Mixte", "Mixed", 5)):
        category_ids[code] = partners.add_category(db, code=code, label_fr=fr, label_en=en, actor=ACTOR,
                                                   sort_order=order)
    shelter_rows, other_rows = _partners(rng, shelters, known_since)
    with db.write() as session:
        conn = session.connection()
        conn.execute(insert(Partner), shelter_rows + other_rows)
        ids = dict(session.execute(select(Partner.name, Partner.id)).all())
        conn.execute(insert(LedgerEntry), [
            {"at": known_since, "user_id": None, "action": "partner_saved", "entity": "partner",
             "entity_id": ids[p["name"]], "partner_id": ids[p["name"]], "category_id": None, "night": None,
             "before": None, "after": ledger.dumps({"name": p["name"], "kind": p["kind"]})}
            for p in shelter_rows + other_rows])
    summary.partners, summary.shelters = len(shelter_rows) + len(other_rows), len(shelter_rows)
    shelter_ids = [ids[p["name"]] for p in shelter_rows]
    other_ids = {kind: [ids[p["name"]] for p in other_rows if p["kind"] == kind.value] for kind in PartnerKind}

    pairs, capacity_rows = _capacities(rng, shelter_ids, category_ids, first, tonight, known_since)
    with db.write() as session:
        session.connection().execute(insert(Capacity), capacity_rows)
        session.connection().execute(insert(LedgerEntry), [
            {"at": known_since, "user_id": None, "action": "capacity_set", "entity": "capacity", "entity_id": None,
             "partner_id": c["partner_id"], "category_id": c["category_id"], "night": None, "before": None,
             "after": ledger.dumps({k: c[k] for k in ("kind", "beds", "valid_from", "valid_to")})}
            for c in capacity_rows])
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

    sim = _History(rng, pairs, category_ids, other_ids, operator_id, now, shelters)
    say(f"Historique de {years} an(s), {len(shelter_ids)} abris…")
    night = first
    chunk_days = 30
    while night <= tonight:
        chunk_end = min(night + timedelta(days=chunk_days - 1), tonight)
        rows = sim.nights(night, chunk_end)
        with db.write() as session:
            sim.write(session.connection(), rows)
        night = chunk_end + timedelta(days=1)
    summary.nights = (tonight - first).days + 1
    summary.calls, summary.orientations, summary.refusals = sim.n_calls, sim.n_orientations, sim.n_refusals
    summary.ledger_rows = sim.n_ledger

    say("Recensements nocturnes…")
    written = census.write_missing(db, actor=ACTOR, horizon_days=(tonight - first).days + 2, trigger="demo",
                                   now=now)
    summary.census_rows = written.rows_written
    say("Nuits clôturées…")
    summary.closed_rows = closed_nights.close_missing(db, horizon_days=(tonight - first).days + 2,
                                                      now=now).rows_written
    summary.seconds = round(time.perf_counter() - started, 1)
    return summary


def _partners(rng: random.Random, shelters: int, at: datetime) -> tuple[list[dict], list[dict]]:
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
                           "what_to_bring": ""})
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


def _dumps(value: dict[str, Any] | None) -> str | None:
    """ledger.dumps, with datetimes formatted first so that the C encoder does all the work."""
    if value is None:
        return None
    return json.dumps({k: v.isoformat() if isinstance(v, datetime | date) else v for k, v in value.items()},
                      separators=(",", ":"), sort_keys=True, ensure_ascii=False)


class _History:
    """Simulates evenings, writing rows exactly as the services would."""

    def __init__(self, rng: random.Random, pairs: list[Pair], cats: dict[str, int],
                 others: dict[PartnerKind, list[int]], operator_id: int, now: datetime, shelters: int) -> None:
        self.rng, self.pairs, self.cats, self.others = rng, pairs, cats, others
        self.operator_id, self.now = operator_id, now
        self.shelters = shelters
        self.ids = {"bed_state": 0, "hold": 0, "orientation": 0, "call": 0, "person": 0, "refusal": 0}
        self.persons: list[dict[str, Any]] = []
        self.persons_by_gender: dict[str, list[dict[str, Any]]] = {}  # a women's bed goes to a woman
        self.n_calls = self.n_orientations = self.n_refusals = self.n_ledger = 0
        self.cat_code = {v: k for k, v in cats.items()}
        self._offsets: dict[date, timedelta] = {}

    def _next(self, kind: str) -> int:
        self.ids[kind] += 1
        return self.ids[kind]

    def _at(self, night: date, hour: int, minute: int) -> datetime:
        """UTC moment of a local evening time of `night` (hour may exceed 23 for after midnight)."""
        offset = self._offsets.get(night)
        if offset is None:
            # One offset per evening: the DST switch happens at 2-3 am, after the demo's events.
            offset = self._offsets[night] = to_utc(datetime.combine(night, clock(20, 0))) - datetime.combine(
                night, clock(20, 0), tzinfo=UTC)
        return datetime.combine(night, clock(0, 0), tzinfo=UTC) + timedelta(hours=hour, minutes=minute) + offset

    def _person(self, rows: dict[str, list], at: datetime, gender: str | None = None) -> int:
        rng = self.rng
        pool = self.persons if gender is None else self.persons_by_gender.get(gender, [])
        if pool and rng.random() < 0.7:
            # a few people call very often (Pareto-like reuse)
            index = min(int(rng.paretovariate(1.2)) - 1, len(pool) - 1)
            person = pool[-1 - index] if rng.random() < 0.5 else pool[index]
            return person["id"]
        gender = gender or rng.choices(["homme", "femme", "inconnu"], [70, 25, 5])[0]
        first = rng.choice(FIRST_NAMES_F if gender == "femme" else FIRST_NAMES_M)
        person = {"id": self._next("person"), "alias": f"{first} {chr(65 + rng.randrange(26))}.",
                  "birth_year": at.year - rng.randint(19, 70), "gender": gender,
                  "children": 0, "with_dog": rng.random() < 0.08, "wheelchair": rng.random() < 0.03,
                  "created_at": at, "last_contact_at": at}
        self.persons.append(person)
        self.persons_by_gender.setdefault(gender, []).append(person)
        rows["person"].append(person)
        return person["id"]

    def _call(self, rows: dict[str, list], at: datetime, needs: list[str], outcome: str, person: int | None) -> int:
        rng = self.rng
        call_id = self._next("call")
        rows["call"].append({
            "id": call_id, "received_at": at, "created_at": at, "operator_id": self.operator_id,
            "channel": rng.choices(["telephone", "passage", "equipe_mobile", "police", "hopital", "partenaire",
                                    "citoyen"], [60, 10, 10, 5, 5, 7, 3])[0],
            "caller_type": rng.choices(["personne", "proche", "professionnel", "police", "citoyen"],
                                       [65, 5, 20, 5, 5])[0],
            "person_id": person, "location": rng.choice(LOCATIONS), "needs": ",".join(sorted(set(needs))),
            "notes": "", "outcome": outcome})
        self.n_calls += 1
        return call_id

    def nights(self, start: date, end: date) -> dict[str, list]:
        rows: dict[str, list] = {k: [] for k in ("person", "call", "bed_state", "hold", "orientation", "refusal",
                                                 "ledger")}
        night = start
        while night <= end:
            self._night(night, rows)
            night += timedelta(days=1)
        return rows

    def _night(self, night: date, rows: dict[str, list]) -> None:
        rng = self.rng
        winter = in_winter(night)
        season = 0.5 + 0.5 * math.cos(2 * math.pi * (night.timetuple().tm_yday - 15) / 365.25)  # 1 in mid-January
        weekend = night.weekday() >= 4
        for pair in self.pairs:
            if pair.stale_from and night >= pair.stale_from:
                continue
            self._pair_night(pair, night, winter, season, weekend, rows)
        # Calls that are not about a bed tonight: food, health, information, day centres, housing.
        n_other = int(self.shelters * (0.4 + 0.4 * season) * (1.15 if weekend else 1.0) * rng.uniform(0.7, 1.3))
        for _ in range(n_other):
            hour = rng.choices(range(24), HOUR_WEIGHTS)[0]
            at = self._at(night, hour if hour >= 12 else hour + 24, rng.randrange(60))
            if at > self.now:
                continue
            kind = rng.choices([PartnerKind.ACCUEIL_DE_JOUR, PartnerKind.AIDE_ALIMENTAIRE, PartnerKind.SANTE,
                                PartnerKind.LOGEMENT, PartnerKind.TRAVAIL_DE_RUE, None], [25, 25, 15, 8, 7, 20])[0]
            need = {PartnerKind.ACCUEIL_DE_JOUR: "hygiene_vestiaire", PartnerKind.AIDE_ALIMENTAIRE: "alimentation",
                    PartnerKind.SANTE: "sante", PartnerKind.LOGEMENT: "information",
                    PartnerKind.TRAVAIL_DE_RUE: "ecoute", None: rng.choice(["information", "ecoute", "transport"])}[kind]
            person = self._person(rows, at) if rng.random() < 0.8 else None
            outcome = "oriente" if kind else rng.choice(["information_donnee", "sans_suite"])
            call_id = self._call(rows, at, [need], outcome, person)
            if kind and self.others.get(kind):
                status = rng.choices(["proposee", "confirmee", "arrivee", "absente", "refusee_personne"],
                                     [10, 20, 50, 15, 5])[0]
                oid = self._next("orientation")
                rows["orientation"].append({
                    "id": oid, "call_id": call_id, "person_id": person, "partner_id": rng.choice(self.others[kind]),
                    "category_id": None, "hold_id": None, "night": night, "status": status, "deadline": None,
                    "note": "", "created_at": at, "created_by": self.operator_id, "updated_at": at})
                self._ledger(rows, at, "orientation_created", "orientation", oid, None, {"status": status}, None, None,
                             night)
                self.n_orientations += 1

    def _pair_night(self, pair: Pair, night: date, winter: bool, season: float, weekend: bool,
                    rows: dict[str, list]) -> None:
        rng = self.rng
        capacity = pair.base + (pair.winter if winter else 0)
        if pair.unavailable_until is not None and night > pair.unavailable_until:
            pair.unavailable, pair.unavailable_reason, pair.unavailable_until = 0, "", None
        elif pair.unavailable_until is None and rng.random() < 0.01 and capacity > 4:
            pair.unavailable = rng.randint(1, min(3, capacity // 4))
            pair.unavailable_reason = rng.choice(REASONS_UNAVAILABLE)
            pair.unavailable_until = night + timedelta(days=rng.randint(2, 10))
        state = {"capacity": capacity, "unavailable": min(pair.unavailable if pair.unavailable_until else 0, capacity),
                 "occupied": 0, "held": 0,
                 "unavailable_reason": pair.unavailable_reason if pair.unavailable_until else "",
                 "counts_updated_at": pair.counts_updated_at}
        if pair.unavailable_until is None:
            state["unavailable"], state["unavailable_reason"] = 0, ""
        target = min(1.0, pair.level * (0.68 + 0.3 * season) + (0.03 if weekend else 0) + rng.uniform(-0.08, 0.08))
        usable = capacity - state["unavailable"]
        # Most beds go to regulars at the door; the hotline fills what is left.
        walk_ins = max(0, min(usable, round(usable * target * rng.uniform(0.82, 0.95))))
        events: list[tuple[datetime, str, dict]] = []
        events.append((self._at(night, 18, rng.randrange(15, 59)), "counts_set", {"occupied": walk_ins}))
        free_after_walkins = usable - walk_ins
        n_holds = min(free_after_walkins, max(0, round(rng.gauss(usable * target - walk_ins, 1.2))))
        for _ in range(n_holds):
            events.append((self._at(night, rng.randint(19, 21), rng.randrange(60)), "hold", {}))
        if night == night_of(self.now) and rng.random() < 0.4:
            # Tonight: people on their way, held until a deadline still ahead (the expected arrivals).
            for _ in range(rng.randint(1, 2)):
                events.append((self.now - timedelta(minutes=rng.randint(5, 60)), "hold",
                               {"deadline": self.now + timedelta(minutes=rng.randint(45, 150)), "live": True}))
        late_walk_ins = rng.randint(0, 2)
        events.append((self._at(night, 23, rng.randrange(20, 59)), "counts_set_late", {"extra": late_walk_ins}))
        events.sort(key=lambda e: e[0])
        bed_state_id = None
        pending: list[tuple[datetime, str, dict]] = []
        for at, kind, data in events:
            pending.append((at, kind, data))
        pending.sort(key=lambda e: e[0])
        i = 0
        while i < len(pending):
            at, kind, data = pending[i]
            i += 1
            if at > self.now:
                continue
            before = dict(state)
            extra: dict[str, Any] = {}
            if kind == "counts_set":
                state["occupied"] = min(data["occupied"], capacity - state["unavailable"] - state["held"])
                state["counts_updated_at"] = at
                action = "counts_set"
            elif kind == "counts_set_late":
                room = capacity - state["unavailable"] - state["held"] - state["occupied"]
                state["occupied"] += max(0, min(data["extra"], room))
                state["counts_updated_at"] = at
                action = "counts_set"
            elif kind == "hold":
                if capacity - state["unavailable"] - state["occupied"] - state["held"] <= 0:
                    self._refusal(rows, pair, night, at, source="call")
                    continue
                hold_id = self._next("hold")
                deadline = data.get("deadline") or self._at(night, 22, 0)
                if deadline <= at:
                    deadline = at + timedelta(hours=1)
                state["held"] += 1
                action, extra = "hold_taken", {"hold_id": hold_id, "deadline": deadline}
                gender = {"femmes": "femme", "hommes": "homme"}.get(self.cat_code[pair.category_id])
                person = self._person(rows, at, gender)
                call_id = self._call(rows, at, ["hebergement"], "oriente", person)
                outcome = rng.choices(["arrived", "expired", "released"], [75, 20, 5])[0]
                end_at = (at + timedelta(minutes=rng.randint(20, 100)) if outcome == "arrived" else
                          deadline + timedelta(minutes=rng.randint(1, 9)) if outcome == "expired" else
                          at + timedelta(minutes=rng.randint(5, 40)))
                if outcome == "arrived" and end_at >= deadline:
                    end_at = deadline - timedelta(minutes=1)
                resolved = end_at <= self.now and not data.get("live")
                status = outcome if resolved else "active"
                rows["hold"].append({"id": hold_id, "partner_id": pair.partner_id, "category_id": pair.category_id,
                                     "night": night, "person_id": person, "status": status, "deadline": deadline,
                                     "created_at": at, "created_by": self.operator_id,
                                     "closed_at": end_at if resolved else None})
                oid = self._next("orientation")
                o_status = {"arrived": "arrivee", "expired": "absente", "released": "annulee",
                            "active": "confirmee"}[status]
                rows["orientation"].append({
                    "id": oid, "call_id": call_id, "person_id": person, "partner_id": pair.partner_id,
                    "category_id": pair.category_id, "hold_id": hold_id, "night": night, "status": o_status,
                    "deadline": deadline, "note": "", "created_at": at, "created_by": self.operator_id,
                    "updated_at": end_at if resolved else at})
                self._ledger(rows, at, "orientation_created", "orientation", oid, None,
                             {"status": "confirmee", "hold_id": hold_id}, pair.partner_id, pair.category_id, night)
                self.n_orientations += 1
                if resolved:
                    pending.append((end_at, f"close_{outcome}", {"hold_id": hold_id, "orientation": oid,
                                                                 "status": o_status}))
                    pending.sort(key=lambda e: e[0])
            elif kind.startswith("close_"):
                outcome = kind.removeprefix("close_")
                state["held"] -= 1
                if outcome == "arrived":
                    state["occupied"] += 1
                action = {"arrived": "hold_arrived", "expired": "hold_expired", "released": "hold_released"}[outcome]
                extra = {"hold_id": data["hold_id"]}
                self._ledger(rows, at, "orientation_status", "orientation", data["orientation"],
                             {"status": "confirmee"}, {"status": data["status"]}, pair.partner_id, pair.category_id,
                             night)
            else:  # pragma: no cover
                continue
            if bed_state_id is None:
                bed_state_id = self._next("bed_state")
            self._ledger(rows, at, action, "bed_state", bed_state_id, before, {**state, **extra}, pair.partner_id,
                         pair.category_id, night, user=None if action.startswith("counts") else self.operator_id)
            last_at = at
        # A full shelter turns people away: at its door, and through the hotline (more in winter).
        if state["capacity"] - state["unavailable"] - state["occupied"] - state["held"] <= 0:
            for _ in range(rng.choices([0, 1, 2, 3], [30, 40, 20, 10] if winter else [60, 30, 8, 2])[0]):
                at = self._at(night, rng.randint(19, 23), rng.randrange(60))
                if at <= self.now:
                    self._refusal(rows, pair, night, at, source=rng.choice(["call", "call", "door"]))
        if bed_state_id is not None:
            rows["bed_state"].append({"id": bed_state_id, "partner_id": pair.partner_id,
                                      "category_id": pair.category_id, "night": night, **state,
                                      "updated_at": last_at, "updated_by": None})
            pair.counts_updated_at = state["counts_updated_at"]

    def _refusal(self, rows: dict[str, list], pair: Pair, night: date, at: datetime, *, source: str) -> None:
        rng = self.rng
        reason = rng.choices(["saturation", "quota_depasse", "profil_non_accueilli", "autre"], [80, 8, 9, 3])[0]
        person = self._person(rows, at) if rng.random() < 0.7 else None
        call_id = None
        if source == "call":
            call_id = self._call(rows, at, ["hebergement"], "refus_faute_de_place", person)
        rid = self._next("refusal")
        rows["refusal"].append({"id": rid, "at": at, "night": night, "source": source, "reason": reason,
                                "call_id": call_id, "partner_id": pair.partner_id if source == "door" or
                                rng.random() < 0.5 else None, "category_id": pair.category_id,
                                "person_id": person, "note": "", "recorded_by": self.operator_id})
        self._ledger(rows, at, "refusal_recorded", "refusal", rid, None, {"reason": reason, "source": source},
                     rows["refusal"][-1]["partner_id"], pair.category_id, night)
        self.n_refusals += 1

    def _ledger(self, rows: dict[str, list], at: datetime, action: str, entity: str, entity_id: int | None,
                before: dict | None, after: dict | None, partner_id: int | None, category_id: int | None,
                night: date | None, user: int | None = None) -> None:
        rows["ledger"].append({"at": at, "user_id": user, "action": action, "entity": entity,
                               "entity_id": entity_id, "partner_id": partner_id, "category_id": category_id,
                               "night": night, "before": _dumps(before), "after": _dumps(after)})
        self.n_ledger += 1

    def write(self, conn: Any, rows: dict[str, list]) -> None:
        for table, key in ((Person, "person"), (Call, "call"), (BedState, "bed_state"), (Hold, "hold"),
                           (Orientation, "orientation"), (Refusal, "refusal"), (LedgerEntry, "ledger")):
            data = rows[key]
            for i in range(0, len(data), 5000):
                conn.execute(insert(table), data[i:i + 5000])
        catch_up_ids(conn, [Person, Call, BedState, Hold, Orientation, Refusal])

