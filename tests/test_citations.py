"""Citation finding and resolution on the forms real Vietnamese news uses, and on what is not a citation."""

import pytest

from trichdan.loaders.citations import get_citations
from trichdan.loaders.labels import document_label
from trichdan.loaders.model import Locality
from trichdan.loaders.normalize import normalize
from trichdan.loaders.resolve import resolve_citations

HA_TINH = Locality(province="Hà Tĩnh", district="Can Lộc", district_level="huyện")


def cite(text: str, authority=None, locality: Locality = HA_TINH):
    """(quote, document key) for every citation, and the documents by key."""
    text = normalize(text)
    citations, documents = resolve_citations(get_citations(text), locality, authority)
    for c in citations:
        assert text[c.start:c.end] == c.text
    return [(c.text, c.document) for c in citations], {d.key: d for d in documents}


@pytest.mark.parametrize("text, key", [
    ("Quyết định số 99-QĐ/TW ngày 03-10-2017 của Ban Bí thư", "dang/tw/quyet-dinh/xii/99"),
    ("Quyết định 99 - QĐ/TƯ ngày 3/10/2017", "dang/tw/quyet-dinh/xii/99"),
    ("Quyết định 99/QĐ-TW ngày 3/10/2017", "dang/tw/quyet-dinh/xii/99"),
    ("thực hiện Quyết định số31-QĐ/TW của Bộ Chính trị khóa XII", "dang/tw/quyet-dinh/xii/31"),
    ("Quy định số 11-QÐi/TW, ngày 18-2-2019 của Bộ Chính trị", "dang/tw/quy-dinh/xii/11"),
    ("Quy định 101-QĐ/TW của Ban Bí thư (khóa XI)", "dang/tw/quy-dinh/xi/101"),
    ("Kết luận số 120-KL/TW của Bộ Chính trị khoá XI", "dang/tw/ket-luan/xi/120"),
    ("Nghị định số 04/2015/NĐ-CP của Chính phủ", "nn/cp/nghi-dinh/2015/4"),
    ("Pháp lệnh số 34/2007/PL-UBTVQH XI", "nn/ubtvqh/phap-lenh/2007/34"),
    ("Thông tư liên tịch 55/2005/TTLT-BNV-VPCP", "nn/bnv-vpcp/thong-tu-lien-tich/2005/55"),
    ("Nghị quyết 01/2024/NQ-HĐND của HĐND tỉnh Nghệ An", "nn/hdnd.nghe-an/nghi-quyet/2024/1"),
    ("Kế hoạch 2023/KH-UBND của UBND tỉnh Nghệ An", "nn/ubnd.nghe-an/ke-hoach/-/2023"),
    ("Công văn 1613/UBND-KGVX của UBND tỉnh", "nn/ubnd.ha-tinh/cong-van/-/1613"),
    ("Hướng dẫn 36-HD/VPTW", "dang/vptw/huong-dan/-/36"),
    ("Chương trình hành động số 03-CTr/TU", "dang/tu.ha-tinh/chuong-trinh/-/3"),
    ("Quyết định của Bộ Chính trị số 31-QĐ/TW ngày 5/6/2016", "dang/tw/quyet-dinh/xii/31"),
    ("Nghị quyết số 05-NQ/TU của Tỉnh ủy Nghệ An", "dang/tu.nghe-an/nghi-quyet/-/5"),
    ("Kế hoạch số 45-KH/HU của Huyện ủy", "dang/hu.can-loc/ke-hoach/-/45"),
    ("thông tri 05-TT/TW", "dang/tw/thong-tri/-/5"),
    ("thông tư 04/2023/TT-BNV", "nn/bnv/thong-tu/2023/4"),
    ("TT số 07-TT/TU", "dang/tu.ha-tinh/thong-tri/-/7"),
    ("Thông báo kết luận số 215-TB/HU", "dang/hu.can-loc/thong-bao/-/215"),
    ("Hiến pháp năm 2013", "nn/qh/hien-phap/2013/hien-phap"),
    ("Điều lệ Đảng", "dang/tw/dieu-le/-/dang"),
    ("Luật Thực hiện dân chủ ở cơ sở năm 2022", "nn/qh/luat/2022/thuc-hien-dan-chu-o-co-so"),
    ("Nghị quyết Trung ương 4 khoá XII", "dang/tw/nghi-quyet/xii/hntw-4"),
    ("Nghị quyết TW4 khóa 11", "dang/tw/nghi-quyet/xi/hntw-4"),
    ("Nghị quyết Hội nghị lần thứ tư Ban Chấp hành Trung ương Đảng khóa XII", "dang/tw/nghi-quyet/xii/hntw-4"),
    ("Nghị quyết Đại hội XIII của Đảng", "dang/tw/nghi-quyet/xiii/dai-hoi-13"),
    ("Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVIII", "dang/tu.ha-tinh/nghi-quyet/-/dai-hoi-18"),
])
def test_one_citation_without_authority(text, key):
    found, _ = cite(text)
    assert [k for _, k in found] == [key]


def test_line_break_inside_a_citation():
    found, docs = cite("quán triệt Quyết định số 99-QĐ/\nTW ngày 3/10/2017 của Ban Bí thư")
    assert found == [("Quyết định số 99-QĐ/\nTW", "dang/tw/quyet-dinh/xii/99")]
    assert docs["dang/tw/quyet-dinh/xii/99"].date == "2017-10-03"


@pytest.mark.parametrize("text, keys", [
    ("Quyết định 217, 218-QĐ/TW ngày 12/12/2013 của Bộ Chính trị", ["dang/tw/quyet-dinh/xi/217", "dang/tw/quyet-dinh/xi/218"]),
    ("Quyết định số 217-QĐ/TW và 218-QĐ/TW ngày 12/12/2013", ["dang/tw/quyet-dinh/xi/217", "dang/tw/quyet-dinh/xi/218"]),
    ("các Nghị quyết số 18-NQ/TW, 19-NQ/TW của Hội nghị Trung ương 6 khóa XII", ["dang/tw/nghi-quyet/xii/18", "dang/tw/nghi-quyet/xii/19"]),
])
def test_coordinated_lists(text, keys):
    found, _ = cite(text)
    assert [k for _, k in found] == keys


def test_dates_in_every_form_attach_to_their_citation():
    for text in ("Chỉ thị số 30-CT/TW ngày 18/2/1998", "Chỉ thị số 30-CT/TW (ngày 18/2/1998)",
                 "Chỉ thị số 30-CT/TW, ngày 18-02-1998", "Chỉ thị số 30-CT/TW ngày 18 tháng 2 năm 1998",
                 "Ngày 18-2-1998, Bộ Chính trị ban hành Chỉ thị số 30-CT/TW về xây dựng quy chế dân chủ"):
        _, docs = cite(text)
        assert [d.date for d in docs.values()] == ["1998-02-18"], text


def test_issuer_subject_and_locality():
    _, docs = cite("Nghị quyết 02-NQ/TU ngày 12/5/2017 của BCH Đảng bộ tỉnh về nâng cao chất lượng dân chủ ở cơ sở; ")
    doc = docs["dang/tu.ha-tinh/nghi-quyet/2017/2"]
    assert (doc.issuer, doc.scope, doc.year) == ("Ban Chấp hành Đảng bộ tỉnh Hà Tĩnh", "Hà Tĩnh", 2017)
    assert doc.title == "nâng cao chất lượng dân chủ ở cơ sở"


def test_short_forms_join_the_full_mention():
    found, docs = cite("Quyết định số 99-QĐ/TW ngày 3/10/2017. Sau đó QĐ 99 được quán triệt. Nghị định số 04/2015/NĐ-CP; "
                       "Nghị định 04/CP. Nghị quyết số 21-NQ/TW ngày 25/10/2017 và NQ21.")
    assert len(docs) == 3
    assert {k for _, k in found} == {"dang/tw/quyet-dinh/xii/99", "nn/cp/nghi-dinh/2015/4", "dang/tw/nghi-quyet/xii/21"}


def test_same_number_different_provinces_stay_apart():
    found, docs = cite("Nghị quyết số 02-NQ/TU của Tỉnh ủy Nghệ An và Nghị quyết số 02-NQ/TU của Tỉnh ủy Thanh Hóa")
    assert [k for _, k in found] == ["dang/tu.nghe-an/nghi-quyet/-/2", "dang/tu.thanh-hoa/nghi-quyet/-/2"]


@pytest.mark.parametrize("text", [
    "Ban Chỉ đạo 35 họp", "Quốc lộ 1A", "Chương trình 135 hỗ trợ", "thực hiện nghị quyết đại hội Đảng các cấp",
    "trao quyết định khen thưởng", "Quyết định này có hiệu lực", "Số:      /KH-UBND", "ngày 03-10-2017",
    "ĐT: 0239.3855.123", "Thống kê: 3.683.423", "khoản 3 Điều 217", "Nghị quyết 5 năm qua",
    "Kế hoạch 12 nhiệm vụ", "các nghị quyết, chỉ thị của Đảng",
])
def test_not_citations(text):
    assert cite(text)[0] == []


def test_pinpoint_stays_on_the_law():
    found, docs = cite("Theo Điều 5 của Luật Thực hiện dân chủ ở cơ sở, khoản 3 Điều 217 Bộ luật Hình sự")
    assert [k for _, k in found] == ["nn/qh/luat/-/thuc-hien-dan-chu-o-co-so", "nn/qh/bo-luat/-/hinh-su"]
    citations, _ = resolve_citations(get_citations(normalize("theo khoản 3 Điều 217 Bộ luật Hình sự")), HA_TINH)
    assert citations[0].pinpoint == "khoản 3 Điều 217"


@pytest.mark.parametrize("text, relation", [
    ("Căn cứ Nghị định số 04/2015/NĐ-CP", "citesAsAuthority"),
    ("tiếp tục quán triệt, triển khai Chỉ thị 30-CT/TW", "implements"),
    ("hội nghị sơ kết 5 năm thực hiện Chỉ thị 30-CT/TW", "reviews"),
    ("sửa đổi, bổ sung một số điều của Nghị định 04/2015/NĐ-CP", "updates"),
    ("Quyết định này thay thế Quyết định 1458/QĐ-UBND", "replaces"),
    ("Chỉ thị 30-CT/TW đã đi vào cuộc sống", "cites"),
])
def test_citation_kinds(text, relation):
    citations, _ = resolve_citations(get_citations(normalize(text)), HA_TINH)
    assert citations[-1].relation == relation


def test_authority_completes_and_resolves(authority):
    found, docs = cite("Pháp lệnh 34 của Ủy ban Thường vụ Quốc hội; Luật Thực hiện dân chủ ở cơ sở; "
                       "Nghị quyết Trung ương 4 khóa XII; Quy định số 55 của Bộ Chính trị", authority)
    assert [k for _, k in found] == ["nn/ubtvqh/phap-lenh/2007/34", "nn/qh/luat/2022/10",
                                     "dang/tw/nghi-quyet/xii/4", "dang/tw/quy-dinh/xii/55"]
    assert docs["nn/ubtvqh/phap-lenh/2007/34"].symbol == "34/2007/PL-UBTVQH11"
    assert docs["dang/tw/nghi-quyet/xii/4"].symbol == "04-NQ/TW"


def test_authority_types_a_bare_symbol(authority):
    _, docs = cite("thực hiện nghiêm 55-QĐ/TW", authority)
    assert [d.type for d in docs.values()] == ["Quy định"]


def test_boilerplate_zones_are_skipped():
    from trichdan.loaders.model import Zone
    text = "Bài viết.\nTin liên quan: Quyết định 99-QĐ/TW"
    zones = [Zone("body", 0, 9), Zone("boilerplate", 10, len(text))]
    assert get_citations(text, zones) == []


def test_whole_pipeline_is_linear_on_a_pathological_article():
    import time

    from trichdan.loaders.pipeline import extract
    from trichdan.loaders.sources import Source

    def seconds(n: int) -> float:
        start = time.process_time()
        extract(Source("p.txt", "Quyết định " + "99-QĐ/TW, " * n + "Nghị quyết số " * n))
        return time.process_time() - start

    seconds(100)  # warm caches (gazetteer index)
    small, large = seconds(2_000), seconds(8_000)
    assert large / max(small, 0.01) < 8, f"{small:.2f}s for n, {large:.2f}s for 4n"


def test_year_after_a_number_dates_the_document():
    """"năm 2019" right after the number is the document's year, unless it is the year of an activity
    named before the citation and the citation stops there."""
    found, docs = cite("Chỉ thị 35 năm 2019 của Bộ Chính trị về đại hội đảng bộ các cấp; "
                       "nay Chỉ thị 35/CT-TW năm 2024 tiếp tục nhấn mạnh.")
    assert [k for _, k in found] == ["dang/tw/chi-thi/xii/35", "dang/tw/chi-thi/xiii/35"]
    assert [d.year for d in docs.values()] == [2019, 2024]
    assert get_citations("Kết luận 14-KL/TW năm 2021 của Bộ Chính trị")[0].year == 2021
    assert get_citations("Chỉ thị số 10/CT-TTg năm 2019 của Thủ tướng")[0].year == 2019
    # the year of the implementing work, not of the document
    assert get_citations("Kết quả thực hiện Nghị quyết 02-NQ/TU năm 2023 cho thấy nhiều chuyển biến.")[0].year is None
    assert get_citations("triển khai Quy định 22-QĐ/TW năm 2024")[0].year is None
    # ... unless the citation goes on with its issuer
    assert get_citations("thực hiện Nghị quyết 02-NQ/TU năm 2017 của Tỉnh ủy")[0].year == 2017
    # a full date wins over a year
    assert get_citations("Chỉ thị 35 năm 2019 ngày 30/5/2019 của Bộ Chính trị")[0].date == "2019-05-30"


def test_a_year_is_no_word_of_a_law_name():
    for text in ("theo Luật Đất đai 2024, người dân", "theo Luật Đất đai năm 2024, người dân"):
        ref = get_citations(text)[0]
        assert (ref.name, ref.year, ref.text) == ("Đất đai", 2024, text[5:-11])


def test_authority_name_lookup_respects_the_year(authority):
    """Two Luật Đất đai: the year picks one, no year picks none."""
    found, docs = cite("Luật Đất đai 2024; Luật Đất đai năm 2013; Bộ luật Dân sự năm 2015", authority)
    assert [k for _, k in found] == ["nn/qh/luat/2024/31", "nn/qh/luat/2013/45", "nn/qh/bo-luat/2015/91"]
    assert docs["nn/qh/luat/2024/31"].symbol == "31/2024/QH15"
    assert docs["nn/qh/bo-luat/2015/91"].symbol == "91/2015/QH13"
    found, _ = cite("Luật Đất đai quy định", authority)
    assert [k for _, k in found] == ["nn/qh/luat/-/dat-dai"]


def test_authority_subject_settles_a_bare_or_ambiguous_number(authority):
    """A subject that starts like a known title identifies the document: a bare "Quy định 144 về …" (which
    alone could be anyone's), or one of two Chỉ thị 35-CT/TW (2019: Đại hội XIII, 2024: Đại hội XIV)."""
    found, docs = cite("Quy định 144 về chuẩn mực đạo đức cách mạng của cán bộ, đảng viên trong giai đoạn mới "
                       "đặt ra yêu cầu rất cao.", authority)
    assert [k for _, k in found] == ["dang/tw/quy-dinh/xiii/144"]
    assert docs["dang/tw/quy-dinh/xiii/144"].date == "2024-05-09"
    found, _ = cite("Chỉ thị của Bộ Chính trị số 35-CT/TƯ về đại hội đảng bộ các cấp tiến tới Đại hội đại biểu "
                    "toàn quốc lần thứ XIV của Đảng yêu cầu kiên quyết.", authority)
    assert [k for _, k in found] == ["dang/tw/chi-thi/xiii/35"]
    # a subject both titles share, or none, settles nothing; a bare number without subject stays bare
    found, _ = cite("Chỉ thị 35-CT/TW về đại hội đảng bộ các cấp", authority)
    assert [k for _, k in found] == ["dang/tw/chi-thi/-/35"]
    found, _ = cite("Quy định 144 đã được quán triệt", authority)
    assert [k for _, k in found] == ["-/-/quy-dinh/-/144"]


# --- held-out set D: date and term before the citation, ambiguous abbreviations, law names with commas,
# sub-units of issuers, local Mặt trận and police documents ----------------------------------------------

@pytest.mark.parametrize("text, date, term, issuer", [
    ("Ngày 25 tháng 10 năm 2017, Hội nghị lần thứ sáu Ban Chấp hành Trung ương Đảng khóa XII ban hành "
     "Nghị quyết số 21-NQ/TW về công tác dân số.", "2017-10-25", "XII", "Ban Chấp hành Trung ương Đảng"),
    ("Ngày 16/6/2022, Hội nghị Trung ương 5 khóa XIII ban hành Nghị quyết 21-NQ/TW.", "2022-06-16", "XIII",
     "Hội nghị Trung ương"),
    ("Ngày 5/3/2020, tại Hà Nội, Tỉnh ủy Hà Tĩnh đã ký ban hành Nghị quyết 02-NQ/TU.", "2020-03-05", None, "Tỉnh ủy"),
    ("Ngày 18-2-1998, Bộ Chính trị (khóa VIII) ban hành Chỉ thị số 30-CT/TW.", "1998-02-18", "VIII", "Bộ Chính trị"),
])
def test_issuing_date_and_term_written_before_the_citation(text, date, term, issuer):
    ref = get_citations(normalize(text))[0]
    assert (ref.date, ref.term, ref.issuer_text) == (date, term, issuer)


def test_a_date_before_only_counts_for_the_issuing_clause():
    """The date of a meeting that implements a document is not the document's date."""
    ref = get_citations("Ngày 11/9, Ban Thường trực tổ chức hội nghị triển khai Nghị quyết số 21-NQ/TW.")[0]
    assert ref.date is None
    ref = get_citations("Ngày 10/1/2024, tại hội nghị, đồng chí Bí thư cho biết Tỉnh ủy đã ban hành Nghị quyết 05-NQ/TU.")[0]
    assert ref.date is None


def test_the_date_before_separates_two_documents_of_one_symbol():
    """21-NQ/TW of 2017 (khóa XII) and of 2022 (khóa XIII) are two documents; "NQ 21" joins its article's."""
    found, docs = cite("Ngày 25 tháng 10 năm 2017, Hội nghị lần thứ sáu Ban Chấp hành Trung ương Đảng khóa XII "
                       "ban hành Nghị quyết số 21-NQ/TW về công tác dân số. Thực hiện NQ 21, tỉnh đã làm.")
    assert [k for _, k in found] == ["dang/tw/nghi-quyet/xii/21"] * 2
    found, _ = cite("Nghị quyết số 21-NQ/TW (ngày 16/6/2022) về tăng cường củng cố tổ chức cơ sở đảng")
    assert [k for _, k in found] == ["dang/tw/nghi-quyet/xiii/21"]


def test_a_symbol_ending_a_sentence_keeps_the_full_stop_out():
    assert get_citations("ban hành Nghị quyết 21-NQ/TW. Tiếp đó")[0].text == "Nghị quyết 21-NQ/TW"
    assert get_citations("theo Chỉ thị 05-CT/T.Ư. Tiếp đó")[0].symbol.text == "05-CT/TW"


def test_ambiguous_abbreviation_takes_the_authority_type(authority):
    """"QĐ" is the code of Quyết định and Quy định: the authority's type decides; a full type word still
    decides; without an authority the abbreviation's own type stays."""
    _, docs = cite("QĐ số 22-QĐ/TW ngày 28/7/2021 của Ban Chấp hành Trung ương", authority)
    assert [d.type for d in docs.values()] == ["Quy định"]
    _, docs = cite("QĐ 99-QĐ/TW của Ban Bí thư", authority)
    assert [d.type for d in docs.values()] == ["Quyết định"]
    _, docs = cite("Quyết định số 22-QĐ/TW", authority)
    assert [d.type for d in docs.values()] == ["Quyết định"]
    _, docs = cite("QĐ số 22-QĐ/TW ngày 28/7/2021")
    assert [d.type for d in docs.values()] == ["Quyết định"]


def test_a_subject_stops_at_the_next_citation():
    refs = get_citations(normalize("QĐ số 22-QĐ/TW ngày 28/7/2021 của Ban Chấp hành Trung ương về công tác kiểm tra, "
                                   "giám sát và kỷ luật của Đảng và Quy định số69-QĐ/TW của Bộ Chính trị về kỷ luật "
                                   "tổ chức đảng, đảng viên vi phạm."))
    assert [r.title for r in refs] == ["công tác kiểm tra, giám sát và kỷ luật của Đảng",
                                       "kỷ luật tổ chức đảng, đảng viên vi phạm"]


def test_an_issuer_broken_over_two_lines():
    ref = get_citations(normalize("Quy định số 114-QĐ/TW ngày 11/7/2023 của Bộ\nChính trị về kiểm soát quyền lực"))[0]
    assert (ref.issuer_text, ref.issuer_code, ref.title) == ("Bộ Chính trị", "TW", "kiểm soát quyền lực")


@pytest.mark.parametrize("text, name", [
    ("Theo khoản 3 Điều 4 Luật Cán bộ, công chức, công chức cấp xã là", "Cán bộ, công chức"),
    ("theo Luật Phòng, chống tham nhũng năm 2018 và", "Phòng, chống tham nhũng"),
    ("Luật Cán bộ, công chức và Luật Viên chức quy định", "Cán bộ, công chức"),
    ("Luật Tín ngưỡng, tôn giáo, các cơ sở", "Tín ngưỡng, tôn giáo"),
    ("Luật Phòng, chống tham nhũng. Ông", "Phòng, chống tham nhũng"),
    ("Căn cứ Luật Bảo vệ, chăm sóc sức khoẻ nhân dân năm 1989;", "Bảo vệ, chăm sóc sức khỏe nhân dân"),
    # a comma that ends the name: a clause follows, or the next document
    ("theo Luật Đất đai, người dân được cấp giấy", "Đất đai"),
    ("Luật Đất đai, Luật Nhà ở", "Đất đai"),
])
def test_law_names_with_commas(text, name):
    assert get_citations(normalize(text))[0].name == name


def test_a_law_name_with_its_number_in_brackets(authority):
    text = "Theo khoản 3 Điều 4 Luật Cán bộ, công chức (Luật số 22/2008/QH12, được sửa đổi, bổ sung năm 2019), công chức"
    found, docs = cite(text)
    assert [k for _, k in found] == ["nn/qh/luat/2008/22"]
    assert found[0][0] == "Luật Cán bộ, công chức (Luật số 22/2008/QH12"
    found, docs = cite("Luật Cán bộ, công chức năm 2008 quy định; Luật Phòng, chống tham nhũng năm 2018; "
                       "Luật Công an nhân dân năm 2018", authority)
    assert [k for _, k in found] == ["nn/qh/luat/2008/22", "nn/qh/luat/2018/36", "nn/qh/luat/2018/37"]


def test_an_undated_law_name_is_the_edition_in_force_on_the_articles_date(authority):
    refs = get_citations(normalize("Theo Luật Cán bộ, công chức, cán bộ phải …"), names=authority.names)
    assert resolve_citations(refs, HA_TINH, authority)[1][0].key == "nn/qh/luat/-/can-bo-cong-chuc"  # 2008 or 2025
    assert resolve_citations(refs, HA_TINH, authority, as_of="2019-05-01")[1][0].key == "nn/qh/luat/2008/22"



def test_an_undated_law_name_is_the_edition_the_article_cites_by_number(authority):
    text = normalize("Luật Người lao động Việt Nam đi làm việc ở nước ngoài theo hợp đồng. Luật số 69/2020/QH14 ngày "
                     "13/11/2020 quy định về quyền, nghĩa vụ của người lao động.")
    docs = resolve_citations(get_citations(text, names=authority.names), HA_TINH, authority)[1]
    assert [d.key for d in docs] == ["nn/qh/luat/2020/69"]


def test_a_plan_issuer_after_a_law_named_in_its_title_is_not_the_laws(authority):
    text = normalize("Quyết định 1574/QĐ-TTg năm 2025 về Kế hoạch triển khai thi hành Luật Ban hành văn bản quy phạm pháp "
                     "luật do Thủ tướng Chính phủ ban hành\nCăn cứ Luật Ban hành văn bản quy phạm pháp luật số 64/2025/QH15;")
    docs = resolve_citations(get_citations(text, names=authority.names), HA_TINH, authority)[1]
    assert {d.key: d.issuer for d in docs}["nn/qh/luat/2025/64"] == "Quốc hội"


def test_a_known_name_a_headline_cuts_short(authority):
    text = normalize("Quốc hội thông qua Luật Người lao động Việt Nam đi làm việc ở nước ngoài\nChiều 13-11, Quốc hội họp.")
    assert [r.name for r in get_citations(text, names=authority.names)] == [
        "Người lao động Việt Nam đi làm việc ở nước ngoài theo hợp đồng"]


def test_a_type_word_after_luat_is_no_laws_name(authority):
    refs = get_citations(normalize("Thông tư 21/2007/TT-BLĐTBXH hướng dẫn Luật Nghị định 126/2007/NĐ-CP về lao động"),
                         names=authority.names)
    assert [r.text for r in refs] == ["Thông tư 21/2007/TT-BLĐTBXH", "Nghị định 126/2007/NĐ-CP"]


QUANG_NINH = Locality(province="Quảng Ninh", province_key="22")
DAK_LAK = Locality(province="Đắk Lắk", province_key="66")


def test_a_provincial_front_plan_is_local():
    """112-KH/MTTQ-BTT: the standing board (BTT) of a province's Mặt trận committee; its documents are
    numbered per province, named with the province from the citation or the article."""
    found, docs = cite("làm việc về kết quả giám sát theo Kế hoạch 112-KH/MTTQ-BTT. Qua giám sát", locality=QUANG_NINH)
    assert [k for _, k in found] == ["dang/mttq.quang-ninh/ke-hoach/-/112"]
    doc = docs["dang/mttq.quang-ninh/ke-hoach/-/112"]
    assert (doc.symbol, doc.issuer) == ("112-KH/MTTQ-BTT", "Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Quảng Ninh")
    found, docs = cite("Kế hoạch số 112-KH/MTTQ-BTT của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh về thực hiện nghị quyết",
                       locality=DAK_LAK)
    assert [k for _, k in found] == ["dang/mttq.dak-lak/ke-hoach/-/112"]
    assert docs["dang/mttq.dak-lak/ke-hoach/-/112"].issuer == "Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Đắk Lắk"
    found, _ = cite("Kế hoạch 15-KH/MTTQ-BTT của Ủy ban MTTQ huyện", locality=HA_TINH)
    assert [k for _, k in found] == ["dang/mttq.can-loc/ke-hoach/-/15"]


