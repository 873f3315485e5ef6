"""Resolve what users type (a shelter's name, a category's code) and validate plain values."""

from __future__ import annotations

import re
from enum import Enum
from typing import TypeVar

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from relais_desk.domain.models import BedCategory, Partner
from relais_desk.domain.profiles import MAX_HOUSEHOLD
from relais_desk.services.errors import InvalidValue, NotFound

E = TypeVar("E", bound=Enum)

MAX_COUNT = 10_000  # no shelter of the network has ten thousand beds
WHOLE_NUMBER = re.compile(r"[+-]?[0-9]+")


def text(value: object, field: str, *, max_len: int, required: bool = False, label: str | None = None) -> str:
    """A cleaned string of at most `max_len` characters."""
    label = label or field
    if value is None:
        value = ""
    if not isinstance(value, str):
        raise InvalidValue.of("text_expected", field=field, label=label)
    if "\x00" in value:
        raise InvalidValue.of("text_bad_character", field=field, label=label)
    cleaned = value.strip()
    if required and not cleaned:
        raise InvalidValue.of("required", field=field, label=label)
    if len(cleaned) > max_len:
        raise InvalidValue.of("text_too_long", field=field, label=label, length=len(cleaned), max=max_len)
    return cleaned


def choice(enum: type[E], value: object, field: str, *, label: str) -> E:
    """One of an enum's values as typed (its code), or a French message naming the values permitted."""
    try:
        return enum(str(value))
    except ValueError as exc:
        allowed = ", ".join(str(member.value) for member in enum)
        raise InvalidValue.of("choice_invalid", field=field, label=label, value=str(value)[:40],
                              allowed=allowed) from exc


def count(value: object, field: str, *, label: str | None = None, maximum: int = MAX_COUNT) -> int:
    """A whole number from 0 to `maximum` (bools and floats are refused, not rounded)."""
    label = label or field
    if isinstance(value, str):
        stripped = value.strip()
        if not WHOLE_NUMBER.fullmatch(stripped):  # ASCII digits only: "--5" or "²" are no numbers
            raise InvalidValue.of("not_an_integer", field=field, label=label, value=stripped[:20])
        value = int(stripped)
    if isinstance(value, bool) or not isinstance(value, int):
        raise InvalidValue.of("integer_expected", field=field, label=label)
    if value < 0:
        raise InvalidValue.of("count_negative", field=field, label=label, value=value)
    if value > maximum:
        raise InvalidValue.of("count_too_large", field=field, label=label, value=value, maximum=maximum)
    return value


def household_size(value: object, field: str = "household_size") -> int:
    """« Personnes dans le ménage »: the person included, so 1 or more, up to MAX_HOUSEHOLD."""
    n = count(value, field, label="Personnes dans le ménage", maximum=MAX_HOUSEHOLD)
    if n < 1:
        raise InvalidValue.of("household_at_least_one", field=field)
    return n


def shelter(session: Session, ref: str | int, *, field: str = "shelter") -> Partner:
    """A partner by id or by name (case-insensitive)."""
    if isinstance(ref, bool):
        raise InvalidValue.of("shelter_expected", field=field)
    if isinstance(ref, int):
        partner = session.get(Partner, ref)
    else:
        name = text(ref, field, max_len=200, required=True, label="Abri")
        partner = session.execute(
            select(Partner).where(func.lower(Partner.name) == name.lower())
        ).scalar_one_or_none()
    if partner is None:
        shown = str(ref)[:80]
        raise NotFound.of("partner_unknown", field=field, ref=shown)
    return partner


def category(session: Session, ref: str | int, *, field: str = "category") -> BedCategory:
    """A bed category by id, code or French label (case-insensitive)."""
    if isinstance(ref, bool):
        raise InvalidValue.of("category_expected", field=field)
    if isinstance(ref, int):
        cat = session.get(BedCategory, ref)
    else:
        code = text(ref, field, max_len=100, required=True, label="Catégorie").lower()
        cat = session.execute(
            select(BedCategory).where(
                (func.lower(BedCategory.code) == code) | (func.lower(BedCategory.label_fr) == code)
            )
        ).scalar_one_or_none()
    if cat is None:
        shown = str(ref)[:80]
        raise NotFound.of("category_unknown", field=field, ref=shown)
    return cat


def row_id(value: object, field: str, what: str) -> int:
    """A database id typed or passed by a caller; anything that cannot be one is simply not found."""
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= 2**31 - 1:
        raise NotFound.of("row_not_found", field=field, what=what, ref=str(value)[:20])
    return value
