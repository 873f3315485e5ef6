"""*Appels*: the urgence-sociale operator's screen (call intake, bed finder, journal, slips)."""
