"""The bundle's entry point (PyInstaller): `relais-desk` opens the app, `relais-desk COMMAND` runs the CLI.

`relais-desk --db URL --smoke --json` checks the bundle's Qt on a database (offscreen is fine) and exits:
`make installer` uses it to prove the bundle works (installer/smoke_bundle.py).
`relais-desk --sqlite-writer FILE PAGES` is the demo's writing process (`store.sqlite_writer`), started by the demo
itself; the smoke test's demo goes through it.
"""

from __future__ import annotations

import sys

if __name__ == "__main__":
    from relais_desk.store import sqlite_writer

    if sys.argv[1:2] == [sqlite_writer.ARGUMENT]:  # the demo's writing process (there is no `python -m` here)
        sys.exit(sqlite_writer.run(sys.argv[2:]))
    from relais_desk.cli import main

    sys.exit(main())
