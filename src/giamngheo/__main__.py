"""``python -m giamngheo``: the command line."""

import sys

from giamngheo.cli import main

sys.exit(main())
