"""Closed nights as the PostgreSQL server computes them (a SECURITY DEFINER function).

No account may insert closed-night rows: `relais_close_night` computes them from the ledger, the
holds, orientations, refusals and the temporal capacities as of the night's close moment (next
noon, Brussels), with the same composition as `services.closed_nights.compute_night`, which a
test compares with it row by row on random ledgers.
"""

from __future__ import annotations

from relais_desk.domain.enums import HoldStatus
from relais_desk.store import pg_census
from relais_desk.store.pg_census import BOARD_AT, COUNTED, COUNTED_REFUSAL, RECEIVED_AND_REFUSED, reason_sums

ROLLOVER = "12:00"  # domain.nights.NIGHT_ROLLOVER (a test keeps them equal)


def closed_nights_sql(definer: str) -> list[str]:
    arrived, expired = HoldStatus.ARRIVED.value, HoldStatus.EXPIRED.value
    trusted_now = pg_census.TRUSTED_NOW
    return [
        f"""CREATE OR REPLACE FUNCTION relais_close_moment(p_night date) RETURNS timestamptz
            LANGUAGE sql IMMUTABLE {definer} AS $fn$
            SELECT ((p_night + 1) + '{ROLLOVER}'::time) AT TIME ZONE 'Europe/Brussels' $fn$""",
        f"""CREATE OR REPLACE FUNCTION relais_close_night(p_night date, p_now timestamptz DEFAULT NULL)
            RETURNS integer LANGUAGE plpgsql {definer} AS $fn$
            DECLARE v_now timestamptz := {trusted_now}; v_at timestamptz; v_rows integer;
            BEGIN
              v_at := relais_close_moment(p_night);
              IF v_at > v_now THEN
                RAISE EXCEPTION 'La nuit du % n''est pas encore clôturée.', to_char(p_night, 'DD/MM/YYYY')
                  USING ERRCODE = 'invalid_parameter_value';
              END IF;
              {BOARD_AT}              {COUNTED}              keys AS (SELECT partner_id, category_id FROM caps UNION SELECT partner_id, category_id FROM states),
              board AS (
                SELECT k.partner_id, k.category_id, (n.partner_id IS NOT NULL) AS reported,
                       CASE WHEN s.a IS NULL THEN coalesce(c.total, 0) ELSE (s.a->>'capacity')::int END AS capacity,
                       coalesce(c.base, 0) AS capacity_base, coalesce(c.winter, 0) AS capacity_winter,
                       CASE WHEN s.a IS NULL
                            THEN least(coalesce((cr.a->>'unavailable')::int, 0), coalesce(c.total, 0))
                            ELSE (s.a->>'unavailable')::int END AS unavailable,
                       CASE WHEN n.partner_id IS NULL THEN NULL
                            WHEN s.a IS NULL THEN 0 ELSE (s.a->>'occupied')::int END AS occupied
                FROM keys k
                JOIN partner p ON p.id = k.partner_id
                LEFT JOIN caps c ON c.partner_id = k.partner_id AND c.category_id = k.category_id
                LEFT JOIN states s ON s.partner_id = k.partner_id AND s.category_id = k.category_id
                LEFT JOIN carry cr ON cr.partner_id = k.partner_id AND cr.category_id = k.category_id
                LEFT JOIN counted n ON n.partner_id = k.partner_id AND n.category_id = k.category_id
                WHERE p.active OR s.a IS NOT NULL),
              closed_holds AS (
                SELECT id, partner_id, category_id, person_id, anonymous_key, status, closed_at FROM hold
                WHERE night = p_night AND closed_at <= v_at AND status IN ('{arrived}', '{expired}')),
              last_arrival AS (
                SELECT DISTINCT ON (person_id, anonymous_key) partner_id, category_id FROM closed_holds
                WHERE status = '{arrived}' AND (person_id IS NOT NULL OR anonymous_key IS NOT NULL)
                ORDER BY person_id, anonymous_key, closed_at DESC, id DESC),
              arrived AS (
                SELECT partner_id, category_id, count(*)::int AS n FROM (
                  SELECT partner_id, category_id FROM last_arrival
                  UNION ALL
                  SELECT partner_id, category_id FROM closed_holds
                  WHERE status = '{arrived}' AND person_id IS NULL AND anonymous_key IS NULL) a
                GROUP BY partner_id, category_id),
              absent AS (
                SELECT partner_id, category_id, count(*)::int AS n FROM closed_holds
                WHERE status = '{expired}' GROUP BY partner_id, category_id),
              {RECEIVED_AND_REFUSED}
              INSERT INTO closed_night (night, partner_id, category_id, reported, capacity, capacity_base,
                                        capacity_winter, unavailable, occupied, arrivals, no_shows,
                                        orientations_received, refusals_saturation, refusals_quota,
                                        refusals_profile, refusals_other, computed_at)
              SELECT p_night, b.partner_id, b.category_id, b.reported, b.capacity, b.capacity_base,
                     b.capacity_winter, b.unavailable, b.occupied, coalesce(a.n, 0), coalesce(x.n, 0),
                     coalesce(r.n, 0), coalesce(f.refusals_saturation, 0), coalesce(f.refusals_quota, 0),
                     coalesce(f.refusals_profile, 0), coalesce(f.refusals_other, 0), v_now
              FROM board b
              LEFT JOIN arrived a ON a.partner_id = b.partner_id AND a.category_id = b.category_id
              LEFT JOIN absent x ON x.partner_id = b.partner_id AND x.category_id = b.category_id
              LEFT JOIN received r ON r.partner_id = b.partner_id AND r.category_id = b.category_id
              LEFT JOIN refused f ON f.partner_id = b.partner_id AND f.category_id = b.category_id
              ON CONFLICT (night, partner_id, category_id) DO NOTHING;
              GET DIAGNOSTICS v_rows = ROW_COUNT;

              WITH night_refusals AS (
                SELECT id, at, partner_id, category_id, person_id, anonymous_key, reason, source FROM refusal
                WHERE night = p_night AND at <= v_at AND {COUNTED_REFUSAL}),
              refused AS (
                SELECT category_id, {reason_sums()},
                       count(*) FILTER (WHERE source = 'call')::int AS from_calls,
                       count(*) FILTER (WHERE source <> 'call')::int AS at_door,
                       count(*) FILTER (WHERE NOT EXISTS (
                         SELECT 1 FROM closed_night c WHERE c.night = p_night AND c.partner_id = r.partner_id
                           AND c.category_id = r.category_id))::int AS without_shelter
                FROM night_refusals r GROUP BY category_id),
              last_refusal AS (
                SELECT DISTINCT ON (person_id, anonymous_key) category_id FROM night_refusals
                WHERE person_id IS NOT NULL OR anonymous_key IS NOT NULL
                ORDER BY person_id, anonymous_key, at DESC, id DESC),
              persons AS (
                SELECT category_id, count(*)::int AS n FROM (
                  SELECT category_id FROM last_refusal
                  UNION ALL SELECT category_id FROM night_refusals
                  WHERE person_id IS NULL AND anonymous_key IS NULL) p
                GROUP BY category_id),
              board_cats AS (
                SELECT DISTINCT category_id FROM closed_night WHERE night = p_night),
              cats AS (SELECT category_id FROM board_cats UNION SELECT category_id FROM refused)
              INSERT INTO closed_night_demand (night, category_id, refusals_saturation, refusals_quota,
                                               refusals_profile, refusals_other, refusals_from_calls,
                                               refusals_at_door, refusals_without_shelter, refused_person_nights,
                                               computed_at)
              SELECT p_night, c.category_id, coalesce(f.refusals_saturation, 0), coalesce(f.refusals_quota, 0),
                     coalesce(f.refusals_profile, 0), coalesce(f.refusals_other, 0), coalesce(f.from_calls, 0),
                     coalesce(f.at_door, 0), coalesce(f.without_shelter, 0), coalesce(p.n, 0), v_now
              FROM cats c LEFT JOIN refused f ON f.category_id = c.category_id
              LEFT JOIN persons p ON p.category_id = c.category_id
              ON CONFLICT (night, category_id) DO NOTHING;
              RETURN v_rows;
            END $fn$""",
    ]

