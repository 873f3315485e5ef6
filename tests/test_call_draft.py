"""The call draft without Qt: what each key press decides, and late finder answers dropped."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime

import pytest

from relais_desk.domain.models import Orientation, Person
from relais_desk.domain.nights import utcnow
from relais_desk.services import finder, orientations, partners
from relais_desk.services.call_draft import (
    CallDraft,
    FinderAnswer,
    Taken,
    Verdict,
    find_for,
    give_back,
    referral_choices,
)
from relais_desk.services.finder import Match, Profile
from relais_desk.services.orientations import OrientationInfo
from relais_desk.services.tonight import StayTonight
from tests.network import SYSTEM

NOW = datetime(2026, 12, 1, 20, tzinfo=UTC)
WOMAN, MAN = Profile(gender="femme", person_id=7), Profile(gender="homme", person_id=7)
CATEGORIES = [{"code": "hommes", "label_fr": "Hommes", "gender": "homme", "families": False, "minors": False},
              {"code": "femmes", "label_fr": "Femmes", "gender": "femme", "families": False, "minors": False},
              {"code": "familles", "label_fr": "Familles", "gender": "any", "families": True, "minors": False},
              {"code": "mixte", "label_fr": "Mixte", "gender": "any", "families": False, "minors": False}]


def _match(shelter: str, category: str, *, free: int = 2, quota_reached: bool = False, partner_id: int = 1,
           category_id: int = 1) -> Match:
    return Match(partner_id, shelter, "Charleroi", "", category_id, category, category.capitalize(), free, 5, 0, NOW,
                 False, False, False, False, True, 7 if quota_reached else None, 30 if quota_reached else None,
                 7 if quota_reached else 0, quota_reached)


def _orientation(partner: str, hold_id: int | None = 1) -> OrientationInfo:
    return OrientationInfo(1, None, 7, None, 1, partner, "accueil_de_nuit", "femmes", "Femmes", hold_id,
                           date(2026, 12, 1), NOW, "confirmee", "", NOW, NOW)


def _draft(profile: Profile, *matches: Match, stays: tuple[StayTonight, ...] = ()) -> CallDraft:
    draft = CallDraft()
    draft.categories = CATEGORIES
    draft.set_profile(profile)
    question = draft.ask()
    fits = tuple(dict.fromkeys((m.category, m.category_fr) for m in matches))
    assert draft.take_answer(FinderAnswer(profile, matches, fits, NOW, stays, question))
    return draft


def test_the_night_quota_warns_then_a_second_press_holds():
    m = _match("Abri Dourlet", "hommes", quota_reached=True)
    draft = _draft(MAN, m)
    first = draft.decide_hold(m, year_problem=None, online=True)
    assert (first.verdict, first.reason, first.params["shelter"]) == (Verdict.CONFIRM, "quota", "Abri Dourlet")
    # if not this bed, the refusal to record next: « quota dépassé » for its bed type
    assert (first.params["category"], first.params["refusal_reason"]) == ("hommes", "quota_depasse")
    assert draft.decide_hold(m, year_problem=None, online=True).do
    draft.set_profile(Profile(gender="homme", person_id=7, with_dog=True))  # another profile: asked again
    draft.take_answer(FinderAnswer(draft.profile, (m,), (), NOW, (), draft.ask()))
    assert draft.decide_hold(m, year_problem=None, online=True).verdict is Verdict.CONFIRM


def test_a_second_bed_in_the_same_call_needs_confirmation():
    m = _match("Maison Bienvenue", "femmes")
    draft = _draft(WOMAN, m)
    assert draft.decide_hold(m, year_problem=None, online=True).do
    draft.add(Taken("Lit réservé", orientation=_orientation("Maison Bienvenue")))
    second = draft.decide_hold(m, year_problem=None, online=True)
    assert (second.verdict, second.reason, second.params["partner"]) == (Verdict.CONFIRM, "second_bed",
                                                                          "Maison Bienvenue")
    assert draft.decide_hold(m, year_problem=None, online=True).do


def test_a_person_already_oriented_tonight_is_warned_once_naming_where():
    m = _match("Maison Bienvenue", "femmes")
    stay = StayTonight(41, 2, "Abri Dourlet", "femmes", "Femmes", date(2026, 12, 1), "active", NOW)
    draft = _draft(WOMAN, m, stays=(stay,))
    assert draft.stays_elsewhere() == (stay,)
    first = draft.decide_hold(m, year_problem=None, online=True)
    assert (first.verdict, first.reason, first.params["where"]) == (Verdict.CONFIRM, "already_tonight",
                                                                     "Abri Dourlet (Femmes)")
    assert draft.decide_hold(m, year_problem=None, online=True).do
    draft.add(Taken("Lit réservé", orientation=_orientation("Abri Dourlet", hold_id=41)))
    assert draft.stays_elsewhere() == ()  # the hold of this very call is a second bed, not « déjà orienté·e »


def test_a_refusal_for_lack_of_space_while_beds_are_listed_needs_confirmation():
    draft = _draft(WOMAN, _match("Maison Bienvenue", "femmes", free=3), _match("Le Rebond", "mixte", free=1))
    first = draft.decide_refusal("femmes", "saturation", "")
    assert (first.verdict, first.reason, first.params["free"]) == (Verdict.CONFIRM, "beds_listed", 3)
    second = draft.decide_refusal("femmes", "saturation", " pas de place pour deux ")
    assert second.do and second.params["refusal"].note == "pas de place pour deux"
    assert draft.decide_refusal("femmes", "quota_depasse", "").do  # another reason: nothing to confirm
    assert draft.decide_refusal("hommes", "saturation", "").do  # none listed for that bed type
    assert draft.decide_refusal(None, "saturation", "").reason == "no_category"
    assert draft.decide_refusal("femmes", "quota_depasse", "x" * 501).reason == "note"


def test_a_late_answer_for_the_old_profile_is_dropped():
    """The woman's (slow) answer comes back after the man's: the list and the hold follow the man."""
    women, men = _match("Maison Bienvenue", "femmes"), _match("Abri Dourlet", "hommes")
    draft = CallDraft()
    draft.set_profile(WOMAN)
    slow = draft.ask()
    draft.set_profile(MAN)
    fast = draft.ask()
    assert draft.decide_hold(None, year_problem=None, online=True).reason == "list_refreshing"
    assert draft.take_answer(FinderAnswer(MAN, (men,), (("hommes", "Hommes"),), NOW, (), fast))
    assert draft.reserve_now()  # the Ctrl+R pressed while the list was on its way runs now
    assert not draft.take_answer(FinderAnswer(WOMAN, (women,), (("femmes", "Femmes"),), NOW, (), slow))
    assert draft.matches == (men,) and draft.fits == (("hommes", "Hommes"),) and not draft.finder_loading
    assert draft.decide_hold(women, year_problem=None, online=True).reason == "no_selection"  # never her bed
    assert draft.decide_hold(men, year_problem=None, online=True).do


def test_an_older_answer_for_the_same_profile_does_not_replace_a_newer_one():
    old_list, new_list = _match("Abri Dourlet", "hommes", free=3), _match("Abri Dourlet", "hommes", free=2)
    draft = CallDraft()
    draft.set_profile(MAN)
    first, second = draft.ask(), draft.ask()
    assert not draft.list_is_current
    assert draft.take_answer(FinderAnswer(MAN, (new_list,), (), NOW, (), second))
    assert not draft.take_answer(FinderAnswer(MAN, (old_list,), (), NOW, (), first))
    assert draft.matches == (new_list,) and draft.list_is_current


def test_ctrl_r_waits_for_the_list_of_a_changed_profile():
    m = _match("Maison Bienvenue", "femmes")
    draft = _draft(WOMAN, m)
    draft.set_profile(Profile(gender="femme", person_id=7, wheelchair=True))
    assert draft.matches == ()  # the list shown was for the profile before
    waiting = draft.decide_hold(m, year_problem=None, online=True)
    assert (waiting.verdict, waiting.reason) == (Verdict.WAIT, "list_refreshing")
    question = draft.ask()
    assert draft.decide_save(online=True, needs_alias=False, children=0, household=1).reason == "after_hold"
    draft.answer_failed(question)  # the list could not come: no hold, and no save behind the operator's back
    assert not draft.under_way.reserve_after_refresh and not draft.under_way.save_after


def test_the_birth_year_gate_and_other_refusals_of_a_hold():
    m = _match("Maison Bienvenue", "femmes")
    draft = _draft(WOMAN, m)
    assert draft.decide_hold(m, year_problem="Année de naissance : « 2O10 »", online=True).reason == "birth_year"
    assert draft.decide_hold(None, year_problem=None, online=True).reason == "no_selection"
    assert draft.decide_hold(m, year_problem=None, online=False).reason == "offline"
    draft.under_way.start()
    assert draft.decide_hold(m, year_problem=None, online=True).verdict is Verdict.WAIT  # one thing at a time
    draft.saving = True
    assert draft.decide_hold(m, year_problem=None, online=True).reason == "saving"


def test_a_save_checks_the_children_and_the_household_and_waits_for_a_hold():
    draft = _draft(WOMAN)
    for children, household, field in ((21, 1, "children"), (0, 0, "household_size"), (0, 31, "household_size")):
        decision = draft.decide_save(online=True, needs_alias=False, children=children, household=household)
        assert decision.reason == "invalid" and decision.params["error"].field == field
    assert draft.decide_save(online=True, needs_alias=True, children=0, household=1).reason == "alias"
    assert draft.decide_save(online=False, needs_alias=False, children=0, household=1).reason == "offline"
    call = draft.under_way.start()
    assert draft.decide_save(online=True, needs_alias=False, children=0, household=1).reason == "after_hold"
    assert draft.under_way.ended(call, ok=True)  # the hold is taken: the deferred save runs now
    assert draft.decide_save(online=True, needs_alias=False, children=2, household=3).do


@pytest.mark.parametrize(("profile", "expected"), [
    (Profile(gender="femme", children=3, with_dog=True, wheelchair=True), "familles"),
    (Profile(gender="homme", household=3), "familles"),
    (Profile(gender="femme"), "femmes"),
    (Profile(gender="homme", intoxicated=True), "hommes"),
    (Profile(gender="inconnu"), "mixte"),
])
def test_the_refusal_category_follows_the_profile_with_an_empty_list(profile, expected):
    draft = _draft(profile)  # the finder found nothing
    assert draft.refusal_category() == expected
    assert draft.refusal_categories()[0][0] == expected


def test_the_refusal_category_comes_from_the_database_categories(network_db):
    profile = Profile(gender="femme", children=3, with_dog=True, wheelchair=True)
    assert finder.find_beds(network_db, profile) == []
    draft = CallDraft()
    draft.categories = partners.list_categories(network_db)
    draft.year = utcnow().year
    draft.set_profile(profile)
    assert draft.refusal_category() == "familles"


def test_the_finder_answer_names_the_fits_and_where_the_person_is_tonight(network_db):
    with network_db.write() as s:
        person = Person(alias="Lina K.", gender="femme", created_at=utcnow())
        s.add(person)
        s.flush()
        pid = person.id
    orientations.orient_to_bed(network_db, shelter="Abri Dourlet", category="femmes", actor=SYSTEM, source="tests",
                               person_id=pid)
    orientations.orient_to_bed(network_db, shelter="Abri Dourlet", category="femmes", actor=SYSTEM, source="tests")
    answer = find_for(network_db, Profile(gender="femme", person_id=pid), 3)
    assert answer.question == 3 and [s.text for s in answer.stays] == ["Abri Dourlet (Femmes)"]
    assert ("Abri Dourlet", "femmes") not in [(m.shelter, m.category) for m in answer.matches]  # full now
    assert ("femmes", "Femmes") in answer.fits  # the full one still names a bed type that fits


def _partner(partner_id: int, kind: str, name: str, city: str = "") -> partners.PartnerInfo:
    return partners.PartnerInfo(partner_id, kind, name, city, "", "", "", False, True, None, None, "")


def test_a_call_refers_to_any_axis_but_urgence_sociale_night_shelters_last_naming_the_town():
    choices = referral_choices([_partner(1, "accueil_de_nuit", "Abri Dourlet", "Charleroi"),
                                _partner(2, "urgence_sociale", "DUS", "Charleroi"),
                                _partner(3, "sante", "Relais santé Mons", "Mons"),
                                _partner(4, "accueil_de_jour", "Comptoir", "Charleroi"),
                                _partner(5, "ancien_axe", "Service disparu"),
                                _partner(6, "logement", "Capteur logement")])
    assert choices == [("Capteur logement", 6), ("Comptoir (Charleroi)", 4), ("Relais santé Mons", 3),
                       ("Abri Dourlet (Charleroi)", 1)]


def test_the_refusal_keeps_a_chosen_bed_type_that_still_takes_the_profile():
    draft = _draft(WOMAN, _match("Maison Bienvenue", "femmes"), _match("Le Rebond", "mixte"))
    assert draft.refusal_kept() == ["femmes", "mixte", "femmes"]  # the fits, and the one a refusal is filed under
    assert _draft(Profile(gender="homme")).refusal_kept() == ["hommes"]


def test_abandoning_or_quitting_while_the_call_is_being_saved_waits_for_it():
    draft = _draft(WOMAN)
    assert draft.decide_abandon().do and draft.decide_quit(has_content=False).do
    assert draft.decide_quit(has_content=True).verdict is Verdict.CONFIRM  # the operator chooses
    draft.saving = True
    assert (draft.decide_abandon().verdict, draft.decide_abandon().reason) == (Verdict.REFUSE, "saving")
    assert (draft.decide_quit(has_content=True).verdict, draft.decide_quit(has_content=True).reason) == (
        Verdict.WAIT, "saving")  # closed right after the save
    draft.saving = False
    draft.under_way.start()
    draft.reset()  # a hold of the call left still on its way: given back before the app quits
    assert draft.decide_quit(has_content=False).reason == "late"
    draft.under_way.late_done()
    assert draft.decide_quit(has_content=False).do


def test_the_lines_given_back_when_abandoning_failed_half_way():
    draft = _draft(WOMAN)
    first, second = _orientation("Abri Dourlet"), replace(_orientation("Le Rebond"), orientation_id=2)
    draft.add(Taken("un", orientation=first))
    draft.add(Taken("deux", orientation=second))
    draft.add(Taken("refus"))
    assert [t.text for t in draft.given_back([1])] == ["un"]


def _free_for_women(db) -> int:  # noqa: ANN001
    return sum(m.free for m in finder.find_beds(db, Profile(gender="femme")) if (m.shelter, m.category) == (
        "Abri Dourlet", "femmes"))


def test_giving_back_cancels_the_call_holds_and_skips_one_closed_elsewhere(network_db):
    before = _free_for_women(network_db)
    held = orientations.orient_to_bed(network_db, shelter="Abri Dourlet", category="femmes", actor=SYSTEM,
                                      source="tests")
    referred = orientations.orient_to_partner(network_db, partner="Comptoir de jour", actor=SYSTEM, source="tests")
    orientations.set_status(network_db, referred.orientation_id, "annulee", actor=SYSTEM, source="tests")
    given: list[int] = []
    assert give_back(network_db, [referred.orientation_id, held.orientation_id], actor=SYSTEM, source="tests",
                     given=given) == given == [referred.orientation_id, held.orientation_id]
    with network_db.read() as s:
        assert s.get(Orientation, held.orientation_id).status == "annulee"
    assert _free_for_women(network_db) == before  # the bed is back at once