@pytest.mark.parametrize("text, locality, issuer", [
    ("thực hiện Kế hoạch số 61/KH-CAT của Công an tỉnh, toàn lực lượng", Locality(province="Quảng Nam", province_key="49"),
     "Công an tỉnh Quảng Nam"),
    ("Cùng ngày, Chủ tịch UBND tỉnh ký Quyết định số 512/QĐ-UBND thành lập Tổ công tác",
     Locality(province="Quảng Ngãi", province_key="51"), "Chủ tịch Ủy ban nhân dân tỉnh Quảng Ngãi"),
    # named from the symbol alone, local bodies take the level word of their unit
    ("theo Quyết định 512/QĐ-UBND", Locality(province="Quảng Ngãi", province_key="51"), "Ủy ban nhân dân tỉnh Quảng Ngãi"),
    ("theo Quyết định 12/QĐ-UBND", Locality(province="Cần Thơ", province_key="92"), "Ủy ban nhân dân thành phố Cần Thơ"),
    ("Kế hoạch 61/KH-CAT", Locality(province="Quảng Nam", province_key="49"), "Công an tỉnh Quảng Nam"),
    ("Quyết định 12/QĐ-UBND của UBND Nghệ An", HA_TINH, "Ủy ban nhân dân tỉnh Nghệ An"),
    ("Kế hoạch số 45-KH/HU của Huyện ủy", HA_TINH, "Huyện ủy Can Lộc"),
])
def test_local_issuers_are_named_with_their_unit(text, locality, issuer):
    _, docs = cite(text, locality=locality)
    assert [d.issuer for d in docs.values()] == [issuer]


@pytest.mark.parametrize("text", [
    "ngoài Luật Đất đai, cán bộ còn phải hướng dẫn người dân",
    "theo Luật Đất đai, chúng tôi quy định",
    "Luật Đất đai, người dân cần quy định",
])
def test_a_clause_after_a_law_name_is_no_part_of_it(text):
    assert get_citations(normalize(text))[0].name == "Đất đai"


def test_a_law_name_with_a_comma_before_what_it_does(authority):
    found, _ = cite("Luật Cán bộ, công chức quy định công chức cấp xã", authority)
    assert [k for _, k in found] == ["nn/qh/luat/-/can-bo-cong-chuc"]  # the 2008 or the 2025 law: no year, no date


def test_authority_keeps_two_documents_of_one_symbol_apart(authority):
    """21-NQ/TW of 2017 (dân số) and of 2022 (tổ chức cơ sở đảng): the date or term written before or after
    the citation picks one, the subject picks one, nothing picks none."""
    _, docs = cite("Ngày 25 tháng 10 năm 2017, Hội nghị lần thứ sáu Ban Chấp hành Trung ương Đảng khóa XII ban hành "
                   "Nghị quyết số 21-NQ/TW.", authority)
    assert [(d.key, d.date) for d in docs.values()] == [("dang/tw/nghi-quyet/xii/21", "2017-10-25")]
    _, docs = cite("Nghị quyết 21-NQ/TW của Ban Chấp hành Trung ương Đảng khóa XIII", authority)
    assert [(d.key, d.date) for d in docs.values()] == [("dang/tw/nghi-quyet/xiii/21", "2022-06-16")]
    _, docs = cite("Nghị quyết số 21-NQ/TW về công tác dân số trong tình hình mới được triển khai", authority)
    assert [(d.key, d.date) for d in docs.values()] == [("dang/tw/nghi-quyet/xii/21", "2017-10-25")]
    _, docs = cite("Thực hiện Nghị quyết 21-NQ/TW, tỉnh đã", authority)
    assert [(d.key, d.date) for d in docs.values()] == [("dang/tw/nghi-quyet/-/21", None)]


def test_a_date_of_another_year_after_a_dated_citation_starts_the_next_clause():
    found, docs = cite("Căn cứ Luật Thực hiện dân chủ ở cơ sở năm 2022, ngày 6/3/2024, UBND tỉnh ban hành kế hoạch; "
                       "Nghị định 04/2015/NĐ-CP, ngày 3/5/2016, được sửa đổi.")
    assert [d.year for d in docs.values()] == [2022, 2015]
    assert [d.date for d in docs.values()] == [None, None]


@pytest.mark.parametrize("text, type_word, number", [
    ("theo văn bản số 238/UBND-KGVX của UBND tỉnh", "Công văn", 238),
    ("KẾ HOẠCH 154 thực hiện", "Kế hoạch", 154),  # a heading in capitals needs no "số"
    ("NGHỊ QUYẾT SỐ 214 của", "Nghị quyết", 214),
    ("Quyết\nđịnh 99 của Ban Bí thư", "Quyết định", 99),  # a line break inside the type word
    ("Thông  tri 28 của Ủy ban", "Thông tri", 28),
    ("Công điện số 1063/CĐ-TTg ngày 31/7/2021", "Công điện", 1063),
    ("Báo cáo thẩm định số 18/BCTĐ-STP", "Báo cáo", 18),
    ("CHƯƠNG TRÌNH HÀNH ĐỘNG SỐ 01-CT/TU NGÀY 09/10/2020", "Chương trình", 1),  # the written type decides
    ("Quyết định số 55/2007/CT-UBND của", "Quyết định", 55),
    ("kết luận số 215-TB/HU", "Thông báo", 215),  # a type word in lower case yields to the code
])
def test_type_words_as_pages_write_them(text, type_word, number):
    ref = get_citations(normalize(text))[0]
    assert (ref.type, ref.number) == (type_word, number)


def test_a_word_glued_before_a_symbol_is_not_a_citation_of_its_own():
    assert [r.text for r in get_citations(normalize("Nghị định số138/2020/NĐ-CP ngày"))] == ["Nghị định số138/2020/NĐ-CP"]


@pytest.mark.parametrize("text, key", [
    ("Nghị quyết Đại hội Đảng toàn quốc lần thứ XIII", "dang/tw/nghi-quyet/xiii/dai-hoi-13"),
    ("Nghị quyết Đại hội đại biểu toàn quốc của Đảng lần thứ XII", "dang/tw/nghi-quyet/xii/dai-hoi-12"),
    ("nghị quyết đại hội Đảng bộ tỉnh lần thứ XX", "dang/tu.ha-tinh/nghi-quyet/-/dai-hoi-20"),
    ("Nghị quyết Đại hội lần thứ VI Đảng bộ huyện Can Lộc", "dang/hu.can-loc/nghi-quyet/-/dai-hoi-6"),
    ("Nghị quyết Đại hội lần thứ XIV của Đảng bộ tỉnh", "dang/tu.ha-tinh/nghi-quyet/-/dai-hoi-14"),
    ("Nghị quyết Đại hội XIX", "dang/db.ha-tinh/nghi-quyet/-/dai-hoi-19"),  # past the last national congress
    ("Nghị quyết Đại hội Đảng bộ lần thứ XXII", "dang/db.ha-tinh/nghi-quyet/-/dai-hoi-22"),
    ("Nghị quyết đại hội Đảng bộ tỉnh nhiệm kỳ 2015-2020", "dang/tu.ha-tinh/nghi-quyet/-/dai-hoi-2015-2020"),
    ("Nghị quyết ĐH Đảng bộ tỉnh Hà Tĩnh lần thứ XIX, nhiệm kỳ 2020-2025", "dang/tu.ha-tinh/nghi-quyet/-/dai-hoi-19"),
    ("Nghị quyết Đảng bộ huyện lần thứ XI nhiệm kỳ 2015-2020", "dang/hu.can-loc/nghi-quyet/-/dai-hoi-11"),  # "Đại hội" unsaid
    ("Nghị quyết Đại hội Đảng bộ TPHCM lần thứ XI", "dang/tu.ho-chi-minh/nghi-quyet/-/dai-hoi-11"),  # a place's code
    ("Nghị quyết Đại hội đại\nbiểu Đảng bộ tỉnh lần thứ X (nhiệm kỳ 2001-2005)", "dang/tu.ha-tinh/nghi-quyet/-/dai-hoi-10"),
    ("NGHỊ QUYẾT ĐẠI HỘI ĐẠI BIỂU ĐẢNG BỘ HUYỆN LẠC DƯƠNG LẦN THỨ XI, NHIỆM KỲ 2020 - 2025",
     "dang/hu.lac-duong/nghi-quyet/-/dai-hoi-11"),  # a banner in capitals
    ("Nghị quyết Hội nghị lần thứ Mười Ban chấp hành Trung ương Đảng khóa XI", "dang/tw/nghi-quyet/xi/hntw-10"),
    ("Nghị quyết Hội nghị 11 Ban Chấp hành Trung ương khóa XIII", "dang/tw/nghi-quyet/xiii/hntw-11"),  # "lần thứ" unsaid
])
def test_congress_and_plenum_forms(text, key):
    found, _ = cite(text)
    assert [k for _, k in found] == [key]


@pytest.mark.parametrize("text, name", [
    ("Luật tổ chức Chính phủngày 25 tháng 12 năm 2001", "Tổ chức Chính phủ"),  # "ngày" glued to the name
    ("Luật Tổ chức chính\nquyền địa phương năm 2015", "Tổ chức chính quyền địa phương"),
    ("Luật Tổ chức HĐND và UBND ngày 26/11/2003", "Tổ chức Hội đồng nhân dân và Ủy ban nhân dân"),
    ("luật ban hành văn bản quy phạm pháp luật", "Ban hành văn bản quy phạm pháp luật"),
    ("LUẬT ĐẤT ĐAI THUỘC THẨM QUYỀN CỦA", "Đất đai"),
    ("Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày "
     "22 tháng 11 năm 2019", "Sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương"),
    ("Luật sửa đổi, bổ sung một số điều của 37 luật có liên quan đến quy hoạch ngày 20 tháng 11 năm 2018",
     "Sửa đổi, bổ sung một số điều của 37 luật có liên quan đến quy hoạch"),
])
def test_law_names_end_where_the_authority_says(authority, text, name):
    refs = get_citations(normalize(text), names=authority.names)
    assert [r.name for r in refs] == [name]


@pytest.mark.parametrize("text", ["PHÁP LUẬT VÀ TUYÊN TRUYỀN", "hiểu biết pháp luật và", "luật sư Nguyễn Văn A"])
def test_law_in_capitals_or_lower_case_is_a_law_only_by_a_known_name(authority, text):
    assert get_citations(normalize(text), names=authority.names) == []


def test_an_amending_law_is_one_document_with_its_date(authority):
    text = normalize("Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính "
                     "quyền địa phương ngày 22 tháng 11 năm 2019;")
    citations, documents = resolve_citations(get_citations(text, names=authority.names), HA_TINH, authority)
    assert [(d.symbol, d.date) for d in documents] == [("47/2019/QH14", "2019-11-22")]


@pytest.mark.parametrize("text, type_word", [
    ("BAN CHẤP HÀNH TRUNG ƯƠNG\nSố: 97-QĐ/TW\nHà Nội, ngày 5 tháng 1 năm 2023\nQUY ĐỊNH\nvề công tác …", "Quy định"),
    ("Số: 16/2024/QĐ-UBND\n\nNGHỊ QUYẾT\nQuy định mức chi …", "Nghị quyết"),
    ("Số hiệu: 238/QĐ-UBND Loại văn bản: Quyết định\n", "Quyết định"),
])
def test_a_pages_own_number_takes_the_type_of_its_heading(text, type_word):
    """"Số: 97-QĐ/TW" over a QUY ĐỊNH heading is the page's own Quy định, not a Quyết định of that number."""
    assert [(r.type, r.typed) for r in get_citations(normalize(text))] == [(type_word, True)]


def test_a_line_cut_by_the_headings_window_is_no_heading():
    """Six hundred characters below "Số: 55/2015/QĐ-UBND" a line opens with "Thông tư liên tịch số 13/…": cut
    there, it looked like a THÔNG TƯ heading; with no heading the code says Quyết định."""
    header = "Số: 55/2015/QĐ-UBND"
    text = header + "\n" + "x" * (600 - len("\nThông tư") - 1) + "\nThông tư liên tịch số 13/2014/TTLT-BKHCN-BYT;"
    assert text[len(header) + 600 - len("Thông tư"):len(header) + 600] == "Thông tư"  # where the window ends
    assert [(r.text, r.type) for r in get_citations(normalize(text))][0] == ("55/2015/QĐ-UBND", "Quyết định")


def test_a_list_number_glued_before_a_type_word(authority):
    refs = get_citations(normalize("- 5Luật ngân sách nhà nước 2015\n- 1Công văn 2067/BTC-NSNN"), names=authority.names)
    assert [(r.type, r.name or r.number) for r in refs] == [("Luật", "Ngân sách nhà nước"), ("Công văn", 2067)]


def test_a_law_named_without_number_is_the_one_the_article_numbers(authority):
    text = normalize("Căn cứ Luật Cư trú số 68/2020/QH14 ngày 13/11/2020; theo Luật Cư trú, công dân …")
    citations, documents = resolve_citations(get_citations(text, names=authority.names), HA_TINH, authority)
    assert len(documents) == 1 and {c.document for c in citations} == {documents[0].key}


@pytest.mark.parametrize("text, key", [
    ("Luật Phòng, chống tham nhũng năm 2018 thay Luật PCTN năm 2005; Luật PCTN năm 2018 mở rộng phạm vi.", None),
    ("Ông bị xử lý theo Luật PCTN năm 2018.", "nn/qh/luat/2018/36"),  # the authority file's one name with those initials
    ("Luật BHXH năm 2014 quy định chế độ hưu trí.", "nn/qh/luat/2014/58"),
])
def test_a_law_named_by_its_initials(authority, text, key):
    citations, documents = resolve_citations(get_citations(normalize(text), names=authority.names), HA_TINH, authority)
    by_text = {c.text: c.document for c in citations}
    if key is None:  # spelt out in the same article: the same documents as their full names
        assert by_text["Luật PCTN năm 2018"] == by_text["Luật Phòng, chống tham nhũng năm 2018"] == "nn/qh/luat/2018/36"
        assert by_text["Luật PCTN năm 2005"] == "nn/qh/luat/2005/55"
    else:
        assert list(by_text.values()) == [key]


def test_initials_shared_by_two_names_say_nothing(authority):
    assert authority.name_by_initials("Luật", "ĐT") is None  # Đầu tư, Đấu thầu
    assert authority.name_by_initials("Luật", "PCTN") == "Phòng, chống tham nhũng"


@pytest.mark.parametrize("written", ["Nghị quyết Trung ương 4 khóa XI, XII", "Nghị quyết Trung ương 4 (khóa XI, khóa XII)",
                                     "Nghị quyết Trung ương 4 khóa XI và XII"])
def test_one_plenum_of_two_terms_is_two_documents(authority, written):
    text = normalize(f"Tiếp tục thực hiện {written} về xây dựng, chỉnh đốn Đảng.")
    citations, documents = resolve_citations(get_citations(text, names=authority.names), HA_TINH, authority)
    assert [(c.document, c.text) for c in citations] == [
        ("dang/tw/nghi-quyet/xi/12", written[:written.index("XI") + 2]), ("dang/tw/nghi-quyet/xii/4", written)]
    assert len({(c.start, c.end) for c in citations}) == 2  # two citations, two spans: two IRIs


def test_a_named_laws_date_may_break_across_lines(authority):
    text = normalize("Căn cứ Luật Xây dựng ngày 18\ntháng 6 năm 2014;")
    citations, _ = resolve_citations(get_citations(text, names=authority.names), HA_TINH, authority)
    assert [(c.text, c.document) for c in citations] == [("Luật Xây dựng ngày 18\ntháng 6 năm 2014", "nn/qh/luat/2014/50")]


def test_the_numbers_of_the_laws_an_amending_law_lists_are_theirs(authority):
    listed = ("Luật sửa đổi, bổ sung một số điều của Luật Quy hoạch số 21/2017/QH14, Luật Đầu tư số 61/2020/QH14 "
              "và Luật Đấu thầu số 22/2023/QH15")
    refs = get_citations(normalize(f"Căn cứ {listed} ngày 29 tháng 11 năm 2024;"), names=authority.names)
    assert [(r.text, r.number) for r in refs] == [(f"{listed} ngày 29 tháng 11 năm 2024", None),
                                                  ("Luật Quy hoạch số 21/2017/QH14", 21), ("Luật Đầu tư số 61/2020/QH14", 61),
                                                  ("Luật Đấu thầu số 22/2023/QH15", 22)]
    own = "Luật sửa đổi, bổ sung một số điều của Luật Cán bộ, công chức và Luật Viên chức số 52/2019/QH14"
    assert [(r.text, r.number) for r in get_citations(normalize(f"Căn cứ {own};"), names=authority.names)] == [(own, 52)]


def test_an_amending_law_the_authority_file_names_with_the_numbers_it_lists(authority):
    text = normalize("Căn cứ Luật Sửa đổi, bổ sung một số điều của Luật Đất đai số\n31/2024/QH15, Luật Nhà ở số "
                     "27/2023/QH15, Luật Kinh doanh bất động sản số\n29/2023/QH15 và Luật Các tổ chức tín dụng số "
                     "32/2024/QH15 ngày 29 tháng 6 năm\n2024;")
    citations, _ = resolve_citations(get_citations(text, names=authority.names), HA_TINH, authority)
    assert [c.document for c in citations] == ["nn/qh/luat/2024/43", "nn/qh/luat/2024/31", "nn/qh/luat/2023/27",
                                               "nn/qh/luat/2023/29", "nn/qh/luat/2024/32"]


def test_two_party_congresses_named_at_once():
    quotes, _ = cite("Thực hiện Nghị quyết Đại hội đại biểu toàn quốc lần thứ XII, XIII của Đảng.")
    assert quotes == [("Nghị quyết Đại hội đại biểu toàn quốc lần thứ XII", "dang/tw/nghi-quyet/xii/dai-hoi-12"),
                      ("Nghị quyết Đại hội đại biểu toàn quốc lần thứ XII, XIII của Đảng", "dang/tw/nghi-quyet/xiii/dai-hoi-13")]


def test_capitalised_words_after_an_issuer_are_its_place_only_when_they_name_one():
    _, docs = cite("6. Quyết định số 605/QĐ-UBND ngày 16 tháng 3 năm 2022 của Ủy ban nhân dân tỉnh Phê duyệt Đề án.",
                   locality=Locality(province="Tiền Giang"))
    assert [(d.key, d.scope) for d in docs.values()] == [("nn/ubnd.tien-giang/quyet-dinh/2022/605", "Tiền Giang")]


def test_a_type_word_glued_to_the_name_by_a_spinner(authority):
    text = normalize("Căn cứ LuậtTổ chức HĐND và UBND năm 2003; Nghị quyết số 12 của HĐND tỉnh.")
    refs = get_citations(text, names=authority.names)
    assert [(r.type, r.name) for r in refs][0] == ("Luật", "Tổ chức Hội đồng nhân dân và Ủy ban nhân dân")
    assert get_citations(normalize("Các LuậtSư và luậtsư tham gia.")) == []


def test_a_congress_numbered_by_an_ordinal_word():
    quotes, _ = cite("Quán triệt Nghị quyết Đại hội đại biểu Đảng bộ xã lần thứ nhất, nhiệm kỳ 2025-2030 và Nghị quyết "
                     "Đại hội Đoàn TNCS Hồ Chí Minh tỉnh lần thứ mười một.")
    assert [key for _, key in quotes] == ["dang/du/nghi-quyet/-/dai-hoi-1", "dang/dtn.ha-tinh/nghi-quyet/-/dai-hoi-11"]


def test_a_later_item_of_a_list_takes_the_type_its_code_says():
    quotes, docs = cite("Thực hiện Kết luận số 80-KL/TW; 21/2021/QĐ-TTg ngày 21/6/2021 quy định về việc này.")
    assert [d.type for d in docs.values()] == ["Kết luận", "Quyết định"]


def test_an_issuing_official_signs_for_the_body_the_symbol_names():
    _, docs = cite("Thủ tướng Chính phủ Nguyễn Xuân Phúc vừa ký ban hành Nghị định số 30/2020/NĐ-CP về công tác văn thư.")
    assert list(docs) == ["nn/cp/nghi-dinh/2020/30"]
    _, docs = cite("Ủy ban Kiểm tra Trung ương ban hành Hướng dẫn 05-HD/UBKTTW ngày 2/3/2022.")
    assert [d.issuer_code for d in docs.values()] == ["UBKTTW"]


def test_an_issuer_phrase_ending_a_longer_body_name_issues_nothing():
    _, docs = cite("Ban Chỉ đạo Trung ương đã ban hành Công văn số 43-CV/BCĐ về kế hoạch sắp xếp. Theo Công văn số "
                   "43-CV/BCĐ, các cơ quan rà soát.")
    assert [d.issuer_code for d in docs.values()] == ["BCĐ"]  # one document, the Ban Chỉ đạo's
    _, docs = cite("Đảng ủy Khối các cơ quan tỉnh vừa ban hành Nghị quyết số 12-NQ/ĐUK về công tác cán bộ.")
    assert [d.issuer_code for d in docs.values()] == ["ĐUK"]


@pytest.mark.parametrize("text, found", [
    ("Ngày 15-2, UBND tỉnh đã ban hành văn bản số 558 tăng cường phòng dịch.", ["văn bản số 558"]),
    ("Theo Văn bản số 7328 ngày 02/12/2024, các sở phải báo cáo.", ["Văn bản số 7328"]),
    ("Trong văn bản số 5 có nêu rõ việc này.", []),
])
def test_a_letter_by_its_number_alone_when_dated_or_issued(text, found):
    quotes, _ = cite(text)
    assert [q for q, _ in quotes] == found


@pytest.mark.parametrize("written, key", [
    ("Hiến pháp nước Cộnghoà xã hội chủ nghĩa Việt Nam năm 1992", "nn/qh/hien-phap/1992/hien-phap"),
    ("Luật tổ chức Quốchội số 30/2001/QH10", "nn/qh/luat/2001/30"),
    ("Nghị quyết Hộinghị lần thứ 7, Ban chấp hành Trung ương Đảng khóa X", "dang/tw/nghi-quyet/x/26"),
    ("Luật Phòng, chống thamnhũng năm 2018", "nn/qh/luat/2018/36"),
    ("Nghịquyết số 51/2001/QH10", "nn/qh/nghi-quyet/2001/51"),
])
def test_words_a_spinner_ran_together(authority, written, key):
    text = normalize(f"Căn cứ {written};")
    citations, _ = resolve_citations(get_citations(text, names=authority.names), HA_TINH, authority)
    assert [(c.text, c.document) for c in citations] == [(normalize(written), key)]


def test_constitutions_of_several_years():
    quotes, _ = cite("Các bản Hiến pháp năm 1946, 1959, 1980, 1992 và năm 2013. Hiến pháp năm 2013, 5 chương.")
    assert [key.rsplit("/", 2)[1] for _, key in quotes] == ["1946", "1959", "1980", "1992", "2013", "2013"]
    assert quotes[4][0] == "Hiến pháp năm 1946, 1959, 1980, 1992 và năm 2013"


def test_the_amending_law_of_a_year_in_a_list_of_laws(authority):
    text = normalize("- 4Luật Ban hành văn bản quy phạm pháp luật sửa đổi 2020\n- 5Luật Đất đai 2013")
    citations, _ = resolve_citations(get_citations(text, names=authority.names), HA_TINH, authority)
    assert [(c.text, c.document) for c in citations] == [
        ("Luật Ban hành văn bản quy phạm pháp luật sửa đổi 2020", "nn/qh/luat/2020/63"),
        ("Luật Đất đai 2013", "nn/qh/luat/2013/45")]



def test_two_laws_revised_at_once_are_their_amending_law(authority):
    text = normalize("- 4 Luật Tổ chức chính phủ và Luật Tổ chức chính quyền địa phương sửa đổi 2019\n"
                     "- Luật Đất đai và Luật Nhà ở được thông qua.")
    citations, _ = resolve_citations(get_citations(text, names=authority.names), HA_TINH, authority)
    assert [(c.text, c.document) for c in citations] == [
        ("Luật Tổ chức chính phủ và Luật Tổ chức chính quyền địa phương sửa đổi 2019", "nn/qh/luat/2019/47"),
        ("Luật Đất đai", "nn/qh/luat/-/dat-dai"), ("Luật Nhà ở", "nn/qh/luat/-/nha-o")]
    refs = get_citations(normalize("Luật Cán bộ, công chức và Luật Viên chức sửa đổi năm 2019 có hiệu lực."))
    assert [r.name for r in refs] == ["Sửa đổi, bổ sung một số điều của Luật Cán bộ, công chức và Luật Viên chức"]


def test_an_amended_law_named_with_commas(authority):
    text = normalize("Căn cứ Luật sửa đổi, bổ sung một số điều của Luật phòng, chống thiên tai và Luật Đê điều ngày 17/6/2020;")
    refs = get_citations(text, names=authority.names)
    assert [r.text for r in refs] == [text[7:-1]]


def test_a_heading_in_capitals_counts_years():
    assert cite("KẾ HOẠCH\n\nTHỰC HIỆN THI ĐUA HẰNG NĂM VÀ KẾ HOẠCH 5 NĂM (2021 - 2025)") == ([], {})


@pytest.mark.parametrize("text, found", [
    ("Theo kết luận thanh tra số 978/KL-TTCP, nhiều sai phạm.", ["kết luận thanh tra số 978/KL-TTCP"]),
    ("Kết luận kiểm tra số 05-KL/UBKTTU nêu rõ.", ["Kết luận kiểm tra số 05-KL/UBKTTU"]),
    ("Cơ quan ra quyết định khởi tố bị can số 188,189/C03-P15 đối với hai người.",
     ["quyết định khởi tố bị can số 188", "189/C03-P15"]),
    ("Cơ quan Cảnh sát điều tra ra Quyết định khởi tố vụ án hình sự số 16/QĐ-CSĐT(CSKT) đối với vụ án.",
     ["Quyết định khởi tố vụ án hình sự số 16/QĐ-CSĐT(CSKT)"]),
])
def test_what_an_inspection_or_an_investigation_decides(text, found):
    quotes, docs = cite(text)
    assert [q for q, _ in quotes] == found


