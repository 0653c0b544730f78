"""Deprivation indicators computed from household members and dwelling.

Each kind of test is a :class:`Rule`: a stable name, the threshold keys it reads, the facts it reads, an
``evaluate`` function that decides, and a ``describe`` function that says why. The thresholds themselves are
data of the :class:`~giamngheo.Indicator` (cited, dated with their standard, overridable); the rules hold no
legal number.

Every test uses three-valued logic: a fact left unknown (``None``) makes the indicator *undetermined* unless
the known facts already decide it, and an undetermined result lists the fields that would decide it, as
Python paths into the household (``"members[1].has_health_insurance"``, ``"dwelling.water_source"``;
members count from 0 there, and from 1 in explanations).

The evaluation path builds no objects beyond small tuples, so that a household of four is assessed in a few
microseconds; :class:`Finding` objects and their reasons are built only when asked for.
"""

from __future__ import annotations

import calendar
import datetime as dt
import enum
import functools
from collections.abc import Callable, Sequence
from fractions import Fraction
from typing import TYPE_CHECKING, Any, Final

import attrs

from giamngheo._facts import Dwelling, Education, Material, Member
from giamngheo._model import Rule, Text

if TYPE_CHECKING:
    from giamngheo._household import Household
    from giamngheo._model import Indicator

__all__ = ["RULES", "Context", "Finding", "Outcome", "Rule", "evaluate_all", "finding", "outcome_ids"]


class Outcome(enum.Enum):
    """The result of one indicator for one household."""

    DEPRIVED = "deprived"
    NOT_DEPRIVED = "not_deprived"
    UNDETERMINED = "undetermined"

    def label(self, lang: str) -> str:
        """``"thiếu hụt"`` / ``"deprived"`` …."""
        return _OUTCOME_LABELS[self](lang)


_OUTCOME_LABELS = {
    Outcome.DEPRIVED: Text("thiếu hụt", "deprived"),
    Outcome.NOT_DEPRIVED: Text("không thiếu hụt", "not deprived"),
    Outcome.UNDETERMINED: Text("chưa xác định", "undetermined"),
}

# Raw results: (code, culprits, missing). Codes are small ints so that the hot path compares ints.
DEPRIVED: Final = 1
NOT_DEPRIVED: Final = 0
UNDETERMINED: Final = 2
_CODES = {DEPRIVED: Outcome.DEPRIVED, NOT_DEPRIVED: Outcome.NOT_DEPRIVED, UNDETERMINED: Outcome.UNDETERMINED}
Raw = tuple[int, tuple[int, ...], tuple[str, ...]]
_NOT: Raw = (NOT_DEPRIVED, (), ())
_NO_MEMBERS: Raw = (UNDETERMINED, (), ("members",))


class Context:
    """The facts of one household on one date, as the rules read them (ages computed once)."""

    __slots__ = ("ages", "dwelling", "members", "on", "size")

    def __init__(self, household: Household, on: dt.date) -> None:
        self.on = on
        members = household.members
        self.members: tuple[Member, ...] | None = members
        if members is None:
            self.ages: tuple[int | None, ...] = ()
        else:  # age_on, written out over precomputed birth dates: this runs for every assessment
            year, day = on.year, (on.month, on.day)
            leap_day = (2, 29) if calendar.isleap(year) else (2, 28)  # as relativedelta: see giamngheo.age_on
            self.ages = tuple(
                [
                    None if b is None else year - b[0] - (day < (leap_day if b[1] == (2, 29) else b[1]))
                    for b in household._births  # noqa: SLF001
                ]
            )
        self.dwelling: Dwelling | None = household.dwelling
        self.size: int | None = household.size if members is None else len(members)


_NO_REASON = Text("", "")


@attrs.frozen
class Finding:
    """One indicator's result for one household, with the reason.

    Attributes:
        indicator: The indicator.
        outcome: Deprived, not deprived, or undetermined.
        members: Positions (from 0) of the members whose facts make the household deprived.
        missing: For an undetermined result, the fields that would decide it.
        reason: Why, in both languages, naming members by position or id (never by name) and the threshold.
        stated: ``True`` if the deprivation was stated, not computed.
    """

    indicator: Indicator
    outcome: Outcome
    members: tuple[int, ...] = ()
    missing: tuple[str, ...] = ()
    reason: Text = _NO_REASON
    stated: bool = False


def evaluate_all(indicators: Sequence[Indicator], context: Context) -> tuple[Raw, ...]:
    """The raw result of each indicator, in order; an indicator without a rule is undetermined."""
    return tuple(
        [
            (UNDETERMINED, (), (f"deprived:{i.id}",)) if i.rule is None else i.rule.evaluate(i._values, context)  # noqa: SLF001
            for i in indicators
        ]
    )


