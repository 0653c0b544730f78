"""From a household register to the multidimensional poverty index (MPI) by district: the analyst's path.

1. Read the register (households.csv, members.csv) as text and assess every household with the batch engine.
2. Turn the result into a sample of deprivations (``AFSample.from_batch``) and take the national preset:
   the 12 indicators of Nghị định 07/2021/NĐ-CP weighing 1/12 each, cut-off k = 3/12.
3. Print the Alkire-Foster measures by district (H, A, M0), the legal poor headcount ratio (tỷ lệ hộ nghèo) and
   the censored headcount ratio of each indicator, then draw two charts.

The register is giamngheo's bundled SYNTHETIC sample of Bình Dương (9,100 invented households in 91 communes):
no figure printed here is a statistic of Bình Dương. Every measure is an exact fraction; the percentages below are
rounded for display only. Charts need matplotlib (``pip install "giamngheo[plots]"``); they are written to a
temporary directory, or to the directory given: ``python examples/register_to_mpi.py [output-directory]``.
"""

import datetime as dt
import sys
import tempfile
from fractions import Fraction
from importlib import resources
from pathlib import Path

import pandas as pd

import giamngheo as gn
from giamngheo import batch, measure
from giamngheo.measure import plots
from giamngheo.review import MissingExtra

ON = dt.date(2024, 10, 1)  # the day the households are assessed


def percent(x: Fraction, decimals: int = 1) -> str:
    """An exact share as a percentage, rounded (half to even, exactly) for display only."""
    return f"{float(round(x * 100, decimals)):.{decimals}f}"


# 1. The register, read as text (empty means unknown, never "no"), assessed household by household.
sample = resources.files("giamngheo") / "data" / "sample"
with resources.as_file(sample / "households.csv") as path:
    households = pd.read_csv(path, dtype=str, keep_default_na=False)
with resources.as_file(sample / "members.csv") as path:
    members = pd.read_csv(path, dtype=str, keep_default_na=False)
result = batch.assess_columns(batch.Columns.from_rows(households, members), on=ON)
standard = result.standard
print(f"SYNTHETIC register: {len(result)} households, {len(members)} members, assessed on {ON} under {standard.id}")
print(f"rows with an error (left out of the measures): {result.failed}")

# 2. The sample of deprivations, with its "commune" and "district" groupings, and the national preset.
register = measure.AFSample.from_batch(result)
mpi = measure.national_spec(standard)
print(f"{mpi.name('en')}: {len(mpi.weights)} indicators of weight {mpi.weights[0][1]}, k = {mpi.k}")

# 3a. The MPI by district: M0 of the province = Σ population share × M0 of each district, exactly.
whole = measure.alkire_foster(register, mpi)
by_district = measure.alkire_foster(register, mpi, by="district")
names = {code: gn.administrative_unit(code, on=ON).name for code in by_district if code is not None}
rows = [(names.get(code or "", "(no district)"), r) for code, r in by_district.items()]
table = pd.DataFrame(
    [
        {
            "district": name,
            "households": int(r.population),
            "H %": percent(r.H),
            "A %": percent(r.A),
            "M0 %": percent(r.M0, 2),
        }
        for name, r in [*rows, ("Bình Dương (all)", whole)]
    ]
)
print()
print(table.to_string(index=False))
decomposed = sum((r.population_share * r.M0 for r in by_district.values()), Fraction(0))
print(f"M0 = {whole.M0} = Σ population share × M0 of the districts: {decomposed == whole.M0}")

# 3b. The legal classification: the poor headcount ratio (needs the income test too, unlike the MPI above).
poor = measure.headcount(register)
poor_persons = measure.headcount(register, unit="persons")
print()
print(f"poor households (hộ nghèo): {poor} = {percent(poor)} %; persons in them: {percent(poor_persons)} %")

# 3c. The censored headcount ratios: the share of households both multidimensionally poor and deprived in each.
print()
print("censored headcount ratio, % of households:")
for indicator_id, ratio in whole.censored:
    print(f"  {standard.indicator(indicator_id).name('en'):<36} {percent(ratio):>5}")

# 4. Two charts.
with tempfile.TemporaryDirectory(prefix="giamngheo-") as temporary:
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(temporary)
    print()
    try:
        charts = [
            plots.deprivation_rates(whole, folder / "censored-headcount-ratios.png", standard=standard, lang="en"),
            plots.m0_by_group(by_district, folder / "m0-by-district.svg", names=names, lang="en"),
        ]
    except MissingExtra as error:  # matplotlib is the optional extra giamngheo[plots]
        print(f"charts skipped: {error}")
    else:
        for chart in charts:
            print(f"chart written: {chart.name} ({chart.stat().st_size:,} bytes)")
