"""The symbol grammar: every form in the issue, canonical spelling, and what is not a symbol."""

import pytest

from trichdan.loaders.normalize import normalize
from trichdan.loaders.symbols import parse

CANONICAL = {
    "99-QĐ/TW": ("99-QĐ/TW", "party", "Quyết định"),
    "99 - QĐ/TƯ": ("99-QĐ/TW", "party", "Quyết định"),
    "218 – QĐ/TW": ("218-QĐ/TW", "party", "Quyết định"),
    "217 QĐ/ TW": ("217-QĐ/TW", "party", "Quyết định"),
    "99/QĐ-TW": ("99-QĐ/TW", "party", "Quyết định"),
    "60/NQ-TW": ("60-NQ/TW", "party", "Nghị quyết"),
    "5-CT/T.Ư": ("05-CT/TW", "party", "Chỉ thị"),
    "11-QÐi/TW": ("11-QĐi/TW", "party", "Quy định"),
    "36-HD/VPTW": ("36-HD/VPTW", "party", "Hướng dẫn"),
    "07-ĐA/TU": ("07-ĐA/TU", "party", "Đề án"),
    "03-CTr/TU": ("03-CTr/TU", "party", "Chương trình"),
    "84-QĐ/TWĐTN": ("84-QĐ/TWĐTN", "party", "Quyết định"),
    "07-TT/TU": ("07-TT/TU", "party", "Thông tri"),
    "04/2015/NĐ-CP": ("04/2015/NĐ-CP", "state", "Nghị định"),
    "55/2005/TTLT-BNV-VPCP": ("55/2005/TTLT-BNV-VPCP", "state", "Thông tư liên tịch"),
    "01/2024/NQ-HĐND": ("01/2024/NQ-HĐND", "state", "Nghị quyết"),
    "1458/QĐ-UBND": ("1458/QĐ-UBND", "state", "Quyết định"),
    "1163/QĐ-TTg": ("1163/QĐ-TTg", "state", "Quyết định"),
    "10/2022/QH15": ("10/2022/QH15", "state", "Luật"),
    "34/2007/PL-UBTVQH11": ("34/2007/PL-UBTVQH11", "state", "Pháp lệnh"),
    "34/2007/PL-UBTVQH XI": ("34/2007/PL-UBTVQH11", "state", "Pháp lệnh"),
    "2023/KH-UBND": ("2023/KH-UBND", "state", "Kế hoạch"),
    "04/2023/TT-BNV": ("04/2023/TT-BNV", "state", "Thông tư"),
    "1613/UBND-KGVX": ("1613/UBND-KGVX", "state", None),
    "99-QĐ/\nTW": ("99-QĐ/TW", "party", "Quyết định"),
    "112-KH/MTTQ-BTT": ("112-KH/MTTQ-BTT", "party", "Kế hoạch"),  # a sub-unit of the issuer
    "15-HD/MTTQ–BTT": ("15-HD/MTTQ-BTT", "party", "Hướng dẫn"),
    "08-TB/VPTU-TH": ("08-TB/VPTU-TH", "party", "Thông báo"),
    # real spellings: separators missing, doubled or replaced, codes in another case, codes glued together
    "282/QĐ TTg": ("282/QĐ-TTg", "state", "Quyết định"),
    "61/2018/NĐCP": ("61/2018/NĐ-CP", "state", "Nghị định"),
    "01/2018/TTVPCP": ("01/2018/TT-VPCP", "state", "Thông tư"),
    "2468/QĐUBND": ("2468/QĐ-UBND", "state", "Quyết định"),
    "105/1999/QĐUB": ("105/1999/QĐ-UB", "state", "Quyết định"),  # "UB": the people's committee's code before 2004
    "010094/UBND-TH": ("10094/UBND-TH", "state", None),  # zeros before the number
    "64B-HĐBT": ("64B/HĐBT", "state", None),  # a capital letter after the number, before a hyphen
    "32/2024/ND-CP": ("32/2024/NĐ-CP", "state", "Nghị định"),  # "D" for "Đ"
    "2498/QD-UBND": ("2498/QĐ-UBND", "state", "Quyết định"),
    "82/2018/NQ-HDND": ("82/2018/NQ-HĐND", "state", "Nghị quyết"),
    "12/KD-UBND": ("12/KD-UBND", "state", None),  # no known code with "Đ" for its "D": as written
    "22/2014/TTBNNPTNT": ("22/2014/TT-BNNPTNT", "state", "Thông tư"),  # a ministry's second code, glued
    "12/2019/TT-BGD&ĐT": ("12/2019/TT-BGDĐT", "state", "Thông tư"),  # a known code written with "&"
    "22/SNN&PTNT-KH": ("22/SNNPTNT-KH", "state", None),
    "59/2012/TT-BGD &ĐT": ("59/2012/TT-BGDĐT", "state", "Thông tư"),  # a space beside its "&"
    "73/TTr-SGD & ĐT": ("73/TTr-SGDĐT", "state", "Tờ trình"),
    "214 NQ/UBTVQH9": ("214/NQ-UBTVQH9", "state", "Nghị quyết"),
    "30c/NQCP": ("30c/NQ-CP", "state", "Nghị quyết"),
    "03-Ctr/TU": ("03-CTr/TU", "party", "Chương trình"),
    "17-CtrHĐ/TU": ("17-CTrHĐ/TU", "party", "Chương trình"),  # a Chương trình hành động
    "101/QĐ-TTG": ("101/QĐ-TTg", "state", "Quyết định"),
    "183/2010/TTLT/BTC-BNN": ("183/2010/TTLT-BTC-BNN", "state", "Thông tư liên tịch"),
    "19/2008/NQLT/CP-UBTUMTTQVN": ("19/2008/NQLT-CP-UBTUMTTQVN", "state", "Nghị quyết liên tịch"),
    "2569-QĐNS/TW": ("2569-QĐNS/TW", "party", "Quyết định"),
    "04 - QĐNS/TW": ("04-QĐNS/TW", "party", "Quyết định"),
    "147-CTHĐ/TU": ("147-CTHĐ/TU", "party", "Chương trình"),
    "1063/CĐ-TTg": ("1063/CĐ-TTg", "state", "Công điện"),
    "24/KH-BTGTU": ("24-KH/BTGTU", "party", "Kế hoạch"),  # a board of the Tỉnh ủy signs Party-style
    "2027-CV/BTC": ("2027-CV/BTC", "party", "Công văn"),  # Party layout: a committee's Ban Tổ chức, not Bộ Tài chính
    "05/CT BCA V28": ("05/CT-BCA-V28", "state", "Chỉ thị"),
    # công văn: an issuer outside the tables, a unit after it, "&" in a unit
    "126/SKHĐT": ("126/SKHĐT", "state", None),
    "808/UBDT-TT": ("808/UBDT-TT", "state", None),
    "2231/SNV-CCHC&PC": ("2231/SNV-CCHC&PC", "state", None),
    "16/QĐ-CSĐT(CSKT)": ("16/QĐ-CSĐT-CSKT", "state", "Quyết định"),  # a unit in brackets
    "01/NĐTTG": ("01/NĐ-TTg", "state", "Nghị định"),  # a code glued to an issuer in capitals
    "245/TTr.DSGĐTE": ("245/TTr-DSGĐTE", "state", "Tờ trình"),  # a dot between codes
    "7080/TTr .UBND": ("7080/TTr-UBND", "state", "Tờ trình"),  # a space before it
    "06- CTr/QƯ": ("06-CTr/QU", "party", "Chương trình"),  # "Ư" for "U" in a Quận ủy's code
    "2735/VPCP - QHĐP": ("2735/VPCP-QHĐP", "state", None),  # a state-style unit after a spaced hyphen
    "72/2025/NQLT/UBTVQH15-CP- ĐCTUBTWMTTQVN": ("72/2025/NQLT-UBTVQH15-CP-ĐCTUBTWMTTQVN", "state", "Nghị quyết liên tịch"),
    "3287UBND-VX": ("3287/UBND-VX", "state", None),  # an issuer glued to the number, a unit after it
    "09NQTW": ("09-NQ/TW", "party", "Nghị quyết"),  # no separator at all
    "6732/UBND-Y": ("6732/UBND-Y", "state", None),  # a unit of one letter, after a hyphen
    "524/VSDTTƯ-TCQG": ("524/VSDTTƯ-TCQG", "state", None),  # a state body's own "TƯ": not the Party's "TW"
    "24/KH-BTGTƯ": ("24-KH/BTGTW", "party", "Kế hoạch"),  # but a Party board's is
    "31/CT.UBT.93": ("31/CT.UBT.93", "state", None),  # a 1990s local symbol: its year last, after a dot
    "3579/QĐ.TCCB-94": ("3579/QĐ.TCCB.94", "state", None),  # or after a hyphen ("QĐ.TCCB": one code, as written)
    "45-ct/tw": ("45-CT/TW", "party", "Chỉ thị"),  # a headline in lower case: the issuer too
    "27/nq-cp": ("27/NQ-CP", "state", "Nghị quyết"),
    "40 - HD/BTGTW – BCSĐBVHTTDL": ("40-HD/BTGTW-BCSĐBVHTTDL", "party", "Hướng dẫn"),  # a body's Party organ, joint
}


