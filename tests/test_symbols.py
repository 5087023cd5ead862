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


@pytest.mark.parametrize("text", ["12/5/2017", "03-10-2017", "2/3 Đại biểu", "0239.3855.123", "1A", "/KH-UBND", "3.683.423"])
def test_not_symbols(text):
    assert parse(text) is None