def outcome_ids(indicators: Sequence[Indicator], context: Context) -> tuple[frozenset[str], frozenset[str]]:
    """The ids of the deprived and of the undetermined indicators: the assessment's fast path."""
    deprived: list[str] = []
    undetermined: list[str] = []
    for i in indicators:
        check = i._check  # noqa: SLF001 - the fast path
        code = UNDETERMINED if check is None else check(context)[0]
        if code == DEPRIVED:
            deprived.append(i.id)
        elif code == UNDETERMINED:
            undetermined.append(i.id)
    return frozenset(deprived), frozenset(undetermined)


def finding(indicator: Indicator, context: Context, raw: Raw) -> Finding:
    """The :class:`Finding` of a raw result, with its reason in both languages."""
    rule = indicator.rule
    if rule is None:
        reason = Text(
            "Chỉ số này không tính được từ thông tin thành viên và nhà ở; hãy khai trực tiếp.",
            "This indicator cannot be computed from members and dwelling; state it directly.",
        )
    else:
        values = indicator._values  # noqa: SLF001
        if raw[0] == UNDETERMINED:  # says what is missing, the same way for every rule
            vi, en = _unknown(raw, "vi"), _unknown(raw, "en")
        else:
            vi, en = (rule.describe(values, context, raw, lang) for lang in ("vi", "en"))
        reason = Text(vi[:1].upper() + vi[1:], en[:1].upper() + en[1:])
    return Finding(indicator, _CODES[raw[0]], raw[1], raw[2], reason)


# --- building blocks ---------------------------------------------------------------------------------------


def _result(culprits: list[int], missing: list[str]) -> Raw:
    if culprits:
        return (DEPRIVED, tuple(culprits), ())
    if missing:
        return (UNDETERMINED, (), tuple(missing))
    return _NOT


def _who(context: Context, i: int, lang: str) -> str:
    """``"thành viên số 2 (8 tuổi)"`` / ``"member 2 (aged 8)"``; the id if the member has one, never a name."""
    assert context.members is not None  # noqa: S101 - only called for listed members
    member, age = context.members[i], context.ages[i]
    name = f"thành viên số {i + 1}" if lang == "vi" else f"member {i + 1}"
    if member.id is not None:
        name += f" [{member.id}]"
    if age is None:
        return name
    return f"{name} ({age} tuổi)" if lang == "vi" else f"{name} (aged {age})"


def _whos(context: Context, culprits: Sequence[int], lang: str) -> str:
    return ", ".join(_who(context, i, lang) for i in culprits)


def _fields(missing: Sequence[str]) -> str:
    return ", ".join(missing)


def _unknown(raw: Raw, lang: str) -> str:
    return ("Còn thiếu: " if lang == "vi" else "Still needed: ") + _fields(raw[2]) + "."


def _member_conjunction(
    low: int | None,
    high: int | None,
    facts: Callable[[Member, int | None], Sequence[tuple[bool | None, str]]],
    context: Context,
) -> Raw:
    """Deprived if some member aged ``low`` to under ``high`` has every one of ``facts`` hold.

    Each fact is ``(holds, field)`` with ``holds`` ``None`` when the field is unknown. Three-valued: a member is
    a culprit if all is known and true, cannot be one if anything known is false, and otherwise contributes the
    unknown fields (their birth date first, if their age is unknown) to ``missing``.
    """
    members = context.members
    if members is None:
        return _NO_MEMBERS
    culprits: list[int] = []
    missing: list[str] = []
    ages = context.ages
    for i, member in enumerate(members):
        age = ages[i]
        if age is not None and ((low is not None and age < low) or (high is not None and age >= high)):
            continue
        unknown: list[str] = [] if age is not None else [f"members[{i}].birth_date"]
        refuted = False
        for holds, field in facts(member, age):
            if holds is False:
                refuted = True
                break
            # A fact can be unknown because the age is: then only the birth date (listed above) is missing.
            if holds is None and getattr(member, field) is None:
                path = f"members[{i}].{field}"
                if path not in unknown:
                    unknown.append(path)
        if refuted:
            continue
        if unknown:
            missing.extend(unknown)
        else:
            culprits.append(i)
    return _result(culprits, missing)


def _single(low: int | None, high: int | None, field: str, bad: frozenset[object], context: Context) -> Raw:
    """Deprived if some member aged ``low`` to under ``high`` has a ``field`` value in ``bad``.

    The common one-fact case of :func:`_member_conjunction`, written out because every assessment runs it.
    """
    members = context.members
    if members is None:
        return _NO_MEMBERS
    culprits: list[int] = []
    missing: list[str] = []
    ages = context.ages
    for i, member in enumerate(members):
        value = getattr(member, field)
        if value is not None and value not in bad:
            continue
        age = ages[i]
        if age is None:
            missing.append(f"members[{i}].birth_date")
            if value is None:
                missing.append(f"members[{i}].{field}")
        elif (low is None or age >= low) and (high is None or age < high):
            if value is None:
                missing.append(f"members[{i}].{field}")
            else:
                culprits.append(i)
    return _result(culprits, missing)


