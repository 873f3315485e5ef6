"""The store: migrations on both backends, the network-share refusal, the keyring rule, schema checks."""

from __future__ import annotations

from pathlib import Path

import keyring
import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from keyring.backends import fail
from sqlalchemy import inspect
from sqlmodel import SQLModel

from relais_desk.store import migrate, secrets
from relais_desk.store.database import Database
from relais_desk.store.errors import NetworkShareRefused, NoKeyring, SchemaTooOld
from relais_desk.store.netfs import check_local_path, mount_fstype


def test_migrations_reach_head_and_match_the_models(db: Database) -> None:
    assert migrate.current_revision(db) == migrate.head_revision()
    tables = set(inspect(db.engine).get_table_names())
    assert set(SQLModel.metadata.tables) <= tables
    with db.engine.connect() as conn:
        ctx = MigrationContext.configure(conn, opts={"compare_type": True})
        assert compare_metadata(ctx, SQLModel.metadata) == []


def test_empty_database_upgrades_to_head_on_postgresql(pg_server_url: str) -> None:
    # The session database was migrated from empty; a second upgrade is a no-op.
    db = Database(pg_server_url)
    before, after = migrate.upgrade(db)
    assert before == after == migrate.head_revision()
    db.dispose()


def test_embedded_database_upgrades_itself(tmp_path: Path) -> None:
    db = Database(f"sqlite:///{tmp_path / 'new.sqlite3'}")
    assert migrate.current_revision(db) is None
    migrate.ensure_schema(db)
    assert migrate.current_revision(db) == migrate.head_revision()
    db.dispose()


