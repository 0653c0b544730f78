"""Support policies: one module per instrument (or programme), each exporting ``POLICIES``.

:mod:`giamngheo._entitlements` collects them by jurisdiction and answers "which supports apply to this household on
this date, how much, under which provision, until when".
"""
