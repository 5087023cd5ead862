"""Tables of the citation grammar: document type words, symbol type codes, issuer codes and terms.

Kept as data so that the grammar in ``symbols`` and ``citations`` stays one piece of logic.
"""

from __future__ import annotations

from dataclasses import dataclass

from .normalize import fold


@dataclass(frozen=True, slots=True)
class DocType:
    """A document type: its Vietnamese word, the systems that issue it and its symbol codes."""

    word: str
    systems: tuple[str, ...]  # "party", "state"
    codes: tuple[str, ...] = ()  # symbol codes, first is canonical
    numbered_alone: bool = True  # "Nghị quyết 35" is a citation; "Chương trình 135" is not


TYPES: tuple[DocType, ...] = (
    DocType("Cương lĩnh", ("party",), (), False),
    DocType("Điều lệ", ("party",), (), False),
    DocType("Nghị quyết", ("party", "state"), ("NQ",)),
    DocType("Quyết định", ("party", "state"), ("QĐ",)),
    DocType("Quy định", ("party", "state"), ("QĐi", "QĐ")),
    DocType("Chỉ thị", ("party", "state"), ("CT",)),
    DocType("Kết luận", ("party",), ("KL",)),
    DocType("Quy chế", ("party", "state"), ("QC", "QĐ"), False),
    DocType("Hướng dẫn", ("party", "state"), ("HD",), False),
    DocType("Thông tri", ("party",), ("TT",)),
    DocType("Thông báo", ("party", "state"), ("TB",), False),
    DocType("Kế hoạch", ("party", "state"), ("KH",), False),
    DocType("Chương trình", ("party", "state"), ("CTr",), False),
    DocType("Đề án", ("party", "state"), ("ĐA",), False),
    DocType("Báo cáo", ("party", "state"), ("BC",), False),
    DocType("Tờ trình", ("party", "state"), ("TTr",), False),
    DocType("Công văn", ("party", "state"), ("CV",), False),
    DocType("Hiến pháp", ("state",), (), False),
    DocType("Bộ luật", ("state",), ("QH",), False),
    DocType("Luật", ("state",), ("QH",), False),
    DocType("Pháp lệnh", ("state",), ("PL",)),
    DocType("Lệnh", ("state",), ("L",), False),
    DocType("Sắc lệnh", ("state",), ("SL",)),
    DocType("Nghị định", ("state",), ("NĐ",)),
    DocType("Thông tư liên tịch", ("state",), ("TTLT",)),
    DocType("Thông tư", ("state",), ("TT",)),
)
BY_WORD = {fold(t.word): t for t in TYPES}

# Abbreviated type words as written in running text ("NQ 02", "QĐ 99", "NĐ 04").
ABBREVIATIONS = {
    "NQ": "Nghị quyết", "QĐ": "Quyết định", "QĐi": "Quy định", "NĐ": "Nghị định", "CT": "Chỉ thị",
    "KL": "Kết luận", "TT": "Thông tư", "TTLT": "Thông tư liên tịch", "HD": "Hướng dẫn", "KH": "Kế hoạch",
    "CTr": "Chương trình", "ĐA": "Đề án", "PL": "Pháp lệnh",
}

# Abbreviations that are the code of several types ("QĐ": Quyết định, Quy định, Quy chế; "TT": Thông tư,
# Thông tri): the type they give yields to what the authority file knows of the symbol.
AMBIGUOUS_ABBREVIATIONS = frozenset(a for a in ABBREVIATIONS if sum(a in t.codes for t in TYPES) > 1)

# Type code in a symbol → type word, per system ("TT" is thông tri for the Party, thông tư for the state).
CODE_TYPES = {
    "party": {"NQ": "Nghị quyết", "QĐ": "Quyết định", "QĐi": "Quy định", "CT": "Chỉ thị", "KL": "Kết luận",
              "QC": "Quy chế", "HD": "Hướng dẫn", "TT": "Thông tri", "TB": "Thông báo", "KH": "Kế hoạch",
              "CTr": "Chương trình", "ĐA": "Đề án", "BC": "Báo cáo", "TTr": "Tờ trình", "CV": "Công văn"},
    "state": {"NQ": "Nghị quyết", "QĐ": "Quyết định", "CT": "Chỉ thị", "NĐ": "Nghị định", "TT": "Thông tư",
              "TTLT": "Thông tư liên tịch", "PL": "Pháp lệnh", "L": "Lệnh", "SL": "Sắc lệnh", "KH": "Kế hoạch",
              "HD": "Hướng dẫn", "TB": "Thông báo", "BC": "Báo cáo", "TTr": "Tờ trình", "CTr": "Chương trình",
              "ĐA": "Đề án", "QC": "Quy chế"},
}
PARTY_CODES = tuple(sorted(CODE_TYPES["party"], key=len, reverse=True))
STATE_CODES = tuple(sorted(CODE_TYPES["state"], key=len, reverse=True))


