"""Holds past their deadline, expired by the server whoever notices first (a SECURITY DEFINER function)."""

from __future__ import annotations

from relais_desk.domain.enums import HoldStatus, LedgerAction, OrientationStatus
from relais_desk.store.pg_sql import DEFINER, lit


def hold_functions() -> list[str]:
    state_json = ("jsonb_build_object('capacity', s.capacity, 'unavailable', s.unavailable, "
                  "'occupied', s.occupied, 'held', s.held, 'unavailable_reason', s.unavailable_reason, "
                  "'counts_updated_at', s.counts_updated_at)")
    return [
        f"""CREATE OR REPLACE FUNCTION relais_expire_holds(p_now timestamptz DEFAULT NULL)
            RETURNS SETOF integer LANGUAGE plpgsql {DEFINER} AS $fn$
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
    ]
