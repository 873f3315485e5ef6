"""Who may do what on a shared PostgreSQL database: roles, grants, row-level security, functions.

`install(conn, dbname)` brings a database's security up to date. It runs inside `db upgrade`, after
the Alembic migrations, as the network's owner role, and is idempotent: every function is
`CREATE OR REPLACE`d and every policy and trigger dropped and re-created from this module, so the
code that ships is the security that runs. `docs/securite.md` explains the design in French.

What the server enforces (the client's own checks only make the messages):

- every table is owned by `<prefix>_owner` (NOLOGIN); no app role owns anything;
- each account is its own LOGIN role, member of exactly one group role, and only while the
  account is active and has no one-time password to change;
- RLS is ENABLEd and FORCEd on every table, with one explicit policy per role and command;
- the ledger is append-only for everybody, the owner included (REVOKE and a trigger), and its
  `user_id` is set by the server from the session's login;
- network settings are changed by coordination and admin only (admin alone for the masking threshold
  and the retention), with values of their kind; the server ledgers and announces each change itself
  (`pg_settings`);
- person-level values (persons, calls, notes) are read only through logged SECURITY DEFINER functions
  (`pg_access`), which write the access log; the access log is append-only like the ledger;
- account management, hold expiry and the census run in SECURITY DEFINER functions with a fixed
  `search_path`; no account can write `app_user`, `census`, `census_demand`, `census_run` or the closed nights
  (`closed_night`, `closed_night_demand`) itself.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from typing import Any

from relais_desk.store import (
    pg_access,
    pg_accounts,
    pg_census,
    pg_closed_nights,
    pg_corrections,
    pg_guards,
    pg_holds,
    pg_retention,
    pg_roles,
    pg_settings,
)
from relais_desk.store.errors import DatabaseStillThere
from relais_desk.store.pg_sql import DEFINER, Names, lit, q

__all__ = ["Names", "RLS_TABLES", "install", "q", "revision"]  # what the rest of the store and the tools use

# ------------------------------------------------------------------------------------------ roles


def ensure_roles(conn: Any, n: Names) -> None:
    """Create the owner and the group roles if missing; make the connected login a member of the owner."""
    existing = {r for (r,) in conn.exec_driver_sql(
        "SELECT rolname FROM pg_roles WHERE rolname = ANY(%(names)s)",
        {"names": [n.owner, *n.groups.values()]}).all()}
    comment = f"relais-desk : réseau de la base {n.dbname}"
    if n.owner not in existing:
        conn.exec_driver_sql(f"CREATE ROLE {q(n.owner)} NOLOGIN CREATEROLE")
        conn.exec_driver_sql(f"COMMENT ON ROLE {q(n.owner)} IS {lit(comment + ' (propriétaire du schéma)')}")
    for app_role, name in n.groups.items():
        if name not in existing:
            conn.exec_driver_sql(f"CREATE ROLE {q(name)} NOLOGIN")
            conn.exec_driver_sql(f"COMMENT ON ROLE {q(name)} IS {lit(comment + ' (rôle ' + app_role + ')')}")
    is_super = conn.exec_driver_sql("SELECT rolsuper FROM pg_roles WHERE rolname = current_user").scalar()
    if not is_super:
        conn.exec_driver_sql(f"GRANT {q(n.owner)} TO CURRENT_USER")
    # The account functions run as the owner and put each login in its group: since PostgreSQL 16,
    # CREATEROLE alone no longer lets a role grant membership in a role it did not create.
    for name in n.groups.values():
        conn.exec_driver_sql(f"GRANT {q(name)} TO {q(n.owner)} WITH ADMIN OPTION")


def take_ownership(conn: Any, n: Names) -> int:
    """Hand every table, sequence and function of the schema to the owner role (a database made by
    an earlier version belongs to whichever login created it). Returns how many objects moved."""
    moved = 0
    rows = conn.exec_driver_sql(
        "SELECT c.relname, c.relkind FROM pg_class c JOIN pg_namespace s ON s.oid = c.relnamespace "
        "WHERE s.nspname = 'public' AND c.relkind IN ('r', 'p', 'v', 'm') "
        "AND pg_get_userbyid(c.relowner) <> %(owner)s", {"owner": n.owner}).all()
    for name, kind in rows:
        what = "MATERIALIZED VIEW" if kind == "m" else "VIEW" if kind == "v" else "TABLE"
        conn.exec_driver_sql(f"ALTER {what} public.{q(name)} OWNER TO {q(n.owner)}")
        moved += 1
    for (name,) in conn.exec_driver_sql(
        "SELECT c.relname FROM pg_class c JOIN pg_namespace s ON s.oid = c.relnamespace "
        "LEFT JOIN pg_depend d ON d.objid = c.oid AND d.deptype IN ('a', 'i') "
        "WHERE s.nspname = 'public' AND c.relkind = 'S' AND d.objid IS NULL "
        "AND pg_get_userbyid(c.relowner) <> %(owner)s", {"owner": n.owner}).all():
        conn.exec_driver_sql(f"ALTER SEQUENCE public.{q(name)} OWNER TO {q(n.owner)}")
        moved += 1
    for (signature,) in conn.exec_driver_sql(
        "SELECT p.oid::regprocedure::text FROM pg_proc p JOIN pg_namespace s ON s.oid = p.pronamespace "
        "WHERE s.nspname = 'public' AND pg_get_userbyid(p.proowner) <> %(owner)s", {"owner": n.owner}).all():
        conn.exec_driver_sql(f"ALTER FUNCTION {signature} OWNER TO {q(n.owner)}")
        moved += 1
    return moved


def prepare_schema(conn: Any, n: Names) -> None:
    """Database and schema privileges, before the owner creates anything."""
    db = q(conn.exec_driver_sql("SELECT current_database()").scalar())
    conn.exec_driver_sql(f"REVOKE ALL ON DATABASE {db} FROM PUBLIC")
    # with GRANT OPTION: the account functions (run as the owner) let each new login connect
    conn.exec_driver_sql(f"GRANT CONNECT, TEMPORARY ON DATABASE {db} TO {q(n.owner)} WITH GRANT OPTION")
    conn.exec_driver_sql(f"GRANT CONNECT ON DATABASE {db} TO {n.all_groups()}")
    conn.exec_driver_sql("REVOKE CREATE ON SCHEMA public FROM PUBLIC")
    conn.exec_driver_sql(f"GRANT USAGE, CREATE ON SCHEMA public TO {q(n.owner)}")
    conn.exec_driver_sql(f"GRANT USAGE ON SCHEMA public TO {n.all_groups()}")


# --------------------------------------------------------------------------------------- functions

def _functions(n: Names) -> list[str]:
    # in this order: the guards and the account functions call the identity functions
    return [*pg_accounts.identity_functions(n), *pg_guards.guard_functions(n), *pg_accounts.account_functions(n),
            *pg_holds.hold_functions(), *pg_census.census_sql(DEFINER), *pg_closed_nights.closed_nights_sql(DEFINER),
            *pg_retention.retention_functions(n), *pg_access.functions(n), *pg_settings.functions(),
            *pg_corrections.functions(n)]


# -------------------------------------------------------------------------------------- privileges

RLS_TABLES = ("network_setting", "partner", "bed_category", "capacity", "bed_state", "person", "app_user",
              "local_credential", "call", "hold", "orientation", "refusal", "census", "census_demand",
              "census_run", "closed_night", "closed_night_demand", "ledger", "change_event", "purge_run")

_MINE = "(SELECT relais_my_shelter())"


def _grants_and_policies(n: Names) -> list[str]:
    out: list[str] = []
    everyone, ops = n.all_groups(), n.of("operateur", "coordination", "admin")
    managers = n.of("coordination", "admin")

    def policy(table: str, name: str, command: str, to: str, using: str | None = None,
               check: str | None = None) -> None:
        sql = f"CREATE POLICY {name} ON {table} AS PERMISSIVE FOR {command} TO {to}"
        if using is not None:
            sql += f" USING ({using})"
        if check is not None:
            sql += f" WITH CHECK ({check})"
        out.append(sql)

    for table in RLS_TABLES:
        out.append(f"REVOKE ALL ON {table} FROM PUBLIC, {everyone}")
        out.append(f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY")
        out.append(f"ALTER TABLE {table} FORCE ROW LEVEL SECURITY")
        if table != "ledger":
            # The owner (the server's own functions, maintenance) sees and writes every row: said here,
            # not implied, since FORCE applies policies to the owner too.
            policy(table, "owner_all", "ALL", q(n.owner), "true", "true")
    out.append("GRANT SELECT ON alembic_version TO PUBLIC")
    # USAGE (nextval) only: reading a sequence would tell a shelter how many persons the network knows
    out.append(f"GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO {everyone}")

    # Reference data: everyone reads, coordination and admin write.
    for table in ("partner", "bed_category", "capacity"):
        out.append(f"GRANT SELECT ON {table} TO {everyone}")
        out.append(f"GRANT INSERT, UPDATE ON {table} TO {managers}")
        policy(table, "read_all", "SELECT", everyone, "true")
        policy(table, "managers_insert", "INSERT", managers, check="true")
        policy(table, "managers_update", "UPDATE", managers, "true", "true")

    # Network settings: coordination and admin; the masking threshold and the retention are admin's.
    out += pg_settings.policies(n, policy)

    # Bed state: everyone reads the board; a shelter writes its own rows; operators only held beds.
    out.append(f"GRANT SELECT, INSERT ON bed_state TO {everyone}")
    out.append(f"GRANT UPDATE ON bed_state TO {n.of('abri', 'coordination', 'admin')}")
    out.append(f"GRANT UPDATE (held, occupied, updated_at, updated_by) ON bed_state TO {q(n.operateur)}")
    policy("bed_state", "read_all", "SELECT", everyone, "true")
    policy("bed_state", "shelter_insert", "INSERT", q(n.abri), check=f"partner_id = {_MINE}")
    policy("bed_state", "ops_insert", "INSERT", ops, check="true")
    policy("bed_state", "shelter_update", "UPDATE", q(n.abri), f"partner_id = {_MINE}", f"partner_id = {_MINE}")
    policy("bed_state", "ops_update", "UPDATE", ops, "true", "true")

    # Holds, orientations, refusals: the network's operators all; a shelter those at its own door (of a
    # refusal, only the columns of a withdrawal: pg_corrections).
    for table in ("hold", "orientation", "refusal"):
        out.append(f"GRANT SELECT, INSERT ON {table} TO {everyone}")
        out.append(f"GRANT UPDATE ON {table} TO {ops if table == 'refusal' else everyone}")
        policy(table, "ops_all", "ALL", ops, "true", "true")
        policy(table, "shelter_select", "SELECT", q(n.abri), f"partner_id = {_MINE}")
        policy(table, "shelter_insert", "INSERT", q(n.abri), check=f"partner_id = {_MINE}")
        policy(table, "shelter_update", "UPDATE", q(n.abri), f"partner_id = {_MINE}", f"partner_id = {_MINE}")

    # Persons and calls: the hotline and coordination write them; nobody SELECTs their values, which are
    # read through the logged functions of pg_access (a shelter: only persons linked to it, no call).
    out.append(f"GRANT INSERT, UPDATE ON person TO {ops}")
    policy("person", "ops_all", "ALL", ops, "true", "true")
    out.append(f"GRANT INSERT, UPDATE ON call TO {ops}")
    policy("call", "ops_all", "ALL", ops, "true", "true")

    # Accounts: everyone reads names and roles (never a password: none is stored); writes only
    # through the account functions. Local credentials exist for the embedded mode only.
    out.append(f"GRANT SELECT ON app_user TO {everyone}")
    policy("app_user", "read_all", "SELECT", everyone, "true")

    # Census and closed nights: everyone reads, only the server's functions write.
    for table in ("census", "census_demand", "census_run", "closed_night", "closed_night_demand"):
        out.append(f"GRANT SELECT ON {table} TO {everyone}")
        policy(table, "read_all", "SELECT", everyone, "true")

    # The ledger: appended by everyone who changes something, read by the hotline and coordination,
    # a shelter reads the bed history and its own rows. Nobody updates, deletes or truncates it.
    out.append(f"REVOKE UPDATE, DELETE, TRUNCATE ON ledger FROM {q(n.owner)}")
    out.append(f"GRANT SELECT, INSERT ON ledger TO {everyone}")
    policy("ledger", "owner_read", "SELECT", q(n.owner), "true")
    policy("ledger", "owner_append", "INSERT", q(n.owner), check="true")
    policy("ledger", "ops_read", "SELECT", ops, "true")
    policy("ledger", "ops_append", "INSERT", ops, check="true")
    policy("ledger", "shelter_read", "SELECT", q(n.abri), f"entity = 'bed_state' OR partner_id = {_MINE}")
    policy("ledger", "shelter_append", "INSERT", q(n.abri), check=f"partner_id IS NULL OR partner_id = {_MINE}")
    out += pg_access.grants(n)  # column grants on person-level tables, and the access log
    out += pg_corrections.grants(n)
    return out


_PUBLIC_FUNCTIONS = ("relais_whoami()", "relais_change_own_password(text)")
_EVERYONE_FUNCTIONS = ("relais_expire_holds(timestamptz)", "relais_census_start_run(text, text, timestamptz)",
                       "relais_census_write_night(date, integer, timestamptz)",
                       "relais_census_finish_run(integer, timestamptz)",
                       "relais_close_night(date, timestamptz)")
_ACCOUNT_FUNCTIONS = ("relais_account_create(text, text, text, integer, text, boolean)",
                      "relais_account_update(integer, text, integer, text)",
                      "relais_account_set_active(integer, boolean)",
                      "relais_account_reset_password(integer, text)")


def statements(dbname: str) -> list[str]:
    """Every statement that `install` runs as the owner, in order (also hashed into the revision)."""
    n = Names(dbname)
    out = [*_functions(n)]
    out.append("REVOKE ALL ON ALL FUNCTIONS IN SCHEMA public FROM PUBLIC")
    out += [f"GRANT EXECUTE ON FUNCTION {f} TO PUBLIC" for f in _PUBLIC_FUNCTIONS]
    # the policies call these as the querying role
    out += [f"GRANT EXECUTE ON FUNCTION {f} TO {n.all_groups()}" for f in
            ("relais_my_shelter()", "relais_app_user_id()", "relais_is_trusted()", "relais_tonight()",
             "relais_untrusted()", *_EVERYONE_FUNCTIONS)]
    out += [f"GRANT EXECUTE ON FUNCTION {f} TO {q(n.admin)}" for f in _ACCOUNT_FUNCTIONS]
    for (table,) in [*_policy_tables(), ("access_log",)]:
        out.append(f"SELECT relais_drop_policies('{table}')")
    out += _grants_and_policies(n)
    out += pg_retention.grants(n)
    out += pg_guards.triggers()
    out += pg_corrections.triggers()
    out += pg_retention.triggers()
    out += pg_access.triggers()
    out += pg_settings.triggers()
    return out


def _policy_tables() -> Iterable[tuple[str]]:
    return ((t,) for t in RLS_TABLES)


_DROP_POLICIES = f"""CREATE OR REPLACE FUNCTION relais_drop_policies(p_table text) RETURNS void
    LANGUAGE plpgsql {DEFINER} AS $fn$
    DECLARE p text;
    BEGIN
      FOR p IN SELECT policyname FROM pg_policies WHERE schemaname = 'public' AND tablename = p_table LOOP
        EXECUTE format('DROP POLICY %I ON %I', p, p_table);
      END LOOP;
    END $fn$"""


def revision(dbname: str) -> str:
    """A short hash of the security this code installs: `ensure_schema` compares it with the database's."""
    text = "\n".join([_DROP_POLICIES, *statements(dbname)])
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def installed_revision(conn: Any) -> str | None:
    """The security revision recorded in the database (a comment on `relais_whoami`), if any."""
    value = conn.exec_driver_sql(
        "SELECT obj_description(p.oid, 'pg_proc') FROM pg_proc p JOIN pg_namespace s ON s.oid = p.pronamespace "
        "WHERE s.nspname = 'public' AND p.proname = 'relais_whoami'").scalar()
    if not value or not value.startswith("relais-desk security "):
        return None
    return value.removeprefix("relais-desk security ")


