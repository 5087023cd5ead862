"""Article zoning: dateline, source, title, lead, captions, byline and web boilerplate."""

from trichdan.loaders.article import parse_article
from trichdan.loaders.model import Locality
from trichdan.loaders.people import people_and_organizations

PAGE = """Cập nhật: 08:15 14/03/2023
(Baonghean.vn) - Sáng 13/3, Huyện ủy Diễn Châu tổ chức hội nghị sơ kết công tác dân vận quý I.

Diễn Châu sơ kết công tác dân vận quý I

Sáng 13/3, Huyện ủy Diễn Châu tổ chức hội nghị sơ kết công tác dân vận. Hội nghị đánh giá kết quả thực hiện Chỉ thị 30-CT/TW.

Diễn Châu sơ kết công tác dân vận quý I

Bí thư Huyện ủy phát biểu chỉ đạo hội nghị.

Các đại biểu thảo luận sôi nổi về những giải pháp nâng cao hiệu quả công tác dân vận trong thời gian tới, nhất là ở cơ sở.

MINH CHÂU

Tin liên quan:
 {name} - {time}
 Trả lời
0 bình luận
Quyết định 99-QĐ/TW: những điều cần biết
Hãy chia sẻ với bạn bè!
Thống kê: 1.234.567
Online: 95
"""


def zones(article, kind):
    return [article.text[z.start:z.end] for z in article.zones if z.kind == kind]


def test_metadata():
    article = parse_article("a.txt", PAGE)
    assert article.published == "2023-03-14T08:15"
    assert article.source == "baonghean.vn"
    assert article.title == "Diễn Châu sơ kết công tác dân vận quý I"
    assert article.authors == ["Minh Châu"]


def test_zones():
    article = parse_article("a.txt", PAGE)
    assert zones(article, "dateline") == ["Cập nhật: 08:15 14/03/2023"]
    assert zones(article, "caption") == ["Bí thư Huyện ủy phát biểu chỉ đạo hội nghị."]
    assert zones(article, "byline") == ["MINH CHÂU"]
    boilerplate = " ".join(zones(article, "boilerplate"))
    assert "Quyết định 99-QĐ/TW" in boilerplate and "Thống kê" in boilerplate
    assert all("Tin liên quan" not in article.text[z.start:z.end] for z in article.content_zones())


def test_dateline_forms():
    for line, iso in (("15:46 25/06/2024", "2024-06-25T15:46"), ("Thứ Ba, 27/12/2022 - 11:42", "2022-12-27T11:42"),
                      ("27/12/2022", "2022-12-27"), ("Thứ Ba, 16/05/2023, 11:08 [GMT+7]", "2023-05-16T11:08"),
                      ("Thứ Ba, 16/05/2023, 11:08 (GMT+7)", "2023-05-16T11:08")):
        assert parse_article("a.txt", f"Tiêu đề bài viết\n{line}\nNội dung bài viết dài hơn một câu.").published == iso


def test_a_date_marked_before_the_title():
    article = parse_article("a.txt", "URL: https://baophutho.vn/a.htm\n\n date 2025-12-24 Đồng chí Phó Bí thư Tỉnh ủy "
                                     "làm việc với Đảng bộ xã Vạn Xuân\n\nChiều 23/12, đồng chí Phó Bí thư Tỉnh ủy đã đến.")
    assert article.published == "2025-12-24"
    assert article.title == "Đồng chí Phó Bí thư Tỉnh ủy làm việc với Đảng bộ xã Vạn Xuân"
    assert parse_article("a.txt", " date 2025-06 Tổng kết\n\nNội dung bài viết.").published == "2025-06"
    assert parse_article("a.txt", "Tiêu đề\n\nBài viết date 2025-06-01 nói về …").published is None  # not leading


def test_offsets_point_into_normalised_text():
    article = parse_article("a.txt", "Tiêu đề\nTỉnh uỷ Hà Tĩnh ban hành Nghị quyết khoá XIX.\u200b")
    assert "Tỉnh ủy" in article.text and "khóa" in article.text and "\u200b" not in article.text
    for zone in article.zones:
        assert 0 <= zone.start <= zone.end <= len(article.text)