@pytest.mark.parametrize("written", CANONICAL)
def test_symbol_forms(written):
    symbol = parse(normalize(written))
    text, system, type_word = CANONICAL[written]
    assert symbol is not None
    assert (symbol.text, symbol.system, symbol.type_word) == (text, system, type_word)


def test_parts():
    symbol = parse("34/2007/PL-UBTVQH11")
    assert (symbol.number, symbol.year, symbol.code, symbol.issuer, symbol.legislature) == (34, 2007, "PL", "UBTVQH", 11)
    assert parse("1613/UBND-KGVX").unit == "KGVX"
    assert parse("2023/KH-UBND").number == 2023 and parse("2023/KH-UBND").year is None
    assert (parse("112-KH/MTTQ-BTT").issuer, parse("112-KH/MTTQ-BTT").unit) == ("MTTQ", "BTT")


def test_party_sub_unit_is_not_a_following_word():
    """Only capitals joined by a bare hyphen are a sub-unit: "02-NQ/TU - UBND", "99-QĐ/TW-Hà Nội" are not."""
    from trichdan.loaders.symbols import finditer
    assert [found.symbol.text for found in finditer("theo 02-NQ/TU - UBND tỉnh")] == ["02-NQ/TU"]
    assert [found.symbol.text for found in finditer("99-QĐ/TW-Hà Nội")] == ["99-QĐ/TW"]
    assert [found.symbol.text for found in finditer("99-QĐ/TW-2017")] == ["99-QĐ/TW"]


