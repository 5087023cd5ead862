"""Organisations: canonical names, abbreviations, locality from text and article, parents, kinds."""

import pytest

from trichdan.loaders.model import Article, Locality, Zone
from trichdan.loaders.normalize import normalize
from trichdan.loaders.organizations import canonical_organization, find_organizations

HA_TINH = Locality(province="Hà Tĩnh")
CAN_LOC = Locality(province="Hà Tĩnh", district="Can Lộc", district_level="huyện")
HONG_LINH = Locality(province="Hà Tĩnh", district="Hồng Lĩnh", district_level="thị xã")
NOWHERE = Locality()


def article(*parts: tuple[str, str]) -> Article:
    """An article whose zones are the given (kind, text) parts, one line each."""
    text, zones = "", []
    for kind, part in parts:
        part = normalize(part)
        zones.append(Zone(kind, len(text), len(text) + len(part)))
        text += part + "\n"
    return Article(path="t.txt", text=text, zones=zones)


def orgs(text: str, locality: Locality = CAN_LOC) -> dict[str, object]:
    return {o.name: o for o in find_organizations(article(("body", text)), locality)}


@pytest.mark.parametrize("phrase, locality, name", [
    ("BCH Đảng bộ tỉnh", HA_TINH, "Tỉnh ủy Hà Tĩnh"),
    ("Ban Chấp hành Đảng bộ tỉnh Hà Tĩnh", NOWHERE, "Tỉnh ủy Hà Tĩnh"),
    ("Ban Chấp hành Đảng bộ huyện", CAN_LOC, "Huyện ủy Can Lộc"),
    ("Ban Bí thư Trung ương Đảng", NOWHERE, "Ban Bí thư Trung ương Đảng"),
    ("Ban Bí thư", HA_TINH, "Ban Bí thư Trung ương Đảng"),
    ("Bộ Chính trị", HA_TINH, "Bộ Chính trị"),
    ("Ban Chấp hành Trung ương", HA_TINH, "Ban Chấp hành Trung ương Đảng"),
    ("Ủy ban Thường vụ Quốc hội", NOWHERE, "Ủy ban Thường vụ Quốc hội"),
    ("UBTVQH", NOWHERE, "Ủy ban Thường vụ Quốc hội"),
    ("Chính phủ", HA_TINH, "Chính phủ"),
    ("Thủ tướng Chính phủ", HA_TINH, "Thủ tướng Chính phủ"),
    ("Bộ Nội vụ", HA_TINH, "Bộ Nội vụ"),
    ("Bộ NN&PTNT", HA_TINH, "Bộ Nông nghiệp và Phát triển nông thôn"),
    ("UBND tỉnh", HA_TINH, "Ủy ban nhân dân tỉnh Hà Tĩnh"),
    ("HĐND tỉnh", HA_TINH, "Hội đồng nhân dân tỉnh Hà Tĩnh"),
    ("UBND huyện", CAN_LOC, "Ủy ban nhân dân huyện Can Lộc"),
    ("HĐND thị xã", HONG_LINH, "Hội đồng nhân dân thị xã Hồng Lĩnh"),
    ("Ủy ban MTTQ tỉnh", HA_TINH, "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Hà Tĩnh"),
    ("Ủy ban MTTQ Việt Nam huyện Can Lộc", HA_TINH, "Ủy ban Mặt trận Tổ quốc Việt Nam huyện Can Lộc"),
    ("BTV Huyện ủy", CAN_LOC, "Ban Thường vụ Huyện ủy Can Lộc"),
    ("Ban Thường vụ Tỉnh ủy Quảng Trị", HA_TINH, "Ban Thường vụ Tỉnh ủy Quảng Trị"),
    ("Ban Dân vận Tỉnh ủy", CAN_LOC, "Ban Dân vận Tỉnh ủy Hà Tĩnh"),
    ("Ban Dân vận Huyện ủy Thạch Hà", CAN_LOC, "Ban Dân vận Huyện ủy Thạch Hà"),
    ("Ban Tuyên giáo Trung ương", HA_TINH, "Ban Tuyên giáo Trung ương"),
    ("Ủy ban Kiểm tra Thị ủy", HONG_LINH, "Ủy ban Kiểm tra Thị ủy Hồng Lĩnh"),
    ("Văn phòng Tỉnh ủy", HA_TINH, "Văn phòng Tỉnh ủy Hà Tĩnh"),
    ("Văn phòng UBND tỉnh", HA_TINH, "Văn phòng Ủy ban nhân dân tỉnh Hà Tĩnh"),
    ("Thường trực HĐND tỉnh", HA_TINH, "Thường trực Hội đồng nhân dân tỉnh Hà Tĩnh"),
    ("Đảng ủy xã Vượng Lộc", CAN_LOC, "Đảng ủy xã Vượng Lộc"),
    ("Đảng ủy Khối các cơ quan tỉnh", HA_TINH, "Đảng ủy Khối các cơ quan tỉnh Hà Tĩnh"),
    ("Thành ủy Hà Nội", HA_TINH, "Thành ủy Hà Nội"),
    ("UBND TP. Hà Nội", NOWHERE, "Ủy ban nhân dân thành phố Hà Nội"),
    ("UBND TP HCM", NOWHERE, "Ủy ban nhân dân thành phố Hồ Chí Minh"),
    ("UBND Thành phố Hồ Chí Minh", NOWHERE, "Ủy ban nhân dân thành phố Hồ Chí Minh"),
    ("Thành ủy TP.HCM", NOWHERE, "Thành ủy Hồ Chí Minh"),
    ("Huyện ủy huyện Can Lộc", NOWHERE, "Huyện ủy Can Lộc"),
    ("UBND TP. Vinh", NOWHERE, "Ủy ban nhân dân thành phố Vinh"),
    ("Sở GD&ĐT", HA_TINH, "Sở Giáo dục và Đào tạo tỉnh Hà Tĩnh"),
    ("Sở Nội vụ Quảng Trị", HA_TINH, "Sở Nội vụ tỉnh Quảng Trị"),
    ("Bảo hiểm xã hội Can Lộc", CAN_LOC, "Bảo hiểm xã hội huyện Can Lộc"),
    ("BHXH tỉnh", HA_TINH, "Bảo hiểm xã hội tỉnh Hà Tĩnh"),
    ("Công an tỉnh", HA_TINH, "Công an tỉnh Hà Tĩnh"),
    ("Hội LHPN tỉnh", HA_TINH, "Hội Liên hiệp Phụ nữ tỉnh Hà Tĩnh"),
    ("Hội Nông dân huyện", CAN_LOC, "Hội Nông dân huyện Can Lộc"),
    ("Hội CCB xã Vượng Lộc", CAN_LOC, "Hội Cựu chiến binh xã Vượng Lộc"),
    ("LĐLĐ tỉnh", HA_TINH, "Liên đoàn Lao động tỉnh Hà Tĩnh"),
    ("Đoàn Thanh niên huyện", CAN_LOC, "Đoàn Thanh niên Cộng sản Hồ Chí Minh huyện Can Lộc"),
    ("Tỉnh đoàn", HA_TINH, "Tỉnh đoàn Hà Tĩnh"),
    ("Hội Nông dân Việt Nam", HA_TINH, "Hội Nông dân Việt Nam"),
    ("Ban Chỉ đạo thực hiện dân chủ ở cơ sở tỉnh Quảng Trị", NOWHERE,
     "Ban Chỉ đạo thực hiện dân chủ ở cơ sở tỉnh Quảng Trị"),
    ("Đoàn ĐBQH tỉnh", HA_TINH, "Đoàn đại biểu Quốc hội tỉnh Hà Tĩnh"),
    ("Đoàn Luật sư tỉnh Cà Mau", NOWHERE, "Đoàn Luật sư tỉnh Cà Mau"),  # a province's bar
    ("Đoàn Luật sư tỉnh", HA_TINH, "Đoàn Luật sư tỉnh Hà Tĩnh"),
    ("Liên đoàn Luật sư Việt Nam", HA_TINH, "Liên đoàn Luật sư Việt Nam"),
])
def test_canonical_names(phrase, locality, name):
    assert canonical_organization(phrase, locality)[0] == name