def install(conn: Any, dbname: str) -> None:
    """Install or refresh the functions, grants, policies and triggers (as the owner role)."""
    for sql in [_DROP_POLICIES, *statements(dbname)]:
        conn.exec_driver_sql(sql.replace("%", "%%"))  # SQLAlchemy always passes parameters to psycopg
    conn.exec_driver_sql(f"COMMENT ON FUNCTION relais_whoami() IS 'relais-desk security {revision(dbname)}'")


# ------------------------------------------------------------------------------ retiring roles


def network_logins(conn: Any, dbname: str) -> list[str]:
    return [r for (r,) in conn.exec_driver_sql(
        "SELECT rolname FROM pg_roles WHERE rolname LIKE %(p)s ORDER BY rolname",
        {"p": pg_roles.login_pattern(dbname)}).all()]


def drop_logins(conn: Any, dbname: str, *, database_exists: bool = True) -> list[str]:
    """Drop every login role of the network of `dbname` (the accounts' rows are gone or going)."""
    dropped = []
    owner = pg_roles.owner(dbname)
    for login in network_logins(conn, dbname):
        if database_exists:  # its CONNECT privilege was granted by the owner (the account functions)
            conn.exec_driver_sql(f"SET ROLE {q(owner)}")
            conn.exec_driver_sql(f"REVOKE ALL ON DATABASE {q(dbname)} FROM {q(login)}")
            conn.exec_driver_sql("RESET ROLE")
        conn.exec_driver_sql(f"DROP ROLE {q(login)}")
        dropped.append(login)
    return dropped


def drop_network_roles(conn: Any, dbname: str) -> list[str]:
    """Drop the logins, group roles and owner of a retired database (run once it has been dropped)."""
    exists = conn.exec_driver_sql("SELECT 1 FROM pg_database WHERE datname = %(d)s", {"d": dbname}).first()
    if exists:
        raise DatabaseStillThere(
            f"La base « {dbname} » existe encore : supprimez-la d'abord (dropdb), ses rôles ensuite.")
    n = Names(dbname)
    dropped = drop_logins(conn, dbname, database_exists=False)
    present = {r for (r,) in conn.exec_driver_sql(
        "SELECT rolname FROM pg_roles WHERE rolname = ANY(%(names)s)",
        {"names": [*n.groups.values(), n.owner]}).all()}
    for role in [*n.groups.values(), n.owner]:
        if role in present:
            conn.exec_driver_sql(f"DROP ROLE {q(role)}")
            dropped.append(role)
    return dropped
