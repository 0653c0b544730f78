"""The ``giamngheo`` command line: one module per group of commands, each parser beside its command.

Exit statuses: 0 success; 1 an error stopped the command (unreadable file, date outside the law, any bad line of
a ``report``, which then writes nothing); 2 bad command-line usage; 3 some rows of an ``assess`` run failed, or
member rows belong to no household (the output still has every row).
"""

from __future__ import annotations

from giamngheo.cli._main import main

__all__ = ["main"]
