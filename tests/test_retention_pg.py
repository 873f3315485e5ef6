"""Retention on a shared server, as each account's own login (plain psycopg): the server decides."""

from __future__ import annotations

import psycopg
import pytest

from relais_desk.services import persons, retention
from tests.network import SYSTEM
from tests.test_pg_security import ROLES, net, refused  # noqa: F401  (net is a fixture)

pytestmark = pytest.mark.pg


@pytest.mark.parametrize("role", ROLES)
def test_every_account_runs_the_daily_purge_but_only_admin_one_by_hand(net, role):  # noqa: F811
    with net.connect(role) as conn:
        result = conn.execute("SELECT relais_purge('schedule', false, '2100-01-01')").fetchone()[0]
        conn.commit()
        # the caller's clock is ignored: nobody was purged as if it were 2100
        assert result["purged"] == 0 and result["cutoff"] < "2100"
        if role == "admin":
            conn.execute("SELECT relais_purge('manual', false)")
            conn.commit()
        else:
            refused(conn, "SELECT relais_purge('manual', false)")
        assert conn.execute("SELECT relais_purge('manual', true)").fetchone()[0]["purged"] == 0


@pytest.mark.parametrize("role", ROLES)
def test_only_admin_erases_and_coordination_or_admin_merge(net, role):  # noqa: F811
    twin = persons.create_person(net.db, actor=SYSTEM, alias="Inconnu·e", birth_year=1980)
    with net.connect(role) as conn:
        if role in ("coordination", "admin"):
            conn.execute("SELECT relais_person_merge(%s, %s)", (net.stranger.person_id, twin.person_id))
            conn.commit()
        else:
            refused(conn, "SELECT relais_person_merge(%s, %s)", (net.stranger.person_id, twin.person_id))
        if role == "admin":
            # the guest has a bed held tonight: refused with the reason
            with pytest.raises(psycopg.Error, match="réservé"):
                conn.execute("SELECT relais_person_erase(%s)", (net.guest.person_id,))
            conn.rollback()
            conn.execute("SELECT relais_person_erase(%s)", (net.stranger.person_id,))
            conn.commit()
            assert conn.execute("SELECT count(*) FROM person WHERE id = %s",
                                (net.stranger.person_id,)).fetchone()[0] == 0
        else:
            refused(conn, "SELECT relais_person_erase(%s)", (net.stranger.person_id,))


@pytest.mark.parametrize("role", ["operateur", "coordination", "admin"])
def test_no_account_writes_an_anonymous_key_itself(net, role):  # noqa: F811
    with net.connect(role) as conn:
        refused(conn, "UPDATE call SET anonymous_key = 'x' WHERE id = %s", (net.call.call_id,))
        refused(conn, "UPDATE hold SET anonymous_key = 'x'")


@pytest.mark.parametrize("role", ROLES)
def test_only_admin_sets_retention_months_and_within_bounds(net, role):  # noqa: F811
    with net.connect(role) as conn:
        if role != "admin":
            refused(conn, "INSERT INTO network_setting (key, value) VALUES ('retention_months', '36')")
            return
        for bad in ("3", "121", "0", "x"):
            refused(conn, "INSERT INTO network_setting (key, value) VALUES ('retention_months', %s)", (bad,))
        conn.execute("INSERT INTO network_setting (key, value) VALUES ('retention_months', '36')")
        conn.commit()
    assert retention.retention_status(net.db, actor=SYSTEM)["retention_months"] == 36


@pytest.mark.parametrize("role", ROLES)
def test_a_contact_moves_the_last_contact_through_the_server_never_into_the_future(net, role):  # noqa: F811
    from sqlalchemy import text

    def last(pid: int):  # noqa: ANN202
        with net.db.read() as s:
            return s.execute(text("SELECT last_contact_at FROM person WHERE id = :p"), {"p": pid}).scalar()

    with net.db.write() as s:  # long ago, so that any move shows
        s.execute(text("UPDATE person SET last_contact_at = '2020-01-01' WHERE id IN (:a, :b)"),
                  {"a": net.stranger.person_id, "b": net.guest.person_id})
    with net.connect(role) as conn:
        for pid in (net.stranger.person_id, net.guest.person_id):
            conn.execute("SELECT relais_person_touch(%s, '2100-01-01')", (pid,))  # a future date is clamped
        conn.commit()
    stranger, guest = last(net.stranger.person_id), last(net.guest.person_id)
    assert 2020 < guest.year < 2100  # the guest has a bed at the shelter: every account may record a contact
    if role == "abri":
        assert stranger.year == 2020  # not linked to this shelter: not the shelter's to keep from the purge
    else:
        assert 2020 < stranger.year < 2100