def test_key_is_slug_of_canonical_name():
    assert canonical_organization("UBND tỉnh", HA_TINH) == (
        "Ủy ban nhân dân tỉnh Hà Tĩnh", "uy-ban-nhan-dan-tinh-ha-tinh")
    assert canonical_organization("Ủy ban nhân dân tỉnh Hà Tĩnh", NOWHERE) == \
        canonical_organization("UBND tỉnh Hà Tĩnh", CAN_LOC)


@pytest.mark.parametrize("phrase, locality", [
    ("Huyện ủy", HA_TINH),  # which district?
    ("UBND xã", CAN_LOC),  # which commune?
    ("Tỉnh ủy", NOWHERE),
    ("Mặt trận Tổ quốc", HA_TINH),  # the front in general, no level
    ("Ủy ban nhân dân tỉnh Hà Tĩnh tổ chức", HA_TINH),  # not a body name as a whole
    ("đường Trần Phú", HA_TINH),
])
def test_unresolved_or_not_a_body(phrase, locality):
    assert canonical_organization(phrase, locality) is None


def test_bodies_in_text_with_parents_and_kinds():
    found = orgs("Ban Dân vận Tỉnh ủy phối hợp với Ban Thường vụ Huyện ủy, Đảng ủy xã Vượng Lộc, "
                 "UBND tỉnh, Sở Nội vụ và Ủy ban MTTQ huyện tổ chức hội nghị; Hội Nông dân huyện tham dự.")
    key = {name: o.key for name, o in found.items()}
    assert found["Ban Dân vận Tỉnh ủy Hà Tĩnh"].parent == key["Tỉnh ủy Hà Tĩnh"]
    assert found["Ban Thường vụ Huyện ủy Can Lộc"].parent == key["Huyện ủy Can Lộc"]
    assert found["Huyện ủy Can Lộc"].parent == key["Tỉnh ủy Hà Tĩnh"]
    assert found["Đảng ủy xã Vượng Lộc"].parent == key["Huyện ủy Can Lộc"]
    assert found["Sở Nội vụ tỉnh Hà Tĩnh"].parent == key["Ủy ban nhân dân tỉnh Hà Tĩnh"]
    assert found["Hội Nông dân huyện Can Lộc"].parent == key["Hội Nông dân tỉnh Hà Tĩnh"]
    assert found["Tỉnh ủy Hà Tĩnh"].parent is None
    kinds = {name: o.kind for name, o in found.items()}
    assert kinds["Ban Dân vận Tỉnh ủy Hà Tĩnh"] == "party"
    assert kinds["Ủy ban nhân dân tỉnh Hà Tĩnh"] == "state"
    assert kinds["Ủy ban Mặt trận Tổ quốc Việt Nam huyện Can Lộc"] == "front"
    assert kinds["Hội Nông dân huyện Can Lộc"] == "mass"
    # parents added without a mention of their own
    assert found["Tỉnh ủy Hà Tĩnh"].mentions == []
    assert [m.text for m in found["Ban Dân vận Tỉnh ủy Hà Tĩnh"].mentions] == ["Ban Dân vận Tỉnh ủy"]


