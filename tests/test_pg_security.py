"""The attack suite: what a shelter PC's own credentials can do with plain psql on a shared database.

Each attack logs in with plain psycopg as one account's own login (on a server that checks
passwords, tests/pg_cluster.py) and must be refused or touch 0 rows for every role that may not do
it; the same action through the services works for the role that may. No mocks: real roles,
grants and row-level security.
"""

from __future__ import annotations

import dataclasses
import json
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime, timedelta

import psycopg
import pytest
from sqlalchemy import text
from sqlalchemy.engine import make_url

from relais_desk.domain.enums import Role
from relais_desk.services import beds, calls, census, persons, refusals, settings, users
from relais_desk.services.errors import AuthenticationFailed, Conflict, InvalidValue, NotAllowed, NotFound
from relais_desk.store import pg_roles
from relais_desk.store.database import Database
from relais_desk.store.errors import AccessRefused, ValueRefused
from tests.network import SYSTEM, small_network

pytestmark = pytest.mark.pg

PASSWORDS = {"operateur": "ligne d'urgence 071 la nuit", "abri": "abri dourlet porte verte 5",
             "coordination": "rapport annuel pour la Région", "admin": "les comptes du réseau 2026"}
ROLES = tuple(PASSWORDS)


class Network:
    def __init__(self, url: str) -> None:
        self.url = url
        self.db = Database(url)
        self.dbname = make_url(url).database
        small_network(self.db)
        for role, password in PASSWORDS.items():
            users.add_user(self.db, username=f"{role}1", role=role, password=password, actor=SYSTEM,
                           shelter="Abri Dourlet" if role == "abri" else None)
        # a person and a call that have nothing to do with Abri Dourlet, and one linked to it
        now = datetime.now(UTC)
        self.stranger = persons.create_person(self.db, actor=SYSTEM, alias="Inconnu·e", birth_year=1980)
        self.call = calls.create_call(self.db, actor=SYSTEM, channel="telephone", person_id=self.stranger.person_id,
                                      notes="confidentiel : suivi psychiatrique", received_at=now, source="tests")
        self.guest = persons.create_person(self.db, actor=SYSTEM, alias="Invité·e", birth_year=1975)
        self.hold = beds.hold_bed(self.db, shelter="Abri Dourlet", category="hommes", actor=SYSTEM,
                                  person_id=self.guest.person_id)

    def login(self, role: str) -> str:
        return pg_roles.login(self.dbname, f"{role}1")

    def connect(self, role: str) -> psycopg.Connection:
        url = make_url(self.url)
        return psycopg.connect(host=url.host, port=url.port, dbname=url.database, user=self.login(role),
                               password=PASSWORDS[role], connect_timeout=5)

    def session_db(self, role: str) -> Database:
        own, _ = users.open_session(self.db, f"{role}1", PASSWORDS[role])
        return own


@pytest.fixture
def net(scram_url: str) -> Iterator[Network]:
    network = Network(scram_url)
    yield network
    network.db.dispose()


def refused(conn: psycopg.Connection, sql: str, params: object = None) -> None:
    """The statement fails for lack of rights (or a check), and the transaction is rolled back."""
    with pytest.raises(psycopg.Error) as info:
        conn.execute(sql, params)
    conn.rollback()
    assert info.value.sqlstate in ("42501", "23514", "22023", "P0001"), info.value


def rows(conn: psycopg.Connection, sql: str, params: object = None) -> int:
    cur = conn.execute(sql, params)
    count = cur.rowcount
    conn.rollback()
    return count


# --------------------------------------------------------------------------------- reading people


READ_PERSONS = "SELECT alias FROM relais_read_persons(NULL, NULL, NULL, 200, 'search', 'psql', NULL, NULL, NULL)"
READ_CALLS = ("SELECT notes FROM relais_read_calls(ARRAY(SELECT id FROM call), NULL, 100, 'journal', 'psql', NULL)")


def test_a_shelter_reads_only_the_persons_linked_to_it_and_no_call_notes(net):
    with net.connect("abri") as conn:
        aliases = [a for (a,) in conn.execute(READ_PERSONS).fetchall()]
        assert aliases == ["Invité·e"]
        assert conn.execute("SELECT * FROM relais_read_calls(%s, NULL, 100, 'call', 'psql', NULL)",
                            ([net.call.call_id],)).fetchall() == []
        refused(conn, "SELECT notes FROM call")
        refused(conn, "SELECT created_at, last_contact_at FROM person")
        refused(conn, "SELECT * FROM call")
    for role in ("operateur", "coordination", "admin"):
        with net.connect(role) as conn:
            assert len(conn.execute(READ_PERSONS).fetchall()) == 2
            assert conn.execute(READ_CALLS).fetchone()[0].startswith("confidentiel")


