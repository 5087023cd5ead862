"""People: names, posts before and after them, chains, lists, short references, keys; and the seed gold."""

import json
import re
import time
from pathlib import Path

import pytest
from conftest import SHARED

from trichdan.loaders.article import parse_article
from trichdan.loaders.model import Article, Locality, Zone
from trichdan.loaders.normalize import normalize
from trichdan.loaders.people import find_people, people_and_organizations

HA_TINH = Locality(province="Hà Tĩnh")
CAN_LOC = Locality(province="Hà Tĩnh", district="Can Lộc", district_level="huyện")
QUANG_TRI = Locality(province="Quảng Trị")


def article(*parts: tuple[str, str], authors: tuple[str, ...] = ()) -> Article:
    text, zones = "", []
    for kind, part in parts:
        part = normalize(part)
        zones.append(Zone(kind, len(text), len(text) + len(part)))
        text += part + "\n"
    return Article(path="t.txt", text=text, zones=zones, authors=list(authors))


def people(text: str, locality: Locality = CAN_LOC) -> dict[str, list[tuple[str, str | None]]]:
    """Name → [(title, organisation)] of the people of a one-paragraph article."""
    found, _ = people_and_organizations(article(("body", text)), locality)
    return {p.name: [(r.title, r.organization) for r in p.roles] for p in found}


def test_title_before_name():
    assert people("Phó Bí thư Thường trực Tỉnh ủy Trần Thế Dũng phát biểu.") == {
        "Trần Thế Dũng": [("Phó Bí thư Thường trực", "Tỉnh ủy Hà Tĩnh")]}


def test_title_after_name():
    assert people("Ông Lê Văn Yên, Chủ tịch UBND huyện cho biết.") == {
        "Lê Văn Yên": [("Chủ tịch", "Ủy ban nhân dân huyện Can Lộc")]}
    assert people("Đồng chí Lê Bình Nguyên, Phó Bí thư Thường trực Huyện ủy đến dự.", HA_TINH) == {
        "Lê Bình Nguyên": [("Phó Bí thư Thường trực", "Huyện ủy")]}  # which district is not said
    assert people("Nguyễn Văn An - Bí thư Huyện ủy phát biểu.") == {"Nguyễn Văn An": [("Bí thư", "Huyện ủy Can Lộc")]}


def test_chain_of_posts():
    assert people("Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh Hoàng Trung Dũng dự.") == {
        "Hoàng Trung Dũng": [("Ủy viên", "Ban Chấp hành Trung ương Đảng"), ("Bí thư", "Tỉnh ủy Hà Tĩnh"),
                             ("Chủ tịch", "Hội đồng nhân dân tỉnh Hà Tĩnh")]}


def test_posts_before_and_after_name():
    got = people("Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh Nguyễn Đăng Quang, Trưởng Ban Chỉ đạo "
                 "thực hiện dân chủ ở cơ sở tỉnh chủ trì hội nghị.", QUANG_TRI)
    assert got == {"Nguyễn Đăng Quang": [
        ("Phó Bí thư Thường trực", "Tỉnh ủy Quảng Trị"), ("Chủ tịch", "Hội đồng nhân dân tỉnh Quảng Trị"),
        ("Trưởng ban", "Ban Chỉ đạo thực hiện dân chủ ở cơ sở tỉnh Quảng Trị")]}


def test_dash_joined_posts_share_the_place_named_once():
    assert people("Trưởng ban Dân vận Huyện ủy - Chủ tịch Ủy ban MTTQ huyện Can Lộc Bùi Thị Kiều Nhi báo cáo.",
                  HA_TINH) == {"Bùi Thị Kiều Nhi": [
                      ("Trưởng ban", "Ban Dân vận Huyện ủy Can Lộc"),
                      ("Chủ tịch", "Ủy ban Mặt trận Tổ quốc Việt Nam huyện Can Lộc")]}
    assert people("Trưởng ban Dân vận Huyện ủy, Chủ tịch Ủy ban MTTQ huyện Cẩm Xuyên Nguyễn Thanh Long nói.",
                  HA_TINH)["Nguyễn Thanh Long"][0] == ("Trưởng ban", "Ban Dân vận Huyện ủy Cẩm Xuyên")


def test_posts_completed_from_the_chain():
    assert people("Đồng chí Nguyễn Văn An, Ủy viên Ban Thường vụ, Trưởng Ban Tổ chức Tỉnh ủy phát biểu.") == {
        "Nguyễn Văn An": [("Ủy viên", "Ban Thường vụ Tỉnh ủy Hà Tĩnh"), ("Trưởng ban", "Ban Tổ chức Tỉnh ủy Hà Tĩnh")]}
    assert people("Phó Bí thư, Chủ tịch UBND tỉnh Võ Trọng Hải chủ trì.") == {
        "Võ Trọng Hải": [("Phó Bí thư", "Tỉnh ủy Hà Tĩnh"), ("Chủ tịch", "Ủy ban nhân dân tỉnh Hà Tĩnh")]}
    assert people("Bí thư Đảng ủy, Chủ tịch HĐND xã Thạch Kênh Nguyễn Văn Bình báo cáo.") == {
        "Nguyễn Văn Bình": [("Bí thư", "Đảng ủy xã Thạch Kênh"), ("Chủ tịch", "Hội đồng nhân dân xã Thạch Kênh")]}
    assert people("Tỉnh ủy viên, Giám đốc Sở Y tế Nguyễn Ngọc Châu dự.") == {
        "Nguyễn Ngọc Châu": [("Tỉnh ủy viên", "Tỉnh ủy Hà Tĩnh"), ("Giám đốc", "Sở Y tế tỉnh Hà Tĩnh")]}


def test_village_heads_qualifiers_and_places_left_over():
    found, orgs = people_and_organizations(article(("body", "Bí thư Chi bộ, Trưởng thôn Tân Phúc Nguyễn Văn Tuấn, "
                                                            "Phó Giám đốc phụ trách Sở Y tế Lê Thị Hoa và Bí thư "
                                                            "Đảng ủy Kỳ Tân Trần Văn An dự.")), HA_TINH)
    roles = {p.name: [(r.title, r.organization, r.organization_key) for r in p.roles] for p in found}
    assert roles == {"Nguyễn Văn Tuấn": [("Bí thư", "Chi bộ", None), ("Trưởng thôn", None, None)],
                     "Lê Thị Hoa": [("Phó Giám đốc phụ trách", "Sở Y tế tỉnh Hà Tĩnh", "so-y-te-tinh-ha-tinh")],
                     "Trần Văn An": [("Bí thư", "Đảng ủy", None)]}
    assert "chi-bo" not in {o.key for o in orgs}


def test_informal_and_national_posts():
    assert people("Chủ tịch xã Vượng Lộc Nguyễn Văn Hòa và Bí thư huyện Trần Văn Sơn dự.") == {
        "Nguyễn Văn Hòa": [("Chủ tịch", "Ủy ban nhân dân xã Vượng Lộc")],
        "Trần Văn Sơn": [("Bí thư", "Huyện ủy Can Lộc")]}
    assert people("Trung tướng Nguyễn Văn Sơn, Thứ trưởng Bộ Công an làm việc với Tổng Bí thư, Chủ tịch nước Tô Lâm; "
                  "Phó Trưởng Ban Tổ chức Trung ương Nguyễn Quang Dương và nguyên Bí thư Tỉnh ủy Võ Kim Cự.") == {
        "Nguyễn Văn Sơn": [("Thứ trưởng", "Bộ Công an")],
        "Tô Lâm": [("Tổng Bí thư", "Ban Chấp hành Trung ương Đảng"), ("Chủ tịch nước", "Chủ tịch nước")],
        "Nguyễn Quang Dương": [("Phó Trưởng ban", "Ban Tổ chức Trung ương")],
        "Võ Kim Cự": [("nguyên Bí thư", "Tỉnh ủy Hà Tĩnh")]}