def test_commune_parent_needs_known_district():
    found = orgs("Đảng ủy xã Vượng Lộc họp.", HA_TINH)  # the gazetteer knows Vượng Lộc is in Can Lộc
    assert found["Đảng ủy xã Vượng Lộc"].parent == "huyen-uy-can-loc"
    found = orgs("Đảng ủy xã Bình Minh Mới họp.", NOWHERE)
    assert found["Đảng ủy xã Bình Minh Mới"].parent is None


def test_explicit_locality_wins_over_article():
    found = orgs("Ban Dân vận Huyện ủy Thạch Hà và Ban Dân vận Huyện ủy cùng dự.")
    assert {"Ban Dân vận Huyện ủy Thạch Hà", "Ban Dân vận Huyện ủy Can Lộc"} <= set(found)


def test_central_bodies():
    found = orgs("Thực hiện Quyết định 99-QĐ/TW của Ban Bí thư, Quy định 11 của Bộ Chính trị, "
                 "Pháp lệnh 34 của Ủy ban Thường vụ Quốc hội và Nghị định 04 của Chính phủ.", NOWHERE)
    assert found["Ban Bí thư Trung ương Đảng"].parent == "ban-chap-hanh-trung-uong-dang"
    assert found["Ủy ban Thường vụ Quốc hội"].parent == "quoc-hoi"
    assert {"Bộ Chính trị", "Chính phủ", "Quốc hội", "Ban Chấp hành Trung ương Đảng"} <= set(found)


def test_a_symbols_codes_are_no_mention_of_a_body():
    found = orgs("Thực hiện Thông báo số 408/TB-VPCP và Công văn số 11554/VPCP-V.I; VPCP đề nghị các bộ báo cáo.", NOWHERE)
    assert [m.text for m in found["Văn phòng Chính phủ"].mentions] == ["VPCP"]  # the word, not the symbols' codes
    assert orgs("Theo Nghị quyết số 12/2025/NQ-HĐND tỉnh đã ban hành.", NOWHERE) == {}


def test_generic_words_and_people_are_not_bodies():
    found = orgs("Cấp ủy, chính quyền, Mặt trận Tổ quốc và các đoàn thể; công an xã và ông Nguyễn Văn An.")
    assert found == {}


def test_byline_and_boilerplate_are_ignored():
    a = article(("body", "UBND tỉnh họp."), ("byline", "Sở Nội vụ"), ("boilerplate", "Huyện ủy Can Lộc"))
    assert [o.name for o in find_organizations(a, HA_TINH)] == ["Ủy ban nhân dân tỉnh Hà Tĩnh"]


def test_mentions_point_into_text():
    a = article(("title", "BTV Huyện ủy Can Lộc họp"), ("body", "Sáng 2/5, BTV Huyện ủy họp."))
    found = {o.name: o for o in find_organizations(a, CAN_LOC)}
    mentions = found["Ban Thường vụ Huyện ủy Can Lộc"].mentions
    assert [a.text[m.start:m.end] for m in mentions] == ["BTV Huyện ủy Can Lộc", "BTV Huyện ủy"]


def test_a_committee_takes_a_unit_of_its_tier_whatever_its_current_level():
    """Units change level (Quế Võ: huyện, then thị xã in 2021); "Huyện ủy Quế Võ" still names it whole."""
    bac_ninh = Locality(province="Bắc Ninh")
    found = orgs("Bí thư Huyện ủy Quế Võ Lò Xuân Lan chủ trì.", bac_ninh)
    assert "Huyện ủy Quế Võ" in found and not any("Lò" in name for name in found)
    assert found["Huyện ủy Quế Võ"].mentions[0].text == "Huyện ủy Quế Võ"
