"""Network settings (stored in the database, shared by every workstation), with their defaults."""

from __future__ import annotations

from datetime import time

from sqlalchemy import select
from sqlalchemy.orm import Session

from relais_desk.domain.enums import Role
from relais_desk.domain.models import NetworkSetting
from relais_desk.domain.retention import DEFAULT_RETENTION_MONTHS, MAX_RETENTION_MONTHS, MIN_RETENTION_MONTHS
from relais_desk.services.actor import Actor
from relais_desk.services.errors import InvalidValue, NotAllowed
from relais_desk.store.database import Database

DEFAULTS: dict[str, str] = {
    "network_name": "Relais social",
    "census_time": "23:00",  # Europe/Brussels local time
    "hold_deadline": "22:00",  # default arrival deadline for a held bed, local time
    "hold_fallback_hours": "2",  # when the default deadline has passed: now + N hours
    "stale_after_hours": "12",
    "saturation_threshold": "3",
    "census_horizon_days": "400",
    "mask_threshold": "3",
    "idle_lock_minutes": "10",  # a workstation left alone this long hides its screens behind a lock; 0: never
    "retention_months": str(DEFAULT_RETENTION_MONTHS),  # a person with no contact for longer is purged (services.retention)
}
MIN_MASK_THRESHOLD = 3  # below 3, a published count could point at one or two people
MAX_IDLE_LOCK_MINUTES = 24 * 60


def get_all(session: Session) -> dict[str, str]:
    values = dict(DEFAULTS)
    for row in session.execute(select(NetworkSetting)).scalars():
        values[row.key] = row.value
    return values


def read_all(db: Database, *, actor: Actor) -> dict[str, str]:
    """Every setting, defaults filled in; any logged-in role may read them."""
    actor.require(*Role)
    with db.read() as session:
        return get_all(session)


def get(session: Session, key: str) -> str:
    row = session.get(NetworkSetting, key)
    return row.value if row else DEFAULTS[key]


def mask_threshold(session: Session) -> int:
    """The network's masking threshold; a stored value under the floor (a database from before the rule) reads 3."""
    try:
        return max(int(get(session, "mask_threshold")), MIN_MASK_THRESHOLD)
    except ValueError:
        return int(DEFAULTS["mask_threshold"])


def get_time(session: Session, key: str) -> time:
    return parse_hhmm(get(session, key), key)


def parse_hhmm(value: str, field: str = "heure") -> time:
    try:
        hours, minutes = value.strip().split(":")
        return time(int(hours), int(minutes))
    except (ValueError, AttributeError) as exc:
        raise InvalidValue(f"Heure invalide : « {value[:40]} » (attendu HH:MM).", field=field) from exc


def set_value(db: Database, key: str, value: str, *, actor: Actor) -> None:
    """Change a network setting (coordination or admin; the export mask threshold: admin only, never below 3)."""
    actor.require(Role.COORDINATION, Role.ADMIN)
    if key not in DEFAULTS:
        raise InvalidValue(f"Réglage inconnu : « {key[:60]} ».", field="key")
    if key == "mask_threshold" and actor.role != Role.ADMIN:
        raise NotAllowed("Seul·e un·e administrateur·rice peut changer le seuil de masquage des exports.",
                         field=key, role=actor.role.value)
    if key == "retention_months" and actor.role != Role.ADMIN:
        raise NotAllowed("Seul·e un·e administrateur·rice peut changer la durée de conservation.",
                         field=key, role=actor.role.value)
    # Stored in one canonical form (HH:MM, plain digits): what the shared server checks too.
    if key.endswith("_time") or key == "hold_deadline":
        value = f"{parse_hhmm(value, key):%H:%M}"
    elif key != "network_name":
        try:
            if not str(value).strip().isdigit() or int(value) > 100_000:
                raise ValueError
            if key == "idle_lock_minutes" and int(value) > MAX_IDLE_LOCK_MINUTES:
                raise InvalidValue(f"Verrouillage : au plus {MAX_IDLE_LOCK_MINUTES} minutes (0 : jamais).",
                                   field=key)
            value = str(int(value))
        except ValueError as exc:
            raise InvalidValue(f"Valeur invalide pour {key} : « {str(value)[:40]} ».", field=key) from exc
        if key == "retention_months" and not MIN_RETENTION_MONTHS <= int(value) <= MAX_RETENTION_MONTHS:
            raise InvalidValue(f"Durée de conservation : un nombre entier de mois entre {MIN_RETENTION_MONTHS} "
                               f"et {MAX_RETENTION_MONTHS}.", field=key)
        if key == "mask_threshold" and int(value) < MIN_MASK_THRESHOLD:
            raise InvalidValue(f"Le seuil de masquage ne peut pas descendre sous {MIN_MASK_THRESHOLD} : "
                               "un effectif de 1 ou 2 pourrait désigner quelqu'un.", field=key)
    else:
        from relais_desk.services import lookup

        value = lookup.text(value, key, max_len=200, required=True, label="Nom du réseau")
    with db.write() as session:
        row = session.get(NetworkSetting, key)
        if row is None:
            session.add(NetworkSetting(key=key, value=value))
        else:
            row.value = value
