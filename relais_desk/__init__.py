"""relais-desk: live night-shelter beds, urgence sociale calls and orientations."""

__version__ = "0.1.0"
