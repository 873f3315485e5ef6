"""The bounds of the retention limit, shared by the services and the server's own checks."""

from __future__ import annotations

DEFAULT_RETENTION_MONTHS = 24  # what the CNIL asks of the French SI-SIAO: a purge after two years
MIN_RETENTION_MONTHS = 6  # less would purge people still followed from one winter to the next
MAX_RETENTION_MONTHS = 120
