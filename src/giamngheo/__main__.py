"""``python -m giamngheo``: the command line."""

import sys

from giamngheo._cli import main

sys.exit(main())
