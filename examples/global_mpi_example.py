"""The global MPI (OPHI, UNDP) on a small INVENTED sample, with some of giamngheo's indicators mapped onto it.

The global MPI's ten indicators are not Vietnam's twelve: ``measure.GLOBAL_MPI`` uses the global MPI's names, so
data are mapped onto them first. The mapping below is an illustration, not an official correspondence: Vietnam's
indicators have their own thresholds (e.g. adult education counts years of schooling differently). The six
households and their deprivations are invented; no figure here describes a real population.

The weights are nested: three dimensions of 1/3 each; health and education split theirs over two indicators
(1/6 each), living standards over six (1/18 each). As exact fractions they add up to exactly 1, and a household
whose score equals the cut-off k = 1/3 is poor.
"""

from fractions import Fraction

from giamngheo import measure

# giamngheo's indicator id → the global MPI's (an illustrative mapping; not every indicator has a counterpart).
TO_GLOBAL = {
    "nutrition": "nutrition",
    "adult_education": "years_of_schooling",
    "school_attendance": "school_attendance",
    "water": "drinking_water",
    "sanitation": "sanitation",
    "housing_quality": "housing",
    "information_devices": "assets",
}
DIMENSIONS = {
    "health": ("nutrition", "child_mortality"),
    "education": ("years_of_schooling", "school_attendance"),
    "living standards": ("cooking_fuel", "sanitation", "drinking_water", "electricity", "housing", "assets"),
}

# INVENTED households: deprivations in giamngheo's ids, plus the global MPI's own indicators that giamngheo does
# not define (child mortality, cooking fuel, electricity), given directly by their global names.
INVENTED = {
    "A": ({"nutrition", "water", "sanitation"}, {"cooking_fuel"}),  # 1/6 + 3/18 = 1/3 exactly: poor
    "B": ({"adult_education", "school_attendance"}, set()),  # 2/6: poor
    "C": ({"water"}, {"electricity"}),  # 2/18: not poor
    "D": ({"housing_quality", "information_devices", "employment"}, {"child_mortality"}),  # 1/6 + 2/18: not poor
    "E": (set(), set()),
    "F": ({"nutrition", "adult_education", "housing_quality"}, {"cooking_fuel", "child_mortality"}),  # 1/2 + 2/18
}

spec = measure.GLOBAL_MPI
weights = dict(spec.weights)
print(f"{spec.name('en')}, k = {spec.k}")
for dimension, indicators in DIMENSIONS.items():
    parts = " + ".join(str(weights[j]) for j in indicators)
    print(f"  {dimension:<16} {parts} = {sum((weights[j] for j in indicators), Fraction(0))}")
total = sum(weights.values(), Fraction(0))
print(f"  all ten weights add up to {total}: exactly one is {total == 1}")
living = DIMENSIONS["living standards"]
print(f"  (as floats, the six living-standard weights add up to {sum(float(weights[j]) for j in living)!r})")

print()
print("INVENTED sample, mapped onto the global MPI's indicators:")
deprived = []
for household, (ours, global_only) in INVENTED.items():
    mapped = {TO_GLOBAL[j] for j in ours if j in TO_GLOBAL} | global_only
    unmapped = sorted(j for j in ours if j not in TO_GLOBAL)
    note = f" (not in the global MPI: {', '.join(unmapped)})" if unmapped else ""
    print(f"  {household}: score {spec.score(mapped)}  {sorted(mapped)}{note}")
    deprived.append(mapped)

sample = measure.AFSample.of(deprived, ids=list(INVENTED))
r = measure.alkire_foster(sample, spec)
print()
print(f"H = {r.H}, A = {r.A}, M0 = H × A = {r.M0} ≈ {float(r.M0):.3f}")
print("percentage contribution of each indicator (weight × censored ratio / M0), where not 0:")
for j, share in r.share:
    if share:
        print(f"  {j:<20} {share} ≈ {float(share) * 100:.1f} %")
print(f"  the contributions add up to M0 exactly: {sum((c for _, c in r.contribution), Fraction(0)) == r.M0}")
