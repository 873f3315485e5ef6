"""The password policy of every account, and the one-time passwords of an admin reset."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from relais_desk.services import passwords
from relais_desk.services.errors import InvalidValue

FRENCH_HINTS = ("mot de passe", "caractère", "Mot de passe")


def _refused(password: object, **names: str) -> str:
    with pytest.raises(InvalidValue) as info:
        passwords.check_new_password(password, **names)
    assert info.value.field == "password"
    message = info.value.message
    assert any(hint in message for hint in FRENCH_HINTS), message
    assert "guess" not in message.lower() and "password" not in message  # zxcvbn's English never shows
    return message


@pytest.mark.parametrize("weak", ["12345678", "password1234", "aaaaaaaaaaaa", "azertyuiop12", "motdepasse12",
                                  "mot-de-passe"])
def test_weak_passwords_are_refused_in_french(weak):
    _refused(weak)


def test_the_reason_is_said():
    assert "au moins 12 caractères" in _refused("12345678")
    assert "très courant" in _refused("password1234")
    assert "répétition" in _refused("aaaaaaaaaaaa")
    assert "Ajoutez des mots" in _refused("password1234")


def test_a_password_made_of_the_username_or_the_name_is_refused():
    _refused("karimkarimkarim", username="karim")
    _refused("Karim-Benali", username="kb", display_name="Karim Benali")


def test_too_long_nul_byte_and_non_text_are_refused():
    assert "trop long" in _refused("correct-horse-battery-staple-" * 40)
    assert "nul" in _refused("lanterne-rouge\x00abri-7")
    for value in (None, 123456789012, b"lanterne-rouge-abri-7", ["lanterne-rouge-abri-7"]):
        _refused(value)


def test_a_good_password_passes_even_a_long_one():
    assert passwords.check_new_password("lanterne-rouge-abri-7", username="karim") == "lanterne-rouge-abri-7"
    long = "Le veilleur de nuit garde trois lits pour l'hiver à Charleroi. " * 10
    assert passwords.check_new_password(long) == long


@settings(max_examples=200, deadline=None)
@given(st.integers())
def test_one_time_passwords_pass_the_policy_and_read_out_well(_draw):
    otp = passwords.one_time_password()
    assert passwords.check_new_password(otp) == otp
    groups = otp.split("-")
    assert len(groups) == 4 and all(len(g) == 4 for g in groups)
    assert not set(otp) & set("0o1lis5z2b8g6uv")  # nothing to confuse over the phone


def test_one_time_passwords_differ():
    assert len({passwords.one_time_password() for _ in range(50)}) == 50
