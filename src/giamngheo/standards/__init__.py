"""The national poverty standards, one module per legal instrument.

Each module's docstring opens with its References; an amendment or extension lives in the module of the
instrument it amends or extends, as a later dated entry citing the amending act. The timeline that
resolves a date to a standard is :data:`giamngheo.NATIONAL_STANDARDS`.
"""