@pytest.mark.parametrize("text, symbol", [
    ("13/2008/NĐ-CPngày 4/2", "13/2008/NĐ-CP"),  # text glued after the symbol
    ("70-TB/TWngày 06/01", "70-TB/TW"),
    ("146/2025/NQ-HĐNDNgày ban hành", "146/2025/NQ-HĐND"),
    ("02-NQ/TU - UBND tỉnh", "02-NQ/TU"),  # a spaced dash after the issuer starts other words
    ("12-Thuận Thành", None),  # a word in another case is no code
    ("753A/CT-CTTr ngày 05/12/2017", "753A/CT-CTTr"),  # Chánh Thanh tra: capitals and one small letter, one code
    ("21/UBND-VP3 ngày 18/01/2018", "21/UBND-VP3"),  # a unit numbered, not a footnote
    ("26-NQ/TW1 ngày", "26-NQ/TW"),  # a footnote's digit after an issuer
    ("51/2014/QH13Luật Hòa giải", "51/2014/QH13"),  # a word glued after the legislature
    ("25-HD/BCĐTWNgày 5", "25-HD/BCĐTW"),  # or after a code the tables do not know
    ("99-QĐ/TW-2017", "99-QĐ/TW"),  # a year of today after a hyphen is no part of it
])
def test_where_a_symbol_ends(text, symbol):
    from trichdan.loaders.symbols import read
    found = read(text, 0)
    assert (found.symbol.text if found else None) == symbol


def test_a_one_letter_part_is_a_unit_after_an_issuer_only():
    assert parse("12/KH-A") is None and parse("6732/UBND - Y") is None
    assert parse("24-L/CTN").code == "L"  # "L" is a type code (of old laws and ordinances: "24-L/CTN")


def test_a_symbols_year_is_no_symbol_of_its_own():
    from trichdan.loaders.symbols import finditer
    assert [f.symbol.text for f in finditer("Số: 4a/ 2001/NQ /HĐND và 12/2019/NĐ-CP")] == ["04a/2001/NQ-HĐND", "12/2019/NĐ-CP"]