def test_no_account_reads_a_password_hash_because_none_is_stored(net):
    with net.db.read() as session:
        assert session.execute(text("SELECT count(*) FROM local_credential")).scalar() == 0
        columns = session.execute(text("SELECT column_name FROM information_schema.columns "
                                       "WHERE table_name = 'app_user'")).scalars().all()
    assert not any("password" in c and c != "must_change_password" for c in columns)
    for role in ROLES:
        with net.connect(role) as conn:
            refused(conn, "SELECT * FROM local_credential")
            refused(conn, "SELECT rolpassword FROM pg_authid")
            refused(conn, "SELECT passwd FROM pg_shadow")


# ------------------------------------------------------------------------------- becoming admin


@pytest.mark.parametrize("role", ROLES)
def test_no_account_inserts_an_admin_or_grants_itself_a_role(net, role):
    with net.connect(role) as conn:
        refused(conn, "INSERT INTO app_user (username, display_name, role, active, must_change_password, "
                      "created_at) VALUES ('pirate', '', 'admin', true, false, now())")
        refused(conn, "UPDATE app_user SET role = 'admin'")
        for group in pg_roles.groups(net.dbname).values():
            refused(conn, f'GRANT "{group}" TO CURRENT_USER')
        refused(conn, f'GRANT "{pg_roles.owner(net.dbname)}" TO CURRENT_USER')
        refused(conn, "ALTER ROLE CURRENT_USER CREATEROLE")
        if role != "admin":
            refused(conn, "SELECT relais_account_create('pirate', '', 'admin', NULL, "
                          "'SCRAM-SHA-256$4096:abc$def:ghi', false)")
            refused(conn, "SELECT relais_account_set_active(1, false)")
        refused(conn, "SELECT relais_account_adopt(1, 'SCRAM-SHA-256$4096:abc$def:ghi')")


def test_an_admin_account_takes_over_no_other_account_by_copying_a_password(net):
    admin_id = next(u.user_id for u in users.list_users(net.db, actor=SYSTEM) if u.username == "admin1")
    with net.connect("operateur") as conn:
        # the old attack: copy one's own hash onto admin. There is no hash, and roles are the server's.
        refused(conn, f'ALTER ROLE "{net.login("admin")}" PASSWORD \'x\'')
        refused(conn, "SELECT relais_account_reset_password(%s, 'SCRAM-SHA-256$4096:abc$def:ghi')", (admin_id,))


def test_admin_creates_accounts_through_the_services_and_only_with_a_verifier(net):
    admin = net.session_db("admin")
    me = users.whoami(admin)
    created = users.add_user(admin, username="nadia", role="operateur", password="un numéro vert pour la nuit",
                             actor=me.actor())
    assert created.login == pg_roles.login(net.dbname, "nadia")
    with pytest.raises(ValueRefused), admin.write() as session:
        session.execute(text("SELECT relais_account_create('clair', '', 'operateur', NULL, 'motdepasse', false)"))
    admin.dispose()
    own, who = users.open_session(net.db, "nadia", "un numéro vert pour la nuit")
    assert who.role == Role.OPERATEUR
    own.dispose()


# ------------------------------------------------------------------------------- others' beds


def test_a_shelter_cannot_change_another_shelters_beds(net):
    with net.connect("abri") as conn:
        assert rows(conn, "UPDATE bed_state SET occupied = 0 WHERE partner_id <> "
                          "(SELECT id FROM partner WHERE name = 'Abri Dourlet')") == 0
        refused(conn, "INSERT INTO bed_state (partner_id, category_id, night, capacity, unavailable, occupied, held, "
                      "unavailable_reason, updated_at) SELECT p.id, c.id, CURRENT_DATE + 1, 4, 0, 0, 0, '', now() "
                      "FROM partner p, bed_category c WHERE p.name = 'Maison Bienvenue' AND c.code = 'femmes'")
        assert rows(conn, "UPDATE hold SET status = 'released' WHERE partner_id <> relais_my_shelter()") == 0
    abri = net.session_db("abri")
    actor = users.whoami(abri).actor()
    with pytest.raises(NotAllowed):
        beds.set_counts(abri, shelter="Maison Bienvenue", category="femmes", occupied=1, actor=actor)
    assert beds.set_counts(abri, shelter="Abri Dourlet", category="hommes", occupied=2, actor=actor).occupied == 2
    abri.dispose()


def test_an_operator_changes_held_beds_only_one_at_a_time(net):
    with net.connect("operateur") as conn:
        refused(conn, "UPDATE bed_state SET unavailable = 5")
        refused(conn, "UPDATE bed_state SET held = held + 3")
        refused(conn, "UPDATE bed_state SET occupied = occupied + 2")
    oper = net.session_db("operateur")
    actor = users.whoami(oper).actor()
    held = beds.hold_bed(oper, shelter="Maison Bienvenue", category="femmes", actor=actor)
    beds.mark_arrived(oper, held.hold_id, actor=actor)
    with pytest.raises(NotAllowed):
        beds.set_counts(oper, shelter="Maison Bienvenue", category="femmes", occupied=0, actor=actor)
    oper.dispose()