def test_a_number_with_a_capital_letter_of_the_council_of_ministers():
    quotes, docs = cite("Căn cứ Quyết định số 64B/HĐBT ngày 12/9/1981 của Hội đồng Bộ trưởng.")
    assert quotes == [("Quyết định số 64B/HĐBT", "nn/hdbt/quyet-dinh/1981/64b")]
    assert [d.symbol for d in docs.values()] == ["64B/HĐBT"]


def test_a_number_and_year_without_the_codes_of_the_symbol():
    quotes, docs = cite("Theo Nghị định 100/2019, mức phạt tăng; Thông tư số 32/2018 quy định; 100/2019 vụ.")
    assert [q for q, _ in quotes] == ["Nghị định 100/2019", "Thông tư số 32/2018"]
    assert [(d.number, d.year) for d in docs.values()] == [(100, 2019), (32, 2018)]


def test_a_laws_abbreviation_in_brackets_before_its_year_and_the_sitting_after_an_amending_law(authority):
    text = normalize("Luật Bảo hiểm xã hội (BHXH) năm 2024 thay Luật Bảo hiểm xã hội (BHXH) năm 2014. Quốc hội thông qua "
                     "Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa "
                     "phương trong phiên họp chiều 22-11.")
    citations, _ = resolve_citations(get_citations(text, names=authority.names), HA_TINH, authority)
    assert [c.document for c in citations] == ["nn/qh/luat/2024/41", "nn/qh/luat/2014/58", "nn/qh/luat/2019/47"]
    assert citations[2].text.endswith("chính quyền địa phương")


def test_a_footnote_number_glued_to_a_known_name(authority):
    refs = get_citations(normalize("Luật Thanh niên1 quy định quyền của thanh niên."), names=authority.names)
    assert [(r.text, r.name) for r in refs] == [("Luật Thanh niên", "Thanh niên")]


def test_the_constitution_named_in_full(authority):
    refs = get_citations(normalize("Căn cứ Hiến pháp nước Cộng hòa xã hội chủ\nnghĩa Việt Nam năm 1992;"))
    assert [(r.type, r.date) for r in refs] == [("Hiến pháp", "1992")]
    assert [r.type for r in get_citations(normalize("Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;"))] == ["Hiến pháp"]


def test_a_notice_of_conclusions():
    assert [(r.type, r.number) for r in get_citations(normalize("Thông báo Kết luận 137/TB-VPCP ngày 18/4/2023"))] \
        == [("Thông báo", 137)]


def test_a_joint_resolutions_legislature_stays_with_its_body():
    assert get_citations(normalize("Nghị quyết liên tịch số 403/2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN"))[0].symbol.text \
        == "403/2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN"


def test_a_congress_of_a_party_organisation_of_unknown_level_is_the_one_the_article_names():
    _, docs = cite("thực hiện Nghị quyết Đại hội lần thứ XIV của Đảng bộ tỉnh; kiểm điểm Nghị quyết Đại hội XIV của Đảng bộ;")
    assert list(docs) == ["dang/tu.ha-tinh/nghi-quyet/-/dai-hoi-14"]


def test_tu_written_with_a_horn_is_a_provincial_committees_when_the_article_says_so():
    _, docs = cite("Nghị quyết 13-NQ/TƯ của Tỉnh ủy (khóa XIV) … Số 445-KL/TƯ")
    assert [(d.key, d.symbol) for d in docs.values()] == [("dang/tu.ha-tinh/nghi-quyet/-/13", "13-NQ/TU"),
                                                          ("dang/tu.ha-tinh/ket-luan/-/445", "445-KL/TU")]
    _, docs = cite("Nghị quyết 04-NQ/TƯ của Ban Chấp hành Trung ương")
    assert [d.symbol for d in docs.values()] == ["04-NQ/TW"]


def test_a_number_with_a_letter_is_another_document():
    _, docs = cite("Nghị quyết 30a/2008/NQ-CP và Nghị quyết 30/2008/NQ-CP")
    assert list(docs) == ["nn/cp/nghi-quyet/2008/30a", "nn/cp/nghi-quyet/2008/30"]


# --- real batch extra-4: a type that needs its symbol, a heading over a list, the body that just issued ------

def test_a_plan_of_options_is_a_document_only_with_its_symbol():
    _, docs = cite("UBND tỉnh đã có Phương án số 42/PA-UBND ngày 5/3/2024 về sắp xếp các thôn.")
    assert [(d.type, d.number) for d in docs.values()] == [("Phương án", 42)]
    assert cite("Hội nghị chọn phương án số 2. Phương án số 3 tốn kém hơn.") == ([], {})


def test_a_heading_over_a_numbered_list_is_no_citation():
    quotes, _ = cite("CĂN CỨ BAN HÀNH KẾ HOẠCH\n1. Nghị quyết số 05-NQ/TU ngày 2/3/2021 của Tỉnh ủy.\n"
                     "Thực hiện Chỉ thị\n12 của Thủ tướng.")
    assert [q for q, _ in quotes] == ["Nghị quyết số 05-NQ/TU", "Chỉ thị\n12"]


@pytest.mark.parametrize("text, issuer", [
    ("UBND thành phố Cần Thơ vừa ban hành Chỉ thị 07 về an toàn giao thông.", "Ủy ban nhân dân thành phố Cần Thơ"),
    ("Chủ tịch UBND tỉnh Gia Lai Phạm Văn Hòa mới ký Quyết định 88 về việc này.", "Chủ tịch Ủy ban nhân dân tỉnh Gia Lai"),
])
def test_the_body_that_just_issued_a_document_without_a_symbol_is_its_issuer(text, issuer):
    _, docs = cite(text)
    (doc,) = docs.values()
    assert (doc.issuer, doc.scope) == (issuer, issuer.rsplit(" ", 2)[-2] + " " + issuer.rsplit(" ", 1)[-1])


def test_another_organisations_congress_is_not_the_partys():
    quotes, docs = cite("Thực hiện Nghị quyết Đại hội XIII của Đảng và Nghị quyết Đại hội XII Công đoàn Việt Nam.")
    assert list(docs) == ["dang/tw/nghi-quyet/xiii/dai-hoi-13", "dang/tld/nghi-quyet/-/dai-hoi-12"]
    assert document_label(docs["dang/tld/nghi-quyet/-/dai-hoi-12"]) == "Nghị quyết Đại hội Công đoàn Việt Nam lần thứ XII"


@pytest.mark.parametrize("written, key, label", [
    ("Nghị quyết Đại hội đại biểu Đoàn TNCS Hồ Chí Minh tỉnh Nghệ An lần thứ XVIII", "dang/dtn.nghe-an/nghi-quyet/-/dai-hoi-18",
     "Nghị quyết Đại hội Đoàn Thanh niên Cộng sản Hồ Chí Minh tỉnh Nghệ An lần thứ XVIII"),
    ("Nghị quyết Đại hội Đại biểu Đoàn TNCSHCM tỉnh Nghệ An khóa XVIII, nhiệm kỳ 2022 – 2027",
     "dang/dtn.nghe-an/nghi-quyet/-/dai-hoi-18", None),
    ("Nghị quyết Đại hội Hội Nông dân huyện nhiệm kỳ 2023 – 2028", "dang/hnd.can-loc/nghi-quyet/-/dai-hoi-2023-2028",
     "Nghị quyết Đại hội Hội Nông dân huyện Can Lộc nhiệm kỳ 2023-2028"),
    ("Nghị quyết Đại hội Phụ nữ tỉnh lần thứ XIX", "dang/hlhpn.ha-tinh/nghi-quyet/-/dai-hoi-19", None),
    ("Nghị quyết Đại hội đại biểu toàn quốc Hội Nông dân Việt Nam, nhiệm kỳ 2023-2028",
     "dang/hndtw/nghi-quyet/-/dai-hoi-2023-2028", "Nghị quyết Đại hội Hội Nông dân Việt Nam nhiệm kỳ 2023-2028"),
    ("Nghị quyết Đại hội đại biểu Phụ nữ toàn quốc lần thứ XIII", "dang/dct/nghi-quyet/-/dai-hoi-13",
     "Nghị quyết Đại hội Hội Liên hiệp Phụ nữ Việt Nam lần thứ XIII"),
    ("Nghị quyết Đại hội đại biểu toàn quốc Hội Nông dân Việt Nam (khóa VIII)", "dang/hndtw/nghi-quyet/-/dai-hoi-8", None),
    ("Nghị quyết Đại hội CCBVN khóa VI", "dang/ccb/nghi-quyet/-/dai-hoi-6",  # "VN" glued: the national organisation's
     "Nghị quyết Đại hội Hội Cựu chiến binh Việt Nam lần thứ VI"),
    ("Nghị quyết Đại hội Hội chữ thập đỏ phường nhiệm kỳ 2016 – 2021", "dang/hctd.ha-tinh/nghi-quyet/-/dai-hoi-2016-2021", None),
])
def test_the_resolution_of_a_front_or_mass_organisations_congress(written, key, label):
    quotes, docs = cite(f"Các cấp hội tiếp tục thực hiện {written}, gắn với nhiệm vụ của địa phương.")
    assert quotes == [(written, key)]
    assert label is None or document_label(docs[key]) == label


def test_a_mass_organisations_congress_needs_its_number_or_term():
    assert cite("Thực hiện Nghị quyết Đại hội Nông dân các cấp và Nghị quyết đại hội đoàn viên.") == ([], {})


def test_another_organisations_central_committee_plenum_is_keyed_under_it():
    _, docs = cite("Quán triệt Nghị quyết Hội nghị lần thứ năm Ban Chấp hành Trung ương Đoàn khóa XII và Nghị quyết "
                   "Hội nghị lần thứ tám Ban Chấp hành Trung ương Đảng khóa XIII.")
    assert list(docs) == ["dang/twdtn/nghi-quyet/xii/hntw-5", "dang/tw/nghi-quyet/xiii/hntw-8"]  # the Youth Union's


def test_a_bare_number_with_its_issuer_after_is_a_document_even_for_a_programme():
    quotes, docs = cite("Thực hiện Chương trình hành động 76 của Ban Thường vụ Tỉnh ủy. Chương trình 135 hỗ trợ các xã.")
    assert [q for q, _ in quotes] == ["Chương trình hành động 76"]
    assert [d.issuer for d in docs.values()] == ["Ban Thường vụ Tỉnh ủy Hà Tĩnh"]


def test_an_official_dispatch_cited_by_its_number_alone():
    quotes, docs = cite("Thực hiện Công điện 1704 của Thủ tướng Chính phủ về ứng phó bão.")
    assert [q for q, _ in quotes] == ["Công điện 1704"]
    assert [(d.type, d.number) for d in docs.values()] == [("Công điện", 1704)]


def test_a_local_document_belongs_to_the_province_its_paragraph_names_before_the_sites():
    from trichdan.loaders.pipeline import extract
    from trichdan.loaders.sources import Source

    text = ("Hội nghị công bố quyết định nhân sự tỉnh Long An. Dự có đồng chí Nguyễn Văn Được, Chủ tịch UBND TPHCM.\n\n"
            "Ban Chấp hành Đảng bộ tỉnh Long An cần đoàn kết. Đặc biệt, tập trung thực hiện các chỉ tiêu của Nghị quyết "
            "Đại hội Đảng bộ tỉnh lần thứ XI.\n")
    found = extract(Source("p.txt", text, {"source": "sggp.org.vn"}))  # the city's paper
    assert [d.key for d in found.documents] == ["dang/tu.long-an/nghi-quyet/-/dai-hoi-11"]


@pytest.mark.parametrize("text, found", [
    ("Có 5 xã vùng CT229 của huyện Chợ Đồn được hỗ trợ.", []),  # a programme's area, not Chỉ thị 229
    ("Tiếp tục thực hiện CT05 của Bộ Chính trị.", ["CT05"]),
    ("Theo NQ 26 về nông nghiệp, nông dân, nông thôn.", ["NQ 26"]),
    ("Chưa đạt mức kỳ vọng của NQ45 và nghị quyết đại hội 16 của Đảng bộ thành phố.",
     ["NQ45", "nghị quyết đại hội 16 của Đảng bộ thành phố"]),  # a list of documents
])
def test_an_abbreviation_glued_to_a_bare_number_needs_its_issuer(text, found):
    assert [r.text for r in get_citations(normalize(text))] == found


def test_a_bare_number_where_the_text_breaks_off_may_be_cut():
    assert [r.text for r in get_citations("Theo Nghị quyết số 18-NQ/TW, Ban Chỉ đạo tổng kết Nghị quyết số 1")] == \
        ["Nghị quyết số 18-NQ/TW"]  # 18 cut short
    assert [r.text for r in get_citations("Sau Nghị quyết số 18-NQ/TW, Tỉnh ủy đã ban hành Kế hoạch số 116")] == \
        ["Nghị quyết số 18-NQ/TW", "Kế hoạch số 116"]
    text = "URL: https://a.vn/tu-van/thue-theo-thong-tu-1112013/\n\nCách tính thuế mới nhất theo Thông tư 111/2013\n"
    assert [r.text for r in get_citations(text)] == ["Thông tư 111/2013"]  # its year written: not cut


@pytest.mark.parametrize("text, key", [
    ("Nghị quyết Đại hội Đảng bộ Quân đội lần thứ XI", "dang/qutw/nghi-quyet/-/dai-hoi-11"),
    ("Nghị quyết Đại hội đại biểu Đảng bộ Công an Trung ương lần thứ VII nhiệm kỳ 2020-2025",
     "dang/ducatw/nghi-quyet/-/dai-hoi-7"),
    ("Nghị quyết Đại hội Đảng bộ Khối các cơ quan và doanh nghiệp tỉnh lần thứ I, nhiệm kỳ 2025-2030",
     "dang/duk.ha-tinh/nghi-quyet/-/dai-hoi-1"),
    ("Nghị quyết Đại hội Đảng bộ Quân sự tỉnh lần thứ XVI", "dang/duqs.ha-tinh/nghi-quyet/-/dai-hoi-16"),
    ("Nghị quyết Đại hội Đảng bộ các cơ quan Đảng tỉnh lần thứ I", "dang/ducqd.ha-tinh/nghi-quyet/-/dai-hoi-1"),
])
def test_the_congress_of_a_sectors_party_organisation(text, key):
    found, _ = cite(text)
    assert [k for _, k in found] == [key]


def test_a_congress_named_by_its_term_numbered_by_its_own_symbol():
    quotes, docs = cite("Triển khai NQ Đại hội Đảng bộ tỉnh nhiệm kỳ 2025-2030. Nghị quyết Đại hội Đảng bộ tỉnh lần thứ I, "
                        "nhiệm kỳ 2025-2030 xác định ba khâu đột phá. Nghị quyết số 09-NQ/ĐH nêu rõ mục tiêu.")
    assert {key for _, key in quotes} == {"dang/tu.ha-tinh/nghi-quyet/-/dai-hoi-1"}  # one resolution, three ways
    assert docs["dang/tu.ha-tinh/nghi-quyet/-/dai-hoi-1"].symbol == "09-NQ/ĐH"


@pytest.mark.parametrize("text, found", [
    ("Luật Sư: Lê Minh Công", []),  # a lawyer
    ("Luật Gia Trần Văn Bình cho biết.", []),
    ("Theo Luật Giao thông đường bộ năm 2008.", ["Luật Giao thông đường bộ năm 2008"]),
])
def test_a_title_after_the_word_luat_is_no_law(text, found):
    assert [r.text for r in get_citations(normalize(text))] == found


def test_a_year_in_brackets_after_a_name():
    refs = get_citations(normalize("Các quy định nằm trong Hiến pháp (2013), Luật Ban hành văn bản quy phạm pháp luật (2015)."))
    assert [(r.text, r.date) for r in refs] == [("Hiến pháp (2013)", "2013"),
                                                 ("Luật Ban hành văn bản quy phạm pháp luật (2015)", "2015")]


def test_list_items_carrying_their_years():
    refs = get_citations(normalize("Nghị định 05 thay thế Nghị định 196-CP năm 1994, 41-CP năm 1995, 93/2002/NĐ-CP."))
    assert [(r.text, r.number, r.date) for r in refs] == [
        ("Nghị định 05", 5, None), ("Nghị định 196-CP năm 1994", 196, "1994"), ("41-CP năm 1995", 41, "1995"),
        ("93/2002/NĐ-CP", 93, None)]


def test_initials_standing_for_a_code_and_its_name(authority):
    text = normalize("Luật sửa đổi, bổ sung một số điều của BLHS năm 2015 có hiệu lực. Theo BLHS năm 2015, Điều 8 BLHS quy định.")
    citations, documents = resolve_citations(get_citations(text, names=authority.names), HA_TINH, authority)
    assert [c.text for c in citations] == ["Luật sửa đổi, bổ sung một số điều của BLHS năm 2015", "BLHS năm 2015", "BLHS"]
    by_key = {d.key: d for d in documents}
    assert by_key[citations[1].document].type == "Bộ luật" and by_key[citations[1].document].symbol == "100/2015/QH13"
    assert citations[0].document == resolve_citations(get_citations(normalize(
        "Luật sửa đổi, bổ sung một số điều của Bộ luật Hình sự năm 2015"), names=authority.names), HA_TINH, authority)[0][0].document


@pytest.mark.parametrize("text, found", [
    ("Góp ý dự thảo Luật Đất đai (sửa đổi). Theo Luật Đất đai năm 2013 thì khác.", ["Luật Đất đai năm 2013"]),  # a bill
    ("Quốc hội thông qua 15 luật, trong đó có Luật Luật sửa đổi, bổ sung một số điều của BLHS năm 2015.",
     ["Luật sửa đổi, bổ sung một số điều của BLHS năm 2015"]),  # the type word doubled
    ("Tổng Công ty Xây dựng công trình giao thông 8 – CTCP bị xử phạt.", []),  # a company, no symbol
])
def test_bills_doubled_type_words_and_company_names(text, found):
    assert [r.text for r in get_citations(normalize(text))] == found


def test_the_number_after_a_meeting_is_the_meetings():
    assert get_citations(normalize("Quán triệt kết luận của Hội nghị Trung ương 7 khóa XIII.")) == []
    assert [r.text for r in get_citations(normalize("Theo Kết luận số 7 của Hội nghị Trung ương."))] == ["Kết luận số 7"]


def test_a_centrally_run_citys_committee_is_its_thanh_uy():
    _, docs = cite("Triển khai Nghị quyết Đại hội Đảng bộ thành phố lần thứ XVI.", locality=Locality(province="Hải Phòng"))
    assert [d.issuer for d in docs.values()] == ["Thành ủy Hải Phòng"]


@pytest.mark.parametrize("text, found", [
    ("Luật Hành Chính\n\nĐiểm mới trong quy định về những điều đảng viên không được làm", []),  # a site's section
    ("Luật Hình sự điều chỉnh những quan hệ xã hội mang tính chất hình sự.", []),  # the branch of law
    ("Luật Hình sự năm 1999 quy định như sau.", ["Luật Hình sự năm 1999"]),
    ("Luật Đất đai điều chỉnh quan hệ đất đai.", ["Luật Đất đai"]),
])
def test_a_branch_of_law_is_no_document(text, found):
    assert [r.text for r in get_citations(normalize(text))] == found


def test_a_footnote_digit_glued_to_a_symbol():
    quotes, _ = cite("Thực hiện Nghị quyết số 26-NQ/TW1 và Kết luận số 14-KL/TW2 của Bộ Chính trị.")
    assert quotes == [("Nghị quyết số 26-NQ/TW", "dang/tw/nghi-quyet/-/26"), ("Kết luận số 14-KL/TW", "dang/tw/ket-luan/-/14")]


@pytest.mark.parametrize("text, key", [
    # a term that began after the next national congress: the district's own eleventh congress
    ("Nhiệm kỳ 2020-2025, Đảng bộ và nhân dân huyện đã thực hiện thắng lợi Nghị quyết Đại hội lần thứ XI đề ra.",
     "dang/db.ha-tinh/nghi-quyet/-/dai-hoi-11"),
    ("Quán triệt Nghị quyết Đại hội XI, nhiệm kỳ 2025-2030 của Đảng bộ xã.", "dang/db.ha-tinh/nghi-quyet/-/dai-hoi-11"),
    # the national congresses of the term, or one that says it is the Party's, stay national
    ("Trong nhiệm kỳ 2020-2025, tỉnh triển khai Nghị quyết Đại hội XIII.", "dang/tw/nghi-quyet/xiii/dai-hoi-13"),
    ("Nhiệm kỳ 2020-2025, tỉnh đã quán triệt Nghị quyết Đại hội XII.", "dang/tw/nghi-quyet/xii/dai-hoi-12"),
    ("Nhiệm kỳ 2020-2025 tiếp tục Nghị quyết Đại hội XI của Đảng.", "dang/tw/nghi-quyet/xi/dai-hoi-11"),
])
def test_a_congress_numbered_like_a_national_one_in_a_later_term_is_local(text, key):
    _, docs = cite(text, locality=Locality(province="Hà Tĩnh"))
    assert list(docs) == [key]


@pytest.mark.parametrize("text, key", [
    ("Nghị quyết số 05-NQ/ĐU ngày 3/4/2025 của Đảng ủy UBND tỉnh Gia Lai", "dang/duubnd.gia-lai/nghi-quyet/2025/5"),
    ("Kết luận số 100-KL/ĐU ngày 17/11/2025 của Ban Thường vụ Đảng ủy Ủy ban nhân dân tỉnh Gia Lai",
     "dang/duubnd.gia-lai/ket-luan/2025/100"),
    ("Kế hoạch số 12-KH/ĐU của Đảng ủy các cơ quan Đảng tỉnh Gia Lai", "dang/ducqd.gia-lai/ke-hoach/-/12"),
    ("Đề án số 25 của Đảng ủy Công an tỉnh Gia Lai", "dang/duca.gia-lai/de-an/-/25"),
    ("Kế hoạch số 118-KH/ĐUCA, ngày 25/5/2022 của Đảng ủy Công an Trung ương", "dang/ducatw/ke-hoach/xiii/118"),
])
def test_documents_of_the_party_committees_of_sectors(text, key):
    _, docs = cite(text, locality=Locality(province="Gia Lai"))
    assert list(docs) == [key]


def test_the_code_a_sectors_committee_signs_with_names_its_document():
    _, docs = cite("Thực hiện Nghị quyết số 05-NQ/ĐU của Đảng ủy UBND tỉnh về chuyển đổi số. Các chi bộ quán triệt "
                   "Nghị quyết 05-NQ/ĐU đến đảng viên.", locality=Locality(province="Gia Lai"))
    assert list(docs) == ["dang/duubnd.gia-lai/nghi-quyet/-/5"]
    _, docs = cite("Nghị quyết số 05-NQ/ĐU của Đảng ủy xã Ia Dơk và Nghị quyết số 05 của Huyện ủy Đức Cơ.",
                   locality=Locality(province="Gia Lai"))
    assert len(docs) == 2


def test_the_laws_an_amending_law_lists_with_their_numbers_are_cited_too():
    quotes, docs = cite("Chính phủ trình dự án Luật sửa đổi, bổ sung một số điều của Luật Đất đai số 31/2024/QH15, Luật "
                        "Nhà ở số 27/2023/QH15 và Luật Các tổ chức tín dụng số 32/2024/QH15. Luật Đất đai có hiệu lực sớm.")
    assert {"nn/qh/luat/2024/31", "nn/qh/luat/2023/27", "nn/qh/luat/2024/32"} <= set(docs)
    assert ("Luật Đất đai", "nn/qh/luat/2024/31") in quotes  # the name alone is the law numbered there
    # laws an amending law names without their numbers stay inside its name
    _, docs = cite("Căn cứ Luật Sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền "
                   "địa phương ngày 22 tháng 11 năm 2019;")
    assert len(docs) == 1


def test_a_law_name_cut_where_the_excerpt_breaks_off_is_no_citation(authority):
    assert get_citations("Quốc hội thảo luận nhiều vấn đề. Đối với Luật Chứng ", names=authority.names) == []
    found = get_citations("Các đại biểu thảo luận về Luật Đất đai", names=authority.names)  # a known name is whole
    assert [r.name for r in found] == ["Đất đai"]


def test_a_communes_congress_named_without_its_commune_is_the_one_its_sentence_names():
    from trichdan.loaders.pipeline import extract
    from trichdan.loaders.sources import Source
    text = ("Nhiệm kỳ qua, Đảng bộ, nhân dân xã Vũ Phúc, thành phố Thái Bình thực hiện thắng lợi Nghị quyết Đại hội "
            "Đảng bộ xã lần thứ 21 đề ra.")
    (doc,) = extract(Source("p.txt", text)).documents
    assert (doc.key, doc.scope) == ("dang/du.vu-phuc/nghi-quyet/-/dai-hoi-21", "Vũ Phúc")


def test_a_provincial_congress_named_by_the_committees_term():
    _, docs = cite("Thực hiện Nghị quyết Đại hội đại biểu Đảng bộ tỉnh khóa XVI, nhiệm kỳ 2015-2020 đề ra.")
    assert list(docs) == ["dang/tu.ha-tinh/nghi-quyet/-/dai-hoi-16"]


def test_an_amending_ordinance_of_several_ordinances_across_lines():
    quotes, _ = cite("Căn cứ Pháp lệnh sửa đổi, bổ\nsung một số điều của 04 Pháp lệnh có liên quan đến quy hoạch ngày 22 "
                     "tháng 12\nnăm 2018;")
    assert [q for q, _ in quotes] == ["Pháp lệnh sửa đổi, bổ\nsung một số điều của 04 Pháp lệnh có liên quan đến quy "
                                      "hoạch ngày 22 tháng 12\nnăm 2018"]


def test_a_letter_keeps_its_type_whatever_its_code():
    _, docs = cite("UBND tỉnh có Công văn số 57/TTr-UBND ngày 10/6/2014 gửi Bộ.")
    assert [d.type for d in docs.values()] == ["Công văn"]


def test_initials_without_the_linking_words(authority):
    text = normalize("Quốc hội thông qua Luật Phòng, chống tác hại của rượu, bia (Luật số 44/2019/QH14). Luật PCTHRB có "
                     "hiệu lực từ năm 2020.")
    citations, _ = resolve_citations(get_citations(text, names=authority.names), HA_TINH, authority)
    assert {c.document for c in citations} == {"nn/qh/luat/2019/44"}


