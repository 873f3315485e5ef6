"""The nightly census as the PostgreSQL server computes it (SECURITY DEFINER functions).

On a shared database no account may insert census rows: the server computes them from the ledger
and the temporal capacities, as of the night's census moment, with the same composition as
`services.census.compute_night` (the embedded mode's census). A test runs both on the same data and
compares them row by row, so the two cannot drift apart.
"""

from __future__ import annotations

from relais_desk.domain.enums import LedgerAction

DEFAULT_CENSUS_TIME = "23:00"  # services.settings.DEFAULTS["census_time"] (a test keeps them equal)
CARRY_NIGHTS = 14  # services.beds.CARRY_NIGHTS (a test keeps them equal)
REASON_COLUMNS = {"saturation": "refusals_saturation", "quota_depasse": "refusals_quota",
                  "profil_non_accueilli": "refusals_profile"}  # anything else: refusals_other


def reason_sums(prefix: str = "") -> str:
    sums = [f"count(*) FILTER (WHERE {prefix}reason = '{reason}')::int AS {column}"
            for reason, column in REASON_COLUMNS.items()]
    known = ", ".join(f"'{r}'" for r in REASON_COLUMNS)
    sums.append(f"count(*) FILTER (WHERE {prefix}reason NOT IN ({known}))::int AS refusals_other")
    return ", ".join(sums)


# The board of night `p_night` as of moment `v_at`, rebuilt from the ledger and the temporal capacities
# (services.beds.board_in_session's composition): the opening CTEs of the census and of the closed night.
BOARD_AT = f"""WITH caps AS (
                SELECT partner_id, category_id, sum(beds)::int AS total,
                       coalesce(sum(beds) FILTER (WHERE kind <> 'plan_hiver'), 0)::int AS base,
                       coalesce(sum(beds) FILTER (WHERE kind = 'plan_hiver'), 0)::int AS winter
                FROM capacity
                WHERE valid_from <= p_night AND (valid_to IS NULL OR valid_to >= p_night)
                  AND recorded_at <= v_at AND (retired_at IS NULL OR retired_at > v_at)
                GROUP BY partner_id, category_id),
              states AS (
                SELECT DISTINCT ON (partner_id, category_id) partner_id, category_id, after::jsonb AS a
                FROM ledger WHERE entity = 'bed_state' AND night = p_night AND at <= v_at
                ORDER BY partner_id, category_id, at DESC, id DESC),
              carry AS (
                SELECT DISTINCT ON (partner_id, category_id) partner_id, category_id, after::jsonb AS a
                FROM ledger WHERE entity = 'bed_state' AND night < p_night AND night >= p_night - {CARRY_NIGHTS}
                  AND at <= v_at
                ORDER BY partner_id, category_id, night DESC, at DESC, id DESC),
"""

# The shelter × category pairs whose counts someone set during night `p_night` by `v_at`; the others are
# not reported (services.census.counted): census and closed night.
COUNTED = f"""counted AS (
                SELECT DISTINCT partner_id, category_id FROM ledger
                WHERE entity = 'bed_state' AND night = p_night AND at <= v_at
                  AND action = '{LedgerAction.COUNTS_SET.value}'),
"""

# Bed orientations received and refusals by reason per shelter × category of night `p_night` known at
# `v_at` (services: orientations_received and the refusals of compute_night): census and closed night.
RECEIVED_AND_REFUSED = f"""received AS (
                SELECT partner_id, category_id, count(*)::int AS n FROM orientation
                WHERE night = p_night AND category_id IS NOT NULL AND created_at <= v_at
                GROUP BY partner_id, category_id),
              refused AS (
                SELECT partner_id, category_id, {reason_sums()}
                FROM refusal WHERE night = p_night AND at <= v_at AND partner_id IS NOT NULL
                  AND (withdrawn_at IS NULL OR withdrawn_at > v_at)
                GROUP BY partner_id, category_id)"""

# A refusal counts unless it was withdrawn (a mistaken entry) by `v_at`: services.refusals.counted.
COUNTED_REFUSAL = "(withdrawn_at IS NULL OR withdrawn_at > v_at)"

# The owner's sessions may replay a moment (backfills, tests); an account's "now" is the server's
# clock, or up to a day earlier — never later (a census before its moment), never absurd.
TRUSTED_NOW = ("CASE WHEN relais_is_trusted() AND relais_app_user_id() IS NULL THEN coalesce(p_now, now()) "
               "ELSE greatest(least(coalesce(p_now, now()), now()), now() - interval '1 day') END")


