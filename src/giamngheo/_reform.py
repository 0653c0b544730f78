"""Reforms and comparisons: how a change of standard moves households.

A reform is an immutable overlay of an existing standard: the lines raised by a factor, another deprivation
cut-off, some indicators dropped. Every value it changes is cited with ``Verification.USER`` and a note giving
the arithmetic, so that an explanation under the reform says which figures are the user's. A comparison
assesses a list of households under two standards and returns the transition table (how many poor become
near-poor, …) and the households that moved; a household that cannot be assessed is kept, with its error.
"""

from __future__ import annotations

import collections
import datetime as dt
import itertools
import math
from collections.abc import Iterable, Mapping, Sequence
from fractions import Fraction

import attrs

from giamngheo import _params
from giamngheo._assessment import assess, choose_standard, for_standard
from giamngheo._checks import check_date
from giamngheo._errors import GiamngheoError, InvalidInput
from giamngheo._household import Household
from giamngheo._jurisdictions import standard_in_force
from giamngheo._legal import Citation, Cited, Instrument, InstrumentKind, Timeline, Verification, Window
from giamngheo._model import Standard, Status, Text, check_lang
from giamngheo._numbers import exact_number
from giamngheo._policy import Policy

__all__ = ["Comparison", "Move", "compare", "reform", "reform_over_time", "reform_policy"]

_ORDER = (Status.POOR, Status.NEAR_POOR, Status.MIDDLE, Status.NOT_POOR, Status.UNDETERMINED)


def _factor(value: Fraction | int | str) -> Fraction:
    if isinstance(value, bool) or not isinstance(value, Fraction | int | str):
        raise InvalidInput("line_factor", f"give an exact factor (int, Fraction or a string like '1.3'), got {value!r}")
    try:
        factor = exact_number(value, "line_factor")
    except (ValueError, ZeroDivisionError):
        raise InvalidInput("line_factor", f"not a number: {value!r}") from None
    if factor <= 0:
        raise InvalidInput("line_factor", f"must be positive, got {value!r}")
    return factor


def _scaled(amount: int, factor: Fraction) -> int:
    """``amount × factor`` in whole VND, halves rounded up."""
    exact = amount * factor
    return math.floor(exact + Fraction(1, 2))


def _check_reform(base: object, id: object, name: object, note: object) -> None:  # noqa: A002 - the standard's id
    """The base standard, the id, the name and the note of a reform, of the types they must have."""
    if not isinstance(base, Standard):
        raise InvalidInput("base", f"must be a giamngheo.Standard, got {base!r}")
    if not isinstance(id, str) or not id:
        raise InvalidInput("id", f"give the reform an id (a non-empty string), got {id!r}")
    if name is not None and not isinstance(name, Text):
        raise InvalidInput("name", f"a giamngheo.Text or None, got {name!r}"[:300])
    if not isinstance(note, str):
        raise InvalidInput("note", f"a string, got {note!r}"[:300])


def _dropped(drop: object) -> frozenset[str]:
    """The ids of the indicators to drop: one id, or a collection of them."""
    if not isinstance(drop, Iterable) or isinstance(drop, bytes | dict):
        raise InvalidInput("drop", f"indicator ids to drop, got {drop!r}"[:300])
    listed = [drop] if isinstance(drop, str) else list(drop)
    for j in listed:
        if not isinstance(j, str):
            raise InvalidInput("drop", f"indicator ids are strings, got {j!r}"[:300])
    return frozenset(listed)


def _set_by_path(
    base: Standard,
    changes: object,
    citation: Citation,
    *,
    cutoff: object,
    line_factor: object,
    cited: bool,
) -> tuple[Standard, Text | None]:
    """``base`` with the values at ``changes``' paths set, and the summary of what was set (``None``: nothing)."""
    if changes is not None and not isinstance(changes, Mapping):
        raise InvalidInput("changes", f"a mapping of parameter paths to values, got {type(changes).__name__}")
    if not changes:
        if cited:
            raise InvalidInput("citation", "the citation of the values set by changes=, and no change is given")
        return base, None
    keys = {_params.key_of(base, path) for path in changes}
    if cutoff is not None and "deprivation_cutoff" in keys:
        raise InvalidInput("changes", "deprivation_cutoff: set twice, by its path and by cutoff=")
    if line_factor is not None and any(k.startswith("bands[") for k in keys):
        raise InvalidInput("changes", "a band's bound: set twice, by its path and by line_factor=")
    from giamngheo._sources import value_text  # noqa: PLC0415 - the sources' module imports the policies

    changed = _params.set_parameters(base, changes, citation=citation)
    now = _params.parameters(changed)
    shown = sorted(f"{k} = {value_text(now[f'{base.id}.{k}'].value.value, 'en')}" for k in keys)
    return changed, Text("đặt " + ", ".join(shown), "set " + ", ".join(shown))


