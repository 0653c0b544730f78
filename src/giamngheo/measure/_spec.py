"""The specification of a multidimensional measure: indicators, weights, the cut-off ``k``; two of them built in.

References:
    * OPHI and UNDP, Global Multidimensional Poverty Index, methodological notes (the global MPI's weights and
      k = 1/3): https://ophi.org.uk/global-mpi ; https://hdr.undp.org/content/2023-global-multidimensional-poverty-index-mpi
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from fractions import Fraction

import attrs

from giamngheo._errors import InvalidInput
from giamngheo._model import Standard, Text
from giamngheo.measure._inputs import check_type, exact_fraction

Weight = int | Fraction


@attrs.frozen
class AFSpec:
    """The indicators of a measure and their weights, which add up to exactly 1.

    Attributes:
        id: The measure's id.
        name: Its name.
        weights: ``(indicator id, weight)`` in the order of the indicators.
        k: The default poverty cut-off: poor when the weighted score is at least ``k``.
        source: Where the weights and cut-off come from.
    """

    id: str
    name: Text
    weights: tuple[tuple[str, Fraction], ...]
    k: Fraction
    source: str

    def __attrs_post_init__(self) -> None:
        if not isinstance(self.id, str):
            raise InvalidInput("id", f"a measure's id is a string, got {self.id!r}"[:300])
        check_type("name", self.name, Text, "a giamngheo.Text")
        check_type("source", self.source, str, "a string")
        if not isinstance(self.weights, tuple) or not all(
            isinstance(pair, tuple) and len(pair) == 2 and isinstance(pair[0], str) and type(pair[1]) is Fraction
            for pair in self.weights
        ):
            raise InvalidInput("weights", f"{self.id}: (indicator id, Fraction) pairs, got {self.weights!r}"[:300])
        if type(self.k) is not Fraction:
            raise InvalidInput("k", f"{self.id}: the cut-off as a Fraction, got {self.k!r}"[:300])
        ids = [j for j, _ in self.weights]
        if len(set(ids)) != len(ids) or not ids:
            raise InvalidInput("weights", f"{self.id}: give each indicator once, at least one, got {ids}")
        total = sum((w for _, w in self.weights), Fraction(0))
        if total != 1:
            raise InvalidInput("weights", f"{self.id}: the weights must add up to exactly 1, they add up to {total}")
        if not 0 < self.k <= 1:
            raise InvalidInput("k", f"{self.id}: the cut-off must be above 0 and at most 1, got {self.k}")

    @classmethod
    def of(
        cls,
        id: str,  # noqa: A002 - the id of the measure, as AFSpec names it
        weights: Mapping[str, object],
        *,
        k: object,
        name: Text | None = None,
        source: str = "user",
    ) -> AFSpec:
        """A spec from a mapping of weights given exactly (``{"water": "1/6", …}``)."""
        if not isinstance(weights, Mapping):
            raise InvalidInput("weights", f"a mapping of indicator id to weight, got {weights!r}"[:300])
        exact = tuple((str(j), exact_fraction(f"weights[{j!r}]", w)) for j, w in weights.items())
        return cls(id, name or Text(id, id), exact, exact_fraction("k", k, positive=True), source)

    @property
    def indicator_ids(self) -> tuple[str, ...]:
        """The indicators, in order."""
        return tuple(j for j, _ in self.weights)

    def score(self, deprived: Iterable[str]) -> Fraction:
        """The weighted deprivation score of a household deprived in ``deprived``."""
        weights = dict(self.weights)
        return sum((weights[j] for j in deprived if j in weights), Fraction(0))


def national_spec(standard: Standard) -> AFSpec:
    """The preset of a multidimensional standard: equal weights over its indicators, ``k`` = its cut-off.

    Under Nghị định 07/2021/NĐ-CP, 12 indicators weigh 1/12 each and k = 3/12: a household deprived in 3 or more is
    poor *in the Alkire-Foster sense*. The legal status also needs the income test; this preset measures the
    deprivation side only.

    Raises:
        InvalidInput: for a standard without indicators (income only).
    """
    check_type("standard", standard, Standard, "a giamngheo.Standard")
    ids = tuple(i.id for i in standard.indicators)
    if not ids or standard.deprivation_cutoff is None:
        raise InvalidInput("standard", f"{standard.id} measures income only: there is nothing to weigh")
    d = len(ids)
    return AFSpec(
        id=f"{standard.id}-equal-weights",
        name=Text(f"{standard.name.vi}: trọng số bằng nhau", f"{standard.name.en}: equal weights"),
        weights=tuple((j, Fraction(1, d)) for j in ids),
        k=Fraction(standard.deprivation_cutoff.value, d),
        source=f"{standard.basis.render('en')}; equal weights and k = cut-off / {d}: giamngheo's preset",
    )


#: The global MPI's ten indicators and weights (k = 1/3), an example of nested weights: health and education
#: 1/3 each (two indicators of 1/6), living standards 1/3 (six indicators of 1/18). Its indicator ids are the
#: global MPI's, not giamngheo's: map your data onto them to use it.
GLOBAL_MPI = AFSpec(
    id="global-mpi",
    name=Text("Chỉ số nghèo đa chiều toàn cầu (OPHI, UNDP)", "Global Multidimensional Poverty Index (OPHI, UNDP)"),
    weights=(
        ("nutrition", Fraction(1, 6)),
        ("child_mortality", Fraction(1, 6)),
        ("years_of_schooling", Fraction(1, 6)),
        ("school_attendance", Fraction(1, 6)),
        ("cooking_fuel", Fraction(1, 18)),
        ("sanitation", Fraction(1, 18)),
        ("drinking_water", Fraction(1, 18)),
        ("electricity", Fraction(1, 18)),
        ("housing", Fraction(1, 18)),
        ("assets", Fraction(1, 18)),
    ),
    k=Fraction(1, 3),
    source="OPHI and UNDP, Global MPI methodological notes: https://ophi.org.uk/global-mpi",
)