@pytest.mark.parametrize("role", ("operateur", "abri"))
def test_no_operational_account_edits_partners_capacities_or_settings(net, role):
    with net.connect(role) as conn:
        refused(conn, "UPDATE partner SET phone = '0'")
        refused(conn, "UPDATE partner SET opening_hours = 'tous les jours fermé'")
        refused(conn, "UPDATE capacity SET beds = 0")
        refused(conn, "INSERT INTO network_setting (key, value) VALUES ('hold_deadline', '03:00')")
        refused(conn, "UPDATE network_setting SET value = '0'")


def test_coordination_sets_opening_hours_that_every_account_reads(net):
    from relais_desk.services import partners

    own = net.session_db("coordination")
    try:
        partners.update_partner(own, "Abri Dourlet", actor=users.whoami(own).actor(), opening_hours="20h-8h")
    finally:
        own.dispose()
    for role in ROLES:
        with net.connect(role) as conn:
            assert conn.execute("SELECT opening_hours FROM partner WHERE name = 'Abri Dourlet'").fetchone() == (
                "tous les jours 20:00-08:00",)
    with net.connect("coordination") as conn:
        who = conn.execute("SELECT u.username FROM ledger l JOIN app_user u ON u.id = l.user_id "
                           "WHERE l.action = 'partner_saved' ORDER BY l.id DESC LIMIT 1").fetchone()
    assert who == ("coordination1",)


# ------------------------------------------------------------------------------------- ledger


@pytest.mark.parametrize("role", ROLES)
def test_the_ledger_refuses_update_delete_and_truncate(net, role):
    with net.connect(role) as conn:
        refused(conn, "UPDATE ledger SET action = 'rien'")
        refused(conn, "DELETE FROM ledger")
        refused(conn, "TRUNCATE ledger")


def test_the_ledger_refuses_them_for_the_owner_too(net):
    owner = pg_roles.owner(net.dbname)
    with psycopg.connect(make_url(net.url).set(drivername="postgresql").render_as_string(hide_password=False)) as conn:
        for sql in ("UPDATE ledger SET action = 'rien'", "DELETE FROM ledger", "TRUNCATE ledger"):
            conn.execute(f'SET ROLE "{owner}"')
            with pytest.raises(psycopg.Error) as info:
                conn.execute(sql)
            assert info.value.sqlstate == "42501"
            conn.rollback()


def test_the_ledger_says_who_from_the_login_and_refuses_invented_bed_history(net):
    oper = net.session_db("operateur")
    me = users.whoami(oper)
    with net.connect("operateur") as conn:
        conn.execute("INSERT INTO ledger (at, user_id, action, entity) VALUES (now(), NULL, 'call_saved', 'call')")
        (who,) = conn.execute("SELECT user_id FROM ledger ORDER BY id DESC LIMIT 1").fetchone()
        conn.rollback()
        assert who == me.user_id
        refused(conn, "INSERT INTO ledger (at, action, entity, entity_id, partner_id, category_id, night, after) "
                      "SELECT now(), 'counts_set', 'bed_state', id, partner_id, category_id, night, "
                      "'{\"capacity\": 5, \"unavailable\": 0, \"occupied\": 0, \"held\": 5}' FROM bed_state LIMIT 1")
    held = beds.hold_bed(oper, shelter="Le Rebond", category="mixte", actor=me.actor())
    with oper.read() as session:
        last = session.execute(text("SELECT user_id FROM ledger WHERE entity = 'bed_state' ORDER BY id DESC LIMIT 1"))
        assert last.scalar() == me.user_id
    assert held.free_after == 0
    oper.dispose()


# ------------------------------------------------------------------------------ mask threshold


@pytest.mark.parametrize("role", ("operateur", "abri", "coordination"))
@pytest.mark.parametrize(("key", "value"), [("mask_threshold", "5"), ("retention_months", "6")])
def test_only_admin_sets_the_mask_threshold_and_the_retention(net, role, key, value):
    with net.connect(role) as conn:
        refused(conn, "INSERT INTO network_setting (key, value) VALUES (%(k)s, %(v)s) "
                      "ON CONFLICT (key) DO UPDATE SET value = %(v)s", {"k": key, "v": value})


def test_admin_sets_the_mask_threshold_but_never_below_3(net):
    with net.connect("admin") as conn:
        refused(conn, "INSERT INTO network_setting (key, value) VALUES ('mask_threshold', '0')")
        refused(conn, "INSERT INTO network_setting (key, value) VALUES ('mask_threshold', '2x')")
        conn.execute("INSERT INTO network_setting (key, value) VALUES ('mask_threshold', '5')")
        conn.commit()
    with net.db.read() as session:
        assert settings.get(session, "mask_threshold") == "5"


def setting_ledger(conn: psycopg.Connection) -> list[tuple]:
    return conn.execute("SELECT user_id, before, after FROM ledger WHERE entity = 'network_setting' "
                        "ORDER BY id").fetchall()