def test_initials_byline_and_container_metadata_win():
    article = parse_article("a.txt", "Nội dung bài viết về công tác dân vận ở cơ sở.\n\nĐTK", title="Tựa",
                            authors=["Thu Hà"])
    assert article.title == "Tựa" and article.authors == ["Thu Hà"]
    assert zones(parse_article("a.txt", "Nội dung bài viết về công tác dân vận ở cơ sở.\n\nĐTK"), "byline") == ["ĐTK"]


def test_a_tag_pages_heading_is_no_tail():
    page = ("URL: https://bao.vn/xu-ly-ngap-ung.html\n\nTag: xử lý ngập úng\n\n"
            "Tỉnh chi 50 tỉ đồng xử lý 3 điểm ngập ở thành phố Vĩnh Yên\n\n"
            "TTO - Sau nhiều lần mưa lớn, tỉnh Vĩnh Phúc đầu tư dự án xử lý ngập úng cục bộ tại 3 điểm.\n")
    article = parse_article("a.txt", page)
    assert zones(article, "boilerplate") == []  # the headlines and leads under it are the page's text
    tail = parse_article("a.txt", "Tiêu đề\n\nNội dung bài viết.\n\nNội dung khác.\n\nTag: xử lý ngập úng\n\nTin khác ngắn")
    assert "Tin khác ngắn" in zones(tail, "boilerplate")  # below the article, the tags end it


def test_navigation_menus_are_boilerplate():
    page = ("Báo Tỉnh\nTrang chủ | Giới thiệu | Tin tức - Sự kiện | Hỏi đáp\n"
            "Vinh | Cửa Lò | Thái Hòa | Diễn Châu\nQuận Ninh Kiều | Quận Bình Thủy | Huyện Cờ Đỏ\n"
            "Thứ Sáu, 21/02/2025 | 09:12 | Lượt đọc: 1.057\n"
            "Huyện ủy Diễn Châu tổ chức hội nghị sơ kết công tác dân vận quý I năm 2024.\n")
    article = parse_article("a.txt", page)
    boilerplate = zones(article, "boilerplate")
    assert "Vinh | Cửa Lò | Thái Hòa | Diễn Châu" in boilerplate
    assert "Quận Ninh Kiều | Quận Bình Thủy | Huyện Cờ Đỏ" in boilerplate
    assert "Trang chủ | Giới thiệu | Tin tức - Sự kiện | Hỏi đáp" in boilerplate
    # a line with digits (dates, counters) is no menu; nor are two labels
    assert "Thứ Sáu, 21/02/2025 | 09:12 | Lượt đọc: 1.057" not in boilerplate
    two = parse_article("a.txt", "Tiêu đề\nHà Tĩnh | Can Lộc\nNội dung bài viết dài hơn một câu.")
    assert "Hà Tĩnh | Can Lộc" not in zones(two, "boilerplate")


def test_a_sidebar_marker_above_the_article_does_not_end_it():
    body = ("Khoản 4 Điều 6 Nghị định số 130/2021/NĐ-CP ngày 30 tháng 12 năm 2021 của Chính phủ quy định xử phạt vi "
            "phạm hành chính trong lĩnh vực bảo trợ, cứu trợ xã hội; người vi phạm bị phạt tiền và buộc nộp lại số "
            "lợi bất hợp pháp có được do thực hiện hành vi vi phạm.")
    page = f"Tìm kiếm tin tức\nLiên kết website\nTin mới\nSở Tư pháp tổ chức hội nghị.\nThống kê truy cập\n{body}\n"
    assert body in zones(parse_article("a.txt", page), "body")
    tail = f"{body}\nTin liên quan\nHội nghị tổng kết công tác tư pháp năm 2024\nTập huấn nghiệp vụ hộ tịch\n"
    assert "Tập huấn nghiệp vụ hộ tịch" in zones(parse_article("a.txt", tail), "related")


