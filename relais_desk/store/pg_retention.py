"""Retention, erasure and merge of persons as the PostgreSQL server does them (SECURITY DEFINER functions).

`relais_purge` is what every client's daily job calls (any app login may): the server decides the
cut-off from its own clock and the `retention_months` setting, never from the caller; a scheduled
run is recorded once per Brussels day in `purge_run` (unique `daily`), so racing clients purge once.
A manual run (`persons purge`) is admin's; a dry run only counts. `relais_person_erase` (admin) and
`relais_person_merge` (coordination, admin) do one person's request. All do what
`services.retention` and `services.person_merge` do for the embedded database.

An account never writes `anonymous_key` itself (a trigger): only these functions link events that way.
"""

from __future__ import annotations

from relais_desk.domain.enums import HoldStatus, LedgerAction
from relais_desk.domain.retention import DEFAULT_RETENTION_MONTHS, MAX_RETENTION_MONTHS, MIN_RETENTION_MONTHS
from relais_desk.store.pg_access import LINKED
from relais_desk.store.pg_sql import CHANNEL, DEFINER, INVOKER, Names, lit, q

EVENT_TABLES = ("call", "hold", "orientation", "refusal")
PURGE = "relais_purge(text, boolean, timestamptz)"
ERASE = "relais_person_erase(integer)"
MERGE = "relais_person_merge(integer, integer)"
TOUCH = "relais_person_touch(integer, timestamptz)"


def setting_rule(n: Names) -> str:
    """The `network_setting` policy's branch for retention_months: admin's, whole months within bounds."""
    return (f"WHEN key = 'retention_months' THEN pg_has_role(session_user, {lit(n.admin)}, 'MEMBER') "
            f"AND value ~ '^[0-9]{{1,3}}$' AND value::integer BETWEEN {MIN_RETENTION_MONTHS} AND {MAX_RETENTION_MONTHS} ")


def _notify(topic: str) -> str:
    return f"PERFORM pg_notify({lit(CHANNEL)}, json_build_object('t', {lit(topic)}, 'ids', json_build_array())::text);"