def test_the_server_ledgers_every_setting_change_naming_the_login(net):
    own = net.session_db("coordination")
    coordination = users.whoami(own)
    with net.connect("coordination") as conn:
        conn.execute("INSERT INTO network_setting VALUES ('hold_deadline', '21:30')")
        conn.execute("UPDATE network_setting SET value = '21:30' WHERE key = 'hold_deadline'")  # unchanged: no row
        conn.execute("UPDATE network_setting SET value = '20:45' WHERE key = 'hold_deadline'")
        conn.commit()
        rows_now = setting_ledger(conn)
        refused(conn, "UPDATE network_setting SET key = 'stale_after_hours' WHERE key = 'hold_deadline'")
        refused(conn, "INSERT INTO network_setting VALUES ('ma_cle', '1')")  # only the network's own keys
        refused(conn, "INSERT INTO network_setting VALUES ('idle_lock_minutes', '99999')")
    assert [(u, json.loads(b)["value"], json.loads(a)["value"]) for u, b, a in rows_now] == [
        (coordination.user_id, "22:00", "21:30"), (coordination.user_id, "21:30", "20:45")]
    # through the services, on the coordinator's own session: the same, one row more
    settings.set_value(own, "stale_after_hours", "6", actor=coordination.actor())
    with net.connect("admin") as conn:
        who, before, after = setting_ledger(conn)[-1]
    assert (who, json.loads(before), json.loads(after)) == (
        coordination.user_id, {"key": "stale_after_hours", "value": "12"}, {"key": "stale_after_hours", "value": "6"})
    own.dispose()


@pytest.mark.parametrize("role", ROLES)
def test_no_account_writes_a_setting_change_into_the_ledger_itself(net, role):
    with net.connect(role) as conn:
        refused(conn, "INSERT INTO ledger (at, action, entity, before, after) VALUES (now(), 'setting_changed', "
                      "'network_setting', '{\"key\": \"hold_deadline\", \"value\": \"22:00\"}', "
                      "'{\"key\": \"hold_deadline\", \"value\": \"03:00\"}')")


@pytest.mark.parametrize("role", ("operateur", "abri"))
def test_the_server_refuses_a_setting_change_whatever_the_client_believes(net, role):
    """A workstation that skipped its own role check (a client that lies about its role) is still refused."""
    own = net.session_db(role)
    me = users.whoami(own)
    pretend = dataclasses.replace(me.actor(), role=Role.ADMIN)
    for key, value in (("hold_deadline", "03:00"), ("mask_threshold", "9"), ("retention_months", "6")):
        with pytest.raises(AccessRefused):
            settings.set_value(own, key, value, actor=pretend)
    with net.db.read() as session:
        assert settings.get_all(session) == settings.DEFAULTS
    own.dispose()


def test_the_cli_changes_a_setting_as_its_login(net, capsys):
    from relais_desk.cli import main

    def as_login(role: str) -> str:
        return make_url(net.url).set(username=net.login(role), password=PASSWORDS[role]).render_as_string(
            hide_password=False)

    for role in ("abri", "operateur"):
        assert main(["settings", "set", "hold_deadline", "03:00", "--db", as_login(role)]) == 2
        err = capsys.readouterr().err
        assert "rôle" in err and "Traceback" not in err and len(err.strip().splitlines()) == 1
    assert main(["settings", "set", "mask_threshold", "4", "--db", as_login("coordination")]) == 2
    assert "administrat" in capsys.readouterr().err
    assert main(["settings", "set", "hold_deadline", "21:5", "--db", as_login("coordination")]) == 0
    assert capsys.readouterr().out.strip() == "hold_deadline = 21:05"
    own = net.session_db("coordination")
    coordination = users.whoami(own)
    own.dispose()
    with net.connect("admin") as conn:
        who, _before, after = setting_ledger(conn)[-1]
    assert (who, json.loads(after)["value"]) == (coordination.user_id, "21:05")


# ------------------------------------------------------------------------------------- census


@pytest.mark.parametrize("role", ROLES)
def test_no_account_inserts_a_census_row(net, role):
    future = (date.today() + timedelta(days=30)).isoformat()
    with net.connect(role) as conn:
        refused(conn, "INSERT INTO census (night, partner_id, category_id, capacity, capacity_base, capacity_winter, "
                      "unavailable, occupied, held, free, arrivals, no_shows, orientations_received, "
                      "refusals_saturation, refusals_quota, refusals_profile, refusals_other, computed_at) "
                      f"SELECT '{future}', partner_id, category_id, 99, 99, 0, 0, 0, 0, 99, 0, 0, 0, 0, 0, 0, 0, now() "
                      "FROM capacity LIMIT 1")
        run = conn.execute("SELECT relais_census_start_run('forgé', 'pirate', now() + interval '60 days')").fetchone()[0]
        refused(conn, "SELECT relais_census_write_night(%s, %s, now() + interval '60 days')", (future, run))


def test_the_census_is_written_once_by_three_clients_at_once_from_the_servers_ledger(net):
    night = date.today() - timedelta(days=2)
    clients = [net.session_db(r) for r in ("operateur", "abri", "coordination")]
    results: list[object] = []

    def write(db: Database) -> None:
        actor = users.whoami(db).actor()
        results.append(census.write_night(db, night, actor=actor, trigger="test"))

    threads = [threading.Thread(target=write, args=(c,)) for c in clients]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    written = sorted(r.rows_written for r in results)
    assert written[:2] == [0, 0] and written[2] == 5
    with net.db.read() as session:
        assert session.execute(text("SELECT count(*) FROM census WHERE night = :n"), {"n": night}).scalar() == 5
    for c in clients:
        c.dispose()


