"""Outcome snapshots: what every standard decides for the same households, kept in files and compared on each run.

For each standard giamngheo ships (national and provincial), 60 households drawn from a fixed seed are assessed
on the standard's first day, a day in its middle and its last day; each line of ``<standard id>.jsonl`` holds the
status, the band, the deprivations, what is undetermined and needed, a digest of the explanation in both languages,
and the household's entitlements in the standard's jurisdiction. A change of the code that changes any of these,
wording included, fails here: so a rearrangement of the house is proven to change no answer.

When a change of an answer is intended (a corrected legal value, a new wording), regenerate the files and review
their diff, which names each changed household::

    GIAMNGHEO_SNAPSHOTS=write python -m pytest tests/snapshots
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import random
from pathlib import Path
from typing import Any

import pytest

import giamngheo as gn

HERE = Path(__file__).parent
WRITE = os.environ.get("GIAMNGHEO_SNAPSHOTS") == "write"
HOUSEHOLDS = 60

STANDARDS = [
    standard
    for code, record in gn.JURISDICTIONS.items()
    for _, standard in (record.standards or ())
    if code in {"VN", standard.jurisdiction}
]


def _maybe(rng: random.Random, value: Any, unknown: float = 0.15) -> Any:
    return None if rng.random() < unknown else value


def _member(rng: random.Random, on: dt.date) -> gn.Member:
    age_days = rng.choice(
        [
            rng.randrange(0, 100 * 366),
            rng.randrange(5 * 365, 7 * 365),
            rng.randrange(14 * 365, 20 * 365),
            rng.randrange(55 * 365, 64 * 365),
        ]
    )
    born = on - dt.timedelta(days=age_days)
    return gn.Member(
        birth_date=_maybe(rng, born, 0.05),
        sex=_maybe(rng, rng.choice(list(gn.Sex))),
        has_health_insurance=_maybe(rng, rng.random() < 0.8),
        attending_school=_maybe(rng, rng.random() < 0.7),
        education=_maybe(rng, rng.choice(list(gn.Education))),
        on_the_job_training=_maybe(rng, rng.random() < 0.5),
        employment=_maybe(rng, rng.choice(list(gn.Employment))),
        nutrition=_maybe(rng, rng.choice(list(gn.Nutrition))),
        disability=_maybe(rng, rng.random() < 0.1),
        social_allowance=_maybe(rng, rng.random() < 0.1),
        sick_untreated=_maybe(rng, rng.random() < 0.1),
        uses_phone=_maybe(rng, rng.random() < 0.8),
        uses_internet=_maybe(rng, rng.random() < 0.6),
    )


def _dwelling(rng: random.Random) -> gn.Dwelling:
    return gn.Dwelling(
        floor_area_m2=_maybe(rng, rng.choice([rng.randrange(4, 30), rng.randrange(30, 120)])),
        wall=_maybe(rng, rng.choice(list(gn.Material))),
        column=_maybe(rng, rng.choice(list(gn.Material))),
        roof=_maybe(rng, rng.choice(list(gn.Material))),
        water_source=_maybe(rng, rng.choice(list(gn.WaterSource))),
        latrine=_maybe(rng, rng.choice(list(gn.Latrine))),
        devices=_maybe(rng, frozenset(rng.sample(list(gn.Device), rng.randrange(0, 3)))),
        hears_loudspeaker=_maybe(rng, rng.random() < 0.7),
        waste_collected=_maybe(rng, rng.random() < 0.7),
    )


def households(standard: gn.Standard, on: dt.date, seed: int) -> list[gn.Household]:
    """The households of one date: incomes on and around the standard's lines, facts known or not."""
    rng = random.Random(seed)  # noqa: S311 - reproducible households, not secrets
    bounds = [b.upper(area).value for b in standard.bands for area in (gn.Area.RURAL, gn.Area.URBAN)]
    out = []
    for k in range(HOUSEHOLDS):
        bound = rng.choice(bounds)
        income = max(0, bound + rng.choice([-1, 0, 1, -bound // 5, bound // 4, rng.randrange(-bound // 2, bound)]))
        members = None if rng.random() < 0.1 else [_member(rng, on) for _ in range(rng.randrange(1, 7))]
        yearly = standard.income_period is gn.IncomePeriod.YEAR
        out.append(
            gn.Household(
                id=f"S{k}",
                area=rng.choice(list(gn.Area)),
                income_per_capita_monthly_vnd=None if yearly else income,
                income_yearly_vnd=income * len(members or [1]) if yearly else None,
                size=len(members or [1]) if yearly else None,
                members=members,
                dwelling=None if rng.random() < 0.1 else _dwelling(rng),
            )
        )
    return out


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def _entitlements(assessment: gn.Assessment, code: str) -> list[list[object]] | str:
    try:
        found = gn.entitlements(assessment, on=assessment.on, jurisdiction=code)
    except gn.GiamngheoError as error:
        return f"{type(error).__name__}: {error}"
    return [[e.policy.id, e.grant, str(e.share), e.at_least, e.amount_vnd, str(e.undetermined)] for e in found]


def outcome(standard: gn.Standard, on: dt.date, household: gn.Household) -> dict[str, object]:
    """What the standard decides for ``household`` on ``on``, as one line of its snapshot."""
    row: dict[str, object] = {"on": on.isoformat(), "household": household.id}
    try:
        a = gn.assess(household, on=on, standard=standard)
    except gn.GiamngheoError as error:
        return {**row, "error": f"{type(error).__name__}: {error}"}
    return {
        **row,
        "status": a.status.value,
        "band": a.band,
        "deprived": sorted(a.deprived),
        "undetermined": sorted(a.undetermined),
        "possible": sorted(s.value for s in a.possible),
        "needed": list(a.needed),
        "explain": [_digest(a.explain("vi")), _digest(a.explain("en"))],
        "entitlements": _entitlements(a, standard.jurisdiction),
    }


def lines(standard: gn.Standard) -> list[str]:
    window = standard.window
    dates = [window.start, window.start + (window.end - window.start) / 2, window.last_day]
    return [
        json.dumps(outcome(standard, on, household), ensure_ascii=False, sort_keys=True)
        for i, on in enumerate(dates)
        for household in households(standard, on, seed=_seed(standard.id, i))
    ]


def _seed(standard_id: str, i: int) -> int:
    return int(hashlib.sha256(f"{standard_id}/{i}".encode()).hexdigest()[:8], 16)


def test_every_standard_has_a_snapshot() -> None:
    assert len(STANDARDS) >= 10
    files = {p.stem for p in HERE.glob("*.jsonl")}
    assert files == {s.id for s in STANDARDS} or WRITE


@pytest.mark.parametrize("standard", STANDARDS, ids=[s.id for s in STANDARDS])
def test_outcomes_are_unchanged(standard: gn.Standard) -> None:
    path = HERE / f"{standard.id}.jsonl"
    got = lines(standard)
    if WRITE:
        path.write_text("\n".join(got) + "\n", encoding="utf-8")
    want = path.read_text(encoding="utf-8").splitlines()
    assert len(got) == len(want) == 3 * HOUSEHOLDS
    changed = [(w, g) for w, g in zip(want, got, strict=True) if w != g]
    assert not changed, f"{len(changed)} outcomes changed; the first:\n  was {changed[0][0]}\n  now {changed[0][1]}"
