"""The bundle's entry point (PyInstaller): `relais-desk` opens the app, `relais-desk COMMAND` runs the CLI.

`RELAIS_DESK_GUI_SMOKE=1` builds the Qt application (offscreen is fine), loads our resources and Qt's
translations, prints what it found and exits: `make installer` uses it to prove the bundle's Qt works.
"""

from __future__ import annotations

import importlib
import os
import sys

if __name__ == "__main__":
    if os.environ.get("RELAIS_DESK_GUI_SMOKE") == "1":
        sys.exit(importlib.import_module("relais_desk.gui.smoke").main())
    from relais_desk.cli import main

    sys.exit(main())
