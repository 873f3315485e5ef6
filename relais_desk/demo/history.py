"""The demo's history, night by night: persons with heavy-tailed contacts, calls, holds and arrivals,
refusals, bed counts and their ledger rows, each built as the services would build them."""

from __future__ import annotations

import heapq
import math
import random
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from datetime import time as clock
from itertools import accumulate
from typing import Any

from sqlalchemy import bindparam, update

from relais_desk.demo.bulk import RowTarget
from relais_desk.demo.network import Network, Pair, in_winter
from relais_desk.domain.enums import (
    CallChannel,
    CallerType,
    CallOutcome,
    HoldStatus,
    LedgerAction,
    OrientationStatus,
    PartnerKind,
    RefusalReason,
)
from relais_desk.domain.models import (
    BedState,
    Call,
    Hold,
    LedgerEntry,
    Orientation,
    Person,
    Refusal,
)
from relais_desk.domain.nights import night_of, to_utc
from relais_desk.services import (
    beds,
    calls,
    orientations,
    persons,
    refusals,
)
from relais_desk.store import ledger
from relais_desk.store.sql import catch_up_ids

REASONS_UNAVAILABLE = ["fuite d'eau", "punaises de lit", "chambre en travaux", "lit cassé", "désinfection"]
FIRST_NAMES_F = ["Julie", "Nadia", "Sandra", "Fatima", "Isabelle", "Sarah", "Aïcha", "Monique", "Laura", "Sofia"]
FIRST_NAMES_M = ["Marc", "Karim", "Jean", "Patrick", "Mohamed", "Thierry", "Kevin", "Luc", "Ahmed", "Didier",
                 "Eric", "Youssef", "Michel", "Pascal", "Dimitri"]
LOCATIONS = ["Gare du Sud", "Ville-Haute", "Place de la Digue", "Grand-Place", "parc Reine Astrid", "hôpital",
             "gare centrale", "quai", "métro", "centre-ville"]

# Calls per hour of day (local), evening peak; weights normalised at use.
HOUR_WEIGHTS = [2, 1.5, 1, 0.8, 0.5, 0.5, 0.8, 1.2, 2, 2.5, 2.5, 2.5, 2.5, 2.5, 2.5, 3, 4, 5.5, 6.5, 7, 7, 6,
                4.5, 3]

# Persons: most are seen a few times, a few are regulars with dozens of contacts, nobody has hundreds.
# A newcomer's contacts over their whole time in the network follow a discrete Pareto law, capped;
# each contact puts them back in the pool at least one night later (one bed a night per person).
CONTACTS_TAIL, MAX_CONTACTS = 1.2, 60
REUSE = 0.7  # share of contacts with a known person when one is due
SKIPPED_UPDATES = 0.03  # shelter-nights whose staff set no counts at all: "non communiqué"
HOUSEHOLD_SIZES, HOUSEHOLD_WEIGHTS = [2, 3, 4, 5, 6], [30, 30, 20, 12, 8]
PROFILE_OF_CATEGORY = {"hommes": "homme", "femmes": "femme", "familles": "famille", "mineurs": "mineur"}
GENDER_OF_PROFILE = {"homme": "homme", "femme": "femme", "inconnu": "inconnu"}
PERSON_FIELDS = ("alias", "birth_year", "gender", "children", "with_dog", "wheelchair")
CHANNELS = [c.value for c in CallChannel if c != CallChannel.AUTRE]
CHANNEL_WEIGHTS = list(accumulate([60, 10, 10, 5, 5, 7, 3]))  # cumulated: random.choices is quicker so
CALLERS = [c.value for c in CallerType if c != CallerType.AUTRE]
CALLER_WEIGHTS = list(accumulate([65, 5, 20, 5, 5]))
REASONS = [r.value for r in RefusalReason]
REASON_WEIGHTS = list(accumulate([80, 8, 9, 3]))
HOLD_OUTCOMES = [HoldStatus.ARRIVED, HoldStatus.EXPIRED, HoldStatus.RELEASED]
HOLD_OUTCOME_WEIGHTS = list(accumulate([75, 20, 5]))