def _no_member(context: Context, uses: Callable[[Member], bool | None], fields: tuple[str, ...]) -> Raw:
    """Deprived if no member ``uses`` the service; undetermined while a member's use is unknown."""
    members = context.members
    if members is None:
        return _NO_MEMBERS
    missing: list[str] = []
    for i, member in enumerate(members):
        used = uses(member)
        if used is True:
            return _NOT
        if used is None:
            missing.extend(f"members[{i}].{f}" for f in fields if getattr(member, f) is None)
    if missing:
        return (UNDETERMINED, (), tuple(missing))
    return (DEPRIVED, tuple(range(len(members))), ())


def _labels(items: object, lang: str) -> str:
    values = sorted(items, key=lambda e: e.value) if isinstance(items, frozenset) else list(items)  # type: ignore[call-overload]
    return ", ".join(v.label(lang) for v in values)


def _vi_en(lang: str, vi: str, en: str) -> str:
    return vi if lang == "vi" else en


# --- health ------------------------------------------------------------------------------------------------


_FALSE: frozenset[object] = frozenset({False})
_TRUE: frozenset[object] = frozenset({True})


def _insurance_eval(v: dict[str, Any], c: Context) -> Raw:
    return _single(v["min_age"], None, "has_health_insurance", _FALSE, c)


def _insurance_bind(v: dict[str, Any]) -> Callable[[Context], Raw]:
    return functools.partial(_single, v["min_age"], None, "has_health_insurance", _FALSE)


def _insurance_describe(v: dict[str, Any], c: Context, raw: Raw, lang: str) -> str:
    low = v["min_age"]
    if raw[0] == DEPRIVED:
        return _vi_en(
            lang,
            f"{_whos(c, raw[1], lang)}: từ đủ {low} tuổi trở lên và không có bảo hiểm y tế.",
            f"{_whos(c, raw[1], lang)}: aged {low} or over, without health insurance.",
        )
    return _vi_en(
        lang,
        f"Mọi thành viên từ đủ {low} tuổi trở lên đều có bảo hiểm y tế.",
        f"Every member aged {low} or over has health insurance.",
    )


def _care_eval(_v: dict[str, Any], c: Context) -> Raw:
    return _single(None, None, "sick_untreated", _TRUE, c)


def _care_describe(_v: dict[str, Any], c: Context, raw: Raw, lang: str) -> str:
    if raw[0] == DEPRIVED:
        return _vi_en(
            lang,
            f"{_whos(c, raw[1], lang)}: bị ốm đau nhưng không đi khám chữa bệnh.",
            f"{_whos(c, raw[1], lang)}: was ill and did not seek medical care.",
        )
    return _vi_en(lang, "Không có thành viên ốm đau mà không đi khám chữa bệnh.", "No member went without care.")


def _nutrition_eval(v: dict[str, Any], c: Context) -> Raw:
    return _single(None, v["max_age"], "nutrition", v["forms"], c)


def _nutrition_bind(v: dict[str, Any]) -> Callable[[Context], Raw]:
    return functools.partial(_single, None, v["max_age"], "nutrition", v["forms"])


def _nutrition_describe(v: dict[str, Any], c: Context, raw: Raw, lang: str) -> str:
    high = v["max_age"]
    if raw[0] == DEPRIVED:
        assert c.members is not None  # noqa: S101
        forms = "; ".join(
            f"{_who(c, i, lang)}: {c.members[i].nutrition.label(lang)}"  # type: ignore[union-attr]
            for i in raw[1]
        )
        return _vi_en(
            lang, f"Trẻ em dưới {high} tuổi bị suy dinh dưỡng: {forms}.", f"Child under {high} malnourished: {forms}."
        )
    return _vi_en(
        lang, f"Không có trẻ em dưới {high} tuổi bị suy dinh dưỡng.", f"No child under {high} is malnourished."
    )


# --- education ---------------------------------------------------------------------------------------------


def _school_eval(v: dict[str, Any], c: Context) -> Raw:
    return _single(v["min_age"], v["max_age"], "attending_school", _FALSE, c)


def _school_bind(v: dict[str, Any]) -> Callable[[Context], Raw]:
    return functools.partial(_single, v["min_age"], v["max_age"], "attending_school", _FALSE)