def test_a_list_of_related_headlines_is_cited_from_but_not_the_articles_own_words():
    from trichdan.loaders.citations import get_citations
    from trichdan.loaders.places import find_places
    page = ("Hội nghị tiếp công dân\nSáng 5/3, Huyện ủy tổ chức hội nghị triển khai Quy định 11-QĐi/TW về việc người đứng "
            "đầu cấp ủy tiếp dân, đối thoại trực tiếp với dân và xử lý những phản ánh, kiến nghị của dân.\n"
            "Một dòng\nHai dòng\nTin cùng chuyên mục\nChính phủ ban hành Nghị định số 64/2026/NĐ-CP về tỉnh Hà Tĩnh\n"
            "Đánh giá:\nNghị định số 65/2026/NĐ-CP trong phần bình chọn\n")
    article = parse_article("a.txt", page)
    assert zones(article, "related") == ["Chính phủ ban hành Nghị định số 64/2026/NĐ-CP về tỉnh Hà Tĩnh"]
    assert [(r.symbol.text, r.zone) for r in get_citations(article.text, article.zones)] == [
        ("11-QĐi/TW", "body"), ("64/2026/NĐ-CP", "related")]  # a footer marker ends the list
    assert find_places(article)[0] == []  # the headline's place is another article's
    listed = parse_article("a.txt", page.replace("Nghị định số 64/2026/NĐ-CP về tỉnh Hà Tĩnh", "Luật Đất đai năm 2024 (28/02/2024)"))
    assert [r.date for r in get_citations(listed.text, listed.zones) if r.zone == "related"] == ["2024"]  # posted, not passed



def test_a_link_to_one_related_article_inside_the_text_does_not_end_it():
    lead = "Hội Khuyến học tỉnh triển khai chương trình học tập suốt đời cho cán bộ và hội viên ở cơ sở."
    last = "Xem chi tiết tại Quyết định 387/QĐ-TTg có hiệu lực từ ngày 25/3/2022 của Thủ tướng Chính phủ."
    page = (f"Tiêu đề\n{lead}\nMục tiêu\nMột câu ngắn\nXem Thêm  03 gói thuốc điều trị tại nhà và hướng dẫn sử dụng\n"
            f"– 40% cán bộ làm công tác khuyến học cấp xã tham gia tổ chức các hoạt động của trung tâm học tập.\n{last}\n")
    article = parse_article("a.txt", page)
    assert last not in zones(article, "boilerplate")
    assert "Xem Thêm  03 gói thuốc điều trị tại nhà và hướng dẫn sử dụng" in zones(article, "boilerplate")
    sentence = "Xem thêm tại Quyết định 4568/QĐ-UBND có hiệu lực thi hành từ ngày 14/10/2024."  # a sentence, no marker
    assert sentence not in zones(parse_article("a.txt", f"Tiêu đề\n{lead}\nMột dòng\nHai dòng\n{sentence}\n"), "boilerplate")
    tail = f"Tiêu đề\n{lead}\nMột dòng\nHai dòng\nXem thêm: Tỉnh ủy tổng kết công tác năm\nTập huấn nghiệp vụ hộ tịch\n"
    assert "Tập huấn nghiệp vụ hộ tịch" in zones(parse_article("a.txt", tail), "boilerplate")  # a list of titles


FOOTER_PAGE = """Kiểm soát quyền lực trong công tác cán bộ

Công tác cán bộ là khâu then chốt. Quy định số 114-QĐ/TW ngày 11/7/2023 của Bộ Chính trị về kiểm soát quyền lực trong công tác cán bộ đã được triển khai nghiêm túc ở các cấp.

Ba là, xử lý nghiêm người đứng đầu để xảy ra sai phạm trong công tác cán bộ, không có vùng cấm, không có ngoại lệ.

{footer}
"""
FOOTERS = [
    "Tòa soạn: 105 Quán Thánh, quận Ba Đình, Hà Nội - ĐT: 080.44xxx",
    "Địa chỉ: 52 Hùng Vương, phường Trần Phú, TP Quảng Ngãi",
    "Điện thoại: 0255.3822.185 - Email: bbt@quangngai.gov.vn",
    "Giấy phép số 226/GP-BTTTT ngày 12/5/2021 của Bộ Thông tin và Truyền thông",
    "© Cổng thông tin điện tử Mặt trận Tổ quốc Việt Nam. Điện thoại: 024.3822.xxxx",
    "Bản quyền thuộc về Báo Cà Mau. Ghi rõ nguồn khi phát hành lại thông tin từ website này.",
]


