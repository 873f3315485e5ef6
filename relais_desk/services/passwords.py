"""The password policy of every account (both backends), and the one-time passwords of an admin reset.

A new password has 12 to 1000 characters, no NUL byte, and a zxcvbn score of at least 3 ("safely
unguessable": about 10^8 guesses). zxcvbn knows English words and common passwords; the few French
words below are the ones a French-speaking user would reach for first.
"""

from __future__ import annotations

import secrets
import threading

from zxcvbn import zxcvbn

from relais_desk.services.errors import InvalidValue

MIN_LENGTH = 12
MAX_LENGTH = 1000
MIN_SCORE = 3
_ZXCVBN_MAX = 72  # zxcvbn refuses longer input; characters beyond can only make a password stronger
# zxcvbn keeps the user inputs in a module-level dictionary: two threads must not score at once.
_zxcvbn_lock = threading.Lock()

FRENCH_WORDS = ("motdepasse", "mot-de-passe", "mot", "passe", "azerty", "bonjour", "soleil", "chouchou", "doudou",
                "relais", "social", "relaisdesk", "belgique", "wallonie")

# zxcvbn's warnings (English, without the final period, lower case) → the key of what we say instead
# (`domain.messages.WEAKNESSES`).
_WARNINGS = {
    "straight rows of keys are easy to guess": "keyboard_row",
    "short keyboard patterns are easy to guess": "keyboard_pattern",
    'repeats like "aaa" are easy to guess': "repeat_char",
    'repeats like "abcabcabc" are only slightly harder to guess than "abc"': "repeat_group",
    'sequences like "abc" or "6543" are easy to guess': "sequence",
    "recent years are easy to guess": "recent_year",
    "dates are often easy to guess": "date",
    "this is a top-10 common password": "top10",
    "this is a top-100 common password": "top100",
    "this is a very common password": "very_common",
    "this is similar to a commonly used password": "like_common",
    "a word by itself is easy to guess": "single_word",
    "names and surnames by themselves are easy to guess": "single_name",
    "common names and surnames are easy to guess": "common_names",
}

# One-time passwords: no 0/o, 1/l/i, 5/s, 2/z, 8/b, 6/g, u/v: nothing to confuse when read out or typed.
OTP_ALPHABET = "acdefhjkmnpqrtwxy3479"
OTP_GROUPS, OTP_GROUP_LENGTH = 4, 4


def _guessed_in(seconds: float) -> str:
    """The weakness "it would be guessed in …" for zxcvbn's estimate."""
    for limit, weakness in ((1, "guessed_instantly"), (60, "guessed_seconds"), (3600, "guessed_minutes"),
                            (86_400, "guessed_hours"), (30 * 86_400, "guessed_days"),
                            (365 * 86_400, "guessed_months")):
        if seconds < limit:
            return weakness
    return "guessed_years"


def strength(password: str, user_inputs: list[str]) -> dict:
    """zxcvbn's verdict on the first 72 characters (score 0–4, feedback, estimated times)."""
    with _zxcvbn_lock:
        return zxcvbn(password[:_ZXCVBN_MAX], user_inputs=user_inputs)


def check_new_password(password: object, *, username: str = "", display_name: str = "") -> str:
    """The password, if it may become an account's password; else InvalidValue(field="password") in French."""
    if not isinstance(password, str):
        raise InvalidValue.of("password_not_text", field="password")
    if "\x00" in password:
        raise InvalidValue.of("password_nul", field="password")
    if len(password) < MIN_LENGTH:
        raise InvalidValue.of("password_too_short", field="password", minimum=MIN_LENGTH, length=len(password))
    if len(password) > MAX_LENGTH:
        raise InvalidValue.of("password_too_long", field="password", maximum=MAX_LENGTH)
    parts = display_name.split() if isinstance(display_name, str) else []
    names = [username, *parts, *(sep.join(parts) for sep in ("", " ", "-", ".", "_"))]
    inputs = [word for word in (*names, *FRENCH_WORDS) if isinstance(word, str) and word]
    result = strength(password, inputs)
    if result["score"] >= MIN_SCORE:
        return password
    warning = str(result["feedback"].get("warning") or "").strip().rstrip(".").lower()
    weakness = _WARNINGS.get(warning)
    if weakness is None and (username and username.lower() in password.lower()
                             or display_name and display_name.lower() in password.lower()):
        weakness = "has_name"
    if weakness is None:
        weakness = _guessed_in(float(result["crack_times_seconds"]["offline_slow_hashing_1e4_per_second"]))
    raise InvalidValue.of("password_too_weak", field="password", weakness=weakness)


def one_time_password() -> str:
    """A random password that passes the policy and reads out well over the phone: « kq7m-3xtd-… »."""
    while True:
        groups = ["".join(secrets.choice(OTP_ALPHABET) for _ in range(OTP_GROUP_LENGTH))
                  for _ in range(OTP_GROUPS)]
        candidate = "-".join(groups)
        try:  # ~70 bits of entropy: a draw that zxcvbn dislikes (a word by chance) is simply drawn again
            return check_new_password(candidate)
        except InvalidValue:
            continue