def reform(
    base: Standard,
    changes: Mapping[str, object] | None = None,
    *,
    id: str,  # noqa: A002 - the standard's id
    line_factor: Fraction | int | str | None = None,
    cutoff: int | None = None,
    drop: Iterable[str] = (),
    name: Text | None = None,
    note: str = "",
    citation: Citation | None = None,
) -> Standard:
    """A standard derived from ``base``: any of its values set, its lines multiplied, its cut-off changed, indicators dropped.

    Args:
        base: The standard to start from (national, provincial, or loaded from a file).
        changes: Values to set, by their paths (:func:`giamngheo.parameters`): ``{"bands[0].upper_rural_vnd":
            1_800_000}``, ``{"vn-2022-2025.indicators.housing_area.min_m2_per_person": 10}``. Each new value is
            cited with ``citation``; every other value keeps its own.
        id: The new standard's id.
        line_factor: Multiply every band bound by this exact factor (``"1.3"``, ``Fraction(3, 2)``); each result
            is rounded to whole VND, halves up.
        cutoff: The new deprivation cut-off.
        drop: Ids of indicators to drop (a household stating one of them is then refused).
        name: The new standard's name (by default the base's, marked as a reform).
        note: Why, or by whom: repeated in every citation of a changed value.
        citation: The citation of the values ``changes`` sets, of ``Verification.USER`` (a reform of one's own)
            or ``DRAFT`` (a draft's figure); by default the user's, with ``note``. Never the law's.

    Returns:
        A new, frozen :class:`Standard` with the same window; ``base`` is unchanged.

    Raises:
        InvalidInput: for a non-positive or inexact factor, a cut-off below 1, an unknown indicator id, an
            unknown path or a value of the wrong type, a value set twice (a path and ``cutoff``, a bound and
            ``line_factor``), or a citation of the law's.
    """
    _check_reform(base, id, name, note)
    drop = _dropped(drop)
    unknown = drop - base.indicator_ids
    if unknown:
        raise InvalidInput("drop", f"{', '.join(sorted(unknown))}: not an indicator of {base.id}")
    author = _author(id, base.id)
    given = citation or author.cite(verification=Verification.USER, note=f"set by the reform {id}. {note}".strip())
    base, made = _set_by_path(base, changes, given, cutoff=cutoff, line_factor=line_factor, cited=citation is not None)
    changes_made = [made] if made is not None else []
    bands = base.bands
    if line_factor is not None:
        factor = _factor(line_factor)

        def scale(cited: Cited[int]) -> Cited[int]:
            value = _scaled(cited.value, factor)
            citation = author.cite(
                verification=Verification.USER,
                note=f"{cited.value:,} × {factor} = {value:,} VND (base: {cited.citation.render('en')}). {note}".strip(),
            )
            return Cited(value, citation)

        bands = tuple(
            attrs.evolve(b, upper_rural_vnd=scale(b.upper_rural_vnd), upper_urban_vnd=scale(b.upper_urban_vnd))
            for b in base.bands
        )
        changes_made.append(Text(f"chuẩn × {factor}", f"lines × {factor}"))
    deprivation_cutoff = base.deprivation_cutoff
    if cutoff is not None:
        remaining = len(base.indicators) - len(drop)
        if type(cutoff) is not int or not 1 <= cutoff <= remaining:
            raise InvalidInput(
                "cutoff", f"must be a whole number of deprivations from 1 to {remaining}, got {cutoff!r}"
            )
        deprivation_cutoff = Cited(cutoff, author.cite(verification=Verification.USER, note=note))
        changes_made.append(Text(f"ngưỡng thiếu hụt {cutoff}", f"cut-off {cutoff}"))
    indicators = tuple(i for i in base.indicators if i.id not in drop)
    if drop:
        if deprivation_cutoff is not None and deprivation_cutoff.value > len(indicators):
            raise InvalidInput(
                "drop", f"{len(indicators)} indicators would remain, under the cut-off {deprivation_cutoff.value}"
            )
        ids = ", ".join(sorted(drop))
        changes_made.append(Text(f"bỏ {ids}", f"without {ids}"))
    summary = Text(
        "; ".join(c.vi for c in changes_made) or "không thay đổi",
        "; ".join(c.en for c in changes_made) or "no change",
    )
    return attrs.evolve(
        base,
        id=id,
        name=name or Text(f"{base.name.vi} (điều chỉnh: {summary.vi})", f"{base.name.en} (reform: {summary.en})"),
        bands=bands,
        deprivation_cutoff=deprivation_cutoff,
        indicators=indicators,
        notes=(
            *base.notes,
            Text(
                f"Phương án điều chỉnh của người dùng từ {base.id}: {summary.vi}. {note}".strip(),
                f"A user's reform of {base.id}: {summary.en}. {note}".strip(),
            ),
        ),
    )