def test_publisher_footer_is_boilerplate():
    """The address, phones, licence and copyright lines under an article are web furniture: no citation
    ("Giấy phép số 226/GP-BTTTT"), place or person is read from them, whether or not a "Tin liên quan"
    list marks the end of the article."""
    from trichdan.loaders.citations import get_citations
    for footer in FOOTERS:
        article = parse_article("a.txt", FOOTER_PAGE.format(footer=footer))
        assert zones(article, "boilerplate") == [footer], footer
        assert [r.symbol.text for r in get_citations(article.text, article.zones)] == ["114-QĐ/TW"]


def test_a_body_sentence_about_a_licence_or_address_is_no_footer():
    text = FOOTER_PAGE.format(footer="Giấy phép xây dựng được cấp trong 15 ngày, theo Nghị định 15/2021/NĐ-CP của Chính phủ về quản lý dự án.")
    article = parse_article("a.txt", text)
    assert zones(article, "boilerplate") == []


def test_wrapped_paragraphs_are_one_zone():
    page = ("Số: 12/TB-VPCP\n|\nHà\nNội, ngày 5 tháng 3 năm 2021\n|\n"
            "Sáng ngày 4 tháng 3 năm 2021, tại trụ sở Chính phủ, Phó Thủ tướng chủ trì cuộc họp với\n"
            "các bộ, ngành về công tác chuẩn bị; dự có Bộ trưởng Bộ Tư pháp Lê Văn\nMinh, Trưởng Ban\n"
            "Dân vận Trung ương Hà Văn Hòa và các đại biểu.\n"
            "Cuộc họp thống nhất như sau:\n- Các bộ khẩn trương rà soát\nvà báo cáo trước ngày 10.\n"
            "Điều 2. Thông báo này gửi các cơ quan liên quan\nđể thực hiện.\n")
    article = parse_article("a.txt", page)
    texts = [article.text[z.start:z.end] for z in article.zones]
    assert "Hà\nNội, ngày 5 tháng 3 năm 2021" in texts
    assert any(t.startswith("Sáng ngày 4") and t.endswith("các đại biểu.") for t in texts)
    assert "- Các bộ khẩn trương rà soát\nvà báo cáo trước ngày 10." in texts  # a list item starts a zone
    assert "Cuộc họp thống nhất như sau:" in texts


def test_a_name_under_its_post_and_signature_blocks_are_one_zone():
    article = parse_article("a.txt", "Luật này có hiệu lực từ ngày 1 tháng 7 năm 2004.\n\nChủ tịch Quốc hội\n"
                                     "NGUYỄN VĂN AN\n")
    assert "Chủ tịch Quốc hội\nNGUYỄN VĂN AN" in [article.text[z.start:z.end] for z in article.zones]
    block = "T/M BAN CHẤP HÀNH TRUNG ƯƠNG\n\nTỔNG BÍ THƯ\n\n(đã ký)\n\nNông Đức Mạnh"
    article = parse_article("a.txt", f"Quyết định này có hiệu lực từ ngày ký.\n\n{block}\n\nNơi nhận: các tỉnh ủy.\n")
    assert block in [article.text[z.start:z.end] for z in article.zones]


