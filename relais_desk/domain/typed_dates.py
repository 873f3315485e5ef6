"""A date typed over a whole date field: `15031980`, `15/03/1980`, `1/3/80`, `15/03/1980 21:30`.

Digits fill the field's parts in order (day, month, year, hour, minute, as its display format says);
a part is full at its width, or ended early by a separator (`/ . - :`, a space or `h`). The parts not
typed keep the field's value from before. A date that does not exist (31/02) is a problem said in
plain words: it is never turned into another date.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

WIDTHS = {"dd": 2, "MM": 2, "yyyy": 4, "HH": 2, "mm": 2}
SEPARATORS = "/.-: h"
_PART = re.compile(r"dd|MM|yyyy|HH|mm")


@dataclass(frozen=True)
class TypedDate:
    value: datetime | None  # None: not a date (yet)
    problem: str | None = None  # why, in French, when the typing is finished


def parts(display_format: str) -> list[str]:
    """The parts of a display format such as `dd/MM/yyyy HH:mm`, in order."""
    found = _PART.findall(display_format)
    if not found:
        raise ValueError(f"no date part in {display_format!r}")
    return found


def is_typed_char(char: str) -> bool:
    return len(char) == 1 and (char.isdigit() and char.isascii() or char in SEPARATORS)


def _split(typed: str, names: list[str]) -> tuple[list[str], bool]:
    """The digits of each part, and whether the last one typed was ended (full or followed by a separator)."""
    pieces: list[str] = [""]
    ended = False
    for char in typed:
        if char.isdigit():
            if ended or len(pieces[-1]) >= WIDTHS[names[len(pieces) - 1]]:
                if len(pieces) == len(names):
                    return pieces, True  # more digits than the field holds: ignored
                pieces.append("")
            pieces[-1] += char
            ended = len(pieces[-1]) >= WIDTHS[names[len(pieces) - 1]]
        elif pieces[-1] and not ended:
            ended = True  # a separator ends the part early (« 1/3/1980 »)
    if ended and len(pieces) < len(names):
        pieces.append("")
    return pieces, ended


def _year(digits: str, base_year: int) -> int | None:
    if len(digits) == 4:
        return int(digits)
    if len(digits) == 2:  # « 80 »: the century that puts it at most 20 years after the field's year
        year = base_year // 100 * 100 + int(digits)
        return year - 100 if year > base_year + 20 else year
    return None


def read_typed(typed: str, display_format: str, base: datetime, *, finished: bool) -> TypedDate:
    """What `typed` means in a field showing `display_format` whose value was `base`.

    While typing (`finished=False`) only whole parts count, and a date that cannot be yet is None
    without a problem; once finished, a short part counts (`1/3`) and an impossible date is a problem."""
    names = parts(display_format)
    pieces, _ended = _split(typed, names)
    values = {"dd": base.day, "MM": base.month, "yyyy": base.year, "HH": base.hour, "mm": base.minute}
    shown = typed.strip()
    for i, digits in enumerate(pieces):
        if not digits:
            continue
        name = names[i]
        whole = len(digits) >= WIDTHS[name] or i < len(pieces) - 1 or finished
        if not whole:
            continue
        if name == "yyyy":
            year = _year(digits, base.year)
            if year is None:
                return TypedDate(None, f"« {shown} » : l'année a quatre chiffres (ex. 1980)." if finished else None)
            values[name] = year
        else:
            values[name] = int(digits)
    try:
        value = datetime(values["yyyy"], values["MM"], values["dd"], values["HH"], values["mm"], tzinfo=base.tzinfo)
    except ValueError:
        return TypedDate(None, f"« {shown} » : cette date ou cette heure n'existe pas." if finished else None)
    return TypedDate(value)