def _school_describe(v: dict[str, Any], c: Context, raw: Raw, lang: str) -> str:
    low, high = v["min_age"], v["max_age"]
    if raw[0] == DEPRIVED:
        return _vi_en(
            lang,
            f"{_whos(c, raw[1], lang)}: từ {low} đến dưới {high} tuổi, không đi học đúng bậc, cấp học.",
            f"{_whos(c, raw[1], lang)}: aged {low} to under {high}, not attending school at the right level.",
        )
    return _vi_en(
        lang,
        f"Mọi trẻ em từ {low} đến dưới {high} tuổi đều đi học (hoặc hộ không có trẻ em ở độ tuổi này).",
        f"Every child aged {low} to under {high} attends school (or there is none).",
    )


def _lacks(education: Education | None, accepted: frozenset[Education]) -> bool | None:
    return None if education is None else education not in accepted


def _from_bind(bind: Callable[[dict[str, Any]], Callable[[Context], Raw]]) -> Callable[[dict[str, Any], Context], Raw]:
    def evaluate(v: dict[str, Any], c: Context) -> Raw:
        return bind(v)(c)

    return evaluate


def _adult_2016_bind(v: dict[str, Any]) -> Callable[[Context], Raw]:
    low, born_from, accepted = v["min_age"], v["born_from_year"], v["accepted_levels"]

    return functools.partial(
        _member_conjunction,
        low,
        None,
        lambda m, _age: (
            (None if m.birth_date is None else m.birth_date.year >= born_from, "birth_date"),
            (_lacks(m.education, accepted), "education"),
            (None if m.attending_school is None else not m.attending_school, "attending_school"),
        ),
    )


_adult_2016_eval = _from_bind(_adult_2016_bind)


def _adult_2016_describe(v: dict[str, Any], c: Context, raw: Raw, lang: str) -> str:
    low, born_from = v["min_age"], v["born_from_year"]
    if raw[0] == DEPRIVED:
        return _vi_en(
            lang,
            f"{_whos(c, raw[1], lang)}: từ {low} tuổi trở lên, sinh từ năm {born_from}, chưa tốt nghiệp trung học cơ "
            "sở và không đi học.",
            f"{_whos(c, raw[1], lang)}: aged {low} or over, born in {born_from} or later, without lower secondary "
            "school and not in school.",
        )
    return _vi_en(
        lang,
        f"Không có thành viên từ {low} tuổi, sinh từ năm {born_from}, chưa tốt nghiệp trung học cơ sở mà không đi học.",
        f"No member aged {low}+ born in {born_from} or later lacks lower secondary school while out of school.",
    )


def _adult_2022_bind(v: dict[str, Any]) -> Callable[[Context], Raw]:
    low, split, high = v["min_age"], v["split_age"], v["max_age"]
    young, older = v["accepted_levels_young"], v["accepted_levels_older"]

    def lacks(m: Member, age: int | None) -> bool | None:
        if m.education is None:
            return None
        if age is None:  # decided without the age only if both age groups agree
            a, b = m.education not in young, m.education not in older
            return a if a == b else None
        return m.education not in (young if age < split else older)

    return functools.partial(
        _member_conjunction,
        low,
        high,
        lambda m, age: (
            (lacks(m, age), "education"),
            (None if m.attending_school is None else not m.attending_school, "attending_school"),
            (None if m.on_the_job_training is None else not m.on_the_job_training, "on_the_job_training"),
        ),
    )


_adult_2022_eval = _from_bind(_adult_2022_bind)


def _adult_2022_describe(v: dict[str, Any], c: Context, raw: Raw, lang: str) -> str:
    low, split, high = v["min_age"], v["split_age"], v["max_age"]
    if raw[0] == DEPRIVED:
        return _vi_en(
            lang,
            f"{_whos(c, raw[1], lang)}: từ {low} đến {high - 1} tuổi, không đi học, không có bằng cấp theo độ tuổi "
            f"(dưới {split} tuổi: trung học cơ sở; từ {split} tuổi: trung học phổ thông hoặc sơ cấp, trung cấp, "
            "cao đẳng) và không được đào tạo nghề tại chỗ.",
            f"{_whos(c, raw[1], lang)}: aged {low} to {high - 1}, not studying, without the qualification for "
            f"their age (under {split}: lower secondary; {split} and over: upper secondary or a vocational "
            "certificate) and not in certified on-the-job training.",
        )
    return _vi_en(
        lang,
        f"Mọi thành viên từ {low} đến {high - 1} tuổi đều đang học hoặc có bằng cấp theo độ tuổi.",
        f"Every member aged {low} to {high - 1} is studying or holds the qualification for their age.",
    )


# --- employment --------------------------------------------------------------------------------------------