# ------------------------------------------------------------------------- immediate effect


def test_deactivating_an_account_ends_its_live_session(net):
    oper = net.session_db("operateur")
    actor = users.whoami(oper).actor()
    beds.hold_bed(oper, shelter="Maison Bienvenue", category="femmes", actor=actor)  # a live session
    admin = net.session_db("admin")
    users.set_active(admin, actor.user_id, False, actor=users.whoami(admin).actor())
    with pytest.raises((AuthenticationFailed, Exception)) as info:
        beds.hold_bed(oper, shelter="Maison Bienvenue", category="femmes", actor=actor)
    assert info.value.code == "authentication_failed"
    with pytest.raises(AuthenticationFailed):
        users.open_session(net.db, "operateur1", PASSWORDS["operateur"])
    oper.dispose()
    admin.dispose()


def test_changing_an_accounts_role_ends_its_session_and_applies_the_new_rights(net):
    coord = net.connect("coordination")
    me_id = coord.execute("SELECT id FROM relais_whoami()").fetchone()[0]
    admin = net.session_db("admin")
    users.set_role(admin, me_id, "operateur", actor=users.whoami(admin).actor())
    with pytest.raises(psycopg.OperationalError):  # its open session was ended by the server
        coord.execute("SELECT 1")
    coord.close()
    again = net.session_db("coordination")
    assert users.whoami(again).role == Role.OPERATEUR
    with pytest.raises(AccessRefused):
        partners_update(again)
    again.dispose()
    admin.dispose()


def partners_update(db: Database) -> None:
    with db.write() as session:
        session.execute(text("UPDATE partner SET phone = '0'"))


def test_a_one_time_password_opens_no_data_until_it_is_changed(net):
    admin = net.session_db("admin")
    oper_id = next(u.user_id for u in users.list_users(net.db, actor=SYSTEM) if u.username == "operateur1")
    users.reset_password(admin, oper_id, password="provisoire-mais-solide-741", actor=users.whoami(admin).actor())
    own, me = users.open_session(net.db, "operateur1", "provisoire-mais-solide-741")
    assert me.must_change_password
    with pytest.raises(AccessRefused), own.read() as session:
        session.execute(text("SELECT count(*) FROM person")).scalar()
    own.dispose()
    admin.dispose()


# ------------------------------------------------------------------------------- bad input


def test_bad_input_to_accounts_is_a_typed_french_error_and_changes_nothing(net):
    admin = net.session_db("admin")
    actor = users.whoami(admin).actor()
    before = len(users.list_users(net.db, actor=SYSTEM))
    for kwargs, error in (
        ({"username": "x'; DROP TABLE person; --", "role": "operateur"}, InvalidValue),
        ({"username": "robert\x00", "role": "operateur"}, InvalidValue),
        ({"username": "ghost", "role": "superuser"}, InvalidValue),
        ({"username": "ghost", "role": "abri", "shelter": "Abri qui n'existe pas"}, NotFound),
        ({"username": "operateur1", "role": "operateur"}, Conflict),
        ({"username": "l" * 70, "role": "operateur"}, InvalidValue),
    ):
        with pytest.raises(error) as info:
            users.add_user(admin, password="un mot de passe bien long 2026", actor=actor, **kwargs)
        assert info.value.message and info.value.message[0].isupper()
    assert len(users.list_users(net.db, actor=SYSTEM)) == before
    with pytest.raises(AuthenticationFailed):
        users.open_session(net.db, "operateur1\x00", "x")
    with pytest.raises(AuthenticationFailed):
        users.open_session(net.db, "operateur1", "mot\x00de passe")
    admin.dispose()


def test_two_databases_on_one_server_do_not_collide_on_role_names(scram_cluster):
    from tests.conftest import drop_pg_database

    names = ["relais_twin_a", "relais-twin-a"]  # the same once cleaned: the hash keeps them apart
    admin = psycopg.connect(make_url(scram_cluster.url()).set(drivername="postgresql")
                            .render_as_string(hide_password=False), autocommit=True)
    try:
        dbs = []
        for name in names:
            admin.execute(f'CREATE DATABASE "{name}"')
            db = Database(scram_cluster.url(database=name))
            from relais_desk.store import migrate

            migrate.upgrade(db)
            users.add_user(db, username="marie", role="admin", password="la même marie deux fois", actor=SYSTEM)
            dbs.append(db)
        logins = {pg_roles.login(n, "marie") for n in names}
        assert len(logins) == 2
        for db in dbs:
            own, me = users.open_session(db, "marie", "la même marie deux fois")
            assert me.username == "marie" and me.login == pg_roles.login(db.url.database, "marie")
            own.dispose()
            db.dispose()
        with pytest.raises(psycopg.OperationalError):  # a login of one network cannot even connect to the other
            psycopg.connect(host="127.0.0.1", port=scram_cluster.port, dbname=names[1],
                            user=pg_roles.login(names[0], "marie"), password="la même marie deux fois").close()
    finally:
        for name in names:
            drop_pg_database(admin, name, admin_url=scram_cluster.url())
        left = admin.execute("SELECT count(*) FROM pg_roles WHERE rolname LIKE 'relais_twin%'").fetchone()[0]
        admin.close()
    assert left == 0


