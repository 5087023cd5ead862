"""The patterns of the citation grammar, compiled once from the tables in ``loaders/data`` (document types,
issuer phrases, level words, ordinals, citation kinds) and the grammar's own function words.

:mod:`citations`, :mod:`citation_forms` and :mod:`citation_context` read text with them; every pattern is
anchored or bounded, so each citation costs time proportional to its own length.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .lexicon import (ABBREVIATED_NAMES, ABBREVIATIONS, ALSO_WRITTEN, BARE_ABBREVIATIONS, BODIES, CONGRESS_ORGANISATIONS, ISSUER_PHRASES,
                      LEVEL_PATTERN, LOWER, ORDINALS, PLACE_CODES, QUALIFIERS, RELATION_CUES, SECTORS, TYPES, UPPER, alternation,
                      phrase_key,
                      surnames)

S = r"[ \t]*(?:\n[ \t]*)?"
# between the words of a phrase: spaces, maybe one line break, or none where a spinner glued them ("Quốchội")
_GAP = r"[ \t]*(?:\n[ \t]*)?"
WORDS = alternation(t.word for t in TYPES).replace(r"\ ", _GAP)  # "Quyết\nđịnh", "Thông  tri"
ABBRS = alternation(ABBREVIATIONS)
HEAD = re.compile(
    # a type word ends before a capital glued to it by a spinner too ("LuậtTổ chức HĐND và UBND")
    # and a capitalised type word may be glued to the word before it ("theoQuyết định số 962"), or a symbol to it
    # ("THÔNG TƯ15/2017/TT-BCT")
    rf"(?:(?<![^\W\d_])|(?<=[{LOWER}])(?=[{UPPER}][{LOWER}]))(?<![/-])(?:(?P<word>(?i:{WORDS}))(?:(?![\w])|(?<=[{LOWER}])(?=[{UPPER}])|(?=\d{{1,5}}[/-]))"
    rf"|(?P<abbr>{ABBRS})(?=\d|TW|T\.?Ư|ĐH(?![\w])|[^\w/-]|$)"  # "NQĐH Đảng bộ huyện lần thứ XXIV": a congress's
    rf"|(?P<also>(?i:{alternation(ALSO_WRITTEN).replace(chr(92) + ' ', _GAP)}))"  # "văn bản số 5…", "văn bản 1466/NHCS-…"
    rf"(?={S}:?{S}(?:(?:[Ss]ố|SỐ){S}:?{S}\d|[Ss]ổ[ \t]\d|\d{{1,5}}/[{UPPER}])))"
)
# a line break may fall between the words of an issuer ("của Bộ\nChính trị")
# An issuer phrase opens with a capital; its later words may be written in either case ("Ban thường vụ Tỉnh ủy",
# "Tỉnh Ủy", "Bộ chính trị"). Its code and canonical spelling are looked up by issuer_key.
ISSUER = rf"(?=[{UPPER}])(?i:{alternation(p for p, _ in ISSUER_PHRASES).replace(chr(92) + ' ', _GAP)})"
ISSUER_CODE = {phrase_key(phrase).lower(): code for phrase, code in ISSUER_PHRASES}
ISSUER_SPELLING: dict[str, str] = {}  # the first of the phrases differing in case only: "Ban Chấp hành Đảng bộ tỉnh"
for _phrase, _ in ISSUER_PHRASES:
    ISSUER_SPELLING.setdefault(phrase_key(_phrase).lower(), _phrase)


def issuer_key(phrase: str) -> str:
    """The key of an issuer phrase as written, for ISSUER_CODE and ISSUER_SPELLING."""
    return phrase_key(phrase).lower()
SYLLABLE = rf"[{UPPER}][{LOWER}]*(?![\w])"  # a capitalised syllable: "Ân", "Ô", "Hòa"
# A name in capitals ("ĐẢNG BỘ HUYỆN LẠC DƯƠNG LẦN THỨ XI" in a banner), short of the words that follow one
CAPITAL_NAME = rf"(?!LẦN|NHIỆM|KHÓA|KHOÁ)[{UPPER}]{{2,}}(?![\w])(?:[ \t]+(?!LẦN|NHIỆM|KHÓA|KHOÁ)[{UPPER}]{{2,}}(?![\w])){{0,3}}"
NAME = rf"{SYLLABLE}(?:[ \t]+{SYLLABLE}){{0,3}}"  # a place's name: "Ân Thi", "Ứng Hòa", "Ô Môn"
LEVEL = rf"(?:{LEVEL_PATTERN}|(?:{alternation(BARE_ABBREVIATIONS)})\.?)"
# a province's dashed name, its dash spaced or not, en or hyphen: "Bà Rịa – Vũng Tàu" (the names its initials stand for)
_DASHED_PLACE = "|".join(sorted({re.sub(r"[ ]*-[ ]*", r"[ \\t]*[-–][ \\t]*", name) for name in PLACE_CODES.values() if "-" in name}))
PLACE = rf"(?:{LEVEL}[ \t]+)?(?P<place>(?:{alternation(PLACE_CODES)})(?![\w])|{_DASHED_PLACE}|{NAME})"  # "Tỉnh ủy BR-VT"
DATE = (r"(?:(?P<d>\d{1,2})[ \t]*[/.-][ \t]*(?P<m>\d{1,2})[ \t]*[/.-][ \t]*(?P<y>(?:19|20)\d{2})"
         r"|(?P<d2>\d{1,2})(?:[ \t]+|[ \t]*\n[ \t]*)tháng(?:[ \t]+|[ \t]*\n[ \t]*)(?P<m2>\d{1,2})(?:[ \t]+|[ \t]*\n[ \t]*)năm"
         r"(?:[ \t]+|[ \t]*\n[ \t]*)(?P<y2>(?:19|20)\d{2}))(?!\d)")  # a spelled date may break across lines
ORD = rf"(?:\d{{1,2}}|{alternation(ORDINALS)}|[IVX]{{1,5}})(?![\w])"
TERM = rf"\(?{S}(?i:khóa|nhiệm kỳ){S}(?P<term>[IVXL]{{1,6}}|\d{{1,2}})(?![\w])(?:[ \t]*\))?"
# A number alone, not the start of a date, a fraction or a symbol the symbol reader could not read.
BARE = re.compile(rf"\d{{1,5}}(?![\d]|[/.:,-]\d|{S}[-–/]{S}[A-ZĐ])")
LINK_RESIDUE = re.compile(r'[^"<>\n]{0,150}?">[ \t]*')  # what is left of a link: its title attribute, then its text
THOUSANDS = re.compile(r"\d{1,2}(?:\.\d{3})(?![\d]|[/.:,-]\d)")  # "Công văn số 2.350 ngày 1.4.2020": a dot between thousands
# What stands between a type word and its number; the number or symbol itself is read by symbols.read.
NUMBERED = re.compile(
    rf"(?:{S}(?P<qual>(?i:{alternation(QUALIFIERS).replace(chr(92) + ' ', _GAP)})))?"
    rf"(?:{S}của{S}(?P<iss>{ISSUER})(?:[ \t]+{PLACE})?)?"
    rf"(?:{S}:?{S}(?P<so>[Ss]ố|SỐ|No\.?|s(?=[ \t]?\d)|[Ss][ổô](?=[ \t]\d))(?:{S}:)?)?{S}(?=\d)"  # "s31/2011/…": "số" with its
    # letter lost; "Văn bản sổ 4599/STNMT-QH", "Quy định sô 294-QĐ/TW": its tone mark mistyped or lost
)
NAME_ABBREVIATION = re.compile(r"[ \t]*\((?:(?:Bộ luật|Luật|Pháp lệnh)[ \t]+)?[A-ZĐ]{2,8}\)")  # "Luật Bảo hiểm xã hội (BHXH) năm
# 2024", "… của Nhà nước (Luật TNBTCNN) 2017"
# "Nghị định 100/2019", "Thông tư số 32/2018", "nghị định 2-2017" (a hyphen after a number that is no year: not "2021-2025")
NUMBER_YEAR = re.compile(r"(\d{1,5})(?:/|-(?<!19\d\d-)(?<!20\d\d-)(?<!\d{5}-))((?:19|20)\d{2})(?![\d/-])")
# A number before a comma and the symbol it shares: "188" of "số 188,189/C03-P15"
LISTED_BEFORE_SYMBOL = re.compile(r"\d{1,5}(?=,\d{1,5}/[A-ZĐ])")
NEXT = re.compile(rf"{S}(?:,|;|và|hoặc|,{S}và){S}(?:số{S})?(?=\d)")
MEETING = re.compile(r"(?i:hội[ \t]*nghị)")  # an issuer that is a meeting, numbered by its own ordinal
# A licence's or certificate's number, not a document: "giấy phép hoạt động khám bệnh, chữa bệnh số 1765/SYT-GPHĐ"
LICENCE_BEFORE = re.compile(r"(?i:giấy phép|chứng chỉ|giấy chứng nhận)[^.;:\n]{0,60}?[ \t]số[ \t]*:?[ \t]*$")
ABOUT = re.compile(r"[ \t]+về(?=[ \t])")  # "Pháp lệnh về án phí …": a known name after "về"
DRAFT_BEFORE = re.compile(r"(?i:dự án|dự thảo)[ \t]+$")  # a bill: "Dự án Luật …"
# A treaty's subject: "Công ước của Liên hợp quốc về Luật Biển năm 1982" names no law of Việt Nam
TREATY_BEFORE = re.compile(r"(?i:công ước|hiệp ước|hiệp định)(?:[ \t]+[^\s.;:]+){0,8}?[ \t]+về[ \t]+$")
PASSED_AFTER = re.compile(  # a bill the National Assembly passed: "… được Quốc hội thông qua", "… đã được biểu quyết thông qua"
    r"[ \t]+(?:đã[ \t]+)?được[ \t]+(?:Quốc[ \t]+hội[ \t]+)?(?:biểu[ \t]+quyết[ \t]+)?thông[ \t]+qua(?![\w])")
LIST_JOINT = re.compile(r"[ \t]*(?:,|;|và|,[ \t]*và)[ \t]*")  # between two documents of a list: ", ", "; ", " và "
NEXT_LISTED = re.compile(r"[^.\n]{0,240}?;[ \t]*(?:và[ \t]+)?số[ \t]*")  # "…; số " before the next item of a list
IN_FORCE = re.compile(r"[ \t]+hiện hành(?![\w])")  # "Luật Phòng, chống bạo lực gia đình hiện hành": the law in force
NEXT_ITEM = re.compile(r"[^.\n]{0,240}?;[ \t]*(?:và[ \t]+)?(?:số[ \t]*)?")  # "…; " before the next item, "số" or not
WORD_BEFORE = re.compile(r"(?<![\w])((?:\w+[ \t]+)?\w+)[ \t]+$")  # the two words (or one) before a type word
INDEFINITE = "một"  # "một Cương lĩnh xây dựng đất nước sau chiến tranh": a kind of document, not the one named
# After "quy định", "quyết định", "kết luận" … in lower case and a bare number, a word that makes the type word a
# verb and the number a count ("quy định 2 mức"), unlike the words that go on from a document ("quy định 22 của …").
VERB_OBJECT = re.compile(r"[ \t]+(?!(?:của|về|do|ngày|năm|và|hoặc|đã|được|đang|vừa|sẽ|là|thì|tại|trong|với|nêu|có|này|"
                         r"cũng|để|nhằm|khi|mà|đề ra|yêu cầu|quy định|hướng dẫn|chỉ rõ|nhấn mạnh|xác định)(?![\wà-ỹđ]))"
                         r"[a-zà-ỹđ]")
PLURAL_BEFORE = re.compile(r"(?<![\w])(?i:các|những)[ \t]+$")  # several documents, then their numbers after "số"
COUNT_BEFORE = re.compile(r"(?<![\d.,/])(\d{1,2})[ \t]+$")  # how many documents a list names: "4 Nghị quyết 59, 70, 71 và 72"
ITEM_YEAR = re.compile(r"[ \t]+năm[ \t]+(?P<year>(?:19|20)\d\d)(?!\d)")  # "196-CP năm 1994, 41-CP năm 1995"
COUNTED = re.compile(
    r"[ \t]*(?:năm(?![ \t]+(?:19|20)\d\d(?![ \t]*[-–][ \t]*(?:19|20)\d\d))|tháng|%|người|tỷ|triệu|nghìn|ha\b|km|m2|lần|giờ|phút|xã|hộ|đồng|"
    r"tập thể|cá nhân|đơn vị|điểm|mục|nhóm|nội dung|nhiệm vụ|giải pháp|chỉ tiêu|văn bản|cuộc|đại biểu|đảng viên)",
    re.IGNORECASE,  # "KẾ HOẠCH 5 NĂM" in a heading in capitals; "Kế hoạch 5 năm 2021 - 2025": five years, not No. 5 of 2021
)
_SESSION = r"(?:[ \t]*\((?i:lần)[ \t]*\d\))?"  # a plenum held in two sessions: "Hội nghị lần thứ sáu (lần 2)"
PLENUM = re.compile(  # "Nghị quyết Trung ương 4 khóa XII", "… Hội nghị (lần thứ) Mười Ban chấp hành Trung ương
    # Đảng khóa XI", "nghị quyết hội nghị lần thứ X – BCH trung ương đảng khóa XI", "… Hội nghị T.Ư 8"
    rf"{S}(?:(?:của{S})?(?i:hội{_GAP}nghị){S}(?:(?:(?i:lần{_GAP}thứ){S})?(?P<o1>(?i:{ORD})){_SESSION}{S}(?:[,–-]{S})?)?"
    rf"|(?P<o0>[IVX]{{1,4}}){S}(?=(?i:ban chấp hành|BCH))"  # "Nghị quyết V Ban chấp hành Trung ương Đảng (khóa VIII)"
    rf")?(?:(?i:ban chấp hành|BCH){S})?"  # "Nghị quyết Ban Chấp hành Trung ương Đảng lần thứ chín (khóa XI)"
    rf"(?:(?i:trung ương)|TW|T\.?Ư)(?:{S}(?i:Đảng))?{S}(?:(?i:lần thứ){S})?(?:(?P<o2>(?i:{ORD})){_SESSION})?(?:[ \t]*,?{S}{TERM})?"
)
SECOND_TERM = re.compile(  # "Nghị quyết Trung ương 4 khóa XI, XII", "… (khóa XI, khóa XII)", "… khóa XI và XII"
    rf"[ \t]*(?:,|và|,{S}và){S}(?:(?i:khóa){S})?(?P<term>[IVXL]{{1,6}})(?![\w])(?:[ \t]*\))?")
_NOT_BODY = rf"(?!{S}(?i:bộ)(?![\w]))"  # "của Đảng", not "của Đảng bộ xã"
NEXT_CONGRESS = re.compile(rf"[ \t]*(?:,|và|,[ \t]*và)[ \t]*(?=(?i:đại{_GAP}hội)(?![\w]))")  # ", Đại hội …" listed after one
OF_THE_PARTY = re.compile(rf"(?:{S}(?:của{S})?Đảng(?![\w]){_NOT_BODY})?")
# A congress resolution: "Nghị quyết Đại hội XIII của Đảng", "… Đại hội Đảng toàn quốc lần thứ XIII", "… Đại hội đại
# biểu toàn quốc của Đảng lần thứ XII", "… Đại hội Đảng bộ tỉnh lần thứ XX", "… Đại hội lần thứ VI Đảng bộ huyện
# Ngọc Hồi", "… đại hội Đảng bộ tỉnh nhiệm kỳ 2015-2020", "… Đảng bộ huyện lần thứ XI".
_DASHED_NAME = rf"{SYLLABLE}[ \t]+{SYLLABLE}[ \t]*[-–][ \t]*{SYLLABLE}[ \t]+{SYLLABLE}"  # "Bà Rịa - Vũng Tàu"
_PARTY_BODY = (rf"(?:(?P<pre{{n}}>(?i:{LEVEL})){S}(?=(?i:Đảng){S}(?i:bộ)(?![\w])))?"  # "Đại hội tỉnh Đảng bộ lần thứ XVII"
               rf"(?:của{S})?(?i:Đảng)(?:{S}(?i:bộ)(?![\w])|(?={S}(?i:{LEVEL})(?![\w])))(?:{S}(?P<lvl{{n}}>(?i:{LEVEL})))?"  # "Đảng Thành phố"
               rf"(?:{S}(?P<place{{n}}>{_DASHED_NAME}|{NAME}|{CAPITAL_NAME}|{alternation(PLACE_CODES)}(?![\w]))"  # "Đảng bộ TPHCM"
               rf"(?:[ \t]*\((?i:nay là|nay thuộc)[^()\n]{{1,60}}\))?)?")  # "huyện Côn Đảo (nay là đặc khu Côn Đảo)"
_ORDINAL_WORD = rf"(?i:{alternation(ORDINALS)})"  # "lần thứ nhất", "lần thứ mười"
_BODY_1, _BODY_2 = (_PARTY_BODY.replace("{n}", n) for n in "12")
CONGRESS = re.compile(  # "Đại hội" may go unsaid before a numbered Party organisation: "Nghị quyết Đảng bộ huyện lần thứ XI"
    rf"{S}(?:của{S})?(?:(?:(?i:Đại{_GAP}hội)|ĐH)(?![\w]){S}(?:(?i:đại{_GAP}biểu){S}|ĐBTQ{S})?(?:(?:(?i:Đảng){S})?(?i:toàn quốc){S}(?:của{S}Đảng{S}(?=lần))?)?"
    rf"|(?:(?i:đại{_GAP}biểu){S})?(?=(?i:Đảng){S}(?i:bộ)(?![\w]))"  # "Nghị quyết Đại biểu Đảng bộ huyện …": "Đại hội" lost
    rf"|(?=[IVX]{{1,5}}(?![\w]){S}của{S}Đảng(?![\w])))"  # "Nghị quyết XIII của Đảng": its congress unsaid
    rf"(?:{_BODY_1}{S})?(?:(?i:Đảng){S})?"
    rf"(?:(?:(?i:lần(?:{S}thứ)?|khóa|khoá){S})?(?P<ord>[IVXL]{{1,6}}|\d{{1,2}}|(?<=thứ ){_ORDINAL_WORD})(?![\w])(?:{S},?{S}{_BODY_2})?)?"  # "lần I"
    rf"(?:{S},?{S}\(?(?i:nhiệm kỳ){S}(?P<from>(?:19|20)\d\d){S}[-–]{S}(?P<to>(?:19|20)\d\d)\)?)?"
    rf"(?:{S}(?:của{S})?Đảng(?![\w]){_NOT_BODY})?"
)
# The congress of a sector's Party organisation: "Nghị quyết Đại hội Đảng bộ Quân đội lần thứ XI", "… Đại hội đại biểu
# Đảng bộ Công an Trung ương lần thứ VII nhiệm kỳ 2020-2025", "… Đảng bộ Khối các cơ quan và doanh nghiệp tỉnh Bắc Giang
# lần thứ I", "… Đảng bộ Quân sự tỉnh lần thứ XVI".
_TERM_YEARS = rf"(?:[ \t]*,?{S}\(?(?i:nhiệm kỳ){S}(?P<from{{n}}>(?:19|20)\d\d){S}[-–]{S}(?P<to{{n}}>(?:19|20)\d\d)\)?)"
SECTOR_CONGRESS = re.compile(  # its number also before it, then nothing more: "Nghị quyết Đại hội VIII của Đảng bộ Khối"
    rf"{S}(?:của{S})?(?:(?:(?i:Đại{_GAP}hội)|ĐH)(?![\w]){S}(?:(?i:đại{_GAP}biểu){S})?"
    rf"(?:(?:(?i:lần thứ){S})?(?P<ord0>[IVXL]{{1,6}}|\d{{1,2}})(?![\w]){S}(?:của{S})?)?)?(?i:Đảng){S}(?i:bộ){S}"
    rf"(?P<sector>{alternation(SECTORS).replace(chr(92) + ' ', _GAP)})(?![\w])"
    rf"(?P<described>(?:[ \t]+(?!(?i:lần|nhiệm|khóa)(?![\w]))[^\W\d_]+){{0,8}}?)"
    rf"(?:[ \t]+(?P<lvl>(?i:{LEVEL}))(?:[ \t]+(?P<place>{NAME}))??)?"
    rf"(?:[ \t]*,?{S}(?i:lần thứ){S}(?P<ord>[IVXL]{{1,6}}|\d{{1,2}}|{_ORDINAL_WORD})(?![\w])"
    rf"{_TERM_YEARS.replace('{n}', '1')}?|{_TERM_YEARS.replace('{n}', '2')}|(?(ord0)|(?!)))"
)
# The congress of a front or mass organisation: "Nghị quyết Đại hội đại biểu Đoàn TNCS Hồ Chí Minh tỉnh Long An lần
# thứ X", "… Đại hội Hội Nông dân huyện nhiệm kỳ 2018 – 2023", "… Đại hội XII Công đoàn Việt Nam", "… Đại hội đại
# biểu toàn quốc Hội Nông dân Việt Nam, nhiệm kỳ 2023-2028", "… Đại hội Phụ nữ tỉnh lần thứ I".
ORGANISATION_CONGRESS = re.compile(
    rf"{S}(?:của{S})?(?:(?i:Đại{_GAP}hội)|ĐH)(?![\w]){S}(?:(?i:đại{_GAP}biểu){S})?(?P<nation1>(?i:toàn quốc){S})?"
    rf"(?:(?:(?i:lần thứ){S})?(?P<ord1>[IVXL]{{1,6}}|\d{{1,2}})(?![\w]){S})?(?:của{S})?"  # "Đại hội của Hội Cựu chiến binh tỉnh"
    rf"(?P<org>(?i:{alternation(CONGRESS_ORGANISATIONS).replace(chr(92) + ' ', _GAP)}))(?P<nation3>VN)?(?![\w])"  # "CCBVN"
    rf"(?:{S}(?P<nation2>Việt Nam|(?i:toàn quốc))(?![\w]))?"
    rf"(?:{S}(?:cấp{S})?(?P<lvl>(?i:{LEVEL}))(?:{S}(?P<place>{NAME}|{CAPITAL_NAME}))?"  # "Đoàn cấp tỉnh", "TP ĐÀ NẴNG"
    rf"|{S}(?P<coded>{alternation(PLACE_CODES)})(?![\w]))?"  # "Hội Cựu chiến binh TPHCM"
    rf"(?:[ \t]*\([A-ZĐ][\w.&-]{{1,10}}\))?"  # the place's initials: "Công đoàn thành phố Hồ Chí Minh (TP.HCM)"
    rf"(?:[ \t]*,?{S}\(?(?i:lần thứ|khóa){S}(?P<ord2>[IVXL]{{1,6}}|\d{{1,2}}|(?<=thứ ){_ORDINAL_WORD})(?![\w])\)?)?"  # "(khóa VIII)"
    rf"(?:[ \t]*,?{S}\(?(?i:nhiệm kỳ){S}(?P<from>(?:19|20)\d\d){S}[-–]{S}(?P<to>(?:19|20)\d\d)\)?)?"
)
STOP = (rf"(?:và[ \t]+(?:[A-ZĐ]{{2}}|{WORDS})|năm|số(?=\s*[\d:])|của|được|đã|đang|sẽ|cùng|với|trong(?![ \t]+nước)|tại|theo|nhằm|để|thì|là|này|khi|do|cho|vào|từ|đến|"
         r"trên|gắn|ngày|hiện hành|mới nhất|có|các|những|và các|và những|hướng dẫn|quy định|điều chỉnh|về việc|sửa đổi"
         rf"|{WORDS}|(?:Điều|Khoản|Điểm|Chương|Phần|Mục)(?=[ \t]+(?:\d|[IVXL]+(?![\w]))))(?![\wà-ỹđ])")  # "Luật Cư trú Phần II
# Thông tư 55/2021/TT-BCA": a type word or a part of a text ends a name
NAME_WORD = rf"(?:[ \t]+|[ \t]*\n[ \t]*(?=[a-zà-ỹđ]))(?!{STOP}|\d)[\wà-ỹđ]+"  # a lower-case word may follow a line break
# Where a comma-joined part of a law name may end: punctuation, the year, its number, the next document,
# or what a law does ("Luật Cán bộ, công chức quy định …").
NAME_PART_END = (rf"[ \t]*(?:[,.;:()\n]|$|(?:năm[ \t]+)?(?:19|20)\d\d(?!\d)|số(?![\wà-ỹđ])|ngày[ \t]+\d|và[ \t]+(?:[A-ZĐ]|{WORDS})"
                  r"|(?:quy định|hướng dẫn|nêu rõ|ghi nhận|có hiệu lực)(?![\wà-ỹđ]))")
DATED_END = r"[ \t]*(?:(?:năm[ \t]+)?(?:19|20)\d\d(?!\d)|số[ \t]*\d|ngày[ \t]+\d)"  # a name's year, number or date
# Words that make a clause, never a part of a name: "Luật Đất đai, cán bộ còn phải hướng dẫn …"
CLAUSE_WORD = (rf"(?:{STOP}|còn|phải|cần|nên|không|chưa|vẫn|đều|cũng|mới|bị|luôn|rất|hãy|chỉ|lại|đây|đó|ông|bà|anh|chị|tôi|"
                r"chúng|họ|người ta)(?![\wà-ỹđ])")
# Patterns only some readings need, compiled when first used (module __getattr__): a command that reads one
# reference (`cites`) does not pay for the grammar of names, laws and issuing clauses. A pattern that needs a
# data table is given as a function, so that the table too is read on first use.
_LAZY: dict[str, str | Callable[[], str]] = {}
# The plenum of a front or mass organisation's committee: "Nghị quyết Hội nghị lần thứ 12 của Ban chấp hành Hội Nông dân
# Việt Nam", "… Hội nghị lần thứ năm Ban Chấp hành Trung ương Đoàn khóa XII".
_LAZY["ORGANISATION_PLENUM"] = (
    rf"{S}(?:của{S})?(?i:hội{_GAP}nghị){S}(?:(?i:lần{_GAP}thứ){S})?(?P<ord>(?i:{ORD})){S}(?:[,–-]{S})?(?:(?i:của){S})?"
    rf"(?i:ban{_GAP}chấp{_GAP}hành|BCH){S}(?P<central>(?i:trung{_GAP}ương){S})?"
    rf"(?P<org>(?i:{alternation(CONGRESS_ORGANISATIONS).replace(chr(92) + ' ', _GAP)}))(?![\w])"
    rf"(?:{S}(?P<nation>Việt Nam|(?i:toàn quốc))(?![\w]))?"
    rf"(?:{S}(?P<lvl>(?i:{LEVEL}))(?:{S}(?P<place>{NAME}))?)?(?:[ \t]*,?{S}{TERM})?"
)
# The plenum of a local Party committee: "Nghị quyết Hội nghị lần thứ 2 Ban Chấp hành Đảng bộ thành phố khóa XVIII",
# "… Hội nghị lần thứ 11 Tỉnh ủy Hà Tĩnh khóa XIX", "… Hội nghị Huyện ủy lần thứ 5".
_PARTY_COMMITTEE = rf"(?:(?i:ban{_GAP}chấp{_GAP}hành|BCH){S}(?i:Đảng){S}(?i:bộ){S}(?P<lvl>(?i:{LEVEL}))" \
                   rf"|(?P<committee>{alternation(c['name'] for c in BODIES['committees'] if c.get('issuer'))}))"
_LAZY["LOCAL_PLENUM"] = (
    rf"{S}(?:của{S})?(?i:hội{_GAP}nghị){S}(?:(?:(?i:lần{_GAP}thứ){S})?(?P<o1>(?i:{ORD})){S}(?:[,–-]{S})?(?:(?i:của){S})?)?"
    rf"{_PARTY_COMMITTEE}(?:{S}(?P<place>{NAME}))?(?:{S}(?:(?i:lần{_GAP}thứ){S})?(?P<o2>(?i:{ORD})))?"
    rf"(?:[ \t]*,?{S}{TERM})?"
)
_PART_WORD = r"[\wà-ỹđ]+(?:[-/][\wà-ỹđ]+)?"  # a word of a name's later part, "vi-rút" and "HIV/AIDS" too
_LAZY["LAW"] = (
    # A name may join coordinated parts with commas ("Cán bộ, công chức", "Phòng, chống tham nhũng",
    # "Tín ngưỡng, tôn giáo"): a short lowercase part after a short head, with no word of a clause in it,
    # ending where a name ends ("Luật Đất đai, người dân được …" is the Luật Đất đai).
    rf"[ \t]+(?P<name>[A-ZĐ][\wà-ỹđ]*(?:{NAME_WORD}){{0,2}}"
    rf"(?:,[ \t]+(?!{CLAUSE_WORD})[a-zà-ỹđ][\wà-ỹđ]*(?:[ \t]+(?!{CLAUSE_WORD}|\d){_PART_WORD}){{0,5}}(?={NAME_PART_END}))+"
    # a longer head too where the name runs to its date or number ("Luật Lực lượng tham gia đảm bảo an ninh, trật tự ở
    # cơ sở ngày 28 tháng 11 năm 2023")
    rf"|[A-ZĐ][\wà-ỹđ]*(?:{NAME_WORD}){{3,9}}"
    rf"(?:,[ \t]+(?!{CLAUSE_WORD})[a-zà-ỹđ][\wà-ỹđ]*(?:[ \t]+(?!{CLAUSE_WORD}|\d)[\wà-ỹđ]+){{0,5}})+(?={DATED_END})"
    rf"|[A-ZĐ][\wà-ỹđ]*(?:{NAME_WORD}){{10,14}}(?={DATED_END})"  # a long name up to its date ("Pháp lệnh Khai thác
    # và Bảo vệ công trình khí tượng thủy văn ngày 02 tháng 12 năm 1994")
    rf"|[A-ZĐ][\wà-ỹđ]*(?:{NAME_WORD}){{0,9}})"  # a number is no name word
    rf"(?:[ \t]*,?[ \t]*(?:năm[ \t]+)?(?P<year>(?:19|20)\d{{2}})(?!\d))?"
)
# An amending law: "Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa
# phương", "… của 37 luật có liên quan đến quy hoạch": one document, whose name runs to its date or the clause's end.
_LAW_WORDS = rf"(?:Bộ luật|Luật|luật(?=[ \t]+[{UPPER}])|Pháp lệnh|\d{{1,3}}[ \t]+(?:[Ll]uật|[Pp]háp lệnh)|{alternation(ABBREVIATED_NAMES)}(?![\w]))"  # "… của BLHS"
ABBREVIATED_NAME = re.compile(rf"(?<![\w])(?P<abbr>{alternation(ABBREVIATED_NAMES)})(?![\w])")  # "BLHS năm 2015"
_AMEND_END = (rf"(?=[ \t]*(?:ngày|năm|số|(?:19|20)\d\d(?!\d)|[.;:()\n]|$|(?:được|đã|có hiệu lực|quy định|và các|trong|tại|vào|tại phiên|với|là|nhằm)(?![\wà-ỹđ])"
              rf"|,(?![ \t]*{_LAW_WORDS}[ \t](?![^,;.()\n]{{1,80}}\([Ss]ửa đổi\)))"  # a comma, unless another law follows
              # (not one revised whole: "… của Luật Giáo dục, Luật Giáo dục đại học (sửa đổi)" lists two laws passed)
              rf"|và[ \t]+(?!{_LAW_WORDS})(?:{WORDS})(?![\w])))")  # "… và Nghị định số 98/2010/NĐ-CP": another document
_PAGE_MARK = r"[ \t]*\n[ \t]*\d{1,3}\.[ \t]+"  # a line break and a page's number, inside a title a PDF ran on
PAGE_MARK = re.compile(_PAGE_MARK)
_LAZY["AMENDING"] = (rf"{S}(?P<name>(?:[Ss]ửa đổi|[Ss]ửa đi(?=,)|[Ss]ửađổi(?=,)|SĐ)(?:,?{_GAP}(?:bổ{_GAP}sung|BS)(?:{_GAP}một{_GAP}(?:số|vài|s){_GAP}(?:[Đđ]iều|điu))?"
                      rf"|{_GAP}một{_GAP}(?:số|vài){_GAP}[Đđ]iều"  # "sửa đổi một số điều của Luật …" (1998)
                      rf"|(?=[ \t]+(?:Bộ luật|Luật)[ \t]))(?:{_GAP}của)?(?:{_PAGE_MARK}|{_GAP})"  # "Luật sửa đổi Bộ luật Hình
                      # sự 2017"; "… một số điều của\n  3. Pháp lệnh …": a PDF's page number inside the name
                      rf"(?:{_LAW_WORDS}|(?<=điều của )(?=[{UPPER}]))[^.;:()\n]{{1,400}}?){_AMEND_END}")  # "Luật" may go unsaid
# "Luật sửa đổi, bổ sung một số điều của Phòng, chống thiên tai và Luật Đê điều": the first amended law's "Luật" lost
LAW_WORD_LOST = re.compile(rf"(một (?:số|vài) điều của )(?!{_LAW_WORDS})(?=[{UPPER}])")
LOST_LETTERS = re.compile(r"^([Ss]ửa)(?: đi|đổi),")  # "Luật Sửa đi, bổ sung …": "đổi" with its letters lost (a PDF's
# font), or glued to "sửa" ("Pháp lệnh sửađổi, bổ sung …"); "một s điu" for "một số điều" (LOST_SOME_ARTICLES)
LOST_SOME_ARTICLES = re.compile(r"(một) s điu(?= )")
NEXT_LAW = re.compile(r",[ \t]*(?:Bộ luật|Luật|Pháp lệnh)[ \t]")  # ", Luật …": the next law of a list
AMENDING_SHORT = re.compile(r"^(?:[Ss]ửa đổi|SĐ)(?:(,?\s*)(?:bổ sung|BS))?(?= )")  # "SĐ, BS một số điều …", "sửa đổi Bộ luật …"
# The next law an amending law names after one written with its number: ", Luật Nhà ở số …", "và Luật …".
_LAZY["AMENDED_NEXT"] = rf"(?P<name>{S}(?:,{S}và|,|và){S}{_LAW_WORDS}[ \t][^.;:()\n]{{1,400}}?){_AMEND_END}"
# A steering committee named after a document: "Ban Chỉ đạo thực hiện Nghị quyết số 57-NQ/TW của Đảng ủy xã …",
# where the body after "của" owns the committee, not the document.
STEERING_BEFORE = re.compile(r"(?i:ban chỉ đạo|BCĐ)(?:[ \t]+(?:thực hiện|triển khai|sơ kết|tổng kết))?[ \t]+$")
AMENDED_WITHOUT_OF = re.compile(r"(một (?:số|vài) điều) (?=(?:Bộ luật|Luật|Pháp lệnh) )")
AMENDING_NAME = re.compile(r"[Ss]ửa đổi(?:,?\s+bổ sung|\s+một (?:số|vài) điều|(?=\s+(?:Bộ luật|Luật)\s))")  # as read
LAW_WORD = re.compile(r"(?<![\w])(?:Bộ luật|Luật|Pháp lệnh|luật)(?![\w])")  # a law an amending law names
# "Luật … sửa đổi 2020": in a list of laws, the amending law of that year (when the authority file knows one);
# but "(sửa đổi năm 2020, 2025)", several years: the law as amended
REVISED_IN = re.compile(r"[ \t]+\(?sửa đổi(?:,?[ \t]+bổ sung)?\)?(?=[ \t]+(?:năm[ \t]+)?(?:19|20)\d{2}(?!\d)"
                        r"(?![ \t]*(?:,|và)[ \t]*(?:năm[ \t]+)?(?:19|20)\d{2}))")
# A known name going on in capitals ("Luật Đầu tư Nước ngoài"), not a body or subject after it ("Luật Đất đai Nhà nước giao …")
# nor the next document of a list run together ("Luật Lưu trữ Nghị định số 26/2020/NĐ-CP").
_LAZY["CAPITALISED_NEXT"] = (rf"[ \t]+(?!(?:Nhà nước|Nhân dân|Đảng|Việt Nam|Thủ tướng|Kính gửi|{ISSUER})(?![\w])"
                             rf"|(?:{WORDS}){S}(?:số{S})?\d)[{UPPER}][{LOWER}]")
# "Luật Việc làm (sửa đổi)", "Pháp lệnh Dân số sửa đổi, trong đó …": a law revised whole, without its year; not
# "sửa đổi" with what it amends after it ("… sửa đổi, bổ sung", "… sửa đổi Điều 3", "… sửa đổi các nghị định")
_LAZY["REVISED_LAW"] = (r"[ \t]*\(sửa đổi\)|[ \t]+sửa đổi(?=[ \t]*[.;:)]|[ \t]*,(?![ \t]*bổ[ \t]+sung)|[ \t]*(?:\n|$)"
                        rf"|[ \t]+(?!(?i:{WORDS}|bổ sung|một|các|những|điều|điểm|khoản|nội dung|quy định|tại|bởi|theo"
                        rf"|và|liên quan|chế độ|năm|số)(?![\w]))[{LOWER}])")
ANOTHER_DOCUMENT = re.compile(rf"[ \t]*(?:,|và){S}(?i:{WORDS})(?![\w])")  # "NQ45 và nghị quyết đại hội 16"
SECOND_LAW = re.compile(r"[ \t]+và[ \t]+(?P<word>Bộ luật|Luật|Pháp lệnh)(?=[ \t]+[A-ZĐ])")  # "… và Luật Tổ chức …"
NEXT_YEAR = re.compile(rf"[ \t]*(?:,{S}và|,|và){S}(?:năm{S})?(?P<year>(?:19|20)\d{{2}})(?!\d|[/.-]\d)")  # "…, 1959 và năm 2013"
YEAR_AFTER = re.compile(  # "năm 2015", ", 2015", "(2015)"
    rf"[ \t]*,?{S}(?P<paren>\()?(?:năm[ \t]+)?(?P<year>(?:19|20)\d{{2}})(?!\d)(?(paren)\))")
LAW_NUMBER = re.compile(  # "Luật … số 22/2008/QH12", "Luật Cán bộ, công chức (Luật số 22/2008/QH12 …)"
    rf"{S}(?:\({S}(?:(?:Bộ luật|Luật|Pháp lệnh)[ \t]+)?)?(?:số{S})(?=\d)")
_REPUBLIC = "(?:nước Cộng hòa xã hội chủ nghĩa|nước CHXHCN) Việt Nam".replace(" ", _GAP)  # "nước CHXHCN Việt Nam"
CONSTITUTION = re.compile(  # "Hiến pháp năm 2013", "Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam (năm 1992)"
    rf"{S}(?:(?i:{_REPUBLIC})(?:{S},?{S}(?:năm{S})?(?P<year1>(?:19|20)\d{{2}})(?!\d))?"
    # "Hiến pháp Việt Nam năm 1992", with its year ("Hiến pháp Việt Nam qua các thời kỳ" is every one of them)
    rf"|Việt{S}Nam{S},?{S}(?:năm{S})?(?P<year2>(?:19|20)\d{{2}})(?!\d)"
    rf"|(?P<paren>\()?(?:năm{S})?(?P<year>(?:19|20)\d{{2}})(?!\d)(?(paren)\)))")  # "Hiến pháp (2013)"
_LAZY["PROMULGATION"] = (
    rf"{S}công bố{S}(?P<law>(?:Bộ luật|Luật|Pháp lệnh)[ \t]+[A-ZĐ][\wà-ỹđ]*(?:[ \t]+(?!{STOP})[\wà-ỹđ]+){{0,9}})")
CHARTER_FORMS = {" ".join(form.lower().split()): charter for t in TYPES for charter in t.charters for form in charter.forms}
CHARTERS = {phrase_key(form): charter for form, charter in CHARTER_FORMS.items()}  # looked up by phrase_key
# The congress or plenum of an organisation with a charter other than the Party: "Đại hội XII Công đoàn Việt
# Nam", "Hội nghị lần thứ năm Ban Chấp hành Trung ương Đoàn".
EVERY_LEVEL = re.compile(rf"{S}(?:ở{S})?(?i:mỗi|các|từng){S}cấp(?![\w]|[ \t]+ủy)")  # "Nghị quyết Đại hội Đảng nhiệm kỳ 2005-2010 ở mỗi cấp"
OTHER_ORGANISATION = re.compile(
    rf"{S}(?:của{S})?(?i:{alternation(f for f, c in CHARTER_FORMS.items() if c.name != 'Đảng').replace(chr(92) + ' ', _GAP)})(?![\w])")
_LAZY["CHARTER"] = (rf"{S}(?P<charter>(?i:{alternation(CHARTER_FORMS).replace(chr(92) + ' ', _GAP)}))(?![\w])")
PLATFORM = re.compile(
    rf"{S}(?:chính trị|xây dựng đất nước(?:{S}trong thời kỳ quá độ lên chủ nghĩa xã hội)?)"
    rf"(?:{S}\((?:bổ sung,{S}phát triển{S})?năm{S}(?P<year>(?:19|20)\d{{2}})\))?"
)
# An issuer right after a number, without "của", ending a clause: "theo Quyết định 1953 Tỉnh ủy;" (not "chỉ tiêu
# Nghị quyết 2020 Tỉnh ủy giao", a year's).
_LAZY["ISSUER_NEXT"] = rf"[ \t]+(?P<iss>{ISSUER})(?:[ \t]+{PLACE})?(?=[ \t]*(?:[,.;:)\n]|$))"
ISSUER_AFTER = re.compile(rf"[ \t]*,?{S}(?i:của|do){S}(?P<iss>{ISSUER})(?:[ \t]+(?:lần thứ[ \t]+)?{ORD})?(?:[ \t]+{PLACE})?")
# A date in brackets ending a listed headline's line: when the related article was posted, not a document's date.
LISTING_DATE = re.compile(r"[ \t]*\(\d{1,2}[/.-]\d{1,2}[/.-](?:19|20)\d{2}\)[ \t]*(?:\n|$)")
# A document's date ("… NGÀY 24/5/2012" in a heading); not a page's time stamp ("Nghị định 178 19/09/2025 15:52").
DATE_AFTER = re.compile(rf"[ \t]*,?{S}\(?{S}(?:ban hành{S})?(?i:ngày|ký ngày|ngày ký)?{S}{DATE}(?:[ \t]*\))?"
                        r"(?![ \t]*[,|-]?[ \t]*\d{1,2}[:h]\d{2}(?!\d))")
# An issuer right after the number, without "của", named with its unit: "nghị quyết 20 HĐND tỉnh Kiên Giang".
_LAZY["ISSUER_PLACED_AFTER"] = rf"[ \t]+(?=[{UPPER}])(?P<iss>{ISSUER})[ \t]+(?=(?i:{LEVEL})[ \t]+[{UPPER}]){PLACE}"

# A body the tables do not know, named after "của" with its province: "của Chi cục trưởng Chi cục Kiểm lâm Thành phố Hồ
# Chí Minh" (its place only is read).
_LAZY["PLACED_BODY_AFTER"] = (rf"[ \t]*,?{S}(?i:của|do){S}(?=[{UPPER}])[^\W\d_]+(?:(?:[ \t]+|&)[^\W\d_]+){{0,9}}?[ \t]+"
                              rf"(?i:tỉnh|thành phố|TP\.?)[ \t]*(?P<place>{_DASHED_PLACE}|{NAME})")


class _OnFirstUse:
    """A pattern of ``_LAZY`` in a table built at import, compiled when it first matches."""

    def __init__(self, name: str):
        self.name = name

    def match(self, *args) -> re.Match | None:
        return (globals().get(self.name) or __getattr__(self.name)).match(*args)


AFTER = [
    ("date", DATE_AFTER),
    ("issuer", ISSUER_AFTER),
    ("issuer", _OnFirstUse("ISSUER_PLACED_AFTER")),
    ("placed", _OnFirstUse("PLACED_BODY_AFTER")),
    ("term", re.compile(rf"[ \t]*,?{S}{TERM}")),
    ("year", re.compile(r"[ \t]+(?:ban hành[ \t]+)?năm[ \t]+(?P<year>(?:19|20)\d{2})(?![\d/.-])")),
    ("plenum", re.compile(rf"[ \t]*,?{S}(?:của{S})?Hội nghị{S}(?:lần thứ{S}{ORD}{S})?(?:Ban Chấp hành{S})?"
                          rf"(?:Trung ương|TW)(?:{S}Đảng)?(?:{S}{ORD})?")),
]
SUBJECT = re.compile(r"[ \t]*,?[ \t]*(?:về việc|về|V/v|v/v)[ \t]+[“\"]?(?P<subject>[^;.\n“”\"]{3,200})")
DANGLING = re.compile(r"(?:[ \t,]+(?:và|hoặc|cùng|với|cùng với|tại|theo|của))+[ \t,]*$")
SUBJECT_END = re.compile(r",[ \t]*(?:gắn|và|cùng|theo|đồng thời|nhằm|tạo|góp phần|đã|trong)\b")
_LAZY["PRE_ISSUE"] = (  # "Ngày 18-2-1998, Bộ Chính trị ban hành", "Ngày 25 tháng 10 năm 2017, Hội nghị lần thứ
    # sáu Ban Chấp hành Trung ương Đảng khóa XII ban hành", "Ngày 5/3/2020, tại Hà Nội, Tỉnh ủy Hà Tĩnh đã ký ban hành"
    rf"(?:[Nn]gày|[Vv]ào ngày)[ \t]+{DATE}[ \t]*,[ \t]*(?:tại[ \t]+[^,.;:!?\n]{{1,40}},[ \t]*)?"
    rf"(?:Hội nghị[ \t]+lần thứ[ \t]+{ORD}[ \t]+|Hội nghị[ \t]+(?=Ban Chấp hành|BCH))?"
    rf"(?P<iss>{ISSUER})(?:[ \t]+(?:lần thứ[ \t]+)?{ORD})?(?:[ \t]+{PLACE})?(?:[ \t]*,?[ \t]*{TERM})?"
    r"[ \t]+(?:đã[ \t]+)?(?:ký[ \t]+)?(?:ban hành|thông qua|ra)[ \t]+(?:các[ \t]+)?$"
)


# The body an official signs for: "thay mặt Bộ Chính trị, Tổng Bí thư … đã ký ban hành Nghị quyết số 58".
_LAZY["ON_BEHALF"] = rf"(?i:thay mặt)[ \t]+(?P<iss>{ISSUER})(?:[ \t]+{PLACE})?(?=[ \t]*,)"


def _pre_holder() -> str:
    """"UBND huyện đã có Tờ trình số 86/TTr-UBND", "Tỉnh ủy ban hành Nghị quyết", "Chủ tịch UBND tỉnh ký Quyết
    định số 512/QĐ-UBND", "UBND thành phố vừa ban hành Chỉ thị 09", "Chủ tịch UBND TP Đà Nẵng Trần Văn Minh vừa
    ban hành Chỉ thị 09", "Ban Chấp hành Đảng bộ thành phố Đà Nẵng đã thống nhất thông qua nghị quyết số 26": the
    official after the post is a common family name and one to three more syllables,
    and the place is as short as the rest allows."""
    official = rf"(?:{alternation(n.capitalize() for n, common in surnames().items() if common)})(?:[ \t]+{SYLLABLE}){{1,3}}"
    return (rf"(?<![\w])(?P<iss>{ISSUER})(?:[ \t]+(?:{LEVEL}[ \t]+)?(?P<place>{SYLLABLE}(?:[ \t]+{SYLLABLE}){{0,3}}?))?"
            rf"(?:[ \t]+{official})?[ \t]+(?:cũng[ \t]+)?(?:(?:đã|vừa|mới|vừa mới)[ \t]+)?(?:(?:thống nhất|nhất trí)[ \t]+)?"
            rf"(?:có|(?:ký[ \t]+)?ban hành|ký|thông qua|ra)[ \t]+$")


_LAZY["PRE_HOLDER"] = _pre_holder
# The words before an issuer phrase that make it the end of a longer body's name: "Ban Chỉ đạo Trung ương …
# đã ban hành" is no act of the Central Committee, "Đảng ủy Khối các cơ quan tỉnh" none of the Tỉnh ủy.
_LAZY["INSIDE_DESCRIBED"] = (rf"(?:{alternation(r['name'] for r in BODIES['described'])})"
                             r"(?:[ \t]+[^\W\d_]+){0,8}[ \t]+$")
# What a clause must end with for PRE_ISSUE or PRE_HOLDER to match: a cheap test before the costly searches.
ISSUING_VERB = re.compile(r"(?:có|ban hành|ký|thông qua|ra)[ \t]+(?:các[ \t]+)?$")
SIGNING_VERB = re.compile(r"(?<![\w])(?:ban hành|ký)[ \t]+$")  # "UBND tỉnh ký quyết định 160 phê duyệt …": a document
PINPOINT = re.compile(
    r"(?P<pin>(?:(?:[Đđ]iểm[ \t]+[a-zđ][ \t]*,?[ \t]*)?(?:[Kk]hoản[ \t]+\d+[ \t]*,?[ \t]*))?[Đđ]iều[ \t]+\d+[a-zđ]?)"
    r"[ \t]*,?[ \t]*(?:của[ \t]+|tại[ \t]+)?$"
)
RELATIONS = tuple(  # a cue matches with its first letter in either case: "Căn cứ", "căn cứ"
    (kind, re.compile("|".join(f"[{c[0].upper()}{c[0]}]{re.escape(c[1:])}" for c in cues))) for kind, cues in RELATION_CUES)
CLAUSE_START = re.compile(r"[.;:!?\n][^.;:!?\n]*$")
# A page's own number line, and the type it is given below it: a heading in capitals or a metadata field.
NUMBER_LINE = re.compile(r"(?:^|\n|\*)[ \t|]*(?:Số|SỐ|Số hiệu|Số ký hiệu)[ \t]*:?[ \t]*$")  # "TỈNH ỦY X * Số 03-NQ/TU": a header on one line
# The type word of the clause a symbol ends, with what it says of the issuer between: "Nghị quyết Kỳ họp thứ 6, Quốc
# hội khóa XIV số 74/2018/QH14" (no other type word, no number but an ordinal, no end of clause between).
_LAZY["CLAUSE_TYPE"] = (rf"(?P<type>(?:{WORDS}))(?![\w])(?:[ \t]*thứ[ \t]+\d{{1,2}}(?!\d)|(?!(?i:{WORDS})(?![\w]))[^;.\n\d]){{1,80}}?"
                        rf"(?<![\w])(?:số|Số)[ \t]*:?[ \t]*$")
_LAZY["TYPE_HEADING"] = (rf"(?:\n[ \t|]*|Loại văn bản[ \t]*:[ \t]*)(?P<type>(?i:{WORDS}))(?=[ \t]*(?:\n|$|[|]))")
# The line under an attachment's heading (and its title) that names the document issuing it: "QUY CHẾ\n…\n(Ban hành
# kèm theo Quyết định số 45/2013/QĐ-TTg …)"; the "Số: …" line above the heading is that document's.
_LAZY["ATTACHED_BY"] = (rf"(?:[^\n]{{0,200}}\n){{1,3}}[ \t|]*\(?[ \t]*(?i:ban hành[ \t]+)?(?i:kèm theo)[ \t]+"
                        rf"(?P<type>(?i:{WORDS}))[ \t]+(?:(?i:số)[ \t]*:?[ \t]*)?(?P<number>\d{{1,5}})(?!\d)")
NOT_AFTER_HEAD = re.compile(rf"{S}(?:này|đó|trên|nói trên|khen thưởng|kỷ luật|số[ \t]*:?[ \t]*/)", re.I)
ACTIVITY = re.compile(r"(?:thực hiện|triển khai|kết quả|sơ kết|tổng kết|học tập|quán triệt|tuyên truyền|"
                       r"kế hoạch|chương trình)[ \t]+(?:các[ \t]+|việc[ \t]+)?$", re.IGNORECASE)
# What stands between a document and the short name the article then calls it by: "Luật sửa đổi, bổ sung một số điều
# của Luật GDĐH (sau đây viết tắt là Luật GDĐH năm 2018)", "… (gọi tắt là Nghị định 15)", "“Luật Hiến, lấy, ghép mô, …”
# (gọi tắt Luật Hiến, ghép tạng)".
DEFINED_AS = re.compile(r"[ \t]*[”\"]?[ \t]*[(,]?[ \t]*(?:(?:sau|dưới)[ \t]+đây[ \t]+)?(?:được[ \t]+)?"
                        r"(?:gọi|viết)[ \t]+tắt(?:[ \t]+là)?[ \t]*[:“\"]?[ \t]*", re.IGNORECASE)
CITATION_GOES_ON = re.compile(r"[ \t]*,?[ \t]*(?:của|do|về|V/v|quy định|hướng dẫn)(?![\wà-ỹđ])")


def __getattr__(name: str) -> re.Pattern:
    """A pattern of ``_LAZY``, compiled on first use and kept as a module attribute from then on."""
    if name not in _LAZY:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    source = _LAZY[name]
    pattern = globals()[name] = re.compile(source() if callable(source) else source)
    return pattern