@pytest.mark.parametrize("written", ["Luật thi đua – khen thưởng", "Luật Thi đua, khen thưởng", "Luật Thi đua - Khen thưởng"])
def test_a_known_name_with_its_parts_joined_by_a_dash(authority, written):
    text = normalize(f"Căn cứ {written} ngày 26 tháng 11 năm 2003 và Luật sửa đổi, bổ sung năm 2005;")
    refs = get_citations(text, names=authority.names)
    assert refs[0].text == f"{written} ngày 26 tháng 11 năm 2003"  # no space after the date
    citations, _ = resolve_citations(refs, HA_TINH, authority)
    assert citations[0].document == "nn/qh/luat/2003/15"


def test_a_name_of_coordinated_parts_before_its_date(authority):
    for text in ("Căn cứ Pháp lệnh Tín ngưỡng, tôn giáo ngày 18/6/2004;", "thi hành Pháp lệnh tín ngưỡng, tôn giáo ra đời"):
        citations, _ = resolve_citations(get_citations(normalize(text), names=authority.names), HA_TINH, authority)
        assert [c.document for c in citations] == ["nn/ubtvqh/phap-lenh/2004/21"]
    assert [r.name for r in get_citations("Căn cứ Pháp lệnh Tín ngưỡng, tôn giáo ngày 18/6/2004;")] == ["Tín ngưỡng, tôn giáo"]


@pytest.mark.parametrize("text, key", [
    ("Quán triệt Nghị quyết Đại hội ĐBTQ lần thứ XIII của Đảng.", "dang/tw/nghi-quyet/xiii/dai-hoi-13"),
    ("Nghị quyết Ban Chấp hành Trung ương Đảng lần thứ chín (khóa XI) khẳng định", "dang/tw/nghi-quyet/xi/hntw-9"),
])
def test_central_resolutions_written_short(text, key):
    _, docs = cite(text)
    assert list(docs) == [key]


def test_a_named_document_after_the_indefinite_article_is_a_kind_of_document():
    assert cite("Di chúc của Người là một Cương lĩnh xây dựng đất nước sau chiến tranh.") == ([], {})
    assert [q for q, _ in cite("Thực hiện Cương lĩnh xây dựng đất nước trong thời kỳ quá độ lên chủ nghĩa xã hội.")[0]] \
        == ["Cương lĩnh xây dựng đất nước trong thời kỳ quá độ lên chủ nghĩa xã hội"]


@pytest.mark.parametrize("text, kind", [
    ("Văn bản hợp nhất số 12/VBHN-BQP của Bộ Quốc phòng", "Văn bản hợp nhất"),
    ("Luật Thi đua, khen thưởng hợp nhất tại văn bản số 16/VBHN-VPQH", "Văn bản hợp nhất"),  # the code says which
    ("UBND tỉnh có văn bản số 57/TTr-UBND gửi Bộ", "Công văn"),  # "văn bản": a letter, whatever it sends,
    ("VPCP có Văn bản số 37/TB-VPCP biểu dương", "Công văn"),
    ("Bộ có văn bản số 528-KH/BCSĐNMT về thực hiện", "Kế hoạch"),  # but a document of another type is that type
    ("Bộ Tài chính có văn bản số 11/BC-BTC báo cáo", "Báo cáo"),
    ("UBND tỉnh có văn bản số 238/UBND-KGVX gửi Bộ", "Công văn"),  # no type code: a letter
    ("Xét các văn bản số 25/BC-HĐTĐNN và số 124/TTr-LĐTBXH của Sở", "Tờ trình"),  # a later item: its code's type
])
def test_consolidated_texts_and_letters(text, kind):
    _, docs = cite(text)
    assert [d.type for d in docs.values() if d.number][-1:] == [kind]


def test_an_amending_law_of_a_few_articles():
    quotes, _ = cite("Căn cứ Luật sửa đổi, bổ sung một vài điều của Luật Nghĩa vụ quân sự năm 1990;")
    assert [q for q, _ in quotes] == ["Luật sửa đổi, bổ sung một vài điều của Luật Nghĩa vụ quân sự năm 1990"]


def test_a_word_the_type_word_ends_is_no_law(authority):
    for text in ("QUY ĐỊNH TỔ CHỨC VÀ HOẠT ĐỘNG CỦA HỘI ĐỒNG KỶ LUẬT CÁN BỘ, CÔNG CHỨC XÃ",
                 "về xử lý kỷ luật cán bộ, công chức xã",
                 "L, sinh viên Đại học Luật Hà Nội lại không thể nghe và nói tiếng Nùng"):  # a school
        assert get_citations(normalize(text), names=authority.names) == []
    assert [r.name for r in get_citations("học sinh học Luật Giao thông đường bộ", names=authority.names)] \
        == ["Giao thông đường bộ"]
    assert [r.name for r in get_citations("Căn cứ Luật Cán bộ, công chức năm 2008", names=authority.names)] \
        == ["Cán bộ, công chức"]
    for text in ("Nghị định quy định chi tiết một số điều Luật Cư trú", "theo quy định Luật Cư trú"):
        assert [r.name for r in get_citations(text, names=authority.names)] == ["Cư trú"]


def test_a_congress_resolution_abbreviated():
    _, docs = cite("Thực hiện NQĐH Đảng bộ huyện lần thứ XXIV, nhiệm kỳ 2010-2015, huyện đã đạt nhiều kết quả.")
    assert list(docs) == ["dang/hu.can-loc/nghi-quyet/-/dai-hoi-24"]


def test_the_body_that_agreed_to_pass_a_document_is_its_issuer():
    _, docs = cite("Ngày 22-4, Ban Chấp hành Đảng bộ thành phố Đà Nẵng đã thống nhất thông qua nghị quyết số 26 về điều "
                   "chỉnh tên gọi đơn vị hành chính.", locality=Locality())
    assert [(d.key, d.scope) for d in docs.values()] == [("dang/tu.da-nang/nghi-quyet/-/26", "Đà Nẵng")]


@pytest.mark.parametrize("text, key", [
    ("Thực hiện Nghị quyết Hội nghị lần thứ 12 của Ban chấp hành Hội Nông dân Việt Nam khóa VII về công tác hội.",
     "dang/hndtw/nghi-quyet/vii/hntw-12"),
    ("Quán triệt Nghị quyết Hội nghị lần thứ 4 Ban Chấp hành Hội Nông dân tỉnh Nghệ An.", "dang/hnd.nghe-an/nghi-quyet/-/hntw-4"),
])
def test_the_plenum_of_a_mass_organisations_committee(text, key):
    _, docs = cite(text)
    assert list(docs) == [key]


def test_a_congress_of_a_mass_organisation_with_the_places_initials():
    _, docs = cite("Nghị quyết Đại hội Công đoàn thành phố Hồ Chí Minh (TP.HCM) lần thứ XII, nhiệm kỳ 2023 - 2028.")
    assert list(docs) == ["dang/ldld.ho-chi-minh/nghi-quyet/-/dai-hoi-12"]


def test_a_symbol_without_its_type_code_in_a_list_of_one_issuers_documents():
    quotes, docs = cite("Căn cứ các Thông tư của Bộ Xây dựng: số 05/2015/TT-BXD ngày 30 tháng 10 năm 2015 về quản lý chất "
                        "lượng; số 26/2016/BXD ngày 26 tháng 10 năm 2016 quy định chi tiết;")
    assert [d.type for d in docs.values()] == ["Thông tư", "Thông tư"]
    assert cite("Sau đó có ý kiến; số 26/2016/BXD.")[0] == []  # no list before it: no type
    _, docs = cite("Căn cứ các Nghị quyết của Quốc hội: Số 88/2019/QH14 ngày 18 tháng 11 năm 2019 phê duyệt Đề án phát "
                   "triển vùng; số 120/2020/QH14 ngày 19 tháng 6 năm 2020 phê duyệt chủ trương đầu tư;")
    assert [d.type for d in docs.values()] == ["Nghị quyết", "Nghị quyết"]  # not the Luật a bare QH symbol is
    _, docs = cite("theo quy định tại 35/2018/QH14;")  # alone: the type a QH symbol has
    assert [d.type for d in docs.values()] == ["Luật"]


def test_a_consolidated_texts_number_over_the_heading_of_what_it_consolidates():
    _, docs = cite("BỘ QUỐC PHÒNG\nSố: 12/VBHN-BQP\nHà Nội, ngày 23 tháng 01 năm 2026\nNGHỊ ĐỊNH\nVề quy chế khu vực biên giới")
    assert [d.type for d in docs.values()] == ["Văn bản hợp nhất"]  # as every gold on this machine reads it


@pytest.mark.parametrize("text, key", [
    ("Thực hiện Nghị quyết Hội nghị lần thứ 2 Ban Chấp hành Đảng bộ thành phố khóa XVIII về chuyển đổi số.",
     "dang/tu.ha-tinh/nghi-quyet/xviii/hntw-2"),
    ("Quán triệt Nghị quyết Hội nghị lần thứ 11 Tỉnh ủy Nghệ An khóa XIX.", "dang/tu.nghe-an/nghi-quyet/xix/hntw-11"),
    ("Triển khai Nghị quyết Hội nghị Huyện ủy lần thứ 5 về nông thôn mới.", "dang/hu.can-loc/nghi-quyet/-/hntw-5"),
])
def test_the_plenum_of_a_local_party_committee(text, key):
    _, docs = cite(text)
    assert list(docs) == [key]


def test_a_congress_named_by_its_term_near_the_one_the_article_numbers():
    _, docs = cite("Hội nghị thông qua Chương trình thực hiện Nghị quyết Đại hội Đảng bộ huyện lần thứ XXII và danh mục "
                   "triển khai Nghị quyết Đại hội Đảng bộ huyện nhiệm kỳ 2020 - 2025.")
    assert list(docs) == ["dang/hu.can-loc/nghi-quyet/-/dai-hoi-22"]


def test_a_prime_ministers_directive_credited_to_the_government_is_one_document():
    _, docs = cite("Đà Nẵng giãn cách theo Chỉ thị 16 của Chính phủ. Chủ tịch UBND thành phố quyết định giãn cách theo Chỉ "
                   "thị 16/CT-TTg ngày 31/3/2020 của Thủ tướng Chính phủ.")
    assert list(docs) == ["nn/ttg/chi-thi/2020/16"]


def test_a_notice_of_conclusions_keeps_its_type():
    _, docs = cite("Theo thông báo số 01-KL/BCĐ ngày 07/3/2020 của Ban Chỉ đạo tỉnh và Kết luận thanh tra số 12/KL-TTr.")
    assert [d.type for d in docs.values()] == ["Thông báo", "Kết luận"]


def test_one_syllable_after_an_issuer_is_its_place_only_with_its_tones():
    refs = get_citations(normalize("các Công văn số 2522, 2523/UBND - VX ngày 28/7/2021 của UBND TP. Cho phép thêm"))
    assert {r.place for r in refs} == {None}
    assert [r.place for r in get_citations("Quyết định số 12/QĐ-UBND của UBND TP. Vinh về việc")] == ["Vinh"]


def test_a_capitalised_type_word_glued_to_the_word_before():
    assert [q for q, _ in cite("Trung tâm được thành lập theoQuyết định số 962, ngày 25/5/2023 của Huyện ủy.")[0]] \
        == ["Quyết định số 962"]
    assert cite("Ông Trần Quyết Định làm việc.") == ([], {})


def test_a_law_faculty_or_magazine_is_no_law(authority):
    assert get_citations("Theo Luật Khoa tổng hợp, các quy định mới có hiệu lực.", names=authority.names) == []


def test_one_full_symbol_scoped_at_two_levels_is_one_document():
    from trichdan.loaders.pipeline import extract
    from trichdan.loaders.sources import Source
    text = ("Quyết định số 01/2024/QĐ-UBND - Xã Nà Nghịu ban hành Quy chế thực hiện dân chủ\n\nNgày 05/02/2024, Chủ tịch "
            "UBND xã Nà Nghịu ban hành Quyết định số 01/2024/QĐ-UBND về ban hành Quy chế thực hiện dân chủ ở cơ sở.\n")
    docs = extract(Source("p.txt", text, {"source": "sonla.gov.vn"})).documents
    assert [(d.key, d.scope) for d in docs] == [("nn/ubnd.na-nghiu/quyet-dinh/2024/1", "Nà Nghịu")]
    # two communes' documents of one number stay apart
    _, docs = cite("Quyết định số 01/2024/QĐ-UBND của UBND xã Nà Nghịu và Quyết định số 01/2024/QĐ-UBND của UBND xã "
                   "Chiềng Khoang.", locality=Locality(province="Sơn La"))
    assert len(docs) == 2


@pytest.mark.parametrize("text, scope", [
    ("UBND tỉnh triển khai Kế hoạch số 53 ngày 31/5/2018 về bồi dưỡng cán bộ.", "Hà Tĩnh"),  # the article's province
    ("Thành ủy ban hành 10 chương trình; Chương trình số 02 là đổi mới mô hình tăng trưởng.", "Hà Tĩnh"),
    ("Kết luận tại Thông báo số 24 của Văn phòng Chính phủ được quán triệt.", None),  # an issuer says whose
    ("Theo Quyết định số 379, ngày 29/7/2022 của Sở NN&PTNT tỉnh Quảng Nam về rừng.", "Quảng Nam"),  # a body of a
    # province the tables do not know as an issuer
    ("Tại Công văn 2760 (ngày 4.5), UBND tỉnh giao Sở Y tế xây dựng kế hoạch.", "Hà Tĩnh"),  # a letter needs no "số"
    ("Bộ Nội vụ đề nghị thực hiện ý kiến tại Công văn 322 của Đảng ủy Chính phủ.", None),
])
def test_a_local_kind_of_document_numbered_without_issuer_or_symbol(text, scope):
    _, docs = cite(text, locality=Locality(province="Hà Tĩnh"))
    assert [d.scope for d in docs.values()] == [scope]


@pytest.mark.parametrize("text, issuers", [
    ("Quán triệt Nghị quyết số 05 và Kế hoạch số 12 của Tỉnh ủy về chuyển đổi số.", ["TU", "TU"]),
    ("Thực hiện Nghị quyết số 05, Chỉ thị số 08 và Kế hoạch số 12 của Tỉnh ủy.", ["TU", "TU", "TU"]),
    ("Nghị quyết số 05 ngày 2/3/2021, Kế hoạch số 12 ngày 5/4/2021 của Tỉnh ủy.", ["TU", "TU"]),
    ("Quyết định số 12 của UBND tỉnh và Nghị quyết số 5 của HĐND tỉnh.", ["UBND", "HĐND"]),  # each its own
    ("Thực hiện Chỉ thị số 05-CT/TW và Kết luận số 01 của Bộ Chính trị.", [None, "TW"]),  # a symbol says whose
])
def test_the_issuer_after_a_list_of_documents_issued_them_all(text, issuers):
    assert [r.issuer_code for r in get_citations(normalize(text))] == issuers


def test_the_central_committee_of_the_fatherland_front_issues():
    _, docs = cite("Triển khai Thông tri số 10 ngày 8-7-2016 của Ủy ban Trung ương MTTQVN về công tác mặt trận.")
    assert [(d.issuer_code, d.scope) for d in docs.values()] == [("MTTW", None)]


@pytest.mark.parametrize("text, code, issuer", [
    ("Theo Thông tư 05/2022 của Bộ Tài chính về phí.", "BTC", "Bộ Tài chính"),
    ("thay thế quyết định số 4800 ngày 12-10-2021 của Bộ Y tế.", "BYT", "Bộ Y tế"),
    ("Căn cứ Quyết định số 572/QĐ-LĐTBXH ngày 19/4/2017 của Bộ Lao động-Thương binh và Xã hội về kế hoạch.",
     "BLĐTBXH", "Bộ Lao động - Thương binh và Xã hội"),
    ("Thông tư số 58/2009/TT-BNNPTNT của Bộ Nông nghiệp và PTNT.", "BNN", "Bộ Nông nghiệp và Phát triển nông thôn"),
])
def test_a_ministry_named_after_a_citation_issues_it(text, code, issuer):
    _, docs = cite(text, locality=Locality(province="Hà Tĩnh"))
    assert [(d.issuer_code, d.issuer, d.scope) for d in docs.values()] == [(code, issuer, None)]


@pytest.mark.parametrize("text, code", [
    ("Dự thảo Nghị định hướng dẫn thi hành Luật Cư trú do Bộ Công an xây dựng gồm 3 chương.", "QH"),  # a law is the Assembly's
    ("theo đề nghị của UBND tỉnh (văn bản số 21/UBND-VP3 ngày 18/01/2018), của Bộ Tài nguyên và Môi trường", "UBND"),
])
def test_a_ministry_named_after_a_document_of_another_issuer_does_not_issue_it(text, code):
    _, docs = cite(text, locality=Locality(province="Ninh Bình"))
    assert [d.issuer_code for d in docs.values()] == [code]
    assert not any((d.issuer or "").startswith("Bộ") for d in docs.values())


@pytest.mark.parametrize("header", [
    "TỈNH ỦY THỪA THIÊN HUẾ\n*\nSố 03-NQ/TU\nĐẢNG CỘNG SẢN VIỆT NAM\nThành phố Huế, ngày 08 tháng 11 năm 2016\nNGHỊ QUYẾT\n"
    "HỘI NGHỊ LẦN THỨ NĂM BAN CHẤP HÀNH ĐẢNG BỘ TỈNH KHOÁ XV\nvề phát triển du lịch\n",
    "TỈNH ỦY THỪA THIÊN HUẾ * Số 03-NQ/TU ĐẢNG CỘNG SẢN VIỆT NAM Thành phố Huế, ngày 08 tháng 11 năm 2016 NGHỊ QUYẾT "
    "HỘI NGHỊ LẦN THỨ NĂM BAN CHẤP HÀNH ĐẢNG BỘ TỈNH KHOÁ XV về phát triển du lịch\n",
])
def test_a_plenums_resolution_heading_a_page_under_its_number_is_that_number(header):
    found, docs = cite(header + "\nHội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ năm (khoá XV) đã thảo luận.",
                       locality=Locality(province="Thừa Thiên Huế"))
    assert list(docs) == ["dang/tu.thua-thien-hue/nghi-quyet/-/3"]
    assert len(found) == 2


def test_a_plenums_resolution_cited_after_a_number_in_the_body_stays_apart():
    _, docs = cite("Thực hiện Kế hoạch số 12-KH/TU, Nghị quyết Hội nghị lần thứ năm Ban Chấp hành Đảng bộ tỉnh khóa XV.",
                   locality=Locality(province="Thừa Thiên Huế"))
    assert len(docs) == 2


def test_the_first_point_of_an_outline_under_a_heading_is_no_number():
    found, _ = cite("I. SỰ CẦN THIẾT BAN HÀNH LUẬT\n1. Bối cảnh\n\nKẾ HOẠCH\n15 về du lịch")
    assert [q for q, _ in found] == ["KẾ HOẠCH\n15"]


def test_a_law_firm_is_no_law():
    found, _ = cite("Công ty Luật TNHH Toàn Quốc tư vấn về Luật Đất đai năm 2024.")
    assert [q for q, _ in found] == ["Luật Đất đai năm 2024"]


@pytest.mark.parametrize("text, name", [
    ("Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Đất đai, Luật Nhà ở, Luật Kinh doanh bất động sản và Luật "
     "Các tổ chức tín dụng ngày 29 tháng 6 năm 2024;",
     "Luật sửa đổi, bổ sung một số điều của Luật Đất đai, Luật Nhà ở, Luật Kinh doanh bất động sản và Luật Các tổ "
     "chức tín dụng ngày 29 tháng 6 năm 2024"),
    ("Quốc hội thông qua Luật sửa đổi, bổ sung một số điều của Luật Quy hoạch, Luật Đầu tư và Luật Đấu thầu với tỷ "
     "lệ tán thành cao.", "Luật sửa đổi, bổ sung một số điều của Luật Quy hoạch, Luật Đầu tư và Luật Đấu thầu"),
])
def test_an_amending_law_of_a_list_of_laws_names_them_all(text, name):
    found, docs = cite(text)
    assert [q for q, _ in found] == [name]
    assert len(docs) == 1


@pytest.mark.parametrize("text, found", [
    ("Trung ương quy định 2 mức (6,0 lần mức lương cơ sở); tỉnh ta hiện đang quy định 3 mức.", []),
    ("Quy định số 22-QĐ/TW (gọi tắt là quy định 22), trong đó bổ sung nhiều nội dung.", ["Quy định số 22-QĐ/TW", "quy định 22"]),
    ("Tại kết luận 127, Bộ Chính trị yêu cầu tạm dừng.", ["kết luận 127"]),
    ("Hội nghị quyết định 3 vấn đề lớn.", []),
    ("UBND tỉnh ký quyết định 160 phê duyệt kế hoạch lựa chọn nhà thầu.", ["quyết định 160"]),  # signed: a document
])
def test_a_type_word_that_is_also_a_verb_in_lower_case(text, found):
    assert [q for q, _ in cite(text)[0]] == found


def test_a_provinces_initials_place_its_document():
    _, docs = cite("Thực hiện Nghị quyết số 05/2021 của Tỉnh uỷ BR-VT về phát triển du lịch.")
    assert [d.scope for d in docs.values()] == ["Bà Rịa - Vũng Tàu"]


@pytest.mark.parametrize("text, keys", [
    ("hoàn thành 221 ngôi nhà theo Quyết định 1953 Tỉnh ủy; triển khai các biện pháp.", ["dang/tu.ha-tinh/quyet-dinh/-/1953"]),
    ("đạt chỉ tiêu Nghị quyết 2020 Tỉnh ủy giao.", []),  # a year's resolution
])
def test_a_number_like_a_year_with_its_issuer_right_after_it(text, keys):
    assert list(cite(text)[1]) == keys


def test_a_law_revised_whole_beside_only_the_edition_it_replaces_is_a_document_of_its_own():
    found, docs = cite("So với Luật Việc làm số 38/2013/QH13, Luật Việc làm (sửa đổi) có nhiều điểm mới.")
    assert [q for q, _ in found] == ["Luật Việc làm số 38/2013/QH13", "Luật Việc làm (sửa đổi)"]
    assert [document_label(d, [q for q, k in found if k == d.key]) for d in docs.values()] == \
        ["Luật Việc làm 2013", "Luật Việc làm (sửa đổi)"]


@pytest.mark.parametrize("text, quote, name", [
    ("Ủy ban Thường vụ Quốc hội thông qua Pháp lệnh Dân số sửa đổi, trong đó bãi bỏ quy định cũ.",
     "Pháp lệnh Dân số sửa đổi", "Dân số (sửa đổi)"),
    ("Mặt khác Luật Giáo dục sửa đổi cũng không quy định bắt buộc điều này.", "Luật Giáo dục sửa đổi", "Giáo dục (sửa đổi)"),
    ("Căn cứ Luật Giáo dục đại học sửa đổi, Nghị định 99/2019 của Chính phủ.", "Luật Giáo dục đại học sửa đổi",
     "Giáo dục đại học (sửa đổi)"),
])
def test_a_law_revised_whole_without_brackets_is_not_the_law_it_replaces(text, quote, name):
    found, docs = cite(text)
    assert found[0][0] == quote and docs[found[0][1]].name == name and docs[found[0][1]].number is None


@pytest.mark.parametrize("text, quote", [
    ("Luật Đất đai sửa đổi, bổ sung năm 2018 quy định như vậy.", "Luật Đất đai"),  # the law as amended
    ("Pháp lệnh Dân số sửa đổi Điều 10 của Pháp lệnh năm 2003.", "Pháp lệnh Dân số"),  # what it amends follows
    ("Luật Đầu tư sửa đổi các luật khác về thủ tục.", "Luật Đầu tư"),
])
def test_sua_doi_with_what_it_amends_after_it_is_no_revised_name(text, quote):
    found, _ = cite(text)
    assert found[0][0] == quote

@pytest.mark.parametrize("text", [
    "Luật Ban hành văn bản quy phạm pháp luật năm 2015 được thay thế bởi Luật Ban hành văn bản quy phạm pháp luật năm "
    "2025. Luật Ban hành văn bản quy phạm pháp luật (sửa đổi) có hiệu lực.",
    "Quốc hội thông qua Luật Ban hành văn bản quy phạm pháp luật (sửa đổi) 2025 với tỷ lệ cao. Luật Ban hành văn bản "
    "quy phạm pháp luật (sửa đổi) có hiệu lực.",
])
def test_a_law_revised_whole_is_the_newest_edition_the_article_dates(text):
    found, docs = cite(text)
    assert {k for q, k in found if "sửa đổi" in q} == {"nn/qh/luat/2025/ban-hanh-van-ban-quy-pham-phap-luat"}


def test_the_latest_law_of_a_name_is_that_law():
    found, _ = cite("Luật BHYT mới nhất năm 2025 quy định. Một số điểm mới của Luật BHYT năm 2025.")
    assert len({k for _, k in found}) == 1


def test_a_heading_in_capitals_dates_and_issues_its_document():
    text = ("HỘI NGHỊ TỔNG KẾT 10 NĂM THỰC HIỆN CHỈ THỊ 09/CT-UBND NGÀY 24/5/2012 CỦA CHỦ TỊCH UBND HUYỆN VỀ NẾP SỐNG.\n\n"
            "HỘI NGHỊ TỔNG KẾT 10 NĂM THỰC HIỆN CHỈ THỊ 09/CT-UBND NGÀY 24/5/2012\n\n"
            "Thị trấn tổng kết 10 năm thực hiện Chỉ thị số 09/CT-UBND ngày 24/5/2012 của Chủ tịch UBND huyện Thường Xuân.")
    found, docs = cite(text, locality=Locality(province="Thanh Hóa"))
    assert len(found) == 3 and list(docs) == ["nn/ubnd.thuong-xuan/chi-thi/2012/9"]