@dataclass(frozen=True, slots=True)
class Issuer:
    """An issuing body: the code in symbols, its canonical name, its system and its level."""

    code: str
    name: str
    system: str
    level: str  # "central", "province", "district", "commune"
    leveled: bool = False  # the name takes the unit's level word before the place: "Ủy ban nhân dân tỉnh Quảng Ngãi"


ISSUERS: dict[str, Issuer] = {i.code: i for i in (
    Issuer("TW", "Ban Chấp hành Trung ương Đảng", "party", "central"),
    Issuer("VPTW", "Văn phòng Trung ương Đảng", "party", "central"),
    Issuer("BTGTW", "Ban Tuyên giáo Trung ương", "party", "central"),
    Issuer("BDVTW", "Ban Dân vận Trung ương", "party", "central"),
    Issuer("BTCTW", "Ban Tổ chức Trung ương", "party", "central"),
    Issuer("UBKTTW", "Ủy ban Kiểm tra Trung ương", "party", "central"),
    Issuer("BNCTW", "Ban Nội chính Trung ương", "party", "central"),
    Issuer("BKTTW", "Ban Kinh tế Trung ương", "party", "central"),
    Issuer("ĐUK", "Đảng ủy Khối", "party", "central"),
    Issuer("TWĐTN", "Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh", "party", "central"),
    Issuer("TU", "Tỉnh ủy", "party", "province"),
    Issuer("ThU", "Thành ủy", "party", "province"),
    Issuer("HU", "Huyện ủy", "party", "district"),
    Issuer("QU", "Quận ủy", "party", "district"),
    Issuer("TX", "Thị ủy", "party", "district"),
    Issuer("ĐU", "Đảng ủy", "party", "commune"),
    Issuer("BCSĐ", "Ban cán sự đảng", "party", "province"),
    Issuer("QH", "Quốc hội", "state", "central"),
    Issuer("UBTVQH", "Ủy ban Thường vụ Quốc hội", "state", "central"),
    Issuer("CTN", "Chủ tịch nước", "state", "central"),
    Issuer("CP", "Chính phủ", "state", "central"),
    Issuer("TTg", "Thủ tướng Chính phủ", "state", "central"),
    Issuer("BNV", "Bộ Nội vụ", "state", "central"),
    Issuer("BTP", "Bộ Tư pháp", "state", "central"),
    Issuer("BTC", "Bộ Tài chính", "state", "central"),
    Issuer("VPCP", "Văn phòng Chính phủ", "state", "central"),
    Issuer("UBND", "Ủy ban nhân dân", "state", "province", True),
    Issuer("HĐND", "Hội đồng nhân dân", "state", "province", True),
    Issuer("CAT", "Công an", "state", "province", True),
    # the Mặt trận committee of a province, district or commune (the central one signs MTTW)
    Issuer("MTTQ", "Ủy ban Mặt trận Tổ quốc Việt Nam", "party", "province", True),
)}
# Sub-units after an issuer in a symbol (112-KH/MTTQ-BTT): the part of the body that signs.
ISSUER_UNITS = {"BTT": "Ban Thường trực"}
PARTY_ISSUER_SUFFIXES = ("TW", "TƯ", "TU", "HU", "ĐU", "QU", "ThU", "BCSĐ", "ĐUK", "TWĐTN")

