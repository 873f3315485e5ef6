"""Audited reads of person-level data on a shared PostgreSQL database, and the access log they write.

No app login may SELECT a person's values, a call's location or notes, or the note of an orientation or a
refusal (see `grants`): it reads them through these SECURITY DEFINER functions, which apply the role's
rules (a shelter: only persons linked to it, six fields, no call) and append one `access_log` row per
person read, with the session's account and the server's clock, before returning anything; each row is
also a LOG line of the server, which a rolled-back transaction does not undo. The log
itself only grows: UPDATE, DELETE and TRUNCATE are revoked from every role, the owner included, and a
trigger refuses them anyway.

Every function takes `p_as_shelter`: a caller may narrow what it sees to one shelter's view (the
maintenance sessions and the tests use it to act as a shelter); a shelter's own login is always narrowed
to its shelter, whatever it passes.
"""

from __future__ import annotations

from relais_desk.domain.enums import AccessWhat
from relais_desk.store.pg_sql import DEFINER, INVOKER, Names, lit, q

NOW = "(now() AT TIME ZONE 'UTC')"  # columns are naive UTC
MERGED = "person_merged"  # the ledger action of a merge (written by services.retention)

# SQL condition: person `col` is linked to shelter v_shelter (a hold, an orientation or a refusal there)
LINKED = ("(EXISTS (SELECT 1 FROM hold h WHERE h.person_id = {c} AND h.partner_id = v_shelter) "
           "OR EXISTS (SELECT 1 FROM orientation o WHERE o.person_id = {c} AND o.partner_id = v_shelter) "
           "OR EXISTS (SELECT 1 FROM refusal r WHERE r.person_id = {c} AND r.partner_id = v_shelter))")
# The row, and a line in the server's own log: that one survives a ROLLBACK (a login with psql could read
# and then roll its transaction back), and no account can turn it off (log_min_messages is the superuser's).
_LOG = ("INSERT INTO access_log (at, user_id, subject, what, source, call_id, orientation_id) "
        f"VALUES ({NOW}, v_uid, {{subject}}, p_what, p_source, {{call}}, {{orientation}}); "
        "RAISE LOG 'relais-desk accès : % (compte %) % % sujet % appel % orientation %', session_user, v_uid, "
        "p_what, p_source, {subject}, {call}, {orientation};")


def _admin_check(n: Names) -> str:
    return (f"IF NOT pg_has_role(session_user, {lit(n.admin)}, 'MEMBER') AND NOT relais_is_trusted() THEN "
            "RAISE EXCEPTION 'Seule l''administration lit le journal des accès et exporte un dossier.' "
            "USING ERRCODE = 'insufficient_privilege'; END IF;")


def _subjects_sql(subject: str) -> str:
    """The subjects that name one person: theirs and, recursively, those of records merged into it."""
    return (f"""WITH RECURSIVE s(subject) AS (
                  SELECT {subject}::text
                  UNION
                  SELECT l.after::jsonb->>'merged_subject' FROM ledger l JOIN s ON l.after::jsonb->>'subject' = s.subject
                  WHERE l.action = {lit(MERGED)} AND l.entity = 'person')
                SELECT coalesce(array_agg(subject ORDER BY subject), '{{}}') FROM s WHERE subject IS NOT NULL""")


