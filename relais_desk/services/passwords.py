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

# zxcvbn's warnings (English, without the final period, lower case) and what we say instead.
_WARNINGS = {
    "straight rows of keys are easy to guess": "une rangée de touches du clavier se devine facilement",
    "short keyboard patterns are easy to guess": "un court motif du clavier se devine facilement",
    'repeats like "aaa" are easy to guess': "une répétition comme « aaa » se devine facilement",
    'repeats like "abcabcabc" are only slightly harder to guess than "abc"':
        "une répétition comme « abcabcabc » se devine presque aussi vite que « abc »",
    'sequences like "abc" or "6543" are easy to guess': "une suite comme « abc » ou « 6543 » se devine facilement",
    "recent years are easy to guess": "une année récente se devine facilement",
    "dates are often easy to guess": "une date se devine facilement",
    "this is a top-10 common password": "c'est l'un des dix mots de passe les plus courants",
    "this is a top-100 common password": "c'est l'un des cent mots de passe les plus courants",
    "this is a very common password": "c'est un mot de passe très courant",
    "this is similar to a commonly used password": "il ressemble à un mot de passe très courant",
    "a word by itself is easy to guess": "un mot seul se devine facilement",
    "names and surnames by themselves are easy to guess": "un nom ou un prénom seul se devine facilement",
    "common names and surnames are easy to guess": "les noms et prénoms courants se devinent facilement",
}

# One-time passwords: no 0/o, 1/l/i, 5/s, 2/z, 8/b, 6/g, u/v: nothing to confuse when read out or typed.
OTP_ALPHABET = "acdefhjkmnpqrtwxy3479"
OTP_GROUPS, OTP_GROUP_LENGTH = 4, 4


def _duration(seconds: float) -> str:
    for limit, text in ((1, "moins d'une seconde"), (60, "quelques secondes"), (3600, "quelques minutes"),
                        (86_400, "quelques heures"), (30 * 86_400, "quelques jours"),
                        (365 * 86_400, "quelques mois")):
        if seconds < limit:
            return text
    return "quelques années"


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
    reason = _WARNINGS.get(warning)
    if reason is None and (username and username.lower() in password.lower()
                           or display_name and display_name.lower() in password.lower()):
        reason = "il reprend votre identifiant ou votre nom"
    if reason is None:
        seconds = float(result["crack_times_seconds"]["offline_slow_hashing_1e4_per_second"])
        reason = f"il serait deviné en {_duration(seconds)}"
    raise InvalidValue(f"Mot de passe trop faible : {reason}. Ajoutez des mots ou des caractères inattendus.",
                       field="password")


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