def test_a_symbol_written_tu_may_be_a_provincial_committees():
    assert parse("13-NQ/TƯ").written_tu and parse("13-NQ/TƯ").issuer == "TW"
    assert not parse("13-NQ/TW").written_tu


@pytest.mark.parametrize("text", ["12/5/2017", "03-10-2017", "2/3 Đại biểu", "0239.3855.123", "1A", "/KH-UBND", "3.683.423",
                                  "64CP"])  # an issuer glued to a number with no unit after it
def test_not_symbols(text):
    assert parse(text) is None


def test_a_number_with_a_decimal_part():
    symbol = parse("66.2/2025/NQ-CP")
    assert (symbol.number, symbol.letter, symbol.text, symbol.year) == (66, ".2", "66.2/2025/NQ-CP", 2025)


def test_a_year_written_last_belongs_to_the_symbol():
    from trichdan.loaders.symbols import read
    assert parse("31/CT.UBT.93").year == 1993 and parse("120/QĐ-UB.95").text == "120/QĐ-UB.95"
    assert read("12/QĐ-UBND.Năm 2020", 0).symbol.text == "12/QĐ-UBND"  # a word after the dot
    assert read("12/QĐ-UBND.12.5 tỷ", 0).symbol.text == "12/QĐ-UBND"  # a number with decimals
    assert read("15/2008/QĐ-UB.95", 0).symbol.text == "15/2008/QĐ-UB"  # the year is already written


def test_after_so_a_code_before_a_slash_may_follow_the_number_after_a_space():
    from trichdan.loaders.symbols import read
    assert read("7184 TC/NSNN ngày 29", 0, spaced=True).symbol.text == "7184/TC-NSNN"
    assert read("7184 TC/NSNN ngày 29", 0, spaced=False) is None  # not without "số" before it
    assert read("12 HTX/năm", 0, spaced=True) is None  # no code after the slash
    assert read("12 HTX trong tỉnh", 0, spaced=True) is None


def test_an_issuers_code_a_space_split():
    assert parse("23/2015/TTLT-BGD ĐT-BNV").issuer == "BGDĐT-BNV"
    assert parse("12/2020/QĐ-UBND") is not None and parse("12/2020/QĐ-UBND").issuer == "UBND"


def test_a_provincial_councils_term_after_its_code():
    symbol = parse("22/2011/NQ-HĐND17")  # Bắc Ninh's council of khóa XVII numbers its resolutions so
    assert (symbol.issuer, symbol.legislature, symbol.text) == ("HĐND", 17, "22/2011/NQ-HĐND17")
    from trichdan.loaders.symbols import read
    assert read("172/NQ-HĐND 2019 của HĐND tỉnh", 0).symbol.text == "172/NQ-HĐND"  # a year after it is no term


def test_a_dot_between_the_type_code_and_the_issuer():
    assert parse("54/2011/QĐ.UBND").text == "54/2011/QĐ-UBND"
    assert parse("31/CT.UBT.93").text == "31/CT.UBT.93"  # an unknown code keeps its dots


def test_after_so_spaces_for_every_separator():
    from trichdan.loaders.symbols import read
    assert read("138 2016 NĐ CP ngày 01", 0, spaced=True).symbol.text == "138/2016/NĐ-CP"
    assert read("138 2016 NĐ CP ngày 01", 0, spaced=False) is None
    assert read("25 2024 của UBND tỉnh", 0, spaced=True) is None  # a year alone makes no symbol


def test_a_year_misprinted_with_a_digit_too_few_or_too_many():
    assert parse("15/201/NĐ-CP").lost_year == "201" and parse("15/201/NĐ-CP").year is None
    assert parse("63/20220/QH14").lost_year == "20220"
    assert parse("12/200/QĐ") is None  # a type code alone names no one, its year lost or not
    assert parse("12/2017/NĐ-CP").lost_year is None


def test_a_ministrys_older_symbol_in_the_partys_layout():
    assert parse("04-TT/BNV").system == "state" and parse("04-TT/BNV").type_word == "Thông tư"
    assert parse("2027-CV/BTC").system == "party"  # "BTC" is also a Party committee's Ban Tổ chức