# Issuer phrases in running text → issuer code. Longest first; a trailing place name is read separately.
ISSUER_PHRASES: tuple[tuple[str, str], ...] = (
    ("Ban Bí thư Trung ương Đảng", "TW"), ("Ban Bí thư Trung ương", "TW"), ("Ban Bí thư", "TW"),
    ("Bộ Chính trị", "TW"), ("Ban Chấp hành Trung ương Đảng", "TW"), ("Ban Chấp hành Trung ương", "TW"),
    ("BCH Trung ương Đảng", "TW"), ("BCH Trung ương", "TW"), ("BCHTW", "TW"), ("Trung ương Đảng", "TW"),
    ("Hội nghị Trung ương", "TW"), ("Trung ương", "TW"),
    ("Văn phòng Trung ương Đảng", "VPTW"), ("Ban Tuyên giáo Trung ương", "BTGTW"),
    ("Ban Dân vận Trung ương", "BDVTW"), ("Ban Tổ chức Trung ương", "BTCTW"), ("Ủy ban Kiểm tra Trung ương", "UBKTTW"),
    ("Ban Chấp hành Đảng bộ tỉnh", "TU"), ("BCH Đảng bộ tỉnh", "TU"), ("Ban Thường vụ Tỉnh ủy", "TU"),
    ("BTV Tỉnh ủy", "TU"), ("Thường trực Tỉnh ủy", "TU"), ("Tỉnh ủy", "TU"),
    ("Ban Chấp hành Đảng bộ thành phố", "TU"), ("Ban Thường vụ Thành ủy", "TU"), ("Thành ủy", "TU"),
    ("Ban Chấp hành Đảng bộ huyện", "HU"), ("BCH Đảng bộ huyện", "HU"), ("Ban Thường vụ Huyện ủy", "HU"),
    ("BTV Huyện ủy", "HU"), ("Huyện ủy", "HU"), ("Ban Thường vụ Thị ủy", "HU"), ("Thị ủy", "HU"),
    ("Ban Thường vụ Quận ủy", "HU"), ("Quận ủy", "HU"), ("Đảng ủy", "ĐU"),
    ("Ủy ban Thường vụ Quốc hội", "UBTVQH"), ("UBTVQH", "UBTVQH"), ("Quốc hội", "QH"),
    ("Chủ tịch nước", "CTN"), ("Thủ tướng Chính phủ", "TTg"), ("Thủ tướng", "TTg"), ("Chính phủ", "CP"),
    ("Bộ Nội vụ", "BNV"), ("Bộ Tư pháp", "BTP"), ("Bộ Tài chính", "BTC"), ("Văn phòng Chính phủ", "VPCP"),
    ("Ủy ban nhân dân tỉnh", "UBND"), ("UBND tỉnh", "UBND"), ("Ủy ban nhân dân thành phố", "UBND"),
    ("UBND thành phố", "UBND"), ("Ủy ban nhân dân huyện", "UBND"), ("UBND huyện", "UBND"),
    ("Ủy ban nhân dân", "UBND"), ("UBND", "UBND"),
    ("Hội đồng nhân dân tỉnh", "HĐND"), ("HĐND tỉnh", "HĐND"), ("Hội đồng nhân dân huyện", "HĐND"),
    ("HĐND huyện", "HĐND"), ("Hội đồng nhân dân", "HĐND"), ("HĐND", "HĐND"),
    ("Công an tỉnh", "CAT"),
) + tuple(  # the chairman signs for the committee: "Chủ tịch UBND tỉnh ký Quyết định số 512/QĐ-UBND"
    (f"Chủ tịch {body}{level}", "UBND") for body in ("Ủy ban nhân dân", "UBND") for level in (" tỉnh", " thành phố", " huyện", "")
) + tuple(  # "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Ủy ban Mặt trận Tổ quốc huyện"
    (f"{board}Ủy ban {front}{country}{level}", "MTTQ") for board in ("Ban Thường trực ", "")
    for front in ("Mặt trận Tổ quốc", "MTTQ") for country in (" Việt Nam", "") for level in (" tỉnh", " thành phố", " huyện", "")
)
ABBREVIATED_BODIES = (("BCH", "Ban Chấp hành"), ("BTV", "Ban Thường vụ"), ("UBND", "Ủy ban nhân dân"),
                      ("HĐND", "Hội đồng nhân dân"), ("MTTQ", "Mặt trận Tổ quốc"), ("UBTVQH", "Ủy ban Thường vụ Quốc hội"))

# Party terms (khóa) and the day each began (the National Congress), to date central Party documents.
TERMS: tuple[tuple[str, str], ...] = (
    ("VI", "1986-12-15"), ("VII", "1991-06-24"), ("VIII", "1996-06-28"), ("IX", "2001-04-19"),
    ("X", "2006-04-18"), ("XI", "2011-01-12"), ("XII", "2016-01-20"), ("XIII", "2021-01-25"), ("XIV", "2026-01-19"),
)
ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}


def roman(value: int) -> str:
    """Roman numeral for a term number (1..399)."""
    out = []
    for number, letters in ((100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while value >= number:
            out.append(letters)
            value -= number
    return "".join(out)


def from_roman(text: str) -> int | None:
    """Integer value of a Roman numeral, or None when ``text`` is not one."""
    total, previous = 0, 0
    for char in reversed(text.upper()):
        value = ROMAN.get(char)
        if value is None:
            return None
        total += -value if value < previous else value
        previous = max(previous, value)
    return total or None


def term_of(date: str | None, year: int | None) -> str | None:
    """The Party term in force on ``date`` (YYYY-MM-DD), or in ``year`` when only the year is known."""
    point = date or (f"{year}-12-31" if year else None)
    if point is None:
        return None
    current = None
    for name, start in TERMS:
        if start <= point:
            current = name
    return current