def test_db_upgrade_turns_the_accounts_of_an_older_shared_database_into_logins(scram_cluster, capsys):
    """A database made by the previous version (one shared login, argon2 hashes in app_user) is converted:
    roles, ownership, policies, and each account a login with a one-time password shown once."""
    import json

    from relais_desk.cli import main
    from relais_desk.store import migrate

    name = "relais_upgrade_old"
    with older_database(scram_cluster, name, [("marie", "admin"), ("jo", "operateur")]) as url:
        assert main(["db", "upgrade", "--db", url, "--json"]) == 0
        out = json.loads(capsys.readouterr().out)
        assert out["after"] == migrate.head_revision()
        converted = {c["username"]: c for c in out["converted"]}
        assert set(converted) == {"marie", "jo"}
        assert converted["jo"]["login"] == pg_roles.login(name, "jo")
        db = Database(url)
        with pytest.raises(AuthenticationFailed):
            users.open_session(db, "jo", "$argon2id$v=19$x")
        own, me = users.open_session(db, "jo", converted["jo"]["one_time_password"])
        assert me.must_change_password and me.role == Role.OPERATEUR
        with pytest.raises(AccessRefused), own.read() as session:
            session.execute(text("SELECT count(*) FROM call")).scalar()
        own.dispose()
        with db.read() as session:
            owner = session.execute(text("SELECT tableowner FROM pg_tables WHERE tablename = 'ledger'")).scalar()
            assert owner == pg_roles.owner(name)
        # run again: nothing more to convert, and the database starts
        assert main(["db", "upgrade", "--db", url, "--json"]) == 0
        assert json.loads(capsys.readouterr().out)["converted"] == []
        migrate.ensure_schema(db)
        db.dispose()


def test_db_upgrade_refuses_an_app_login_in_one_french_sentence(net, capsys):
    from relais_desk.cli import main

    url = make_url(net.url).set(username=net.login("admin"), password=PASSWORDS["admin"])
    assert main(["db", "upgrade", "--db", url.render_as_string(hide_password=False)]) == 2
    err = capsys.readouterr().err
    assert "identifiant de maintenance" in err and "Traceback" not in err and len(err.strip().splitlines()) == 1


def test_the_cli_acts_as_its_login_with_that_logins_rights(net, capsys):
    from relais_desk.cli import main

    as_abri = make_url(net.url).set(username=net.login("abri"), password=PASSWORDS["abri"]).render_as_string(
        hide_password=False)
    assert main(["user", "add", "pirate", "--role", "admin", "--password-stdin", "--db", as_abri]) == 2
    assert "rôle" in capsys.readouterr().err
    assert main(["beds", "set", "Abri Dourlet", "hommes", "--occupied", "1", "--db", as_abri]) == 0
    assert main(["beds", "set", "Le Rebond", "mixte", "--occupied", "1", "--db", as_abri]) == 2
    err = capsys.readouterr().err
    assert "Le Rebond" in err and len(err.strip().splitlines()) == 1
    with pytest.raises(AuthenticationFailed):
        users.open_session(net.db, "pirate", "x")


# ------------------------------------------------------- what the first attacker's review found


def test_a_shelter_cannot_link_a_person_or_a_call_to_itself_to_read_them(net):
    p, c = net.stranger.person_id, net.call.call_id
    with net.connect("abri") as conn:
        me = conn.execute("SELECT relais_my_shelter()").fetchone()[0]
        refused(conn, "INSERT INTO refusal (at, night, source, reason, call_id, partner_id, category_id, person_id, "
                      "note) SELECT now(), relais_tonight(), 'door', 'saturation', %s, %s, id, %s, '' "
                      "FROM bed_category LIMIT 1", (c, me, p))
        refused(conn, "INSERT INTO hold (partner_id, category_id, night, person_id, status, deadline, created_at) "
                      "SELECT %s, id, relais_tonight(), %s, 'released', now(), now() FROM bed_category LIMIT 1", (me, p))
        refused(conn, "UPDATE hold SET person_id = %s WHERE partner_id = %s", (p, me))
        refused(conn, "SELECT last_value FROM person_id_seq")
        assert [a for (a,) in conn.execute(READ_PERSONS).fetchall()] == ["Invité·e"]
    abri = net.session_db("abri")
    refusals.record_refusal(abri, category="hommes", reason="saturation", actor=users.whoami(abri).actor())
    abri.dispose()