# What a bed orientation becomes when its hold closes (orientations.HOLD_OUTCOME, read the other way).
ORIENTATION_OF_HOLD = {HoldStatus.ARRIVED.value: OrientationStatus.ARRIVEE.value,
                       HoldStatus.EXPIRED.value: OrientationStatus.ABSENTE.value,
                       HoldStatus.RELEASED.value: OrientationStatus.ANNULEE.value,
                       HoldStatus.ACTIVE.value: OrientationStatus.CONFIRMEE.value}
# The weighted draws' cumulated weights, made once (random.choices makes them on every call otherwise; the
# draws are the same either way)
HOURS, HOUR_CUM = range(24), list(accumulate(HOUR_WEIGHTS))
HOUSEHOLD_CUM = list(accumulate(HOUSEHOLD_WEIGHTS))
OTHER_KINDS = [PartnerKind.ACCUEIL_DE_JOUR, PartnerKind.AIDE_ALIMENTAIRE, PartnerKind.SANTE, PartnerKind.LOGEMENT,
               PartnerKind.TRAVAIL_DE_RUE, None]
OTHER_KIND_CUM = list(accumulate([25, 25, 15, 8, 7, 20]))
OTHER_PROFILES, OTHER_PROFILE_CUM = ["homme", "femme", "inconnu", "famille"], list(accumulate([65, 25, 5, 5]))
OTHER_STATUSES = [s.value for s in (OrientationStatus.PROPOSEE, OrientationStatus.CONFIRMEE, OrientationStatus.ARRIVEE,
                                    OrientationStatus.ABSENTE, OrientationStatus.REFUSEE_PERSONNE)]
OTHER_STATUS_CUM = list(accumulate([10, 20, 50, 15, 5]))
TURNED_AWAY = [0, 1, 2, 3]  # people turned away by a full shelter in a night: summer, winter
TURNED_AWAY_CUM = {False: list(accumulate([60, 30, 8, 2])), True: list(accumulate([30, 40, 20, 10]))}
ROW_KINDS = ("person", "call", "bed_state", "hold", "orientation", "refusal", "ledger")