def functions(n: Names) -> list[str]:
    admin_check = _admin_check(n)
    return [
        f"""CREATE OR REPLACE FUNCTION relais_read_persons(p_ids integer[], p_text text, p_year integer,
                p_limit integer, p_what text, p_source text, p_call integer, p_orientation integer,
                p_as_shelter integer)
            RETURNS TABLE (id integer, alias text, birth_year integer, gender text, children integer,
                           with_dog boolean, wheelchair boolean, last_contact_at timestamp, subject text)
            LANGUAGE plpgsql {DEFINER} AS $fn$
            #variable_conflict use_column
            DECLARE r record; v_uid integer := relais_app_user_id();
                    v_shelter integer := coalesce(relais_my_shelter(), p_as_shelter);
            BEGIN
              FOR r IN SELECT p.* FROM person p
                       WHERE (p_ids IS NULL OR p.id = ANY(p_ids))
                         AND (p_ids IS NOT NULL OR p_text IS NULL OR strpos(lower(p.alias), lower(p_text)) > 0)
                         AND (p_ids IS NOT NULL OR p_year IS NULL OR p.birth_year = p_year)
                         AND (v_shelter IS NULL OR {LINKED.format(c="p.id")})
                       ORDER BY p.last_contact_at DESC NULLS LAST, p.alias
                       LIMIT CASE WHEN p_ids IS NULL THEN least(greatest(coalesce(p_limit, 20), 1), 200) END
              LOOP
                {_LOG.format(subject="r.subject", call="p_call", orientation="p_orientation")}
                id := r.id; alias := r.alias; birth_year := r.birth_year; gender := r.gender;
                children := r.children; with_dog := r.with_dog; wheelchair := r.wheelchair;
                last_contact_at := CASE WHEN v_shelter IS NULL THEN r.last_contact_at END;
                subject := r.subject;  -- (random: the ledger names a changed person by it)
                RETURN NEXT;
              END LOOP;
            END $fn$""",
        f"""CREATE OR REPLACE FUNCTION relais_read_calls(p_ids integer[], p_alias text, p_limit integer,
                p_what text, p_source text, p_as_shelter integer)
            RETURNS TABLE (id integer, received_at timestamp, channel text, caller_type text, person_id integer,
                           alias text, location text, needs text, notes text, outcome text, operator_id integer,
                           created_at timestamp)
            LANGUAGE plpgsql {DEFINER} AS $fn$
            #variable_conflict use_column
            DECLARE r record; v_uid integer := relais_app_user_id(); v_shelter integer := p_as_shelter;
            BEGIN
              IF relais_my_shelter() IS NOT NULL THEN RETURN; END IF;  -- a shelter's screens read no call
              FOR r IN SELECT c.*, p.alias AS person_alias, p.subject AS person_subject
                       FROM call c LEFT JOIN person p ON p.id = c.person_id
                       WHERE c.id = ANY(p_ids)
                         AND (v_shelter IS NULL
                              OR EXISTS (SELECT 1 FROM orientation o WHERE o.call_id = c.id AND o.partner_id = v_shelter)
                              OR EXISTS (SELECT 1 FROM refusal f WHERE f.call_id = c.id AND f.partner_id = v_shelter))
                         AND (p_alias IS NULL OR strpos(lower(p.alias), lower(p_alias)) > 0)
                       ORDER BY c.received_at DESC, c.id DESC
                       LIMIT least(greatest(coalesce(p_limit, 10000), 1), 10000)
              LOOP
                {_LOG.format(subject="r.person_subject", call="r.id", orientation="NULL")}
                id := r.id; received_at := r.received_at; channel := r.channel; caller_type := r.caller_type;
                person_id := r.person_id; alias := r.person_alias; needs := r.needs; outcome := r.outcome;
                location := CASE WHEN v_shelter IS NULL THEN r.location ELSE '' END;
                notes := CASE WHEN v_shelter IS NULL THEN r.notes ELSE '' END;
                operator_id := r.operator_id; created_at := r.created_at;
                RETURN NEXT;
              END LOOP;
            END $fn$""",
        f"""CREATE OR REPLACE FUNCTION relais_read_orientations(p_ids integer[], p_what text, p_source text,
                p_as_shelter integer)
            RETURNS TABLE (id integer, alias text, note text)
            LANGUAGE plpgsql {DEFINER} AS $fn$
            #variable_conflict use_column
            DECLARE r record; v_uid integer := relais_app_user_id();
                    v_shelter integer := coalesce(relais_my_shelter(), p_as_shelter);
            BEGIN
              FOR r IN SELECT o.id, o.call_id, o.note, p.alias AS person_alias, p.subject AS person_subject
                       FROM orientation o LEFT JOIN person p ON p.id = o.person_id
                       WHERE o.id = ANY(p_ids) AND (v_shelter IS NULL OR o.partner_id = v_shelter) ORDER BY o.id
              LOOP
                IF r.person_subject IS NOT NULL THEN
                  {_LOG.format(subject="r.person_subject", call="r.call_id", orientation="r.id")}
                END IF;
                id := r.id; alias := r.person_alias; note := r.note;
                RETURN NEXT;
              END LOOP;
            END $fn$""",
        f"""CREATE OR REPLACE FUNCTION relais_read_refusals(p_ids integer[], p_what text, p_source text,
                p_as_shelter integer)
            RETURNS TABLE (id integer, note text)
            LANGUAGE plpgsql {DEFINER} AS $fn$
            #variable_conflict use_column
            DECLARE r record; v_uid integer := relais_app_user_id();
                    v_shelter integer := coalesce(relais_my_shelter(), p_as_shelter);
            BEGIN
              FOR r IN SELECT f.id, f.call_id, f.note, p.subject AS person_subject
                       FROM refusal f LEFT JOIN person p ON p.id = f.person_id
                       WHERE f.id = ANY(p_ids) AND (v_shelter IS NULL OR f.partner_id = v_shelter) ORDER BY f.id
              LOOP
                IF r.person_subject IS NOT NULL THEN
                  {_LOG.format(subject="r.person_subject", call="r.call_id", orientation="NULL")}
                END IF;
                id := r.id; note := r.note;
                RETURN NEXT;
              END LOOP;
            END $fn$""",
        # The subjects of one person (theirs and those merged into it), to read their access log: admin only,
        # and itself a person-level read. NULL for an unknown person.
        f"""CREATE OR REPLACE FUNCTION relais_person_subjects(p_person integer, p_what text, p_source text)
            RETURNS text[] LANGUAGE plpgsql {DEFINER} AS $fn$
            DECLARE v_uid integer := relais_app_user_id(); v_subject text; v_all text[];
            BEGIN
              {admin_check}
              SELECT subject INTO v_subject FROM person WHERE id = p_person;
              IF v_subject IS NULL THEN RETURN NULL; END IF;
              {_LOG.format(subject="v_subject", call="NULL", orientation="NULL")}
              {_subjects_sql("v_subject")} INTO v_all;
              RETURN v_all;
            END $fn$""",
        # Everything held about one person, for a request under GDPR article 15: admin only, logged as an export.
        f"""CREATE OR REPLACE FUNCTION relais_person_file(p_person integer, p_source text) RETURNS jsonb
            LANGUAGE plpgsql {DEFINER} AS $fn$
            DECLARE v_uid integer := relais_app_user_id(); v_subject text; v_all text[];
                    p_what text := {lit(AccessWhat.EXPORT.value)};
            BEGIN
              {admin_check}
              SELECT subject INTO v_subject FROM person WHERE id = p_person;
              IF v_subject IS NULL THEN RETURN NULL; END IF;
              {_LOG.format(subject="v_subject", call="NULL", orientation="NULL")}
              {_subjects_sql("v_subject")} INTO v_all;
              RETURN jsonb_build_object(
                'person', (SELECT to_jsonb(p) FROM person p WHERE p.id = p_person),
                'subjects', to_jsonb(v_all),
                'calls', coalesce((SELECT jsonb_agg(to_jsonb(c) ORDER BY c.received_at, c.id) FROM call c
                                   WHERE c.person_id = p_person), '[]'::jsonb),
                'holds', coalesce((SELECT jsonb_agg(to_jsonb(h) ORDER BY h.created_at, h.id) FROM hold h
                                   WHERE h.person_id = p_person), '[]'::jsonb),
                'orientations', coalesce((SELECT jsonb_agg(to_jsonb(o) ORDER BY o.created_at, o.id) FROM orientation o
                                          WHERE o.person_id = p_person), '[]'::jsonb),
                'refusals', coalesce((SELECT jsonb_agg(to_jsonb(f) ORDER BY f.at, f.id) FROM refusal f
                                      WHERE f.person_id = p_person), '[]'::jsonb));
            END $fn$""",
        f"""CREATE OR REPLACE FUNCTION relais_access_log_append_only() RETURNS trigger LANGUAGE plpgsql {DEFINER}
            AS $fn$ BEGIN
              RAISE EXCEPTION 'Le journal des accès ne se modifie pas et ne s''efface pas (%).', TG_OP
                USING ERRCODE = 'insufficient_privilege';
            END $fn$""",
        # who and when are the server's word, as in the ledger
        f"""CREATE OR REPLACE FUNCTION relais_access_log_actor() RETURNS trigger LANGUAGE plpgsql {INVOKER} AS $fn$
            BEGIN
              IF relais_untrusted() THEN
                NEW.user_id := relais_app_user_id();
                NEW.at := {NOW};
              END IF;
              RETURN NEW;
            END $fn$""",
    ]