def census_sql(definer: str) -> list[str]:
    arrived, expired = LedgerAction.HOLD_ARRIVED.value, LedgerAction.HOLD_EXPIRED.value
    # an undone arrival (absence) is taken back from the arrivals (no-shows): services.census.compute_night
    arrival_undone, absence_undone = LedgerAction.HOLD_ARRIVAL_UNDONE.value, LedgerAction.HOLD_ABSENCE_UNDONE.value
    trusted_now = TRUSTED_NOW
    return [
        f"""CREATE OR REPLACE FUNCTION relais_census_moment(p_night date) RETURNS timestamptz
            LANGUAGE plpgsql STABLE {definer} AS $fn$
            DECLARE t time;
            BEGIN
              BEGIN
                SELECT value::time INTO t FROM network_setting WHERE key = 'census_time';
              EXCEPTION WHEN others THEN
                t := NULL;  -- a value that is no time of day: the default, never a census that cannot run
              END;
              t := coalesce(t, '{DEFAULT_CENSUS_TIME}'::time);
              -- a time before noon belongs to the next morning of the night (services: local_moment)
              RETURN ((CASE WHEN t < '12:00'::time THEN p_night + 1 ELSE p_night END) + t)
                     AT TIME ZONE 'Europe/Brussels';
            END $fn$""",
        f"""CREATE OR REPLACE FUNCTION relais_census_start_run(p_trigger text, p_workstation text,
                p_now timestamptz DEFAULT NULL)
            RETURNS integer LANGUAGE plpgsql {definer} AS $fn$
            DECLARE v_id integer;
            BEGIN
              INSERT INTO census_run (started_at, workstation, user_id, trigger, nights_written, rows_written)
              VALUES ({trusted_now}, left(coalesce(p_workstation, ''), 120), relais_app_user_id(),
                      left(coalesce(p_trigger, 'manual'), 16), 0, 0)
              RETURNING id INTO v_id;
              RETURN v_id;
            END $fn$""",
        f"""CREATE OR REPLACE FUNCTION relais_census_finish_run(p_run_id integer, p_now timestamptz DEFAULT NULL)
            RETURNS void LANGUAGE plpgsql {definer} AS $fn$
            BEGIN
              UPDATE census_run r SET finished_at = {trusted_now},
                     nights_written = (SELECT count(DISTINCT night) FROM census c WHERE c.run_id = r.id),
                     rows_written = (SELECT count(*) FROM census c WHERE c.run_id = r.id)
              WHERE r.id = p_run_id AND r.finished_at IS NULL
                AND (r.user_id IS NOT DISTINCT FROM relais_app_user_id() OR relais_is_trusted());
            END $fn$""",
        f"""CREATE OR REPLACE FUNCTION relais_census_write_night(p_night date, p_run_id integer,
                p_now timestamptz DEFAULT NULL)
            RETURNS integer LANGUAGE plpgsql {definer} AS $fn$
            DECLARE v_now timestamptz := {trusted_now}; v_at timestamptz; v_rows integer;
            BEGIN
              v_at := relais_census_moment(p_night);
              IF v_at > v_now THEN
                RAISE EXCEPTION 'Le recensement de la nuit du % n''a pas encore eu lieu.', to_char(p_night, 'DD/MM/YYYY')
                  USING ERRCODE = 'invalid_parameter_value';
              END IF;
              IF NOT EXISTS (SELECT 1 FROM census_run WHERE id = p_run_id AND finished_at IS NULL
                             AND (user_id IS NOT DISTINCT FROM relais_app_user_id() OR relais_is_trusted())) THEN
                RAISE EXCEPTION 'Passage du recensement inconnu ou terminé.' USING ERRCODE = 'invalid_parameter_value';
              END IF;
              CREATE TEMP TABLE IF NOT EXISTS relais_census_board (
                partner_id integer, category_id integer, capacity integer, capacity_base integer,
                capacity_winter integer, unavailable integer, reported boolean, occupied integer,
                held integer) ON COMMIT DROP;
              TRUNCATE relais_census_board;
              INSERT INTO relais_census_board
              {BOARD_AT}              {COUNTED}              keys AS (SELECT partner_id, category_id FROM caps UNION SELECT partner_id, category_id FROM states)
              SELECT k.partner_id, k.category_id,
                     CASE WHEN s.a IS NULL THEN coalesce(c.total, 0) ELSE (s.a->>'capacity')::int END,
                     coalesce(c.base, 0), coalesce(c.winter, 0),
                     CASE WHEN s.a IS NULL THEN least(coalesce((cr.a->>'unavailable')::int, 0), coalesce(c.total, 0))
                          ELSE (s.a->>'unavailable')::int END,
                     n.partner_id IS NOT NULL,
                     CASE WHEN n.partner_id IS NULL THEN NULL
                          WHEN s.a IS NULL THEN 0 ELSE (s.a->>'occupied')::int END,
                     CASE WHEN s.a IS NULL THEN 0 ELSE (s.a->>'held')::int END
              FROM keys k
              JOIN partner p ON p.id = k.partner_id
              LEFT JOIN caps c ON c.partner_id = k.partner_id AND c.category_id = k.category_id
              LEFT JOIN states s ON s.partner_id = k.partner_id AND s.category_id = k.category_id
              LEFT JOIN carry cr ON cr.partner_id = k.partner_id AND cr.category_id = k.category_id
              LEFT JOIN counted n ON n.partner_id = k.partner_id AND n.category_id = k.category_id
              WHERE p.active OR s.a IS NOT NULL;

              WITH moves AS (
                SELECT partner_id, category_id,
                       (count(*) FILTER (WHERE action = '{arrived}')
                        - count(*) FILTER (WHERE action = '{arrival_undone}'))::int AS arrivals,
                       (count(*) FILTER (WHERE action = '{expired}')
                        - count(*) FILTER (WHERE action = '{absence_undone}'))::int AS no_shows
                FROM ledger WHERE entity = 'bed_state' AND night = p_night AND at <= v_at
                  AND action IN ('{arrived}', '{expired}', '{arrival_undone}', '{absence_undone}')
                GROUP BY partner_id, category_id),
              {RECEIVED_AND_REFUSED}
              INSERT INTO census (night, partner_id, category_id, reported, capacity, capacity_base,
                                  capacity_winter, unavailable, occupied, held, free, arrivals, no_shows,
                                  orientations_received, refusals_saturation, refusals_quota, refusals_profile,
                                  refusals_other, computed_at, run_id)
              SELECT p_night, b.partner_id, b.category_id, b.reported, b.capacity, b.capacity_base,
                     b.capacity_winter, b.unavailable, b.occupied, b.held,
                     -- NULL when not reported (greatest() would skip the NULL): free beds follow from
                     -- occupied ones, which nobody counted
                     CASE WHEN b.reported THEN greatest(b.capacity - b.unavailable - b.occupied - b.held, 0) END,
                     coalesce(m.arrivals, 0), coalesce(m.no_shows, 0), coalesce(r.n, 0),
                     coalesce(f.refusals_saturation, 0), coalesce(f.refusals_quota, 0),
                     coalesce(f.refusals_profile, 0), coalesce(f.refusals_other, 0), v_now, p_run_id
              FROM relais_census_board b
              LEFT JOIN moves m ON m.partner_id = b.partner_id AND m.category_id = b.category_id
              LEFT JOIN received r ON r.partner_id = b.partner_id AND r.category_id = b.category_id
              LEFT JOIN refused f ON f.partner_id = b.partner_id AND f.category_id = b.category_id
              ON CONFLICT (night, partner_id, category_id) DO NOTHING;
              GET DIAGNOSTICS v_rows = ROW_COUNT;

              WITH refused AS (
                SELECT category_id, {reason_sums()},
                       count(*) FILTER (WHERE source = 'call')::int AS from_calls,
                       count(*) FILTER (WHERE source <> 'call')::int AS at_door
                FROM refusal WHERE night = p_night AND at <= v_at AND {COUNTED_REFUSAL} GROUP BY category_id),
              cats AS (SELECT DISTINCT category_id FROM relais_census_board UNION SELECT category_id FROM refused)
              INSERT INTO census_demand (night, category_id, refusals_saturation, refusals_quota, refusals_profile,
                                         refusals_other, refusals_from_calls, refusals_at_door, computed_at, run_id)
              SELECT p_night, c.category_id, coalesce(f.refusals_saturation, 0), coalesce(f.refusals_quota, 0),
                     coalesce(f.refusals_profile, 0), coalesce(f.refusals_other, 0), coalesce(f.from_calls, 0),
                     coalesce(f.at_door, 0), v_now, p_run_id
              FROM cats c LEFT JOIN refused f ON f.category_id = c.category_id
              ON CONFLICT (night, category_id) DO NOTHING;
              TRUNCATE relais_census_board;
              RETURN v_rows;
            END $fn$""",
    ]
