"""The call being taken, Qt-free: its profile, what was taken during it, and what each key press does.

The intake widget renders a `CallDraft` and forwards the operator's keys to it. For each action the
draft gives a `Decision`: *do* it, *confirm* it first (a warning; the same key once more does it),
*refuse* it (a reason to fix first), or *wait* (a list or a hold is still on its way; it is done when
that arrives). Warnings a second press confirms: the night quota reached, a second bed in the same
call, a person already oriented tonight, « plus de place » while beds are listed.

What is under way is the draft's too: holds and referrals being taken, a save deferred behind them,
the finder's questions. A finder answer carries the profile it was computed for; an answer for a
profile that is no longer the one on screen is dropped, so the list — and Ctrl+R — follow the
latest profile, whatever order the answers come back in.

The partners a call can refer to (`referral_choices`) and the giving back of what a call left unsaved
had taken (`give_back`) are here too, so that the screen holds no rule of its own.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from enum import Enum
from typing import Any

from relais_desk.domain.enums import Gender, OrientationStatus, PartnerKind, RefusalReason
from relais_desk.domain.errors import UserFacingError
from relais_desk.domain.nights import moment, utcnow
from relais_desk.domain.profiles import Profile, refusal_category
from relais_desk.services import beds, finder, lookup, orientations, slips, tonight
from relais_desk.services.actor import Actor
from relais_desk.services.calls import RefusalDraft
from relais_desk.services.finder import Match
from relais_desk.services.orientations import OrientationInfo
from relais_desk.services.partners import PartnerInfo
from relais_desk.services.tonight import StayTonight
from relais_desk.store.database import Database


class Verdict(Enum):
    DO = "do"
    CONFIRM = "confirm"  # warned: the same key once more does it
    REFUSE = "refuse"  # something to fix first
    WAIT = "wait"  # done by itself once what it waits for arrives


@dataclass(frozen=True)
class Decision:
    verdict: Verdict
    reason: str = ""  # a stable code the screen words (and translates)
    params: Mapping[str, Any] = field(default_factory=dict)

    @property
    def do(self) -> bool:
        return self.verdict is Verdict.DO


DO = Decision(Verdict.DO)


@dataclass
class Taken:
    """Something done during the call, saved with it: a held bed, a referral or a refusal."""

    text: str
    orientation: OrientationInfo | None = None
    refusal: RefusalDraft | None = None


@dataclass(frozen=True)
class FinderAnswer:
    """What the finder found for `profile` (the list is computed with full categories too, to name the fits)."""

    profile: Profile
    matches: tuple[Match, ...]  # those that can be held now
    fits: tuple[tuple[str, str], ...]  # (code, label) of the categories that take the profile
    deadline: datetime  # the network's suggested arrival deadline
    stays: tuple[StayTonight, ...] = ()  # where the person already is tonight
    question: int = 0  # the number `CallDraft.ask` gave


def find_for(db: Database, profile: Profile, question: int) -> FinderAnswer:
    """The finder's answer to question `question`: beds that can be held, the categories that take the
    profile (one board read: full ones name the fits), the suggested deadline, where the person is tonight."""
    at = moment()
    with db.read() as session:  # one transaction: the list, where the person is tonight and the deadline agree
        every = finder.find_in_session(session, profile, at, include_full=True)
        stays = tonight.stays_in_session(session, profile.person_id, now=at) if profile.person_id is not None else []
        deadline = beds.default_deadline(session, at)
    fits = tuple(dict.fromkeys((m.category, m.category_fr) for m in every))
    return FinderAnswer(profile, tuple(m for m in every if m.available), fits, deadline, tuple(stays), question)


def referral_choices(partner_list: Iterable[PartnerInfo]) -> list[tuple[str, int]]:
    """(label, id) of the partners a caller can be referred to: every axis but urgence sociale itself,
    night shelters last (their beds are held from the finder), by name; the town said when the name
    does not say it."""
    kinds = {k.value for k in PartnerKind}
    chosen = sorted((p for p in partner_list if p.kind in kinds and p.kind != PartnerKind.URGENCE_SOCIALE.value),
                    key=lambda p: (p.kind == PartnerKind.ACCUEIL_DE_NUIT.value, p.name))
    return [(p.name if not p.city or slips.names_town(p.name, p.city) else f"{p.name} ({p.city})", p.partner_id)
            for p in chosen]


def give_back(db: Database, orientation_ids: Iterable[int], *, actor: Actor, source: str,
              given: list[int] | None = None) -> list[int]:
    """Cancel referrals taken during a call that is not saved: their beds go back to the network at once.
    One closed elsewhere meanwhile has nothing to give back. `given` receives each one as it is done, so
    that a caller knows which ones were given back when a later one fails (the connection lost)."""
    given = [] if given is None else given
    for oid in orientation_ids:
        with contextlib.suppress(UserFacingError):
            orientations.set_status(db, oid, OrientationStatus.ANNULEE.value, actor=actor, source=source)
        given.append(oid)
    return given


def profile_known(profile: Profile) -> bool:
    """Enough is known to list every place that fits (gender, or a family, or a minor)."""
    return profile.is_family or profile.minor is not None or profile.gender in (Gender.FEMME.value,
                                                                                 Gender.HOMME.value)


class UnderWay:
    """Holds and referrals being taken for the call on screen, late ones of earlier calls, a deferred save.

    Each call has a number. A hold that comes back after its call was saved or abandoned belongs to no
    call on screen: the screen gives it back to the network, and quitting waits until it is given back.
    """

    def __init__(self) -> None:
        self.call = 0  # the number of the call on screen
        self.in_flight = 0  # holds and referrals being taken for it
        self.late = 0  # those of earlier calls, still to come back and be given back
        self.save_after = False  # Entrée pressed while a hold was being taken: save once it is held
        self.reserve_after_refresh = False  # Ctrl+R pressed while the list was being refreshed
        self._settled: list[Callable[[], None]] = []

    def start(self) -> int:
        """An action begins for the call on screen; its number, to tell later whether it is still that call."""
        self.in_flight += 1
        return self.call

    def is_current(self, call: int) -> bool:
        return call == self.call

    def ended(self, call: int, *, ok: bool) -> bool:
        """An action of the call on screen came back; True when the deferred save should run now."""
        if call != self.call:
            return False
        self.in_flight -= 1
        if not ok:
            self.save_after = False  # the operator must see what went wrong before the call is saved
            return False
        if self.save_after and not self.in_flight:
            self.save_after = False
            return True
        return False

    def late_done(self) -> None:
        """An action of an earlier call came back (and was given back, or had failed)."""
        self.late -= 1
        if not self.late:
            waiting, self._settled = self._settled, []
            for then in waiting:
                then()

    def next_call(self) -> None:
        """The call on screen was saved or abandoned: what is still under way for it becomes late."""
        self.call += 1
        self.late += self.in_flight
        self.in_flight = 0
        self.save_after = self.reserve_after_refresh = False

    def when_settled(self, then: Callable[[], None]) -> None:
        """Run `then` once nothing of an earlier call is still to come back."""
        if self.late:
            self._settled.append(then)
        else:
            then()


class CallDraft:
    """One call on screen: its state and the rules of taking it."""

    def __init__(self) -> None:
        self.under_way = UnderWay()
        self.categories: list[Mapping[str, Any]] = []  # partners.list_categories, in display order
        self.year = utcnow().year  # the year ages are counted in, as the finder counts them
        self._questions: dict[int, Profile] = {}  # finder questions asked, not answered yet (of any call)
        self._asked = 0
        self.reset()

    def reset(self) -> None:
        """A fresh call: nothing taken, nothing acknowledged, the list to ask again."""
        self.under_way.next_call()
        self.profile = Profile()
        self.taken: list[Taken] = []
        self.shown: FinderAnswer | None = None
        self.saving = False
        self._quota_ack: tuple[int, int] | None = None
        self._second_bed_ack = False
        self._tonight_ack: tuple[int, ...] | None = None
        self._refusal_ack: str | None = None

    # -- the profile and the finder
    def set_profile(self, profile: Profile) -> None:
        if profile != self.profile:
            self.profile = profile
            self._quota_ack = None  # acknowledged for another person, or another list

    def ask(self, profile: Profile | None = None) -> int:
        """A finder question for `profile` (the current one by default); its number goes in the answer."""
        self._asked += 1
        self._questions[self._asked] = profile or self.profile
        return self._asked

    def take_answer(self, answer: FinderAnswer) -> bool:
        """Show `answer` if it is for the profile on screen; False when it is dropped (a late answer)."""
        self._questions.pop(answer.question, None)
        if answer.profile != self.profile:
            return False
        if self.shown is not None and self.shown.profile == answer.profile and answer.question < self.shown.question:
            return False  # an older list for the same person: the newer one is already shown
        self.shown = answer
        return True

    def answer_failed(self, question: int) -> None:
        self._questions.pop(question, None)
        if self.under_way.reserve_after_refresh:  # the hold asked for cannot be taken: no save behind it
            self.under_way.reserve_after_refresh = self.under_way.save_after = False

    @property
    def finder_loading(self) -> bool:
        return bool(self._questions)

    @property
    def list_is_current(self) -> bool:
        """The list shown is for the profile on screen, and no newer answer for it is on its way."""
        shown = self.shown
        if shown is None or shown.profile != self.profile:
            return False
        return not any(q > shown.question and p == self.profile for q, p in self._questions.items())

    def reserve_now(self) -> bool:
        """After an answer: True when a Ctrl+R pressed while the list was on its way should run now."""
        if self.under_way.reserve_after_refresh and self.list_is_current:
            self.under_way.reserve_after_refresh = False
            return True
        return False

    @property
    def matches(self) -> tuple[Match, ...]:
        return self.shown.matches if self.shown is not None and self.shown.profile == self.profile else ()

    @property
    def fits(self) -> tuple[tuple[str, str], ...]:
        return self.shown.fits if self.shown is not None and self.shown.profile == self.profile else ()

    def stays_elsewhere(self) -> tuple[StayTonight, ...]:
        """Where the person already is tonight, the holds of this very call left out (that is a second bed)."""
        if self.shown is None or self.shown.profile != self.profile:
            return ()
        mine = {t.orientation.hold_id for t in self.taken if t.orientation and t.orientation.hold_id}
        return tuple(s for s in self.shown.stays if s.hold_id not in mine)

    # -- the refusal's bed type
    def refusal_categories(self) -> list[tuple[str, str]]:
        """(code, label) of every bed type, the one the profile needs first, then those that take it."""
        best = refusal_category(self.categories, self.profile, self.year)
        fitting = [code for code, _ in self.fits]
        order = {code: i for i, code in enumerate(fitting)}

        def rank(c: Mapping[str, Any]) -> tuple[int, int]:
            if best is not None and c["code"] == best["code"]:
                return (0, 0)
            return (1, order[c["code"]]) if c["code"] in order else (2, 0)

        return [(c["code"], c["label_fr"]) for c in sorted(self.categories, key=rank)]

    def refusal_kept(self) -> list[str]:
        """The bed types a refusal chosen already stays on when the list is refreshed: those that take the profile."""
        best = self.refusal_category()
        return [code for code, _ in self.fits] + ([best] if best is not None else [])

    def refusal_category(self) -> str | None:
        """The code a refusal is filed under for this profile, even when nothing fits (from the data)."""
        best = refusal_category(self.categories, self.profile, self.year)
        return best["code"] if best is not None else None

    # -- decisions
    def _held(self) -> OrientationInfo | None:
        return next((t.orientation for t in self.taken if t.orientation and t.orientation.hold_id), None)

    def busy(self) -> Decision | None:
        """One thing at a time: the call is being saved, or a hold or referral is being taken."""
        if self.saving:
            return Decision(Verdict.REFUSE, "saving")
        if self.under_way.in_flight:
            return Decision(Verdict.WAIT, "in_flight")
        return None

    def decide_hold(self, match: Match | None, *, year_problem: str | None, online: bool) -> Decision:
        """Ctrl+R on `match` (the chosen line of the list shown)."""
        busy = self.busy()
        if busy is not None:
            return busy
        if not self.list_is_current:  # never hold from a list that no longer matches the profile
            self.under_way.reserve_after_refresh = True
            return Decision(Verdict.WAIT, "list_refreshing")
        refused = self._refuse_hold(match, year_problem=year_problem, online=online)
        if refused is not None:
            self.under_way.save_after = False  # not done: the call is not saved behind the operator's back
            return refused
        assert match is not None
        held = self._held()
        if held is not None and not self._second_bed_ack:
            self._second_bed_ack = True
            self.under_way.save_after = False
            return Decision(Verdict.CONFIRM, "second_bed", {"partner": held.partner})
        stays = self.stays_elsewhere()
        key = tuple(s.hold_id for s in stays)
        if held is None and stays and self._tonight_ack != key:
            self._tonight_ack = key
            self.under_way.save_after = False
            return Decision(Verdict.CONFIRM, "already_tonight", {"where": ", ".join(s.text for s in stays),
                                                                  "stays": stays})
        if match.quota_reached and self._quota_ack != match.key:
            self._quota_ack = match.key
            self.under_way.save_after = False
            # the refusal the operator records instead, if not this bed: « quota dépassé » for its bed type
            return Decision(Verdict.CONFIRM, "quota", {"shelter": match.shelter, "nights": match.nights_used,
                                                       "days": match.quota_days, "category": match.category,
                                                       "refusal_reason": RefusalReason.QUOTA_DEPASSE.value})
        self._second_bed_ack = False
        return DO

    def _refuse_hold(self, match: Match | None, *, year_problem: str | None, online: bool) -> Decision | None:
        if year_problem:  # a typo must not put a minor in an adult shelter
            return Decision(Verdict.REFUSE, "birth_year", {"problem": year_problem})
        if match is None or match not in self.matches:
            return Decision(Verdict.REFUSE, "no_selection")
        if not online:
            return Decision(Verdict.REFUSE, "offline")
        return None

    def decide_referral(self, partner_id: int | None, *, online: bool) -> Decision:
        busy = self.busy()
        if busy is not None:
            return busy
        if partner_id is None:
            self.under_way.save_after = False
            return Decision(Verdict.REFUSE, "no_partner")
        if not online:
            self.under_way.save_after = False
            return Decision(Verdict.REFUSE, "offline")
        return DO

    def free_listed(self, category: str) -> int:
        """Beds of `category` the list shows free and holdable for this person (quota not reached)."""
        return sum(m.free for m in self.matches if m.category == category and m.available and not m.quota_reached)

    def decide_refusal(self, category: str | None, reason: str | None, note: object) -> Decision:
        """Ctrl+Maj+R: a refusal noted with the call (saved with it)."""
        if self.saving:
            return Decision(Verdict.REFUSE, "saving")
        if category is None:
            return Decision(Verdict.REFUSE, "no_category")
        try:
            cleaned = lookup.text(note, "note", max_len=500, label="Remarque")
        except UserFacingError as exc:
            return Decision(Verdict.REFUSE, "note", {"problem": exc.message})
        free = self.free_listed(category)
        if reason == RefusalReason.SATURATION.value and free and self._refusal_ack != category:
            self._refusal_ack = category  # a « plus de place » with beds free would skew the saturation figures
            return Decision(Verdict.CONFIRM, "beds_listed", {"free": free, "category": category})
        self._refusal_ack = None
        return Decision(Verdict.DO, params={"refusal": RefusalDraft(category=category, reason=str(reason), note=cleaned)})

    def decide_save(self, *, online: bool, needs_alias: bool, children: object, household: object) -> Decision:
        """Entrée: save the call now, after the hold being taken, or say what to fix."""
        if self.saving:
            return Decision(Verdict.WAIT, "saving")
        if self.under_way.in_flight or self.under_way.reserve_after_refresh:
            self.under_way.save_after = True  # saved as soon as the bed being held is held (not if it fails)
            return Decision(Verdict.WAIT, "after_hold")
        if not online:
            return Decision(Verdict.REFUSE, "offline")
        if needs_alias:
            return Decision(Verdict.REFUSE, "alias")
        try:  # an anonymous call has no person to check them, but the finder matched on them
            lookup.count(children, "children", label="Enfants", maximum=20)
            lookup.household_size(household)
        except UserFacingError as exc:
            return Decision(Verdict.REFUSE, "invalid", {"error": exc})
        return DO

    def decide_abandon(self) -> Decision:
        """Échap: nothing to abandon while the call (and its beds) is being saved."""
        return Decision(Verdict.REFUSE, "saving") if self.saving else DO

    def decide_quit(self, *, has_content: bool) -> Decision:
        """Quitting the app: at once (*do*), once the call being saved or the late holds are back (*wait*), or
        after the operator chose to abandon the call in progress (*confirm*)."""
        if self.saving:
            return Decision(Verdict.WAIT, "saving")  # closed right after the save
        if has_content:
            return Decision(Verdict.CONFIRM, "in_progress")
        return Decision(Verdict.WAIT, "late") if self.under_way.late else DO

    # -- what was taken
    def add(self, item: Taken) -> None:
        self.taken.append(item)

    def forget(self, item: Taken) -> int | None:
        """Take a line off the call; its index, or None when it was not there."""
        if item not in self.taken:
            return None
        index = self.taken.index(item)
        self.taken.pop(index)
        return index

    def orientation_ids(self) -> list[int]:
        return [t.orientation.orientation_id for t in self.taken if t.orientation is not None]

    def refusals(self) -> list[RefusalDraft]:
        return [t.refusal for t in self.taken if t.refusal is not None]

    def given_back(self, orientation_ids: list[int]) -> list[Taken]:
        """The lines whose referral was given back already (abandoning failed half-way): not saved later."""
        return [t for t in self.taken if t.orientation and t.orientation.orientation_id in orientation_ids]

    def bed_orientation(self, row: int) -> OrientationInfo | None:
        """Line `row` if it is an orientation, else the last orientation taken during this call."""
        if 0 <= row < len(self.taken) and self.taken[row].orientation is not None:
            return self.taken[row].orientation
        return next((t.orientation for t in reversed(self.taken) if t.orientation is not None), None)

    @property
    def in_progress(self) -> bool:
        """Something was taken, or is being taken: abandoning the call has something to give back."""
        return bool(self.taken or self.under_way.in_flight)

    @property
    def quiet(self) -> bool:
        """Nothing on its way: no finder answer, no hold or referral, no late one, no save."""
        return not (self._questions or self.under_way.in_flight or self.under_way.late or self.saving)