READ_FUNCTIONS = ("relais_read_persons(integer[], text, integer, integer, text, text, integer, integer, integer)",
                  "relais_read_calls(integer[], text, integer, text, text, integer)",
                  "relais_read_orientations(integer[], text, text, integer)",
                  "relais_read_refusals(integer[], text, text, integer)")
ADMIN_FUNCTIONS = ("relais_person_subjects(integer, text, text)", "relais_person_file(integer, text)")

# What an app login may still SELECT directly: ids and the values statistics count, never a person's
# alias or profile, a call's location or notes, an orientation's or a refusal's note.
CALL_COLUMNS = ("id", "received_at", "channel", "caller_type", "person_id", "needs", "outcome", "operator_id",
                "created_at", "anonymous_key", "household_size")
ORIENTATION_COLUMNS = ("id", "call_id", "person_id", "partner_id", "category_id", "hold_id", "night", "status",
                       "deadline", "created_at", "created_by", "updated_at", "anonymous_key")
REFUSAL_COLUMNS = ("id", "at", "night", "source", "reason", "call_id", "partner_id", "category_id", "person_id",
                   "recorded_by", "anonymous_key", "withdrawn_at", "withdrawn_by")


# (`anonymous_key`: the random key a purge leaves on a purged person's events, so that statistics still
# count distinct persons; it names nobody)


