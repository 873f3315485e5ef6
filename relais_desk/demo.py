"""The demo network generator (see `relais-desk demo`)."""