def retention_functions(n: Names) -> list[str]:
    active = lit(HoldStatus.ACTIVE.value)
    notify_all = " ".join(_notify(t) for t in ("person", *EVENT_TABLES))
    default = DEFAULT_RETENTION_MONTHS
    return [
        f"""CREATE OR REPLACE FUNCTION relais_retention_months() RETURNS integer LANGUAGE plpgsql STABLE {DEFINER}
            AS $fn$
            DECLARE v integer;
            BEGIN
              BEGIN
                SELECT value::integer INTO v FROM network_setting WHERE key = 'retention_months';
              EXCEPTION WHEN others THEN
                v := NULL;  -- a damaged value: the default, never "purge everybody"
              END;
              IF v IS NULL OR v NOT BETWEEN {MIN_RETENTION_MONTHS} AND {MAX_RETENTION_MONTHS} THEN
                v := {default};
              END IF;
              RETURN v;
            END $fn$""",
        # one person forgotten: their events keep a fresh random key, their free text and their row go
        f"""CREATE OR REPLACE FUNCTION relais_person_forget(p_person_id integer) RETURNS void
            LANGUAGE plpgsql {DEFINER} AS $fn$
            DECLARE k text := replace(gen_random_uuid()::text, '-', '');
            BEGIN
              UPDATE call SET person_id = NULL, anonymous_key = k, notes = '', location = ''
              WHERE person_id = p_person_id;
              UPDATE hold SET person_id = NULL, anonymous_key = k WHERE person_id = p_person_id;
              UPDATE orientation SET person_id = NULL, anonymous_key = k, note = '' WHERE person_id = p_person_id;
              UPDATE refusal SET person_id = NULL, anonymous_key = k, note = '' WHERE person_id = p_person_id;
              DELETE FROM person WHERE id = p_person_id;
            END $fn$""",
        f"""CREATE OR REPLACE FUNCTION relais_purge(p_trigger text, p_dry_run boolean DEFAULT false,
                p_now timestamptz DEFAULT NULL)
            RETURNS jsonb LANGUAGE plpgsql {DEFINER} AS $fn$
            DECLARE v_now timestamptz; v_months integer := relais_retention_months(); v_cutoff timestamptz;
                    v_trigger text := left(coalesce(p_trigger, 'manual'), 16); v_run integer; v_n integer := 0;
                    v_total integer; p integer;
            BEGIN
              -- the server's clock; only the owner's sessions may replay a moment (tests, maintenance)
              v_now := CASE WHEN relais_is_trusted() AND relais_app_user_id() IS NULL THEN coalesce(p_now, now())
                            ELSE now() END;
              v_cutoff := v_now - make_interval(months => v_months);
              IF NOT p_dry_run AND v_trigger <> 'schedule' AND NOT relais_is_trusted()
                 AND NOT pg_has_role(session_user, {lit(n.admin)}, 'MEMBER') THEN
                RAISE EXCEPTION 'Seul·e un·e administrateur·rice lance une purge à la main.'
                  USING ERRCODE = 'insufficient_privilege';
              END IF;
              SELECT count(*) INTO v_total FROM person;
              IF p_dry_run THEN
                SELECT count(*) INTO v_n FROM person x
                WHERE coalesce(x.last_contact_at, x.created_at) < v_cutoff
                  AND NOT EXISTS (SELECT 1 FROM hold h WHERE h.person_id = x.id AND h.status = {active});
                RETURN jsonb_build_object('purged', v_n, 'kept', v_total - v_n, 'cutoff', v_cutoff,
                                          'retention_months', v_months, 'ran', true);
              END IF;
              INSERT INTO purge_run (at, daily, trigger, user_id, cutoff, purged)
              VALUES (v_now, CASE WHEN v_trigger = 'schedule' THEN (v_now AT TIME ZONE 'Europe/Brussels')::date END,
                      v_trigger, relais_app_user_id(), v_cutoff, 0)
              ON CONFLICT (daily) DO NOTHING
              RETURNING id INTO v_run;
              IF v_run IS NULL THEN  -- another client did today's purge
                RETURN jsonb_build_object('purged', 0, 'kept', v_total, 'cutoff', v_cutoff,
                                          'retention_months', v_months, 'ran', false);
              END IF;
              FOR p IN SELECT x.id FROM person x
                       WHERE coalesce(x.last_contact_at, x.created_at) < v_cutoff
                         AND NOT EXISTS (SELECT 1 FROM hold h WHERE h.person_id = x.id AND h.status = {active})
                       ORDER BY x.id FOR UPDATE LOOP
                PERFORM relais_person_forget(p);
                v_n := v_n + 1;
              END LOOP;
              UPDATE purge_run SET purged = v_n WHERE id = v_run;
              IF v_n > 0 THEN
                INSERT INTO ledger (at, user_id, action, entity, entity_id, after)
                VALUES (v_now, relais_app_user_id(), {lit(LedgerAction.PERSONS_PURGED.value)}, 'person', NULL,
                        jsonb_build_object('purged', v_n, 'cutoff', v_cutoff, 'trigger', v_trigger)::text);
                {notify_all}
              END IF;
              RETURN jsonb_build_object('purged', v_n, 'kept', v_total - v_n, 'cutoff', v_cutoff,
                                        'retention_months', v_months, 'ran', true);
            END $fn$""",
        f"""CREATE OR REPLACE FUNCTION relais_person_erase(p_person_id integer) RETURNS void
            LANGUAGE plpgsql {DEFINER} AS $fn$
            DECLARE v_shelter text;
            BEGIN
              PERFORM 1 FROM person WHERE id = p_person_id FOR UPDATE;
              IF NOT FOUND THEN
                RAISE EXCEPTION 'Personne n° % introuvable.', p_person_id USING ERRCODE = 'no_data_found';
              END IF;
              SELECT pa.name INTO v_shelter FROM hold h JOIN partner pa ON pa.id = h.partner_id
              WHERE h.person_id = p_person_id AND h.status = {active} LIMIT 1;
              IF FOUND THEN
                RAISE EXCEPTION 'Personne n° % : un lit lui est réservé cette nuit à %. Effacez-la après son arrivée, l''annulation ou l''expiration de la réservation.',
                  p_person_id, v_shelter USING ERRCODE = 'invalid_parameter_value';
              END IF;
              PERFORM relais_person_forget(p_person_id);
              INSERT INTO ledger (at, user_id, action, entity, entity_id)
              VALUES (now(), relais_app_user_id(), {lit(LedgerAction.PERSON_ERASED.value)}, 'person', NULL);
              {notify_all}
            END $fn$""",
        f"""CREATE OR REPLACE FUNCTION relais_person_merge(p_keep integer, p_drop integer) RETURNS void
            LANGUAGE plpgsql {DEFINER} AS $fn$
            DECLARE k person; d person;
            BEGIN
              IF p_keep IS NOT DISTINCT FROM p_drop THEN
                RAISE EXCEPTION 'Choisissez deux fiches différentes à fusionner.' USING ERRCODE = 'invalid_parameter_value';
              END IF;
              SELECT * INTO k FROM person WHERE id = p_keep FOR UPDATE;
              IF NOT FOUND THEN
                RAISE EXCEPTION 'Personne n° % introuvable.', p_keep USING ERRCODE = 'no_data_found';
              END IF;
              SELECT * INTO d FROM person WHERE id = p_drop FOR UPDATE;
              IF NOT FOUND THEN
                RAISE EXCEPTION 'Personne n° % introuvable.', p_drop USING ERRCODE = 'no_data_found';
              END IF;
              UPDATE call SET person_id = p_keep WHERE person_id = p_drop;
              UPDATE hold SET person_id = p_keep WHERE person_id = p_drop;
              UPDATE orientation SET person_id = p_keep WHERE person_id = p_drop;
              UPDATE refusal SET person_id = p_keep WHERE person_id = p_drop;
              UPDATE person SET last_contact_at = greatest(k.last_contact_at, d.last_contact_at) WHERE id = p_keep;
              DELETE FROM person WHERE id = p_drop;
              INSERT INTO ledger (at, user_id, action, entity, entity_id, after)
              VALUES (now(), relais_app_user_id(), {lit(LedgerAction.PERSON_MERGED.value)}, 'person', NULL,
                      jsonb_build_object('merged_subject', d.subject, 'subject', k.subject)::text);
              {_notify("person")}
            END $fn$""",
        # A contact (call, hold, orientation, refusal) moves the person's last contact, what the purge counts
        # from. Accounts cannot read `last_contact_at` (person-level values go through the logged reads), so
        # the server moves it; never beyond its own clock (a date in the future would keep a person forever),
        # and a shelter only for a person linked to it.
        f"""CREATE OR REPLACE FUNCTION relais_person_touch(p_person_id integer, p_at timestamptz) RETURNS void
            LANGUAGE plpgsql {DEFINER} AS $fn$
            DECLARE v_shelter integer := relais_my_shelter(); v_at timestamptz := least(p_at, now());
            BEGIN
              UPDATE person p SET last_contact_at = v_at
               WHERE p.id = p_person_id AND (p.last_contact_at IS NULL OR p.last_contact_at < v_at)
                 AND (v_shelter IS NULL OR {LINKED.format(c="p.id")});
            END $fn$""",
        # an account never sets an anonymous key: that would link events the purge unlinked
        f"""CREATE OR REPLACE FUNCTION relais_anonymous_key_guard() RETURNS trigger LANGUAGE plpgsql {INVOKER}
            AS $fn$ BEGIN
              IF NOT relais_untrusted() THEN RETURN NEW; END IF;
              IF (TG_OP = 'INSERT' AND NEW.anonymous_key IS NOT NULL)
                 OR (TG_OP = 'UPDATE' AND NEW.anonymous_key IS DISTINCT FROM OLD.anonymous_key) THEN
                RAISE EXCEPTION 'Seul le serveur relie des événements anonymisés.'
                  USING ERRCODE = 'insufficient_privilege';
              END IF;
              RETURN NEW;
            END $fn$""",
    ]


def grants(n: Names) -> list[str]:
    """Who may call them, and who reads the purge runs (the administration shows the last one)."""
    return [
        f"GRANT EXECUTE ON FUNCTION {PURGE} TO {n.all_groups()}",
        f"GRANT EXECUTE ON FUNCTION {ERASE} TO {q(n.admin)}",
        f"GRANT EXECUTE ON FUNCTION {MERGE} TO {n.of('coordination', 'admin')}",
        f"GRANT EXECUTE ON FUNCTION {TOUCH} TO {n.all_groups()}",
        f"GRANT SELECT ON purge_run TO {n.all_groups()}",
        f"CREATE POLICY read_all ON purge_run AS PERMISSIVE FOR SELECT TO {n.all_groups()} USING (true)",
    ]


def triggers() -> list[str]:
    out = []
    for table in EVENT_TABLES:
        out.append(f"DROP TRIGGER IF EXISTS relais_anonymous_key ON {table}")
        out.append(f"CREATE TRIGGER relais_anonymous_key BEFORE INSERT OR UPDATE ON {table} FOR EACH ROW "
                   "EXECUTE FUNCTION relais_anonymous_key_guard()")
    return out
