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
- account management, hold expiry and the census run in SECURITY DEFINER functions with a fixed
  `search_path`; no account can write `app_user`, `census`, `census_demand`, `census_run` or the closed nights
  (`closed_night`, `closed_night_demand`) itself.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from typing import Any

from relais_desk.domain.enums import HoldStatus, LedgerAction, OrientationStatus, PartnerKind
from relais_desk.store import pg_census, pg_closed_nights, pg_roles
from relais_desk.store.errors import DatabaseStillThere

CHANNEL = "relais_changes"


def q(identifier: str) -> str:
    """A quoted SQL identifier (role names contain dots)."""
    return '"' + identifier.replace('"', '""') + '"'


def lit(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


class Names:
    """The role names of one database's network."""

    def __init__(self, dbname: str) -> None:
        self.dbname = dbname
        self.prefix = pg_roles.prefix(dbname)
        self.owner = pg_roles.owner(dbname)
        self.groups = pg_roles.groups(dbname)
        self.operateur = self.groups["operateur"]
        self.abri = self.groups["abri"]
        self.coordination = self.groups["coordination"]
        self.admin = self.groups["admin"]

    def all_groups(self) -> str:
        return ", ".join(q(g) for g in self.groups.values())

    def of(self, *roles: str) -> str:
        return ", ".join(q(self.groups[r]) for r in roles)


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

_DEFINER = "SECURITY DEFINER SET search_path = public, pg_temp SET TimeZone = 'UTC'"
_INVOKER = "SECURITY INVOKER SET search_path = public, pg_temp SET TimeZone = 'UTC'"
CARRY = pg_census.CARRY_NIGHTS
# A verifier exactly as libpq makes it: anything else PostgreSQL would take as a plaintext password.
VERIFIER = r"'^SCRAM-SHA-256\$[0-9]+:[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+:[A-Za-z0-9+/=]+$'"


def _functions(n: Names) -> list[str]:
    owner, admin = lit(n.owner), lit(n.admin)
    prefix = lit(n.prefix)
    roles = ", ".join(lit(r) for r in pg_roles.GROUP_ROLES)
    state_json = ("jsonb_build_object('capacity', s.capacity, 'unavailable', s.unavailable, "
                  "'occupied', s.occupied, 'held', s.held, 'unavailable_reason', s.unavailable_reason, "
                  "'counts_updated_at', s.counts_updated_at)")
    notify = f"PERFORM pg_notify({lit(CHANNEL)}, json_build_object('t', %s, 'ids', %s)::text);"
    return [
        # --- who is calling
        f"""CREATE OR REPLACE FUNCTION relais_app_user_id() RETURNS integer LANGUAGE sql STABLE {_DEFINER} AS $fn$
            SELECT id FROM app_user WHERE login = session_user::text AND active $fn$""",
        f"""CREATE OR REPLACE FUNCTION relais_my_shelter() RETURNS integer LANGUAGE sql STABLE {_DEFINER} AS $fn$
            SELECT partner_id FROM app_user WHERE login = session_user::text AND active AND role = 'abri' $fn$""",
        f"""CREATE OR REPLACE FUNCTION relais_is_trusted() RETURNS boolean LANGUAGE sql STABLE {_DEFINER} AS $fn$
            SELECT pg_has_role(session_user, {owner}, 'MEMBER') $fn$""",
        f"""CREATE OR REPLACE FUNCTION relais_may_manage_accounts() RETURNS boolean LANGUAGE sql STABLE {_DEFINER}
            AS $fn$ SELECT pg_has_role(session_user, {admin}, 'MEMBER') OR pg_has_role(session_user, {owner}, 'MEMBER')
            $fn$""",
        f"""CREATE OR REPLACE FUNCTION relais_whoami() RETURNS TABLE (
                id integer, username text, display_name text, role text, partner_id integer, shelter text,
                active boolean, must_change_password boolean, login text)
            LANGUAGE sql STABLE {_DEFINER} AS $fn$
            SELECT u.id, u.username, u.display_name, u.role, u.partner_id, p.name, u.active,
                   u.must_change_password, u.login
            FROM app_user u LEFT JOIN partner p ON p.id = u.partner_id
            WHERE u.login = session_user::text $fn$""",
        # --- triggers: who did it is the server's word, and the ledger only grows
        f"""CREATE OR REPLACE FUNCTION relais_set_actor() RETURNS trigger LANGUAGE plpgsql {_DEFINER} AS $fn$
            DECLARE uid integer := relais_app_user_id();
            BEGIN
              IF uid IS NOT NULL OR NOT relais_is_trusted() THEN
                NEW := jsonb_populate_record(NEW, jsonb_build_object(TG_ARGV[0], uid));
              END IF;
              RETURN NEW;
            END $fn$""",
        f"""CREATE OR REPLACE FUNCTION relais_ledger_append_only() RETURNS trigger LANGUAGE plpgsql {_DEFINER}
            AS $fn$ BEGIN
              RAISE EXCEPTION 'Le journal des changements ne se modifie pas et ne s''efface pas (%).', TG_OP
                USING ERRCODE = 'insufficient_privilege';
            END $fn$""",
        # The server's own night ("tonight" rolls over at noon, Brussels time), as domain.nights says.
        f"""CREATE OR REPLACE FUNCTION relais_tonight() RETURNS date LANGUAGE sql STABLE {_DEFINER} AS $fn$
            SELECT CASE WHEN (now() AT TIME ZONE 'Europe/Brussels')::time < '12:00'::time
                        THEN (now() AT TIME ZONE 'Europe/Brussels')::date - 1
                        ELSE (now() AT TIME ZONE 'Europe/Brussels')::date END $fn$""",
        # Checks on what an account writes itself. These trigger functions run as the writing role
        # (SECURITY INVOKER): a statement made inside one of the server's own functions runs as the
        # owner and is trusted; so are the owner's maintenance sessions. An account is not.
        f"""CREATE OR REPLACE FUNCTION relais_untrusted() RETURNS boolean LANGUAGE sql STABLE
            SET search_path = public, pg_temp AS $fn$
            SELECT current_user::text <> {owner} AND NOT (relais_is_trusted() AND relais_app_user_id() IS NULL) $fn$""",
        f"""CREATE OR REPLACE FUNCTION relais_ledger_check() RETURNS trigger LANGUAGE plpgsql {_INVOKER} AS $fn$
            DECLARE s bed_state; a jsonb;
            BEGIN
              IF NOT relais_untrusted() THEN RETURN NEW; END IF;
              NEW.user_id := relais_app_user_id();
              NEW.at := now();  -- no backdated history: the census counts what was known at its moment
              IF NEW.entity = 'user' THEN
                RAISE EXCEPTION 'Les changements de comptes s''écrivent par les fonctions des comptes.'
                  USING ERRCODE = 'insufficient_privilege';
              END IF;
              IF NEW.entity = 'bed_state' THEN
                -- a bed-state row of the ledger must say what the bed state now is, for a current night,
                -- once per row and transaction: no invented history
                SELECT * INTO s FROM bed_state WHERE id = NEW.entity_id;
                a := NEW.after::jsonb;
                IF NOT FOUND OR s.partner_id IS DISTINCT FROM NEW.partner_id
                   OR s.category_id IS DISTINCT FROM NEW.category_id OR s.night IS DISTINCT FROM NEW.night
                   OR s.night < relais_tonight() - 1
                   OR (a->>'capacity')::int IS DISTINCT FROM s.capacity
                   OR (a->>'unavailable')::int IS DISTINCT FROM s.unavailable
                   OR (a->>'occupied')::int IS DISTINCT FROM s.occupied
                   OR (a->>'held')::int IS DISTINCT FROM s.held
                   OR s.xmin <> pg_current_xact_id()::xid
                   OR EXISTS (SELECT 1 FROM ledger l WHERE l.entity = 'bed_state' AND l.entity_id = s.id
                              AND l.xmin = pg_current_xact_id()::xid) THEN
                  RAISE EXCEPTION 'Ligne de journal refusée : elle ne correspond pas à l''état des lits.'
                    USING ERRCODE = 'check_violation';
                END IF;
              END IF;
              RETURN NEW;
            END $fn$""",
        # what a workstation may do to a night's bed counts
        f"""CREATE OR REPLACE FUNCTION relais_bed_state_guard() RETURNS trigger LANGUAGE plpgsql {_INVOKER} AS $fn$
            DECLARE cap integer; carried integer;
            BEGIN
              IF NOT relais_untrusted() THEN RETURN NEW; END IF;
              IF NEW.night < relais_tonight() - 1 OR NEW.night > relais_tonight() + 1 THEN
                RAISE EXCEPTION 'Seuls les lits de cette nuit se changent.' USING ERRCODE = 'insufficient_privilege';
              END IF;
              IF TG_OP = 'INSERT' THEN
                -- a new night starts from the server's data: its capacity, the out-of-service beds carried
                -- over from the last counted night (at most 14 nights back), nothing occupied or held
                SELECT coalesce(sum(beds), 0) INTO cap FROM capacity
                WHERE partner_id = NEW.partner_id AND category_id = NEW.category_id AND valid_from <= NEW.night
                  AND (valid_to IS NULL OR valid_to >= NEW.night) AND recorded_at <= now()
                  AND (retired_at IS NULL OR retired_at > now());
                SELECT least(unavailable, cap) INTO carried FROM bed_state
                WHERE partner_id = NEW.partner_id AND category_id = NEW.category_id AND night < NEW.night
                  AND night >= NEW.night - {CARRY}
                ORDER BY night DESC LIMIT 1;
                IF NEW.occupied <> 0 OR NEW.held <> 0 OR NEW.capacity <> cap
                   OR NEW.unavailable <> coalesce(carried, 0) THEN
                  RAISE EXCEPTION 'Une nouvelle nuit commence avec la capacité du réseau, sans lit occupé ni réservé.'
                    USING ERRCODE = 'check_violation';
                END IF;
                RETURN NEW;
              END IF;
              IF NOT pg_has_role(session_user, {lit(n.coordination)}, 'MEMBER')
                 AND NOT pg_has_role(session_user, {lit(n.admin)}, 'MEMBER') THEN
                IF NEW.capacity <> OLD.capacity OR NEW.partner_id <> OLD.partner_id
                   OR NEW.category_id <> OLD.category_id OR NEW.night <> OLD.night THEN
                  RAISE EXCEPTION 'La capacité d''un abri se change dans Partenaires, par la coordination.'
                    USING ERRCODE = 'insufficient_privilege';
                END IF;
                IF pg_has_role(session_user, {lit(n.operateur)}, 'MEMBER')
                   AND NOT pg_has_role(session_user, {lit(n.abri)}, 'MEMBER')
                   AND (NEW.held - OLD.held NOT IN (-1, 0, 1) OR NEW.occupied - OLD.occupied NOT IN (0, 1)
                        OR (NEW.occupied - OLD.occupied = 1 AND NEW.held - OLD.held <> -1)
                        OR NEW.unavailable <> OLD.unavailable) THEN
                  RAISE EXCEPTION 'Un·e opérateur·rice ne change que les lits réservés, un à la fois.'
                    USING ERRCODE = 'insufficient_privilege';
                END IF;
              END IF;
              RETURN NEW;
            END $fn$""",
        # holds, orientations and refusals: a shelter links no person or call itself (that would let it
        # read any person), and an orientation carries a hold of its own service only
        f"""CREATE OR REPLACE FUNCTION relais_link_guard() RETURNS trigger LANGUAGE plpgsql {_INVOKER} AS $fn$
            DECLARE r jsonb := to_jsonb(NEW); o jsonb; shelter boolean;
            BEGIN
              IF NOT relais_untrusted() THEN RETURN NEW; END IF;
              shelter := pg_has_role(session_user, {lit(n.abri)}, 'MEMBER');
              IF TG_OP = 'UPDATE' THEN
                o := to_jsonb(OLD);
                IF (r->'partner_id', r->'category_id', r->'night', r->'person_id', r->'call_id', r->'hold_id')
                   IS DISTINCT FROM
                   (o->'partner_id', o->'category_id', o->'night', o->'person_id', o->'call_id', o->'hold_id')
                   AND (shelter OR r->'partner_id' IS DISTINCT FROM o->'partner_id'
                        OR r->'person_id' IS DISTINCT FROM o->'person_id'
                        OR r->'hold_id' IS DISTINCT FROM o->'hold_id') THEN
                  -- the hotline links a call to its orientations and refusals; nothing else moves
                  RAISE EXCEPTION 'Cette ligne ne change pas de service, de personne ni de réservation.'
                    USING ERRCODE = 'insufficient_privilege';
                END IF;
              ELSE
                IF shelter AND (r->>'person_id' IS NOT NULL OR r->>'call_id' IS NOT NULL) THEN
                  RAISE EXCEPTION 'Un abri n''enregistre que des refus et des réservations sans personne nommée.'
                    USING ERRCODE = 'insufficient_privilege';
                END IF;
                IF TG_TABLE_NAME = 'hold' AND (r->>'status' <> {lit(HoldStatus.ACTIVE.value)} OR NOT EXISTS (
                     SELECT 1 FROM bed_state b WHERE b.partner_id = NEW.partner_id
                     AND b.category_id = (r->>'category_id')::int AND b.night = (r->>'night')::date
                     AND b.xmin = pg_current_xact_id()::xid)) THEN
                  RAISE EXCEPTION 'Une réservation se prend sur un lit de la nuit, avec son compte de lits.'
                    USING ERRCODE = 'check_violation';
                END IF;
              END IF;
              IF TG_TABLE_NAME = 'orientation' AND r->>'hold_id' IS NOT NULL AND NOT EXISTS (
                   SELECT 1 FROM hold h WHERE h.id = (r->>'hold_id')::int AND h.partner_id = NEW.partner_id
                   AND h.category_id IS NOT DISTINCT FROM (r->>'category_id')::int) THEN
                RAISE EXCEPTION 'Une orientation porte une réservation de son propre service.'
                  USING ERRCODE = 'check_violation';
              END IF;
              RETURN NEW;
            END $fn$""",
        # --- accounts
        f"""CREATE OR REPLACE FUNCTION relais_account_apply(p_user_id integer, p_verifier text)
            RETURNS void LANGUAGE plpgsql {_DEFINER} AS $fn$
            DECLARE u app_user; r text; g text; direct boolean;
            BEGIN
              SELECT * INTO u FROM app_user WHERE id = p_user_id;
              IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = u.login) THEN
                EXECUTE format('CREATE ROLE %I NOLOGIN', u.login);
                EXECUTE format('GRANT %I TO %I', u.login, {owner});  -- so the owner may end its sessions
                EXECUTE format('GRANT CONNECT ON DATABASE %I TO %I', current_database(), u.login);
                EXECUTE format('COMMENT ON ROLE %I IS %L', u.login,
                               'relais-desk : compte ' || u.username || ' de la base ' || current_database());
              END IF;
              IF p_verifier IS NOT NULL THEN
                EXECUTE format('ALTER ROLE %I PASSWORD %L', u.login, p_verifier);
              END IF;
              EXECUTE format('ALTER ROLE %I %s', u.login, CASE WHEN u.active THEN 'LOGIN' ELSE 'NOLOGIN' END);
              FOREACH r IN ARRAY ARRAY[{roles}] LOOP
                g := {prefix} || '_' || r;
                direct := EXISTS (SELECT 1 FROM pg_auth_members m JOIN pg_roles gr ON gr.oid = m.roleid
                                  JOIN pg_roles lr ON lr.oid = m.member
                                  WHERE gr.rolname = g AND lr.rolname = u.login);
                IF u.active AND NOT u.must_change_password AND u.role = r THEN
                  IF NOT direct THEN EXECUTE format('GRANT %I TO %I', g, u.login); END IF;
                ELSIF direct THEN
                  EXECUTE format('REVOKE %I FROM %I', g, u.login);
                END IF;
              END LOOP;
            END $fn$""",
        f"""CREATE OR REPLACE FUNCTION relais_account_end_sessions(p_login text) RETURNS integer
            LANGUAGE sql {_DEFINER} AS $fn$
            SELECT count(*)::integer FROM (
              SELECT pg_terminate_backend(pid) FROM pg_stat_activity
              WHERE usename = p_login AND pid <> pg_backend_pid() AND datname = current_database()) t $fn$""",
        f"""CREATE OR REPLACE FUNCTION relais_account_check(p_role text, p_partner_id integer, p_verifier text)
            RETURNS void LANGUAGE plpgsql {_DEFINER} AS $fn$
            BEGIN
              IF NOT relais_may_manage_accounts() THEN
                RAISE EXCEPTION 'Seul·e un·e administrateur·rice gère les comptes.' USING ERRCODE = 'insufficient_privilege';
              END IF;
              IF p_role IS NOT NULL AND p_role NOT IN ({roles}) THEN
                RAISE EXCEPTION 'Rôle inconnu : « % ».', left(p_role, 40) USING ERRCODE = 'invalid_parameter_value';
              END IF;
              IF p_role = 'abri' AND NOT EXISTS (SELECT 1 FROM partner WHERE id = p_partner_id
                                                  AND kind = {lit(PartnerKind.ACCUEIL_DE_NUIT.value)}) THEN
                RAISE EXCEPTION 'Un compte « abri » doit être lié à un abri de nuit.' USING ERRCODE = 'invalid_parameter_value';
              END IF;
              IF p_partner_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM partner WHERE id = p_partner_id) THEN
                RAISE EXCEPTION 'Service inconnu.' USING ERRCODE = 'invalid_parameter_value';
              END IF;
              IF p_verifier IS NOT NULL AND p_verifier !~ {VERIFIER} THEN
                RAISE EXCEPTION 'Le mot de passe doit arriver chiffré (SCRAM-SHA-256), jamais en clair.'
                  USING ERRCODE = 'invalid_parameter_value';
              END IF;
            END $fn$""",
        f"""CREATE OR REPLACE FUNCTION relais_account_ledger(p_user_id integer, p_before jsonb, p_after jsonb)
            RETURNS void LANGUAGE plpgsql {_DEFINER} AS $fn$
            BEGIN
              INSERT INTO ledger (at, user_id, action, entity, entity_id, before, after)
              VALUES (now(), relais_app_user_id(), {lit(LedgerAction.USER_SAVED.value)}, 'user', p_user_id,
                      p_before::text, p_after::text);
              {notify % ("'user'", "json_build_array(p_user_id)")}
            END $fn$""",
        f"""CREATE OR REPLACE FUNCTION relais_account_create(p_username text, p_display_name text, p_role text,
                p_partner_id integer, p_verifier text, p_must_change boolean DEFAULT false)
            RETURNS integer LANGUAGE plpgsql {_DEFINER} AS $fn$
            DECLARE v_login text; v_id integer;
            BEGIN
              PERFORM relais_account_check(p_role, p_partner_id, p_verifier);
              IF p_verifier IS NULL THEN
                RAISE EXCEPTION 'Un nouveau compte a besoin d''un mot de passe.' USING ERRCODE = 'invalid_parameter_value';
              END IF;
              IF p_username IS NULL OR p_username !~ '^[[:alnum:]._@-]{{1,64}}$' THEN
                RAISE EXCEPTION 'Identifiant : lettres, chiffres, « . », « _ », « - » et « @ » seulement.'
                  USING ERRCODE = 'invalid_parameter_value';
              END IF;
              v_login := {prefix} || '.' || lower(p_username);
              IF octet_length(v_login) > 63 THEN
                RAISE EXCEPTION 'Identifiant trop long pour le serveur.' USING ERRCODE = 'invalid_parameter_value';
              END IF;
              IF EXISTS (SELECT 1 FROM app_user WHERE lower(username) = lower(p_username))
                 OR EXISTS (SELECT 1 FROM pg_roles WHERE rolname = v_login) THEN
                RAISE EXCEPTION 'L''identifiant « % » existe déjà.', p_username USING ERRCODE = 'unique_violation';
              END IF;
              INSERT INTO app_user (username, display_name, role, partner_id, active, created_at, login,
                                    must_change_password)
              VALUES (p_username, coalesce(left(p_display_name, 120), ''), p_role,
                      CASE WHEN p_role = 'abri' OR p_partner_id IS NOT NULL THEN p_partner_id END, true, now(),
                      v_login, coalesce(p_must_change, false))
              RETURNING id INTO v_id;
              PERFORM relais_account_apply(v_id, p_verifier);
              PERFORM relais_account_ledger(v_id, NULL, jsonb_build_object('username', p_username, 'role', p_role,
                        'partner_id', p_partner_id, 'active', true));
              RETURN v_id;
            END $fn$""",
        # an account of a database made before logins existed becomes a login with a one-time password
        f"""CREATE OR REPLACE FUNCTION relais_account_adopt(p_user_id integer, p_verifier text)
            RETURNS text LANGUAGE plpgsql {_DEFINER} AS $fn$
            DECLARE u app_user; v_login text;
            BEGIN
              IF NOT relais_is_trusted() THEN
                RAISE EXCEPTION 'Seul l''identifiant de maintenance convertit les anciens comptes.'
                  USING ERRCODE = 'insufficient_privilege';
              END IF;
              PERFORM relais_account_check(NULL, NULL, p_verifier);
              SELECT * INTO u FROM app_user WHERE id = p_user_id AND login IS NULL FOR UPDATE;
              IF NOT FOUND OR p_verifier IS NULL THEN
                RAISE EXCEPTION 'Compte n° % introuvable ou déjà converti.', p_user_id USING ERRCODE = 'no_data_found';
              END IF;
              v_login := {prefix} || '.' || lower(u.username);
              IF octet_length(v_login) > 63 OR EXISTS (SELECT 1 FROM pg_roles WHERE rolname = v_login) THEN
                RAISE EXCEPTION 'Le compte « % » ne peut pas devenir l''identifiant « % » du serveur.', u.username, v_login
                  USING ERRCODE = 'invalid_parameter_value';
              END IF;
              UPDATE app_user SET login = v_login, must_change_password = true WHERE id = p_user_id;
              PERFORM relais_account_apply(p_user_id, p_verifier);
              PERFORM relais_account_ledger(p_user_id, NULL, jsonb_build_object('login', v_login,
                                                                                 'password', 'à usage unique'));
              RETURN v_login;
            END $fn$""",
        f"""CREATE OR REPLACE FUNCTION relais_account_update(p_user_id integer, p_role text, p_partner_id integer,
                p_display_name text DEFAULT NULL)
            RETURNS void LANGUAGE plpgsql {_DEFINER} AS $fn$
            DECLARE u app_user;
            BEGIN
              PERFORM relais_account_check(p_role, p_partner_id, NULL);
              SELECT * INTO u FROM app_user WHERE id = p_user_id FOR UPDATE;
              IF NOT FOUND THEN
                RAISE EXCEPTION 'Utilisateur n° % introuvable.', p_user_id USING ERRCODE = 'no_data_found';
              END IF;
              UPDATE app_user SET role = coalesce(p_role, role), partner_id = p_partner_id,
                                  display_name = coalesce(left(p_display_name, 120), display_name)
              WHERE id = p_user_id;
              PERFORM relais_account_apply(p_user_id, NULL);
              IF u.role IS DISTINCT FROM coalesce(p_role, u.role) OR u.partner_id IS DISTINCT FROM p_partner_id THEN
                PERFORM relais_account_end_sessions(u.login);
              END IF;
              PERFORM relais_account_ledger(p_user_id,
                jsonb_build_object('role', u.role, 'partner_id', u.partner_id),
                jsonb_build_object('role', coalesce(p_role, u.role), 'partner_id', p_partner_id));
            END $fn$""",
        f"""CREATE OR REPLACE FUNCTION relais_account_set_active(p_user_id integer, p_active boolean)
            RETURNS void LANGUAGE plpgsql {_DEFINER} AS $fn$
            DECLARE u app_user;
            BEGIN
              PERFORM relais_account_check(NULL, NULL, NULL);
              SELECT * INTO u FROM app_user WHERE id = p_user_id FOR UPDATE;
              IF NOT FOUND THEN
                RAISE EXCEPTION 'Utilisateur n° % introuvable.', p_user_id USING ERRCODE = 'no_data_found';
              END IF;
              IF u.login = session_user::text AND NOT p_active THEN
                RAISE EXCEPTION 'Vous ne pouvez pas désactiver votre propre compte.' USING ERRCODE = 'insufficient_privilege';
              END IF;
              UPDATE app_user SET active = p_active WHERE id = p_user_id;
              PERFORM relais_account_apply(p_user_id, NULL);
              IF NOT p_active THEN PERFORM relais_account_end_sessions(u.login); END IF;
              PERFORM relais_account_ledger(p_user_id, jsonb_build_object('active', u.active),
                                            jsonb_build_object('active', p_active));
            END $fn$""",
        f"""CREATE OR REPLACE FUNCTION relais_account_reset_password(p_user_id integer, p_verifier text)
            RETURNS void LANGUAGE plpgsql {_DEFINER} AS $fn$
            DECLARE u app_user;
            BEGIN
              PERFORM relais_account_check(NULL, NULL, p_verifier);
              SELECT * INTO u FROM app_user WHERE id = p_user_id FOR UPDATE;
              IF NOT FOUND OR p_verifier IS NULL THEN
                RAISE EXCEPTION 'Utilisateur n° % introuvable.', p_user_id USING ERRCODE = 'no_data_found';
              END IF;
              UPDATE app_user SET must_change_password = true WHERE id = p_user_id;
              PERFORM relais_account_apply(p_user_id, p_verifier);
              PERFORM relais_account_end_sessions(u.login);
              PERFORM relais_account_ledger(p_user_id, NULL, jsonb_build_object('password', 'réinitialisé'));
            END $fn$""",
        f"""CREATE OR REPLACE FUNCTION relais_change_own_password(p_verifier text)
            RETURNS void LANGUAGE plpgsql {_DEFINER} AS $fn$
            DECLARE u app_user;
            BEGIN
              SELECT * INTO u FROM app_user WHERE login = session_user::text AND active FOR UPDATE;
              IF NOT FOUND THEN
                RAISE EXCEPTION 'Cette session n''est pas celle d''un compte actif.' USING ERRCODE = 'insufficient_privilege';
              END IF;
              IF p_verifier IS NULL OR p_verifier !~ {VERIFIER} THEN
                RAISE EXCEPTION 'Le mot de passe doit arriver chiffré (SCRAM-SHA-256), jamais en clair.'
                  USING ERRCODE = 'invalid_parameter_value';
              END IF;
              UPDATE app_user SET must_change_password = false WHERE id = u.id;
              PERFORM relais_account_apply(u.id, p_verifier);
              PERFORM relais_account_ledger(u.id, NULL, jsonb_build_object('password', 'changé'));
            END $fn$""",
        # --- holds past their deadline, whoever notices first
        f"""CREATE OR REPLACE FUNCTION relais_expire_holds(p_now timestamptz DEFAULT NULL)
            RETURNS SETOF integer LANGUAGE plpgsql {_DEFINER} AS $fn$
            DECLARE v_now timestamptz; h hold; s bed_state; before jsonb; o orientation;
            BEGIN
              -- an account may sweep late, never early; the owner's sessions may replay a moment
              v_now := CASE WHEN relais_is_trusted() AND relais_app_user_id() IS NULL THEN coalesce(p_now, now())
                            ELSE least(coalesce(p_now, now()), now()) END;
              FOR h IN SELECT * FROM hold WHERE status = {lit(HoldStatus.ACTIVE.value)} AND deadline < v_now
                       ORDER BY id FOR UPDATE SKIP LOCKED LOOP
               BEGIN  -- one hold that cannot be expired (damaged counts) never stops the others
                SELECT * INTO s FROM bed_state
                WHERE partner_id = h.partner_id AND category_id = h.category_id AND night = h.night FOR UPDATE;
                UPDATE hold SET status = {lit(HoldStatus.EXPIRED.value)}, closed_at = v_now WHERE id = h.id;
                IF FOUND AND s.id IS NOT NULL AND s.held > 0 THEN
                  before := {state_json};
                  UPDATE bed_state SET held = held - 1, updated_at = v_now, updated_by = NULL WHERE id = s.id
                  RETURNING * INTO s;
                  INSERT INTO ledger (at, user_id, action, entity, entity_id, partner_id, category_id, night, before, after)
                  VALUES (v_now, relais_app_user_id(), {lit(LedgerAction.HOLD_EXPIRED.value)}, 'bed_state', s.id,
                          s.partner_id, s.category_id, s.night, before::text,
                          ({state_json} || jsonb_build_object('hold_id', h.id))::text);
                END IF;
                FOR o IN SELECT * FROM orientation WHERE hold_id = h.id
                         AND status IN ({lit(OrientationStatus.PROPOSEE.value)}, {lit(OrientationStatus.CONFIRMEE.value)})
                LOOP
                  UPDATE orientation SET status = {lit(OrientationStatus.ABSENTE.value)}, updated_at = v_now
                  WHERE id = o.id;
                  INSERT INTO ledger (at, user_id, action, entity, entity_id, partner_id, category_id, night,
                                      before, after)
                  VALUES (v_now, relais_app_user_id(), {lit(LedgerAction.ORIENTATION_STATUS.value)}, 'orientation',
                          o.id, o.partner_id, o.category_id, o.night, jsonb_build_object('status', o.status)::text,
                          jsonb_build_object('status', {lit(OrientationStatus.ABSENTE.value)})::text);
                END LOOP;
               EXCEPTION WHEN others THEN
                RAISE WARNING 'relais-desk : la réservation n° % n''a pas pu expirer (%).', h.id, SQLERRM;
                CONTINUE;
               END;
                RETURN NEXT h.id;
              END LOOP;
            END $fn$""",
        *_census_functions(n),
    ]


def _census_functions(n: Names) -> list[str]:
    return [*pg_census.census_sql(_DEFINER), *pg_closed_nights.closed_nights_sql(_DEFINER)]


# -------------------------------------------------------------------------------------- privileges

TIME_SETTINGS = ("census_time", "hold_deadline")  # HH:MM; services.settings validates them the same way
TEXT_SETTINGS = ("network_name",)  # everything else is a whole number
RLS_TABLES = ("network_setting", "partner", "bed_category", "capacity", "bed_state", "person", "app_user",
              "local_credential", "call", "hold", "orientation", "refusal", "census", "census_demand",
              "census_run", "closed_night", "closed_night_demand", "ledger", "change_event")

_MINE = "(SELECT relais_my_shelter())"


def _linked_person(column: str) -> str:
    return (f"EXISTS (SELECT 1 FROM hold h WHERE h.person_id = {column} AND h.partner_id = {_MINE}) "
            f"OR EXISTS (SELECT 1 FROM orientation o WHERE o.person_id = {column} AND o.partner_id = {_MINE}) "
            f"OR EXISTS (SELECT 1 FROM refusal r WHERE r.person_id = {column} AND r.partner_id = {_MINE})")


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

    # Network settings: coordination and admin; the masking threshold is admin's, and never below 3.
    out.append(f"GRANT SELECT ON network_setting TO {everyone}")
    out.append(f"GRANT INSERT, UPDATE ON network_setting TO {managers}")
    # The server checks the values too: a census time that is no time would stop the census.
    setting_rule = (
        "key ~ '^[a-z_]{1,64}$' AND CASE "
        f"WHEN key = 'mask_threshold' THEN pg_has_role(session_user, {lit(n.admin)}, 'MEMBER') "
        "AND value ~ '^[0-9]{1,6}$' AND value::integer >= 3 "
        f"WHEN key IN ({', '.join(lit(k) for k in TIME_SETTINGS)}) THEN value ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$' "
        f"WHEN key IN ({', '.join(lit(k) for k in TEXT_SETTINGS)}) THEN length(value) BETWEEN 1 AND 200 "
        "ELSE value ~ '^[0-9]{1,6}$' AND value::integer <= 100000 END")
    policy("network_setting", "read_all", "SELECT", everyone, "true")
    policy("network_setting", "managers_insert", "INSERT", managers, check=setting_rule)
    policy("network_setting", "managers_update", "UPDATE", managers, setting_rule, setting_rule)

    # Bed state: everyone reads the board; a shelter writes its own rows; operators only held beds.
    out.append(f"GRANT SELECT, INSERT ON bed_state TO {everyone}")
    out.append(f"GRANT UPDATE ON bed_state TO {n.of('abri', 'coordination', 'admin')}")
    out.append(f"GRANT UPDATE (held, occupied, updated_at, updated_by) ON bed_state TO {q(n.operateur)}")
    policy("bed_state", "read_all", "SELECT", everyone, "true")
    policy("bed_state", "shelter_insert", "INSERT", q(n.abri), check=f"partner_id = {_MINE}")
    policy("bed_state", "ops_insert", "INSERT", ops, check="true")
    policy("bed_state", "shelter_update", "UPDATE", q(n.abri), f"partner_id = {_MINE}", f"partner_id = {_MINE}")
    policy("bed_state", "ops_update", "UPDATE", ops, "true", "true")

    # Holds, orientations, refusals: the network's operators all; a shelter those at its own door.
    for table in ("hold", "orientation", "refusal"):
        out.append(f"GRANT SELECT, INSERT, UPDATE ON {table} TO {everyone}")
        policy(table, "ops_all", "ALL", ops, "true", "true")
        policy(table, "shelter_select", "SELECT", q(n.abri), f"partner_id = {_MINE}")
        policy(table, "shelter_insert", "INSERT", q(n.abri), check=f"partner_id = {_MINE}")
        policy(table, "shelter_update", "UPDATE", q(n.abri), f"partner_id = {_MINE}", f"partner_id = {_MINE}")

    # Persons and calls: the hotline and coordination all; a shelter only those linked to it, and only
    # the fields it needs (no call notes, no location).
    out.append(f"GRANT SELECT, INSERT, UPDATE ON person TO {ops}")
    out.append(f"GRANT SELECT (id, alias, birth_year, gender, children, with_dog, wheelchair) ON person "
               f"TO {q(n.abri)}")
    policy("person", "ops_all", "ALL", ops, "true", "true")
    policy("person", "shelter_linked", "SELECT", q(n.abri), _linked_person("person.id"))
    # (a shelter's screens read no call at all)
    out.append(f"GRANT SELECT, INSERT, UPDATE ON call TO {ops}")
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
    return out


def _triggers() -> list[str]:
    out = []
    for table, column, when in (("hold", "created_by", "INSERT"), ("orientation", "created_by", "INSERT"),
                                ("refusal", "recorded_by", "INSERT"), ("call", "operator_id", "INSERT"),
                                ("census_run", "user_id", "INSERT"), ("bed_state", "updated_by", "INSERT OR UPDATE")):
        out.append(f"DROP TRIGGER IF EXISTS relais_actor ON {table}")
        out.append(f"CREATE TRIGGER relais_actor BEFORE {when} ON {table} FOR EACH ROW "
                   f"EXECUTE FUNCTION relais_set_actor('{column}')")
    for table in ("hold", "orientation", "refusal"):
        out.append(f"DROP TRIGGER IF EXISTS relais_links ON {table}")
        out.append(f"CREATE TRIGGER relais_links BEFORE INSERT OR UPDATE ON {table} FOR EACH ROW "
                   "EXECUTE FUNCTION relais_link_guard()")
    out += [
        "DROP TRIGGER IF EXISTS relais_guard ON bed_state",
        "CREATE TRIGGER relais_guard BEFORE INSERT OR UPDATE ON bed_state FOR EACH ROW "
        "EXECUTE FUNCTION relais_bed_state_guard()",
        "DROP TRIGGER IF EXISTS relais_append_only ON ledger",
        "CREATE TRIGGER relais_append_only BEFORE UPDATE OR DELETE ON ledger FOR EACH ROW "
        "EXECUTE FUNCTION relais_ledger_append_only()",
        "DROP TRIGGER IF EXISTS relais_no_truncate ON ledger",
        "CREATE TRIGGER relais_no_truncate BEFORE TRUNCATE ON ledger FOR EACH STATEMENT "
        "EXECUTE FUNCTION relais_ledger_append_only()",
        "DROP TRIGGER IF EXISTS relais_check ON ledger",
        "CREATE TRIGGER relais_check BEFORE INSERT ON ledger FOR EACH ROW EXECUTE FUNCTION relais_ledger_check()",
    ]
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
    for (table,) in _policy_tables():
        out.append(f"SELECT relais_drop_policies('{table}')")
    out += _grants_and_policies(n)
    out += _triggers()
    return out


def _policy_tables() -> Iterable[tuple[str]]:
    return ((t,) for t in RLS_TABLES)


_DROP_POLICIES = f"""CREATE OR REPLACE FUNCTION relais_drop_policies(p_table text) RETURNS void
    LANGUAGE plpgsql {_DEFINER} AS $fn$
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