def _working_age(v: dict[str, Any], c: Context, m: Member, age: int | None) -> bool | None:
    """From the minimum working age until the retirement age; ``None`` if the birth date or a needed sex is unknown."""
    if age is None or m.birth_date is None:
        return None
    if age < v["min_working_age"]:
        return False
    schedule = v["retirement"]
    if age * 12 < schedule.earliest_months - 12:  # a year below the lowest retirement age: surely working age
        return True
    if m.sex is not None:
        return bool(schedule.of_working_age(m.birth_date, m.sex, c.on))
    by_sex = {schedule.of_working_age(m.birth_date, sex, c.on) for sex, _ in schedule.start_months}
    return by_sex.pop() if len(by_sex) == 1 else None


def _employment_eval(v: dict[str, Any], c: Context) -> Raw:
    kinds = v["deprived_employment"]
    members = c.members
    if members is None:
        return _NO_MEMBERS
    culprits: list[int] = []
    missing: list[str] = []
    for i, m in enumerate(members):
        if m.employment is not None and m.employment not in kinds:
            continue
        in_scope = _working_age(v, c, m, c.ages[i])
        if in_scope is False:
            continue
        unknown = []
        if in_scope is None:
            unknown.append(f"members[{i}].birth_date" if m.birth_date is None else f"members[{i}].sex")
        if m.employment is None:
            unknown.append(f"members[{i}].employment")
        if unknown:
            missing.extend(unknown)
        else:
            culprits.append(i)
    return _result(culprits, missing)


def _employment_describe(v: dict[str, Any], c: Context, raw: Raw, lang: str) -> str:
    if raw[0] == DEPRIVED:
        assert c.members is not None  # noqa: S101
        who = "; ".join(f"{_who(c, i, lang)}: {c.members[i].employment.label(lang)}" for i in raw[1])  # type: ignore[union-attr]
        return _vi_en(lang, f"Người trong độ tuổi lao động: {who}.", f"Of working age: {who}.")
    kinds = _labels(v["deprived_employment"], lang)
    return _vi_en(
        lang,
        f"Không có người trong độ tuổi lao động thuộc diện: {kinds}.",
        f"No member of working age is: {kinds}.",
    )


def _k_or(*values: bool | None) -> bool | None:
    """Kleene's three-valued "or": true if one is true, false if all are false, else unknown."""
    if True in values:
        return True
    return False if all(v is False for v in values) else None


def _k_and(*values: bool | None) -> bool | None:
    """Kleene's three-valued "and"."""
    if False in values:
        return False
    return True if all(v is True for v in values) else None


def _dependant(v: dict[str, Any], m: Member, age: int | None) -> bool | None:
    """Whether a member is a dependant; ``None`` if the known facts do not say.

    A dependant is a child, or an elderly or disabled member (with a monthly social allowance where the
    definition requires one).
    """
    if age is not None and age < v["child_under"]:
        return True
    young = None if age is None else False
    old = None if age is None else age >= v["elderly_from"]
    allowance = m.social_allowance if v["requires_social_allowance"] else True
    return _k_or(young, _k_and(_k_or(old, m.disability), allowance))


def _dependants_eval(v: dict[str, Any], c: Context) -> Raw:
    members = c.members
    if members is None:
        return _NO_MEMBERS
    share: Fraction = v["max_share"]
    p, q = share.numerator, share.denominator
    sure: list[int] = []
    unsure: list[int] = []
    ages = c.ages
    child, elderly, needs_allowance = v["child_under"], v["elderly_from"], v["requires_social_allowance"]
    for i, m in enumerate(members):
        age = ages[i]
        if age is not None and not needs_allowance:  # the common case, written out
            if age < child or age >= elderly or m.disability is True:
                sure.append(i)
            elif m.disability is None:
                unsure.append(i)
            continue
        is_dependant = _dependant(v, m, age)
        if is_dependant is True:
            sure.append(i)
        elif is_dependant is None:
            unsure.append(i)
    n = len(members)
    # dependants / n > p / q, compared exactly in integers.
    if len(sure) * q > p * n:
        return (DEPRIVED, tuple(sure), ())
    if (len(sure) + len(unsure)) * q <= p * n:
        return _NOT
    return (UNDETERMINED, (), _dependant_fields(v, members, unsure))


def _dependant_fields(v: dict[str, Any], members: tuple[Member, ...], unsure: list[int]) -> tuple[str, ...]:
    """The unknown fields that would tell whether the ``unsure`` members are dependants."""
    wanted = ("disability", "social_allowance") if v["requires_social_allowance"] else ("disability",)
    missing: list[str] = []
    for i in unsure:
        m = members[i]
        fields = ["birth_date"] if m.birth_date is None else []
        fields += [f for f in wanted if getattr(m, f) is None]
        missing.extend(f"members[{i}].{f}" for f in fields)
    return tuple(missing)