def test_no_account_forges_a_census_by_inventing_bed_history(net):
    yesterday = date.today() - timedelta(days=1)
    with net.connect("operateur") as conn:
        refused(conn, "INSERT INTO bed_state (partner_id, category_id, night, capacity, unavailable, occupied, held, "
                      "unavailable_reason, updated_at) SELECT p.id, c.id, relais_tonight(), 40, 0, 0, 0, '', now() "
                      "FROM partner p, bed_category c WHERE p.name = 'Le Rebond' AND c.code = 'mixte'")
        # a row for every hold of tonight, without the bed change that goes with it
        refused(conn, "INSERT INTO ledger (at, action, entity, entity_id, partner_id, category_id, night, after) "
                      "SELECT now(), 'hold_arrived', 'bed_state', id, partner_id, category_id, night, "
                      "json_build_object('capacity', capacity, 'unavailable', unavailable, 'occupied', occupied, "
                      "'held', held)::text FROM bed_state LIMIT 1")
        conn.execute("INSERT INTO ledger (at, action, entity) VALUES (%s, 'call_saved', 'call')",
                     (datetime(2020, 1, 1, tzinfo=UTC),))
        (at,) = conn.execute("SELECT at FROM ledger ORDER BY id DESC LIMIT 1").fetchone()
        conn.rollback()
        assert at > datetime.now(UTC) - timedelta(minutes=5)  # the server's clock, not the one sent
        refused(conn, "INSERT INTO ledger (at, action, entity, entity_id) VALUES (now(), 'user_saved', 'user', 1)")
    with net.connect("abri") as conn:
        refused(conn, "INSERT INTO bed_state (partner_id, category_id, night, capacity, unavailable, occupied, held, "
                      "unavailable_reason, updated_at) SELECT relais_my_shelter(), id, %s, 5, 0, 0, 0, '', now() "
                      "FROM bed_category WHERE code = 'femmes'", (yesterday - timedelta(days=1),))
        refused(conn, "UPDATE bed_state SET capacity = 50, occupied = 50 WHERE partner_id = relais_my_shelter()")


def test_a_damaged_hold_never_stops_the_expiry_of_the_others(net):
    with net.connect("abri") as conn:
        refused(conn, "INSERT INTO hold (partner_id, category_id, night, status, deadline, created_at) "
                      "SELECT relais_my_shelter(), id, relais_tonight(), 'active', now(), now() FROM bed_category "
                      "WHERE code = 'femmes'")
    with net.db.write() as session:  # a hold whose bed was lost anyway (damaged counts)
        session.execute(text("UPDATE hold SET deadline = now() - interval '1 minute' WHERE id = :h"),
                        {"h": net.hold.hold_id})
        session.execute(text("SET LOCAL session_replication_role = replica"))
        session.execute(text("UPDATE bed_state SET held = 0"))
    oper = net.session_db("operateur")
    assert beds.expire_holds(oper) == [net.hold.hold_id]
    oper.dispose()


def test_an_orientation_carries_only_a_hold_of_its_own_service(net):
    with net.connect("abri") as conn:
        refused(conn, "INSERT INTO orientation (partner_id, hold_id, status, note, created_at, updated_at) "
                      "SELECT id, %s, 'proposee', '', now(), now() FROM partner WHERE name = 'Le Rebond'",
                      (net.hold.hold_id,))
    with net.connect("operateur") as conn:
        refused(conn, "INSERT INTO orientation (partner_id, category_id, hold_id, status, note, created_at, "
                      "updated_at) SELECT p.id, h.category_id, h.id, 'proposee', '', now(), now() FROM partner p, "
                      "hold h WHERE p.name = 'Le Rebond' AND h.id = %s", (net.hold.hold_id,))


def test_the_server_checks_setting_values_and_verifiers(net):
    with net.connect("coordination") as conn:
        refused(conn, "INSERT INTO network_setting VALUES ('census_time', 'n/a')")
        refused(conn, "INSERT INTO network_setting VALUES ('MASK_THRESHOLD', '1')")
        refused(conn, "INSERT INTO network_setting VALUES ('hold_fallback_hours', 'deux')")
        conn.execute("INSERT INTO network_setting VALUES ('hold_deadline', '21:30')")
        conn.commit()
    with net.connect("operateur") as conn:
        refused(conn, "SELECT relais_change_own_password('SCRAM-SHA-256$1:mot-de-passe-en-clair')")
    with net.connect("admin") as conn:
        refused(conn, "SELECT relais_account_create('clair', '', 'operateur', NULL, 'SCRAM-SHA-256$4096:clair', false)")


def test_an_account_writes_no_census_into_another_accounts_run(net):
    night = (date.today() - timedelta(days=5)).isoformat()
    with net.connect("operateur") as conn:
        run = conn.execute("SELECT relais_census_start_run('manual', 'poste', NULL)").fetchone()[0]
        conn.commit()
    with net.connect("abri") as conn:
        refused(conn, "SELECT relais_census_write_night(%s, %s, NULL)", (night, run))
        junk = conn.execute("SELECT relais_census_start_run('x', 'y', '-infinity')").fetchone()[0]
        (started,) = conn.execute("SELECT started_at FROM census_run WHERE id = %s", (junk,)).fetchone()
        assert started > datetime.now(UTC) - timedelta(days=2)


