"""How long a mistaken entry can be taken back, the same rule for the services and the PostgreSQL server."""

from __future__ import annotations

from datetime import timedelta

# *Arrivé·e* / *Absent·e* pressed by mistake: undone within this time after the press, and only while
# the night is not closed. A door refusal recorded by mistake is withdrawn until its night closes.
UNDO_MINUTES = 15
UNDO_WINDOW = timedelta(minutes=UNDO_MINUTES)