def _period(text: object, base: Standard, path: str) -> Window:
    """A period of a value, clipped to the base standard's window, which it must overlap.

    A :class:`Window`, ``"YYYY-MM-DD.YYYY-MM-DD"`` (both days included) or ``"YYYY-MM-DD"`` (from that day on).
    """
    field = f"changes[{path!r}]"
    if isinstance(text, Window):
        window = text
    elif isinstance(text, str):
        first, _, last = text.partition(".")
        try:
            start = dt.date.fromisoformat(first)
            end = max(base.window.end, start) if not last else dt.date.fromisoformat(last) + dt.timedelta(days=1)
        except (ValueError, OverflowError):
            reason = (
                "a period is 'YYYY-MM-DD.YYYY-MM-DD' (its first and last days), 'YYYY-MM-DD' (from that day on) or a "
                f"giamngheo.Window, got {text!r}"
            )
            raise InvalidInput(field, reason[:300]) from None
        if start == end:  # from a day after the base's window: outside it, said below
            end += dt.timedelta(days=1)
        if not start < end:
            raise InvalidInput(field, f"the period {text!r} ends before it starts")
        window = Window(start, end)
    else:
        raise InvalidInput(field, f"a period is a text or a giamngheo.Window, got {text!r}"[:300])
    start, end = max(window.start, base.window.start), min(window.end, base.window.end)
    if not start < end:
        raise InvalidInput(field, f"the period {window} is outside {base.id}'s window, {base.window}")
    return Window(start, end)


def _by_period(base: Standard, changes: object) -> dict[str, list[tuple[Window, object]]]:
    """Each path's values by period; a value given without a period applies over the whole window."""
    if not isinstance(changes, Mapping) or not changes:
        raise InvalidInput("changes", f"a non-empty mapping of parameter paths to values, got {changes!r}"[:300])
    found: dict[str, list[tuple[Window, object]]] = {}
    for path, given in changes.items():
        periods = [(_period(p, base, path), v) for p, v in given.items()] if isinstance(given, Mapping) else None
        if periods is None:
            periods = [(base.window, given)]
        if not periods:
            raise InvalidInput(f"changes[{path!r}]", "give at least one period and its value")
        periods.sort(key=lambda pair: pair[0].start)
        for (before, _), (after, _) in itertools.pairwise(periods):
            if after.start < before.end:
                raise InvalidInput(f"changes[{path!r}]", f"the periods {before} and {after} overlap")
        found[_params.key_of(base, path)] = periods
    return found


def reform_over_time(
    base: Standard,
    changes: Mapping[str, object],
    *,
    id: str,  # noqa: A002 - the standard's id
    name: Text | None = None,
    note: str = "",
    citation: Citation | None = None,
) -> Timeline[Standard]:
    """A reform whose values apply for periods: the reformed standards by date, over the base's window.

    Each value is given for the whole window, as :func:`reform` takes it, or by period, as PolicyEngine's
    reforms are: ``{"bands[0].upper_rural_vnd": {"2025-01-01.2025-12-31": 1_800_000}}``. A period is
    ``"YYYY-MM-DD.YYYY-MM-DD"`` (its first and last days), ``"YYYY-MM-DD"`` (from that day to the end of the
    window) or a :class:`~giamngheo.Window`; it is clipped to the base's window. Outside every period of a path,
    the value is the base's, with its own citation.

    The base's window is cut at every period's ends; each piece is one standard (:func:`reform` of the values in
    force over it, all with the id ``id``), and the timeline resolves a date to its piece: pass it as
    ``standard=`` to :func:`giamngheo.assess`, :func:`giamngheo.compare` or the batch engine, or pick one
    piece with ``.at(on=...)``.

    Args:
        base: The standard to start from.
        changes: Paths (:func:`giamngheo.parameters`) to a value, or to a mapping of periods to values.
        id: The id of the reformed standards.
        name: Their name (by default the base's, marked as a reform).
        note: Why, or by whom: repeated in every citation of a changed value.
        citation: The citation of the values set: ``Verification.USER`` or ``DRAFT``; by default the user's.

    Raises:
        InvalidInput: for a period that is not one, lies outside the base's window or overlaps another of the same
            path, and for what :func:`reform` refuses.
    """
    _check_reform(base, id, name, note)
    by_path = _by_period(base, changes)
    cuts = sorted(
        {base.window.start, base.window.end} | {d for ps in by_path.values() for w, _ in ps for d in (w.start, w.end)}
    )
    pieces = []
    for start, end in itertools.pairwise(cuts):
        piece = Window(start, end)
        inside = {
            path: value
            for path, periods in by_path.items()
            for window, value in periods
            if window.start <= start < window.end
        }
        standard = attrs.evolve(base, window=piece)
        if inside:
            standard = reform(standard, inside, id=id, name=name, note=note, citation=citation)
        else:  # the base's own values here: the reform's id, the law's citations
            standard = attrs.evolve(standard, id=id, name=name or base.name)
        pieces.append((piece, standard))
    return Timeline(Text(f"phương án {id} điều chỉnh {base.id}", f"reform {id} of {base.id}"), tuple(pieces))