@pytest.mark.parametrize("text, key", [
    ("góp phần thực hiện thắng lợi Nghị quyết Đại hội của Hội Cựu chiến binh tỉnh lần thứ VI.", "dang/hccb.ha-tinh/nghi-quyet/-/dai-hoi-6"),
    ("học tập Nghị quyết Đại hội Đoàn cấp tỉnh nhiệm kỳ 2022 – 2027.", "dang/dtn.ha-tinh/nghi-quyet/-/dai-hoi-2022-2027"),
    ("thực hiện Nghị quyết Đại hội Đảng Thành phố lần thứ XVII.", "dang/tu.ha-tinh/nghi-quyet/-/dai-hoi-17"),
    ("NGHỊ QUYẾT ĐẠI HỘI ĐẠI BIỂU PHỤ NỮ TP ĐÀ NẴNG LẦN THỨ XIV", "dang/hlhpn.da-nang/nghi-quyet/-/dai-hoi-14"),
    ("thực hiện nghị quyết Đại hội Hội Cựu chiến binh TPHCM lần thứ VI nhiệm kỳ 2017-2022.",
     "dang/hccb.ho-chi-minh/nghi-quyet/-/dai-hoi-6"),
    ("quán triệt Điều lệ HND Việt Nam khóa VIII.", "dang/-/dieu-le/viii/hoi-nong-dan-viet-nam"),
])
def test_congresses_and_charters_of_mass_organisations(text, key):
    assert [k for _, k in cite(text)[0]] == [key]


@pytest.mark.parametrize("text, found", [
    ("Hội tổng kết thực hiện Nghị quyết Đại hội nhiệm kỳ 2022-2025; xác định phương hướng công tác Hội.", []),
    ("Tỉnh ủy quán triệt Nghị quyết Đại hội nhiệm kỳ 2020-2025.", ["Nghị quyết Đại hội nhiệm kỳ 2020-2025"]),
])
def test_a_congress_named_by_years_that_are_no_term_of_the_party_is_none(text, found):
    assert [q for q, _ in cite(text)[0]] == found


@pytest.mark.parametrize("text, found", [
    ("hội thảo về Công văn 1072 ngày 6/12/2013 của Ban Thường vụ Tỉnh ủy về chi bộ ấp.", ["Công văn 1072"]),
    ("Bộ Chính trị ban hành Quy chế 295 năm 2010 về đối ngoại.", ["Quy chế 295"]),
    ("Chương trình 135 năm 2020 hỗ trợ các xã.", []),
])
def test_a_kind_cited_by_number_only_after_so_with_its_issuer_or_issuing_verb(text, found):
    assert [q for q, _ in cite(text)[0]] == found


@pytest.mark.parametrize("text, keys", [
    ("Căn cứ Luật Đầu tư Nước ngoài tại Việt Nam ngày 12/11/1996;", ["nn/qh/luat/-/dau-tu-nuoc-ngoai"]),
    ("Căn cứ Luật Khuyến khích đầu tư trong nước (sửa đổi) số 03/1998/QH10 ngày 20/5/1998; thi hành Luật Khuyến "
     "khích đầu tư trong nước;", ["nn/qh/luat/1998/3", "nn/qh/luat/1998/3"]),
    ("Theo Luật Đầu tư Nhà nước bảo đảm quyền sở hữu.", ["nn/qh/luat/-/dau-tu"]),
    ("Căn cứ Luật Sửa đổi, bổ sung một số điều Luật Phòng cháy và chữa cháy ngày 22 tháng 11 năm 2013; Luật Sửa đổi, "
     "bổ sung một số điều của Luật Phòng cháy và chữa cháy.", ["nn/qh/luat/2013/40", "nn/qh/luat/2013/40"]),
])
def test_law_names_that_go_on_past_a_known_name_or_leave_out_cua(text, keys, authority):
    text = normalize(text)
    citations, _ = resolve_citations(get_citations(text, names=authority.names), HA_TINH, authority)
    assert [c.document for c in citations] == keys


def test_one_province_spelt_two_ways_scopes_one_document():
    text = ("triển khai NQ số 04; Chương trình số 07 của BCH Đảng bộ tỉnh Đăk Lăk cho các Huyện ủy viên. Thực hiện "
            "Chương trình số 07 của BCH Đ")
    assert len(cite(text, locality=Locality(province="Đắk Lắk"))[1]) == 2


def test_the_issuer_after_a_list_joined_by_semicolons():
    assert [r.issuer_code for r in get_citations(normalize(
        "triển khai Nghị quyết số 02; Nghị quyết số 05 của BCH Đảng bộ huyện về du lịch."))] == ["HU", "HU"]


@pytest.mark.parametrize("text, keys", [
    ("Thực hiện Nghị quyết Hội nghị Trung ương 9 khóa XI về văn hóa. Đảng bộ thị xã thực hiện nghiêm túc Nghị quyết "
     "số 33 và Chương trình hành động của Tỉnh ủy.", {"dang/tw/nghi-quyet/xi/33"}),
    ("Việc triển khai Luật Thực hiện dân chủ ở cơ sở số 10/2022/QH15 được cụ thể hóa. Cần đưa Luật số 10 vào cuộc sống.",
     {"nn/qh/luat/2022/10"}),
])
def test_a_bare_number_is_the_one_document_of_its_type_and_number(text, keys, authority):
    found, _ = cite(text, authority)
    assert {k for q, k in found if "Chương trình" not in q} == keys


def test_a_list_goes_on_past_an_items_date():
    found, docs = cite("Thực hiện các Công điện: số 2620/CĐ-TTg ngày 19/12/2014, số 115 CĐ-TTg ngày 23/1/2015 của Thủ tướng.")
    assert sorted(docs) == ["nn/ttg/cong-dien/2014/2620", "nn/ttg/cong-dien/2015/115"]
    assert docs["nn/ttg/cong-dien/2014/2620"].date == "2014-12-19"


def test_a_letter_of_the_state_bank_and_a_scope_in_the_gazetteers_spelling():
    assert list(cite("Theo văn bản số 4810 của NHNN về tín dụng.")[1]) == ["nn/nhnn/cong-van/-/4810"]
    _, docs = cite("triển khai NQ số 04; Chương trình số 07 của BCH Đảng bộ tỉnh Đăk Lăk.", locality=Locality(province="Đắk Lắk"))
    assert {d.scope for d in docs.values()} == {"Đắk Lắk"}


def test_a_steering_committee_named_after_a_document_is_owned_not_issuing():
    found, docs = cite("Ban Chỉ đạo Đảng ủy xã triển khai Nghị quyết số 57-NQ/TW của Bộ Chính trị. Ban Chỉ đạo thực hiện "
                       "Nghị quyết số 57-NQ/TW của Đảng ủy xã Nghĩa Tá tổ chức hội nghị.")
    assert list(docs) == ["dang/tw/nghi-quyet/-/57"]


@pytest.mark.parametrize("text, key", [
    ("tổng kết việc thực hiện nghị quyết đại hội nhiệm kỳ 2020-2025 của tỉnh.", "dang/db.ha-tinh/nghi-quyet/-/dai-hoi-2020-2025"),
    ("thực hiện Nghị quyết Đại hội nhiệm kỳ 2021-2026.", "dang/tw/nghi-quyet/-/dai-hoi-2021-2026"),
])
def test_a_congress_named_by_a_local_term_is_local(text, key):
    assert [k for _, k in cite(text)[0]] == [key]


def test_the_body_an_official_signs_for_issues():
    _, docs = cite("Ngày 5/8/2020, thay mặt Bộ Chính trị, Tổng Bí thư, Chủ tịch nước Nguyễn Phú Trọng đã ký ban hành Nghị "
                   "quyết số 58 về xây dựng tỉnh Thanh Hóa.")
    assert [(d.issuer_code, d.issuer) for d in docs.values()] == [("TW", "Bộ Chính trị")]


def test_a_congress_named_with_and_without_its_communes_name_is_one():
    _, docs = cite("Thực hiện Nghị quyết Đại hội lần thứ I, nhiệm kỳ 2025 - 2030. Nghị quyết Đại hội Đảng bộ xã Thiệu Hóa lần "
                   "thứ I, nhiệm kỳ 2025 - 2030 đề ra.", locality=Locality(province="Thanh Hóa"))
    assert len(docs) == 1


@pytest.mark.parametrize("text, found", [
    ("GV. Trường Đại học Luật TP. Hồ Chí Minh.", []),
    ("thực hiện Nghị quyết Đại hội đại biểu MTTQVN tỉnh lần thứ IX (nhiệm kỳ 2014-2019).",
     ["Nghị quyết Đại hội đại biểu MTTQVN tỉnh lần thứ IX (nhiệm kỳ 2014-2019)"]),
])
def test_a_law_school_and_the_front_written_mttqvn(text, found):
    assert [q for q, _ in cite(text)[0]] == found


def test_a_province_with_a_dash_in_its_congress():
    found, _ = cite("Thực hiện Nghị quyết Đại hội đại biểu đảng bộ tỉnh Bà Rịa - Vũng Tàu lần thứ VII, nhiệm kỳ 2020 - 2025.")
    assert [k for _, k in found] == ["dang/tu.ba-ria-vung-tau/nghi-quyet/-/dai-hoi-7"]


@pytest.mark.parametrize("text, found", [
    ("Tinh thần xuyên suốt của 4 Nghị quyết 59, 70, 71 và 72.", ["Nghị quyết 59", "70", "71", "72"]),
    ("Hơn 20 Nghị quyết 35, 36 năm qua.", ["Nghị quyết 35"]),  # the count is not the list's length
])
def test_a_count_before_a_list_of_bare_numbers_keeps_them_all(text, found):
    assert [q for q, _ in cite(text)[0]] == found


@pytest.mark.parametrize("text, symbol", [
    ("thực hiện Nghị quyết số 98/2023 của Quốc hội về thí điểm", "98/2023/QH15"),
    ("Luật số 45/2013 của Quốc hội", "45/2013/QH13"),
    ("Nghị quyết số 55/2021 của Quốc hội", "55/2021"),  # 2021: the XIVth's and the XVth's (as written)
    ("Nghị quyết số 55/2021 ngày 15/11/2021 của Quốc hội", "55/2021/QH15"),  # dated: the XVth
    ("Nghị quyết số 12/2001 của Quốc hội", "12/2001"),  # before the table
    ("Nghị quyết số 12/2030 của Quốc hội", "12/2030"),  # after it
    ("Nghị quyết số 12/2023 của HĐND tỉnh", "12/2023"),
])
def test_a_national_assembly_document_by_number_and_year_takes_its_term_in_its_symbol(text, symbol):
    _, docs = cite(text)
    assert [d.symbol for d in docs.values()] == [symbol]


def test_so_with_its_letter_lost():
    """Pages that lost the letters outside Latin-1 write "số" as "s"."""
    quotes, docs = cite("đã được phê duyệt tại Nghị quyết s31/2011/NQ-HĐND ngày 14/12/2011 của Hội đồng nhân dân tỉnh;")
    assert [q for q, _ in quotes] == ["Nghị quyết s31/2011/NQ-HĐND"]
    assert [d.symbol for d in docs.values()] == ["31/2011/NQ-HĐND"]
    quotes, _ = cite("Căn cứ Nghị định của Chính phủ s 43/2014/NĐ-CP quy định")
    assert [q for q, _ in quotes] == ["Nghị định của Chính phủ s 43/2014/NĐ-CP"]


def test_a_list_of_bare_numbers_whose_last_item_repeats_the_type_word():
    _, docs = cite("Hội nghị Trung ương 5 khóa XIII ban hành 4 Nghị quyết quan trọng, là Nghị quyết 18, 19, 20 và Nghị quyết số 21")
    assert sorted(d.number for d in docs.values()) == [18, 19, 20, 21]
    _, docs = cite("Theo Quyết định 18, 19 tháng này và Nghị quyết số 21")
    assert sorted((d.type, d.number) for d in docs.values()) == [("Nghị quyết", 21), ("Quyết định", 18)]


@pytest.mark.parametrize("issuer", ["Tỉnh ủy Bà Rịa – Vũng Tàu", "Tỉnh ủy Bà Rịa-Vũng Tàu", "Tỉnh ủy Bà Rịa - Vũng Tàu"])
def test_a_province_with_a_dash_in_its_name_after_its_issuer(issuer):
    _, docs = cite(f"Nghị quyết số 05-NQ/TU ngày 10/12/2021 của {issuer} khẳng định")
    assert [(k, d.scope) for k, d in docs.items()] == [("dang/tu.ba-ria-vung-tau/nghi-quyet/2021/5", "Bà Rịa - Vũng Tàu")]


@pytest.mark.parametrize("text, code, number", [
    ("chỉ tiêu Nghị quyết Đại hội tỉnh Đảng bộ lần thứ 11, nhiệm kỳ 2020-2025 đề ra", "TU", 11),
    ("Nghị quyết Đại hội tỉnh Đảng bộ lần thứ XVII\nnhiệm kỳ 2020-2025.", "TU", 17),
    ("thực hiện Nghị quyết Đại hội huyện Đảng bộ lần thứ XX", "HU", 20),
])
def test_a_congress_with_its_level_word_before_dang_bo(text, code, number):
    """The older word order: "Đại hội tỉnh Đảng bộ" is "Đại hội Đảng bộ tỉnh"."""
    [ref] = get_citations(normalize(text))
    assert (ref.issuer_code, ref.congress) == (code, number)


def test_a_bill_the_national_assembly_passed_is_the_law():
    text = ("Dự án Luật Phòng, chống tham nhũng (sửa đổi) được Quốc hội thông qua với 93,2% đại biểu tán thành. Dự án "
            "Luật Công an nhân dân (sửa đổi) được thông qua. Dự thảo Luật Đất đai (sửa đổi) sẽ trình Quốc hội.")
    _, docs = cite(text)
    assert sorted(d.name for d in docs.values()) == ["Công an nhân dân (sửa đổi)", "Phòng, chống tham nhũng (sửa đổi)"]


def test_a_bare_number_with_a_whole_date_after_it():
    quotes, _ = cite("thực hiện Kế hoạch 248 ngày 15/7/2019 của Ban Dân nguyện về việc chuyển kiến nghị")
    assert [q for q, _ in quotes] == ["Kế hoạch 248"]
    assert cite("Kế hoạch 248 ngày 15/7 gửi các sở")[0] == []  # no year: not enough
    assert [q for q, _ in cite("Công văn 248 ngày 15/7 gửi các sở")[0]] == ["Công văn 248"]  # a letter needs none


def test_an_amending_law_of_some_articles_without_bo_sung_and_in_lower_case(authority):
    text = "thay thế cho Luật Ngân sách Nhà nước năm 1996 và luật sửa đổi\nmột số điều của luật Ngân sách Nhà nước năm 1998 là cơ sở"
    _, docs = cite(text, authority)
    assert sorted((d.name.lower(), d.year) for d in docs.values()) == [
        ("ngân sách nhà nước", 1996), ("sửa đổi một số điều của luật ngân sách nhà nước", 1998)]


def test_a_dateline_below_a_law_named_in_a_headline_is_not_its_date(authority):
    text = normalize("luật xử lý vi phạm hành chính\n\n01/08/2022\n\nTheo Luật Xử lý vi phạm hành chính năm 2012 …")
    assert [r.date for r in get_citations(text, names=authority.names)] == [None, "2012"]


def test_a_known_name_with_va_for_its_comma(authority):
    text = normalize("Căn cứ Luật Ban hành văn bản quy phạm pháp luật của Hội đồng nhân dân và Uỷ ban nhân dân năm 2004;")
    [ref] = get_citations(text, names=authority.names)
    assert ref.text == "Luật Ban hành văn bản quy phạm pháp luật của Hội đồng nhân dân và Ủy ban nhân dân năm 2004"


def test_a_number_like_a_year_after_an_issuing_verb():
    quotes, _ = cite("Thủ tướng Chính phủ đã ban hành Quyết định 2081 Phê duyệt chương trình cấp điện nông thôn")
    assert [q for q, _ in quotes] == ["Quyết định 2081"]
    assert cite("mục tiêu của Nghị quyết 2020 là")[0] == []  # a year


def test_a_symbol_glued_to_its_type_word():
    quotes, _ = cite("Văn bản liên quan: THÔNG TƯ15/2017/TT-BCT quy định về …; Quyết định2081/QĐ-TTg")
    assert [q for q, _ in quotes] == ["THÔNG TƯ15/2017/TT-BCT", "Quyết định2081/QĐ-TTg"]


def test_a_suspension_decision_and_a_law_firm():
    quotes, _ = cite("Công an tỉnh ban hành Quyết định đình chỉ hoạt động số 2428/QĐTDC-PC07 ngày 24/8/2024 đối với cơ sở")
    assert [q for q, _ in quotes] == ["Quyết định đình chỉ hoạt động số 2428/QĐTDC-PC07"]
    assert cite("hãy cùng Công ty Luật Việt An tìm hiểu.")[0] == []  # a law firm ("công ty luật"), no law


def test_a_symbol_naming_the_written_issuer_in_full():
    """"của Đảng ủy khối các cơ quan" reads as "Đảng ủy"; the symbol's "ĐUK" says which one."""
    _, docs = cite("Thực hiện Kế hoạch số 47-KH/ĐUK ngày 20/7/2022 của Đảng ủy khối các cơ quan về học tập Nghị quyết")
    assert list(docs) == ["dang/duk.ha-tinh/ke-hoach/2022/47"]
    _, docs = cite("Quyết định số 84 QĐ/TWĐTN của Ban Chấp hành Trung ương Đoàn")  # the Youth Union's, not the Party's
    assert [k.split("/")[1] for k in docs] == ["twdtn"]


def test_the_standing_board_of_a_communes_party_committee_issues():
    _, docs = cite("Thực hiện Kế hoạch số 55-KH/ĐU ngày 04 tháng 7 năm 2022 của Ban Thường vụ Đảng ủy xã Nông Thượng về đại hội")
    assert [(k, d.scope) for k, d in docs.items()] == [("dang/du.nong-thuong/ke-hoach/2022/55", "Nông Thượng")]


def test_a_communes_document_takes_the_commune_its_article_places_it_in():
    """Its sentence names the commune after it; or the article names one commune's Party organisation; or the
    lines before it name one commune."""
    from trichdan.loaders.pipeline import extract
    from trichdan.loaders.sources import Source

    def scopes(text: str) -> list[tuple[str, str | None]]:
        return [(d.key, d.scope) for d in extract(Source("p.txt", text)).documents]

    assert scopes("Thực hiện Kế hoạch số 43-KH/ĐU của Đảng ủy xã và Kế hoạch số 01/KH-UBND của UBND xã Lao Chải, "
                  "hội nghị đã diễn ra.")[0] == ("dang/du.lao-chai/ke-hoach/-/43", "Lao Chải")
    assert scopes("Đồng chí Phó Bí thư Tỉnh ủy làm việc với Đảng bộ xã Vạn Xuân.\n\nXã được thành lập trên cơ sở hợp "
                  "nhất 3 xã: Vạn Xuân, Lam Sơn và Quang Húc.\n\nNghị quyết Đại hội đại biểu Đảng bộ xã lần thứ I, "
                  "nhiệm kỳ 2025-2030 xác định 16 chỉ tiêu.") == [("dang/du.van-xuan/nghi-quyet/-/dai-hoi-1", "Vạn Xuân")]
    assert scopes("* Tại xã Thần Sa, Đảng bộ xã tổ chức Hội nghị Ban Chấp hành.\nQuang cảnh Hội nghị\nHội nghị đã thảo "
                  "luận kế hoạch thực hiện Nghị quyết Đại hội đại biểu Đảng bộ xã lần thứ I, nhiệm kỳ 2025 - 2030.") \
        == [("dang/du.than-sa/nghi-quyet/-/dai-hoi-1", "Thần Sa")]
    assert scopes("Các xã Vạn Xuân và Lam Sơn họp.\nNghị quyết Đại hội Đảng bộ xã lần thứ I đã đề ra.") \
        == [("dang/du/nghi-quyet/-/dai-hoi-1", None)]  # two communes and no Party organisation named: none


def test_a_type_word_opens_the_clause_of_a_symbol_without_a_type_code():
    quotes, docs = cite("Căn cứ Nghị quyết Kỳ họp thứ 6, Quốc hội khóa XIV số 74/2018/QH14 ngày 20 tháng 11 năm 2018;")
    assert [q for q, _ in quotes] == ["74/2018/QH14"] and [d.type for d in docs.values()] == ["Nghị quyết"]
    _, docs = cite("Căn cứ Luật số 57/2014/QH13;")
    assert [d.type for d in docs.values()] == ["Luật"]


@pytest.mark.parametrize("text, name, date", [
    ("là luật Khoa học, công nghệ và đổi mới sáng tạo năm 2025 vừa được Quốc hội thông qua",
     "Khoa học, công nghệ và đổi mới sáng tạo", "2025"),  # "khoa" is no law's name, but this law's first word
    ("Căn cứ Luật phòng, chống nhiễm vi rút gây ra hội chứng suy giảm miễn dịch mắc phải ở người (HIV/AIDS) ngày 29 "
     "tháng 6 năm 2006; Nghị định", "Phòng, chống nhiễm vi rút gây ra hội chứng suy giảm miễn dịch mắc phải ở người "
     "(HIV/AIDS)", "2006-06-29"),  # a bracket inside a known name
    ("Căn cứ Luật Hòa giải cơ sở năm 2013;", "Hòa giải ở cơ sở", "2013"),  # its "ở" left out
    ("13 luật được công bố gồm: Luật Dân số; Luật Phòng bệnh", "Dân số", None),  # "số" with no number is a word
    ("Pháp lệnh tình trạng khẩn cấp số 20/2000; Nghị định số 74/2007", "Tình trạng khẩn cấp", "2000"),
])
def test_known_names_in_other_spellings(authority, text, name, date):
    ref = get_citations(normalize(text), names=authority.names)[0]
    assert (ref.name, ref.date) == (name, date)


def test_a_number_and_year_after_a_named_document(authority):
    (ref, _) = get_citations(normalize("Pháp lệnh tình trạng khẩn cấp số 20/2000; Nghị định số 74/2007"), names=authority.names)
    assert (ref.text, ref.number) == ("Pháp lệnh tình trạng khẩn cấp số 20/2000", 20)


def test_initials_the_article_defines_name_a_known_law(authority):
    text = normalize("tập huấn Luật Dân quân tự vệ (DQTV) và Luật Lực lượng dự bị động viên (DBĐV). Nội dung cơ bản "
                     "của Luật DQTV và Luật Lực lượng DBĐV; Nghị định số 72 quy định chi tiết một số điều của Luật DQTV "
                     "về tổ chức xây dựng lực lượng.")
    refs = get_citations(text, names=authority.names)
    assert [(r.text, r.name) for r in refs if r.type == "Luật"][2:] == [
        ("Luật DQTV", "Dân quân tự vệ"), ("Luật Lực lượng DBĐV", "Lực lượng dự bị động viên"),
        ("Luật DQTV", "Dân quân tự vệ")]
    undefined = get_citations(normalize("Luật DQTV quy định"), names=authority.names)  # no definition: as written
    assert [(r.text, r.name) for r in undefined] == [("Luật DQTV", "DQTV")]


def test_initials_the_article_defines_inside_a_known_name(authority):
    text = normalize("Luật Lực lượng tham gia bảo vệ an ninh, trật tự (ANTT) ở cơ sở có hiệu lực từ ngày 01/7/2024. Kế hoạch "
                     "triển khai thi hành Luật Lực lượng tham gia bảo vệ ANTT ở cơ sở được ban hành.")
    refs = get_citations(text, names=authority.names)
    assert (refs[-1].text, refs[-1].name) == ("Luật Lực lượng tham gia bảo vệ ANTT ở cơ sở",
                                              "Lực lượng tham gia bảo vệ an ninh, trật tự ở cơ sở")


def test_a_known_name_without_its_and(authority):
    refs = get_citations(normalize("Luật sửa đổi bổ sung một số điều của Luật Phòng cháy chữa cháy; Luật Phòng cháy chữa "
                                   "cháy năm 2001"), names=authority.names)
    assert [r.name for r in refs] == ["Sửa đổi, bổ sung một số điều của Luật Phòng cháy và chữa cháy",
                                      "Phòng cháy và chữa cháy"]


def test_two_sets_of_initials_the_article_defines_are_one_law_not_the_known_shorter_one(authority):
    text = normalize("Luật Phòng cháy, chữa cháy và cứu nạn, cứu hộ (PCCC và CNCH) có hiệu lực từ 01/7/2025. Hướng dẫn "
                     "thi hành Luật PCCC&CNCH; MỘT SỐ ĐIỂM MỚI CỦA LUẬT PCCC VÀ CNCH NĂM 2025. Luật PCCC năm 2001 đã hết hiệu lực.")
    refs = get_citations(text, names=authority.names)
    assert [(r.text, r.name) for r in refs] == [
        ("Luật Phòng cháy, chữa cháy và cứu nạn, cứu hộ", "Phòng cháy, chữa cháy và cứu nạn, cứu hộ"),
        ("Luật PCCC&CNCH", "Phòng cháy, chữa cháy và cứu nạn, cứu hộ"),
        ("LUẬT PCCC VÀ CNCH", "Phòng cháy, chữa cháy và cứu nạn, cứu hộ"),
        ("Luật PCCC năm 2001", "Phòng cháy và chữa cháy")]  # the initials alone: the known law they stand for


def test_the_congresses_of_every_level_are_no_one_congress():
    assert cite("tổng kết việc thực hiện Nghị quyết Đại hội Đảng nhiệm kỳ 2005-2010 ở mỗi cấp; xác định phương hướng")[0] == []
    quotes, _ = cite("thực hiện Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XV các cấp ủy đã quán triệt")  # "cấp ủy": committees
    assert [q for q, _ in quotes] == ["Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XV"]


def test_an_amending_law_ends_before_another_kind_of_document(authority):
    text = normalize("căn cứ Luật Di sản văn hoá, Luật sửa đổi, bổ sung một số điều của Luật Di sản văn hoá và Nghị định "
                     "số 98/2010/NĐ-CP ngày 21/9/2010 của Chính phủ")
    refs = get_citations(text, names=authority.names)
    assert [r.text for r in refs] == ["Luật Di sản văn hóa", "Luật sửa đổi, bổ sung một số điều của Luật Di sản văn hóa",
                                      "Nghị định số 98/2010/NĐ-CP"]


def test_a_congress_of_a_city_written_tp_without_its_name():
    """"Đảng bộ TP" ends the headline: the next line's "Thành ủy" and a sentence's "Từ" are no city."""
    quotes, docs = cite("triển khai Nghị quyết Đại hội XVIII Đảng bộ TP\nThành ủy vừa ban hành kế hoạch thực hiện Nghị quyết "
                        "Đại hội XVIII Đảng bộ TP. Từ đó", locality=Locality(province="Hà Nội"))
    assert [q for q, _ in quotes] == ["Nghị quyết Đại hội XVIII Đảng bộ TP", "Nghị quyết Đại hội XVIII Đảng bộ TP."]
    assert list(docs) == ["dang/tu.ha-noi/nghi-quyet/-/dai-hoi-18"]


