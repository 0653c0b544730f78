"""Bộ luật Lao động 45/2019/QH14: the working age that the employment indicator refers to.

References:
    * Bộ luật Lao động số 45/2019/QH14 (20/11/2019, in force 01/01/2021), Điều 3 khoản 1 (minimum working age,
      "đủ 15 tuổi") and Điều 169 khoản 2 (retirement age).
      https://thuvienphapluat.vn/van-ban/Lao-dong-Tien-luong/Bo-Luat-lao-dong-2019-333670.aspx
    * Điều 169 khoản 2 quoted: "Kể từ ngày 01 tháng 01 năm 2021, tuổi nghỉ hưu của người lao động trong điều
      kiện lao động bình thường là đủ 60 tuổi 03 tháng đối với lao động nam và đủ 55 tuổi 04 tháng đối với
      lao động nữ; sau đó, cứ mỗi năm tăng thêm 03 tháng đối với lao động nam cho đến khi đủ 62 tuổi vào năm
      2028 và cứ mỗi năm tăng thêm 04 tháng đối với lao động nữ cho đến khi đủ 60 tuổi vào năm 2035."
      http://118.69.84.237:801/lao-dong-tien-luong/tim-kiem?page=38&q=Lao+%C4%91%E1%BB%99ng+n%E1%BB%AF%3F
      (a thuvienphapluat mirror).

From 2021-01-01 a person is of working age, as giamngheo reads "người trong độ tuổi lao động" in the poverty
standards, from their fifteenth birthday until they reach the retirement age of Điều 169 khoản 2: the age that
applies is the one of the calendar year in which the person reaches it (60 years 3 months for men reaching it
in 2021, 3 months more each year up to 62 in 2028; 55 years 4 months for women in 2021, 4 months more each
year up to 60 in 2035). The poverty texts seen do not define the term; this reading is flagged in each
indicator that uses it.
"""

from __future__ import annotations

import datetime as dt

import attrs

from giamngheo._errors import NoRuleInForce
from giamngheo._facts import Sex
from giamngheo._instruments import LABOUR_CODE_2019
from giamngheo._legal import Cited, Verification
from giamngheo._text import Text

__all__ = ["MIN_WORKING_AGE", "RETIREMENT", "RetirementSchedule"]

_TVPL = "https://thuvienphapluat.vn/van-ban/Lao-dong-Tien-luong/Bo-Luat-lao-dong-2019-333670.aspx"
_QUOTE_169 = "http://118.69.84.237:801/lao-dong-tien-luong/tim-kiem?page=38&q=Lao+%C4%91%E1%BB%99ng+n%E1%BB%AF%3F"
_MONTHS = 12


@attrs.frozen
class RetirementSchedule:
    """A retirement age that rises by a fixed step each calendar year up to a cap, for each sex.

    Attributes:
        from_year: The first calendar year of the schedule.
        start_months: Retirement age in months in ``from_year``, by sex.
        step_months: Months added each following year, by sex.
        cap_months: The final retirement age in months, by sex.
    """

    from_year: int
    start_months: tuple[tuple[Sex, int], ...]
    step_months: tuple[tuple[Sex, int], ...]
    cap_months: tuple[tuple[Sex, int], ...]

    def age_months(self, sex: Sex, year: int) -> int:
        """The retirement age in months for someone of ``sex`` reaching it in ``year``.

        Raises:
            NoRuleInForce: before :attr:`from_year`.
        """
        if year < self.from_year:
            raise NoRuleInForce(
                Text("lộ trình tuổi nghỉ hưu", "retirement age schedule"),
                dt.date(year, 12, 31),
                (dt.date(self.from_year, 1, 1), dt.date.max),
            )
        start, step, cap = (dict(t)[sex] for t in (self.start_months, self.step_months, self.cap_months))
        return min(start + step * (year - self.from_year), cap)

    @property
    def earliest_months(self) -> int:
        """The lowest retirement age of the schedule, in months: below it everyone is of working age."""
        return min(m for _, m in self.start_months)

    def retirement_date(self, birth_date: dt.date, sex: Sex) -> dt.date:
        """The date a person reaches retirement age: the first year whose age they reach within that year.

        For a person who reached the first year's age before that year, the date returned is before
        ``from_year`` (they retired under the earlier law; only "before" matters to the indicators).
        """
        from dateutil.relativedelta import relativedelta  # noqa: PLC0415 - imported on first use, not with giamngheo

        year = self.from_year
        while True:
            reached = birth_date + relativedelta(months=self.age_months(sex, year))
            if reached.year <= year:
                return reached
            year += 1

    def __str__(self) -> str:
        parts = []
        for sex, start in self.start_months:
            step, cap = dict(self.step_months)[sex], dict(self.cap_months)[sex]
            parts.append(
                f"{sex.value}: {start // _MONTHS}y{start % _MONTHS}m in {self.from_year}, +{step}m a year, "
                f"up to {cap // _MONTHS}y{cap % _MONTHS}m"
            )
        return "; ".join(parts)

    def of_working_age(self, birth_date: dt.date, sex: Sex, on: dt.date) -> bool:
        """Whether the person has not yet reached retirement age on ``on`` (the minimum age is checked apart)."""
        return on < self.retirement_date(birth_date, sex)


_ART_169_2 = LABOUR_CODE_2019.cite(
    article=169,
    clause=2,
    verification=Verification.QUOTED,
    evidence=(_QUOTE_169, _TVPL),
    note=(
        "Reading 'người trong độ tuổi lao động' of the poverty standards as 15 to the retirement age is giamngheo's "
        "interpretation; the poverty texts seen do not define it."
    ),
)

#: Điều 169 khoản 2: men 60 years 3 months in 2021 (+3 months a year to 62 in 2028); women 55 years 4 months
#: in 2021 (+4 months a year to 60 in 2035).
RETIREMENT: Cited[RetirementSchedule] = Cited(
    RetirementSchedule(
        from_year=2021,
        start_months=((Sex.MALE, 60 * _MONTHS + 3), (Sex.FEMALE, 55 * _MONTHS + 4)),
        step_months=((Sex.MALE, 3), (Sex.FEMALE, 4)),
        cap_months=((Sex.MALE, 62 * _MONTHS), (Sex.FEMALE, 60 * _MONTHS)),
    ),
    _ART_169_2,
)

#: Điều 3 khoản 1: "Độ tuổi lao động tối thiểu của người lao động là đủ 15 tuổi".
MIN_WORKING_AGE: Cited[int] = Cited(
    15,
    LABOUR_CODE_2019.cite(
        article=3,
        clause=1,
        verification=Verification.REPORTED,
        evidence=(_TVPL, "http://www.dankinhte.vn/the-nao-la-nguoi-lao-dong/"),
        note="The 15-year minimum is reported for the Labour Code; the 2019 wording has not been seen quoted.",
    ),
)