def _author(id: str, what: str) -> Instrument:  # noqa: A002 - the reform's id
    """The user as the author of a reform: what its values are cited to, never an instrument of the law."""
    return Instrument(
        number=f"reform {id}",
        kind=InstrumentKind.OTHER,
        issuer_vi="người dùng",
        issuer_en="user",
        title_vi=f"Phương án điều chỉnh {what}",
        title_en=f"Reform of {what}",
        signed=None,
        effective=None,
        url="",
        verification=Verification.USER,
    )


def reform_policy(
    policy: Policy,
    changes: Mapping[str, object],
    *,
    note: str = "",
    citation: Citation | None = None,
) -> Policy:
    """``policy`` with any of its grants' values set: a share, an amount, a rate, a term, the months after leaving.

    The reformed policy keeps its id, so that given to :func:`giamngheo.entitlements` (``policies=[...]``) it
    applies instead of the encoded policy of that id. Each value set is cited with ``citation`` (by default the
    user's, with ``note``); every other value keeps its own.

    Args:
        policy: The policy to start from (``gn.policy("credit-vbsp-2025")``, one loaded from a file).
        changes: Paths (:func:`giamngheo.policies.policy_parameters`) to values: ``{"grants.poor.rate": "0.05"}``,
            ``{"health-insurance-188-2025.grants.near_poor.share": 1}``.
        note: Why, or by whom: in every citation of a changed value and in the policy's notes.
        citation: The citation of the values set: ``Verification.USER`` or ``DRAFT``, never the law's.

    Raises:
        InvalidInput: for an unknown path (naming the closest), a value of the wrong type or out of its bounds,
            or a citation of the law's.
    """
    if not isinstance(policy, Policy):
        raise InvalidInput("policy", f"must be a giamngheo.Policy, got {policy!r}"[:300])
    if not isinstance(note, str):
        raise InvalidInput("note", f"a string, got {note!r}"[:300])
    if not isinstance(changes, Mapping) or not changes:
        raise InvalidInput("changes", f"a non-empty mapping of parameter paths to values, got {changes!r}"[:300])
    given = citation or _author(policy.id, policy.id).cite(
        verification=Verification.USER, note=f"set by a reform of {policy.id}. {note}".strip()
    )
    changed = _params.set_policy_parameters(policy, changes, citation=given)
    keys = sorted(path.removeprefix(f"{policy.id}.") for path in changes)
    summary = Text(
        f"Phương án điều chỉnh của người dùng: đặt {', '.join(keys)}. {note}".strip(),
        f"A user's reform: set {', '.join(keys)}. {note}".strip(),
    )
    return attrs.evolve(changed, notes=(*policy.notes, summary))


@attrs.frozen
class Move:
    """A household whose status differs between the two standards.

    Attributes:
        index: Its position in the list compared (from 0).
        household_id: Its id, if it has one.
        before: Its status under the base standard.
        after: Its status under the other.
    """

    index: int
    household_id: str | None
    before: Status
    after: Status


