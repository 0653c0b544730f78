"""How the same household is classified under each national standard from 2006 to 2030.

Run: ``python examples/compare_standards.py``
"""

import giamngheo as gn

for window, standard in gn.NATIONAL_STANDARDS:
    # An income-only standard takes no deprivations; a multidimensional one counts the two stated here.
    deprived = {"health_insurance", "water"} if standard.indicators else set()
    hh = gn.Household(area=gn.Area.URBAN, income_per_capita_monthly_vnd=1_800_000, deprived=deprived)
    a = gn.assess(hh, on=window.start)
    print(f"{standard.id:<14} {window!s:<26} {a.status.value:<10} {standard.basis.render('en')}")
