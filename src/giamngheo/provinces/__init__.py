"""Provincial poverty standards: one module per province, named after it.

Each module opens with its References and holds the province's instruments and its standards as data, in the
shape of :class:`giamngheo.Standard`; :mod:`giamngheo._jurisdictions` puts them on the province's timeline.
"""
