"""Checks on what an account writes itself (triggers), on a shared PostgreSQL database.

Who and when are the server's word; the ledger only grows and tells no invented history; a new night
starts from the network's data; a shelter links no person or call to itself; an operator changes only
held beds. The check functions run as the writing role (SECURITY INVOKER): a statement made inside one
of the server's own functions runs as the owner and is trusted, and so are the owner's maintenance
sessions.
"""

from __future__ import annotations

from relais_desk.domain.enums import HoldStatus
from relais_desk.domain.network_settings import ENTITY as SETTING_ENTITY
from relais_desk.store import pg_census
from relais_desk.store.pg_sql import DEFINER, INVOKER, Names, lit

CARRY = pg_census.CARRY_NIGHTS


def guard_functions(n: Names) -> list[str]:
    owner = lit(n.owner)
    return [
        f"""CREATE OR REPLACE FUNCTION relais_set_actor() RETURNS trigger LANGUAGE plpgsql {DEFINER} AS $fn$
            DECLARE uid integer := relais_app_user_id();
            BEGIN
              IF uid IS NOT NULL OR NOT relais_is_trusted() THEN
                NEW := jsonb_populate_record(NEW, jsonb_build_object(TG_ARGV[0], uid));
              END IF;
              RETURN NEW;
            END $fn$""",
        f"""CREATE OR REPLACE FUNCTION relais_ledger_append_only() RETURNS trigger LANGUAGE plpgsql {DEFINER}
            AS $fn$ BEGIN
              RAISE EXCEPTION 'Le journal des changements ne se modifie pas et ne s''efface pas (%).', TG_OP
                USING ERRCODE = 'insufficient_privilege';
            END $fn$""",
        # The server's own night ("tonight" rolls over at noon, Brussels time), as domain.nights says.
        f"""CREATE OR REPLACE FUNCTION relais_tonight() RETURNS date LANGUAGE sql STABLE {DEFINER} AS $fn$
            SELECT CASE WHEN (now() AT TIME ZONE 'Europe/Brussels')::time < '12:00'::time
                        THEN (now() AT TIME ZONE 'Europe/Brussels')::date - 1
                        ELSE (now() AT TIME ZONE 'Europe/Brussels')::date END $fn$""",
        # Checks on what an account writes itself. These trigger functions run as the writing role
        # (SECURITY INVOKER): a statement made inside one of the server's own functions runs as the
        # owner and is trusted; so are the owner's maintenance sessions. An account is not.
        f"""CREATE OR REPLACE FUNCTION relais_untrusted() RETURNS boolean LANGUAGE sql STABLE
            SET search_path = public, pg_temp AS $fn$
            SELECT current_user::text <> {owner} AND NOT (relais_is_trusted() AND relais_app_user_id() IS NULL) $fn$""",
        f"""CREATE OR REPLACE FUNCTION relais_ledger_check() RETURNS trigger LANGUAGE plpgsql {INVOKER} AS $fn$
            DECLARE s bed_state; a jsonb;
            BEGIN
              IF NOT relais_untrusted() THEN RETURN NEW; END IF;
              NEW.user_id := relais_app_user_id();
              NEW.at := now();  -- no backdated history: the census counts what was known at its moment
              IF NEW.entity = 'user' THEN
                RAISE EXCEPTION 'Les changements de comptes s''écrivent par les fonctions des comptes.'
                  USING ERRCODE = 'insufficient_privilege';
              END IF;
              IF NEW.entity = {lit(SETTING_ENTITY)} THEN  -- written by the server's trigger (pg_settings)
                RAISE EXCEPTION 'Les changements de réglages sont journalisés par le serveur lui-même.'
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
                   OR EXISTS (SELECT 1 FROM ledger l WHERE l.entity = 'bed_state' AND l.night = s.night
                              AND l.entity_id = s.id AND l.xmin = pg_current_xact_id()::xid) THEN
                  RAISE EXCEPTION 'Ligne de journal refusée : elle ne correspond pas à l''état des lits.'
                    USING ERRCODE = 'check_violation';
                END IF;
              END IF;
              RETURN NEW;
            END $fn$""",
        # what a workstation may do to a night's bed counts
        f"""CREATE OR REPLACE FUNCTION relais_bed_state_guard() RETURNS trigger LANGUAGE plpgsql {INVOKER} AS $fn$
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
        f"""CREATE OR REPLACE FUNCTION relais_link_guard() RETURNS trigger LANGUAGE plpgsql {INVOKER} AS $fn$
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
    ]


def triggers() -> list[str]:
    """The triggers that call them (dropped and created again at every install)."""
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


