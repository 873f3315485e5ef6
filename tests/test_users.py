"""Accounts on the embedded database: the one-time password of a reset, changing one's own password."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from relais_desk.domain.models import LedgerEntry, LocalCredential
from relais_desk.services import users
from relais_desk.services.errors import AuthenticationFailed, InvalidValue, NotAllowed
from tests.network import SYSTEM

FIRST = "lanterne-rouge-abri-7"
SECOND = "veilleur-de-nuit-a-Mons"


@pytest.fixture
def karim(sqlite_db):  # noqa: ANN201
    users.add_user(sqlite_db, username="karim", role="operateur", password=FIRST, display_name="Karim B.",
                   actor=SYSTEM)
    return users.authenticate(sqlite_db, "karim", FIRST)


def _ledger_text(db) -> str:  # noqa: ANN001
    with db.read() as session:
        rows = session.execute(select(LedgerEntry).where(LedgerEntry.entity == "user")).scalars().all()
        return " ".join(f"{r.before} {r.after}" for r in rows)


def _hashes(db) -> list[str]:  # noqa: ANN001
    with db.read() as session:
        return list(session.execute(select(LocalCredential.password_hash)).scalars())


def test_a_new_account_needs_a_strong_password(sqlite_db):
    with pytest.raises(InvalidValue) as info:
        users.add_user(sqlite_db, username="nina", role="operateur", password="nina12345678", actor=SYSTEM)
    assert info.value.field == "password" and "Mot de passe" in info.value.message
    assert users.count_users(sqlite_db) == 0


def test_a_reset_gives_a_one_time_password_that_must_be_changed(sqlite_db, karim):
    assert not karim.must_change_password
    one_time = users.reset_password(sqlite_db, karim.user_id, actor=SYSTEM)
    with pytest.raises(AuthenticationFailed):
        users.authenticate(sqlite_db, "karim", FIRST)
    after = users.authenticate(sqlite_db, "karim", one_time)
    assert after.must_change_password
    changed = users.change_own_password(sqlite_db, actor=after.actor(), current=one_time, new=SECOND)
    assert not changed.must_change_password
    assert not users.authenticate(sqlite_db, "karim", SECOND).must_change_password


def test_an_admin_may_give_the_one_time_password_but_it_obeys_the_policy(sqlite_db, karim):
    with pytest.raises(InvalidValue):
        users.reset_password(sqlite_db, karim.user_id, actor=SYSTEM, password="password1234")
    assert users.authenticate(sqlite_db, "karim", FIRST)  # unchanged
    assert users.reset_password(sqlite_db, karim.user_id, actor=SYSTEM, password=SECOND) == SECOND
    assert users.authenticate(sqlite_db, "karim", SECOND).must_change_password


def test_only_an_admin_resets(sqlite_db, karim):
    with pytest.raises(NotAllowed):
        users.reset_password(sqlite_db, karim.user_id, actor=karim.actor())


def test_a_wrong_current_password_changes_nothing(sqlite_db, karim):
    one_time = users.reset_password(sqlite_db, karim.user_id, actor=SYSTEM)
    me = users.authenticate(sqlite_db, "karim", one_time).actor()
    hashes, ledger = _hashes(sqlite_db), _ledger_text(sqlite_db)
    with pytest.raises(AuthenticationFailed) as info:
        users.change_own_password(sqlite_db, actor=me, current="pas-le-bon-mot", new=SECOND)
    assert info.value.field == "current_password"
    assert (_hashes(sqlite_db), _ledger_text(sqlite_db)) == (hashes, ledger)
    assert users.authenticate(sqlite_db, "karim", one_time).must_change_password


def test_the_new_password_obeys_the_policy_and_differs(sqlite_db, karim):
    me = karim.actor()
    for weak in ("password1234", "karimkarimkarim", FIRST):
        with pytest.raises(InvalidValue) as info:
            users.change_own_password(sqlite_db, actor=me, current=FIRST, new=weak)
        assert info.value.field == "password"
    assert users.authenticate(sqlite_db, "karim", FIRST)


def test_the_ledger_never_holds_a_password_or_a_hash(sqlite_db, karim):
    one_time = users.reset_password(sqlite_db, karim.user_id, actor=SYSTEM)
    users.change_own_password(sqlite_db, actor=karim.actor(), current=one_time, new=SECOND)
    text = _ledger_text(sqlite_db)
    assert "changé" in text and "réinitialisé" in text
    for secret in (FIRST, one_time, SECOND, "$argon2", *_hashes(sqlite_db)):
        assert secret not in text