def grants(n: Names) -> list[str]:
    """Column grants on the person-level tables (after pg_security's table grants, which they replace)."""
    everyone, ops = n.all_groups(), n.of("operateur", "coordination", "admin")
    out = [
        f"REVOKE SELECT ON person, call, orientation, refusal FROM {everyone}",
        # INSERT … RETURNING id and UPDATE … WHERE id = … need the id, nothing more
        f"GRANT SELECT (id) ON person TO {ops}",
        f"GRANT SELECT ({', '.join(CALL_COLUMNS)}) ON call TO {ops}",
        f"GRANT SELECT ({', '.join(ORIENTATION_COLUMNS)}) ON orientation TO {everyone}",
        f"GRANT SELECT ({', '.join(REFUSAL_COLUMNS)}) ON refusal TO {everyone}",
    ]
    out += [f"GRANT EXECUTE ON FUNCTION {f} TO {everyone}" for f in READ_FUNCTIONS]
    out += [f"GRANT EXECUTE ON FUNCTION {f} TO {q(n.admin)}" for f in ADMIN_FUNCTIONS]
    # The access log: admin reads it; anyone may append (the server says who and when), nobody changes it.
    out += [
        f"REVOKE ALL ON access_log FROM PUBLIC, {everyone}",
        "ALTER TABLE access_log ENABLE ROW LEVEL SECURITY",
        "ALTER TABLE access_log FORCE ROW LEVEL SECURITY",
        f"REVOKE UPDATE, DELETE, TRUNCATE ON access_log FROM {q(n.owner)}",
        f"GRANT SELECT ON access_log TO {q(n.admin)}",
        f"GRANT INSERT ON access_log TO {everyone}",
        f"CREATE POLICY owner_read ON access_log AS PERMISSIVE FOR SELECT TO {q(n.owner)} USING (true)",
        f"CREATE POLICY owner_append ON access_log AS PERMISSIVE FOR INSERT TO {q(n.owner)} WITH CHECK (true)",
        f"CREATE POLICY admin_read ON access_log AS PERMISSIVE FOR SELECT TO {q(n.admin)} USING (true)",
        f"CREATE POLICY append ON access_log AS PERMISSIVE FOR INSERT TO {everyone} WITH CHECK (true)",
    ]
    return out


def triggers() -> list[str]:
    return [
        "DROP TRIGGER IF EXISTS relais_append_only ON access_log",
        "CREATE TRIGGER relais_append_only BEFORE UPDATE OR DELETE ON access_log FOR EACH ROW "
        "EXECUTE FUNCTION relais_access_log_append_only()",
        "DROP TRIGGER IF EXISTS relais_no_truncate ON access_log",
        "CREATE TRIGGER relais_no_truncate BEFORE TRUNCATE ON access_log FOR EACH STATEMENT "
        "EXECUTE FUNCTION relais_access_log_append_only()",
        "DROP TRIGGER IF EXISTS relais_actor ON access_log",
        "CREATE TRIGGER relais_actor BEFORE INSERT ON access_log FOR EACH ROW EXECUTE FUNCTION relais_access_log_actor()",
    ]
