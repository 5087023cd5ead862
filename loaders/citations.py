"""Find document citations in article text: ``get_citations`` (step 1 of find → resolve → annotate).

A citation starts at a type word ("Quyết định", "NQ", "nghị quyết") or at a bare symbol ("99-QĐ/TW") and
is read left to right with small anchored patterns: qualifiers, an issuer placed before the number,
"số", one or more numbers or symbols ("217, 218-QĐ/TW"), then the date, issuer, term and subject in
any order. Plenum ("Nghị quyết Trung ương 4 khóa XII"), congress ("Nghị quyết Đại hội XIII") and
named documents ("Luật Thực hiện dân chủ ở cơ sở năm 2022", "Hiến pháp năm 2013", "Điều lệ Đảng") have
patterns of their own. Every match is checked against what is not a citation: article pinpoints
("Điều 5 của Luật"), generic phrases, numbers that count things. All scanning is linear in the text.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, replace
from functools import lru_cache

from . import symbols
from .doctypes import ABBREVIATIONS, AMBIGUOUS_ABBREVIATIONS, BY_WORD, ISSUER_PHRASES, TYPES, from_roman
from .model import Zone
from .normalize import fold

_S = r"[ \t]*(?:\n[ \t]*)?"
_WORDS = "|".join(sorted((re.escape(t.word) for t in TYPES), key=len, reverse=True))
_ABBRS = "|".join(sorted(ABBREVIATIONS, key=len, reverse=True))
_HEAD = re.compile(
    rf"(?<![\w/-])(?:(?P<word>(?i:{_WORDS}))(?![\w])|(?P<abbr>{_ABBRS})(?=\d|TW|T\.?Ư|[^\w/-]|$))"
)
_ISSUER = "|".join(  # a line break may fall between the words of an issuer ("của Bộ\nChính trị")
    re.escape(p).replace(r"\ ", r"(?:[ \t]+|[ \t]*\n[ \t]*)")
    for p, _ in sorted(ISSUER_PHRASES, key=lambda x: len(x[0]), reverse=True))
_ISSUER_CODE = dict(ISSUER_PHRASES)
_NAME = r"[A-ZĐ][a-zà-ỹđ]+(?:[ \t]+[A-ZĐ][a-zà-ỹđ]+){0,3}"
_LEVEL = r"(?:tỉnh|thành phố|TP\.?|huyện|thị xã|quận|xã|phường|thị trấn)"
_PLACE = rf"(?:{_LEVEL}[ \t]+)?(?P<place>{_NAME})"
_DATE = (r"(?:(?P<d>\d{1,2})[ \t]*[/.-][ \t]*(?P<m>\d{1,2})[ \t]*[/.-][ \t]*(?P<y>(?:19|20)\d{2})"
         r"|(?P<d2>\d{1,2})[ \t]+tháng[ \t]+(?P<m2>\d{1,2})[ \t]+năm[ \t]+(?P<y2>(?:19|20)\d{2}))(?!\d)")
_ORDINALS = {"nhất": 1, "hai": 2, "ba": 3, "tư": 4, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8,
             "chín": 9, "mười": 10, "mười một": 11, "mười hai": 12, "mười ba": 13, "mười bốn": 14, "mười lăm": 15}
_ORD = r"(?:\d{1,2}|mười (?:một|hai|ba|bốn|lăm)|nhất|hai|ba|tư|bốn|năm|sáu|bảy|tám|chín|mười|[IVX]{1,5})(?![\w])"
_TERM = rf"\(?{_S}(?:khóa|nhiệm kỳ){_S}(?P<term>[IVXL]{{1,6}}|\d{{1,2}})(?![\w])(?:[ \t]*\))?"

_ITEM = rf"(?:{symbols.SYMBOL_RE}|(?P<bare>\d{{1,5}})(?![\d]|[/.:,-]\d|{_S}[-–/]{_S}[A-ZĐ]))"
_NUMBERED = re.compile(
    rf"(?:{_S}(?:chuyên đề|hành động|liên tịch|liên ngành|số hiệu))?"
    rf"(?:{_S}của{_S}(?P<iss>{_ISSUER})(?:[ \t]+{_PLACE})?)?"
    rf"(?:{_S}(?P<so>[Ss]ố|No\.?)(?:{_S}:)?)?{_S}(?P<item>{_ITEM})"
)
_NEXT = re.compile(rf"{_S}(?:,|;|và|hoặc|,{_S}và){_S}(?:số{_S})?(?P<item>{_ITEM})")
_COUNTED = re.compile(
    r"[ \t]*(?:năm(?![ \t]+(?:19|20)\d\d)|tháng|%|người|tỷ|triệu|nghìn|ha\b|km|m2|lần|giờ|phút|xã|hộ|đồng|"
    r"tập thể|cá nhân|đơn vị|điểm|mục|nhóm|nội dung|nhiệm vụ|giải pháp|chỉ tiêu|văn bản|cuộc|đại biểu|đảng viên)"
)
_PLENUM = re.compile(
    rf"{_S}(?:(?:của{_S})?Hội nghị{_S}(?:lần thứ{_S}(?P<o1>{_ORD}){_S})?(?:Ban Chấp hành{_S})?)?"
    rf"(?:Trung ương|TW|T\.?Ư)(?:{_S}Đảng)?{_S}(?:lần thứ{_S})?(?P<o2>{_ORD})?(?:[ \t]*,?{_S}{_TERM})?"
)
_CONGRESS = re.compile(
    rf"{_S}(?:của{_S})?Đại hội{_S}(?:đại biểu{_S})?(?:toàn quốc{_S})?"
    rf"(?:Đảng{_S}bộ{_S}(?P<lvl>{_LEVEL})?(?:{_S}(?P<place>{_NAME}))?{_S})?(?:Đảng{_S})?"
    rf"(?:lần thứ{_S})?(?P<ord>[IVXL]{{1,6}}|\d{{1,2}})(?![\w])(?:{_S}(?:của{_S})?Đảng)?"
)
_STOP = (rf"(?:và[ \t]+(?:[A-ZĐ]{{2}}|{_WORDS})|năm|số|của|được|đã|đang|sẽ|cùng|với|trong|tại|theo|nhằm|để|thì|là|này|khi|do|cho|vào|từ|đến|"
         r"trên|gắn|ngày|hiện hành|có|các|những|và các|và những|hướng dẫn|quy định|về việc)(?![\wà-ỹđ])")
_NAME_WORD = rf"[ \t]+(?!{_STOP}|\d)[\wà-ỹđ]+"
# Where a comma-joined part of a law name may end: punctuation, the year, its number, the next document,
# or what a law does ("Luật Cán bộ, công chức quy định …").
_NAME_PART_END = (rf"[ \t]*(?:[,.;:()\n]|$|(?:năm[ \t]+)?(?:19|20)\d\d(?!\d)|số(?![\wà-ỹđ])|và[ \t]+(?:[A-ZĐ]|{_WORDS})"
                  r"|(?:quy định|hướng dẫn|nêu rõ|ghi nhận|có hiệu lực)(?![\wà-ỹđ]))")
# Words that make a clause, never a part of a name: "Luật Đất đai, cán bộ còn phải hướng dẫn …"
_CLAUSE_WORD = (rf"(?:{_STOP}|còn|phải|cần|nên|không|chưa|vẫn|đều|cũng|mới|bị|luôn|rất|hãy|chỉ|lại|đây|đó|ông|bà|anh|chị|tôi|"
                r"chúng|họ|người ta)(?![\wà-ỹđ])")
_LAW = re.compile(
    # A name may join coordinated parts with commas ("Cán bộ, công chức", "Phòng, chống tham nhũng",
    # "Tín ngưỡng, tôn giáo"): a short lowercase part after a short head, with no word of a clause in it,
    # ending where a name ends ("Luật Đất đai, người dân được …" is the Luật Đất đai).
    rf"{_S}(?P<name>[A-ZĐ][\wà-ỹđ]*(?:{_NAME_WORD}){{0,2}}"
    rf"(?:,[ \t]+(?!{_CLAUSE_WORD})[a-zà-ỹđ][\wà-ỹđ]*(?:[ \t]+(?!{_CLAUSE_WORD}|\d)[\wà-ỹđ]+){{0,3}}(?={_NAME_PART_END}))+"
    rf"|[A-ZĐ][\wà-ỹđ]*(?:{_NAME_WORD}){{0,9}})"  # a number is no name word
    rf"(?:[ \t]*,?[ \t]*(?:năm[ \t]+)?(?P<year>(?:19|20)\d{{2}})(?!\d))?"
)
_LAW_NUMBER = re.compile(  # "Luật … số 22/2008/QH12", "Luật Cán bộ, công chức (Luật số 22/2008/QH12 …)"
    rf"{_S}(?:\({_S}(?:(?:Bộ luật|Luật|Pháp lệnh)[ \t]+)?)?(?:số{_S}){symbols.SYMBOL_RE}")
_CONSTITUTION = re.compile(
    rf"{_S}(?:nước Cộng hòa xã hội chủ nghĩa Việt Nam{_S})?(?:năm{_S})?(?P<year>(?:19|20)\d{{2}})(?!\d)")
_PROMULGATION = re.compile(
    rf"{_S}công bố{_S}(?P<law>(?:Bộ luật|Luật|Pháp lệnh)[ \t]+[A-ZĐ][\wà-ỹđ]*(?:[ \t]+(?!{_STOP})[\wà-ỹđ]+){{0,9}})")
_CHARTER = re.compile(rf"{_S}Đảng(?:{_S}Cộng sản Việt Nam)?(?![\w])")
_PLATFORM = re.compile(
    rf"{_S}(?:chính trị|xây dựng đất nước(?:{_S}trong thời kỳ quá độ lên chủ nghĩa xã hội)?)"
    rf"(?:{_S}\((?:bổ sung,{_S}phát triển{_S})?năm{_S}(?P<year>(?:19|20)\d{{2}})\))?"
)
_AFTER = [
    ("date", re.compile(rf"[ \t]*,?{_S}\(?{_S}(?:ban hành{_S})?(?:ngày|ký ngày|ngày ký)?{_S}{_DATE}[ \t]*\)?")),
    ("issuer", re.compile(rf"[ \t]*,?{_S}(?:của|do){_S}(?P<iss>{_ISSUER})(?:[ \t]+(?:lần thứ[ \t]+)?{_ORD})?(?:[ \t]+{_PLACE})?")),
    ("term", re.compile(rf"[ \t]*,?{_S}{_TERM}")),
    ("year", re.compile(r"[ \t]+(?:ban hành[ \t]+)?năm[ \t]+(?P<year>(?:19|20)\d{2})(?![\d/.-])")),
    ("plenum", re.compile(rf"[ \t]*,?{_S}(?:của{_S})?Hội nghị{_S}(?:lần thứ{_S}{_ORD}{_S})?(?:Ban Chấp hành{_S})?"
                          rf"(?:Trung ương|TW)(?:{_S}Đảng)?(?:{_S}{_ORD})?")),
]
_SUBJECT = re.compile(r"[ \t]*,?[ \t]*(?:về việc|về|V/v|v/v)[ \t]+[“\"]?(?P<subject>[^;.\n“”\"]{3,200})")
_DANGLING = re.compile(r"(?:[ \t,]+(?:và|hoặc|cùng|với|cùng với|tại|theo|của))+[ \t,]*$")
_SUBJECT_END = re.compile(r",[ \t]*(?:gắn|và|cùng|theo|đồng thời|nhằm|tạo|góp phần|đã|trong)\b")
_PRE_ISSUE = re.compile(  # "Ngày 18-2-1998, Bộ Chính trị ban hành", "Ngày 25 tháng 10 năm 2017, Hội nghị lần thứ
    # sáu Ban Chấp hành Trung ương Đảng khóa XII ban hành", "Ngày 5/3/2020, tại Hà Nội, Tỉnh ủy Hà Tĩnh đã ký ban hành"
    rf"(?:[Nn]gày|[Vv]ào ngày)[ \t]+{_DATE}[ \t]*,[ \t]*(?:tại[ \t]+[^,.;:!?\n]{{1,40}},[ \t]*)?"
    rf"(?:Hội nghị[ \t]+lần thứ[ \t]+{_ORD}[ \t]+|Hội nghị[ \t]+(?=Ban Chấp hành|BCH))?"
    rf"(?P<iss>{_ISSUER})(?:[ \t]+(?:lần thứ[ \t]+)?{_ORD})?(?:[ \t]+{_PLACE})?(?:[ \t]*,?[ \t]*{_TERM})?"
    r"[ \t]+(?:đã[ \t]+)?(?:ký[ \t]+)?(?:ban hành|thông qua|ra)[ \t]+(?:các[ \t]+)?$"
)
_PRE_HOLDER = re.compile(  # "UBND huyện đã có Tờ trình số 86/TTr-UBND", "Tỉnh ủy ban hành Nghị quyết",
    # "Chủ tịch UBND tỉnh ký Quyết định số 512/QĐ-UBND"
    rf"(?<![\w])(?P<iss>{_ISSUER})(?:[ \t]+{_PLACE})?[ \t]+(?:đã[ \t]+)?(?:có|(?:ký[ \t]+)?ban hành|ký|thông qua|ra)[ \t]+$"
)
_PINPOINT = re.compile(
    r"(?P<pin>(?:(?:[Đđ]iểm[ \t]+[a-zđ][ \t]*,?[ \t]*)?(?:[Kk]hoản[ \t]+\d+[ \t]*,?[ \t]*))?[Đđ]iều[ \t]+\d+[a-zđ]?)"
    r"[ \t]*,?[ \t]*(?:của[ \t]+|tại[ \t]+)?$"
)
_RELATIONS = (
    ("replaces", re.compile(r"thay thế")),
    ("updates", re.compile(r"sửa đổi|bổ sung một số")),
    ("reviews", re.compile(r"sơ kết|tổng kết")),
    ("citesAsAuthority", re.compile(r"[Cc]ăn cứ|[Tt]heo quy định (?:tại|của)|[Tt]rên cơ sở")),
    ("implements", re.compile(r"thực hiện|triển khai|quán triệt|cụ thể hóa|học tập|theo tinh thần|làm theo")),
)
_CLAUSE_START = re.compile(r"[.;:!?\n][^.;:!?\n]*$")
_NOT_AFTER_HEAD = re.compile(rf"{_S}(?:này|đó|trên|nói trên|khen thưởng|kỷ luật|số[ \t]*:?[ \t]*/)", re.I)
_NAMED_ISSUERS = {"Luật": "QH", "Bộ luật": "QH", "Hiến pháp": "QH", "Điều lệ": "TW", "Cương lĩnh": "TW",
                  "Pháp lệnh": "UBTVQH", "Lệnh": "CTN"}
_NAMED_TYPES = set(_NAMED_ISSUERS)
_UNNUMBERED_FORMS = _NAMED_TYPES | {"Nghị quyết"}  # also plenum and congress resolutions
_DIGIT = re.compile(r"\d")
_REACH = 160  # a number further than this from its type word is not its number


@dataclass(slots=True)
class Reference:
    """One citation as written: where it is and every attribute the words give."""

    start: int
    end: int
    text: str
    type: str
    number: int | None = None
    symbol: symbols.Symbol | None = None
    issuer_code: str | None = None
    issuer_text: str | None = None
    place: str | None = None
    date: str | None = None
    term: str | None = None
    title: str | None = None
    name: str | None = None
    plenum: int | None = None
    congress: int | None = None
    relation: str = "cites"
    pinpoint: str | None = None
    zone: str = "body"
    typed: bool = True  # False when no type word was written ("thực hiện 99-QĐ/TW")
    abbreviated: bool = False  # the type word is an abbreviation several types share ("QĐ": Quyết định, Quy định)

    @property
    def year(self) -> int | None:
        if self.symbol and self.symbol.year:
            return self.symbol.year
        return int(self.date[:4]) if self.date else None


def get_citations(text: str, zones: list[Zone] | None = None, *, lenient: bool = False) -> list[Reference]:
    """Every document citation in ``text``, in order, skipping web boilerplate, bylines and datelines.

    ``lenient`` accepts a bare number after any type word ("Kế hoạch 52"), as a user's query means it.
    """
    skip = _Spans((z.start, z.end) for z in zones or () if z.kind in ("boilerplate", "byline", "dateline"))
    zone_of = _zone_finder(zones)
    found: list[Reference] = []
    covered_until = 0
    for head in _HEAD.finditer(text):
        if head.start() < covered_until or head.start() in skip:
            continue
        refs = _read_head(text, head, lenient)
        if refs:
            for ref in refs:
                ref.zone = zone_of(ref.start)
                ref.abbreviated = head.group("abbr") in AMBIGUOUS_ABBREVIATIONS
            found.extend(refs)
            # "Lệnh công bố Luật X" also cites the Luật: keep scanning inside it
            covered_until = head.end() if refs[-1].type == "Lệnh" else max(r.end for r in refs)
    found.extend(_bare_symbols(text, found, skip, zone_of))
    found.sort(key=lambda r: r.start)
    for ref, following in zip(found, found[1:] + [None]):
        _read_context(text, ref, following.start if following is not None and following.start >= ref.end else None)
    return found


class _Spans:
    """Disjoint or nested [start, end) spans with O(log n) membership (``pos in spans``)."""

    def __init__(self, spans):
        merged: list[list[int]] = []
        for start, end in sorted(spans):
            if merged and start <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], end)
            else:
                merged.append([start, end])
        self.starts = [s for s, _ in merged]
        self.ends = [e for _, e in merged]

    def __contains__(self, pos: int) -> bool:
        i = bisect_right(self.starts, pos) - 1
        return i >= 0 and pos < self.ends[i]


def _zone_finder(zones: list[Zone] | None):
    ordered = sorted(zones or (), key=lambda z: z.start)
    starts = [z.start for z in ordered]

    def zone_of(pos: int) -> str:
        i = bisect_right(starts, pos) - 1
        return ordered[i].kind if i >= 0 and pos < ordered[i].end else "body"
    return zone_of


def _type_word(head: re.Match) -> str:
    if head.group("abbr"):
        return ABBREVIATIONS[head.group("abbr")]
    return _doc_type(head.group("word")).word


@lru_cache(maxsize=512)
def _doc_type(word: str):
    """The DocType of a type word as written ("nghị quyết", "Nghị quyết", "NGHỊ QUYẾT")."""
    return BY_WORD[fold(word)]


def _read_head(text: str, head: re.Match, lenient: bool = False) -> list[Reference]:
    type_word = _type_word(head)
    pos = head.end()
    if type_word not in _UNNUMBERED_FORMS and not _DIGIT.search(text, pos, pos + _REACH):
        return []  # most type words in running text ("các nghị quyết, chỉ thị") have no number near them
    if _NOT_AFTER_HEAD.match(text, pos):
        return []
    if type_word == "Nghị quyết":
        ref = _plenum(text, head, type_word) or _congress(text, head, type_word)
        if ref:
            return [ref]
    numbered = _numbered(text, head, type_word, lenient)
    if numbered:
        return numbered
    if type_word in _NAMED_TYPES and head.group("word") and head.group("word")[0].isupper():
        ref = _named(text, head, type_word)
        return [ref] if ref else []
    return []


def _plenum(text: str, head: re.Match, type_word: str) -> Reference | None:
    match = _PLENUM.match(text, head.end())
    if not match or not (match.group("o1") or match.group("o2")):
        return None
    plenum = _ordinal(match.group("o1") or match.group("o2"))
    return Reference(head.start(), match.end(), text[head.start():match.end()], type_word, issuer_code="TW",
                     plenum=plenum, term=_term(match.group("term")))


def _congress(text: str, head: re.Match, type_word: str) -> Reference | None:
    match = _CONGRESS.match(text, head.end())
    if not match:
        return None
    local = match.group("lvl") or match.group("place")
    code = None if not local else ("TU" if match.group("lvl") in (None, "tỉnh", "thành phố") else "HU")
    return Reference(head.start(), match.end(), text[head.start():match.end()], type_word,
                     issuer_code=code or "TW", place=match.group("place"), congress=from_roman(match.group("ord")) or int(match.group("ord")))


def _numbered(text: str, head: re.Match, type_word: str, lenient: bool = False) -> list[Reference]:
    match = _NUMBERED.match(text, head.end())
    if not match:
        return []
    doc_type = _doc_type(type_word)
    items = [match]
    pos = match.end()
    while True:
        nxt = _NEXT.match(text, pos)
        if not nxt:
            break
        items.append(nxt)
        pos = nxt.end()
    while len(items) > 1 and items[-1].group("bare") and not _announces_tail(text, items[-1].end()):
        items.pop()
    first_bare = match.group("bare")
    if first_bare and len(items) == 1:
        if _COUNTED.match(text, match.end()) or (not doc_type.numbered_alone and not match.group("so") and not lenient):
            return []
        if not match.group("so") and 1900 <= int(first_bare) <= 2100:
            return []
    refs = []
    for item in items:
        start = head.start() if item is match else item.start("item")
        refs.append(Reference(start, item.end(), text[start:item.end()], type_word, **_item_fields(item)))
    _share_symbol(refs)
    for ref in refs:
        _agree_type(ref)
    if len(refs) > 1:  # "217, 218-QĐ/TW ngày 12/12/2013 của Bộ Chính trị": the tail belongs to every item
        _read_context(text, refs[-1])
        for ref in refs[:-1]:
            for attribute in ("date", "issuer_code", "issuer_text", "place", "term"):
                if getattr(ref, attribute) is None:
                    setattr(ref, attribute, getattr(refs[-1], attribute))
    if match.group("iss"):
        for ref in refs:
            _set_issuer(ref, match.group("iss"), match.group("place"))
    return refs


def _announces_tail(text: str, pos: int) -> bool:
    return bool(re.match(rf"{_S}(?:của|ngày|khóa|\(|đều|về)", text[pos:pos + 20]))


def _item_fields(item: re.Match) -> dict:
    if item.group("bare"):
        return {"number": int(item.group("bare"))}
    symbol = symbols.from_match(item)
    if symbol is None:
        return {"number": int(item.group("p_num") or item.group("s_num"))}
    return {"number": symbol.number, "symbol": symbol}


def _agree_type(ref: Reference) -> None:
    """The type word decides ("Quy định 101-QĐ/TW"), unless the symbol's code cannot be that type:
    "TT số 07-TT/TU" is a thông tri, "kết luận số 215-TB/HU" a thông báo."""
    if ref.symbol is None or ref.symbol.type_word is None or ref.symbol.code is None:
        return
    doc_type = _doc_type(ref.type)
    if ref.symbol.code not in doc_type.codes or ref.symbol.system not in doc_type.systems:
        ref.type = ref.symbol.type_word


def _share_symbol(refs: list[Reference]) -> None:
    """"217, 218-QĐ/TW": bare numbers before a symbol take its code, issuer and year."""
    following = None
    for ref in reversed(refs):
        if ref.symbol is not None:
            following = ref.symbol
        elif following is not None and ref.number is not None:
            ref.symbol = replace(following, number=ref.number)


def _named(text: str, head: re.Match, type_word: str) -> Reference | None:
    pos = head.end()
    if type_word == "Hiến pháp":
        match = _CONSTITUTION.match(text, pos)
        name = "Hiến pháp"
    elif type_word == "Điều lệ":
        match = _CHARTER.match(text, pos)
        name = "Đảng"
    elif type_word == "Cương lĩnh":
        match = _PLATFORM.match(text, pos)
        name = "xây dựng đất nước"
    elif type_word == "Lệnh":
        match = _PROMULGATION.match(text, pos)
        name = f"công bố {match.group('law')}" if match else None
    else:
        match = _LAW.match(text, pos)
        name = match.group("name") if match else None
    if not match:
        return None
    end = match.end()
    numbered = _LAW_NUMBER.match(text, end) if type_word in ("Luật", "Bộ luật", "Pháp lệnh") else None
    year = match.groupdict().get("year")
    if type_word == "Cương lĩnh" and not year:
        year = "1991"
    ref = Reference(head.start(), end, text[head.start():end], type_word, name=name,
                    issuer_code=_NAMED_ISSUERS[type_word])
    if numbered:
        ref.end = numbered.end()
        ref.text = text[ref.start:ref.end]
        ref.symbol = symbols.from_match(numbered)
        ref.number = ref.symbol.number if ref.symbol else None
    if year:
        ref.date = f"{year}"
    return ref


def _bare_symbols(text: str, found: list[Reference], skip: "_Spans", zone_of) -> list[Reference]:
    """Symbols written without a type word ("thực hiện 99-QĐ/TW"): the code gives the type."""
    spans = _Spans((r.start, r.end) for r in found)
    out = []
    for match, symbol in symbols.finditer(text):
        if match.start() in spans or match.start() in skip or symbol.type_word is None:
            continue
        if match.start() and (text[match.start() - 1].isalnum() or text[match.start() - 1] in "/-"):
            continue
        out.append(Reference(match.start(), match.end(), match.group(), symbol.type_word, number=symbol.number,
                             symbol=symbol, zone=zone_of(match.start()), typed=False))
    return out


def _read_context(text: str, ref: Reference, next_start: int | None = None) -> None:
    """Attributes after the citation (date, issuer, term, subject) and before it (pinpoint, verb, issuing date).

    Both sides stay within the citation's paragraph: a dateline below a headline is not its date. What
    follows stops at the next citation (``next_start``): "Quy định 22 về … và Quy định 69 …" gives 22 no
    part of 69's words.
    """
    pos = ref.end
    window_end = min(len(text), pos + 600)  # bounded, so that every citation costs O(1) however long the text
    if next_start is not None:
        window_end = min(window_end, next_start)
    paragraph_end = text.find("\n\n", pos, window_end)
    paragraph_end = window_end if paragraph_end < 0 else paragraph_end
    progressed = True
    while progressed:
        progressed = False
        for kind, pattern in _AFTER:
            match = pattern.match(text, pos, paragraph_end)
            if not match:
                continue
            if kind == "date":
                date = _iso_date(match)
                stated = ref.date if ref.date and len(ref.date) == 4 else (ref.symbol.year if ref.symbol else None)
                if stated and date and int(date[:4]) != int(stated):
                    break  # a date of another year starts the next clause ("… năm 2022, ngày 6/3/2024, UBND …")
                if ref.date is None or len(ref.date) == 4:
                    ref.date = date
            elif kind == "issuer" and ref.issuer_text is None:
                _set_issuer(ref, match.group("iss"), match.group("place"))
            elif kind == "term" and ref.term is None:
                ref.term = _term(match.group("term"))
            elif kind == "year":
                if ref.date is not None or (ref.symbol is not None and ref.symbol.year) \
                        or not _year_of_document(text, ref.start, match.end(), paragraph_end):
                    continue  # the year of the activity ("kết quả thực hiện Nghị quyết 02 năm 2023")
                ref.date = match.group("year")
            pos = match.end()
            progressed = True
    subject = _SUBJECT.match(text, pos, paragraph_end)
    if subject:
        title = _SUBJECT_END.split(subject.group("subject"))[0].strip(" ,")
        title = _DANGLING.sub("", title)  # "… của Đảng và" before the next citation
        ref.title = title or None
    paragraph_start = text.rfind("\n\n", max(0, ref.start - 200), ref.start)
    paragraph_start = 0 if paragraph_start < 0 else paragraph_start + 2
    before = text[max(paragraph_start, ref.start - 200):ref.start]
    clause = before[_CLAUSE_START.search(before).start() + 1:] if _CLAUSE_START.search(before) else before
    pin = _PINPOINT.search(clause)
    if pin:
        ref.pinpoint = pin.group("pin")
    issued = _PRE_ISSUE.search(clause)
    if issued:
        if ref.date is None or len(ref.date) == 4:
            ref.date = _iso_date(issued) or ref.date
        ref.term = ref.term or _term(issued.group("term"))
        if ref.issuer_text is None:
            _set_issuer(ref, issued.group("iss"), issued.group("place"))
    elif ref.issuer_text is None and (holder := _PRE_HOLDER.search(clause)):
        _set_issuer(ref, holder.group("iss"), holder.group("place"))
    window = clause[-90:]
    for relation, pattern in _RELATIONS:
        if pattern.search(window):
            ref.relation = relation
            break


_ACTIVITY = re.compile(r"(?:thực hiện|triển khai|kết quả|sơ kết|tổng kết|học tập|quán triệt|tuyên truyền|"
                       r"kế hoạch|chương trình)[ \t]+(?:các[ \t]+|việc[ \t]+)?$", re.IGNORECASE)
_CITATION_GOES_ON = re.compile(r"[ \t]*,?[ \t]*(?:của|do|về|V/v|quy định|hướng dẫn)(?![\wà-ỹđ])")


def _year_of_document(text: str, start: int, end: int, limit: int) -> bool:
    """Whether "năm 2019" right after a citation dates the document ("Chỉ thị 35 năm 2019 của Bộ Chính
    trị", "Chỉ thị 35/CT-TW năm 2024 tiếp tục …") rather than an activity named before it ("kết quả thực
    hiện Nghị quyết 02 năm 2023"): after an activity word it does only when the citation goes on with its
    issuer or subject."""
    if not _ACTIVITY.search(text, max(0, start - 40), start):
        return True
    return bool(_CITATION_GOES_ON.match(text, end, limit))


def _set_issuer(ref: Reference, phrase: str, place: str | None) -> None:
    phrase = " ".join(phrase.split())
    ref.issuer_code = ref.issuer_code or _ISSUER_CODE[phrase]
    ref.issuer_text = phrase
    ref.place = ref.place or place


def _iso_date(match: re.Match) -> str | None:
    d, m, y = (match.group("d"), match.group("m"), match.group("y")) if match.group("d") else \
        (match.group("d2"), match.group("m2"), match.group("y2"))
    if not (1 <= int(m) <= 12 and 1 <= int(d) <= 31):
        return None
    return f"{int(y):04d}-{int(m):02d}-{int(d):02d}"


def _term(raw: str | None) -> str | None:
    if not raw:
        return None
    from .doctypes import roman
    return roman(int(raw)) if raw.isdigit() else raw.upper()


def _ordinal(raw: str) -> int | None:
    if raw.isdigit():
        return int(raw)
    return _ORDINALS.get(raw) or from_roman(raw)
