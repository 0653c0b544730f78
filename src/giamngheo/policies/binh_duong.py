"""Bình Dương (74): the province's own support policies. None is encoded: no amount or instrument is confirmed.

What is known (``/work/shared/research/provincial.md`` §2, and the sources below), and why nothing is encoded:

* Health insurance: the province paid the whole premium of people of households that had just escaped poverty,
  within two years, as reported on 13/08/2025 among what "the former Bình Dương Province supports"
  (https://vietnamnews.vn/society/1723202/hcm-city-proposes-free-health-insurance-cards-from-age-60.html). The
  resolutions' numbers, their start dates, and whether the households are those recognised under the provincial or
  the national standard are unconfirmed; support for near-poor households under the provincial standard is
  unconfirmed too. The support continued after the merger into Hồ Chí Minh City (01/07/2025) until replaced
  (https://en.sggp.org.vn/health-insurance-aid-remained-for-former-ba-ria-vung-tau-binh-duong-residents-post118855.html),
  and the city's Nghị quyết 75/2025/NQ-HĐND applies from 01/01/2026 (see :mod:`giamngheo.policies.ho_chi_minh_city`).
* Follow-up ("bảo lưu") support for households just out of poverty under NQ 47/2015/NQ-HĐND8, extended to
  31/12/2021: its duration and benefits are unconfirmed.
* Housing (2025 campaign, 470 houses), loans from provincially entrusted capital, vocational training, Tết cash,
  electricity, water, funeral and livelihood support: amounts unconfirmed.

Encoding any of these would need a window start and an amount or share that no source gives, so ``POLICIES`` is
empty. The model also could not express the post-merger continuation: jurisdiction ``"74"`` ends on 2025-07-01, and
a policy of ``"79"`` cannot be restricted to the former province's territory (:class:`~giamngheo.Place` has no such
fact).
"""

from __future__ import annotations

from giamngheo._policy import Policy

__all__ = ["POLICIES"]

#: Bình Dương's policies: none can be encoded honestly yet (see the module's docstring).
POLICIES: tuple[Policy, ...] = ()
