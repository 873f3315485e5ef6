"""The network's settings: their keys and defaults, shared by the services and the server's own checks."""

from __future__ import annotations

from relais_desk.domain.retention import DEFAULT_RETENTION_MONTHS

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
TIME_SETTINGS = ("census_time", "hold_deadline")  # HH:MM
TEXT_SETTINGS = ("network_name",)  # everything else is a whole number
ADMIN_SETTINGS = ("mask_threshold", "retention_months")  # coordination changes the others
MIN_MASK_THRESHOLD = 3  # below 3, a published count could point at one or two people
MAX_IDLE_LOCK_MINUTES = 24 * 60
ENTITY = "network_setting"  # the ledger's entity of a setting change (its key is in before/after)
TOPIC = "setting"  # the change feed's topic