def test_a_congress_of_a_unit_renamed_since():
    quotes, docs = cite("thực hiện Nghị quyết Đại hội Đảng bộ huyện Côn Đảo (nay là đặc khu Côn Đảo) lần thứ X, nhiệm kỳ "
                        "2020 - 2025 đề ra")
    assert [q for q, _ in quotes] == ["Nghị quyết Đại hội Đảng bộ huyện Côn Đảo (nay là đặc khu Côn Đảo) lần thứ X, "
                                      "nhiệm kỳ 2020 - 2025"]
    assert [d.scope for d in docs.values()] == ["Côn Đảo"]


def test_an_issuer_named_with_its_unit_right_after_the_number():
    _, docs = cite("giảm 2.578 tỉ đồng vốn (nghị quyết 20 HĐND tỉnh Kiên Giang về điều chỉnh kế hoạch đầu tư công)",
                   locality=Locality(province="An Giang"))
    assert [(k, d.scope) for k, d in docs.items()] == [("nn/hdnd.kien-giang/nghi-quyet/-/20", "Kiên Giang")]
    assert cite("Thực hiện Kế hoạch 52 UBND các xã đã tổ chức")[1] == {}  # the next clause's subject: no unit named


def test_the_executive_committee_of_a_sectors_party_organisation_issues():
    _, docs = cite("Chương trình hành động số 03-CTr/ĐU ngày 09 tháng 12 năm 2025 của Ban Chấp hành Đảng bộ Ủy ban nhân "
                   "dân thành phố thực hiện Nghị quyết", locality=Locality(province="Cần Thơ"))
    assert list(docs) == ["dang/duubnd.can-tho/chuong-trinh/2025/3"]


def test_a_cyrillic_letter_inside_a_symbol_is_its_latin_lookalike():
    quotes, docs = cite("Xem thêm Thông tư 60/2025/TT-BC\u0422 của Bộ Công Thương; tên Путин giữ nguyên.")
    assert [q for q, _ in quotes] == ["Thông tư 60/2025/TT-BCT"] and list(docs) == ["nn/bct/thong-tu/2025/60"]
    assert "Путин" in normalize("tên Путин")  # a word all in Cyrillic is left as it is


def test_the_type_word_its_code_says_just_before_the_number():
    _, docs = cite("Thực hiện Thông báo Kết luận số 115-KL/HU ngày 28 tháng 3 năm 2017 của Ban Thường vụ Huyện ủy")
    assert [d.type for d in docs.values()] == ["Kết luận"]
    _, docs = cite("theo thông báo số 01-KL/BCĐ ngày 2/3/2020")  # a notice carrying conclusions stays a notice
    assert [d.type for d in docs.values()] == ["Thông báo"]


def test_a_national_congress_named_by_its_number_and_the_party():
    quotes, _ = cite("quán triệt Nghị quyết Đại hội XV Đảng bộ tỉnh và Nghị quyết XIII của Đảng, Chỉ thị 45")
    assert ("Nghị quyết XIII của Đảng", "dang/tw/nghi-quyet/xiii/dai-hoi-13") in quotes


@pytest.mark.parametrize("text, name, date", [
    ("được sửa đổi bởi Khoản 121 Điều 1 Luật sửa đổi Bộ luật Hình sự 2017) quy định",
     "Sửa đổi, bổ sung một số điều của Bộ luật Hình sự", "2017"),  # the known amending law's name
    ("Luật SĐ, BS một số điều của Luật CBCC và Luật Viên chức 2019 quy định",
     "Sửa đổi, bổ sung một số điều của Luật CBCC và Luật Viên chức", "2019"),
])
def test_amending_laws_written_short(authority, text, name, date):
    (ref,) = get_citations(normalize(text), names=authority.names)
    assert (ref.name, ref.date) == (name, date)


def test_an_amending_law_without_its_first_words_in_a_list_of_laws(authority):
    refs = get_citations(normalize("gồm Luật Sửa đổi Bộ luật Hình sự, Luật Trách nhiệm bồi thường Nhà nước, Luật Đất đai"),
                         names=authority.names)
    assert [r.text for r in refs] == ["Luật Sửa đổi Bộ luật Hình sự", "Luật Trách nhiệm bồi thường Nhà nước", "Luật Đất đai"]


def test_a_letter_keeps_its_type_whatever_code_its_symbol_carries():
    _, docs = cite("theo công văn số 01/TTr-UBDT ngày 11 tháng 3 năm 2009 của Ủy ban Dân tộc")
    assert [(d.type, d.symbol) for d in docs.values()] == [("Công văn", "01/TTr-UBDT")]
    _, docs = cite("công văn số 5-CV/TU, 21/2021/QĐ-TTg")  # a later item of its list is what its code says
    assert [d.type for d in docs.values()] == ["Công văn", "Quyết định"]


def test_a_joint_circular_named_short_with_its_number_and_year_is_one_document():
    quotes, docs = cite("tại Thông tư liên tịch số 01/2005/TTLT-TANDTC-VKSNDTC-BQP-BCA ngày 18/4/2005 (Thông tư số "
                        "01/2005) thì")
    assert len(docs) == 1 and {k for _, k in quotes} == set(docs)
    _, docs = cite("Thông tư liên tịch số 01/2005/TTLT-BCA-BQP và Thông tư số 01/2008")  # another year: another one
    assert len(docs) == 2


def test_a_law_a_treaty_names_is_no_law_of_viet_nam(authority):
    refs = get_citations(normalize("Luật Biển Việt Nam năm 2012; Công ước Quốc tế về Luật Biển (UNCLOS) năm 1982 và "
                                   "Công ước của Liên hợp quốc về Luật biển năm 1982."), names=authority.names)
    assert [r.text for r in refs] == ["Luật Biển Việt Nam năm 2012"]


def test_a_law_firm_is_no_law(authority):
    text = "Về Luật Dương Gia\nChi tiết văn bản - Luật Minh Khuê. Luật Thủ Đô năm 2024"
    assert [r.text for r in get_citations(normalize(text), names=authority.names)] == ["Luật Thủ Đô năm 2024"]


def test_a_law_amended_in_several_years_is_the_law_as_amended(authority):
    text = normalize("tại Điều 24 của Luật Xử lý vi phạm hành chính (sửa đổi năm 2020, 2025). Đơn cử")
    _, documents = resolve_citations(get_citations(text, names=authority.names), HA_TINH, authority)
    assert [d.key for d in documents] == ["nn/qh/luat/2012/15"]


def test_a_trade_unions_congress_numbered_before_its_name():
    _, docs = cite("triển khai Nghị quyết Đại hội VIII Công đoàn tỉnh Vĩnh Long và Nghị quyết Đại hội X Công đoàn Việt Nam",
                   locality=Locality(province="Vĩnh Long"))
    assert list(docs) == ["dang/ldld.vinh-long/nghi-quyet/-/dai-hoi-8", "dang/tld/nghi-quyet/-/dai-hoi-10"]


def test_a_laws_number_with_the_wrong_year_is_the_one_its_name_and_legislature_say(authority):
    text = normalize("Luật Công đoàn số 50/2025/QH15 có hiệu lực; Luật Công đoàn 2024 quy định")
    _, documents = resolve_citations(get_citations(text, names=authority.names), HA_TINH, authority)
    assert [d.key for d in documents] == ["nn/qh/luat/2024/50"]


def test_the_congress_of_a_blocs_party_organisation_numbered_before_it():
    _, docs = cite("quán triệt Nghị quyết Đại hội VIII của Đảng bộ Khối", locality=Locality(province="Tây Ninh"))
    assert [(k, d.scope) for k, d in docs.items()] == [("dang/duk.tay-ninh/nghi-quyet/-/dai-hoi-8", "Tây Ninh")]


def test_the_committee_of_a_bloc_named_by_what_it_groups_issues():
    _, docs = cite("Kế hoạch số 17 của Đảng ủy Khối các Cơ quan và Doanh nghiệp tỉnh về Đại hội",
                   locality=Locality(province="Bắc Ninh"))
    assert list(docs) == ["dang/duk.bac-ninh/ke-hoach/-/17"]


def test_a_known_name_cut_short_past_its_comma(authority):
    refs = get_citations(normalize("tuyên truyền sâu rộng Luật Trật tự, an toàn giao thông đến từng đối tượng"),
                         names=authority.names)
    assert [(r.text, r.name) for r in refs] == [("Luật Trật tự, an toàn giao thông",
                                                 "Trật tự, an toàn giao thông đường bộ")]
    refs = get_citations(normalize("Luật Bảo vệ, chăm sóc sức khoẻ nhân dân năm 1989"), names=authority.names)
    assert [r.name for r in refs] == ["Bảo vệ, chăm sóc sức khỏe nhân dân"]  # less than half of a known name: another


def test_a_notice_of_conclusions_named_later_by_its_conclusions():
    quotes, docs = cite("Thực hiện Thông báo kết luận số 81 ngày 18/7/2025 của Bộ Chính trị về trường học; Chính phủ "
                        "ban hành Nghị quyết số 298 thực hiện Kết luận số 81.")
    assert [k for _, k in quotes][0] == [k for _, k in quotes][-1] and len(docs) == 2


def test_an_urgent_dispatch_is_a_dispatch():
    quotes, _ = cite("Chủ tịch UBND huyện vừa gửi công điện hỏa tốc số 08 ngày 10/9/2024 về việc ứng phó lũ; Công điện hỏa "
                     "tốc số 1677/CĐ-TTg")
    assert [q for q, _ in quotes] == ["công điện hỏa tốc số 08", "Công điện hỏa tốc số 1677/CĐ-TTg"]


def test_a_precedent_names_no_issuer_in_its_symbol():
    _, docs = cite("áp dụng Án lệ số 04/2016/AL được Hội đồng Thẩm phán thông qua và Án lệ 54/2022/AL")
    assert [(d.type, d.symbol) for d in docs.values()] == [("Án lệ", "04/2016/AL"), ("Án lệ", "54/2022/AL")]
    assert cite("Nghị định số 04/2015/NĐ quy định")[1] == {}  # any other code still needs its issuer


def test_the_number_after_an_amending_laws_name_may_be_the_amended_laws(authority):
    text = normalize("Quốc hội ban hành Luật sửa đổi, bổ sung một số điều của Luật Các tổ chức tín dụng số "
                     "32/2024/QH15 đã được sửa đổi")
    (amending, amended), _ = resolve_citations(get_citations(text, names=authority.names), HA_TINH, authority)
    assert amending.text == "Luật sửa đổi, bổ sung một số điều của Luật Các tổ chức tín dụng số 32/2024/QH15"
    assert "sua-doi" in amending.document  # which of its three editions, the article's date would tell
    assert (amended.text, amended.document) == ("Luật Các tổ chức tín dụng số 32/2024/QH15", "nn/qh/luat/2024/32")


def test_one_law_amending_several_named_short(authority):
    text = normalize("Luật sửa đổi Bộ luật Tố tụng dân sự, Luật Tố tụng hành chính, Luật Tư pháp người chưa thành niên, "
                     "Luật Phá sản và Luật Hòa giải, đối thoại tại tòa án 2025\n")
    _, documents = resolve_citations(get_citations(text, names=authority.names), HA_TINH, authority)
    assert [d.key for d in documents] == ["nn/qh/luat/2025/85"]


def test_a_known_name_after_ve(authority):
    refs = get_citations(normalize("theo Pháp lệnh về án phí, lệ phí Tòa án năm 2009; các luật về đất đai, nhà ở"),
                         names=authority.names)
    assert [(r.text, r.name) for r in refs] == [("Pháp lệnh về án phí, lệ phí Tòa án năm 2009", "Án phí, lệ phí Tòa án")]


def test_the_congress_of_the_youth_federation():
    _, docs = cite("đánh giá kết quả thực hiện Nghị quyết Đại hội Hội LHTN tỉnh Bình Định lần thứ VII, nhiệm kỳ 2019 – 2024",
                   locality=Locality(province="Bình Định"))
    assert [(k, d.scope) for k, d in docs.items()] == [("dang/hlhtn.binh-dinh/nghi-quyet/-/dai-hoi-7", "Bình Định")]


def test_a_law_named_with_words_then_initials(authority):
    text = normalize("Theo Luật Tổ chức VKSND năm 2014 và Luật Các TCTD, ngân hàng phải tuân thủ.")
    _, documents = resolve_citations(get_citations(text, names=authority.names), HA_TINH, authority)
    assert [d.key for d in documents] == ["nn/qh/luat/2014/63", "nn/qh/luat/-/cac-to-chuc-tin-dung"]


def test_a_licences_number_is_no_document():
    quotes, _ = cite("Sở Y tế Hà Nội cũng đã ban hành Quyết định số 831, thu hồi giấy phép hoạt động khám bệnh, chữa bệnh "
                     "số 1765/SYT-GPHĐ cấp ngày 6/3/2014; công văn số 3287/UBND-VX")
    assert [q for q, _ in quotes] == ["Quyết định số 831", "công văn số 3287/UBND-VX"]


def test_the_issuer_that_also_issued():
    _, docs = cite("Chính phủ cũng đã ban hành Nghị quyết số 120 ngày 17/11/2017 về phát triển bền vững vùng ĐBSCL.")
    assert list(docs) == ["nn/cp/nghi-quyet/2017/120"]


def test_initials_end_a_law_name_that_lower_case_words_follow(authority):
    text = normalize("quy định chi tiết thi hành một số điều của Luật BVMT và một số văn bản quy định chi tiết của UBND "
                     "tỉnh; Luật Khám chữa bệnh năm 2009")
    refs = get_citations(text, names=authority.names)
    assert [r.text for r in refs] == ["Luật BVMT", "Luật Khám chữa bệnh năm 2009"]
    _, documents = resolve_citations(refs, HA_TINH, authority)
    assert [d.key for d in documents] == ["nn/qh/luat/-/bao-ve-moi-truong", "nn/qh/luat/2009/40"]


def test_a_salutation_ends_a_known_law_name(authority):
    refs = get_citations(normalize("TỜ TRÌNH Về dự thảo Nghị định thi hành Luật Tố cáo Kính gửi: Chính phủ"),
                         names=authority.names)
    assert [(r.text, r.name) for r in refs] == [("Luật Tố cáo", "Tố cáo")]


def test_a_congress_resolution_without_number_or_term_takes_the_ones_the_article_gives():
    text = ("Đại hội đại biểu Đảng bộ huyện Mỹ Xuyên lần thứ XII, nhiệm kỳ 2020 - 2025 đã thành công. Huyện ủy triển "
            "khai Nghị quyết Đại hội Đảng bộ huyện Mỹ Xuyên theo hình thức trực tuyến.")
    quotes, docs = cite(text, locality=Locality(province="Sóc Trăng"))
    assert quotes == [("Nghị quyết Đại hội Đảng bộ huyện Mỹ Xuyên", "dang/hu.my-xuyen/nghi-quyet/-/dai-hoi-12")]
    quotes, _ = cite("Đại hội lần thứ I, nhiệm kỳ 2025-2030 của phường. Tổ chức quán triệt Nghị quyết Đại hội Đảng bộ "
                     "phường nghiêm túc.")
    assert [(q, k.rsplit("/", 1)[1]) for q, k in quotes] == [("Nghị quyết Đại hội Đảng bộ phường", "dai-hoi-1")]
    text = "Đại hội Đảng bộ tỉnh lần thứ XIX đã qua; Đại hội Đảng bộ tỉnh lần thứ XX sắp tới. Quán triệt Nghị quyết Đại hội Đảng bộ tỉnh."
    assert cite(text)[0] == []  # two congresses named: which one, the article does not say


def test_numbers_after_a_sentence_that_says_documents_of_their_type_were_issued():
    quotes, _ = cite("Chi cục đã ban hành loạt kế hoạch chuyên đề, gồm Kế hoạch 600 về kiểm soát thương mại điện tử; "
                     "Kế hoạch 622 về kiểm tra hàng giả.\nThực hiện Kế hoạch 52 các xã đã tổ chức.")
    assert [q for q, _ in quotes] == ["Kế hoạch 600", "Kế hoạch 622"]


def test_an_amending_law_whose_pdf_lost_letters(authority):
    text = normalize("Căn cứ Luật Sửa đi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa "
                     "phương ngày 22 tháng 11 năm 2019;")
    _, documents = resolve_citations(get_citations(text, names=authority.names), HA_TINH, authority)
    assert [d.key for d in documents] == ["nn/qh/luat/2019/47"]


def test_a_laws_number_with_the_wrong_number_is_the_one_its_name_and_year_say(authority):
    text = normalize("Luật Bảo vệ môi trường số 17/2020/QH14 quy định; Luật Đất đai số 43/2024/QH15")
    _, documents = resolve_citations(get_citations(text, names=authority.names), HA_TINH, authority)
    assert [d.key for d in documents] == ["nn/qh/luat/2020/72", "nn/qh/luat/2024/43"]  # a known symbol stays its own


def test_an_amending_law_that_drops_luat_before_the_first_law_it_amends(authority):
    text = normalize("thực hiện Luật sửa đổi, bổ sung một số điều của Phòng, chống thiên tai và Luật Đê điều ngày "
                     "17/6/2020;")
    _, documents = resolve_citations(get_citations(text, names=authority.names), HA_TINH, authority)
    assert [d.key for d in documents] == ["nn/qh/luat/2020/60"]  # "Luật Đê điều" is inside its name


def test_a_later_older_edition_is_not_the_one_the_undated_name_before_it_means(authority):
    text = normalize("Quốc hội đã thông qua các Luật: Luật An ninh mạng; Luật Dược. Luật được xây dựng trên cơ sở hợp nhất "
                     "Luật An ninh mạng năm 2018 và Luật An toàn thông tin mạng năm 2015.")
    refs = get_citations(text, names=authority.names)


    def keys(as_of):
        return [d.key for d in resolve_citations(refs, HA_TINH, authority, as_of=as_of)[1] if d.name == "An ninh mạng"]
    assert keys("2025-12-10") == ["nn/qh/luat/2025/116", "nn/qh/luat/2018/24"]  # the law passed that day, then the old one
    assert keys("2020-01-01") == ["nn/qh/luat/2018/24"]  # in 2020 the 2018 law was the one in force: one document
    assert keys(None) == ["nn/qh/luat/2018/24"]  # undated: the edition the article names


def test_a_type_word_in_lower_case_before_a_capitalised_one_is_no_type():
    quotes, docs = cite("Văn phòng Trung ương Đảng vừa ra thông báo Kết luận số 44, ngày 14/11/2022 của Ban Bí thư về tiếp tục")
    assert [docs[key].type for _, key in quotes] == ["Kết luận"]
    quotes, docs = cite("Thông báo kết luận số 81 của Ban Thường vụ Tỉnh ủy")  # a notice of conclusions
    assert [docs[key].type for _, key in quotes] == ["Thông báo"]


def test_a_decrees_number_and_year_are_its_symbol():
    """A decree is the Government's alone (doctypes.json ``issued_by``): "Nghị định số 112/2020" is 112/2020/NĐ-CP."""
    _, docs = cite("Nghị định số 112/2020 ngày 18/9/2020 quy định; Thông tư 32/2018 hướng dẫn.")
    assert [(d.symbol, d.issuer_code) for d in docs.values()] == [("112/2020/NĐ-CP", "CP"), ("32/2018", None)]
    _, docs = cite("Nghị định 100/2019 của Chính phủ về xử phạt")  # its issuer said
    assert [d.symbol for d in docs.values()] == ["100/2019/NĐ-CP"]
    _, docs = cite("theo Nghị định 112 về xử lý kỷ luật")  # no year: no symbol
    assert [d.symbol for d in docs.values()] == [None]


def test_a_five_year_plan_is_no_plan_number_five():
    assert cite("VỀ VIỆC ĐỊNH HƯỚNG DÀI HẠN, KẾ HOẠCH 5 NĂM 2001 - 2005 VÀ NHỮNG GIẢI PHÁP CƠ BẢN")[0] == []
    assert [q for q, _ in cite("thực hiện Kế hoạch số 5 năm 2021 của UBND tỉnh")[0]] == ["Kế hoạch số 5"]


def test_an_amending_law_naming_the_amended_law_by_initials(authority):
    text = normalize("Luật Thể dục, thể thao năm 2006 (Luật TDTT) đã bộc lộ bất cập. Do đó, việc ban hành Luật sửa đổi, bổ sung "
                     "một số điều của Luật TDTT là cần thiết.")
    _, documents = resolve_citations(get_citations(text, names=authority.names), HA_TINH, authority)
    assert [d.key for d in documents] == ["nn/qh/luat/2006/77", "nn/qh/luat/2018/26"]  # its name ends before "là"


def test_a_known_name_whose_last_words_are_written_as_their_initials(authority):
    refs = get_citations(normalize("thực hiện Luật bảo vệ quyền lợi NTD và Luật Bảo vệ quyền lợi người tiêu dùng"),
                         names=authority.names)
    assert [(r.text, r.name) for r in refs] == [
        ("Luật bảo vệ quyền lợi NTD", "Bảo vệ quyền lợi người tiêu dùng"),
        ("Luật Bảo vệ quyền lợi người tiêu dùng", "Bảo vệ quyền lợi người tiêu dùng")]


def test_a_provinces_name_spelt_as_a_communes_is_the_provinces_scope():
    _, docs = cite("Quyết định số 47/QĐ-UBND ngày 12/01/2023 của UBND tỉnh Đăk Nông")  # also xã Đăk Nông (Kon Tum)
    assert [d.scope for d in docs.values()] == ["Đắk Nông"]
    _, docs = cite("Kế hoạch số 48/KH-UBND của UBND huyện Quang Bình")  # a district, no "Quảng Bình"
    assert [d.scope for d in docs.values()] == ["Quang Bình"]


def test_a_law_whose_edition_the_authority_file_dates_by_its_year_only(authority):
    """112/2025/QH15 has no day in the authority file: passed by the end of 2025, it is the law of an article of 2026."""
    refs = get_citations(normalize("triển khai thi hành Luật Quy hoạch"), names=authority.names)
    assert [d.key for d in resolve_citations(refs, HA_TINH, authority, as_of="2026-01-26")[1]] == ["nn/qh/luat/2025/112"]
    assert [d.key for d in resolve_citations(refs, HA_TINH, authority, as_of="2025-06-01")[1]] == ["nn/qh/luat/2017/21"]


def test_qh_for_quoc_hoi_in_a_laws_name_and_initials_left_whole_in_an_issuers(authority):
    refs = get_citations(normalize("Dự án Luật sửa đổi, bổ sung một số điều của Luật Luật hoạt động giám sát của QH và HĐND"),
                         names=authority.names)
    assert [r.name for r in refs if r.text.startswith("Luật hoạt")] == ["Hoạt động giám sát của Quốc hội và Hội đồng nhân dân"]
    _, docs = cite("Nghị quyết số 727/NQ-UBTVQH15 của UBTV Quốc hội về mức lương")
    assert [d.issuer for d in docs.values()] == ["UBTV Quốc hội"]  # not "UBan Thường vụ Quốc hội"


def test_a_number_and_its_year_joined_by_a_hyphen():
    _, docs = cite("Theo nghị định 2-2017 của Chính phủ và Nghị quyết số 19-2017/NQ-CP ngày 06/2/2017")
    assert sorted(d.symbol for d in docs.values()) == ["02/2017/NĐ-CP", "19/2017/NQ-CP"]
    assert [d.number for d in cite("Kế hoạch 2021-2025 của tỉnh")[1].values()] != [2021]  # a term, not plan 2021


def test_van_ban_before_a_full_symbol_without_so():
    found, docs = cite("Thực hiện văn bản 1466/NHCS-TDNN ngày 04/02/2021 của Ngân hàng Chính sách xã hội")
    assert [(q, docs[k].type) for q, k in found] == [("văn bản 1466/NHCS-TDNN", "Công văn")]
    found, docs = cite("Phó Thủ tướng vừa ký văn bản 176/KH-BCĐ389 ban hành Kế hoạch cao điểm")
    assert [docs[k].type for _, k in found] == ["Kế hoạch"]  # without "số", the code says the type
    assert cite("Các văn bản 2/3 đã ban hành")[0] == []


def test_a_number_its_year_and_codes_all_glued():
    _, docs = cite("Quyết định 1572007QĐTTg ngày 2792007 của Thủ tướng; Án lệ số 262018AL")
    assert sorted(d.symbol for d in docs.values()) == ["157/2007/QĐ-TTg", "26/2018/AL"]


def test_initials_of_a_name_drop_the_vowel_marks(authority):
    refs = get_citations(normalize("Thực hiện Luật THADS năm 2008"), names=authority.names)
    assert [d.key for d in resolve_citations(refs, HA_TINH, authority)[1]] == ["nn/qh/luat/2008/26"]  # Thi hành án …


def test_a_law_named_after_the_word_luat(authority):
    """"Luật Luật sư": the second "Luật" opens the known name; "Luật Sư Nguyễn Văn An" stays a lawyer."""
    refs = get_citations(normalize("Theo Luật Luật sư năm 2006 và Pháp lệnh Luật sư năm 2001; Luật Sư Nguyễn Văn An"),
                         names=authority.names)
    docs = resolve_citations(refs, HA_TINH, authority)[1]
    assert sorted(d.symbol for d in docs) == ["37/2001/PL-UBTVQH10", "65/2006/QH11"]


def test_a_law_amended_in_a_year_written_sua_doi_bo_sung(authority):
    refs = get_citations(normalize("Luật Thi hành án dân sự sửa đổi, bổ sung năm 2014"), names=authority.names)
    assert [d.symbol for d in resolve_citations(refs, HA_TINH, authority)[1]] == ["64/2014/QH13"]


def test_a_known_name_ends_before_the_next_document_run_together(authority):
    refs = get_citations(normalize("chi tiết một số điều của Luật Lưu trữ Nghị định số 26/2020/NĐ-CP ngày 28/02/2020"),
                         names=authority.names)
    assert [r.text for r in refs] == ["Luật Lưu trữ", "Nghị định số 26/2020/NĐ-CP"]