def test_a_name_cut_by_a_line_break_is_one_zone():
    page = ("Hội nghị tổng kết được tổ chức tại Thái Bình.\n\nPhát biểu chỉ đạo, đồng chí Phạm Văn\n"
            "Tuấn, Bí thư Tỉnh ủy nhấn mạnh.\nDự hội nghị có ông Đặng\nThanh Giang, Chủ tịch UBND tỉnh.\n"
            "Báo cáo của Nguyễn Văn\n\nMột số kết quả nổi bật\n")
    article = parse_article("a.txt", page)
    texts = [article.text[z.start:z.end] for z in article.zones]
    assert "Phát biểu chỉ đạo, đồng chí Phạm Văn\nTuấn, Bí thư Tỉnh ủy nhấn mạnh." in texts
    assert "Dự hội nghị có ông Đặng\nThanh Giang, Chủ tịch UBND tỉnh." in texts
    assert "Báo cáo của Nguyễn Văn" in texts  # a blank line is no break inside a name
    people, _ = people_and_organizations(article, Locality(province="Thái Bình"))
    assert {"Phạm Văn Tuấn", "Đặng Thanh Giang"} <= {p.name for p in people}


def test_page_address_line():
    article = parse_article("a.txt", "URL: https://www.baohatinh.vn/chinh-tri/tin-123.html\n\nTiêu đề tin\n\n"
                                     "Nội dung bài viết về công tác dân vận ở cơ sở.\n")
    assert article.url == "https://www.baohatinh.vn/chinh-tri/tin-123.html"
    assert article.source == "baohatinh.vn" and article.title == "Tiêu đề tin"
    assert zones(article, "dateline") == ["URL: https://www.baohatinh.vn/chinh-tri/tin-123.html"]  # not its words


def test_menus_of_administrative_units_are_boilerplate():
    menu = ["An Giang", "Bắc Ninh", "Cà Mau", "Đà Nẵng", "Hà Nội", "Hà Tĩnh", "Nghệ An", "Thanh Hóa"]
    page = "\n".join(f"  • {name}" for name in menu) + "\n\nHuyện ủy Can Lộc sơ kết công tác dân vận quý I.\n"
    article = parse_article("a.txt", page)
    assert len(zones(article, "boilerplate")) == len(menu)
    signers = parse_article("a.txt", "Danh sách khen thưởng:\nNguyễn Văn An\nTrần Thị Bình\nLê Văn Cường\n"
                                     "Phạm Thị Dung\nHoàng Văn Em\nVõ Thị Gấm\n")
    assert zones(signers, "boilerplate") == []  # short lines that are no units stay


def test_captions_with_photo_credits():
    page = ("Huyện ủy Can Lộc tổng kết công tác dân vận năm 2023. Hội nghị triển khai nhiệm vụ năm 2024.\n\n"
            "Đại biểu dự hội nghị. Ảnh: Thu Hà\n\n"
            "Đồng chí Bí thư Huyện ủy trao bằng khen cho các tập thể, thành phố Hà Tĩnh_Ảnh: TTXVN\n\n"
            "Hội nghị kéo dài một ngày. Các đại biểu thảo luận sôi nổi.\n\n"
            "Lan Anh – Minh Châu\n\nTrả lời\n\nEmail của bạn sẽ không được hiển thị công khai.\n")
    article = parse_article("a.txt", page)
    assert zones(article, "caption") == ["Đại biểu dự hội nghị. Ảnh: Thu Hà",
                                         "Đồng chí Bí thư Huyện ủy trao bằng khen cho các tập thể, thành phố Hà "
                                         "Tĩnh_Ảnh: TTXVN"]
    assert "Hội nghị kéo dài một ngày. Các đại biểu thảo luận sôi nổi." in zones(article, "body")
    assert article.authors == ["Lan Anh", "Minh Châu"]


def test_a_source_in_brackets_before_a_colon():
    article = parse_article("a.txt", "Kết quả phối hợp\n(Thanhhoa.dcs.vn): Thực hiện Hướng dẫn của Ban Thường trực, các "
                                     "cấp đã triển khai nhiều nội dung.\n")
    assert article.source == "thanhhoa.dcs.vn"
    assert zones(article, "source") == ["(Thanhhoa.dcs.vn): "]
    assert parse_article("a.txt", "Tiêu đề\n(Ảnh:Thu Hà) trên đường.\n").source is None  # no space after the colon
