import sys

from relais_desk.cli import main

sys.exit(main())
