"""A commune's year-end review (rà soát định kỳ) from start to finish, on six invented households.

1. Know the dates: the review calendar of the year, with the provision behind each step.
2. Score each reviewed household (Phiếu B: score A and its deprivations) and hold the village meeting.
3. Compare with last year's recognised list: who escaped, who is newly poor, who fell back.
4. Produce the report tables (results, movements, deprivations, groups) and export them to a workbook.

The households, their scores and the meeting counts are invented. The item points that give score A (Phụ lục III
of Thông tư 07/2021/TT-BLĐTBXH) are not shipped by giamngheo: here score A is given directly.
"""

import datetime as dt
import tempfile
from pathlib import Path

import giamngheo as gn
from giamngheo import review
from giamngheo.review import Departure, Record

YEAR = 2025
ON = dt.date(YEAR, 10, 20)  # the day the commune scores the households

# 1. The calendar: what is due, and when.
calendar = review.review_calendar(YEAR)
for key in ("periodic_review", "preliminary_report", "official_report"):
    print(calendar.entry(key).render("vi"))
basis = review.review_standard(YEAR)
print(basis.describe("vi"))
standard = next(s for _, s in gn.NATIONAL_STANDARDS if s.id == basis.standard_id)

# 2. Scores from the forms: (household, area, score A, deprived indicators, persons, attendees agreeing / present).
forms = [
    ("H1", "rural", 120, {"health_insurance", "water", "housing_area"}, 4, (31, 40)),
    ("H2", "rural", 135, {"water"}, 3, (28, 40)),
    ("H3", "rural", 150, set(), 5, (35, 40)),
    ("H4", "rural", 100, {"nutrition", "sanitation", "housing_quality", "telecom"}, 2, (19, 40)),
    ("H5", "rural", 139, {"health_insurance"}, 6, (30, 40)),
]
this_year = []
for hid, area, score_a, deprived, persons, (agreeing, present) in forms:
    result = review.score(area, score_a, deprived=deprived, on=ON, household=hid)
    vote = review.meeting(agreeing, present, on=ON, household=hid)
    print(f"{hid}: {result.status.label('vi')}; {vote.explain('vi')}")
    if not vote.agreed:
        # Below 50 %: the household is reviewed again and the meeting held again; here the second meeting agrees.
        vote = review.meeting(24, 40, on=ON, household=hid)
        print(f"{hid} (họp lại): {vote.explain('vi')}")
    this_year.append(
        Record(hid, result.status, persons, commune="25741", deprived=result.deprived or frozenset(), groups=())
    )

# 3. Last year's list, and what changed.
last_year = [
    Record("H1", gn.Status.POOR, 4, commune="25741"),
    Record("H2", gn.Status.POOR, 3, commune="25741"),
    Record("H3", gn.Status.NEAR_POOR, 5, commune="25741"),
    Record("H6", gn.Status.NEAR_POOR, 2, commune="25741"),
]
moves = review.movements(last_year, this_year, departures={"H6": Departure.MOVED_AWAY}, formerly_near_poor={"H5"})
for t in moves:
    print(t.describe("vi"))
for list_status in (gn.Status.POOR, gn.Status.NEAR_POOR):
    b = moves.balance(list_status).check()  # raises if end != start - decreases + increases
    print(
        f"{list_status.label('vi')}: đầu kỳ {b.start.households} - giảm {b.decreased.households} "
        f"+ tăng {b.increased.households} = cuối kỳ {b.end.households}"
    )

# 4. The report tables, exported with Vietnamese headers.
report = review.review_report(this_year, standard=standard, movements=moves, households_total={"25741": 850}, on=ON)
results = report.table("results")
print(f"Tỷ lệ hộ nghèo: {results.total('poor_rate')} %; hộ cận nghèo: {results.total('near_poor_rate')} %")
with tempfile.TemporaryDirectory() as folder:
    written = report.to_csv(Path(folder))
    print(f"{len(written)} bảng CSV: {', '.join(p.name for p in written)}")
    try:
        report.to_xlsx(Path(folder) / f"bao-cao-ra-soat-{YEAR}.xlsx")
        print("bao-cao-ra-soat-2025.xlsx: written")
    except review.MissingExtra as error:  # openpyxl is the optional extra giamngheo[xlsx]
        print(error)
