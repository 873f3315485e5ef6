"""Network settings on a shared PostgreSQL database: who may change which, what a value may be, and the
ledger row and change announcement of every change, written by the server itself.

Coordination and admin change settings (admin alone the masking threshold and the retention), only
known keys, only values of their kind (a census time that is no time would stop the census). A trigger
on `network_setting` appends the `setting_changed` ledger row, naming the session's login, and NOTIFYs
the change feed's "setting" topic, whoever writes the row (the app, psql, maintenance): no account can
change a setting unrecorded, and no account may append such a ledger row itself (`pg_guards`).
"""

from __future__ import annotations

import json

from relais_desk.domain import network_settings as ns
from relais_desk.domain.enums import LedgerAction
from relais_desk.store import pg_retention
from relais_desk.store.pg_sql import CHANNEL, DEFINER, Names, lit

# the very payload `store.changes.encode` sends: PostgreSQL delivers identical notifications once
_NOTIFY_PAYLOAD = json.dumps({"t": ns.TOPIC, "ids": []}, separators=(",", ":"))


def _keys(keys: tuple[str, ...] | list[str]) -> str:
    return ", ".join(lit(k) for k in keys)


def setting_rule(n: Names) -> str:
    """The `network_setting` policies' check: a known key, a value of its kind, admin's keys for admin."""
    return (
        f"key IN ({_keys(list(ns.DEFAULTS))}) AND CASE "
        f"WHEN key = 'mask_threshold' THEN pg_has_role(session_user, {lit(n.admin)}, 'MEMBER') "
        f"AND value ~ '^[0-9]{{1,6}}$' AND value::integer >= {ns.MIN_MASK_THRESHOLD} "
        f"{pg_retention.setting_rule(n)}"
        f"WHEN key IN ({_keys(ns.TIME_SETTINGS)}) THEN value ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$' "
        f"WHEN key IN ({_keys(ns.TEXT_SETTINGS)}) THEN length(value) BETWEEN 1 AND 200 "
        f"WHEN key = 'idle_lock_minutes' THEN value ~ '^[0-9]{{1,6}}$' AND value::integer <= {ns.MAX_IDLE_LOCK_MINUTES} "
        "ELSE value ~ '^[0-9]{1,6}$' AND value::integer <= 100000 END")


def functions() -> list[str]:
    defaults = lit(json.dumps(ns.DEFAULTS, ensure_ascii=False, sort_keys=True))
    return [
        # Runs as the owner (who alone may append this entity), after the row passed the policies.
        f"""CREATE OR REPLACE FUNCTION relais_setting_changed() RETURNS trigger LANGUAGE plpgsql {DEFINER} AS $fn$
            DECLARE v_before text;
            BEGIN
              IF TG_OP = 'UPDATE' THEN
                IF NEW.key = OLD.key AND NEW.value IS NOT DISTINCT FROM OLD.value THEN RETURN NULL; END IF;
                v_before := OLD.value;
              ELSE
                v_before := {defaults}::jsonb ->> NEW.key;
              END IF;
              INSERT INTO ledger (at, user_id, action, entity, entity_id, before, after)
              VALUES (now(), relais_app_user_id(), {lit(LedgerAction.SETTING_CHANGED.value)}, {lit(ns.ENTITY)}, NULL,
                      json_build_object('key', NEW.key, 'value', v_before)::text,
                      json_build_object('key', NEW.key, 'value', NEW.value)::text);
              PERFORM pg_notify({lit(CHANNEL)}, {lit(_NOTIFY_PAYLOAD)});
              RETURN NULL;
            END $fn$""",
    ]


def policies(n: Names, policy) -> list[str]:  # noqa: ANN001
    """Grants and policies of `network_setting` (`policy` is pg_security's policy writer)."""
    everyone, managers = n.all_groups(), n.of("coordination", "admin")
    rule = setting_rule(n)
    policy("network_setting", "read_all", "SELECT", everyone, "true")
    policy("network_setting", "managers_insert", "INSERT", managers, check=rule)
    policy("network_setting", "managers_update", "UPDATE", managers, rule, rule)
    return [f"GRANT SELECT ON network_setting TO {everyone}",
            f"GRANT INSERT, UPDATE (value) ON network_setting TO {managers}"]


def triggers() -> list[str]:
    return ["DROP TRIGGER IF EXISTS relais_setting_changed ON network_setting",
            "CREATE TRIGGER relais_setting_changed AFTER INSERT OR UPDATE ON network_setting FOR EACH ROW "
            "EXECUTE FUNCTION relais_setting_changed()"]
