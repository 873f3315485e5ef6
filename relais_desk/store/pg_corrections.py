"""The corrections an account may make on a shared PostgreSQL database, and no others (triggers, grants).

- A door refusal recorded by mistake is *withdrawn*: its row stays, the server stamps `withdrawn_at`
  (its own clock) and `withdrawn_by` (the login's account), once, during the refusal's own night only. A
  shelter's account may write no other column of a refusal, and withdraws only the refusals at its own
  door (RLS: its rows; here: `source = 'door'`). Nobody un-withdraws one.
- A mistaken *Arrivé·e* / *Absent·e* is undone within UNDO_MINUTES of the server's clock, during the
  hold's own night: the hold goes from arrived / expired back to active together with its night's bed
  counts (changed in the same transaction), and its orientation from arrivée / absente back to confirmée
  together with that hold. Any other way back from a closed status is refused. When an account closes a
  hold, the server stamps `closed_at` itself, so the window is measured on the server's clock.

The check functions run as the writing role (SECURITY INVOKER), as in `pg_guards`: the server's own
functions and the maintenance sessions are trusted.
"""

from __future__ import annotations

from relais_desk.domain.corrections import UNDO_MINUTES
from relais_desk.domain.enums import HoldStatus, OrientationStatus, RefusalSource
from relais_desk.store.pg_sql import INVOKER, Names, lit, q

H, OS = HoldStatus, OrientationStatus
UNDO = f"interval '{UNDO_MINUTES} minutes'"


def functions(n: Names) -> list[str]:
    hotline_only = (f"pg_has_role(session_user, {lit(n.operateur)}, 'MEMBER') "
                    f"AND NOT pg_has_role(session_user, {lit(n.abri)}, 'MEMBER') "
                    f"AND NOT pg_has_role(session_user, {lit(n.coordination)}, 'MEMBER') "
                    f"AND NOT pg_has_role(session_user, {lit(n.admin)}, 'MEMBER')")
    return [
        f"""CREATE OR REPLACE FUNCTION relais_refusal_withdraw_guard() RETURNS trigger LANGUAGE plpgsql {INVOKER}
            AS $fn$ BEGIN
              IF NOT relais_untrusted() THEN RETURN NEW; END IF;
              IF TG_OP = 'INSERT' THEN
                IF NEW.withdrawn_at IS NOT NULL OR NEW.withdrawn_by IS NOT NULL THEN
                  RAISE EXCEPTION 'Un refus s''enregistre sans être retiré.' USING ERRCODE = 'check_violation';
                END IF;
                RETURN NEW;
              END IF;
              IF (NEW.withdrawn_at, NEW.withdrawn_by) IS NOT DISTINCT FROM (OLD.withdrawn_at, OLD.withdrawn_by) THEN
                RETURN NEW;
              END IF;
              IF OLD.withdrawn_at IS NOT NULL OR NEW.withdrawn_at IS NULL THEN
                RAISE EXCEPTION 'Un refus retiré le reste ; un refus se retire une fois.'
                  USING ERRCODE = 'insufficient_privilege';
              END IF;
              IF OLD.night <> relais_tonight() THEN
                RAISE EXCEPTION 'La nuit de ce refus est clôturée : il ne se retire plus.'
                  USING ERRCODE = 'insufficient_privilege';
              END IF;
              IF {hotline_only} OR (pg_has_role(session_user, {lit(n.abri)}, 'MEMBER')
                                    AND OLD.source <> {lit(RefusalSource.DOOR.value)}) THEN
                RAISE EXCEPTION 'Un abri ne retire que les refus enregistrés à sa porte.'
                  USING ERRCODE = 'insufficient_privilege';
              END IF;
              NEW.withdrawn_at := now();
              NEW.withdrawn_by := relais_app_user_id();
              RETURN NEW;
            END $fn$""",
        f"""CREATE OR REPLACE FUNCTION relais_hold_status_guard() RETURNS trigger LANGUAGE plpgsql {INVOKER}
            AS $fn$ BEGIN
              IF NOT relais_untrusted() THEN RETURN NEW; END IF;
              IF NEW.status = OLD.status THEN
                NEW.closed_at := OLD.closed_at;  -- when a hold closed is the server's word
                RETURN NEW;
              END IF;
              IF OLD.status = {lit(H.ACTIVE.value)} THEN
                NEW.closed_at := now();
                RETURN NEW;
              END IF;
              IF NEW.status = {lit(H.ACTIVE.value)} AND OLD.status IN ({lit(H.ARRIVED.value)}, {lit(H.EXPIRED.value)})
                 AND NOT ({hotline_only}) THEN
                IF OLD.night <> relais_tonight() OR OLD.closed_at IS NULL OR OLD.closed_at < now() - {UNDO} THEN
                  RAISE EXCEPTION 'Une arrivée ou une absence ne s''annule que dans les {UNDO_MINUTES} minutes.'
                    USING ERRCODE = 'insufficient_privilege';
                END IF;
                IF NOT EXISTS (SELECT 1 FROM bed_state b WHERE b.partner_id = OLD.partner_id
                               AND b.category_id = OLD.category_id AND b.night = OLD.night
                               AND b.xmin = pg_current_xact_id()::xid) THEN
                  RAISE EXCEPTION 'Une réservation se rouvre avec son compte de lits.' USING ERRCODE = 'check_violation';
                END IF;
                NEW.closed_at := NULL;
                RETURN NEW;
              END IF;
              RAISE EXCEPTION 'Une réservation close ne change plus de statut.' USING ERRCODE = 'insufficient_privilege';
            END $fn$""",
        f"""CREATE OR REPLACE FUNCTION relais_orientation_status_guard() RETURNS trigger LANGUAGE plpgsql {INVOKER}
            AS $fn$ BEGIN
              IF NOT relais_untrusted() OR NEW.status IS NOT DISTINCT FROM OLD.status
                 OR OLD.status IN ({lit(OS.PROPOSEE.value)}, {lit(OS.CONFIRMEE.value)}) THEN
                RETURN NEW;
              END IF;
              -- back from arrivée / absente only with its hold, reopened in this transaction (relais_hold_status_guard)
              IF NEW.status = {lit(OS.CONFIRMEE.value)} AND OLD.status IN ({lit(OS.ARRIVEE.value)}, {lit(OS.ABSENTE.value)})
                 AND EXISTS (SELECT 1 FROM hold h WHERE h.id = NEW.hold_id AND h.status = {lit(H.ACTIVE.value)}
                             AND h.xmin = pg_current_xact_id()::xid) THEN
                RETURN NEW;
              END IF;
              RAISE EXCEPTION 'Une orientation close ne change plus de statut, sauf une arrivée ou une absence annulée dans les {UNDO_MINUTES} minutes.'
                USING ERRCODE = 'insufficient_privilege';
            END $fn$""",
    ]


def grants(n: Names) -> list[str]:
    """A shelter writes two columns of its refusals (a withdrawal); the server fills both in itself."""
    return [f"GRANT UPDATE (withdrawn_at, withdrawn_by) ON refusal TO {q(n.abri)}"]


def triggers() -> list[str]:
    out = []
    for table, function, when in (("refusal", "relais_refusal_withdraw_guard", "INSERT OR UPDATE"),
                                  ("hold", "relais_hold_status_guard", "UPDATE"),
                                  ("orientation", "relais_orientation_status_guard", "UPDATE")):
        out.append(f"DROP TRIGGER IF EXISTS relais_corrections ON {table}")
        out.append(f"CREATE TRIGGER relais_corrections BEFORE {when} ON {table} FOR EACH ROW "
                   f"EXECUTE FUNCTION {function}()")
    return out
