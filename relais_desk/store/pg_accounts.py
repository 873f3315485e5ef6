"""Accounts on a shared PostgreSQL database: who is calling, and the SECURITY DEFINER account functions.

Each account is its own login (`<prefix>.<username>`), in its group only while it is active and has no
one-time password to change. Only these functions, run as the owner, create or change logins; they
check their caller, write the ledger and end the sessions of an account they change.
"""

from __future__ import annotations

from relais_desk.domain.enums import LedgerAction, PartnerKind
from relais_desk.store import pg_roles
from relais_desk.store.pg_sql import CHANNEL, DEFINER, Names, lit

# A verifier exactly as libpq makes it: anything else PostgreSQL would take as a plaintext password.
VERIFIER = r"'^SCRAM-SHA-256\$[0-9]+:[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+:[A-Za-z0-9+/=]+$'"


def identity_functions(n: Names) -> list[str]:
    """Who the session is (its account, its shelter, whether it is the owner's maintenance)."""
    owner, admin = lit(n.owner), lit(n.admin)
    return [
        f"""CREATE OR REPLACE FUNCTION relais_app_user_id() RETURNS integer LANGUAGE sql STABLE {DEFINER} AS $fn$
            SELECT id FROM app_user WHERE login = session_user::text AND active $fn$""",
        f"""CREATE OR REPLACE FUNCTION relais_my_shelter() RETURNS integer LANGUAGE sql STABLE {DEFINER} AS $fn$
            SELECT partner_id FROM app_user WHERE login = session_user::text AND active AND role = 'abri' $fn$""",
        f"""CREATE OR REPLACE FUNCTION relais_is_trusted() RETURNS boolean LANGUAGE sql STABLE {DEFINER} AS $fn$
            SELECT pg_has_role(session_user, {owner}, 'MEMBER') $fn$""",
        f"""CREATE OR REPLACE FUNCTION relais_may_manage_accounts() RETURNS boolean LANGUAGE sql STABLE {DEFINER}
            AS $fn$ SELECT pg_has_role(session_user, {admin}, 'MEMBER') OR pg_has_role(session_user, {owner}, 'MEMBER')
            $fn$""",
        f"""CREATE OR REPLACE FUNCTION relais_whoami() RETURNS TABLE (
                id integer, username text, display_name text, role text, partner_id integer, shelter text,
                active boolean, must_change_password boolean, login text)
            LANGUAGE sql STABLE {DEFINER} AS $fn$
            SELECT u.id, u.username, u.display_name, u.role, u.partner_id, p.name, u.active,
                   u.must_change_password, u.login
            FROM app_user u LEFT JOIN partner p ON p.id = u.partner_id
            WHERE u.login = session_user::text $fn$""",
    ]


def account_functions(n: Names) -> list[str]:
    owner = lit(n.owner)
    prefix = lit(n.prefix)
    roles = ", ".join(lit(r) for r in pg_roles.GROUP_ROLES)
    notify = f"PERFORM pg_notify({lit(CHANNEL)}, json_build_object('t', %s, 'ids', %s)::text);"
    return [
        f"""CREATE OR REPLACE FUNCTION relais_account_apply(p_user_id integer, p_verifier text)
            RETURNS void LANGUAGE plpgsql {DEFINER} AS $fn$
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
            LANGUAGE sql {DEFINER} AS $fn$
            SELECT count(*)::integer FROM (
              SELECT pg_terminate_backend(pid) FROM pg_stat_activity
              WHERE usename = p_login AND pid <> pg_backend_pid() AND datname = current_database()) t $fn$""",
        f"""CREATE OR REPLACE FUNCTION relais_account_check(p_role text, p_partner_id integer, p_verifier text)
            RETURNS void LANGUAGE plpgsql {DEFINER} AS $fn$
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
            RETURNS void LANGUAGE plpgsql {DEFINER} AS $fn$
            BEGIN
              INSERT INTO ledger (at, user_id, action, entity, entity_id, before, after)
              VALUES (now(), relais_app_user_id(), {lit(LedgerAction.USER_SAVED.value)}, 'user', p_user_id,
                      p_before::text, p_after::text);
              {notify % ("'user'", "json_build_array(p_user_id)")}
            END $fn$""",
        f"""CREATE OR REPLACE FUNCTION relais_account_create(p_username text, p_display_name text, p_role text,
                p_partner_id integer, p_verifier text, p_must_change boolean DEFAULT false)
            RETURNS integer LANGUAGE plpgsql {DEFINER} AS $fn$
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
            RETURNS text LANGUAGE plpgsql {DEFINER} AS $fn$
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
            RETURNS void LANGUAGE plpgsql {DEFINER} AS $fn$
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
            RETURNS void LANGUAGE plpgsql {DEFINER} AS $fn$
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
            RETURNS void LANGUAGE plpgsql {DEFINER} AS $fn$
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
            RETURNS void LANGUAGE plpgsql {DEFINER} AS $fn$
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
    ]
