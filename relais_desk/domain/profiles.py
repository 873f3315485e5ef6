"""Whom a bed category takes: the person's profile matched against the categories' data.

A category says whom it is for (`gender`, `families`, `minors`); nothing here knows a category's code.
The finder lists the categories that fit, a hold is refused in one that does not, and a refusal is
filed under the category the person would have needed — even when no bed of any kind is free.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from relais_desk.domain.enums import Gender

MAX_HOUSEHOLD = 30  # « personnes dans le ménage »: more is a typo, or a group the network takes otherwise


class CategoryLike(Protocol):
    """What the rules read of a bed category (a `BedCategory` row or the same fields as a plain object)."""

    gender: str
    families: bool
    minors: bool


@dataclass(frozen=True)
class Profile:
    gender: str = Gender.INCONNU.value
    birth_year: int | None = None
    minor: bool | None = None  # when the age is unknown but the caller says so
    children: int = 0
    with_dog: bool = False
    wheelchair: bool = False
    intoxicated: bool = False  # needs a low-threshold (bas seuil) shelter
    person_id: int | None = None
    household: int = 1  # « personnes dans le ménage », the person included

    def is_minor(self, year: int) -> bool:
        if self.minor is not None:
            return self.minor
        return self.birth_year is not None and year - self.birth_year < 18

    @property
    def household_size(self) -> int:
        """Persons to shelter together: the household as told, and at least the person and their children."""
        return max(self.household, 1 + self.children)

    @property
    def is_family(self) -> bool:
        return self.household_size > 1


@dataclass(frozen=True)
class Whom:
    """The rule part of a category given as a mapping (e.g. `partners.list_categories`)."""

    gender: str
    families: bool
    minors: bool


def _whom(cat: Any) -> CategoryLike:
    if isinstance(cat, Mapping):
        return Whom(str(cat.get("gender") or "any"), bool(cat.get("families")), bool(cat.get("minors")))
    return cat


def category_fits(cat: CategoryLike, profile: Profile, year: int) -> tuple[bool, bool]:
    """(fits, exact): whether the category may take this person, and whether it is meant for them."""
    if profile.is_family:
        return cat.families, cat.families
    if profile.is_minor(year):
        return cat.minors, cat.minors
    if cat.families or cat.minors:
        return False, False
    if cat.gender == "any":
        return True, False
    if profile.gender in (Gender.FEMME.value, Gender.HOMME.value):
        return cat.gender == profile.gender, cat.gender == profile.gender
    return False, False


def places_suffice(free: int, *, counted_in_rooms: bool, profile: Profile) -> bool:
    """Free room(s) or places enough for the household: one room takes a family, places are one a person."""
    return free >= (1 if counted_in_rooms else profile.household_size)


def refusal_category(categories: Sequence[Any], profile: Profile, year: int) -> Any | None:
    """The category a refusal is filed under: the one the person would have needed, from the data.

    `categories` (rows or mappings) in their display order. A family goes under a families category, a minor
    under a minors one, a woman or a man under theirs; anyone else (gender unknown, other) under a
    category for anyone (mixte). Those meant for the person come before those that merely take them.
    """
    whom = [(c, _whom(c)) for c in categories]
    exact = [c for c, w in whom if category_fits(w, profile, year) == (True, True)]
    taking = [c for c, w in whom if category_fits(w, profile, year)[0]]
    return next(iter(exact or taking), None)


def not_accepted_keys(cat: CategoryLike, profile: Profile, year: int, *, dogs_accepted: bool,
                      wheelchair_accessible: bool, low_threshold: bool) -> list[str]:
    """Why these beds cannot take this person, as keys of `domain.messages.WHY` (empty: they can)."""
    if not category_fits(cat, profile, year)[0]:
        if profile.is_family:
            return ["no_household"]
        if profile.is_minor(year):
            return ["no_minor"]
        return ["not_for_gender"]
    return [why for needed, offered, why in ((profile.with_dog, dogs_accepted, "no_dogs"),
                                             (profile.wheelchair, wheelchair_accessible, "no_wheelchair"),
                                             (profile.intoxicated, low_threshold, "not_low_threshold"))
            if needed and not offered]