@attrs.frozen
class Comparison:
    """Two standards applied to the same households on the same date.

    Attributes:
        on: The date.
        base: The standard compared from.
        other: The standard compared to.
        transitions: How many households went from each status to each status (unchanged ones included).
        moved: The households whose status changed, in input order.
        errors: ``(index, household id, message)`` of every household that could not be assessed under one of the
            standards; none is dropped silently.
        total: The number of households compared.
    """

    on: dt.date
    base: Standard
    other: Standard
    transitions: dict[tuple[Status, Status], int]
    moved: tuple[Move, ...]
    errors: tuple[tuple[int, str | None, str], ...]
    total: int

    def count(self, status: Status, *, side: str = "base") -> int:
        """How many households have ``status`` under the ``"base"`` or the ``"other"`` standard."""
        if side not in {"base", "other"}:
            raise InvalidInput("side", f"'base' or 'other', got {side!r}")
        position = 0 if side == "base" else 1
        return sum(n for pair, n in self.transitions.items() if pair[position] is status)

    def table(self, lang: str = "vi") -> str:
        """The transition table as text: rows are the base statuses, columns the other's."""
        check_lang(lang)
        statuses = [s for s in _ORDER if any(s in pair for pair in self.transitions)]
        width = max([len(s.value) for s in statuses] + [len("total")])
        corner = f"{self.base.id} → {self.other.id}"
        lines = [
            f"{corner:<{max(width, len(corner))}}"
            + "".join(f"{s.value:>{width + 2}}" for s in statuses)
            + f"{'total':>{width + 2}}"
        ]
        first = max(width, len(corner))
        for before in statuses:
            row = [self.transitions.get((before, after), 0) for after in statuses]
            lines.append(
                f"{before.value:<{first}}" + "".join(f"{n:>{width + 2}}" for n in row) + f"{sum(row):>{width + 2}}"
            )
        totals = [self.count(after, side="other") for after in statuses]
        lines.append(
            f"{'total':<{first}}" + "".join(f"{n:>{width + 2}}" for n in totals) + f"{sum(totals):>{width + 2}}"
        )
        moved = len(self.moved)
        if lang == "vi":
            lines.append(f"{moved}/{self.total} hộ thay đổi phân loại; {len(self.errors)} hộ không đánh giá được.")
        else:
            lines.append(f"{moved} of {self.total} households change status; {len(self.errors)} could not be assessed.")
        return "\n".join(lines)

    def __str__(self) -> str:
        return self.table("en")


def _resolve(standard: Standard | Timeline[Standard] | str | None, on: dt.date, field: str) -> Standard:
    if standard is not None and not isinstance(standard, Standard | Timeline | str):
        raise InvalidInput(
            field, f"a giamngheo.Standard, a timeline of them or a jurisdiction's code, got {standard!r}"[:300]
        )
    if standard is None:
        return standard_in_force(on=on)
    if isinstance(standard, str):
        return standard_in_force(on=on, jurisdiction=standard)
    if isinstance(standard, Timeline):
        return choose_standard(on, standard, None)
    return standard  # a standard not in force on ``on`` is each household's error, as assess gives it


def compare(
    households: Sequence[Household] | Iterable[Household],
    *,
    on: dt.date,
    other: Standard | Timeline[Standard] | str,
    base: Standard | Timeline[Standard] | str | None = None,
) -> Comparison:
    """Assess ``households`` under ``base`` and ``other`` on ``on``, and tabulate the moves.

    Args:
        households: The households, in any iterable; their order is kept in :attr:`Comparison.moved`.
        on: The date of the assessments.
        other: The standard compared to: a :class:`Standard` (a reform, a file loaded with
            ``gn.load_standard``), a timeline of them (:func:`reform_over_time`) or a jurisdiction code such as
            ``"74"``. Under a standard that measures income
            only, stated deprivations are not used (they are not refused).
        base: The standard compared from: by default the national one in force; a standard or a code.

    Returns:
        The :class:`Comparison`.

    Raises:
        NoRuleInForce: if a standard given by jurisdiction code is not in force on ``on``.
    """
    check_date(on)
    if not isinstance(households, Iterable) or isinstance(households, str | bytes | dict):
        raise InvalidInput("households", f"a list of giamngheo.Household, got {type(households).__name__}")
    base_standard, other_standard = _resolve(base, on, "base"), _resolve(other, on, "other")
    transitions: collections.Counter[tuple[Status, Status]] = collections.Counter()
    moved: list[Move] = []
    errors: list[tuple[int, str | None, str]] = []
    total = 0
    for index, household in enumerate(households):
        total += 1
        if not isinstance(household, Household):
            errors.append((index, None, f"must be a giamngheo.Household, got {type(household).__name__}"))
            continue
        try:
            before = assess(for_standard(household, base_standard)[0], on=on, standard=base_standard).status
            after = assess(for_standard(household, other_standard)[0], on=on, standard=other_standard).status
        except GiamngheoError as error:
            errors.append((index, getattr(household, "id", None), str(error)))
            continue
        transitions[before, after] += 1
        if before is not after:
            moved.append(Move(index, household.id, before, after))
    return Comparison(on, base_standard, other_standard, dict(transitions), tuple(moved), tuple(errors), total)