def _dependants_describe(v: dict[str, Any], c: Context, raw: Raw, lang: str) -> str:
    share: Fraction = v["max_share"]
    percent = f"{share * 100}%" if (share * 100).denominator == 1 else str(share)
    n = 0 if c.members is None else len(c.members)
    if raw[0] == DEPRIVED:
        return _vi_en(
            lang,
            f"{len(raw[1])}/{n} người là người phụ thuộc ({_whos(c, raw[1], lang)}), trên {percent}.",
            f"{len(raw[1])} of {n} members are dependants ({_whos(c, raw[1], lang)}), more than {percent}.",
        )
    return _vi_en(
        lang,
        f"Người phụ thuộc không quá {percent} số thành viên ({n} người).",
        f"Dependants are at most {percent} of the {n} {'member' if n == 1 else 'members'}.",
    )


# --- housing, water, sanitation, information, environment ---------------------------------------------------

_STRUCTURES = ("wall", "column", "roof")
_NON_DURABLE = Material.NON_DURABLE
_STRUCTURE_LABELS = {"wall": Text("tường", "wall"), "column": Text("cột", "column"), "roof": Text("mái", "roof")}


def _quality_eval(v: dict[str, Any], c: Context) -> Raw:
    d = c.dwelling
    if d is None:
        return (UNDETERMINED, (), tuple(f"dwelling.{s}" for s in _STRUCTURES))
    need = v["min_non_durable"]
    bad = unknown = 0
    for material in (d.wall, d.column, d.roof):
        if material is None:
            unknown += 1
        elif material is _NON_DURABLE:
            bad += 1
    if bad >= need:
        return (DEPRIVED, (), ())
    if bad + unknown < need:
        return _NOT
    missing = tuple(f"dwelling.{s}" for s in _STRUCTURES if getattr(d, s) is None)
    return (UNDETERMINED, (), missing)


def _quality_describe(v: dict[str, Any], c: Context, raw: Raw, lang: str) -> str:
    need = v["min_non_durable"]
    d = c.dwelling
    assert d is not None  # noqa: S101
    parts = ", ".join(
        f"{_STRUCTURE_LABELS[s](lang)}: {m.label(lang)}"
        for s, m in zip(_STRUCTURES, (d.wall, d.column, d.roof), strict=True)
        if m is not None
    )
    if raw[0] == DEPRIVED:
        return _vi_en(
            lang,
            f"Ít nhất {need} trong 3 kết cấu chính không bền chắc ({parts}).",
            f"At least {need} of the 3 main structures are non-durable ({parts}).",
        )
    return _vi_en(
        lang,
        f"Ít hơn {need} trong 3 kết cấu chính không bền chắc ({parts}).",
        f"Fewer than {need} of the 3 main structures are non-durable ({parts}).",
    )


def _area_eval(v: dict[str, Any], c: Context) -> Raw:
    d = c.dwelling
    missing = []
    if d is None or d.floor_area_m2 is None:
        missing.append("dwelling.floor_area_m2")
    if c.size is None:
        missing.append("members")
    if missing:
        return (UNDETERMINED, (), tuple(missing))
    assert d is not None  # noqa: S101
    assert d.floor_area_m2 is not None  # noqa: S101
    # area / size < minimum, compared exactly in integers: n / d < minimum * size  <=>  n < minimum * size * d.
    area, minimum, size = d.floor_area_m2, v["min_m2_per_person"], c.size
    assert size is not None  # noqa: S101 - checked above
    smaller = area.numerator < minimum * size * area.denominator if type(minimum) is int else area < minimum * size
    return (DEPRIVED, (), ()) if smaller else _NOT


def _m2(value: Fraction, lang: str) -> str:
    if value.denominator == 1:
        text = str(value.numerator)
    else:
        text = f"{float(value):.2f}".rstrip("0").rstrip(".")  # display only; the comparison is exact
        if lang == "vi":
            text = text.replace(".", ",")
    return f"{text} m²"


def _area_describe(v: dict[str, Any], c: Context, raw: Raw, lang: str) -> str:
    d = c.dwelling
    assert d is not None  # noqa: S101
    assert d.floor_area_m2 is not None  # noqa: S101
    assert c.size is not None  # noqa: S101
    per = d.floor_area_m2 / c.size
    minimum = Fraction(v["min_m2_per_person"])
    sign = "<" if raw[0] == DEPRIVED else "≥"
    return _vi_en(
        lang,
        f"{_m2(d.floor_area_m2, lang)} ÷ {c.size} người = {_m2(per, lang)}/người {sign} {_m2(minimum, lang)}.",
        f"{_m2(d.floor_area_m2, lang)} ÷ {c.size} {'person' if c.size == 1 else 'persons'} = {_m2(per, lang)} per "
        f"person {sign} {_m2(minimum, lang)}.",
    )


def _in_list_eval(field: str, key: str) -> Callable[[dict[str, Any], Context], Raw]:
    def evaluate(v: dict[str, Any], c: Context) -> Raw:
        d = c.dwelling
        value = None if d is None else getattr(d, field)
        if value is None:
            return (UNDETERMINED, (), (f"dwelling.{field}",))
        return _NOT if value in v[key] else (DEPRIVED, (), ())

    return evaluate