class History:
    """Simulates evenings, writing every row, ledger rows included, exactly as the services would.

    With a `script` list, it also records each step as the service call that would make it
    (tests play a night through the services and compare the ledgers).
    """

    def __init__(self, rng: random.Random, pairs: list[Pair], cats: dict[str, int],
                 others: dict[PartnerKind, list[int]], operator_id: int, now: datetime, shelters: int,
                 script: list[tuple[datetime, str, dict[str, Any]]] | None = None) -> None:
        self.rng, self.pairs, self.cats, self.others = rng, pairs, cats, others
        self.operator_id, self.now = operator_id, now
        self.shelters = shelters
        self.shelter_ids = sorted({p.partner_id for p in pairs})
        self.script = script
        self.ids = {"bed_state": 0, "hold": 0, "orientation": 0, "call": 0, "person": 0, "refusal": 0}
        self.n_calls = self.n_orientations = self.n_refusals = self.n_ledger = 0
        self.cat_code = {v: k for k, v in cats.items()}
        self._offsets: dict[date, timedelta] = {}
        self._moments: dict[tuple[date, int, int], datetime] = {}  # `_at`'s, of the nights of the last `nights`
        # persons due for another contact, by profile; persons coming back on a later night
        self.ready: dict[str, list[int]] = {}
        self.due: dict[date, list[int]] = {}
        self.regulars: dict[int, list[Any]] = {}  # person -> [contacts left, profile, mean nights between]
        self.household: dict[int, int] = {}  # a family's size, persons included
        self.household_sizes: dict[int, int] = {}  # family calls: persons in the household (call.household_size)
        self.new_persons: dict[int, dict[str, Any]] = {}  # rows not written yet
        self.touched: dict[int, datetime] = {}  # last contact of persons already written (see `last_contacts`)
        # the bed counts' changes of the nights of the last `nights` call, per night × shelter × category
        self.bed_events: dict[tuple[date, int, int], list[tuple[datetime, str, int, int, int, int]]] = {}

    @classmethod
    def of(cls, net: Network, script: list[tuple[datetime, str, dict[str, Any]]] | None = None) -> History:
        """The history of a network just written by `network`."""
        return cls(net.rng, net.pairs, net.category_ids, net.other_ids, net.operator_id, net.now, net.shelters,
                   script)

    def _next(self, kind: str) -> int:
        self.ids[kind] += 1
        return self.ids[kind]

    def _step(self, at: datetime, kind: str, **data: Any) -> None:
        if self.script is not None:
            self.script.append((at, kind, data))

    def _at(self, night: date, hour: int, minute: int) -> datetime:
        """UTC moment of a local evening time of `night` (hour may exceed 23 for after midnight)."""
        key = (night, hour, minute)
        moment = self._moments.get(key)  # the same object for the same minute: its text is made once (bulk)
        if moment is None:
            offset = self._offsets.get(night)
            if offset is None:
                # One offset per evening: the DST switch happens at 2-3 am, after the demo's events.
                offset = self._offsets[night] = to_utc(datetime.combine(night, clock(20, 0))) - datetime.combine(
                    night, clock(20, 0), tzinfo=UTC)
            moment = self._moments[key] = (datetime.combine(night, clock(0, 0), tzinfo=UTC)
                                           + timedelta(hours=hour, minutes=minute) + offset)
        return moment

    def _ledger(self, rows: dict[str, list], at: datetime, action: LedgerAction, entity: str, entity_id: int | None,
                before: dict | None, after: dict | None, partner_id: int | None, category_id: int | None,
                night: date | None, user: int | None) -> None:
        if entity == "bed_state":  # what the demo's censuses and closed nights are computed from (figures.py)
            self.bed_events.setdefault((night, partner_id, category_id), []).append(
                (at, action, after["capacity"], after["unavailable"], after["occupied"], after["held"]))
        rows["ledger"].append(ledger.entry(action=action, entity=entity, entity_id=entity_id, user_id=user, at=at,
                                           before=before, after=after, partner_id=partner_id,
                                           category_id=category_id, night=night))
        self.n_ledger += 1

    # ------------------------------------------------------------ persons

    def _person(self, rows: dict[str, list], at: datetime, night: date, profile: str,
                user: int | None) -> tuple[int, dict[str, Any] | None]:
        """A person for a contact: a known one due again (most of the time), else a newcomer (with their fields)."""
        ready = self.ready.get(profile)
        if ready and self.rng.random() < REUSE:
            i = self.rng.randrange(len(ready))
            person_id = ready[i]
            ready[i] = ready[-1]
            ready.pop()
            self._contact(person_id, at, night)
            return person_id, None
        return self._new_person(rows, at, night, profile, user)

    def _contact(self, person_id: int, at: datetime, night: date) -> None:
        row = self.new_persons.get(person_id)
        if row is not None:
            row["last_contact_at"] = max(row["last_contact_at"], at)
        else:
            self.touched[person_id] = max(self.touched.get(person_id, at), at)
        regular = self.regulars[person_id]
        regular[0] -= 1
        if regular[0] <= 0:
            del self.regulars[person_id]
            return
        back = night + timedelta(days=1 + int(self.rng.expovariate(1 / regular[2])))
        self.due.setdefault(back, []).append(person_id)

    def _new_person(self, rows: dict[str, list], at: datetime, night: date, profile: str,
                    user: int | None) -> tuple[int, dict[str, Any]]:
        rng = self.rng
        gender = GENDER_OF_PROFILE.get(profile) or ("femme" if rng.random() < 0.7 else "homme")
        first = rng.choice(FIRST_NAMES_F if gender == "femme" else FIRST_NAMES_M)
        children = 0
        person_id = self._next("person")
        if profile == "famille":
            size = self.household[person_id] = rng.choices(HOUSEHOLD_SIZES, cum_weights=HOUSEHOLD_CUM)[0]
            children = size - 1 - (1 if size >= 3 and rng.random() < 0.35 else 0)
        age = rng.randint(15, 17) if profile == "mineur" else rng.randint(19, 70)
        fields = {"alias": f"{first} {chr(65 + rng.randrange(26))}.", "birth_year": at.year - age, "gender": gender,
                  "children": children, "with_dog": rng.random() < 0.08, "wheelchair": rng.random() < 0.03}
        subject = f"{rng.getrandbits(128):032x}"
        row = {"id": person_id, "subject": subject, **fields, "created_at": at, "last_contact_at": at}
        rows["person"].append(row)
        self.new_persons[person_id] = row
        contacts = min(MAX_CONTACTS, int(rng.paretovariate(CONTACTS_TAIL)))
        self.regulars[person_id] = [contacts, profile, max(1.0, 300 / contacts)]
        self._contact(person_id, at, night)
        self._ledger(rows, at, LedgerAction.PERSON_SAVED, "person", None, None,
                     persons.saved_after(subject, fields), None, None, None, user)
        return person_id, fields

    def _household_size(self, category_id: int, person_id: int | None) -> int | None:
        if self.cat_code[category_id] != "familles":
            return None
        known = self.household.get(person_id) if person_id is not None else None
        return known or self.rng.choices(HOUSEHOLD_SIZES, cum_weights=HOUSEHOLD_CUM)[0]

    # ------------------------------------------------------------ calls, orientations, refusals

    def _call(self, rows: dict[str, list], at: datetime, needs: list[str], outcome: str,
              person: tuple[int, dict[str, Any] | None] | None, *, household_size: int | None = None,
              refusal: tuple[str, int] | None = None) -> int:
        """A call saved by the operator (calls.create_call), with the refusal it records (reason, category)."""
        rng = self.rng
        call_id = self._next("call")
        person_id, new_person = person or (None, None)
        values = {"received_at": at, "channel": rng.choices(CHANNELS, cum_weights=CHANNEL_WEIGHTS)[0],
                  "caller_type": rng.choices(CALLERS, cum_weights=CALLER_WEIGHTS)[0],
                  "location": rng.choice(LOCATIONS), "needs": ",".join(sorted(set(needs))), "notes": "",
                  "outcome": outcome}
        # The persons in the household of a family call (« personnes dans le ménage », 2 to 6; None: not asked)
        if household_size is not None:  # (a call that did not ask has none, as calls.create_call leaves it)
            values["household_size"] = household_size
        rows["call"].append({"id": call_id, "created_at": at, "operator_id": self.operator_id, "person_id": person_id,
                             "household_size": None, **values})  # (every row of a bulk insert has every column)
        if household_size is not None:
            self.household_sizes[call_id] = household_size
        refusal_id = None
        if refusal is not None:
            reason, category_id = refusal
            refusal_id = self._refusal_row(rows, at, reason, "call", call_id, None, category_id, person_id,
                                           self.operator_id)
        self._ledger(rows, at, LedgerAction.CALL_SAVED, "call", call_id, None, calls.ledger_values(values), None,
                     None, None, self.operator_id)
        if self.script is not None:
            self._step(at, "call", call=call_id, person=person_id, new_person=new_person,
                       household_size=household_size,
                       refusal=refusal and {"refusal": refusal_id, "reason": refusal[0], "category": refusal[1]},
                       **{k: v for k, v in values.items() if k not in ("received_at", "notes", "household_size")})
        self.n_calls += 1
        return call_id

    def _refusal_row(self, rows: dict[str, list], at: datetime, reason: str, source: str, call_id: int | None,
                     partner_id: int | None, category_id: int, person_id: int | None, user: int | None) -> int:
        rid = self._next("refusal")
        night = night_of(at)
        rows["refusal"].append({"id": rid, "at": at, "night": night, "source": source, "reason": reason,
                                "call_id": call_id, "partner_id": partner_id, "category_id": category_id,
                                "person_id": person_id, "note": "", "recorded_by": user})
        self._ledger(rows, at, LedgerAction.REFUSAL_RECORDED, "refusal", rid, None,
                     refusals.ledger_after(reason, source, call_id, self.cat_code[category_id]), partner_id,
                     category_id, night, user)
        self.n_refusals += 1
        return rid

    def _refusal(self, rows: dict[str, list], pair: Pair, night: date, at: datetime, *, source: str) -> None:
        """Nothing fits: at the shelter's door (recorded by its staff), or on a call (the shelter named or not)."""
        rng = self.rng
        reason = rng.choices(REASONS, cum_weights=REASON_WEIGHTS)[0]
        category_id = pair.category_id
        profile = PROFILE_OF_CATEGORY.get(self.cat_code[category_id]) or rng.choice(["homme", "homme", "femme"])
        user = self.operator_id if source == "call" else None
        person = self._person(rows, at, night, profile, user) if rng.random() < 0.7 else None
        person_id = person[0] if person else None
        if source == "door":
            if person and person[1]:
                self._step(at, "person", person=person_id, new_person=person[1])
            rid = self._refusal_row(rows, at, reason, "door", None, pair.partner_id, category_id, person_id, None)
            self._step(at, "refusal", refusal=rid, partner=pair.partner_id, category=category_id, reason=reason,
                       call=None, person=person_id, user=None)
        elif rng.random() < 0.5:  # the operator names the full shelter
            call_id = self._call(rows, at, ["hebergement"], CallOutcome.REFUS_FAUTE_DE_PLACE.value, person,
                                 household_size=self._household_size(category_id, person_id))
            rid = self._refusal_row(rows, at, reason, "call", call_id, pair.partner_id, category_id, person_id,
                                    self.operator_id)
            self._step(at, "refusal", refusal=rid, partner=pair.partner_id, category=category_id, reason=reason,
                       call=call_id, person=person_id, user=self.operator_id)
        else:
            self._call(rows, at, ["hebergement"], CallOutcome.REFUS_FAUTE_DE_PLACE.value, person,
                       household_size=self._household_size(category_id, person_id), refusal=(reason, category_id))

    def _other_call(self, rows: dict[str, list], night: date, at: datetime) -> None:
        """A call that is not about a bed tonight: food, health, information, day centres, housing."""
        rng = self.rng
        kind = rng.choices(OTHER_KINDS, cum_weights=OTHER_KIND_CUM)[0]
        need = {PartnerKind.ACCUEIL_DE_JOUR: "hygiene_vestiaire", PartnerKind.AIDE_ALIMENTAIRE: "alimentation",
                PartnerKind.SANTE: "sante", PartnerKind.LOGEMENT: "information",
                PartnerKind.TRAVAIL_DE_RUE: "ecoute", None: rng.choice(["information", "ecoute", "transport"])}[kind]
        profile = rng.choices(OTHER_PROFILES, cum_weights=OTHER_PROFILE_CUM)[0]
        person = self._person(rows, at, night, profile, self.operator_id) if rng.random() < 0.8 else None
        outcome = CallOutcome.ORIENTE.value if kind else rng.choice([CallOutcome.INFORMATION_DONNEE.value,
                                                                     CallOutcome.SANS_SUITE.value])
        call_id = self._call(rows, at, [need], outcome, person)
        if not kind or not self.others.get(kind):
            return
        person_id = person[0] if person else None
        partner_id = rng.choice(self.others[kind])
        status = rng.choices(OTHER_STATUSES, cum_weights=OTHER_STATUS_CUM)[0]
        changed_at = at + timedelta(minutes=rng.randint(30, 900))
        if changed_at > self.now:
            status = OrientationStatus.PROPOSEE.value
        oid = self._next("orientation")
        proposed = OrientationStatus.PROPOSEE.value
        rows["orientation"].append({
            "id": oid, "call_id": call_id, "person_id": person_id, "partner_id": partner_id, "category_id": None,
            "hold_id": None, "night": None, "status": status, "deadline": None, "note": "", "created_at": at,
            "created_by": self.operator_id, "updated_at": at if status == proposed else changed_at})
        self._ledger(rows, at, LedgerAction.ORIENTATION_CREATED, "orientation", oid, None,
                     orientations.created_after(proposed, call_id), partner_id, None, None, self.operator_id)
        self._step(at, "orient_partner", orientation=oid, call=call_id, person=person_id, partner=partner_id)
        self.n_orientations += 1
        if status != proposed:
            self._ledger(rows, changed_at, LedgerAction.ORIENTATION_STATUS, "orientation", oid, {"status": proposed},
                         {"status": status}, partner_id, None, None, self.operator_id)
            self._step(changed_at, "orientation_status", orientation=oid, status=status)

    # ------------------------------------------------------------ nights

    def nights(self, start: date, end: date) -> dict[str, list]:
        rows: dict[str, list] = {k: [] for k in ROW_KINDS}
        self.new_persons = {}
        self.bed_events = {}
        self._moments = {}
        night = start
        while night <= end:
            self._night(night, rows)
            night += timedelta(days=1)
        return rows

    def _night(self, night: date, rows: dict[str, list]) -> None:
        rng = self.rng
        for person_id in self.due.pop(night, ()):
            self.ready.setdefault(self.regulars[person_id][1], []).append(person_id)
        winter = in_winter(night)
        season = 0.5 + 0.5 * math.cos(2 * math.pi * (night.timetuple().tm_yday - 15) / 365.25)  # 1 in mid-January
        weekend = night.weekday() >= 4
        # Now and then a shelter's staff set no count all night (busy, forgot): the night is not reported.
        silent = {p for p in self.shelter_ids if rng.random() < SKIPPED_UPDATES}
        for pair in self.pairs:
            if pair.stale_from and night >= pair.stale_from:
                continue
            self._pair_night(pair, night, winter, season, weekend, pair.partner_id in silent, rows)
        n_other = int(self.shelters * (0.4 + 0.4 * season) * (1.15 if weekend else 1.0) * rng.uniform(0.7, 1.3))
        for _ in range(n_other):
            hour = rng.choices(HOURS, cum_weights=HOUR_CUM)[0]
            at = self._at(night, hour if hour >= 12 else hour + 24, rng.randrange(60))
            if at <= self.now:
                self._other_call(rows, night, at)

    def _carried(self, pair: Pair, night: date) -> dict[str, Any] | None:
        """What a new night starts from (beds.virtual_state): the latest state of the last CARRY_NIGHTS."""
        if pair.last_night is None or pair.last_night < night - timedelta(days=beds.CARRY_NIGHTS):
            return None
        return pair.last_state

    def _pair_night(self, pair: Pair, night: date, winter: bool, season: float, weekend: bool, silent: bool,
                    rows: dict[str, list]) -> None:
        rng = self.rng
        capacity = pair.base + (pair.winter if winter else 0)
        if pair.unavailable_until is not None and night > pair.unavailable_until:
            pair.unavailable, pair.unavailable_reason, pair.unavailable_until = 0, "", None
        elif pair.unavailable_until is None and rng.random() < 0.01 and capacity > 4:
            pair.unavailable = rng.randint(1, min(3, capacity // 4))
            pair.unavailable_reason = rng.choice(REASONS_UNAVAILABLE)
            pair.unavailable_until = night + timedelta(days=rng.randint(2, 10))
        # what the shelter's staff will say tonight about their out-of-service beds
        out_of_service = min(pair.unavailable, capacity) if pair.unavailable_until else 0
        reason = pair.unavailable_reason if out_of_service else ""
        state = beds.virtual_state(capacity, self._carried(pair, night))
        target = min(1.0, pair.level * (0.68 + 0.3 * season) + (0.03 if weekend else 0) + rng.uniform(-0.08, 0.08))
        usable = capacity - out_of_service
        # Most beds go to regulars at the door; the hotline fills what is left.
        walk_ins = max(0, min(usable, round(usable * target * rng.uniform(0.82, 0.95))))
        pending: list[tuple[datetime, int, str, dict]] = []
        seq = iter(range(10**9))

        def later(at: datetime, kind: str, data: dict) -> None:
            heapq.heappush(pending, (at, next(seq), kind, data))

        if not silent:
            later(self._at(night, 18, rng.randrange(15, 59)), "counts", {"occupied": walk_ins})
        n_holds = min(usable - walk_ins, max(0, round(rng.gauss(usable * target - walk_ins, 1.2))))
        for _ in range(n_holds):
            later(self._at(night, rng.randint(19, 21), rng.randrange(60)), "hold", {})
        if night == night_of(self.now) and rng.random() < 0.4:
            # Tonight: people on their way, held until a deadline still ahead (the expected arrivals).
            for _ in range(rng.randint(1, 2)):
                later(self.now - timedelta(minutes=rng.randint(5, 60)), "hold",
                      {"deadline": self.now + timedelta(minutes=rng.randint(45, 150)), "live": True})
        late_walk_ins = rng.randint(0, 2)
        if not silent:
            later(self._at(night, 23, rng.randrange(20, 59)), "late_counts", {"extra": late_walk_ins})
        bed_state_id = None
        last_at, last_user = None, None
        key = {"partner_id": pair.partner_id, "category_id": pair.category_id}
        while pending:
            at, _seq, kind, data = heapq.heappop(pending)
            if at > self.now:
                continue
            before = dict(state)
            extra: dict[str, Any] = {}
            user: int | None = self.operator_id
            if kind == "counts":  # beds.set_counts(occupied=…, unavailable=…, unavailable_reason=…)
                state["unavailable"] = min(out_of_service, capacity - state["held"])
                state["occupied"] = min(data["occupied"], capacity - state["unavailable"] - state["held"])
                state["unavailable_reason"] = reason
                state["counts_updated_at"] = at
                action, user = LedgerAction.COUNTS_SET, None
                self._step(at, "set_counts", shelter=pair.partner_id, category=pair.category_id,
                           occupied=state["occupied"], unavailable=state["unavailable"], unavailable_reason=reason)
            elif kind == "late_counts":  # beds.set_counts(occupied=…)
                room = capacity - state["unavailable"] - state["held"] - state["occupied"]
                state["occupied"] += max(0, min(data["extra"], room))
                if state["unavailable"] == 0:
                    state["unavailable_reason"] = ""
                state["counts_updated_at"] = at
                action, user = LedgerAction.COUNTS_SET, None
                self._step(at, "set_counts", shelter=pair.partner_id, category=pair.category_id,
                           occupied=state["occupied"], unavailable=None, unavailable_reason=None)
            elif kind == "hold":
                if state["capacity"] - state["unavailable"] - state["occupied"] - state["held"] <= 0:
                    self._refusal(rows, pair, night, at, source="call")
                    continue
                action, extra = self._hold(rows, pair, night, at, data, state, later)
            else:  # a hold closes: the person arrived, did not come (swept after the deadline), or cancelled
                state["held"] -= 1
                if kind == HoldStatus.ARRIVED:
                    state["occupied"] += 1
                action = {HoldStatus.ARRIVED: LedgerAction.HOLD_ARRIVED, HoldStatus.EXPIRED: LedgerAction.HOLD_EXPIRED,
                          HoldStatus.RELEASED: LedgerAction.HOLD_RELEASED}[HoldStatus(kind)]
                user = None if kind == HoldStatus.EXPIRED else self.operator_id
                extra = beds.hold_fields(data["hold_id"])
                self._step(at, "hold_closed", hold=data["hold_id"], status=kind, user=user)
            if bed_state_id is None:
                bed_state_id = self._next("bed_state")
            # the bed counts' row comes first: an orientation's row follows its hold's in the same transaction
            self._ledger(rows, at, action, "bed_state", bed_state_id, before, {**state, **extra}, pair.partner_id,
                         pair.category_id, night, user)
            if "orientation" in data:
                o_action = (LedgerAction.ORIENTATION_CREATED if action == LedgerAction.HOLD_TAKEN
                            else LedgerAction.ORIENTATION_STATUS)
                self._ledger(rows, at, o_action, "orientation", data["orientation"], data.get("o_before"),
                             data["o_after"], pair.partner_id, pair.category_id, night, user)
            last_at, last_user = at, user
        # A full shelter turns people away: at its door, and through the hotline (more in winter).
        if state["capacity"] - state["unavailable"] - state["occupied"] - state["held"] <= 0:
            for _ in range(rng.choices(TURNED_AWAY, cum_weights=TURNED_AWAY_CUM[winter])[0]):
                at = self._at(night, rng.randint(19, 23), rng.randrange(60))
                if at <= self.now:
                    self._refusal(rows, pair, night, at, source=rng.choice(["call", "call", "door"]))
        if bed_state_id is not None:
            rows["bed_state"].append({"id": bed_state_id, **key, "night": night, **state, "updated_at": last_at,
                                      "updated_by": last_user})
            pair.last_state, pair.last_night = dict(state), night

    def _hold(self, rows: dict[str, list], pair: Pair, night: date, at: datetime, data: dict, state: dict[str, Any],
              later: Callable[[datetime, str, dict], None]) -> tuple[LedgerAction, dict[str, Any]]:
        """A call for a bed: the operator saves the call, then orients the person to the bed (its hold)."""
        rng = self.rng
        hold_id = self._next("hold")
        deadline = data.get("deadline") or self._at(night, 22, 0)
        if deadline <= at:
            deadline = at + timedelta(hours=1)
        state["held"] += 1
        code = self.cat_code[pair.category_id]
        profile = PROFILE_OF_CATEGORY.get(code) or ("femme" if rng.random() < 0.3 else "homme")
        person = self._person(rows, at, night, profile, self.operator_id)
        person_id = person[0]
        call_id = self._call(rows, at, ["hebergement"], CallOutcome.ORIENTE.value, person,
                             household_size=self._household_size(pair.category_id, person_id))
        outcome = rng.choices(HOLD_OUTCOMES, cum_weights=HOLD_OUTCOME_WEIGHTS)[0]
        end_at = (at + timedelta(minutes=rng.randint(20, 100)) if outcome == HoldStatus.ARRIVED else
                  deadline + timedelta(minutes=rng.randint(1, 9)) if outcome == HoldStatus.EXPIRED else
                  at + timedelta(minutes=rng.randint(5, 40)))
        if outcome == HoldStatus.ARRIVED and end_at >= deadline:
            end_at = deadline - timedelta(minutes=1)
        resolved = end_at <= self.now and not data.get("live")
        status = outcome.value if resolved else HoldStatus.ACTIVE.value
        rows["hold"].append({"id": hold_id, "partner_id": pair.partner_id, "category_id": pair.category_id,
                             "night": night, "person_id": person_id, "status": status, "deadline": deadline,
                             "created_at": at, "created_by": self.operator_id,
                             "closed_at": end_at if resolved else None})
        oid = self._next("orientation")
        o_status = ORIENTATION_OF_HOLD[status]
        confirmed = OrientationStatus.CONFIRMEE.value
        rows["orientation"].append({
            "id": oid, "call_id": call_id, "person_id": person_id, "partner_id": pair.partner_id,
            "category_id": pair.category_id, "hold_id": hold_id, "night": night, "status": o_status,
            "deadline": deadline, "note": "", "created_at": at, "created_by": self.operator_id,
            "updated_at": end_at if resolved else at})
        self.n_orientations += 1
        data.update(orientation=oid, o_after=orientations.created_after(confirmed, call_id, hold_id))
        self._step(at, "orient_bed", orientation=oid, hold=hold_id, call=call_id, person=person_id,
                   shelter=pair.partner_id, category=pair.category_id, deadline=deadline)
        if resolved:
            later(end_at, outcome.value, {"hold_id": hold_id, "orientation": oid, "o_before": {"status": confirmed},
                                          "o_after": {"status": o_status}})
        return LedgerAction.HOLD_TAKEN, beds.hold_fields(hold_id, deadline)

    def write(self, target: RowTarget, rows: dict[str, list]) -> None:
        for table, kind in ((Person, "person"), (Call, "call"), (BedState, "bed_state"), (Hold, "hold"),
                            (Orientation, "orientation"), (Refusal, "refusal"), (LedgerEntry, "ledger")):
            target.insert(table, rows[kind])

    @staticmethod
    def follow_ids(conn: Any) -> None:
        """PostgreSQL: the id sequences after the rows written with their ids (`catch_up_ids`)."""
        catch_up_ids(conn, [Person, Call, BedState, Hold, Orientation, Refusal])

    def last_contacts(self, conn: Any) -> None:
        """persons.touch, once for the whole history: the last contact of persons written in an earlier chunk
        (what the retention limit counts from)."""
        if self.touched:
            conn.execute(update(Person).where(Person.id == bindparam("person_id"))
                         .values(last_contact_at=bindparam("at")),
                         [{"person_id": p, "at": at} for p, at in self.touched.items()])
