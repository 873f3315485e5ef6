"""The bundle's entry point (PyInstaller): `relais-desk` opens the app, `relais-desk COMMAND` runs the CLI.

`relais-desk --db URL --smoke --json` checks the bundle's Qt on a database (offscreen is fine) and exits:
`make installer` uses it to prove the bundle works (installer/smoke_bundle.py).
"""

from __future__ import annotations

import sys

if __name__ == "__main__":
    from relais_desk.cli import main

    sys.exit(main())
