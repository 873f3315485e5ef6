"""`relais-desk-gui`: the same program as `relais-desk`, installed as a GUI script.

On Windows, pip makes a gui-script a windowed launcher (pythonw), so starting the app from a shortcut
opens no console window. Sub-commands still work but print nowhere there: use `relais-desk` for them.
This module stays outside `relais_desk.gui` and imports no Qt: the CLI loads the GUI by name.
"""

from __future__ import annotations

import sys


def main() -> int:
    from relais_desk.cli import main as cli_main

    return cli_main(sys.argv[1:])


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
