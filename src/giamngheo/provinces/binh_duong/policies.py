"""Bình Dương (74): health insurance the former province pays, kept in its territory after the merger (2025-07-01).

References:
    * The former Bình Dương's resolutions of its People's Council on health-insurance support: "the former Binh
      Duong Provincial People's Council issued two resolutions and implemented Decision No. 797/QD-TTg to support
      tens of thousands of residents across various groups" (numbers, dates and articles not reported). After the
      merger: "the health insurance support policy for residents in the former Ba Ria - Vung Tau and Binh Duong
      areas will remain effective until a new resolution is issued to replace it" (HCMC Department of Health,
      11/07/2025); the social insurance agency proposed "to maintain support under the provincial resolutions until
      they expire or are replaced".
      https://en.sggp.org.vn/health-insurance-aid-remained-for-former-ba-ria-vung-tau-binh-duong-residents-post118855.html
    * "people in the groups supported under the Resolution of the People's Council of Binh Duong and Ba Ria - Vung
      Tau provinces (old) will continue to enjoy health insurance benefits from July 1, 2025, without interruption"
      (SGGP, 10/07/2025, English mirror): https://thongtin.vietnam.vn/en/tphcm-tiep-tuc-ho-tro-bhyt-cho-cac-nhom-doi-tuong-thuoc-dien-ngan-sach-dia-phuong-chi-tra
    * "After the merger, the expanded city is applying different support resolutions depending on the areas of
      former HCM City, Bình Dương or Bà Rịa-Vũng Tàu. … The former Bình Dương Province supports 100 per cent of
      health insurance costs for people aged 70 and over, ethnic minorities, unemployed workers after unemployment
      benefits expire, and those who have just escaped poverty within two years" (13/08/2025):
      https://vietnamnews.vn/society/1723202/hcm-city-proposes-free-health-insurance-cards-from-age-60.html
    * No text of the former province's resolutions was read: their numbers, dates and support levels are
      unconfirmed, and the support encoded here rests on the three press reports above alone.

From 2025-07-01, in a commune of the former Bình Dương (``Place(former_jurisdiction="74")``, part of Hồ Chí Minh
City), the budget pays the whole health-insurance premium of members of a household that left poverty less than
24 months earlier ("within two years", counted from the day it stopped being poor, under whichever standard
recognised it: the sources do not say whether the provincial or the national one), and of members aged 70 and
over (listed only when the household's members and birth dates are given). The support lasts "until a new
resolution is issued to replace it": no source says when, or whether, the city's resolutions in force from
2026-01-01 (Nghị quyết 56/2025/NQ-HĐND for people aged 65 to under 75 and pupils, Nghị quyết 75/2025/NQ-HĐND for
poor, near-poor and newly escaped households under the city standard, see
:mod:`giamngheo.provinces.ho_chi_minh_city.policies`) replaced it. So from 2026-01-01 the same support is carried over in a
second policy whose citations are lowered to unconfirmed; its end in 2030 is the library's coverage.

Not encoded: the support before 2025-07-01 (the resolutions' numbers and start dates are unknown); the groups that
do not depend on poverty status and on facts the library does not hold (ethnic minorities, unemployed workers
after their unemployment benefit ends, Quyết định 797/QĐ-TTg); support for near-poor households under the
provincial standard (unconfirmed); the "bảo lưu" follow-up support of Nghị quyết 47/2015/NQ-HĐND8, extended to
31/12/2021 (duration and benefits unconfirmed); housing, loans from provincially entrusted capital, vocational
training, Tết cash, electricity, water, funeral and livelihood support (amounts unconfirmed).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from fractions import Fraction

from giamngheo._facts import age_on
from giamngheo._legal import Citation, Cited, Instrument, InstrumentKind, Verification, Window
from giamngheo._model import Status, Text
from giamngheo._policy import EntitlementKind, Grant, Policy, Situation, always

__all__ = [
    "AGE",
    "HEALTH_INSURANCE_2025",
    "HEALTH_INSURANCE_2026",
    "MONTHS_AFTER_ESCAPING",
    "POLICIES",
    "RESOLUTIONS_HEALTH_INSURANCE",
]

_SGGP = "https://en.sggp.org.vn/health-insurance-aid-remained-for-former-ba-ria-vung-tau-binh-duong-residents-post118855.html"
_SGGP_MIRROR = "https://thongtin.vietnam.vn/en/tphcm-tiep-tuc-ho-tro-bhyt-cho-cac-nhom-doi-tuong-thuoc-dien-ngan-sach-dia-phuong-chi-tra"
_VNS = "https://vietnamnews.vn/society/1723202/hcm-city-proposes-free-health-insurance-cards-from-age-60.html"

_PROVINCE = "74"

#: The former province's health-insurance resolutions: "two resolutions", whose numbers and dates are not reported.
RESOLUTIONS_HEALTH_INSURANCE = Instrument(
    number="NQ-HĐND Bình Dương hỗ trợ đóng BHYT (số chưa xác định)",
    kind=InstrumentKind.RESOLUTION,
    issuer_vi="Hội đồng nhân dân tỉnh Bình Dương",
    issuer_en="People's Council of Bình Dương province",
    title_vi="Hỗ trợ mức đóng bảo hiểm y tế, bảo hiểm xã hội tự nguyện cho một số nhóm đối tượng (hai nghị quyết; số, "
    "ngày chưa xác định)",
    title_en="Support of health insurance and voluntary social insurance contributions for some groups (two "
    "resolutions; numbers and dates unconfirmed)",
    signed=None,
    effective=None,
    url=_SGGP,
    verification=Verification.REPORTED,
)

_CONTINUED = RESOLUTIONS_HEALTH_INSURANCE.cite(
    verification=Verification.REPORTED,
    evidence=(_SGGP, _SGGP_MIRROR, _VNS),
    note=(
        "Maintained in the former province's territory from 2025-07-01 'until a new resolution is issued to replace "
        "it' (HCMC Department of Health); the resolutions' numbers, dates and articles are not reported."
    ),
)
_ESCAPED = RESOLUTIONS_HEALTH_INSURANCE.cite(
    verification=Verification.REPORTED,
    evidence=(_VNS,),
    note=(
        "100 % for 'those who have just escaped poverty within two years' (one outlet): read as 24 months from the "
        "day the household stopped being poor, under whichever standard recognised it (not reported)."
    ),
)
_AGED = RESOLUTIONS_HEALTH_INSURANCE.cite(
    verification=Verification.REPORTED,
    evidence=(_VNS,),
    note="100 % for 'people aged 70 and over' (one outlet); residence conditions are not reported.",
)

_CARRIED = (
    "Carried over from 2026-01-01: the city's Nghị quyết 56/2025/NQ-HĐND and 75/2025/NQ-HĐND apply city-wide from "
    "that day, and no source says whether they replaced the former province's support."
)

#: "within two years" of escaping poverty, in months.
MONTHS_AFTER_ESCAPING = Cited(24, _ESCAPED)
#: "people aged 70 and over": the age from which a member is supported.
AGE = Cited(70, _AGED)

_ALL = Fraction(1)
_MEMBERS = Text("các thành viên của hộ", "the household's members")


def _member_aged_at_least(years: int) -> Callable[[Situation], bool | str]:
    """A condition: the household (when given) has a member aged ``years`` or more on the date.

    Without the household (a recognised status alone) the grant is not listed: the support does not depend on the
    household's status. A member of unknown birth date makes it undetermined.
    """

    def condition(s: Situation) -> bool | str:
        household = s.household
        if household is None or household.members is None:
            return False
        unknown = None
        for i, member in enumerate(household.members):
            if member.birth_date is None:
                unknown = unknown or f"members[{i}].birth_date"
            elif member.birth_date <= s.on and age_on(member.birth_date, s.on) >= years:
                return True
        return unknown if unknown is not None else False

    return condition


def _grants(escaped: Citation, aged: Citation) -> tuple[Grant, ...]:
    return (
        Grant(
            id="newly_escaped",
            label=Text(
                "Thành viên hộ mới thoát nghèo trong vòng 2 năm: ngân sách hỗ trợ 100% mức đóng",
                "Members of a household that left poverty within two years: the budget pays 100%",
            ),
            applies=always,
            kind=EntitlementKind.SHARE,
            citation=escaped,
            share=Cited(_ALL, escaped),
            months_after=Cited(MONTHS_AFTER_ESCAPING.value, escaped),
            left=(Status.POOR,),
            beneficiaries=_MEMBERS,
        ),
        Grant(
            id="aged_70",
            label=Text(
                "Người từ đủ 70 tuổi trở lên: ngân sách hỗ trợ 100% mức đóng",
                "People aged 70 and over: the budget pays 100%",
            ),
            applies=_member_aged_at_least(AGE.value),
            kind=EntitlementKind.SHARE,
            citation=aged,
            share=Cited(_ALL, aged),
            beneficiaries=Text("các thành viên từ đủ 70 tuổi trở lên", "the members aged 70 and over"),
        ),
    )


_NAME = Text(
    "Bảo hiểm y tế do tỉnh Bình Dương (cũ) hỗ trợ, duy trì trên địa bàn tỉnh cũ",
    "Health insurance paid by the former Bình Dương province, kept in its former territory",
)
_NOT_ENCODED = Text(
    "Không mã hóa: người dân tộc thiểu số, người lao động hết hưởng trợ cấp thất nghiệp (thư viện không có các thông "
    "tin này); hỗ trợ trước 01/07/2025 (chưa rõ số, ngày của nghị quyết).",
    "Not encoded: ethnic minorities and unemployed workers whose benefit has ended (facts the library does not hold); "
    "the support before 2025-07-01 (the resolutions' numbers and dates are unknown).",
)
_STANDARD = Text(
    "Nguồn không nói hộ thoát nghèo theo chuẩn của tỉnh hay chuẩn quốc gia: tính theo bất kỳ chuẩn nào đã công nhận.",
    "The sources do not say whether leaving poverty counts under the provincial or the national standard: any "
    "recognised status counts.",
)

HEALTH_INSURANCE_2025 = Policy(
    id="74-health-insurance-former-territory-2025",
    name=_NAME,
    jurisdiction=_PROVINCE,
    window=Window(dt.date(2025, 7, 1), dt.date(2026, 1, 1)),
    basis=_CONTINUED,
    grants=_grants(_ESCAPED, _AGED),
    notes=(
        _NOT_ENCODED,
        _STANDARD,
        Text(
            "Cửa sổ dừng ở 31/12/2025 chỉ vì từ 01/01/2026 các nghị quyết mới của Thành phố có hiệu lực; việc duy trì "
            "tiếp được ghi ở chính sách năm 2026 (chưa xác nhận).",
            "The window stops on 2025-12-31 only because the city's new resolutions apply from 2026-01-01; the "
            "continuation is the 2026 policy (unconfirmed).",
        ),
    ),
)

HEALTH_INSURANCE_2026 = Policy(
    id="74-health-insurance-former-territory-2026",
    name=_NAME,
    jurisdiction=_PROVINCE,
    window=Window(dt.date(2026, 1, 1), dt.date(2031, 1, 1)),
    basis=_CONTINUED.unconfirmed(_CARRIED),
    grants=_grants(_ESCAPED.unconfirmed(_CARRIED), _AGED.unconfirmed(_CARRIED)),
    notes=(
        _NOT_ENCODED,
        _STANDARD,
        Text(
            "Duy trì 'cho đến khi có nghị quyết mới thay thế': chưa rõ Nghị quyết 56/2025/NQ-HĐND hoặc 75/2025/NQ-HĐND "
            "có thay thế từ 01/01/2026 hay không. Thời hạn đến 2030 là giới hạn phạm vi của thư viện.",
            "Kept 'until a new resolution is issued to replace it': whether Nghị quyết 56/2025/NQ-HĐND or "
            "75/2025/NQ-HĐND replaced it from 2026-01-01 is unconfirmed. The end in 2030 is the library's coverage.",
        ),
    ),
)

#: Bình Dương's policies, in date order: they apply in the former province's territory from 2025-07-01.
POLICIES: tuple[Policy, ...] = (HEALTH_INSURANCE_2025, HEALTH_INSURANCE_2026)
