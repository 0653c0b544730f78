"""Shared test configuration: the Hypothesis profiles.

``ci`` (the default) runs 200 examples per property with no deadline; ``dev`` runs a quick 25. Choose with
the environment variable ``HYPOTHESIS_PROFILE``, e.g. ``HYPOTHESIS_PROFILE=dev pytest``.
"""

from __future__ import annotations

import os

from hypothesis import settings

settings.register_profile("ci", deadline=None, max_examples=200)
settings.register_profile("dev", deadline=None, max_examples=25)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))