def _in_list_describe(field: str, key: str, what: Text) -> Callable[[dict[str, Any], Context, Raw, str], str]:
    def describe(v: dict[str, Any], c: Context, raw: Raw, lang: str) -> str:
        assert c.dwelling is not None  # noqa: S101
        value = getattr(c.dwelling, field)
        accepted = _labels(v[key], lang)
        if raw[0] == DEPRIVED:
            return _vi_en(
                lang,
                f"{what.vi}: {value.label(lang)}, không thuộc danh mục ({accepted}).",
                f"{what.en}: {value.label(lang)}, not one of ({accepted}).",
            )
        return _vi_en(
            lang,
            f"{what.vi}: {value.label(lang)}, thuộc danh mục.",
            f"{what.en}: {value.label(lang)}, one of the list.",
        )

    return describe


def _internet_eval(_v: dict[str, Any], c: Context) -> Raw:
    members = c.members
    if members is None:
        return _NO_MEMBERS
    for m in members:  # the common case, written out: someone uses the internet
        if m.uses_internet is True:
            return _NOT
    return _no_member(c, lambda m: m.uses_internet, ("uses_internet",))


def _phone_or_internet(m: Member) -> bool | None:
    if m.uses_phone is True or m.uses_internet is True:
        return True
    if m.uses_phone is False and m.uses_internet is False:
        return False
    return None


def _telecom_2016_eval(_v: dict[str, Any], c: Context) -> Raw:
    return _no_member(c, _phone_or_internet, ("uses_phone", "uses_internet"))


def _no_member_describe(what: Text) -> Callable[[dict[str, Any], Context, Raw, str], str]:
    def describe(_v: dict[str, Any], _c: Context, raw: Raw, lang: str) -> str:
        if raw[0] == DEPRIVED:
            return _vi_en(lang, f"Không thành viên nào {what.vi}.", f"No member {what.en}.")
        return _vi_en(lang, f"Có thành viên {what.vi}.", f"A member {what.en}.")

    return describe


def _devices_eval(v: dict[str, Any], c: Context) -> Raw:
    d = c.dwelling
    if d is None or d.devices is None:
        return (UNDETERMINED, (), ("dwelling.devices",))
    return _NOT if d.devices & v["devices"] else (DEPRIVED, (), ())


def _devices_describe(v: dict[str, Any], c: Context, raw: Raw, lang: str) -> str:
    assert c.dwelling is not None  # noqa: S101
    assert c.dwelling.devices is not None  # noqa: S101
    listed = _labels(v["devices"], lang)
    if raw[0] == DEPRIVED:
        return _vi_en(
            lang, f"Hộ không có phương tiện nào trong số: {listed}.", f"The household owns none of: {listed}."
        )
    owned = _labels(c.dwelling.devices & v["devices"], lang)
    return _vi_en(lang, f"Hộ có: {owned}.", f"The household owns: {owned}.")


def _assets_2016_eval(v: dict[str, Any], c: Context) -> Raw:
    d = c.dwelling
    if d is None:
        return (UNDETERMINED, (), ("dwelling.devices", "dwelling.hears_loudspeaker"))
    has_asset = None if d.devices is None else bool(d.devices & v["devices"])
    hears = d.hears_loudspeaker
    if has_asset is True or hears is True:
        return _NOT
    if has_asset is False and hears is False:
        return (DEPRIVED, (), ())
    missing = tuple(f for f, x in (("dwelling.devices", has_asset), ("dwelling.hears_loudspeaker", hears)) if x is None)
    return (UNDETERMINED, (), missing)


def _assets_2016_describe(v: dict[str, Any], _c: Context, raw: Raw, lang: str) -> str:
    listed = _labels(v["devices"], lang)
    if raw[0] == DEPRIVED:
        return _vi_en(
            lang,
            f"Hộ không có tài sản nào trong số ({listed}) và không nghe được loa đài truyền thanh xã/thôn.",
            f"The household owns none of ({listed}) and cannot hear the commune/village loudspeakers.",
        )
    return _vi_en(
        lang,
        f"Hộ có tài sản trong số ({listed}) hoặc nghe được loa đài truyền thanh.",
        f"The household owns one of ({listed}) or hears the loudspeakers.",
    )


def _waste_eval(_v: dict[str, Any], c: Context) -> Raw:
    d = c.dwelling
    collected = None if d is None else d.waste_collected
    if collected is None:
        return (UNDETERMINED, (), ("dwelling.waste_collected",))
    return _NOT if collected else (DEPRIVED, (), ())


