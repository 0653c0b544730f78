"""Bộ luật Dân sự 91/2015/QH13: how a time limit counted in days starts and ends.

References:
    * Bộ luật Dân sự số 91/2015/QH13 (24/11/2015, in force 01/01/2017), Điều 147 khoản 3 ("Khi thời hạn bắt đầu
      bằng một sự kiện thì ngày xảy ra sự kiện không được tính mà tính từ ngày tiếp theo liền kề của ngày xảy ra
      sự kiện đó") and Điều 148 khoản 1 and 5 ("Khi ngày cuối cùng của thời hạn là ngày nghỉ cuối tuần hoặc ngày
      nghỉ lễ thì thời hạn kết thúc tại thời điểm kết thúc ngày làm việc tiếp theo ngày nghỉ đó"), quoted by
      https://thuvienphapluat.vn/hoi-dap-phap-luat/3896F-hd-thoi-diem-bat-dau-va-ket-thuc-thoi-han-duoc-xac-dinh-nhu-the-nao.html
      and by the Bộ Pháp điển copy in ``diepxuan/diepxuan.github.io@0232145947e9:van-ban/dan-su/dan-su.md``.
    * Điều 145 khoản 1: this way of counting applies unless the parties agree otherwise or another law provides
      otherwise.

From 2017-01-01, a time limit of n days that starts with an event runs from the day after the event and ends at
the end of its n-th day; if that day is a weekend day or a public holiday, it ends at the end of the next working
day. giamngheo counts the time limits of the poverty review this way (:func:`giamngheo.review.add_days`); the
review instruments seen do not say how their limits are counted.
"""

from __future__ import annotations

import datetime as dt

from giamngheo._legal import Instrument, InstrumentKind, Verification

__all__ = ["ARTICLE_147", "ARTICLE_148", "CIVIL_CODE_2015"]

_TVPL = "https://thuvienphapluat.vn/hoi-dap-phap-luat/3896F-hd-thoi-diem-bat-dau-va-ket-thuc-thoi-han-duoc-xac-dinh-nhu-the-nao.html"
_PHAP_DIEN = "diepxuan/diepxuan.github.io@0232145947e9:van-ban/dan-su/dan-su.md"

CIVIL_CODE_2015 = Instrument(
    number="91/2015/QH13",
    kind=InstrumentKind.CODE,
    issuer_vi="Quốc hội",
    issuer_en="National Assembly",
    title_vi="Bộ luật Dân sự",
    title_en="Civil Code",
    signed=dt.date(2015, 11, 24),
    effective=dt.date(2017, 1, 1),
    url=_TVPL,
    verification=Verification.REPORTED,
)

#: The day of the event that starts a time limit is not counted.
ARTICLE_147 = CIVIL_CODE_2015.cite(
    article=147,
    clause=3,
    verification=Verification.QUOTED,
    evidence=(_TVPL, _PHAP_DIEN),
)

#: A limit whose last day is a weekend day or a public holiday ends at the end of the next working day.
ARTICLE_148 = CIVIL_CODE_2015.cite(
    article=148,
    clause=5,
    verification=Verification.QUOTED,
    evidence=(_TVPL, _PHAP_DIEN),
)
