"""The names of the facts an officer records, in Vietnamese and English, for forms and messages.

The labels name the fields of :class:`~giamngheo.Household`, :class:`~giamngheo.Member` and
:class:`~giamngheo.Dwelling` as an officer reads them on a form; the choices of each field carry their own labels
(``gn.Education.PRIMARY.label("vi")``). They are the library's wording, not a legal text: the review forms'
own wording is in the instruments (Thông tư 07/2021/TT-BLĐTBXH, Phụ lục).
"""

from __future__ import annotations

from giamngheo._text import Text

__all__ = ["FACT_LABELS"]

#: Each fact by ``"household.<field>"``, ``"member.<field>"`` or ``"dwelling.<field>"``.
FACT_LABELS: dict[str, Text] = {
    "household.id": Text("Mã hộ", "Household id"),
    "household.area": Text("Khu vực", "Area"),
    "household.commune": Text("Mã xã, phường (mã GSO)", "Commune code (GSO)"),
    "household.income_per_capita_monthly_vnd": Text(
        "Thu nhập bình quân đầu người/tháng (đồng)", "Monthly income per person (VND)"
    ),
    "household.income_yearly_vnd": Text("Tổng thu nhập của hộ trong năm (đồng)", "Household income over the year (VND)"),
    "household.size": Text("Số nhân khẩu", "Number of members"),
    "household.deprived": Text("Chỉ số thiếu hụt (đã xác định)", "Deprivations (as found)"),
    "household.members": Text("Thành viên", "Members"),
    "household.dwelling": Text("Nhà ở", "Dwelling"),
    "member.id": Text("Mã thành viên", "Member id"),
    "member.birth_date": Text("Ngày sinh", "Date of birth"),
    "member.sex": Text("Giới tính", "Sex"),
    "member.has_health_insurance": Text("Có thẻ bảo hiểm y tế", "Has a health insurance card"),
    "member.attending_school": Text("Đang đi học", "Attending school"),
    "member.education": Text("Trình độ học vấn cao nhất", "Highest level of education"),
    "member.on_the_job_training": Text("Được đào tạo nghề tại doanh nghiệp", "On-the-job vocational training"),
    "member.employment": Text("Việc làm chính", "Main work"),
    "member.nutrition": Text("Tình trạng dinh dưỡng (trẻ em)", "Nutrition (children)"),
    "member.disability": Text("Người khuyết tật", "Person with a disability"),
    "member.social_allowance": Text("Hưởng trợ cấp xã hội hằng tháng", "Receives a monthly social allowance"),
    "member.sick_untreated": Text("Ốm đau không đi khám chữa bệnh", "Ill and did not seek medical care"),
    "member.uses_phone": Text("Sử dụng thuê bao điện thoại", "Uses a telephone subscription"),
    "member.uses_internet": Text("Sử dụng dịch vụ internet", "Uses internet services"),
    "dwelling.floor_area_m2": Text("Diện tích nhà ở (m²)", "Floor area (m²)"),
    "dwelling.wall": Text("Tường", "Walls"),
    "dwelling.column": Text("Cột, khung", "Columns, frame"),
    "dwelling.roof": Text("Mái", "Roof"),
    "dwelling.water_source": Text("Nguồn nước sinh hoạt chính", "Main source of domestic water"),
    "dwelling.latrine": Text("Loại hố xí/nhà tiêu", "Type of latrine"),
    "dwelling.devices": Text("Phương tiện tiếp cận thông tin", "Means of access to information"),
    "dwelling.hears_loudspeaker": Text("Nghe được hệ thống loa đài truyền thanh", "Hears the loudspeaker system"),
    "dwelling.waste_collected": Text("Rác thải sinh hoạt được thu gom", "Domestic waste is collected"),
}