# ------------------------------------------------------------------------------- closed nights


@pytest.mark.parametrize("role", ROLES)
def test_no_account_inserts_a_closed_night_or_closes_a_night_early(net, role):
    future = (date.today() + timedelta(days=30)).isoformat()
    with net.connect(role) as conn:
        refused(conn, "INSERT INTO closed_night (night, partner_id, category_id, reported, capacity, capacity_base, "
                      "capacity_winter, unavailable, occupied, arrivals, no_shows, orientations_received, "
                      "refusals_saturation, refusals_quota, refusals_profile, refusals_other, computed_at) "
                      f"SELECT '{future}', partner_id, category_id, true, 99, 99, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, now() "
                      "FROM capacity LIMIT 1")
        refused(conn, "INSERT INTO closed_night_demand (night, category_id, refusals_saturation, refusals_quota, "
                      "refusals_profile, refusals_other, refusals_from_calls, refusals_at_door, "
                      f"refused_person_nights, computed_at) SELECT '{future}', id, 0, 0, 0, 0, 0, 0, 0, now() "
                      "FROM bed_category LIMIT 1")
        refused(conn, "SELECT relais_close_night(%s, now() + interval '60 days')", (future,))
        assert rows(conn, "SELECT * FROM closed_night") == 0  # it reads them (none yet)


def test_a_night_is_closed_once_by_three_accounts_at_once(net):
    from relais_desk.services import closed_nights

    night = date.today() - timedelta(days=2)
    clients = [net.session_db(r) for r in ("operateur", "abri", "coordination")]
    results: list[object] = []
    threads = [threading.Thread(target=lambda db=db: results.append(closed_nights.close_night(db, night)))
               for db in clients]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(r.rows_written for r in results) == [0, 0, 5]
    with net.db.read() as session:
        assert session.execute(text("SELECT count(*) FROM closed_night WHERE night = :n"), {"n": night}).scalar() == 5
    for c in clients:
        c.dispose()


def test_an_upgrade_that_cannot_convert_an_account_changes_nothing(scram_cluster, capsys):
    """One old account whose name cannot become a login: the schema is not upgraded either (all or nothing)."""
    from relais_desk.cli import main
    from relais_desk.store import migrate

    with older_database(scram_cluster, "relais_upgrade_fail", [("a" * 60, "admin")]) as url:
        assert main(["db", "upgrade", "--db", url]) == 2
        err = capsys.readouterr().err
        assert "Traceback" not in err and len(err.strip().splitlines()) == 1
        old = Database(url)
        assert migrate.current_revision(old) == "0002"
        with old.read() as session:  # the old hash is still there: nobody was locked out
            assert session.execute(text("SELECT password_hash FROM app_user")).scalar() == "$argon2id$v=19$x"
        old.dispose()


@contextmanager
def older_database(cluster, name: str, accounts: list[tuple[str, str]]) -> Iterator[str]:  # noqa: ANN001
    """A database as the previous version made it (schema 0002, argon2 hashes in app_user), dropped after."""
    from relais_desk.store import migrate
    from tests.conftest import drop_pg_database
    from tests.pg_cluster import SUPERUSER_PASSWORD

    admin = psycopg.connect(host="127.0.0.1", port=cluster.port, user="postgres", dbname="postgres",
                            password=SUPERUSER_PASSWORD, autocommit=True)
    admin.execute(f'CREATE DATABASE "{name}"')
    url = cluster.url(database=name)
    try:
        old = Database(url)
        migrate.upgrade(old, "0002")
        with old.write() as session:
            for username, role in accounts:
                session.execute(text("INSERT INTO app_user (username, display_name, role, password_hash, active, "
                                     "created_at) VALUES (:u, '', :r, '$argon2id$v=19$x', true, now())"),
                                {"u": username, "r": role})
        old.dispose()
        yield url
    finally:
        drop_pg_database(admin, name, admin_url=cluster.url())
        admin.close()


def test_the_demo_on_a_shared_server_makes_logins_with_its_documented_passwords(scram_url):
    """`relais-desk demo` on PostgreSQL: every demo account is a login the server checks (README's passwords)."""
    from relais_desk import demo

    db = Database(scram_url)
    demo.generate(db, seed=5, years=0, shelters=2)
    for username, role, password in [*((u, r, p) for u, r, p in demo.DEMO_LOGINS),
                                     ("abri1", Role.ABRI, demo.DEMO_SHELTER_PASSWORD)]:
        own, me = users.open_session(db, username, password)
        assert me.role == role and me.login == pg_roles.login(db.url.database, username)
        with pytest.raises(AuthenticationFailed):
            users.open_session(db, username, password + "x")
        actor = me.actor()
        if role == Role.OPERATEUR:  # works with its own rights, through its own login
            row = next(r for r in beds.board(own) if r.free > 0)
            beds.hold_bed(own, shelter=row.partner_id, category=row.category_id, actor=actor)
        own.dispose()
    db.dispose()