def test_a_short_name_defined_in_brackets_is_that_edition(authority):
    text = ("Luật Lưu trữ số 33/2024/QH15 (Luật Lưu trữ) được thông qua. Luật Lưu trữ số 01/2011/QH13 hết hiệu lực. "
            "Theo Luật Lưu trữ thì …")
    citations, _ = resolve_citations(get_citations(normalize(text), names=authority.names), HA_TINH, authority)
    assert [c.document for c in citations] == ["nn/qh/luat/2024/33", "nn/qh/luat/2024/33", "nn/qh/luat/2011/1",
                                               "nn/qh/luat/2024/33"]


def test_a_short_name_the_article_defines_is_that_document_wherever_it_is_written(authority):
    text = ("Điều 16 Luật sửa đổi, bổ sung một số điều của Luật GDĐH (sau đây viết tắt là Luật GDĐH năm 2018) quy định "
            "hội đồng trường. Theo Luật GDĐH năm 2018, hội đồng trường quyết định chiến lược.")
    citations, _ = resolve_citations(get_citations(normalize(text), names=authority.names), HA_TINH, authority)
    assert [(c.text, c.document) for c in citations] == [
        ("Luật sửa đổi, bổ sung một số điều của Luật GDĐH", "nn/qh/luat/2018/34"),
        ("Luật GDĐH năm 2018", "nn/qh/luat/2018/34"), ("Luật GDĐH năm 2018", "nn/qh/luat/2018/34")]


def test_a_short_name_with_another_number_is_no_short_name_of_the_document_before():
    text = ("Nghị quyết số 26/NQ-CP ngày 05/3/2020 của Chính phủ thực hiện Nghị quyết số 36-NQ/TW (Sau đây gọi tắt là "
            "Nghị quyết số 26/NQ-CP).")
    cited, docs = cite(text)
    assert [(quote, docs[key].symbol) for quote, key in cited] == [
        ("Nghị quyết số 26/NQ-CP", "26/NQ-CP"), ("Nghị quyết số 36-NQ/TW", "36-NQ/TW"),
        ("Nghị quyết số 26/NQ-CP", "26/NQ-CP")]


def test_a_symbol_of_nine_joint_issuers():
    _, docs = cite("Chương trình phối hợp số 2198/CTHĐ/BKHCN-BVHTTDL-BNNPTNT-BTC-BCT-BCA-BTTTT-TANDTC-VKSNDTC")
    assert [d.symbol for d in docs.values()] == ["2198/CTHĐ-BKHCN-BVHTTDL-BNNPTNT-BTC-BCT-BCA-BTTTT-TANDTC-VKSNDTC"]


def test_an_amending_law_named_by_one_of_the_laws_it_amends_and_its_day(authority):
    """47/2019/QH14 amends the Luật Tổ chức Chính phủ and the Luật Tổ chức chính quyền địa phương; written with one of
    them and its day, it is still that law."""
    refs = get_citations(normalize("Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Tổ chức chính quyền địa phương "
                                   "ngày 22/11/2019;"), names=authority.names)
    assert [d.symbol for d in resolve_citations(refs, HA_TINH, authority)[1]] == ["47/2019/QH14"]
    refs = get_citations(normalize("Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Tổ chức chính quyền địa phương "
                                   "ngày 22/11/2018;"), names=authority.names)
    assert [d.symbol for d in resolve_citations(refs, HA_TINH, authority)[1]] == [None]  # another day: unknown


def test_a_local_document_in_brackets_after_its_province():
    text = ("Bộ nhận được văn bản của UBND các tỉnh: Nghệ An (số 5061/UBND-KT ngày 14/7/2016), Hà Tĩnh (số 3358/UBND-CN1 "
            "ngày 19/7/2016 và số 6084/UBND-CN1 ngày 16/11/2016) và Quảng Trị (số 2889/UBND-CN ngày 22/7/2016).")
    from trichdan.loaders.pipeline import extract
    from trichdan.loaders.sources import Source
    scopes = {d.symbol: d.scope for d in extract(Source("p.txt", text)).documents}
    assert scopes == {"5061/UBND-KT": "Nghệ An", "3358/UBND-CN1": "Hà Tĩnh", "6084/UBND-CN1": "Hà Tĩnh",
                      "2889/UBND-CN": "Quảng Trị"}


def test_a_number_with_a_dot_between_its_thousands():
    assert [d.number for d in cite("căn cứ Công văn số 2.350 ngày 1.4.2020 của Bộ NN&PTNT")[1].values()] == [2350]


def test_a_constitution_named_with_the_republics_initials():
    assert [d.key for d in cite("theo Hiến pháp nước CHXHCN Việt Nam năm 1992")[1].values()] == ["nn/qh/hien-phap/1992/hien-phap"]


def test_a_symbol_of_another_type_after_a_laws_name_is_not_the_laws(authority):
    refs = get_citations(normalize("Văn bản hợp nhất Luật ban hành văn bản quy phạm pháp luật số 23/VBHN-VPQH ngày 15/7/2020"),
                         names=authority.names)
    docs = resolve_citations(refs, HA_TINH, authority)[1]
    assert ("Văn bản hợp nhất", "23/VBHN-VPQH") in {(d.type, d.symbol) for d in docs}
    assert all(d.type != "Luật" or d.symbol is None or d.symbol.endswith(("QH14", "QH13")) for d in docs)


def test_a_law_name_cut_by_an_ellipsis_is_a_law_only_when_known(authority):
    refs = get_citations(normalize("Tải mẫu đơn xin thôi quốc tịch theo Luật Quốc...\nvà theo luật quốc tịch năm 2008"),
                         names=authority.names)
    assert [r.text for r in refs] == ["luật quốc tịch năm 2008"]


def test_the_election_law_named_without_its_second_dai_bieu(authority):
    refs = get_citations(normalize("thực hiện Luật bầu cử đại biểu Quốc hội và Hội đồng nhân dân, các văn bản hướng dẫn"),
                         names=authority.names)
    assert [d.symbol for d in resolve_citations(refs, HA_TINH, authority)[1]] == ["85/2015/QH13"]


def test_what_is_left_of_a_link_before_the_symbol_it_shows():
    """A page's link flattened: its title attribute (another document's symbol), '">', then the symbol it shows."""
    found, docs = cite('Căn cứ Thông tư số 04/2019/NĐ-CP định mức sử dụng xe ô tô">24/2019/TT-BTC ngày 22/4/2019;')
    assert [docs[k].symbol for _, k in found] == ["24/2019/TT-BTC"]


def test_a_date_years_after_the_articles_is_a_slip():
    text = ("Nghị quyết số 23-NQ/TW ngày 16/6/2008 của Bộ Chính trị về văn học, nghệ thuật. Khen tặng tập thể thực hiện "
            "Nghị quyết số 23-NQ/TW ngày 16/6/2028 của Bộ Chính trị.")
    citations, documents = resolve_citations(get_citations(normalize(text)), HA_TINH, as_of="2023-05-16")
    assert [d.key for d in documents] == ["dang/tw/nghi-quyet/x/23"]


def test_a_list_of_bare_numbers_before_what_the_documents_do():
    found, _ = cite("Uỷ ban nhân dân tỉnh đã có các Quyết định số 1328, 197, 945 phê duyệt Đề án xây dựng xã hội học tập.")
    assert [quote for quote, _ in found] == ["Quyết định số 1328", "197", "945"]
    counted, _ = cite("Theo Kế hoạch số 15, 20 xã đã hoàn thành.")  # a count after the number: no list
    assert [quote for quote, _ in counted] == ["Kế hoạch số 15"]


def test_a_law_misnamed_by_a_word_on_its_day(authority):
    text = normalize("Căn cứ Luật Lực lượng tham gia đảm bảo an ninh, trật tự ở cơ sở ngày 28 tháng 11 năm 2023;")
    refs = get_citations(text, names=authority.names)
    assert refs[0].text.endswith("ở cơ sở ngày 28 tháng 11 năm 2023")  # the name runs past its comma to its date
    assert [d.symbol for d in resolve_citations(refs, HA_TINH, authority)[1]] == ["30/2023/QH15"]
    other_day = get_citations(normalize("Căn cứ Luật Lực lượng tham gia đảm bảo an ninh, trật tự ở cơ sở ngày 20 tháng 11 "
                                        "năm 2023;"), names=authority.names)
    assert [d.symbol for d in resolve_citations(other_day, HA_TINH, authority)[1]] == [None]


def test_a_short_name_no_law_bears_is_the_law_of_the_article_it_begins(authority):
    text = normalize("Tổng kết Luật Hòa giải\nHội đồng tổng kết 5 năm thực hiện Luật Hòa giải ở cơ sở năm 2013 và Luật Đất đai.")
    docs = resolve_citations(get_citations(text, names=authority.names), HA_TINH, authority)[1]
    assert sorted(d.key for d in docs) == ["nn/qh/luat/-/dat-dai", "nn/qh/luat/2013/35"]


def test_a_symbol_whose_issuer_code_lost_its_first_letters_is_the_whole_ones_document():
    found, docs = cite("Số: 172/NQ-ND\nNGHỊ QUYẾT\nCăn cứ Nghị quyết số 172/NQ-HĐND ngày 10/7/2019 của HĐND tỉnh Hà Tĩnh;")
    assert len(docs) == 1 and len({key for _, key in found}) == 1


def test_the_constitution_named_with_viet_nam_and_its_year():
    assert [q for q, _ in cite("Căn cứ Hiến pháp Việt Nam năm 1992; Văn bản dẫn chiếuHiến pháp Việt Nam 1992")[0]] == [
        "Hiến pháp Việt Nam năm 1992", "Hiến pháp Việt Nam 1992"]
    assert cite("Hiến pháp Việt Nam qua các thời kỳ")[0] == []  # every one of them


def test_initials_then_the_lower_case_words_of_a_laws_name(authority):
    refs = get_citations(normalize("như Luật ATGT đường bộ; Luật BVMT và một số văn bản"), names=authority.names)
    assert [r.text for r in refs] == ["Luật ATGT đường bộ", "Luật BVMT"]


def test_a_local_congress_named_by_its_term_and_by_its_ordinal_is_one():
    found, docs = cite("Thực hiện Nghị quyết Đại hội Đảng bộ Thị xã nhiệm kỳ 2015 - 2020, Thị ủy Hồng Lĩnh đã lãnh đạo. Sau 5 năm "
                       "thực hiện Nghị quyết Đại hội XX của Đảng bộ Thị xã, kinh tế tăng trưởng.")
    assert len(docs) == 1
    two, docs = cite("Nghị quyết Đại hội Đảng bộ tỉnh nhiệm kỳ 2020-2025 đã hoàn thành. Nghị quyết Đại hội đại biểu Đảng bộ tỉnh "
                     "lần thứ I, nhiệm kỳ 2025-2030 đề ra mục tiêu mới.")
    assert len(docs) == 2  # the ordinal's own term is another


def test_a_known_name_with_va_glued_after_it(authority):
    refs = get_citations(normalize("theo Điều 21, 22 Luật đặc xávà Điều 5 Quyết định số 1251/2013/QĐ-CTN"), names=authority.names)
    assert [(r.text, r.name) for r in refs][0] == ("Luật đặc xá", "Đặc xá")


def test_a_congress_named_without_number_or_term_is_the_one_of_the_articles_date():
    text = normalize("Góp phần hoàn thành các chỉ tiêu Nghị quyết Đại hội Đảng bộ tỉnh Hải Dương, Nghị quyết Đại hội "
                     "Đảng bộ tỉnh Phú Yên lần thứ XVI đã đề ra.")

    def keys(as_of):
        citations, _ = resolve_citations(get_citations(text), Locality(province="Hải Dương"), None, as_of=as_of)
        return [c.document for c in citations]

    assert keys("2020-01-03") == ["dang/tu.hai-duong/nghi-quyet/-/dai-hoi-2015-2020",  # not Phú Yên's number
                                  "dang/tu.phu-yen/nghi-quyet/-/dai-hoi-16"]
    assert keys("2021-03-05")[0] == "dang/tu.hai-duong/nghi-quyet/-/dai-hoi-2020-2025"
    assert keys("2020-09-15") == keys(None) == ["dang/tu.phu-yen/nghi-quyet/-/dai-hoi-16"]  # in the season, or undated


def test_local_terms_by_the_season_of_each_levels_congresses():
    from trichdan.loaders.lexicon import local_term
    assert local_term("2020-01-03", "province") == "2015-2020"
    assert local_term("2020-01-03", "commune") is None  # communes held theirs in the first half of 2020
    assert local_term("2020-07-15", "commune") == "2020-2025"
    assert local_term("2026-03-01", "district") == "2020-2025"  # districts held none for 2025-2030
    assert local_term("2009-05-01", "province") is None and local_term("2021", "province") is None


@pytest.mark.parametrize("text, quote", [
    ("Chuyên mục Luật Cư trú Phần II Thông tư 55/2021/TT-BCA quy định chi tiết.", "Luật Cư trú"),
    ("Theo Luật Cư trú Điều 5 quy định.", "Luật Cư trú"),
    ("Theo Luật Quy hoạch đô thị năm 2009.", "Luật Quy hoạch đô thị năm 2009"),
])
def test_a_type_word_or_a_part_of_a_text_ends_a_laws_name(text, quote):
    assert cite(text)[0][0][0] == quote


def test_an_old_law_in_lower_case_the_authority_file_knows(authority):
    from trichdan.loaders.pipeline import extract
    from trichdan.loaders.sources import Source
    found = extract(Source("t.txt", "Căn cứ Luật bảo vệ sức khỏe nhân dân ngày 30 tháng 6 năm 1989;"), authority)
    assert [c.text for c in found.citations] == ["Luật bảo vệ sức khỏe nhân dân ngày 30 tháng 6 năm 1989"]
    assert [d.key for d in found.documents] == ["nn/qh/luat/1989/bao-ve-suc-khoe-nhan-dan"]


def test_a_local_document_dated_after_its_province_was_merged_is_the_successors():
    from trichdan.loaders.lexicon import successor
    assert successor("Hà Tây", 2021) == "Hà Nội"
    assert successor("Hà Tây", 2008) is None  # it still existed then
    assert successor("Hà Sơn Bình", 2000) is None  # it became two
    _, docs = cite("Dự án đường trục phía Nam tỉnh Hà Tây. Thực hiện Quyết định số 5269/QĐ-UBND ngày 25/11/2020.",
                   locality=Locality(province="Hà Tây"))
    assert [d.scope for d in docs.values()] == ["Hà Nội"]


def test_a_law_whose_name_lost_letters_known_by_its_day(authority):
    from trichdan.loaders.pipeline import extract
    from trichdan.loaders.sources import Source
    found = extract(Source("t.txt", "Căn cứ Luật Đt đai ngày 29/11/2013;"), authority)
    assert [d.symbol for d in found.documents] == ["45/2013/QH13"]


def test_so_with_its_tone_mark_mistyped():
    assert [q for q, _ in cite("Theo Văn bản sổ 4599/STNMT-QH ngày 13/12/2012 của Sở.")[0]] == ["Văn bản sổ 4599/STNMT-QH"]
    assert [q for q, _ in cite("Nghị định sổ 23/2016/NĐ-CP quy định.")[0]] == ["Nghị định sổ 23/2016/NĐ-CP"]
    assert cite("Ghi vào văn bản sổ 3 trang.")[0] == []


def test_a_congress_ordinal_after_lan_without_thu():
    quotes = [q for q, _ in cite("Nghị quyết Đại hội lần XV của Đảng bộ tỉnh; Nghị quyết đại hội lần I.")[0]]
    assert quotes == ["Nghị quyết Đại hội lần XV của Đảng bộ tỉnh", "Nghị quyết đại hội lần I"]


def test_a_congress_number_the_article_gives_a_party_organisation_is_the_local_congress():
    text = ("Đại hội đại biểu Đảng bộ phường Tam Thắng lần thứ I, nhiệm kỳ 2025-2030. Hoàn thiện chương trình hành "
            "động thực hiện Nghị quyết đại hội lần I.")
    _, docs = cite(text, locality=Locality(province="Hồ Chí Minh"))
    assert [(d.issuer_code, d.scope) for d in docs.values()] == [("ĐB", "Hồ Chí Minh")]
    _, docs = cite("Học tập Nghị quyết Đại hội lần I của Đảng.")  # the Party's, said so
    assert [d.issuer_code for d in docs.values()] == ["TW"]


def test_a_bodys_tu_kept_as_written_in_a_state_layout_symbol():
    from trichdan.loaders.symbols import parse
    assert parse("924/QĐ-MTTƯ").text == "924/QĐ-MTTƯ"
    assert parse("01/2014/NQLT/CP-UBTƯMTTQVN").text == "01/2014/NQLT-CP-UBTƯMTTQVN"
    assert parse("09/2008/NQLT-CP-UBTWMTTQVN").text == "09/2008/NQLT-CP-UBTWMTTQVN"
    assert parse("05/CT-TƯ").text == "05-CT/TW"  # the Party's own "TƯ" is "TW" in either layout
    assert parse("99-QĐ/TƯ").text == "99-QĐ/TW"
    from trichdan.loaders.lexicon import issuer
    assert issuer("MTTƯ").name == issuer("MTTW").name  # the body is known by either spelling


def test_a_law_named_bare_beside_the_law_revised_whole_is_the_revised_one():
    quotes, docs = cite("Luật Viễn thông (sửa đổi) có hiệu lực. Bộ soạn thảo Nghị định hướng dẫn thi hành Luật Viễn "
                        "thông.")
    assert len(docs) == 1 and len({key for _, key in quotes}) == 1
    _, docs = cite("Luật Viễn thông (sửa đổi) thay thế Luật Viễn thông năm 2009.")  # a dated edition stays apart
    assert len(docs) == 2
    _, docs = cite("Luật Phòng, chống bạo lực gia đình (sửa đổi) khắc phục hạn chế của Luật Phòng, chống bạo lực gia "
                   "đình hiện hành.")  # so does the law in force
    assert len(docs) == 2


def test_a_new_law_the_press_calls_amended_known_by_its_year(authority):
    from trichdan.loaders.pipeline import extract
    from trichdan.loaders.sources import Source
    found = extract(Source("t.txt", "Năm đầu thực hiện Luật NVQS sửa đổi năm 2015. Luật NVQS quy định."), authority)
    assert {d.symbol for d in found.documents} == {"78/2015/QH13"}  # no amending law of 2015: the 2015 law
    found = extract(Source("t.txt", "Luật Nghĩa vụ quân sự sửa đổi năm 2005 có hiệu lực."), authority)
    assert {d.symbol for d in found.documents} == {"43/2005/QH11"}  # the amending law of that year


def test_words_typed_twice_in_a_known_laws_name(authority):
    from trichdan.loaders.pipeline import extract
    from trichdan.loaders.sources import Source
    found = extract(Source("t.txt", "Căn cứ Luật tổ chức tổ chức chính quyền địa phương, ngày 19/6/2015;"), authority)
    assert [d.symbol for d in found.documents] == ["77/2015/QH13"]


def test_ordinances_known_by_initials_or_in_lower_case(authority):
    from trichdan.loaders.pipeline import extract
    from trichdan.loaders.sources import Source
    found = extract(Source("t.txt", "Pháp lệnh BCVT quy định dịch vụ bưu chính. Phổ biến Luật Dân quân tự vệ, pháp "
                                    "lệnh dự bị động viên."), authority)
    assert [(d.type, d.name) for d in found.documents] == [
        ("Pháp lệnh", "Bưu chính, viễn thông"), ("Luật", "Dân quân tự vệ"), ("Pháp lệnh", "Lực lượng dự bị động viên")]


def test_a_list_of_letters_whatever_their_codes():
    quotes, docs = cite("Đã ban hành các Văn bản số: 6749/UBND-NL4 ngày 09/9/2024 của UBND tỉnh; 5346/SNNMT-KL ngày "
                        "15/9/2025 của Sở; 947/KL-PC&ĐTXLVP ngày 15/9/2025 của Chi cục.")
    assert [q for q, _ in quotes] == ["Văn bản số: 6749/UBND-NL4", "5346/SNNMT-KL", "947/KL-PC&ĐTXLVP"]
    assert {d.type for d in docs.values()} == {"Công văn"}  # "KL" no type of a state symbol: a letter of the list


def test_the_province_of_a_body_the_tables_do_not_know():
    _, docs = cite("Thực hiện Quyết định số 142/QĐ-CCKL ngày 14 tháng 4 năm 2023 của Chi cục trưởng Chi cục Kiểm lâm "
                   "Thành phố Hồ Chí Minh về việc thả động vật rừng.")
    assert [d.scope for d in docs.values()] == ["Hồ Chí Minh"]
    _, docs = cite("Theo Quyết định số 15/QĐ-UBND của UBND tỉnh Quảng Trị.")  # a known issuer's place, as before
    assert [d.scope for d in docs.values()] == ["Quảng Trị"]


def test_an_inter_ministerial_circular():
    quotes, docs = cite("Căn cứ Thông tư liên bộ số 17/2010/TTLB - BTTTT - BNV ngày 27/7/2010; Thông tư liên Bộ số 14/TTLB "
                        "ngày 30/9/1995.")
    assert [q for q, _ in quotes] == ["Thông tư liên bộ số 17/2010/TTLB - BTTTT - BNV", "Thông tư liên Bộ số 14/TTLB"]
    assert {d.type for d in docs.values()} == {"Thông tư"}


def test_a_congress_resolution_whose_dai_hoi_was_lost():
    _, docs = cite("Thực hiện Nghị quyết Đại biểu Đảng bộ huyện Mường La lần thứ XXI, nhiệm kỳ 2020-2025, huyện đã làm.")
    assert [(d.issuer_code, d.scope) for d in docs.values()] == [("HU", "Mường La")]


def test_the_first_point_of_an_outline_under_a_heading_in_capitals():
    assert cite("CĂN CỨ PHÁP LÝ XÂY DỰNG ĐỀ ÁN 1. Sự cần thiết xây dựng Đề án Trong những năm qua.")[0] == []
    assert [q for q, _ in cite("Thực hiện NGHỊ QUYẾT 35. Tỉnh đã làm.")[0]] == ["NGHỊ QUYẾT 35"]


def test_congresses_listed_after_one_type_word():
    quotes = [q for q, _ in cite("Thực hiện Nghị quyết Đại hội Đảng XIII, Đại hội Đảng bộ tỉnh lần thứ XVII, tỉnh đã "
                                 "làm. Nghị quyết Đại hội XIII, Đại hội đã đề ra.")[0]]
    assert quotes == ["Nghị quyết Đại hội Đảng XIII", "Đại hội Đảng bộ tỉnh lần thứ XVII", "Nghị quyết Đại hội XIII"]


def test_a_symbols_year_written_last():
    from trichdan.loaders.symbols import parse
    assert parse("100/NĐ-CP/2019").text == "100/2019/NĐ-CP"
    assert parse("02-NQ/TU/2019") is None and parse("1234/UBND-VX/2019") is None  # no type code before the issuer


def test_no_local_body_issues_a_document_a_central_one_signs():
    _, docs = cite("Tổ chức phổ biến Nghị định số 13/2023/NĐ-CP của UBND tỉnh đối với đại diện các sở.")
    assert [(d.issuer_code, d.scope) for d in docs.values()] == [("CP", None)]
    _, docs = cite("Thực hiện Chỉ thị 05-CT/TU của Ban Thường vụ Thị ủy.")  # a local committee's body: it stands
    assert [d.issuer for d in docs.values()] == ["Ban Thường vụ Thị ủy Can Lộc"]
    _, docs = cite("Quyết định số 1518-QĐ/TW, ngày 25/3/2019 của Ban Thường vụ Tỉnh ủy.")  # "TW" for "TU": the body tells
    assert [d.scope for d in docs.values()] == ["Hà Tĩnh"]


def test_a_laws_name_goes_on_only_with_vietnamese_words():
    assert [q for q, _ in cite("Sách Luật An Ninh Mạng Ebooks Nhóm Zalo HỘI ĐỒNG CHỈ ĐẠO.")[0]] == ["Luật An Ninh Mạng"]
    assert [q for q, _ in cite("Căn cứ Luật Mặt trận Tquốc Việt Nam ngày 9/6/2015;")[0]] == [  # a font's debris stays
        "Luật Mặt trận Tquốc Việt Nam ngày 9/6/2015"]


def test_a_pdfs_page_number_inside_an_amending_ordinances_name(authority):
    from trichdan.loaders.pipeline import extract
    from trichdan.loaders.sources import Source
    found = extract(Source("t.txt", "Pháp lệnh phòng, chống lụt, bão ngày 20 tháng 3 năm 1993 và Pháp lệnh sửa đổi, bổ "
                                    "sung một số điều của\n  3. Pháp lệnh phòng, chống lụt, bão ngày 24 tháng 8 năm 2000;"),
                    authority)
    assert [d.name for d in found.documents] == [
        "Phòng, chống lụt, bão", "Sửa đổi, bổ sung một số điều của Pháp lệnh phòng, chống lụt, bão"]


def test_an_ordinance_amending_one_named_across_a_line(authority):
    from trichdan.loaders.pipeline import extract
    from trichdan.loaders.sources import Source
    found = extract(Source("t.txt", "Căn cứ Pháp lệnh sửa đổi, bổ sung một số điều của\nPháp lệnh cán bộ, công chức ngày "
                                    "29 tháng 4 năm 2003;"), authority)
    assert [d.symbol for d in found.documents] == ["11/2003/PL-UBTVQH11"]


def test_the_national_assemblys_office_is_central():
    _, docs = cite("Hà Nội, ngày 5/3/2019. Văn bản hợp nhất 14/VBHN-VPQH.", locality=Locality(province="Hà Nội"))
    assert [d.scope for d in docs.values()] == [None]


def test_a_symbol_without_a_type_code_takes_the_type_the_article_gives_it():
    quotes, docs = cite("Nghị quyết 210/2025/QH15 sửa đổi Nghị quyết 98/2023/QH15.\n| Số hiệu: | 210/2025/QH15 |")
    assert [key for _, key in quotes] == ["nn/qh/nghi-quyet/2025/210", "nn/qh/nghi-quyet/2023/98", "nn/qh/nghi-quyet/2025/210"]
    quotes, _ = cite("theo 45/2019/QH14 và Luật 45/2019/QH14")  # alone, a number of the legislature is a law's
    assert {key for _, key in quotes} == {"nn/qh/luat/2019/45"}