def _waste_describe(_v: dict[str, Any], _c: Context, raw: Raw, lang: str) -> str:
    if raw[0] == DEPRIVED:
        return _vi_en(
            lang, "Rác thải sinh hoạt không được thu gom, xử lý.", "Domestic waste is not collected or treated."
        )
    return _vi_en(lang, "Rác thải sinh hoạt được thu gom, xử lý.", "Domestic waste is collected or treated.")


def _rule(  # noqa: PLR0917 - a table row
    name: str,
    keys: tuple[str, ...],
    reads: tuple[str, ...],
    evaluate: Callable[[dict[str, Any], Context], Raw],
    describe: Callable[[dict[str, Any], Context, Raw, str], str],
    bind: Callable[[dict[str, Any]], Callable[[Context], Raw]] | None = None,
) -> Rule:
    return Rule(name, keys, reads, evaluate, describe, bind)


_RULES = (
    _rule(
        "member_without_health_insurance",
        ("min_age",),
        ("members.birth_date", "members.has_health_insurance"),
        _insurance_eval,
        _insurance_describe,
        _insurance_bind,
    ),
    _rule("member_ill_without_care", (), ("members.sick_untreated",), _care_eval, _care_describe),
    _rule(
        "child_malnourished",
        ("max_age", "forms"),
        ("members.birth_date", "members.nutrition"),
        _nutrition_eval,
        _nutrition_describe,
        _nutrition_bind,
    ),
    _rule(
        "child_out_of_school",
        ("min_age", "max_age"),
        ("members.birth_date", "members.attending_school"),
        _school_eval,
        _school_describe,
        _school_bind,
    ),
    _rule(
        "adult_without_lower_secondary",
        ("min_age", "born_from_year", "accepted_levels"),
        ("members.birth_date", "members.education", "members.attending_school"),
        _adult_2016_eval,
        _adult_2016_describe,
        _adult_2016_bind,
    ),
    _rule(
        "young_adult_without_qualification",
        ("min_age", "split_age", "max_age", "accepted_levels_young", "accepted_levels_older"),
        ("members.birth_date", "members.education", "members.attending_school", "members.on_the_job_training"),
        _adult_2022_eval,
        _adult_2022_describe,
        _adult_2022_bind,
    ),
    _rule(
        "working_age_member_without_secure_job",
        ("min_working_age", "retirement", "deprived_employment"),
        ("members.birth_date", "members.sex", "members.employment"),
        _employment_eval,
        _employment_describe,
    ),
    _rule(
        "dependants_share",
        ("max_share", "child_under", "elderly_from", "requires_social_allowance"),
        ("members.birth_date", "members.disability", "members.social_allowance"),
        _dependants_eval,
        _dependants_describe,
    ),
    _rule(
        "non_durable_structures",
        ("min_non_durable",),
        ("dwelling.wall", "dwelling.column", "dwelling.roof"),
        _quality_eval,
        _quality_describe,
    ),
    _rule(
        "floor_area_per_person",
        ("min_m2_per_person",),
        ("dwelling.floor_area_m2", "members"),
        _area_eval,
        _area_describe,
    ),
    _rule(
        "water_source_not_clean",
        ("clean_sources",),
        ("dwelling.water_source",),
        _in_list_eval("water_source", "clean_sources"),
        _in_list_describe("water_source", "clean_sources", Text("Nguồn nước sinh hoạt", "Domestic water source")),
    ),
    _rule(
        "latrine_not_hygienic",
        ("hygienic_latrines",),
        ("dwelling.latrine",),
        _in_list_eval("latrine", "hygienic_latrines"),
        _in_list_describe("latrine", "hygienic_latrines", Text("Loại nhà tiêu", "Latrine")),
    ),
    _rule(
        "no_member_uses_internet",
        (),
        ("members.uses_internet",),
        _internet_eval,
        _no_member_describe(Text("sử dụng dịch vụ internet", "uses internet services")),
    ),
    _rule(
        "no_member_uses_phone_or_internet",
        (),
        ("members.uses_phone", "members.uses_internet"),
        _telecom_2016_eval,
        _no_member_describe(
            Text("sử dụng thuê bao điện thoại hoặc internet", "uses a telephone subscription or the internet")
        ),
    ),
    _rule("owns_no_listed_device", ("devices",), ("dwelling.devices",), _devices_eval, _devices_describe),
    _rule(
        "no_information_asset_nor_loudspeaker",
        ("devices",),
        ("dwelling.devices", "dwelling.hears_loudspeaker"),
        _assets_2016_eval,
        _assets_2016_describe,
    ),
    _rule("waste_not_collected", (), ("dwelling.waste_collected",), _waste_eval, _waste_describe),
)

#: Every rule by name (JSON documents name rules, and are read back through this table).
RULES: dict[str, Rule] = {rule.name: rule for rule in _RULES}