def test_shared_database_behind_the_code_refuses_with_the_command(pg_server_url: str) -> None:
    import psycopg
    from sqlalchemy.engine import make_url

    admin = make_url(pg_server_url).set(drivername="postgresql", database="postgres")
    name = "relais_test_empty_schema"
    with psycopg.connect(admin.render_as_string(hide_password=False), autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}"')
        conn.execute(f'CREATE DATABASE "{name}"')
    try:
        db = Database(make_url(pg_server_url).set(database=name).render_as_string(hide_password=False))
        with pytest.raises(SchemaTooOld) as err:
            migrate.ensure_schema(db)
        assert "relais-desk db upgrade" in err.value.message
        assert migrate.current_revision(db) is None  # nothing was changed
        db.dispose()
    finally:
        with psycopg.connect(admin.render_as_string(hide_password=False), autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.mark.parametrize("fstype", ["cifs", "nfs4", "fuse.sshfs", "smb3"])
def test_sqlite_on_a_network_share_is_refused(tmp_path: Path, fstype: str) -> None:
    share = tmp_path / "share"
    share.mkdir()
    mounts = tmp_path / "mounts"
    mounts.write_text(f"/dev/vda / ext4 rw 0 0\n//server/partage {share} {fstype} rw 0 0\n")
    with pytest.raises(NetworkShareRefused) as err:
        check_local_path(share / "relais.sqlite3", mounts_file=str(mounts))
    assert "partage réseau" in err.value.message and "PostgreSQL" in err.value.message
    assert not (share / "relais.sqlite3").exists()


def test_local_disk_is_accepted_and_mount_points_are_matched_by_longest_prefix(tmp_path: Path) -> None:
    mounts = tmp_path / "mounts"
    mounts.write_text(f"/dev/vda / ext4 rw 0 0\nserver:/x {tmp_path}/other nfs rw 0 0\n")
    check_local_path(tmp_path / "relais.sqlite3", mounts_file=str(mounts))
    assert mount_fstype(tmp_path / "other" / "db", str(mounts)) == "nfs"
    assert mount_fstype(tmp_path / "otherwise", str(mounts)) == "ext4"


def test_database_refuses_a_network_path_before_creating_anything(tmp_path: Path, monkeypatch) -> None:
    import relais_desk.store.database as database

    def refuse(path: Path) -> None:
        raise NetworkShareRefused("partage réseau", path=str(path))

    monkeypatch.setattr(database, "check_local_path", refuse)
    with pytest.raises(NetworkShareRefused):
        Database(f"sqlite:///{tmp_path / 'sub' / 'relais.sqlite3'}")
    assert not (tmp_path / "sub").exists()


def test_missing_keyring_gives_a_clear_message_and_no_plaintext_fallback() -> None:
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        with pytest.raises(NoKeyring) as err:
            secrets.store_password("relais@db:5432/relais", "s3cret")
        assert "trousseau" in err.value.message and "en clair" in err.value.message
        with pytest.raises(NoKeyring):
            secrets.get_password("relais@db:5432/relais")
    finally:
        keyring.set_keyring(previous)


def test_password_round_trips_through_the_keyring() -> None:
    acct = secrets.account("relais", "db.example", 5432, "relais")
    secrets.store_password(acct, "s3cret")
    assert secrets.get_password(acct) == "s3cret"
    secrets.delete_password(acct)
    assert secrets.get_password(acct) is None


def test_postgres_password_comes_from_the_keyring_not_the_url(pg_server_url: str) -> None:
    from sqlalchemy.engine import make_url

    url = make_url(pg_server_url)
    secrets.store_password(secrets.account(url.username, url.host, url.port or 5432, url.database), "from-keyring")
    db = Database(url.set(password=None).render_as_string(hide_password=False))
    try:
        assert db.engine.url.password == "from-keyring"
        assert "from-keyring" not in db.url_for_display()
    finally:
        db.dispose()


def _network_of_0001(db: Database) -> None:
    """tests/network.py's network written as schema 0001 stores it, in plain SQL: today's services read and
    write today's columns (partner.opening_hours since 0010), which an old schema lacks."""
    import sqlalchemy as sa

    from relais_desk.services import partners
    from tests.network import SINCE, SYSTEM

    for code, fr, en, order in (("hommes", "Hommes", "Men", 1), ("femmes", "Femmes", "Women", 2),
                                ("familles", "Familles", "Families", 3), ("mixte", "Mixte", "Mixed", 4)):
        partners.add_category(db, code=code, label_fr=fr, label_en=en, actor=SYSTEM, sort_order=order)
    base = {"city": "Charleroi", "address": "", "phone": "", "email": "", "confidential_address": False,
            "active": True, "quota_nights": None, "quota_days": None, "what_to_bring": "",
            "created_at": "2020-01-01 00:00:00.000000"}
    beds = {"Abri Dourlet": (("hommes", 5), ("femmes", 2)), "Maison Bienvenue": (("femmes", 4), ("familles", 3)),
            "Le Rebond": (("mixte", 1),), "Comptoir de jour": ()}
    with db.write() as session:
        for name, caps in beds.items():
            row = {**base, "kind": "accueil_de_jour" if not caps else "accueil_de_nuit", "name": name}
            partner_id = session.execute(sa.text(
                f"INSERT INTO partner ({', '.join(row)}) VALUES ({', '.join(':' + k for k in row)}) RETURNING id"),
                row).scalar_one()
            for code, n in caps:
                session.execute(sa.text(
                    "INSERT INTO capacity (partner_id, category_id, kind, beds, valid_from, dogs_accepted, "
                    "wheelchair_accessible, low_threshold, counted_in_rooms, note, recorded_at) SELECT :p, id, "
                    "'base', :n, :since, 0, 0, 0, 0, '', '2020-01-01 12:00:00.000000' FROM bed_category "
                    "WHERE code = :code"), {"p": partner_id, "n": n, "since": SINCE, "code": code})


def test_an_older_embedded_database_upgrades_itself_keeping_its_data(tmp_path: Path) -> None:

    db = Database(f"sqlite:///{tmp_path / 'old.sqlite3'}")
    migrate.upgrade(db, "0001")
    _network_of_0001(db)
    migrate.ensure_schema(db)
    assert migrate.current_revision(db) == migrate.head_revision() != "0001"
    from relais_desk.services import beds

    assert len(beds.board(db)) == 5
    from relais_desk.services import partners
    from tests.network import SYSTEM

    assert {p.opening_hours for p in partners.list_partners(db, actor=SYSTEM)} == {""}  # not given, not closed
    db.dispose()


def test_an_older_shared_database_is_upgraded_by_the_admin_command(pg_server_url: str, capsys) -> None:
    import psycopg
    from sqlalchemy.engine import make_url

    from relais_desk.cli import main
    from tests.conftest import drop_pg_database

    admin = make_url(pg_server_url).set(drivername="postgresql", database="postgres").render_as_string(
        hide_password=False)
    name = "relais_test_old_schema"
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}"')
        conn.execute(f'CREATE DATABASE "{name}"')
    url = make_url(pg_server_url).set(database=name).render_as_string(hide_password=False)
    try:
        db = Database(url)
        migrate.upgrade(db, "0001")
        with pytest.raises(SchemaTooOld):
            migrate.ensure_schema(db)
        assert main(["db", "upgrade", "--db", url]) == 0
        assert "0001 →" in capsys.readouterr().out
        migrate.ensure_schema(db)
        db.dispose()
    finally:
        with psycopg.connect(admin, autocommit=True) as conn:
            drop_pg_database(conn, name)