def test_the_province_that_issues_a_local_document_in_its_sentence(authority):
    from trichdan.loaders.pipeline import extract
    from trichdan.loaders.sources import Source
    found = extract(Source("t.txt", "Tỉnh Sơn La đã ban hành Kế hoạch số 77/KH-UBND về chuyển đổi số. Đoàn đã tập huấn ở "
                                    "xã Bát Xát, xã Mường Khương, xã Bắc Hà (Lào Cai) và ở tỉnh Lào Cai."), authority)
    assert [(d.symbol, d.scope) for d in found.documents] == [("77/KH-UBND", "Sơn La")]


def test_a_province_written_without_its_hyphen():
    _, docs = cite("Quyết định số 2045/QĐ-UBND ngày 28/9/2012 của UBND tỉnh Bà Rịa Vũng Tàu về mức chi.")
    assert [d.scope for d in docs.values()] == ["Bà Rịa - Vũng Tàu"]


def test_a_misprinted_year_from_the_date_or_the_legislature(authority):
    _, docs = cite("Căn cứ Nghị định số 32/201/NĐ-CP ngày 17 tháng 02 năm 2017 của Chính phủ.")
    assert list(docs) == ["nn/cp/nghi-dinh/2017/32"]
    _, docs = cite("Căn cứ Nghị định số 32/201/NĐ-CP ngày 17 tháng 02 năm 2023 của Chính phủ.")  # not 2023 with a digit lost
    assert list(docs) == ["nn/cp/nghi-dinh/2023/32"] and docs["nn/cp/nghi-dinh/2023/32"].symbol == "32/NĐ-CP"
    _, docs = cite("được sửa đổi theo Luật số 63/20220/QH14;", authority)  # a law's number is its legislature's
    assert [d.symbol for d in docs.values()] == ["63/2020/QH14"]


def test_so_a_fonts_loss_cut_to_s_before_a_symbol():
    quotes, _ = cite("theo sphân công ti Quyết đị nh s207/QĐ-TTg ngày 17 tháng 02 năm 2012 ca Thtướng")
    assert quotes == [("207/QĐ-TTg", "nn/ttg/quyet-dinh/2012/207")]
    assert cite("các mẫu s2/A và 3s5/2020")[0] == []  # a glued "s" only as a word of its own


def test_a_laws_name_with_letters_a_font_lost(authority):
    _, docs = cite("quy định chi tiết thi hành một s điu của Luật Tiêu chun và Quy chuẩn kỹ thuật;", authority)
    assert [d.symbol for d in docs.values()] == ["68/2006/QH11"]
    _, docs = cite("thi hành một sđiều của Luật Cht lượng sản phẩm, hàng hóa;", authority)  # cut at its comma
    assert [d.symbol for d in docs.values()] == ["05/2007/QH12"]
    _, docs = cite("theo Luật Ch lượng;", authority)  # two words say too little
    assert [d.symbol for d in docs.values()] == [None]


def test_a_hyphenated_word_or_a_slash_in_a_laws_name(authority):
    quotes, docs = cite("Một số điểm mới trong Luật Phòng, chống nhiễm vi-rút HIV/AIDS\nLuật có hiệu lực.")
    assert [q for q, _ in quotes] == ["Luật Phòng, chống nhiễm vi-rút HIV/AIDS"]
    from trichdan.loaders.pipeline import extract
    from trichdan.loaders.sources import Source
    found = extract(Source("t.txt", "Theo Luật Phòng, chống nhiễm vi rút HIV/AIDS, người nhiễm được bảo vệ."), authority)
    assert [d.symbol for d in found.documents] == ["64/2006/QH11"]  # the name the press gives it (authority.json)


def test_a_ministrys_initials_with_a_hyphen_sign_a_letter():
    _, docs = cite("Theo Văn bản số 7781 của Bộ GD-ĐT về việc hướng dẫn nhiệm vụ.")
    assert [(d.type, d.issuer) for d in docs.values()] == [("Công văn", "Bộ Giáo dục và Đào tạo")]


def test_a_long_name_up_to_its_date_and_a_glued_amending_word(authority):
    from trichdan.loaders.pipeline import extract
    from trichdan.loaders.sources import Source
    quotes, _ = cite("Căn cứ Pháp lệnh Khai thác và Bảo vệ công trình khí tượng thủy văn ngày 02 tháng 12 năm 1994;")
    assert [q for q, _ in quotes] == ["Pháp lệnh Khai thác và Bảo vệ công trình khí tượng thủy văn ngày 02 tháng 12 năm 1994"]
    found = extract(Source("t.txt", "Căn cứ Pháp lệnh sửađổi, bổ sung một số điều của Pháp lệnh Phòng, chống lụt, bão "
                                    "ngày 24 tháng 8 năm 2000;"), authority)
    assert [d.name for d in found.documents] == ["Sửa đổi, bổ sung một số điều của Pháp lệnh Phòng, chống lụt, bão"]


def test_a_full_symbol_placed_by_the_site_joins_the_same_placed_by_its_issuer(authority):
    from trichdan.loaders.pipeline import extract
    from trichdan.loaders.sources import Source
    found = extract(Source("t.txt", "URL: https://thuvienhanam.vn/tin-tuc/abc\n\nNghị quyết 06/2025/NQ-HĐND quy định về "
                                    "mức thu.\n\nNghị quyết 06/2025/NQ-HĐND của Hội đồng nhân dân tỉnh Ninh Bình được ban "
                                    "hành ngày 30 tháng 7 năm 2025.\n"), authority)
    assert [(d.symbol, d.scope) for d in found.documents] == [("06/2025/NQ-HĐND", "Ninh Bình")]  # "Hà Nam", a province's
    # name, is no ward of Ninh Bình here


def test_a_law_named_with_the_year_it_took_effect(authority):
    _, docs = cite("biện pháp thi hành Luật Ban hành văn bản quy phạm pháp luật năm 2016. Xét tờ trình", authority)
    assert [d.symbol for d in docs.values()] == ["80/2015/QH13"]
    _, docs = cite("theo Luật Ban hành văn bản quy phạm pháp luật năm 2021.", authority)  # none took effect in 2021
    assert [d.symbol for d in docs.values()] == [None]


def test_an_ordinance_of_1992_named_in_lower_case(authority):
    from trichdan.loaders.pipeline import extract
    from trichdan.loaders.sources import Source
    found = extract(Source("t.txt", "Để thực hiện Pháp lệnh nhập cảnh,\nxuất cảnh, cư trú đi lại của người nước ngoài tại "
                                    "Việt Nam ngày 21-2-1992 và"), authority)
    assert [(d.type, d.year) for d in found.documents] == [("Pháp lệnh", 1992)]


def test_the_province_of_a_tables_row(authority):
    from trichdan.loaders.pipeline import extract
    from trichdan.loaders.sources import Source
    text = ("STT Tỉnh/Thành phố Phúc đáp\n  1 An Giang – Kế hoạch hành động số 147/CTr-UBND ngày 22 tháng 4 2015\n\n"
            "  – Quyết định số 2498/QĐ-UBND về việc thành lập Ban chỉ đạo\n\n"
            "  2 Bà Rịa – Vũng Tàu Kế hoạch hành động tổ chức hội nghị về Chỉ số PAPI\n\n"
            "  Quyết định số 2922/QĐ-UBND ban hành Kế hoạch hành động\n\n"
            "  3 Bắc Giang Kế hoạch hành động số 1492 KH-UBND ngày 6 tháng 6 năm 2014 về việc cải thiện Chỉ số PAPI\n")
    found = extract(Source("t.txt", text), authority)
    assert [(d.number, d.scope) for d in found.documents] == [
        (147, "An Giang"), (2498, "An Giang"), (2922, "Bà Rịa - Vũng Tàu"), (1492, "Bắc Giang")]


def test_an_amending_law_listed_before_laws_revised_whole():
    quotes, _ = cite("3 luật được thông qua gồm: Luật sửa đổi, bổ sung một số điều của Luật Giáo dục, Luật Giáo dục nghề "
                     "nghiệp (sửa đổi), Luật Giáo dục đại học (sửa đổi).")
    assert [q for q, _ in quotes] == ["Luật sửa đổi, bổ sung một số điều của Luật Giáo dục",
                                      "Luật Giáo dục nghề nghiệp (sửa đổi)", "Luật Giáo dục đại học (sửa đổi)"]
    quotes, _ = cite("Luật sửa đổi, bổ sung một số điều của Luật Quy hoạch, Luật Đầu tư, Luật Đấu thầu được thông qua.")
    assert [q for q, _ in quotes] == ["Luật sửa đổi, bổ sung một số điều của Luật Quy hoạch, Luật Đầu tư, Luật Đấu thầu"]


def test_the_short_name_of_the_ordinance_on_people_with_meritorious_services(authority):
    from trichdan.loaders.pipeline import extract
    from trichdan.loaders.sources import Source
    found = extract(Source("t.txt", "3 tỷ đồng thực hiện Pháp lệnh ưu đãi người có công (Quyết định số 7035/QĐ-SLĐTBXH)."),
                    authority)
    assert [d.name for d in found.documents if d.type == "Pháp lệnh"] == ["Ưu đãi người có công với cách mạng"]


def test_a_known_name_without_its_cua_and_a_year_after_its_initials(authority):
    from trichdan.loaders.pipeline import extract
    from trichdan.loaders.sources import Source
    found = extract(Source("t.txt", "Luật Trách nhiệm bồi thường Nhà nước quy định. Theo Luật Trách nhiệm bồi thường của "
                                    "Nhà nước (Luật TNBTCNN) 2017, người bị oan được bồi thường."), authority)
    assert [d.symbol for d in found.documents] == ["10/2017/QH14"]


def test_a_plenum_in_two_sessions_and_an_amending_name_a_font_broke(authority):
    quotes, docs = cite("thực hiện Nghị quyết Trung ương 6 (lần 2) khóa VIII về xây dựng Đảng")
    assert quotes == [("Nghị quyết Trung ương 6 (lần 2) khóa VIII", "dang/tw/nghi-quyet/viii/hntw-6")]
    from trichdan.loaders.pipeline import extract
    from trichdan.loaders.sources import Source
    found = extract(Source("t.txt", "Căn cứ Luật sửa đi, bổ sung một s điu của Luật Tổ chức Chính phủ và Luật Tổ chức chính "
                                    "quyn địa phương ngày 22 tháng 11 năm 2019;"), authority)
    assert [d.symbol for d in found.documents] == ["47/2019/QH14"]


def test_a_known_laws_day_with_its_year_mistyped_and_two_numbers_after_cac(authority):
    _, docs = cite("Căn cứ Luật Phòng, chống thiên tai ngày 19/6/2016;", authority)
    assert [(d.symbol, d.date) for d in docs.values()] == [("33/2013/QH13", "2013-06-19")]
    quotes, _ = cite("Ban Chỉ đạo đã có các công điện số 21 và 23 chỉ đạo Công ty thủy điện Hòa Bình mở cửa xả.")
    assert [q for q, _ in quotes] == ["công điện số 21", "23"]
    assert [q for q, _ in cite("Có các nghị quyết số 21 và 23 người tham gia.")[0]] == ["nghị quyết số 21"]


def test_an_underscore_in_a_symbol_and_so_without_its_tone():
    assert [q for q, _ in cite("Theo Công văn 2455/TCT_DNNCN về hộ kinh doanh.")[0]] == ["Công văn 2455/TCT_DNNCN"]
    assert cite("thực hiện Quy định sô 294-QĐ/TW của Bộ Chính trị")[0] == [("Quy định sô 294-QĐ/TW", "dang/tw/quy-dinh/-/294")]


def test_a_legislatures_symbol_with_a_year_outside_its_term():
    from trichdan.loaders.symbols import parse
    assert parse("112/2005/QH13").year is None and parse("112/2005/QH13").lost_year == "2005"  # QH13 sat 2011–2016
    assert parse("112/2015/QH13").year == 2015
    quotes, docs = cite("NGHỊ QUYẾT 112/2005/QH13 VỀ ĐẤT ĐAI\nQuốc hội ban hành Nghị quyết số 112/2015/QH13 về đất đai.")
    assert {key for _, key in quotes} == {"nn/qh/nghi-quyet/2015/112"}


def test_a_province_after_a_laws_name_is_no_word_of_it(authority):
    from trichdan.loaders.pipeline import extract
    from trichdan.loaders.sources import Source
    found = extract(Source("t.txt", "Quyết định 1735/QĐ-UBND tăng cường thực hiện Luật Trách nhiệm bồi thường Bình Phước\n"
                                    "Đề án thực hiện Luật Trách nhiệm bồi thường của Nhà nước trong quản lý hành chính."),
                    authority)
    assert {c.text for c in found.citations if c.text.startswith("Luật")} == {
        "Luật Trách nhiệm bồi thường", "Luật Trách nhiệm bồi thường của Nhà nước"}
    assert len({d.key for d in found.documents if d.type == "Luật"}) == 1
    found = extract(Source("t.txt", "Theo Luật Thủ đô Hà Nội, thành phố được phân cấp."), authority)
    assert [d.name for d in found.documents] == ["Thủ đô"]


# --- real batch extra-282 … extra-289 ------------------------------------------------------------------------------

def test_a_law_word_inside_a_persons_name_is_no_law():
    cited, _ = cite("Công an đã bắt Lê Doãn Dương và Nguyễn Minh Luật Phú (cùng quê Quảng Trị) để điều tra.")
    assert cited == []
    cited, _ = cite("Theo Luật Đất đai năm 2024 và Bộ Luật Hình sự năm 2015 thì …")
    assert [quote for quote, _ in cited] == ["Luật Đất đai năm 2024", "Bộ Luật Hình sự năm 2015"]


def test_numbers_with_their_years_listed_after_one_type_word():
    cited, docs = cite("Nghị định 147 thay thế cho nghị định 72/2013 và 27/2018.")
    assert [(quote, docs[key].number, docs[key].year) for quote, key in cited][1:] == [
        ("nghị định 72/2013", 72, 2013), ("27/2018", 27, 2018)]


def test_a_pages_own_old_symbol_without_a_slash_over_its_heading():
    cited, docs = cite("Số: 194-HĐBT\nHà Nội, ngày 09 tháng 12 năm 1982\nQUYẾT ĐỊNH\nCỦA HỘI ĐỒNG BỘ TRƯỞNG")
    assert [(quote, docs[key].type, docs[key].issuer) for quote, key in cited] == [
        ("194-HĐBT", "Quyết định", "Hội đồng Bộ trưởng")]
    assert cite("Tổng Công ty Sông Đà 8 - CTCP nhận giải.")[0] == []  # a symbol alone has its slash


def test_the_number_over_an_attachments_heading_is_the_issuing_documents():
    cited, docs = cite("Số: 45/2013/QĐ-TTg\nHà Nội, ngày 25 tháng 07 năm 2013\nQUY CHẾ\nĐiều hành hoạt động tại các cửa "
                       "khẩu\n(Ban hành kèm theo Quyết định số 45/2013/QĐ-TTg ngày 25 tháng 07 năm 2013)")
    assert {docs[key].type for _, key in cited} == {"Quyết định"}
    cited, docs = cite("Số: 12/2020/QĐ-UBND\nQUY CHẾ\nLàm việc\n(Ban hành kèm theo Quyết định số 3/2020/QĐ-UBND)")
    assert docs[cited[0][1]].type == "Quy chế"  # another number: the heading's


def test_the_1981_law_on_the_council_of_ministers_by_its_name_in_lower_case(authority):
    citations, documents = resolve_citations(get_citations(normalize(
        "Căn cứ điều 16 của Luật tổ chức Hội đồng bộ trưởng ngày 4-7-1981;"), names=authority.names), HA_TINH, authority)
    assert [(c.text, c.document) for c in citations] == [
        ("Luật tổ chức Hội đồng bộ trưởng ngày 4-7-1981", "nn/qh/luat/1981/to-chuc-hoi-dong-bo-truong")]


def test_a_number_with_its_year_keeps_that_much_of_its_symbol_or_its_circulars_whole():
    cited, docs = cite("Theo Thông tư 50/2025 của Bộ Công Thương, Quyết định 53/2012 của Thủ tướng và Thông tư 15/2020.")
    assert [docs[key].symbol for _, key in cited] == ["50/2025/TT-BCT", "53/2012", "15/2020"]


def test_a_law_named_by_the_initials_of_its_two_phrases(authority):
    text = ("Luật PCCC&CNCH có hiệu lực; Luật PCCC và CNCH thay Luật PCCC năm 2001. Theo Luật TNBTCNN và BLDS 2015 thì "
            "Nhà nước bồi thường. UBND tỉnh triển khai Luật Phòng cháy, chữa cháy (PCCC) và cứu nạn, cứu hộ (CNCH).")
    citations, _ = resolve_citations(get_citations(normalize(text), names=authority.names), HA_TINH, authority,
                                     as_of="2025-09-25")
    assert [(c.text, c.document) for c in citations] == [
        ("Luật PCCC&CNCH", "nn/qh/luat/2024/55"), ("Luật PCCC và CNCH", "nn/qh/luat/2024/55"),
        ("Luật PCCC năm 2001", "nn/qh/luat/2001/27"),
        ("Luật TNBTCNN", "nn/qh/luat/2017/10"), ("BLDS 2015", "nn/qh/bo-luat/2015/91"),  # two documents, not one name
        ("Luật Phòng cháy, chữa cháy (PCCC) và cứu nạn, cứu hộ", "nn/qh/luat/2024/55")]  # initials defined inside it


def test_batch_forty_two_codes_plenums_and_a_typed_symbol_again():
    cited, docs = cite("Kết luận kiểm tra số 461/KLKT-TTra ngày 5/4/2023 và công văn số 929/TTra ngày 30/10/2014.")
    assert [docs[key].symbol for _, key in cited] == ["461/KLKT-TTra", "929/TTra"]  # not "TTr" and a glued "a"
    cited, docs = cite("Thực hiện Nghị quyết Hội nghị lần thứ 10 Ban Chấp hành Tổng Liên đoàn Lao động Việt Nam khóa X.")
    assert [(docs[key].issuer, docs[key].term) for _, key in cited] == [("Tổng Liên đoàn Lao động Việt Nam", "X")]
    cited, docs = cite("Thực hiện Nghị quyết V Ban chấp hành Trung ương Đảng (khóa VIII) về văn hóa.")
    assert [key for _, key in cited] == ["dang/tw/nghi-quyet/viii/hntw-5"]
    cited, docs = cite("Công văn 5736/CT-QLN của Cục Thuế về nợ thuế.\nSố hiệu:5736/CT-QLNNgày đăng công báo:")
    assert [(quote, docs[key].type) for quote, key in cited] == [
        ("Công văn 5736/CT-QLN", "Công văn"), ("5736/CT-QLN", "Công văn")]  # "CT" here is the Cục Thuế


def test_an_issuer_named_by_its_level_word_alone_is_the_province_its_sentence_names_before():
    from trichdan.loaders.article import parse_article
    from trichdan.loaders.locality import SentenceProvinces
    from trichdan.loaders.places import find_places
    text = normalize("Theo kế hoạch, Thành phố Hồ Chí Minh thu phí theo Nghị quyết 15/2023/NQ-HĐND ngày 19/9/2023 của "
                     "HĐND Thành phố.")
    places, _ = find_places(parse_article("a.txt", text))
    _, documents = resolve_citations(get_citations(text), Locality(province="Hà Nội", site="Hà Nội"), None,
                                     sentences=SentenceProvinces(text, places))
    assert [d.scope for d in documents] == ["Hồ Chí Minh"]  # not the Hà Nội paper's city
    text = normalize("- Nghị quyết 241/NQ-HĐND năm 2023 điều chỉnh Chương trình phát triển nhà ở tỉnh Lâm Đồng ban hành kèm "
                     "theo Nghị quyết 215/NQ-HĐND\n- Nghị quyết 12/NQ-HĐND về nhà ở xã hội.")
    places, _ = find_places(parse_article("a.txt", text))
    _, documents = resolve_citations(get_citations(text), Locality(province="Thanh Hóa", site="Thanh Hóa"), None,
                                     sentences=SentenceProvinces(text, places))
    assert [d.scope for d in documents] == ["Lâm Đồng", "Lâm Đồng", "Thanh Hóa"]  # a symbol's issuer, unnamed: the
    # province its title names, else the one its sentence names before it, else the site's



def test_a_symbol_spaced_out_with_its_year_and_legislature():
    cited, docs = cite("Căn cứ Nghị quyết số 31 1999 QH10 của Quốc hội; Kế hoạch số 15 2020 UBND tỉnh ban hành.")
    assert [docs[key].symbol for _, key in cited] == ["31/1999/QH10", None]  # but no issuer's initials after a year


def test_a_name_with_its_year_is_the_numbered_document_of_that_name_and_year():
    cited, docs = cite("Nội dung chính Luật sửa đổi, bổ sung Luật Thể dục thể thao năm 2018\n\nQuốc hội đã thông qua Luật "
                       "sửa đổi, bổ sung Luật Thể dục thể thao số 26/2018/QH14. Luật sửa đổi, bổ sung Luật Thể dục thể thao "
                       "năm 2019.")
    assert [docs[key].symbol for _, key in cited] == ["26/2018/QH14", "26/2018/QH14", None]  # not another year's


def test_an_issuer_named_by_its_code_is_named_in_full():
    _, docs = cite("Theo Công văn số 11554/VPCP-V.I ngày 25/11/2025 của VPCP và Thông tư 02 của NHNN.")
    assert [d.issuer for d in docs.values()] == ["Văn phòng Chính phủ", "Ngân hàng Nhà nước Việt Nam"]


def test_a_bare_number_of_a_list_is_the_document_the_article_numbers_in_full():
    cited, _ = cite("Căn cứ các Nghị định của Chính phủ: số 117/2007/NĐ-CP ngày 11/7/2007 về sản xuất nước sạch; số "
                    "124/2011/NĐ-CP về sửa đổi, bổ sung một số điều của Nghị định 117; số 210/2013/NĐ-CP về chính sách.")
    assert [key for quote, key in cited if quote == "Nghị định 117"] == ["nn/cp/nghi-dinh/2007/117"]  # not 117/2013
    cited, _ = cite("Quyết định 217, 218-QĐ/TW ngày 12/12/2013 của Bộ Chính trị.")
    assert [key for _, key in cited] == ["dang/tw/quyet-dinh/xi/217", "dang/tw/quyet-dinh/xi/218"]


def test_misprinted_words_of_names():
    cited, docs = cite("Căn cứ Hiến pháp nước Cộng hịa xã hội chủ nghĩa Việt Nam năm 1992 và Luật Tổ chức Chính phù năm 2015.")
    assert [docs[key].type for _, key in cited] == ["Hiến pháp", "Luật"]
    assert [docs[key].year for _, key in cited] == [1992, 2015]


def test_a_pages_time_stamp_is_no_documents_date():
    cited, docs = cite("21 phó giám đốc sở nghỉ việc theo Nghị định 178 19/09/2025 15:52\n\nSở Nội vụ báo cáo tình hình "
                       "thực hiện Nghị định 178/2024/NĐ-CP (Nghị định 178) của Chính phủ.")
    assert {key for _, key in cited} == {"nn/cp/nghi-dinh/2024/178"}
    _, docs = cite("Thực hiện Quyết định số 12 ngày 19/09/2025 của UBND tỉnh.")
    assert [d.date for d in docs.values()] == ["2025-09-19"]


def test_an_old_central_symbol_spaced_after_its_number():
    cited, docs = cite("Theo Nghị quyết 120 HĐBT ngày 15-6-1992 và Nghị định số 64 CP ngày 27-9-1993; Quyết định 135 TTg "
                       "và Quyết định số 15 UBND tỉnh.")
    assert [(docs[key].symbol, docs[key].issuer) for _, key in cited] == [
        ("120/HĐBT", "Hội đồng Bộ trưởng"), ("64/CP", "Chính phủ"),  # as "120-HĐBT", "64-CP" are
        ("135/TTg", "Thủ tướng Chính phủ"), (None, None)]  # but not a local issuer's initials


@pytest.mark.parametrize("text, quote", [
    ("Luật Đất đai Những điểm mới cần biết", "Luật Đất đai"),  # a headline's next clause after a known name
    ("Luật Đất đai Các quy định mới về bồi thường", "Luật Đất đai"),
    ("Luật Thanh niên Những điểm mới", "Luật Thanh niên"),  # and after a name the grammar reads
    ("Luật Các tổ chức tín dụng năm 2024", "Luật Các tổ chức tín dụng năm 2024"),  # a name may begin with one
])
def test_a_laws_name_ends_before_a_clause_opener(authority, text, quote):
    assert [r.text for r in get_citations(normalize(text), names=authority.names)] == [quote]


def test_a_revised_name_beside_the_law_amending_that_name_is_that_amending_law():
    found, docs = cite("Căn cứ Luật Điện lực ngày 03 tháng 12 năm 2004 và Luật sửa đổi, bổ sung một số điều của Luật Điện "
                       "lực ngày 20 tháng 11 năm 2012; hướng dẫn Luật điện lực và Luật điện lực sửa đổi.")
    assert len({k for q, k in found if "sửa đổi" in q}) == 1 and len(docs) == 2


@pytest.mark.parametrize("text, quote", [
    ("thuộc thẩm quyền của HĐND tỉnh Số: 250/2016/TT-BTC Luật Hợp tác xã Số: 23/2012/QH13 Quy định chi tiết",
     "Luật Hợp tác xã"),  # a list's next item, "Số:" and its number
    ("quy định chi tiết một số điều của Luật BHXH về BHXH tự nguyện.", "Luật BHXH"),  # what it says about
])
def test_where_a_laws_name_ends(authority, text, quote):
    assert quote in [r.text for r in get_citations(text, names=authority.names)]


def test_a_short_name_defined_without_la_after_a_quoted_name(authority):
    text = normalize("Dù “Luật Hiến, lấy, ghép mô, bộ phận cơ thể người và hiến, lấy xác” (gọi tắt Luật Hiến, ghép tạng) "
                     "quy định rõ quyền lợi.")
    citations, documents = resolve_citations(get_citations(text, names=authority.names), HA_TINH, authority)
    assert len(citations) == 2 and [d.key for d in documents] == ["nn/qh/luat/2006/75"]


def test_a_known_name_with_and_for_its_last_comma(authority):
    text = "Căn cứ Luật Nhập cảnh, xuất cảnh, quá cảnh và cư trú của người nước ngoài tại Việt Nam ngày 16 tháng 6 năm 2014;"
    citations, documents = resolve_citations(get_citations(text, names=authority.names), HA_TINH, authority)
    assert [d.key for d in documents] == ["nn/qh/luat/2014/47"] and citations[0].text.endswith("năm 2014")
