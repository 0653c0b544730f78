"""Generate the bundled synthetic sample households (seeded, so the file is reproducible).

The households are invented: no row describes a real household. Incomes are drawn around the lines of the
2022-2026 standard so that the sample exercises every status, and a few rows sit exactly on a line.

Run: ``python scripts/generate_sample.py`` (rewrites ``src/giamngheo/data/sample_households.csv``).
"""

from __future__ import annotations

import csv
import datetime as dt
import random
from pathlib import Path

import giamngheo as gn

OUT = Path(__file__).resolve().parents[1] / "src" / "giamngheo" / "data" / "sample_households.csv"
#: The sample is drawn around the standard in force on the demo date, taken from the library's cited data
#: (NĐ 07/2021/NĐ-CP Điều 3) rather than restated here.
STANDARD = gn.standard_in_force(on=dt.date(2025, 12, 1))
INDICATORS = tuple(indicator.id for indicator in STANDARD.indicators)
COMMUNES = ("Phú Giáo-01", "Phú Giáo-02", "Dầu Tiếng-01", "Dầu Tiếng-02", "Bàu Bàng-01", "Thủ Dầu Một-01")


def main() -> None:
    """Write the sample file."""
    rng = random.Random(20261126)
    rows = []
    for n in range(40):
        area = "urban" if n % 3 == 0 else "rural"
        line = STANDARD.bands[0].upper(gn.Area(area)).value
        # every tenth household sits exactly on the line
        income = line if n % 10 == 0 else rng.randrange(line // 2, line * 2 + 500_000, 1_000)
        k = rng.choice((0, 0, 1, 2, 3, 3, 4, 5))
        deprived = sorted(rng.sample(INDICATORS, k))
        rows.append(
            {
                "household_id": f"SAMPLE-{n + 1:03d}",
                "commune": COMMUNES[n % len(COMMUNES)],
                "area": area,
                "income_per_capita_monthly_vnd": income,
                "deprived": ";".join(deprived),
            }
        )
    with OUT.open("w", newline="", encoding="utf-8") as f:
        writer = csv.DictWriter(f, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)


if __name__ == "__main__":
    main()
