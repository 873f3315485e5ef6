"""On a shared PostgreSQL database an account cannot read person-level data without the access row being written.

Plain psycopg as each account's own login (a server that checks passwords, tests/pg_cluster.py): direct
SELECTs of persons, calls and notes are refused; the logged read functions apply the role's rules and write
the rows with the server's account and clock; the access log only grows, for the owner too. The same reads
through the services, as each login, leave exactly the rows they describe.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta

import psycopg
import pytest
from sqlalchemy import select
from sqlalchemy.engine import make_url

from relais_desk.domain.models import AccessLog, Person
from relais_desk.services import audit, calls, orientations, persons, stats, users
from relais_desk.services.errors import NotAllowed, NotFound
from relais_desk.store import pg_roles
from tests.network import SYSTEM
from tests.test_pg_security import ROLES, Network, refused

pytestmark = pytest.mark.pg

DIRECT_READS = ("SELECT * FROM person", "SELECT alias FROM person", "SELECT birth_year, gender FROM person",
                "SELECT * FROM call", "SELECT notes FROM call", "SELECT location FROM call",
                "SELECT * FROM orientation", "SELECT note FROM orientation", "SELECT * FROM refusal",
                "SELECT note FROM refusal")


@pytest.fixture
def net(scram_url: str) -> Iterator[Network]:
    network = Network(scram_url)
    yield network
    network.db.dispose()


def _rows(net: Network) -> list[tuple]:
    """The access rows written since the network was set up (its own reads are not the tests')."""
    with net.db.read() as session:
        found = [(a.user_id, a.subject, a.what, a.source, a.call_id) for a in
                 session.execute(select(AccessLog).order_by(AccessLog.id)).scalars()]
    if not hasattr(net, "setup_rows"):
        net.setup_rows = len(found)  # type: ignore[attr-defined]
    return found[net.setup_rows:]  # type: ignore[attr-defined]


def _subject(net: Network, person_id: int) -> str:
    with net.db.read() as session:
        return session.execute(select(Person.subject).where(Person.id == person_id)).scalar_one()


@pytest.mark.parametrize("role", ROLES)
def test_no_account_selects_person_level_values_directly(net, role):
    with net.connect(role) as conn:
        for sql in DIRECT_READS:
            refused(conn, sql)
        refused(conn, "UPDATE access_log SET what = 'rien'")
        refused(conn, "DELETE FROM access_log")
        refused(conn, "TRUNCATE access_log")
        if role != "abri":  # ids and the values statistics count stay readable
            conn.execute("SELECT id FROM person").fetchall()
            conn.execute("SELECT id, received_at, channel, outcome, person_id FROM call").fetchall()
        conn.execute("SELECT id, partner_id, status, person_id FROM orientation").fetchall()


def test_the_read_functions_log_before_they_return_with_the_servers_account_and_clock(net):
    _rows(net)
    me = {role: users.whoami(net.session_db(role)).user_id for role in ROLES}
    guest, stranger = _subject(net, net.guest.person_id), _subject(net, net.stranger.person_id)
    with net.connect("abri") as conn:  # a shelter: the person linked to it only, whatever it asks
        found = conn.execute("SELECT alias, last_contact_at FROM relais_read_persons(NULL, NULL, NULL, 50, 'search', "
                             "'psql', NULL, NULL, 999)").fetchall()
        assert found == [("Invité·e", None)]
        assert conn.execute("SELECT * FROM relais_read_calls(%s, NULL, 10, 'call', 'psql', NULL)",
                            ([net.call.call_id],)).fetchall() == []
        conn.commit()
    assert _rows(net) == [(me["abri"], guest, "search", "psql", None)]
    with net.connect("operateur") as conn:
        notes = conn.execute("SELECT notes FROM relais_read_calls(%s, NULL, 10, 'call', 'psql', NULL)",
                             ([net.call.call_id],)).fetchone()[0]
        assert notes.startswith("confidentiel")
        # a forged row says who really wrote it, and when
        conn.execute("INSERT INTO access_log (at, user_id, subject, what, source) VALUES "
                     "('2000-01-01', %s, 'x', 'person', 'faux')", (me["admin"],))
        conn.commit()
        (at,) = conn.execute("SELECT relais_tonight()").fetchone()
    tail = _rows(net)[1:]
    assert tail == [(me["operateur"], stranger, "call", "psql", net.call.call_id),
                    (me["operateur"], "x", "person", "faux", None)]
    with net.db.read() as session:
        newest = session.execute(select(AccessLog.at).order_by(AccessLog.id.desc())).scalars().first()
    assert abs(newest - datetime.now(UTC)) < timedelta(hours=1) and at is not None


@pytest.mark.parametrize("role", ("operateur", "abri", "coordination"))
def test_only_admin_reads_the_log_or_exports_a_file(net, role):
    with net.connect(role) as conn:
        refused(conn, "SELECT * FROM access_log")
        refused(conn, "SELECT relais_person_subjects(%s, 'audit', 'psql')", (net.guest.person_id,))
        refused(conn, "SELECT relais_person_file(%s, 'psql')", (net.guest.person_id,))
    db = net.session_db(role)
    with pytest.raises(NotAllowed):
        audit.person_log(db, net.guest.person_id, actor=users.whoami(db).actor(), source="Accès")
    db.dispose()


def test_the_access_log_refuses_update_delete_and_truncate_for_the_owner_too(net):
    _rows(net)
    persons.get_person(net.db, net.guest.person_id, actor=SYSTEM, source="tests")
    owner = pg_roles.owner(net.dbname)
    with psycopg.connect(make_url(net.url).set(drivername="postgresql").render_as_string(hide_password=False)) as conn:
        for sql in ("UPDATE access_log SET what = 'rien'", "DELETE FROM access_log", "TRUNCATE access_log"):
            conn.execute(f'SET ROLE "{owner}"')
            with pytest.raises(psycopg.Error) as info:
                conn.execute(sql)
            assert info.value.sqlstate == "42501"
            conn.rollback()
        # even the superuser's ordinary statements meet the trigger
        with pytest.raises(psycopg.Error):
            conn.execute("DELETE FROM access_log")
        conn.rollback()
    assert len(_rows(net)) == 1


def test_reads_through_the_services_as_each_login_leave_exactly_their_rows(net):
    _rows(net)
    guest, stranger = _subject(net, net.guest.person_id), _subject(net, net.stranger.person_id)
    sessions = {role: net.session_db(role) for role in ROLES}
    actors = {role: users.whoami(db).actor() for role, db in sessions.items()}
    uid = {role: a.user_id for role, a in actors.items()}
    # the hotline
    oper, a = sessions["operateur"], actors["operateur"]
    assert sorted(p.alias for p in persons.search_persons(oper, "i", actor=a, source="Appels")) == [
        "Inconnu·e", "Invité·e"]
    assert calls.get_call(oper, net.call.call_id, actor=a, source="Journal")["call"].notes.startswith("confidentiel")
    assert [c.call_id for c in calls.journal(oper, actor=a, source="Journal")] == [net.call.call_id]
    assert sorted(_rows(net), key=str) == sorted([
        (uid["operateur"], guest, "search", "Appels", None), (uid["operateur"], stranger, "search", "Appels", None),
        (uid["operateur"], stranger, "call", "Journal", net.call.call_id),
        (uid["operateur"], stranger, "journal", "Journal", net.call.call_id)], key=str)
    seen = len(_rows(net))
    # a shelter: its linked person only, and no call at all
    abri, a = sessions["abri"], actors["abri"]
    assert [p.alias for p in persons.search_persons(abri, "", actor=a, source="Mon abri")] == ["Invité·e"]
    with pytest.raises(NotFound):
        persons.get_person(abri, net.stranger.person_id, actor=a, source="Mon abri")
    assert calls.journal(abri, actor=a, source="Journal") == []
    assert [o.alias for o in orientations.expected_arrivals(abri, a.partner_id, actor=a, source="Mon abri")] == []
    assert _rows(net)[seen:] == [(uid["abri"], guest, "search", "Mon abri", None)]
    seen += 1
    # coordination reads records, and its statistics still count calls and persons
    coord, a = sessions["coordination"], actors["coordination"]
    assert persons.get_person(coord, net.stranger.person_id, actor=a, source="Statistiques").alias == "Inconnu·e"
    year = stats.Filters(start=date.today() - timedelta(days=2), end=date.today() + timedelta(days=1))
    assert stats.calls_by(coord, year, "channel") == {"telephone": 1}
    assert stats.distinct_persons(coord, year) == 2
    assert _rows(net)[seen:] == [(uid["coordination"], stranger, "person", "Statistiques", None)]
    seen += 1
    # admin reads the log of a person, which is itself logged, and exports their file
    adm, a = sessions["admin"], actors["admin"]
    log = audit.person_log(adm, net.stranger.person_id, actor=a, source="Accès")
    assert [(r.user, r.what) for r in log][:2] == [("admin1", "audit"), ("coordination1", "person")]
    data = audit.person_file(adm, net.stranger.person_id, actor=a, source="Accès")
    assert data["calls"][0]["notes"].startswith("confidentiel") and data["person"]["alias"] == "Inconnu·e"
    assert _rows(net)[seen:] == [(uid["admin"], stranger, "audit", "Accès", None),
                                 (uid["admin"], stranger, "export", "Accès", None)]
    for db in sessions.values():
        db.dispose()


def test_a_read_rolled_back_is_still_in_the_servers_log(net, scram_cluster):
    log = scram_cluster.root / "server.log"
    before = log.read_text(encoding="utf-8", errors="replace")
    with net.connect("operateur") as conn:
        notes = conn.execute("SELECT notes FROM relais_read_calls(%s, NULL, 10, 'call', 'psql-annule', NULL)",
                             ([net.call.call_id],)).fetchone()[0]
        conn.rollback()  # the access row goes with the transaction…
    assert notes.startswith("confidentiel")
    assert not [r for r in _rows(net) if r[3] == "psql-annule"]
    after = log.read_text(encoding="utf-8", errors="replace")[len(before):]
    login = net.login("operateur")
    # …the server's own log keeps the read, which no account can switch off
    assert f"relais-desk accès : {login}" in after and "psql-annule" in after