def test_several_people_in_one_sentence():
    got = people("Tham dự có Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Đào Mạnh Hùng, Trưởng Ban Dân vận Tỉnh ủy "
                 "Lê Thị Lan Hương và Phó Chủ tịch UBND tỉnh Hoàng Nam.", QUANG_TRI)
    assert got == {
        "Đào Mạnh Hùng": [("Chủ tịch", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Quảng Trị")],
        "Lê Thị Lan Hương": [("Trưởng ban", "Ban Dân vận Tỉnh ủy Quảng Trị")],
        "Hoàng Nam": [("Phó Chủ tịch", "Ủy ban nhân dân tỉnh Quảng Trị")]}
    got = people("Bí thư Huyện ủy Can Lộc Nghiêm Sỹ Đống, Phó Bí thư Huyện ủy Võ Xuân Linh trao giấy khen.")
    assert got == {"Nghiêm Sỹ Đống": [("Bí thư", "Huyện ủy Can Lộc")],
                   "Võ Xuân Linh": [("Phó Bí thư", "Huyện ủy Can Lộc")]}


def test_lists():
    got = people("Dự hội nghị có các đồng chí: Nguyễn Văn An, Trần Thị Bình, Lò Văn Giàng và Quách Tôn Nữ Mai.")
    assert got == {"Nguyễn Văn An": [], "Trần Thị Bình": [], "Lò Văn Giàng": [], "Quách Tôn Nữ Mai": []}
    got = people("Dự có các đồng chí: Trần Thế Dũng, Phó Bí thư Thường trực Tỉnh ủy; Võ Trọng Hải, Chủ tịch UBND tỉnh.")
    assert got == {"Trần Thế Dũng": [("Phó Bí thư Thường trực", "Tỉnh ủy Hà Tĩnh")],
                   "Võ Trọng Hải": [("Chủ tịch", "Ủy ban nhân dân tỉnh Hà Tĩnh")]}


def test_list_after_a_colon():
    assert people("Tham dự có đồng chí: Nguyễn Văn An, Bí thư Huyện ủy; Trần Thị Bình và Lê Văn Cường.") == {
        "Nguyễn Văn An": [("Bí thư", "Huyện ủy Can Lộc")], "Trần Thị Bình": [], "Lê Văn Cường": []}


def test_list_with_dashed_posts_and_title_then_name():
    got = people("Tham dự có các đồng chí: Trần Thế Dũng - Phó Bí thư Thường trực Tỉnh ủy; Võ Trọng Hải - Phó Bí "
                 "thư Tỉnh ủy, Chủ tịch UBND tỉnh; Phó Ban Dân vận Tỉnh ủy Quan Văn Tâm; Bí thư Tỉnh ủy, đồng chí "
                 "Nhữ Đình Hòa.")
    assert got == {"Trần Thế Dũng": [("Phó Bí thư Thường trực", "Tỉnh ủy Hà Tĩnh")],
                   "Võ Trọng Hải": [("Phó Bí thư", "Tỉnh ủy Hà Tĩnh"), ("Chủ tịch", "Ủy ban nhân dân tỉnh Hà Tĩnh")],
                   "Quan Văn Tâm": [("Phó Trưởng ban", "Ban Dân vận Tỉnh ủy Hà Tĩnh")],
                   "Nhữ Đình Hòa": [("Bí thư", "Tỉnh ủy Hà Tĩnh")]}


def test_person_without_title_in_a_body():
    got = people("Phó Bí thư Thường trực Tỉnh ủy Trần Thế Dũng trao bằng khen cho đồng chí Hồ Đức Tiến "
                 "(Ban Dân vận Tỉnh ủy Hà Tĩnh).", HA_TINH)
    assert got["Hồ Đức Tiến"] == [("", "Ban Dân vận Tỉnh ủy Hà Tĩnh")]
    assert people("Bà Nghiêm Thị Nga phát biểu.") == {"Nghiêm Thị Nga": []}


def test_names_of_every_shape():
    got = people("Theo Phó Bí thư Huyện ủy Giàng Seo Chứ, Phó Bí thư Huyện ủy Lô Văn Diện và ông A Thuân, "
                 "Bí thư Đảng ủy xã Mường Lống Vừ Bá Giống cũng dự.")
    assert set(got) == {"Giàng Seo Chứ", "Lô Văn Diện", "A Thuân", "Vừ Bá Giống"}
    got = people("Chủ tịch UBND huyện Hà Văn Tâm, Bí thư Đảng ủy xã Vượng Lộc Mạc Thị Lường, Tổng Bí thư Tô Lâm, "
                 "Trưởng Ban Tuyên giáo Tỉnh ủy Y Thanh Hà Niê Kđăm, Bí thư Chi bộ thôn Trung Lộc Sùng A Páo, "
                 "Phó Chủ tịch UBND xã Giàng Seo Phử và Chủ tịch Hội Nông dân huyện Tôn Nữ Thị Ninh dự.")
    assert set(got) == {"Hà Văn Tâm", "Mạc Thị Lường", "Tô Lâm", "Y Thanh Hà Niê Kđăm", "Sùng A Páo",
                        "Giàng Seo Phử", "Tôn Nữ Thị Ninh"}
    assert got["Tô Lâm"] == [("Tổng Bí thư", "Ban Chấp hành Trung ương Đảng")]
    assert got["Sùng A Páo"] == [("Bí thư", "Chi bộ thôn Trung Lộc")]


def test_place_then_name_boundary():
    got = people("Trưởng ban Dân vận Huyện ủy Thạch Hà Trần Đình Nghị và Giám đốc Bảo hiểm xã hội Can Lộc "
                 "Nguyễn Huy Hoàn; Bí thư Tỉnh ủy Thanh Hóa Đỗ Trọng Hưng.")
    assert got == {"Trần Đình Nghị": [("Trưởng ban", "Ban Dân vận Huyện ủy Thạch Hà")],
                   "Nguyễn Huy Hoàn": [("Giám đốc", "Bảo hiểm xã hội huyện Can Lộc")],
                   "Đỗ Trọng Hưng": [("Bí thư", "Tỉnh ủy Thanh Hóa")]}


def test_body_outside_the_table_after_the_name():
    assert people("PGS.TS Nguyễn Văn Lâm, Giám đốc Học viện Chính trị quốc gia Hồ Chí Minh phát biểu.") == {
        "Nguyễn Văn Lâm": [("Giám đốc", "Học viện Chính trị quốc gia Hồ Chí Minh")]}
    assert people("Ông Trần Ngọc Lâm, Chủ tịch Công đoàn cơ sở Công ty TNHH May Thành Đạt cho biết.") == {
        "Trần Ngọc Lâm": [("Chủ tịch", "Công đoàn cơ sở Công ty TNHH May Thành Đạt")]}


def test_lower_case_post_after_the_name():
    got = people("ThS. Hồ Kiên, giảng viên Trường Chính trị Nguyễn Chí Thanh, trình bày.", Locality("Thừa Thiên Huế"))
    assert got == {"Hồ Kiên": [("Giảng viên", "Trường Chính trị tỉnh Thừa Thiên Huế")]}


def test_commune_named_earlier_in_the_paragraph():
    got = people("Tại xã Lương Hòa, ông Nguyễn Văn Hùng, Bí thư Đảng ủy xã cho biết. Tại huyện Thạch Hà, "
                 "Chủ tịch UBND huyện Trần Văn Nam nói.")
    assert got == {"Nguyễn Văn Hùng": [("Bí thư", "Đảng ủy xã Lương Hòa")],
                   "Trần Văn Nam": [("Chủ tịch", "Ủy ban nhân dân huyện Thạch Hà")]}


def test_bodies_outside_the_table_and_ranks():
    got = people("Giám đốc Trung tâm Y tế huyện Can Lộc Trần Quang Hưng và Đại tá Võ Văn Hải, Chỉ huy trưởng "
                 "Bộ Chỉ huy Quân sự tỉnh, cùng Chánh Văn phòng Tỉnh ủy Lê Ngọc Hùng dự.")
    assert got == {"Trần Quang Hưng": [("Giám đốc", "Trung tâm Y tế huyện Can Lộc")],
                   "Võ Văn Hải": [("Chỉ huy trưởng", "Bộ Chỉ huy Quân sự tỉnh Hà Tĩnh")],
                   "Lê Ngọc Hùng": [("Chánh Văn phòng", "Văn phòng Tỉnh ủy Hà Tĩnh")]}


def test_short_references_fold_into_the_full_name():
    found, _ = people_and_organizations(article((
        "body", "Phó Bí thư Thường trực Tỉnh ủy Nguyễn Đăng Quang dự. Ông Quang cho biết, bà Thu Hà và "
                "đồng chí Huỳnh đã báo cáo. Phó Chủ tịch Phạm Thị Thu Hà và Phó Trưởng ban Ngô Văn Huỳnh.")),
        QUANG_TRI)
    by_name = {p.name: [m.text for m in p.mentions] for p in found}
    assert by_name == {"Nguyễn Đăng Quang": ["Nguyễn Đăng Quang", "Quang"],
                       "Phạm Thị Thu Hà": ["Thu Hà", "Phạm Thị Thu Hà"],
                       "Ngô Văn Huỳnh": ["Huỳnh", "Ngô Văn Huỳnh"]}


@pytest.mark.parametrize("text", [
    "Người dân phố Nguyễn Văn Cừ và đường Trần Phú, Bí thư chi bộ cho hay.",
    "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.",
    "Chủ tịch Hồ Chí Minh từng dạy; Thành phố Hồ Chí Minh phát triển.",
    "Huyện Can Lộc (Hà Tĩnh), Thạch Hà, Chủ tịch nước tặng Huân chương Lao động hạng Ba.",
    "Ban Dân vận Tỉnh ủy, Ủy ban MTTQ tỉnh và Hội Nông dân huyện phối hợp; các đồng chí lãnh đạo tỉnh dự.",
    "Phó Trưởng ban Thường trực Ban Dân vận Tỉnh ủy lưu ý; đồng chí Phó Bí thư Thường trực Huyện ủy yêu cầu.",
    "Hiệu trưởng Trường THPT Nguyễn Du phát biểu; Bà Rịa - Vũng Tàu; ông Quang cảm ơn.",
    "Giám đốc Trung tâm Y tế Hà Tĩnh phát biểu; dự có các ông, bà: Hà Tĩnh, Thạch Hà.",
    "Bí Thư Tỉnh Ủy Thăm Và Làm Việc Tại Can Lộc; các đồng chí Ủy viên Ban Thường vụ Tỉnh ủy cùng dự.",
])
def test_not_people(text):
    assert people(text) == {}


def test_byline_is_not_read_and_authors_are_dropped():
    a = article(("body", "Bí thư Huyện ủy Nghiêm Sỹ Đống dự."), ("byline", "Ông Anh Thư"),
                ("caption", "Ông Lê Hoàn phát biểu."), authors=("Lê Hoàn",))
    assert [p.name for p in find_people(a, CAN_LOC, [])] == ["Nghiêm Sỹ Đống"]


def test_keys_by_province_of_the_post():
    one = find_people(article(("body", "Bí thư Tỉnh ủy Hà Tĩnh Nguyễn Văn An và Bí thư Tỉnh ủy Quảng Trị "
                                       "Lê Quang Tùng; Thủ tướng Phạm Minh Chính; ông Trần Văn Bình.")),
                      CAN_LOC, [])
    assert {p.name: p.key for p in one} == {"Nguyễn Văn An": "ha-tinh/nguyen-van-an",
                                            "Lê Quang Tùng": "quang-tri/le-quang-tung",
                                            "Phạm Minh Chính": "vn/pham-minh-chinh",
                                            "Trần Văn Bình": "ha-tinh/tran-van-binh"}
    other = find_people(article(("body", "Ông Nguyễn Văn An, Chủ tịch UBND tỉnh phát biểu.")), QUANG_TRI, [])
    assert other[0].key == "quang-tri/nguyen-van-an"  # same name, another province: another person
    nowhere = find_people(article(("body", "Ông Nguyễn Văn An phát biểu.")), Locality(), [])
    assert nowhere[0].key == "vn/nguyen-van-an"


def test_roles_link_to_organisation_keys():
    found, orgs = people_and_organizations(article(("body", "Trưởng ban Dân vận Huyện ủy, Chủ tịch Ủy ban MTTQ "
                                                            "huyện Cẩm Xuyên Nguyễn Thanh Long dự.")), HA_TINH)
    keys = {o.key: o for o in orgs}
    for role in found[0].roles:
        assert keys[role.organization_key].name == role.organization
    assert keys["ban-dan-van-huyen-uy-cam-xuyen"].parent == "huyen-uy-cam-xuyen"
    assert keys["huyen-uy-cam-xuyen"].parent == "tinh-uy-ha-tinh"


def test_unresolved_body_links_to_the_one_known_body_extending_it():
    a = article(("body", "Ban Dân vận Huyện ủy Thạch Hà tổ chức hội nghị. Trưởng ban Dân vận Huyện ủy "
                         "Trần Đình Nghị phát biểu."))
    assert find_people(a, HA_TINH, [])[0].roles[0].organization_key is None
    found, _ = people_and_organizations(a, HA_TINH)
    assert found[0].roles[0].organization == "Ban Dân vận Huyện ủy Thạch Hà"


def test_time_grows_linearly_with_the_text():
    """A complexity check, not a speed claim (speed lives in bench/): 4× the text costs < 8× the time."""
    sentence = ("Phó Bí thư Thường trực Tỉnh ủy Trần Thế Dũng, Trưởng ban Dân vận Huyện ủy - Chủ tịch "
                "Ủy ban MTTQ huyện Can Lộc Bùi Thị Kiều Nhi và nhân dân các xã đã thực hiện tốt quy chế "
                "dân chủ ở cơ sở trong năm qua.")

    def seconds(repeats: int) -> float:
        a = article(("body", " ".join([sentence] * repeats)))
        start = time.process_time()
        people_and_organizations(a, CAN_LOC)
        return time.process_time() - start

    seconds(5)
    small, large = min(seconds(25) for _ in range(3)), min(seconds(100) for _ in range(3))
    assert large / max(small, 0.005) < 8, f"{small:.3f}s for n, {large:.3f}s for 4n"


# ---------------------------------------------------------------- seeds

SEED_LOCALITY = {"000": CAN_LOC, "001": Locality(), "002": HA_TINH, "003": QUANG_TRI,
                 "004": Locality(province="Hà Tĩnh", district="Hồng Lĩnh", district_level="thị xã")}
_ABBREV = [("hội đồng nhân dân", "hđnd"), ("ủy ban nhân dân", "ubnd"), ("mặt trận tổ quốc", "mttq"),
           ("ban chấp hành", "bch"), ("ban thường vụ", "btv")]


def _norm(text: str | None) -> str:
    text = normalize(text or "").lower()
    for long, short in _ABBREV:
        text = text.replace(long, short)
    return re.sub(r"\s+", " ", text).strip()


def _seeds() -> list[tuple[Path, dict]]:
    gold = SHARED / "gold" / "seeds.json"
    if not gold.exists():
        return []
    articles = json.loads(gold.read_text("utf-8"))["articles"]
    return [(SHARED / "seeds" / name, g) for name, g in sorted(articles.items()) if (SHARED / "seeds" / name).exists()]


@pytest.mark.shared
@pytest.mark.parametrize("path, gold", _seeds() or [pytest.param(None, None, id="seeds")],
                         ids=lambda x: x.name if isinstance(x, Path) else "")
def test_seed_gold_people(path, gold):
    a = parse_article(path.name, path.read_text("utf-8"))
    found = {_norm(p.name): p for p in find_people(a, SEED_LOCALITY[path.name[:3]], [])}
    authors = {_norm(x) for x in gold.get("authors", []) + a.authors}
    wanted = {_norm(g["name"]): g for g in gold["people"]}
    assert set(wanted) <= set(found)
    assert set(found) - set(wanted) <= authors
    for name, g in wanted.items():
        titles = {_norm(r.title) for r in found[name].roles}
        assert {_norm(t) for t in g["titles"]} <= titles, name
        organisations = [_norm(r.organization) for r in found[name].roles]
        assert any(all(_norm(c) in o for c in g["org_core"]) for o in organisations), name


def test_ethnic_family_names():
    """Khmer women's names open with "Néang" (also written "Neáng"), Dao names with "Phìn"."""
    an_giang = Locality(province="An Giang")
    assert people("Bà Néang Sóc Thy (Ban Thanh tra nhân dân xã Lương Phi) chia sẻ ý kiến.", an_giang) == {
        "Néang Sóc Thy": [("", "Ban Thanh tra nhân dân xã Lương Phi")]}
    assert "Phìn Văn Sinh" in people("Ông Phìn Văn Sinh, người Dao ở xã Pa Tần, trồng thảo quả.", Locality(province="Lai Châu"))
    got = people("Các đồng chí: Chẩu Văn Hùng, Bí thư Tỉnh ủy; Sèn Chỉn Pao, Trưởng Ban Tuyên giáo Tỉnh ủy; Phó Chủ "
                 "tịch Quốc hội Uông Văn Thành dự.", Locality(province="Lạng Sơn"))
    assert set(got) == {"Chẩu Văn Hùng", "Sèn Chỉn Pao", "Uông Văn Thành"}


def test_anh_and_chi_mark_a_name():
    """"anh" / "chị" before a full name mark a person as "ông" / "bà" do; without a family name nothing."""
    found = people("Anh Phìn Văn Sinh là hộ được hỗ trợ; gia đình chị Lò Thị Mai cũng vậy. Anh em trong bản đồng lòng.",
                   Locality(province="Lai Châu"))
    assert set(found) == {"Phìn Văn Sinh", "Lò Thị Mai"}


def test_public_service_centre_up_to_the_name():
    assert people("Phó Giám đốc Trung tâm Phục vụ hành chính công xã Nguyễn Thị Hà cho biết còn khó khăn.") == {
        "Nguyễn Thị Hà": [("Phó Giám đốc", "Trung tâm Phục vụ hành chính công xã")]}


BAC_NINH = Locality(province="Bắc Ninh")


def test_place_ending_a_body_is_consumed_before_the_name():
    """The longest place name the gazetteer knows after the body word belongs to the body, even when its
    last syllable is a family name ("Quế Võ") and the person's family name is rare (Lò, Nghiêm, Quách)."""
    assert people("Bí thư Huyện ủy Quế Võ Lò Xuân Lan chủ trì.", BAC_NINH) == {
        "Lò Xuân Lan": [("Bí thư", "Huyện ủy Quế Võ")]}  # Quế Võ is a thị xã in the gazetteer
    assert people("Chủ tịch UBND huyện Quế Võ Nghiêm Văn Hùng và Chủ tịch Ủy ban MTTQ huyện Quế Võ "
                  "Quách Văn Thắng báo cáo.", BAC_NINH) == {
        "Nghiêm Văn Hùng": [("Chủ tịch", "Ủy ban nhân dân huyện Quế Võ")],
        "Quách Văn Thắng": [("Chủ tịch", "Ủy ban Mặt trận Tổ quốc Việt Nam huyện Quế Võ")]}
    assert people("Bí thư Huyện ủy Đức Thọ Lò Văn Minh chủ trì.", HA_TINH) == {
        "Lò Văn Minh": [("Bí thư", "Huyện ủy Đức Thọ")]}
    assert people("Bí thư Quế Võ Lò Xuân Lan chủ trì.", BAC_NINH) == {"Lò Xuân Lan": [("Bí thư", None)]}


def test_commune_body_then_name():
    assert people("Chủ tịch UBND xã Tân Hội Nguyễn Văn An phát biểu.") == {
        "Nguyễn Văn An": [("Chủ tịch", "Ủy ban nhân dân xã Tân Hội")]}
    assert people("Chủ tịch UBND xã Nguyễn Văn An phát biểu.", HA_TINH) == {
        "Nguyễn Văn An": [("Chủ tịch", "Ủy ban nhân dân xã")]}
    assert people("Bí thư Đảng ủy xã Lê Thị Hoa phát biểu.", HA_TINH) == {"Lê Thị Hoa": [("Bí thư", "Đảng ủy xã")]}


def test_a_name_spelt_like_a_place_but_for_its_tones_is_a_person():
    """"Nguyễn Bình" is not the district Nguyên Bình, "Trần Yến" not Trấn Yên: after a body, a person."""
    assert people("Phó Chủ tịch UBND huyện Nguyễn Bình phát biểu chỉ đạo.", HA_TINH) == {
        "Nguyễn Bình": [("Phó Chủ tịch", "Ủy ban nhân dân huyện")]}
    assert people("Phó Chủ tịch UBND huyện Trần Yến phát biểu.") == {
        "Trần Yến": [("Phó Chủ tịch", "Ủy ban nhân dân huyện Can Lộc")]}


LAM_DONG = Locality(province="Lâm Đồng")
CA_MAU = Locality(province="Cà Mau")


def test_highland_names_with_an_apostrophe_syllable_after_a_marker():
    assert people("Phát biểu, bà Ka H'Phương, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, cho rằng cần lắng nghe.",
                  LAM_DONG) == {"Ka H'Phương": [("Phó Chủ tịch", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Lâm Đồng")]}
    assert people("Ông K'Bình Ha Ra cho biết thôn đã có đường.", LAM_DONG) == {"K'Bình Ha Ra": []}
    assert people("Chị Ka Hoa làm nghề dệt.", LAM_DONG) == {"Ka Hoa": []}  # "Ka": a K'Ho woman
    assert people("Anh Xa Lô Ta làm nghề dệt.", LAM_DONG) == {}  # no apostrophe, no known family name
    assert people("đồng bào K'Ho, Mạ, M'nông cùng sinh sống.", LAM_DONG) == {}  # peoples, not people


def test_unknown_family_name_with_a_middle_name_after_a_marker():
    assert people("Ông Thông Văn Hải, Phó Trưởng Ban Dân tộc HĐND tỉnh, phát biểu.", LAM_DONG) == {
        "Thông Văn Hải": [("Phó Trưởng ban", "Ban Dân tộc Hội đồng nhân dân tỉnh Lâm Đồng")]}
    assert people("Trường Thông Văn Hóa mở cửa.", LAM_DONG) == {}  # no marker: the table decides


def test_short_description_between_name_and_posts():
    assert people("Ông Thông Văn Hải, người Chăm, Phó Trưởng Ban Dân tộc HĐND tỉnh, bày tỏ mong muốn.",
                  LAM_DONG) == {"Thông Văn Hải": [("Phó Trưởng ban", "Ban Dân tộc Hội đồng nhân dân tỉnh Lâm Đồng")]}
    assert people("Bà Lò Thị Mai, 45 tuổi, Chủ tịch Hội LHPN xã Vượng Lộc, cho biết.") == {
        "Lò Thị Mai": [("Chủ tịch", "Hội Liên hiệp Phụ nữ xã Vượng Lộc")]}
    assert people("Ông Lê Văn Yên, người dân thôn 3, cho biết đường đã làm xong.") == {"Lê Văn Yên": []}


def test_self_introduction_of_a_citizen():
    got = people("Hỏi: Tôi tên Lý Văn Ba, ngụ xã Khánh Bình Tây, huyện Trần Văn Thời. Xin hỏi việc tuyển dụng.", CA_MAU)
    assert got == {"Lý Văn Ba": []}
    assert people("Tôi tên là Trần Thị Hoa, hiện sống ở xã Vượng Lộc.") == {"Trần Thị Hoa": []}
    assert people("tôi là Nguyễn Văn Tâm, công nhân về hưu.") == {"Nguyễn Văn Tâm": []}
    # things named after someone, and "là" after anything but a speaker, name no participant
    assert people("Trường mang tên Lê Quý Đôn; con đường có tên Trần Phú.") == {}
    assert people("Người được khen là Nguyễn Văn Tâm.") == {}


def test_profession_and_body_in_apposition_after_the_name():
    got = people("Trả lời: Luật sư Quách Thị Ngọc Diễm, Đoàn Luật sư tỉnh Cà Mau trả lời như sau:", CA_MAU)
    assert got == {"Quách Thị Ngọc Diễm": [("", "Đoàn Luật sư tỉnh Cà Mau")]}
    assert people("Bác sĩ Trần Văn Hòa, Trung tâm Y tế huyện Can Lộc, cho biết.") == {
        "Trần Văn Hòa": [("", "Trung tâm Y tế huyện Can Lộc")]}
    assert people("Giáo sư Nguyễn Văn Lâm nhận định.") == {"Nguyễn Văn Lâm": []}
    assert people("Thượng úy Lê Văn Hùng, Công an xã Vượng Lộc, có mặt.") == {
        "Lê Văn Hùng": [("", "Công an xã Vượng Lộc")]}
    # a bare name before a body is a list, not a post
    assert people("Hội nghị có Nguyễn Văn An, Hội Nông dân huyện tham dự.") == {}


def test_post_in_a_group_after_lam():
    got = people("Quyết định thành lập Tổ công tác do ông Đinh Văn Ngọ, Phó Chủ tịch UBND tỉnh làm Tổ trưởng.",
                 Locality(province="Quảng Ngãi"))
    assert got == {"Đinh Văn Ngọ": [("Phó Chủ tịch", "Ủy ban nhân dân tỉnh Quảng Ngãi"), ("Tổ trưởng", None)]}
    assert people("Đoàn do đồng chí Trần Văn Hậu làm Trưởng đoàn.") == {"Trần Văn Hậu": [("Trưởng đoàn", None)]}
    assert people("Ông Lê Văn Yên, Chủ tịch UBND huyện làm việc với xã.") == {
        "Lê Văn Yên": [("Chủ tịch", "Ủy ban nhân dân huyện Can Lộc")]}  # "làm việc": no post


def test_body_whose_name_joins_two_fields_with_a_dash():
    got = people("Bà Vũ Thị Thu, Chi cục trưởng Chi cục Dân số - Kế hoạch hóa gia đình tỉnh nhận định.",
                 Locality(province="Thái Bình"))
    assert got == {"Vũ Thị Thu": [("Chi cục trưởng", "Chi cục Dân số - Kế hoạch hóa gia đình")]}
    assert people("Ông Lê Văn Yên, Giám đốc Trung tâm Văn hóa - Thể thao huyện Can Lộc, phát biểu.") == {
        "Lê Văn Yên": [("Giám đốc", "Trung tâm Văn hóa - Thể thao huyện Can Lộc")]}
    # a dash between two posts stays a separator
    assert people("Ông Lê Văn Yên, Giám đốc Trung tâm Y tế - Chủ tịch Hội Chữ thập đỏ huyện cho biết.") == {
        "Lê Văn Yên": [("Giám đốc", "Trung tâm Y tế"), ("Chủ tịch", "Hội Chữ thập đỏ huyện Can Lộc")]}
    assert people("Đồng chí Nguyễn Văn An, Trưởng ban Dân vận Huyện ủy - Chủ tịch Ủy ban MTTQ huyện phát biểu.") == {
        "Nguyễn Văn An": [("Trưởng ban", "Ban Dân vận Huyện ủy Can Lộc"),
                          ("Chủ tịch", "Ủy ban Mặt trận Tổ quốc Việt Nam huyện Can Lộc")]}


def test_a_list_of_bodies_after_a_name_is_no_membership():
    assert people("Dự có bà Lê Thị Hoa, Hội Nông dân huyện, Hội LHPN huyện và Đoàn Thanh niên huyện.") == {
        "Lê Thị Hoa": []}
    assert people("Chủ tịch UBND huyện Lê Văn Yên, Công an huyện cùng dự.") == {
        "Lê Văn Yên": [("Chủ tịch", "Ủy ban nhân dân huyện Can Lộc")]}  # a post holder's list goes on
    assert people("Bác sĩ Lê Văn Hùng, Trung tâm Y tế huyện, Bệnh viện Đa khoa tỉnh đều có mặt.") == {
        "Lê Văn Hùng": []}


# ---------------------------------------------------------------- forms of real pages

LONG_AN = Locality(province="Long An")


def test_name_after_a_dash_and_posts_of_a_list_attach_to_the_next_name():
    assert people("Phát biểu khai mạc, Bí thư Tỉnh ủy Vĩnh Long - Trần Văn Rồng cho biết.", HA_TINH) == {
        "Trần Văn Rồng": [("Bí thư", "Tỉnh ủy Vĩnh Long")]}
    assert people("Dự có Phó Bí thư Tỉnh ủy Quảng Nam- Lê Văn Đông.", HA_TINH) == {
        "Lê Văn Đông": [("Phó Bí thư", "Tỉnh ủy Quảng Nam")]}
    assert people("Phó Chủ tịch UBND tỉnh – Hà Nam cho biết.", HA_TINH) == {}  # a place after the dash
    got = people("UVTW Đảng, Bí thư Tỉnh ủy – Nguyễn Văn Ánh, Phó Bí thư Thường trực Tỉnh ủy - Trần Thanh Bình, "
                 "Chủ tịch UBND tỉnh – Lê Văn Chương đồng chủ trì.", LONG_AN)
    assert got == {"Nguyễn Văn Ánh": [("Ủy viên", "Ban Chấp hành Trung ương Đảng"), ("Bí thư", "Tỉnh ủy Long An")],
                   "Trần Thanh Bình": [("Phó Bí thư Thường trực", "Tỉnh ủy Long An")],
                   "Lê Văn Chương": [("Chủ tịch", "Ủy ban nhân dân tỉnh Long An")]}


def test_term_and_province_between_the_post_and_the_name():
    assert people("Bí thư Tỉnh ủy khóa X (nhiệm kỳ 2015 - 2020) - Phạm Văn Dũng trả lời phỏng vấn.", LONG_AN) == {
        "Phạm Văn Dũng": [("Bí thư", "Tỉnh ủy Long An")]}
    assert people("Đến dự có Phó Bí thư Thường trực Thị ủy Sơn Tây, thành phố Hà Nội Nguyễn Quang Huy.") == {
        "Nguyễn Quang Huy": [("Phó Bí thư Thường trực", "Thị ủy Sơn Tây")]}
    assert people("Bí thư Tỉnh ủy Bà Rịa-Vũng Tàu Phạm Viết Hùng nhấn mạnh.", HA_TINH) == {
        "Phạm Viết Hùng": [("Bí thư", "Tỉnh ủy Bà Rịa - Vũng Tàu")]}


def test_names_glued_to_the_next_word_or_an_acronym():
    got = people("Phó Trưởng Ban Dân vận Trung ương Nguyễn Hồng Sơnnhấn mạnh vai trò của cơ sở.")
    assert got == {"Nguyễn Hồng Sơn": [("Phó Trưởng ban", "Ban Dân vận Trung ương")]}
    got = people("Dự có Chủ nhiệm Ủy ban Pháp luật Lê Văn Tâm, Trưởng ban công tác đại biểu QHTrần Thị Hoa.")
    assert set(got) == {"Lê Văn Tâm", "Trần Thị Hoa"}
    assert got["Trần Thị Hoa"] == [("Trưởng ban", "Ban công tác đại biểu QH")]


def test_signers_of_a_document():
    got, _ = people_and_organizations(parse_article("a.txt", (
        "Quyết định này có hiệu lực từ ngày ký.\n\nT/M BAN CHẤP HÀNH TRUNG ƯƠNG\n\nTỔNG BÍ THƯ\n\n(đã ký)\n\n"
        "Lê Khả Minh\n")), Locality())
    assert [(p.name, [(r.title, r.organization) for r in p.roles]) for p in got] == [
        ("Lê Khả Minh", [("Tổng Bí thư", "Ban Chấp hành Trung ương Đảng")])]
    got, _ = people_and_organizations(parse_article("a.txt", "Luật này có hiệu lực từ ngày 1/7/2004.\n\nChủ tịch "
                                                             "Quốc hội\nNGUYỄN VĂN THANH\n"), Locality())
    assert [(p.name, p.roles[0].title) for p in got] == [("Nguyễn Văn Thanh", "Chủ tịch")]
    assert set(people("TM. BAN BÍ THƯ TRUNG ƯƠNG ĐOÀNBÍ THƯ THƯỜNG TRỰC (đã ký) Vũ Văn Hải BAN CHẤP HÀNH")) == {
        "Vũ Văn Hải"}
    assert set(people("Võ Văn Kiên (Đã ký); Đã ký Phạm Hồng Hạnh")) == {"Võ Văn Kiên", "Phạm Hồng Hạnh"}
    for block, title in (("K/T TRƯỞNG BAN\n\nPHÓ TRƯỞNG BAN THƯỜNG TRỰC\n\nPhạm Văn Thắng", "Phó Trưởng ban Thường trực"),
                         ("TUQ.TRƯỞNG BAN\n\nCHÁNH VĂN PHÒNG\n\nNguyễn Văn Nghĩa", "Chánh Văn phòng")):  # "K/T", "TUQ."
        got, _ = people_and_organizations(parse_article("a.txt", f"Trân trọng./.\n\n{block}\n"), Locality())
        assert [(p.name, p.roles[0].title) for p in got] == [(block.rsplit("\n", 1)[1], title)]


def test_names_a_colon_lists_after_a_post_held_by_several():
    got = people("Dự có các Phó Thủ tướng Chính phủ: Lê Minh Hải, Vũ Đức Long, Lê Văn Thái, Bộ trưởng Bộ Tư "
                 "pháp Lê Thành Long.")
    assert got == {"Lê Minh Hải": [("Phó Thủ tướng", "Chính phủ")], "Vũ Đức Long": [("Phó Thủ tướng", "Chính phủ")],
                   "Lê Văn Thái": [("Phó Thủ tướng", "Chính phủ")], "Lê Thành Long": [("Bộ trưởng", "Bộ Tư pháp")]}
    assert people("Chủ trì có Chủ tịch UBND huyện: Nguyễn Văn An, Trần Văn Bình.") == {
        "Nguyễn Văn An": [("Chủ tịch", "Ủy ban nhân dân huyện Can Lộc")]}  # a post held by one: the first name


def test_bodies_beginning_with_a_family_name_are_no_people():
    assert people("Các đồng chí trong Đoàn Công tác Trung ương; lãnh đạo Đoàn Đại biểu Quốc hội tỉnh dự.") == {}


def test_where_a_name_ends():
    got = people("Tại điểm cầu tỉnh có các đồng chí Lê Quốc Hùng  Ủy viên Ban Chấp hành Trung ương Đảng, Bí thư "
                 "Tỉnh ủy; Phan Văn Thanh – Phó Bí thư Thường trực Tỉnh ủy.")
    assert got == {"Lê Quốc Hùng": [("Ủy viên", "Ban Chấp hành Trung ương Đảng"), ("Bí thư", "Tỉnh ủy Hà Tĩnh")],
                   "Phan Văn Thanh": [("Phó Bí thư Thường trực", "Tỉnh ủy Hà Tĩnh")]}
    assert set(people("Đồng chí Nguyễn Văn Vinh làm Bí thư, đồng chí Đinh Minh Tâm Trần Thị Lụa làm Phó Bí thư.")) == {
        "Nguyễn Văn Vinh", "Đinh Minh Tâm", "Trần Thị Lụa"}  # two names run together
    assert people("Tân Bí thư Đảng ủy xã Tân Phú - ông Nguyễn Ng") == {}  # a name cut off
    got = people("Phó Bí thư Thường trực Thành ủy, Chủ tịch HĐND thành phố Lương Nguyễn Minh Hòa chủ trì.")
    assert list(got) == ["Lương Nguyễn Minh Hòa"]  # four syllables, not a town "Lương"
    got = people("Chủ tịch UBND TP Đà Nẵng Lương Nguyễn Minh Triết yêu cầu các sở chủ động.", Locality("Đà Nẵng"))
    assert got == {"Lương Nguyễn Minh Triết": [("Chủ tịch", "Ủy ban nhân dân thành phố Đà Nẵng")]}  # not "Đà Nẵng Lương"


def test_abbreviated_posts_and_bodies_as_worded():
    assert people("Đ/c Dương Văn Hòa - UVTV Tỉnh ủy, Bí thư Huyện ủy Long Thành phát biểu.", Locality("Đồng Nai")) == {
        "Dương Văn Hòa": [("Ủy viên", "Ban Thường vụ Tỉnh ủy Đồng Nai"), ("Bí thư", "Huyện ủy Long Thành")]}
    assert people("Các đồng chí: Hoàng Văn Tân, UVT.Ư Đảng, Phó Chủ tịch TT HĐND tỉnh dự.") == {
        "Hoàng Văn Tân": [("Ủy viên", "Ban Chấp hành Trung ương Đảng"),
                          ("Phó Chủ tịch Thường trực", "Hội đồng nhân dân tỉnh Hà Tĩnh")]}
    got = people("Có Tổng Giám đốc Đài Tiếng nói Việt Nam Đỗ Tiến Hưng, Chủ nhiệm UB Tài chính, Ngân hàng, Ngân "
                 "sách Phùng Quốc Tuấn, Phó Chánh Văn phòng Thường trực Văn phòng Trung ương Đảng Lâm Thị Thanh.")
    assert got == {"Đỗ Tiến Hưng": [("Tổng Giám đốc", "Đài Tiếng nói Việt Nam")],
                   "Phùng Quốc Tuấn": [("Chủ nhiệm", "UB Tài chính, Ngân hàng, Ngân sách")],
                   "Lâm Thị Thanh": [("Phó Chánh Văn phòng Thường trực", "Văn phòng Trung ương Đảng")]}
    assert people("Ông Nguyễn Văn Lập, PGĐ Sở Tư pháp, và bà Trần Thị Mai, GĐ Sở Y tế tỉnh Nghệ An, dự.",
                  Locality("Nghệ An")) == {
        "Nguyễn Văn Lập": [("Phó Giám đốc", "Sở Tư pháp tỉnh Nghệ An")], "Trần Thị Mai": [("Giám đốc", "Sở Y tế tỉnh Nghệ An")]}
    assert people("Đến dự có anh Lê Văn Hùng, Phó BT xã đoàn Nghi Lộc.") == {
        "Lê Văn Hùng": [("Phó Bí thư", "Xã đoàn Nghi Lộc")]}  # "BT" alone stands for Bến Tre or Bình Thuận too


def test_wrapped_lines_inside_a_name_or_post():
    got, _ = people_and_organizations(parse_article("a.txt", (
        "Dự họp có Bộ trưởng Bộ Quốc phòng Phan Văn Giáp, Chủ nhiệm Ủy ban Xã hội của Quốc hội Nguyễn\n"
        "Thúy An; Bộ trưởng Bộ Tư pháp Lê Thành\nLong, Trưởng Ban\nDân vận Trung ương Bùi Thị Minh\n"
        "và các đại biểu dự họp trực tuyến với\ncác địa phương về công tác phòng, chống dịch\n"
        "trong tình hình mới.\n")), Locality())
    assert {p.name for p in got} == {"Phan Văn Giáp", "Nguyễn Thúy An", "Lê Thành Long", "Bùi Thị Minh"}


def test_a_former_post_between_two_names_is_the_second_persons():
    found = people("Dự đại hội có nguyên Chủ tịch nước Lê Văn Dũng, nguyên Thường trực Ban Bí thư Hoàng Minh Tú "
                   "và nhiều đại biểu.")
    assert set(found) == {"Lê Văn Dũng", "Hoàng Minh Tú"}
    assert [title for title, _ in found["Hoàng Minh Tú"]] == ["nguyên Thường trực Ban Bí thư"]


@pytest.mark.parametrize("text, names", [
    ("Chủ trì có các đồng chí: Lê Văn An, Bí thư Tỉnh ủy; Phương Thị Mai, Phó Bí thư Tỉnh ủy; Trần Văn Bình, "
     "Chủ tịch UBND tỉnh.", {"Lê Văn An", "Phương Thị Mai", "Trần Văn Bình"}),
    ("Các đồng chí: Lò Văn Hưng, Chủ tịch HĐND tỉnh; Chá A Sùng, Phó Chủ tịch HĐND tỉnh; Khang A Tủa, Phó Chủ tịch "
     "UBND tỉnh.", {"Lò Văn Hưng", "Chá A Sùng", "Khang A Tủa"}),  # Hmong family names
])
def test_less_common_family_names_in_a_list_of_officials(text, names):
    assert set(people(text)) == names


def test_a_provincial_youth_union_is_a_body_not_a_name():
    found = people("Anh Lê Văn Nam, Bí thư Tỉnh Đoàn Nam Định, ký kết kế hoạch với Thành Đoàn Hải Phòng.")
    assert found == {"Lê Văn Nam": [("Bí thư", "Tỉnh đoàn Nam Định")]}


def test_a_name_cut_after_its_middle_name_is_no_person():
    assert people("Phát biểu tại hội nghị, ông Trần Văn") == {}
    assert "Đinh Bạt Văn" in people("Đại tá Đinh Bạt Văn, Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh, phát biểu.")


def test_a_minister_named_with_the_ministry_without_its_word_bo():
    found = people("Dự lễ có Phó Thủ tướng, Bộ trưởng Ngoại giao Lê Văn An và Thứ trưởng Y tế Trần Thị Bình.")
    assert found == {"Lê Văn An": [("Phó Thủ tướng", "Chính phủ"), ("Bộ trưởng", "Bộ Ngoại giao")],
                     "Trần Thị Bình": [("Thứ trưởng", "Bộ Y tế")]}



def test_a_defendants_age_in_brackets_then_a_former_post():
    found = people("Tòa tuyên phạt bị cáo Lê Văn Tú (44 tuổi) - cựu Hiệu trưởng Trường Năng khiếu tỉnh Bến Tre 11 năm tù.")
    assert [title for title, _ in found["Lê Văn Tú"]] == ["cựu Hiệu trưởng"]


@pytest.mark.parametrize("written", ["Phó Thủ tướng thường trực", "Phó Thủ tướng Thường trực"])
def test_the_standing_deputy_prime_minister(written):
    assert people(f"Đồng chủ trì có {written} Nguyễn Văn Bình và các bộ trưởng.") == {
        "Nguyễn Văn Bình": [("Phó Thủ tướng Thường trực", "Chính phủ")]}


def test_a_deputys_post_before_two_names_is_held_by_both():
    found = people("Cùng đi có Phó Chủ tịch UBND tỉnh Trần Hồng Quân và Lê Văn Sử.", HA_TINH)
    assert found == {"Trần Hồng Quân": [("Phó Chủ tịch", "Ủy ban nhân dân tỉnh Hà Tĩnh")],
                     "Lê Văn Sử": [("Phó Chủ tịch", "Ủy ban nhân dân tỉnh Hà Tĩnh")]}
    found = people("Dự có Chủ tịch UBND tỉnh Nguyễn Văn An và Trần Thị Bích, Giám đốc Sở Tư pháp.", HA_TINH)
    assert found["Nguyễn Văn An"] == [("Chủ tịch", "Ủy ban nhân dân tỉnh Hà Tĩnh")]  # one chairman: not shared
    assert found["Trần Thị Bích"] == [("Giám đốc", "Sở Tư pháp tỉnh Hà Tĩnh")]


def test_a_name_with_a_marker_and_a_post_needs_no_known_family_name():
    found = people("Ông Men Phol Ly, Trưởng ban Dân tộc tỉnh trao bằng khen.", HA_TINH)
    assert [(name, [title for title, _ in posts]) for name, posts in found.items()] == [("Men Phol Ly", ["Trưởng ban"])]
    assert people("Ông Tư, chủ quán, cho biết.") == {}
    found = people("Ông Men Pholy, Trưởng ban Dân tộc tỉnh, cho biết.", HA_TINH)  # "Pholy": no glued "Pho ly"
    assert [(name, [title for title, _ in posts]) for name, posts in found.items()] == [("Men Pholy", ["Trưởng ban"])]


def test_a_post_glued_to_the_name_by_a_spinner():
    assert people("Tổng Bí thưNguyễn Phú Trọng đã ký ban hành Quy định 37-QĐ/TW.") == {
        "Nguyễn Phú Trọng": [("Tổng Bí thư", "Ban Chấp hành Trung ương Đảng")]}


def test_a_post_before_a_colon_and_a_name_with_a_post_of_its_own():
    found = people("Theo quyết định của Trung ương và Thủ tướng Chính phủ: Ông Nguyễn Văn Quyết - Bí thư Tỉnh ủy Long An, "
                   "được chỉ định giữ chức vụ mới.", HA_TINH)
    assert found == {"Nguyễn Văn Quyết": [("Bí thư", "Tỉnh ủy Long An")]}
    found = people("Dự có các đồng chí Phó Bí thư Tỉnh ủy: Bùi Thị Minh - Chủ tịch Ủy ban MTTQ tỉnh.", HA_TINH)
    assert [title for title, _ in found["Bùi Thị Minh"]] == ["Phó Bí thư", "Chủ tịch"]  # deputies are several


def test_a_name_that_is_no_person():
    assert people("Thôn có 2 tôn giáo: Bà Ni và Bà La Môn.") == {}


def test_a_school_named_after_a_person():
    assert people("Giảng viên Trường Chính trị Hoàng Văn Thụ tích cực bảo vệ nền tảng tư tưởng của Đảng.") == {}
    assert people("Hiệu trưởng Trường Chính trị tỉnh Nguyễn Văn An phát biểu.", HA_TINH) == {
        "Nguyễn Văn An": [("Hiệu trưởng", "Trường Chính trị tỉnh Hà Tĩnh")]}


def test_a_name_right_after_a_company_is_the_companys():
    found = people("4 bị cáo gồm Lê Thị Thanh Thúy (41 tuổi, cựu Chủ tịch Công ty Hoa Tháng Năm, Chủ tịch HĐQT Công ty CP "
                   "đầu tư Lavenue), Đào Anh Kiệt")
    assert list(found) == ["Lê Thị Thanh Thúy"] and found["Lê Thị Thanh Thúy"][0] == ("cựu Chủ tịch", "Công ty Hoa Tháng Năm")
    assert list(people("Hiện Ủy ban ngoài Bộ trưởng, Chủ nhiệm Ủy ban Giàng Seo Phử có 6 Thứ trưởng.")) == ["Giàng Seo Phử"]


def test_the_governor_and_the_general_confederation_of_labour():
    assert people("Ngày 6.2, Phó thống đốc Đào Minh Tú chủ trì; Thống đốc NHNN Nguyễn Thị Hồng cho biết.") == {
        "Đào Minh Tú": [("Phó Thống đốc", None)], "Nguyễn Thị Hồng": [("Thống đốc", "Ngân hàng Nhà nước Việt Nam")]}
    assert people("Theo Phó Chủ tịch Tổng LĐLĐ Việt Nam Ngọ Duy Hiểu, một trong những kết quả.") == {
        "Ngọ Duy Hiểu": [("Phó Chủ tịch", "Tổng Liên đoàn Lao động Việt Nam")]}


def test_bodies_of_the_youth_and_the_national_assembly():
    found = people("đồng chí Vương Toàn Thu Thủy - Ủy viên BCH Trung ương Đoàn, Phó Bí thư Thành đoàn đã trình bày; Chủ tịch "
                   "Hội đồng dân tộc Y Thanh Hà Niê Kđăm cùng đoàn; Chủ tịch Hội LHTN tỉnh Nguyễn Văn An phát biểu.", HA_TINH)
    assert found["Vương Toàn Thu Thủy"][0] == ("Ủy viên", "Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh")
    assert found["Y Thanh Hà Niê Kđăm"] == [("Chủ tịch", "Hội đồng Dân tộc")]
    assert found["Nguyễn Văn An"] == [("Chủ tịch", "Hội Liên hiệp Thanh niên tỉnh Hà Tĩnh")]


def test_a_hospital_named_after_it_and_a_family_name_that_is_also_a_body():
    assert list(people("PGS.TS Đào Xuân Cơ, Giám đốc Bệnh viện Bạch Mai cho biết.")) == ["Đào Xuân Cơ"]
    assert people("Giám đốc Bệnh viện Bạch Mai cho biết.") == {}
    assert people("do Phó chủ tịch Đoàn Tấn Bửu ký ngày 03/01/2018") == {"Đoàn Tấn Bửu": [("Phó Chủ tịch", None)]}
    assert people("là Bí thư Chi đoàn, Phó Bí thư Đoàn Trường THPT Sóc Sơn.") == {}  # the school's Youth Union


def test_a_rare_family_name():
    assert list(people("Ông Bồng Văn Ơn, Phó Chủ tịch UBND xã cho biết; thị trấn Bồng Sơn")) == ["Bồng Văn Ơn"]
    assert list(people("Phó Chủ tịch UBND tỉnh Đầu Thanh Tùng phát biểu.")) == ["Đầu Thanh Tùng"]


def test_a_post_held_by_several_before_a_list_of_names():
    found = people("Các Phó Chủ tịch HĐND tỉnh Nguyễn Đài Thy, Nguyễn Thanh Phong đồng chủ trì.", HA_TINH)
    assert found == {"Nguyễn Đài Thy": [("Phó Chủ tịch", "Hội đồng nhân dân tỉnh Hà Tĩnh")],
                     "Nguyễn Thanh Phong": [("Phó Chủ tịch", "Hội đồng nhân dân tỉnh Hà Tĩnh")]}


def test_a_front_committee_written_ubmttqvn_and_a_one_letter_family_name():
    found = people("Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch UBMTTQVN tỉnh U Huấn khẳng định.", HA_TINH)
    assert found == {"U Huấn": [("Phó Bí thư Thường trực", "Tỉnh ủy Hà Tĩnh"),
                                ("Chủ tịch", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Hà Tĩnh")]}


def test_a_photo_credit_glued_by_an_underscore():
    found = people("Ông Cao Tường Huy_Ảnh: Văn Đức")
    assert list(found) == ["Cao Tường Huy"]


def test_defendants_with_their_former_posts():
    found = people("Trong đó có ba bị cáo đều nguyên là Chủ tịch UBND xã Đồng Tâm gồm: Nguyễn Văn Sơn (sinh năm 1958), "
                   "Lê Đình Thuần (sinh năm 1965); cùng bị cáo Bùi Văn Dũng (sinh năm 1958, nguyên Trưởng ban Tài chính xã "
                   "Đồng Tâm) và hai cựu Phó Chủ tịch UBND huyện là Hà Thế Anh và Nguyễn Đình Dự.", HA_TINH)
    assert [(name, [title for title, _ in posts]) for name, posts in found.items()] == [
        ("Nguyễn Văn Sơn", ["Chủ tịch"]), ("Lê Đình Thuần", ["Chủ tịch"]), ("Bùi Văn Dũng", ["nguyên Trưởng ban"]),
        ("Hà Thế Anh", ["cựu Phó Chủ tịch"]), ("Nguyễn Đình Dự", ["cựu Phó Chủ tịch"])]


def test_the_words_closing_brackets_about_one_person_name_the_body():
    found = people("Công an bắt Nguyễn Trung Châu (66 tuổi, nguyên chủ nhiệm Hợp tác xã Lam Sơn Đại Thành) vì sai phạm.")
    assert list(found) == ["Nguyễn Trung Châu"] and found["Nguyễn Trung Châu"][0][0] == "nguyên Chủ nhiệm"


def test_an_authors_line_in_capitals():
    found = people("LÊ QUANG TÙNG, UVTƯ Đảng, Bí thư Tỉnh ủy Quảng Trị\nSinh thời, Bác luôn quan tâm.")
    assert [(name, [title for title, _ in posts]) for name, posts in found.items()] == [("Lê Quang Tùng", ["Ủy viên", "Bí thư"])]
    assert people("THANH HÓA, NGHỆ AN\nHỘI NGHỊ TỈNH ỦY, Bí thư phát biểu.") == {}


def test_commune_militia_commanders_and_accountants():
    found = people("Bị cáo Bùi Văn Hồng (sinh năm 1958, nguyên Xã đội trưởng xã Đồng Tâm), Nguyễn Văn Khang (sinh năm "
                   "1965, nguyên kế toán ngân sách xã) có mặt.")
    assert {name: [title for title, _ in posts] for name, posts in found.items()} == {
        "Bùi Văn Hồng": ["nguyên Xã đội trưởng"], "Nguyễn Văn Khang": ["nguyên Kế toán"]}


@pytest.mark.parametrize("written", ["Trung ương", "TW", "T.Ư"])
def test_a_central_board_written_short(written):
    found = people(f"Dự có Chánh án TAND tối cao Nguyễn Hòa Bình, Phó Trưởng ban Tổ chức {written} Mai Văn Chính.")
    assert found["Mai Văn Chính"] == [("Phó Trưởng ban", "Ban Tổ chức Trung ương")]
    assert found["Nguyễn Hòa Bình"] == [("Chánh án", "Tòa án nhân dân tối cao")]


def test_a_name_and_its_post_in_cells_of_a_table():
    found = people("TT | Tỉnh | Họ và tên | Chức vụ |\n3 | Thái Nguyên | Đặng Ngọc Huy | Giám đốc Sở Y tế Thái Nguyên |")
    assert found == {"Đặng Ngọc Huy": [("Giám đốc", "Sở Y tế tỉnh Thái Nguyên")]}


def test_a_known_place_is_not_cut_to_make_a_name():
    assert people("Kỷ luật 4 nguyên Phó Chủ tịch tỉnh Bắc Ninh Ngày 17/6, thông tin cho biết.") == {}
    assert people("Dự có Phó Bí thư Thành ủy, Chủ tịch UBND TP Chu Ngọc Anh.", Locality(province="Hà Nội"))["Chu Ngọc Anh"]


def test_a_name_closing_its_clause_after_the_comma_of_a_chain_of_posts():
    got = people("Tham dự có Bí thư Tỉnh ủy, Bí thư Đảng ủy Quân sự tỉnh Quảng Ngãi, Hồ Văn Niên; các đại biểu khác.",
                 Locality(province="Quảng Ngãi"))
    assert got == {"Hồ Văn Niên": [("Bí thư", "Tỉnh ủy Quảng Ngãi"), ("Bí thư", "Đảng ủy Quân sự tỉnh Quảng Ngãi")]}
    assert people("Phó Chủ tịch UBND tỉnh, Nguyễn Văn An, Giám đốc Sở Y tế đều dự.", HA_TINH) == {
        "Nguyễn Văn An": [("Giám đốc", "Sở Y tế tỉnh Hà Tĩnh")]}  # the clause goes on: the post after is his


def test_a_delegate_written_in_lower_case():
    assert people("Sáng 14/4, đại biểu Quốc hội Huỳnh Thanh Phương tiếp xúc cử tri.", HA_TINH) == {
        "Huỳnh Thanh Phương": [("Đại biểu", "Quốc hội")]}
    assert people("Có 50 đại biểu dự hội nghị.", HA_TINH) == {}


def test_chairs_written_ct_and_family_names_chung_and_su():
    assert people("Nguyễn Tất Thành – CT UBND huyện, Sử Thanh Hoài – PCT HĐND huyện dự.", HA_TINH) == {
        "Nguyễn Tất Thành": [("Chủ tịch", "Ủy ban nhân dân huyện")],
        "Sử Thanh Hoài": [("Phó Chủ tịch", "Hội đồng nhân dân huyện")]}
    assert people("Chúng Thị Chiên - Phó Chủ tịch HĐND tỉnh phát biểu.", HA_TINH) == {
        "Chúng Thị Chiên": [("Phó Chủ tịch", "Hội đồng nhân dân tỉnh Hà Tĩnh")]}


def test_words_after_a_title_that_stay_in_it():
    assert people("Phó trưởng đoàn chuyên trách Đoàn ĐBQH TP Hà Nội Phạm Thị Thanh Mai phát biểu.",
                  Locality(province="Hà Nội")) == {
        "Phạm Thị Thanh Mai": [("Phó Trưởng đoàn chuyên trách", "Đoàn đại biểu Quốc hội thành phố Hà Nội")]}


def test_a_centrally_run_citys_departments_and_committee_take_its_level_word():
    assert people("Giám đốc Sở Y tế Nguyễn Văn An báo cáo.", Locality(province="Hải Phòng")) == {
        "Nguyễn Văn An": [("Giám đốc", "Sở Y tế thành phố Hải Phòng")]}


def test_a_name_in_capitals_after_a_marker():
    assert people("Phóng viên trao đổi với đồng chí PHAN VĂN PHỤNG, Trưởng Ban Tổ chức Tỉnh ủy về điểm mới.",
                  Locality(province="Quảng Trị")) == {"Phan Văn Phụng": [("Trưởng ban", "Ban Tổ chức Tỉnh ủy Quảng Trị")]}


def test_the_party_committee_of_a_national_sector():
    assert people("Phó Bí thư Đảng ủy Quốc hội Vũ Hải Hà nhấn mạnh.", HA_TINH) == {
        "Vũ Hải Hà": [("Phó Bí thư", "Đảng ủy Quốc hội")]}


def test_the_standing_deputy_minister():
    assert people("Như Thứ trưởng thường trực Bộ GD&ĐT Phạm Ngọc Thưởng phân tích.", HA_TINH) == {
        "Phạm Ngọc Thưởng": [("Thứ trưởng Thường trực", "Bộ Giáo dục và Đào tạo")]}


def test_a_deputy_head_of_a_unit_written_pho_phong_and_the_family_name_lieu():
    assert people("Các bị can gồm: Hà Huy Long, nguyên Phó phòng Kế hoạch Tài chính; Phó Chủ tịch UBND huyện - "
                  "Liêu Văn Bùng dự.", HA_TINH) == {
        "Hà Huy Long": [("nguyên Phó Trưởng phòng", None)],  # a unit the table does not know
        "Liêu Văn Bùng": [("Phó Chủ tịch", "Ủy ban nhân dân huyện")]}  # which district is not said


def test_a_count_of_former_deputies_with_a_bracketed_remark_before_their_names():
    found = people("Công an tỉnh đề nghị truy tố 2 cựu Phó Chủ tịch Ủy ban Nhân dân thành phố Long Xuyên (cũ) là "
                   "Nguyễn Bảo Sinh và Đào Văn Ngọc cùng 15 cựu cán bộ khác.", Locality(province="An Giang"))
    assert {name: [title for title, _ in posts] for name, posts in found.items()} == {
        "Nguyễn Bảo Sinh": ["cựu Phó Chủ tịch"], "Đào Văn Ngọc": ["cựu Phó Chủ tịch"]}


@pytest.mark.parametrize("description", ["(SN 1971)", "(sinh năm 1971)", "(trú tại xã Hòa Bình)"])
def test_a_short_description_in_brackets_before_the_posts(description):
    found = people(f"Khởi tố bị can Nguyễn Trần Tuấn {description}, Giám đốc Trung tâm Kiểm soát bệnh tật tỉnh, vì nhận hối lộ.")
    assert [title for title, _ in found["Nguyễn Trần Tuấn"]] == ["Giám đốc"]


def test_names_listed_before_the_posts_they_share():
    found = people("Các bị can gồm: Đinh Cẩm Vân, Nguyễn Bá Hùng, cựu giám đốc và phó giám đốc Sở Tài chính tỉnh; "
                   "Văn Xuân Hùng, cựu trưởng phòng Giá (Sở Tài chính).", Locality(province="Thanh Hóa"))
    assert list(found) == ["Đinh Cẩm Vân", "Nguyễn Bá Hùng", "Văn Xuân Hùng"]
    # a place before a name with posts is no name of the list
    assert list(people("Hội nghị tại Hoàng Mai, Nguyễn Văn Hùng, Chủ tịch UBND quận phát biểu.",
                       Locality(province="Hà Nội"))) == ["Nguyễn Văn Hùng"]


def test_the_general_secretary_of_the_communist_party_of_vietnam():
    found = people("Đại biểu xem bài phát biểu của đồng chí Tổng Bí thư Đảng Cộng sản Việt Nam Nguyễn Phú Trọng.")
    assert found == {"Nguyễn Phú Trọng": [("Tổng Bí thư", "Đảng Cộng sản Việt Nam")]}


@pytest.mark.parametrize("text, name, body", [
    ("Bộ trưởng Bộ Giáo dục và Đào tạo (GD&ĐT) Nguyễn Kim Sơn phát biểu.", "Nguyễn Kim Sơn", "Bộ Giáo dục và Đào tạo"),
    ("Quốc hội chất vấn Bộ trưởng Bộ VH,TT&DL Nguyễn Ngọc Thiện.", "Nguyễn Ngọc Thiện", "Bộ Văn hóa, Thể thao và Du lịch"),
])
def test_a_ministry_with_its_initials(text, name, body):
    assert people(text) == {name: [("Bộ trưởng", body)]}


def test_a_body_named_for_the_rights_it_protects():
    found = people("Dự lễ có Chủ tịch Hội Bảo vệ quyền trẻ em Việt Nam Nguyễn Thị Thanh Hòa.")
    assert found == {"Nguyễn Thị Thanh Hòa": [("Chủ tịch", "Hội Bảo vệ quyền trẻ em Việt Nam")]}


@pytest.mark.parametrize("text, name, title", [
    ("Phó tổng Thanh tra Chính phủ Đặng Công Huẩn trao quyết định.", "Đặng Công Huẩn", "Phó Tổng Thanh tra"),
    ("Tổng Thanh tra Chính phủ Đoàn Hồng Phong phát biểu.", "Đoàn Hồng Phong", "Tổng Thanh tra"),
])
def test_the_government_inspector_general(text, name, title):
    assert people(text) == {name: [(title, "Thanh tra Chính phủ")]}


def test_initials_in_brackets_inside_a_bodys_name():
    found = people("Phó chủ tịch Ủy ban Mặt trận Tổ quốc (MTTQ) Việt Nam tỉnh Bùi Thị Liễu nhấn mạnh.", HA_TINH)
    assert found == {"Bùi Thị Liễu": [("Phó Chủ tịch", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Hà Tĩnh")]}


def test_a_name_after_the_provinces_level_word_that_names_no_province_is_a_person():
    found = people("Ban Chỉ huy do Phó Chủ tịch Thường trực UBND tỉnh Mai Sơn làm trưởng ban.", Locality(province="Bắc Giang"))
    assert list(found) == ["Mai Sơn"]
    assert people("Phó Chủ tịch Thường trực UBND tỉnh Sơn La phát biểu.", Locality(province="Sơn La")) == {}


def test_a_deputy_head_of_office_written_short():
    found = people("Công văn của Văn phòng UBND thành phố do Phó văn phòng Nguyễn Văn Thịnh ký.")
    assert [title for title, _ in found["Nguyễn Văn Thịnh"]] == ["Phó Chánh Văn phòng"]


def test_a_school_named_after_a_hero_is_no_person():
    assert people("Dự có lãnh đạo các trường THPT Đầm Hà, THPT – THCS Lê Lợi, Trung tâm GDNN – GDTX huyện.") == {}
    assert list(people("Dự có các đồng chí Thường trực Huyện ủy; lãnh đạo các trường THPT – THCS Lê Lợi, Trung tâm GDNN.")) == []


def test_a_name_not_taken_is_not_read_again_from_its_second_word():
    found = people("Bản án xác định bị cáo chỉ đạo Lương Văn Hòa (cựu giám đốc ban điều hành dự án) chi tiền.")
    assert "Văn Hòa" not in found


def test_the_chair_of_the_election_council():
    found = people("Tổng Bí thư, Chủ tịch QH, Chủ tịch Hội đồng Bầu cử T.Ư Nguyễn Phú Trọng đến thăm tỉnh.")
    assert ("Chủ tịch", "Hội đồng Bầu cử Trung ương") in found["Nguyễn Phú Trọng"]


def test_an_official_closing_a_headline_in_capitals():
    found = people("PHÓ CHỦ TỊCH THƯỜNG TRỰC QUỐC HỘI TRẦN THANH MẪN: LƯU Ý 5 NỘI DUNG TRỌNG TÂM\nNội dung.")
    assert found == {"Trần Thanh Mẫn": [("Phó Chủ tịch Thường trực", "Quốc hội")]}
    assert people("HỘI NGHỊ BAN CHẤP HÀNH ĐẢNG BỘ TỈNH HÀ TĨNH: BÍ THƯ PHÁT BIỂU\nNội dung.") == {}


@pytest.mark.parametrize("text, names", [
    ("Dự hội nghị có lãnh đạo các trường học thuộc quận, đại diện CLB hưu trí Lương Khánh Thiện, Chi hội khoa học.", []),
    ("Đại hội đại biểu Đảng bộ phường Lạc Viên lần thứ XII được diễn ra tại Hải Phòng.", []),
    ("Cùng dự có các đồng chí: Bùi Thúy Phượng, Ủy viên BTV; Điệp Văn Chiến, Ủy viên BTV, Trưởng Ban Nội chính Tỉnh ủy.",
     ["Bùi Thúy Phượng", "Điệp Văn Chiến"]),
    ("Phó Chủ tịch gồm bà Nguyễn Thị Minh Thúy cùng các ông Nguyễn Thanh Phong, Lê Văn Phước.",
     ["Nguyễn Thị Minh Thúy", "Nguyễn Thanh Phong", "Lê Văn Phước"]),
])
def test_names_in_lists_and_what_only_looks_like_one(text, names):
    found, _ = people_and_organizations(article(("body", text)), Locality(province="Hải Phòng"))
    assert [p.name for p in found] == names


@pytest.mark.parametrize("text, titles", [
    ("Thứ trưởng Bộ Nông nghiệp và Phát triển nông thôn, Hà Công Tuấn vừa ký ban hành chỉ thị.",
     {"Hà Công Tuấn": ["Thứ trưởng"]}),
    ("Dự có đồng chí Nguyễn Hồng Nhung - TUV, Chủ tịch Hội LHPN tỉnh.", {"Nguyễn Hồng Nhung": ["Tỉnh ủy viên", "Chủ tịch"]}),
    ("biểu quyết bầu Đoàn Chủ tịch, Đoàn Thư ký và Ban thẩm tra tư cách đại biểu.", {}),
    ("Phó Thủ tướng Chính phủ, Lê Thành Long đồng chủ trì hội nghị.", {"Lê Thành Long": ["Phó Thủ tướng"]}),
    ("Bí thư Tỉnh ủy, Nguyễn Văn Hòa dự và chỉ đạo hội nghị.", {"Nguyễn Văn Hòa": ["Bí thư"]}),
])
def test_a_name_after_a_comma_that_a_verb_follows_and_a_members_initials(text, titles):
    found, _ = people_and_organizations(article(("body", text)), Locality(province="Phú Thọ"))
    assert {p.name: [r.title for r in p.roles] for p in found} == titles


def test_a_provinces_body_in_a_paper_reporting_from_the_capital():
    locality = Locality(province="Hà Nội", site="Phú Thọ")
    found, _ = people_and_organizations(article(("body", "Dự tại điểm cầu Hà Nội có đồng chí Nguyễn Khắc Hiếu, Phó Chủ "
                                                         "tịch UBND tỉnh.")), locality)
    assert [r.organization for p in found for r in p.roles] == ["Ủy ban nhân dân tỉnh Phú Thọ"]


def test_the_general_secretarys_initials():
    found, _ = people_and_organizations(article(("body", "Đồng chí TBT Nguyễn Phú Trọng phát biểu.")), Locality())
    assert [(p.name, [r.title for r in p.roles]) for p in found] == [("Nguyễn Phú Trọng", ["Tổng Bí thư"])]


@pytest.mark.parametrize("text, roles", [
    ("Phát biểu của Bí thư tỉnh ủy Khánh Hòa Nguyễn Hải Ninh tại hội nghị.", [("Bí thư", "Tỉnh ủy Khánh Hòa")]),
    ("Dự có nguyên Bí thư Tỉnh ủy Sóc Trăng Lư Văn Điền.", [("nguyên Bí thư", "Tỉnh ủy Sóc Trăng")]),
])
def test_a_party_committee_in_lower_case_and_the_family_name_lu(text, roles):
    found, _ = people_and_organizations(article(("body", text)), Locality())
    assert [(r.title, r.organization) for p in found for r in p.roles] == roles


def test_a_ministrys_party_committee():
    found = people("Phó Bí thư Đảng ủy Bộ Nội vụ Nguyễn Văn An tham dự. Ông Trần Văn Bình, Phó Bí thư Thường trực "
                   "Đảng ủy Bộ Tài chính, phát biểu. Phó Bí thư chuyên trách Đảng ủy Bộ Lê Văn Cường dự.")
    assert found["Nguyễn Văn An"] == [("Phó Bí thư", "Đảng ủy Bộ Nội vụ")]
    assert found["Trần Văn Bình"] == [("Phó Bí thư Thường trực", "Đảng ủy Bộ Tài chính")]
    assert found["Lê Văn Cường"] == [("Phó Bí thư chuyên trách", "Đảng ủy Bộ")]  # its ministry unsaid


def test_a_communes_civil_servant_and_people_in_general():
    assert people("Các thanh niên được nghe đ/c Nguyễn Thị Ngọc Diễm, Công chức Tư pháp – Hộ tịch xã Chà Là tuyên "
                  "truyền Luật Nghĩa vụ quân sự.")["Nguyễn Thị Ngọc Diễm"][0][0] == "Công chức"
    assert people("Tại điểm cầu Thái Bình: đồng chí Đặng Thị Chiên, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, cán bộ, công "
                  "chức, nhân viên cơ quan.") == {"Đặng Thị Chiên": [("Phó Chủ tịch", "Ủy ban Mặt trận Tổ quốc Việt Nam "
                                                                                      "tỉnh Hà Tĩnh")]}


def test_a_name_the_excerpt_cuts_off_is_the_person_named_in_full():
    found = people("Dự hội nghị có Thủ tướng Chính phủ Phạm Minh Chính.\nTại hội nghị, Thủ tướng Chính phủ Phạm Min")
    assert list(found) == ["Phạm Minh Chính"]


def test_a_department_then_the_body_it_belongs_to_before_the_name():
    assert people("Thành viên gồm: Cục trưởng Cục Người có công, Bộ Nội vụ Vũ Xuân Hân; đại diện các bộ.") == {
        "Vũ Xuân Hân": [("Cục trưởng", "Cục Người có công")]}
    assert people("Dự họp có Vụ trưởng Vụ Pháp chế, Bộ Tư pháp Nguyễn Văn Hùng.") == {
        "Nguyễn Văn Hùng": [("Vụ trưởng", "Vụ Pháp chế")]}


def test_the_central_committees_of_mass_organisations():
    """Derived from the organisations whose congresses bodies.json names: "Trung ương Hội Nông dân Việt Nam"."""
    got = people("Phó Chủ tịch Ban Chấp hành Trung ương Hội Nông dân Việt Nam Phạm Tiến Minh nhấn mạnh; Chủ tịch Trung "
                 "ương Hội Cựu chiến binh Việt Nam Nguyễn Văn Hòa phát biểu.")
    assert got == {"Phạm Tiến Minh": [("Phó Chủ tịch", "Trung ương Hội Nông dân Việt Nam")],
                   "Nguyễn Văn Hòa": [("Chủ tịch", "Trung ương Hội Cựu chiến binh Việt Nam")]}


def test_a_name_ends_before_a_word_that_opens_the_next_clause():
    """posts.json ``clause_openers``: a legal page runs the signature into its source line."""
    found = people("KT. BỘ TRƯỞNG, CHỦ NHIỆM PHÓ CHỦ NHIỆM Nguyễn Hữu Vũ Theo Văn phòng Chính phủ -", HA_TINH)
    assert list(found) == ["Nguyễn Hữu Vũ"]


def test_the_national_assemblys_committee_on_social_affairs_by_its_older_name():
    found = people("Chủ nhiệm Ủy ban về Các vấn đề xã hội của Quốc hội Nguyễn Thuý Anh cho biết.", HA_TINH)
    assert found == {"Nguyễn Thúy Anh": [("Chủ nhiệm", "Ủy ban Xã hội của Quốc hội")]}  # in one tone convention


def test_an_abbreviated_title_names_the_body_its_full_title_names():
    assert people("Nơi nhận:\n- Phó TTgCP Bùi Thanh Sơn (để báo cáo);\n- Như Điều 3.") == {
        "Bùi Thanh Sơn": [("Phó Thủ tướng", "Chính phủ")]}


def test_the_province_in_brackets_between_the_posts_and_the_name():
    assert people("Chủ tịch UBND xã Hồng Thượng, huyện A Lưới (Thừa Thiên-Huế) Nguyễn Văn Đời trò chuyện.") == {
        "Nguyễn Văn Đời": [("Chủ tịch", "Ủy ban nhân dân xã Hồng Thượng")]}


def test_a_magazines_name_after_tap_chi_is_no_person():
    assert people("chuyên gia Hoàng Trọng Thủy - nguyên Tổng Biên tập Tạp chí Nông Thôn Mới nhận định.") == {
        "Hoàng Trọng Thủy": [("nguyên Tổng Biên tập", "Tạp chí Nông Thôn Mới")]}
    assert people("Bộ Trưởng Bộ NN-PTNT Lê Minh Hoan dự hội nghị.") == {
        "Lê Minh Hoan": [("Bộ trưởng", "Bộ Nông nghiệp và Phát triển nông thôn")]}


def test_standing_after_the_body_of_a_deputy_head():
    assert people("Tham dự có Phó Trưởng Ban Chỉ đạo thường trực Trần Lưu Quang.") == {
        "Trần Lưu Quang": [("Phó Trưởng ban Thường trực", "Ban Chỉ đạo")]}


def test_a_dash_between_a_body_outside_the_table_and_the_name():
    assert people("Phó Giám đốc Quỹ PCTT tỉnh - Võ Kim Thuần cho biết.") == {
        "Võ Kim Thuần": [("Phó Giám đốc", "Quỹ PCTT tỉnh")]}
    assert people("Giám đốc Trung tâm Dân số - Kế hoạch hóa gia đình Võ Kim Thuần cho biết.") == {
        "Võ Kim Thuần": [("Giám đốc", "Trung tâm Dân số - Kế hoạch hóa gia đình")]}  # a dash between two fields


def test_a_delegations_constituency_and_a_word_a_level_word_begins():
    assert people("Trưởng Đoàn đại biểu Quốc hội đơn vị tỉnh Kiên Giang Đỗ Thanh Bình phát biểu.") == {
        "Đỗ Thanh Bình": [("Trưởng đoàn", "Đoàn đại biểu Quốc hội tỉnh Kiên Giang")]}
    assert people("Trưởng Ban Công tác xã hội, Ủy ban Trung ương MTTQ Việt Nam Cao Xuân Thạo phát biểu.") == {
        "Cao Xuân Thạo": [("Trưởng ban", "Ban Công tác xã hội")]}  # "xã hội" (levels.json words): no commune


def test_a_long_body_outside_the_table_in_lower_case_words():
    assert people("Giám đốc Ban quản lý các dự án đầu tư cơ sở hạ tầng ưu tiên Đà Nẵng Lê Thành Hưng cho biết.") == {
        "Lê Thành Hưng": [("Giám đốc", "Ban quản lý các dự án đầu tư cơ sở hạ tầng ưu tiên Đà Nẵng")]}


def test_a_numbered_military_unit_and_the_party_committee_of_a_body_outside_the_table():
    assert people("Dự có Trung tướng Nguyễn Doãn Anh, Tư lệnh Quân khu 4.") == {
        "Nguyễn Doãn Anh": [("Tư lệnh", "Quân khu 4")]}
    assert people("Dự có Bí thư Đảng ủy Bộ Tư lệnh Thủ đô Hà Nội Hoàng Trung Hải.") == {
        "Hoàng Trung Hải": [("Bí thư", "Đảng ủy Bộ Tư lệnh Thủ đô Hà Nội")]}
    assert people("Đại tá Trần Văn Bình, Trung đoàn trưởng Trung đoàn 812 phát biểu.") == {
        "Trần Văn Bình": [("Trung đoàn trưởng", "Trung đoàn 812")]}
    # "Đảng ủy Sở" names the body by its kind alone: the committee stays the Đảng ủy
    assert people("Đồng chí Bùi Ngọc Lâm - Bí thư Đảng ủy Sở, Giám đốc Sở Văn hóa, Thể thao và Du lịch.")[
        "Bùi Ngọc Lâm"][0] == ("Bí thư", "Đảng ủy")


def test_a_post_named_again_without_its_body_is_the_one_named_in_full():
    assert people("Đại tướng Tô Lâm, Bộ trưởng Bộ Công an dự. Phát biểu tại hội nghị, Bộ trưởng Tô Lâm nhấn mạnh.") == {
        "Tô Lâm": [("Bộ trưởng", "Bộ Công an")]}
    assert people("Trung tướng Hà Thọ Bình, Tư lệnh Quân khu 4 dự. Trung tướng Hà Thọ Bình, Tư lệnh Quân khu đánh giá "
                  "cao.") == {"Hà Thọ Bình": [("Tư lệnh", "Quân khu 4")]}


def test_a_name_a_posts_unit_cut_is_mended():
    # the article names Thịnh Văn Huyên in full: "xã Thịnh" is no commune, "Văn Huyên" no one
    assert set(people("Đồng chí Thịnh Văn Huyên, Bí thư Đảng ủy xã triển khai Nghị quyết. Tại hội nghị, Bí thư Đảng ủy "
                      "xã Thịnh Văn Huyên đã quán triệt.")) == {"Thịnh Văn Huyên"}
    # the village is named whole elsewhere: "Sơn Đông" is the end of its name, not a person
    assert set(people("Đến nay, ở thôn Ngọc Sơn Đông (xã Bình Phục, Thăng Bình) ngoài các chức danh. Ông Nguyễn Sơn - "
                      "Bí thư Chi bộ thôn Ngọc Sơn Đông bảo, với tinh thần.")) == {"Nguyễn Sơn"}
    # the same post and name twice is one person named twice
    assert people("Chủ tịch UBND tỉnh Đồng Tháp Trần Trí Quang dự. Sau đó Chủ tịch UBND tỉnh Đồng Tháp Trần Trí Quang "
                  "phát biểu.") == {"Trần Trí Quang": [("Chủ tịch", "Ủy ban nhân dân tỉnh Đồng Tháp")]}


def test_a_ministry_written_with_an_ampersand():
    assert people("Dự có Bộ trưởng Khoa học & Công nghệ Chu Ngọc Anh.") == {
        "Chu Ngọc Anh": [("Bộ trưởng", "Bộ Khoa học và Công nghệ")]}


def test_a_marked_name_with_its_middle_syllable_in_lower_case():
    assert people("Đồng chí Đại tá Đỗ tiến Dũng, Phó Giám đốc Công an tỉnh đồng chủ trì Hội nghị.") == {
        "Đỗ tiến Dũng": [("Phó Giám đốc", "Công an tỉnh Hà Tĩnh")]}  # the test locality's province
    assert people("Ông Nguyễn cho biết Hà Nội đã làm.") == {}
    assert people("Bà Lê nói Hà Tĩnh, Chủ tịch nói thêm.") == {}


def test_the_head_of_a_steering_committee_named_by_what_it_directs():
    assert people("Hội nghị do Ủy viên Bộ Chính trị, Trưởng ban Chỉ đạo tổng kết Nghị quyết 21-NQ/TW Trần Tuấn Anh chủ "
                  "trì.") == {"Trần Tuấn Anh": [("Ủy viên", "Bộ Chính trị"),
                                                ("Trưởng ban", "Ban Chỉ đạo tổng kết Nghị quyết 21-NQ/TW")]}


def test_the_head_of_a_provincial_post_office():
    assert people("Phó Giám đốc Bưu điện tỉnh Nguyễn Anh Dũng cho biết.") == {
        "Nguyễn Anh Dũng": [("Phó Giám đốc", "Bưu điện tỉnh")]}


def test_a_tables_rows_run_together():
    assert people("STTThành viên Chính phủĐịa phương theo dõi\n2Phó Thủ tướng Thường trực Nguyễn Hòa Bình Hải Phòng, "
                  "Quảng Ninh\n3Phó Thủ tướng Trần Hồng Hà Nghệ An, Hà Tĩnh\n11Quyền Bộ trưởng Ngoại giao Lê Hoài "
                  "TrungHuế\n14Bộ trưởng Tài chính Nguyễn Văn Thắng Điện Biên\n") == {
        "Nguyễn Hòa Bình": [("Phó Thủ tướng Thường trực", "Chính phủ")],
        "Trần Hồng Hà": [("Phó Thủ tướng", "Chính phủ")],
        "Lê Hoài Trung": [("Quyền Bộ trưởng", "Bộ Ngoại giao")],
        "Nguyễn Văn Thắng": [("Bộ trưởng", "Bộ Tài chính")]}
    assert set(people("Bà Nguyễn Thị Thu Hà Nam nói.")) == {"Nguyễn Thị Thu Hà Nam"}  # no row's end after it


def test_a_marked_name_with_a_syllable_in_lower_case_before_a_post():
    assert set(people("Trong đó có đồng chí lê Vũ Thương – Trưởng Ban Quản lý các Khu kinh tế tỉnh.")) == {"lê Vũ Thương"}
    assert set(people("Các đại biểu nghe đồng chí Phan Tấn cảnh, UVTV Tỉnh uỷ, Phó Chủ tịch UBND tỉnh trình bày.")) == {
        "Phan Tấn cảnh"}
    assert set(people("Ông Nguyễn Văn An cảnh báo nguy cơ.")) == {"Nguyễn Văn An"}
    assert set(people("Ba phó ban gồm ông ông Từ Quốc Hiệu, Giám đốc Sở Y tế.")) == {"Từ Quốc Hiệu"}  # "ông" twice


def test_a_marked_name_a_dash_and_a_post():
    assert people("Đồng chí Phi SRỗn Ha Nràng - Phó Bí thư Đảng ủy xã cho biết.") == {
        "Phi SRỗn Ha Nràng": [("Phó Bí thư", "Đảng ủy xã")]}


def test_a_bloc_youth_union_is_no_person():
    assert people("Chào mừng Đại hội Đại biểu Đoàn Khối các cơ quan tỉnh Thái Nguyên lần thứ VII.") == {}


def test_a_name_after_an_agencys_initials_and_a_ministry_written_with_a_hyphen():
    assert people("Cục trưởng Cục BVTV Hoàng Trung làm Phó Trưởng ban.")["Hoàng Trung"][0] == ("Cục trưởng", "Cục BVTV")
    assert people("Bộ trưởng KH-ĐT Nguyễn Chí Dũng cho hay.")["Nguyễn Chí Dũng"] == [("Bộ trưởng", "Bộ Kế hoạch và Đầu tư")]
    assert people("Hiệu trưởng Trường THPT Nguyễn Du phát biểu.") == {}  # a school is named after a person


def test_the_national_assembly_by_its_initials_and_a_bodys_initials_before_its_place():
    assert people("Chủ tịch QH Nguyễn Thị Kim Ngân phát biểu bế mạc.") == {"Nguyễn Thị Kim Ngân": [("Chủ tịch", "Quốc hội")]}
    assert people("Tổng Thư ký QH, Chủ nhiệm VPQH Nguyễn Hạnh Phúc trình bày.")["Nguyễn Hạnh Phúc"] == [
        ("Tổng Thư ký", "Quốc hội"), ("Chủ nhiệm", "Văn phòng Quốc hội")]
    assert people("Giám đốc Sở Khoa học và Công nghệ (KH&CN) Hà Nội Nguyễn Hồng Sơn cho biết.") == {
        "Nguyễn Hồng Sơn": [("Giám đốc", "Sở Khoa học và Công nghệ thành phố Hà Nội")]}


def test_a_parent_body_in_brackets_before_the_name():
    assert people("Phó Cục trưởng Cục Bồi thường Nhà nước (Bộ Tư pháp) Nguyễn Thị Tố Hằng cho biết.") == {
        "Nguyễn Thị Tố Hằng": [("Phó Cục trưởng", "Cục Bồi thường Nhà nước")]}


def test_a_departments_field_after_a_dash_in_initials():
    assert people("Bí thư Đảng ủy Sở Nông nghiệp- PTNT Nguyễn Thành Một lưu ý.") == {
        "Nguyễn Thành Một": [("Bí thư", "Đảng ủy Sở Nông nghiệp- PTNT")]}
    assert people("Giám đốc Sở Nông nghiệp - PTNT Nguyễn Thành Một lưu ý.")["Nguyễn Thành Một"] == [
        ("Giám đốc", "Sở Nông nghiệp và Phát triển nông thôn tỉnh Hà Tĩnh")]


def test_the_national_assemblys_committees_in_lower_case():
    assert people("Chủ nhiệm Ủy ban khoa học, công nghệ và môi trường của Quốc hội Phan Xuân Dũng trình bày.") == {
        "Phan Xuân Dũng": [("Chủ nhiệm", "Ủy ban Khoa học, Công nghệ và Môi trường của Quốc hội")]}


def test_a_board_of_a_known_body_named_by_its_field_and_the_journalists_association():
    assert people("Trưởng ban Nghiệp vụ Hội Nhà báo Việt Nam Đỗ Thị Thu Hằng phát biểu.") == {
        "Đỗ Thị Thu Hằng": [("Trưởng ban", "Ban Nghiệp vụ Hội Nhà báo Việt Nam")]}
    assert people("Phó Chủ tịch Hội nhà báo tỉnh Võ Xuân Báu phát biểu.") == {
        "Võ Xuân Báu": [("Phó Chủ tịch", "Hội Nhà báo tỉnh Hà Tĩnh")]}


def test_the_tax_office_of_a_province_after_2025():
    assert people("Trưởng Thuế tỉnh Thanh Hóa Nguyễn Văn Thủy cho rằng.") == {
        "Nguyễn Văn Thủy": [("Trưởng", "Thuế tỉnh Thanh Hóa")]}


def test_a_communes_youth_union_in_lower_case():
    assert people("Đến dự có đồng chí Nguyễn Việt Tràng, Phó Bí thư xã đoàn; đồng chí Lê Văn Hùng, Bí thư Huyện đoàn.") == {
        "Nguyễn Việt Tràng": [("Phó Bí thư", "Xã đoàn")], "Lê Văn Hùng": [("Bí thư", "Huyện đoàn Can Lộc")]}


def test_admirals_bodies_and_posts_of_batch_forty():
    assert people("Ban chỉ đạo do Thứ trưởng Bộ Quốc phòng, Đô đốc Nguyễn Văn Hiến làm Trưởng ban; dự có Phó Đô đốc "
                  "Phạm Hoài Nam, Tư lệnh Quân chủng Hải quân.")["Phạm Hoài Nam"] == [("Tư lệnh", "Quân chủng Hải quân")]
    assert "Nguyễn Văn Hiến" in people("Ban chỉ đạo do Thứ trưởng Bộ Quốc phòng, Đô đốc Nguyễn Văn Hiến làm Trưởng ban.")
    assert people("Bà Trần Thị Hoan – Chủ tịch Hội Nạn nhân Da Cam Huyện Ba Vì tặng hoa.") == {
        "Trần Thị Hoan": [("Chủ tịch", "Hội Nạn nhân chất độc da cam/dioxin huyện Ba Vì")]}
    assert people("Tổng Kiểm toán Nhà nước Ngô Văn Tuấn trình bày.") == {
        "Ngô Văn Tuấn": [("Tổng Kiểm toán", "Kiểm toán Nhà nước")]}
    assert people("Thủ tướng Chinh phủ Nguyễn Tấn Dũng vừa ký quyết định.") == {  # a tone lost
        "Nguyễn Tấn Dũng": [("Thủ tướng", "Chính phủ")]}


def test_an_agencys_lower_case_field_and_a_ministry_named_without_its_và():
    assert people("Cục trưởng Cục Quản lý đất đai Đào Trung Chính vừa cho biết.") == {
        "Đào Trung Chính": [("Cục trưởng", "Cục Quản lý đất đai")]}
    assert people("Theo Phó Cục trưởng Cục Khởi nghiệp và Doanh nghiệp Công nghệ (Bộ Khoa học Công nghệ) Trần Xuân "
                  "Đích, hội chợ được tổ chức.") == {
        "Trần Xuân Đích": [("Phó Cục trưởng", "Cục Khởi nghiệp và Doanh nghiệp Công nghệ")]}



def test_a_unit_named_by_its_number_in_a_post():
    hcm = Locality(province="Hồ Chí Minh")
    assert people("Tham dự có Ủy viên Ban thường vụ, Trưởng Ban tổ chức Quận ủy Quận 1 Lê Thị Lan Chi; đại diện các "
                  "ban.", hcm) == {"Lê Thị Lan Chi": [("Ủy viên", "Ban Thường vụ Quận ủy Quận 1"),
                                                      ("Trưởng ban", "Ban Tổ chức Quận ủy Quận 1")]}
    assert people("Ông Lê Văn Nam, Chủ tịch UBND Phường 12 cho biết.", hcm) == {
        "Lê Văn Nam": [("Chủ tịch", "Ủy ban nhân dân phường 12")]}
    assert people("Bí thư Đảng ủy phường 3 Lê Văn Nam cho biết.", hcm) == {"Lê Văn Nam": [("Bí thư", "Đảng ủy phường 3")]}


def test_a_village_named_like_a_person_after_a_village_head():
    assert people("Theo ông Vi Văn Thuận - Trưởng thôn Lầu Nàng, lực lượng Công an đã đến tuyên truyền.") == {
        "Vi Văn Thuận": [("Trưởng thôn", None)]}  # two syllables after a rare family name: the village
    assert people("Trưởng thôn Hoàng Lâm cho biết.") == {"Hoàng Lâm": [("Trưởng thôn", None)]}  # a common one: a person


def test_a_central_body_by_its_initials_in_a_post():
    assert people("Bộ trưởng, Chủ nhiệm VPCP Trần Văn Sơn báo cáo tại Hội nghị.", Locality()) == {
        "Trần Văn Sơn": [("Bộ trưởng", None), ("Chủ nhiệm", "Văn phòng Chính phủ")]}


def test_the_holders_of_a_post_listed_after_a_comma_and_gom():
    found = people("Đại hội bầu 4 Phó Chủ tịch Liên minh HTX Việt Nam, gồm: Nguyễn Đắc Thắng, Lê Văn Nghị, Nguyễn Mạnh "
                   "Cường, Nguyễn Văn Thịnh.", Locality())
    assert found == {name: [("Phó Chủ tịch", "Liên minh Hợp tác xã Việt Nam")]
                     for name in ("Nguyễn Đắc Thắng", "Lê Văn Nghị", "Nguyễn Mạnh Cường", "Nguyễn Văn Thịnh")}


def test_a_stray_word_or_a_post_next_to_a_name_with_a_lower_case_syllable():
    assert people("Dự có đồng chí đồng Phạm Đức Nhuệ - Chủ tịch Hội Cựu chiến binh huyện Phú Vang.", Locality()) == {
        "Phạm Đức Nhuệ": [("Chủ tịch", "Hội Cựu chiến binh huyện Phú Vang")]}  # not "đồng Phạm Đức Nhuệ"
    assert people("Và đồng chí Nguyễn văn Hạ Phó Chủ tịch UBND huyện họp triển khai.") == {
        "Nguyễn văn Hạ": [("Phó Chủ tịch", "Ủy ban nhân dân huyện Can Lộc")]}  # not "Hạ Phó"


def test_the_regional_steering_committees_in_posts():
    assert people("Phó Trưởng Ban Chỉ đạo Tây Nam Bộ Thạch Muni cho biết.", Locality()) == {
        "Thạch Muni": [("Phó Trưởng ban", "Ban Chỉ đạo Tây Nam Bộ")]}
    assert list(people("Phó Vụ Trưởng Vụ Dân tộc và Tôn giáo, Ban Chỉ đạo Tây Nam Bộ Thạch Muni cho biết.",
                       Locality())) == ["Thạch Muni"]


def test_a_province_in_brackets_between_a_post_and_the_name():
    assert people("Chủ tịch UBND TP Thuận An (tỉnh Bình Dương) Nguyễn Thanh Tâm lý giải nguyên nhân.", Locality()) == {
        "Nguyễn Thanh Tâm": [("Chủ tịch", "Ủy ban nhân dân thành phố Thuận An")]}


def test_a_signers_name_ends_with_its_paragraph():
    text = ("Điều 3. Quyết định này có hiệu lực.\n\nTM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nPhạm Xuân Kôi\n\n"
            "DANH SÁCH\n\nCác trường mầm non.")
    assert list(people(text, Locality())) == ["Phạm Xuân Kôi"]  # not "Phạm Xuân Kôi Danh Sách", nor "Danh Sách"


def test_a_name_after_the_comma_ending_the_posts_before_its_verb():
    assert people("Tại buổi lễ, Phó Chủ tịch UBND tỉnh Hà Giang, Nguyễn Văn Sơn công bố Quyết định.", Locality()) == {
        "Nguyễn Văn Sơn": [("Phó Chủ tịch", "Ủy ban nhân dân tỉnh Hà Giang")]}
    assert people("Đại hội bầu Đoàn Chủ tịch, Đoàn Thư ký, bầu Ban Thẩm tra tư cách đại biểu.", Locality()) == {}


def test_more_abbreviated_titles():
    assert people("Dự có Thủ tướng Chính phủ, các PTTg: Nguyễn Sinh Hùng, Hoàng Trung Hải;", Locality()) == {
        name: [("Phó Thủ tướng", "Chính phủ")] for name in ("Nguyễn Sinh Hùng", "Hoàng Trung Hải")}
    assert people("Ông Nguyễn Văn An, CVP UBND tỉnh cho biết.", Locality(province="Hà Tĩnh")) == {
        "Nguyễn Văn An": [("Chánh Văn phòng", "Văn phòng Ủy ban nhân dân tỉnh Hà Tĩnh")]}


def test_a_province_between_a_post_and_the_name():
    assert list(people("Chủ tịch Hà Nội Trần Sỹ Thanh: Tiến độ dự án phải tính bằng ngày.", Locality())) == \
        ["Trần Sỹ Thanh"]  # not "Hà Nội Trần Sỹ Thanh"


def test_a_comma_between_a_title_and_its_body():
    assert people("Phó trưởng ban thường trực, Ban Tuyên giáo Tỉnh ủy Ninh Thuận Nguyễn Văn Mười cho hay.",
                  Locality()) == {"Nguyễn Văn Mười": [("Phó Trưởng ban Thường trực", "Ban Tuyên giáo Tỉnh ủy Ninh Thuận")]}
    assert people("Tổng Bí thư, Chủ tịch nước Tô Lâm phát biểu.", Locality()) == {
        "Tô Lâm": [("Tổng Bí thư", "Ban Chấp hành Trung ương Đảng"), ("Chủ tịch nước", "Chủ tịch nước")]}  # two posts
    assert people("Ban Thường trực gồm: Chủ tịch, Phó Chủ tịch Thường trực,", Locality()) == {}  # the text's end


def test_bodies_worded_with_more_common_words():
    assert people("Chủ tịch Hội đồng thi Phan Ngọc Thọ dự.", Locality()) == {"Phan Ngọc Thọ": [("Chủ tịch", "Hội đồng thi")]}
    assert people("Giám đốc Trung tâm Tư vấn ứng dụng kinh tế Lê Thanh Hải cho biết.", Locality()) == {
        "Lê Thanh Hải": [("Giám đốc", "Trung tâm Tư vấn ứng dụng kinh tế")]}


def test_credit_funds_and_a_country_after_a_post():
    assert people("Giám đốc QTDND Vân Diên Trần Đình Thọ cho biết.", Locality()) == {
        "Trần Đình Thọ": [("Giám đốc", "QTDND Vân Diên")]}
    assert people("Giám đốc Quỹ tín dụng nhân dân Vân Diên Trần Đình Thọ cho biết.", Locality()) == {
        "Trần Đình Thọ": [("Giám đốc", "Quỹ tín dụng nhân dân Vân Diên")]}
    assert people("Có gì trong gia tài của Tân Thủ tướng Thái Lan? 24 tấm bùa.", Locality()) == {}  # a country
