"""Candidate place mentions in a zone: one regex pass finds level words with the name after them and bare
runs of capitalised syllables, and the gazetteer units each may name (see :mod:`places` for the rules).

The text scanned is the article's with its line breaks as spaces (inside a zone they only wrap a line)
and headings in capitals written as prose ("HUYỆN THUẬN CHÂU" → "huyện Thuận Châu"), offsets unchanged.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache, lru_cache
from itertools import product
from typing import TYPE_CHECKING
from typing import Callable

from . import gazetteer
from .citation_patterns import WORDS as TYPE_WORDS
from .gazetteer import FORMER, PRE2025, Unit
from .lexicon import (BARE_ABBREVIATIONS, COMMITTEE_LEVELS, COMMUNE_LEVELS, DISTRICT_LEVELS, LEVEL_ABBREVIATIONS,
                      LEVEL_WORDS, LOWER, NUMBERED_LEVELS, PLACE_CODES, PROVINCE, UNIT_KINDS, UPPER, alternation, table)
from .names import is_surname, is_syllable, name_start
from .normalize import fold

if TYPE_CHECKING:
    from .model import Zone

_SYLLABLE = rf"[{UPPER}][{LOWER}]*(?:['’][{UPPER}{LOWER}][{LOWER}]*)?"
_JOIN = r"(?:[ ]|[ ]?[-–][ ]?)"
_RUN = rf"{_SYLLABLE}(?:{_JOIN}(?:{_SYLLABLE}|\d{{1,2}}(?![\d/.,]\d)))*"
_NAME = rf"(?:{_RUN}|\d{{1,2}}(?![\d/.,]\d)|HCM)"

# Level words and bodies named after a level → the level they announce.
_WORDS = {**{word: word for word in LEVEL_WORDS}, **COMMITTEE_LEVELS}
_UNGLUED = {word.replace(" ", ""): word for word in _WORDS}  # "thànhphố" → "thành phố"
_ABBREVIATIONS = {abbreviation.lower(): level for abbreviation, level in LEVEL_ABBREVIATIONS.items()}
_BODIES = tuple(COMMITTEE_LEVELS)
_LEVEL = (
    # "các xã: Quảng Sơn, Quảng Hòa"; glued as scraped pages glue them: "Thànhphố Vĩnh Yên", "Thành phốVĩnh Yên"
    rf"(?P<word>(?i:{alternation(_WORDS).replace(chr(92) + ' ', '[ ]?')}))(?:[ ]?:)?(?:[ ]+|(?=[{UPPER}]))"
    rf"(?:(?P<kind>{alternation(UNIT_KINDS)})[ ]+)?"  # "các huyện miền núi Sơn Tây, Ba Tơ", "xã vùng cao X"
    # an abbreviation takes a real name, not a letter: "P.V" under an article is a reporter's initials
    rf"|(?P<abbr>{alternation(LEVEL_ABBREVIATIONS)})\.[ ]?(?![{UPPER}](?![{UPPER}{LOWER}'’]|[ ][{UPPER}]))"  # "Q.Ô Môn"
    rf"|(?P<abbr2>{alternation(BARE_ABBREVIATIONS)})[ ]"
)
# A name ends at a non-letter; "_" glues a photo credit to a caption ("tỉnh Quảng Ninh_Ảnh: TTXVN").
_CODES = {"TPHCM": PLACE_CODES["HCM"], **{code: name for code, name in PLACE_CODES.items() if code != "HCM"}}  # "BR-VT"
_SCAN = re.compile(rf"(?<![^\W_])(?<![./])(?:(?:{_LEVEL})(?P<name>{_NAME})|(?P<code>{alternation(_CODES)})|(?P<run>{_RUN}))"
                   rf"(?![^\W_])")
_LIST_ITEM = re.compile(rf"(?:[ ]?\([{LOWER}]+(?:[ ][{LOWER}]+){{0,5}}\))?"  # a remark in lower case on the item before:
                        # "Quảng Thành (trung tâm huyện)", not "Kim Chung (huyện Đông Anh)"
                        rf"(?:,[ ]*|[ ]+và[ ]+)(?P<name>{_RUN})(?![^\W_])")
_LEVEL_WORD = re.compile(rf"(?<![\w])(?i:{alternation(LEVEL_WORDS)})(?![\w])")
_LEVEL_GROUP = re.compile(rf"{_LEVEL_WORD.pattern}(?:(?:[ ]*,[ ]*|[ ]+và[ ]+){_LEVEL_WORD.pattern})*")
# A level word opening what follows, glued or not ("Huyện Sông Lô", "Thành phốVĩnh Yên").
_LEVEL_OPENS = re.compile(rf"(?i:{alternation(LEVEL_WORDS).replace(chr(92) + ' ', '[ ]?')})(?=[ ]|[{UPPER}]|$)")
_DASH_LEVEL_IN = re.compile(r" [-–] ")  # a dash between two words of a run
_DASH_LEVEL = re.compile(rf"[ ]?[-–][ ]?(?={_LEVEL_WORD.pattern})")  # a dash, then a level word and its name
_FIRST_ITEM = re.compile(rf"(?P<name>{_RUN})(?![^\W_])")
# An item of a list whose later syllables the press wrote in lower case ("Phù Cừ, Văn giang, Tiên lữ"): taken only
# when the gazetteer knows it in title case.
_LOWER_ITEM = re.compile(rf"(?:,[ ]*|[ ]+và[ ]+)?(?P<name>{_SYLLABLE}(?:[ ][{LOWER}]+){{1,2}})(?=[ ]*[,;.)\n]|[ ]+và[ ])")
# A count of units (or "các") before the list of them: "20 phường hình thành sau sắp xếp gồm: …", "10 xã …, bao gồm: …",
# "08 xã thuộc huyện Gia Lộc (Nhật Tân, Quang Minh, …)",
# "4 đơn vị thuộc huyện Quảng Xương cũ gồm: …", "05 xã thuộc huyện Si Ma Cai là Tả Gia Khâu, …": units of the level
# below the one named.
_COUNTED_LIST = re.compile(rf"(?:(?<![\d.,])\d{{1,3}}|(?<![\w])[Cc]ác)[ ](?P<word>{_LEVEL_WORD.pattern}|(?P<units>đơn[ ]vị))(?=[ ,])"
                           r"(?P<said>[^\n:.;()]{0,80}?)(?:[ ](?:bao gồm|gồm|là)[ ]?:?[ ]*|[ ]?\()")
_WIDE = alternation((PROVINCE, *DISTRICT_LEVELS))
_HINT = re.compile(rf"[ ]?\((?:(?i:{_WIDE}|(?:{alternation(BARE_ABBREVIATIONS)})\.?)[ ]?)?(?P<paren>{_RUN})\)"
                   rf"|(?:,|[ ]?[-–])[ ](?i:{_WIDE})[ ](?P<comma>{_RUN})"
                   rf"|,[ ](?P<closing>{_RUN})\)")  # "(Khoái Châu, Hưng Yên)": the second of a bracketed pair
_WITHIN = re.compile(rf"(?i:{_WIDE})[ ](?P<name>{_RUN})")  # the larger unit a count names: "thuộc huyện Gia Lộc"
_GROUP_WITHIN = re.compile(rf"[ ]+thuộc[ ]+(?i:{_WIDE})[ ]+(?P<name>{_RUN})(?P<next>[ ]*;[ ]*)?")  # "… thuộc tỉnh Quảng Nam;"
_SPLIT = re.compile(r"[ ]?[-–][ ]?")

# Words before a capitalised name that make it a street, landmark, village or person, not a unit.
_NOT_UNIT_BEFORE = frozenset(
    "đường phố ngõ ngách hẻm kiệt cầu sông suối núi đèo hồ chợ thôn xóm bản ấp làng khu khối tổ đội trại đền "
    "chùa đình nhà ông bà anh chị em cô chú bác cụ cháu thầy họ tên tàu đảo cảng vịnh bãi mỏ ga bến "
    "đ/c đồng_chí gia_đình quốc_lộ tỉnh_lộ đại_lộ nhà_máy thủy_điện tư_tưởng phong_cách Bác".split())
_UNIT_BEFORE = frozenset({"điểm_cầu", "đầu_cầu"})  # "tại điểm cầu Phú Yên", "Đầu cầu Đăk Nông" (a meeting's video
# link), not a bridge
# Capitalised first words of a sentence that are not part of a following name ("Tại Hà Tĩnh, …").
_DELEGATION = "Đoàn"  # a province's delegation: "đại biểu Phạm Trọng Nghĩa (Đoàn Lạng Sơn)"
_CAPITAL_CITY = re.compile(r"Thủ [Đđ]ô ")  # "tại Thủ Đô Hà Nội": the capital, then its name
_SENTENCE_WORDS = frozenset(
    "tại ở về theo cùng với từ đến trong ngoài còn riêng toàn cả nay sau trước đó vì do để như nhưng và "
    "hiện người dân đưa giúp cho nhiều các những tới khi nếu đây sáng chiều tối trưa đêm ngày tháng năm "
    "hôm thời qua trên dưới giữa tuy mặc".split())
_DIRECTIONS = frozenset("tây đông nam bắc".split())  # a part of a unit before its name: "miền Tây Nghệ An"
_OUTLETS = frozenset({"báo"})  # a province's paper named after it: "Báo Ninh Thuận trân trọng giới thiệu …"
_PROVINCIAL_BODIES = frozenset({"Sở", "Cục"})  # a department or agency named after its province, its name in capitals
# A district's or province's level word in capitals inside a run: "Ủy ban MTTQ Việt Nam Quận Long Biên"
_WIDE_CAPITALISED = {form for word in (PROVINCE, *DISTRICT_LEVELS) for form in (word[0].upper() + word[1:], word.title())}
_LEVEL_INSIDE = re.compile(rf" (?=(?:{alternation(_WIDE_CAPITALISED)}) (?:[{UPPER}]|\d))")
_LEVEL_OPENED = re.compile(rf" (?=(?:{alternation({w.split()[0] for w in _WIDE_CAPITALISED if ' ' in w})})$)")
_BEFORE_WORD = re.compile(r"(\w+)[ ]+$")
# Words after which a level word names a place, not the body a post belongs to ("tại xã", "các xã", "địa bàn xã").
_LOCATIVE = frozenset("của các thuộc bàn cho và hoặc là gồm có mỗi một hai ba nhiều thăm nhập lập tên".split()) \
    | {"tại", "ở", "về", "từ", "đến", "tới", "trong", "ngoài", "với", "cùng", "toàn", "cả", "như"}
_LEVEL_TIER = {level: 0 if level == "tỉnh" else 2 if level in COMMUNE_LEVELS else 1 for level in set(_WORDS.values())}
_PERSON_ONLY = frozenset({"hồ chí minh"})  # a province's name that, bare, is nearly always the person
_LEVELS = table("levels.json")
_REGIONS = tuple(r.lower() for r in _LEVELS["regions"])  # "các tỉnh Tây Nguyên": a region, no unit
_SPELLINGS = {w: group for group in _LEVELS["spellings"] for w in group}  # "Đăk" → ("Đắk", "Đăk", …)
_BECOMES = {level["word"]: tuple(level["becomes"]) for level in _LEVELS["levels"] if level.get("becomes")}  # thị xã → thành phố
_PLURAL = frozenset({"các", "những"})  # "các tỉnh Tây Bắc": units of a region
# Where a document was issued, before its date: "Vinh, ngày 28 tháng 10 năm 2009".
_ISSUED = re.compile(r",[ ]*ngày[ ]+\d{1,2}[ ]+tháng[ ]+\d")
_NUMBERS_BETWEEN = re.compile(rf"(?:[ ]\d{{1,2}})+[ ](?=[{UPPER}])")  # numbers between two names in one run
_TRAILING_NUMBER = re.compile(r"(?:[ ]\d{1,2})+$")  # "cách Hà Nội 57 km"
# Headings in capitals, written as prose for the scan; a level word's name after it is capitalised.
_CAPITALS = re.compile(rf"(?<!\w)[{UPPER}]{{2,}}(?:[ ,\-–]+[{UPPER}0-9]+)+(?!\w)")
_PARTS = re.compile(r"([ ,\-–]+)")
_LEVEL_OPENERS = frozenset({*_WORDS, *(a.lower() for a in BARE_ABBREVIATIONS)})


@dataclass(slots=True)
class Hit:
    """A candidate mention and the units it may name."""

    start: int
    end: int
    text: str
    explicit: bool
    units: list[Unit]
    continues: bool = False  # more capitalised words follow the name (a person's name after "huyện X")
    hint: frozenset[str] = frozenset()  # keys of what "(Hà Tĩnh)", ", huyện Can Lộc" after the name may be
    group: list[Unit] = field(default_factory=list)  # for a list item: the units of the list's head
    unit: Unit | None = None
    name: str = ""  # the name without its level word
    level: str | None = None  # the level a level word announced, when it may name a unit the gazetteer lacks
    rest: tuple[str, ...] = ()  # the capitalised words after the name in its run
    after_body: bool = False  # the level word ends a body or post ("UBND xã"): a person's name may follow


def scannable(text: str, zones: list[Zone]) -> str:
    """``text`` as scanned, same length: line breaks inside zones as spaces, headings in capitals as prose."""
    parts, position = [], 0
    for zone in sorted(zones, key=lambda z: z.start):
        if zone.start < position:
            continue
        parts += [text[position:zone.start], _CAPITALS.sub(_prose, text[zone.start:zone.end].replace("\n", " "))]
        position = zone.end
    parts.append(text[position:])
    return "".join(parts)


def _prose(match: re.Match) -> str:
    """"TRÊN ĐỊA BÀN HUYỆN THUẬN CHÂU" → "trên địa bàn huyện Thuận Châu": words in lower case, acronyms
    ("TP", "HCM") kept, and after a level word the longest run of words naming a unit capitalised; a run that
    is a province's name alone ("ĐÀ NẴNG") capitalised."""
    parts = _PARTS.split(match.group())  # words at even indices, separators at odd ones
    titled = "".join(part.capitalize() for part in parts)
    if named(titled, lambda unit: unit.parent is None):  # "ĐÀ NẴNG - Ngày 22-9": a dateline's province
        return titled
    words = [w.lower() if is_syllable(w) else w for w in parts[::2]]
    i = 0
    while i < len(words):
        size = next((n for n in (2, 1) if " ".join(words[i:i + n]).lower() in _LEVEL_OPENERS), 0)
        if not size:
            i += 1
            continue
        j = i + size
        for k in range(min(len(words), j + 4), j, -1):
            name = "".join(w.capitalize() + (parts[2 * n + 1] if n < k - 1 else "") for n, w in
                           enumerate(words[j:k], j))
            if named(name):
                words[j:k] = [w.capitalize() for w in words[j:k]]
                break
        i = j
    parts[::2] = words
    prose = "".join(parts)
    return prose if len(prose) == len(match.group()) else match.group()


def scan(text: str, start: int, end: int) -> list[Hit]:
    """Candidate mentions in ``text[start:end]`` (a zone of the :func:`scannable` text)."""
    hits: list[Hit] = []
    listed = _counted_lists(text, start, end, hits)  # spans of the units a count lists
    position = start
    while (match := _SCAN.search(text, position, end)) is not None:
        position = match.end()
        if (after := listed.get(match.start())) is not None:
            position = after
        elif match.group("code") is not None:  # "TPHCM", "BR-VT"
            hits.append(Hit(match.start(), match.end(), match.group(), True,
                            named(_CODES[match.group("code")], lambda u: u.parent is None)))
        elif match.group("run") is not None:
            run = match.group("run")
            if (dash := _DASH_LEVEL.search(run)) is not None:  # "Lãng Công – Xã Lãng Công – Huyện Sông Lô": the
                run, position = run[:dash.start()], match.start("run") + dash.end()  # level word opens the next
            elif (inside := _LEVEL_INSIDE.search(run)) is not None:  # "… Việt Nam Quận Long Biên": likewise
                run, position = run[:inside.start()], match.start("run") + inside.end()
            elif (opened := _LEVEL_OPENED.search(run)) is not None \
                    and _LEVEL_WORD.match(text, match.start("run") + opened.end()):  # "Cục Thuế Thành phố Hồ Chí Minh":
                run, position = run[:opened.start()], match.start("run") + opened.end()  # the run's last word opens a
                # level word the lower case after it ends
            at = match.start("run")
            for between in [*_NUMBERS_BETWEEN.finditer(run), None]:  # "Cà Mau 5 13 Cao Bằng 3 7": a table's row
                piece_end = between.start() if between else len(run)
                hits += _bare_hits(text, at, text[at:match.start("run") + piece_end], end)
                at = match.start("run") + between.end() if between else at
        else:
            hit = _explicit_hit(text, match, end)
            if hit is not None:
                hits.append(hit)
                position = _list_items(text, hit, hit.end, end, hits)
            elif _level_word(match) in _BODIES:
                position = match.start("name")  # "Thành ủy Thành phố Hồ Chí Minh": the unit with its own level word
    _share_hints(text, hits)
    hits = sorted(hits + _lower_case_units(text, start, end), key=lambda hit: hit.start)
    _placed_by_bracket_head(text, hits)
    return _between_provinces(text, hits)


_JOINED = re.compile(r",[ ]*|[ ]+và[ ]+")
_LOWER_PROVINCE = re.compile(rf"(?<![\w])(?i:tỉnh|thành phố|tp\.?)[ ]+(?P<name>[{UPPER}{LOWER}][{LOWER}]*(?:[ ][{LOWER}]+){{1,2}})(?![\w])")


_LOWER_FIRST = re.compile(rf"(?<![\w])(?P<word>(?i:{alternation(LEVEL_WORDS)}))[ ]+"
                          rf"(?P<name>[{LOWER}]+(?:[ ][{UPPER}][{LOWER}]*){{1,2}})(?![\w])")


def _lower_case_units(text: str, start: int, end: int) -> list[Hit]:
    """A province written in lower case after its level word, all of it or but its first letter ("Cổng thông tin điện
    tử tỉnh thanh hóa", "Tp. Hải phòng hỏi"): a province's name is distinctive enough to be read so; and a unit
    whose first syllable alone is in lower case after its level word ("huyện phú Quý", "các xã thiệu Khánh"), when
    the gazetteer knows it at that level."""
    hits = []
    for match in _LOWER_PROVINCE.finditer(text, start, end):
        words = match.group("name").split(" ")
        for size in range(len(words), 1, -1):  # "Tp. Hải phòng hỏi": the province, then the sentence goes on
            name = " ".join(words[:size]).title()
            if units := named(name, lambda u: u.parent is None):
                stop = match.start("name") + len(" ".join(words[:size]))
                hits.append(Hit(match.start(), stop, text[match.start():stop], True, units, name=name))
                break
    for match in _LOWER_FIRST.finditer(text, start, end):
        name, level = match.group("name")[0].upper() + match.group("name")[1:], _WORDS[match.group("word").lower()]
        if units := named(name, lambda u: u.level == level) or named(name, lambda u: tier(u) == _LEVEL_TIER[level]):
            hits.append(Hit(match.start(), match.end(), match.group(), True, units, name=name))
    return hits


_ONE_SYLLABLE_ITEM = re.compile(rf",[ ]*(?P<name>{_SYLLABLE}),[ ]*")  # ", Huế, " between two items of a list


def _between_provinces(text: str, hits: list[Hit]) -> list[Hit]:
    """``hits`` with the one-syllable names listed between two provinces, as a province: "Quảng Trị, Huế, Phú Thọ"
    (one syllable alone is too ambiguous to be read bare)."""
    found = []
    for hit, following in zip(hits, hits[1:]):
        found.append(hit)
        item = _ONE_SYLLABLE_ITEM.fullmatch(text, hit.end, following.start)
        if item and all(any(u.parent is None for u in h.units) for h in (hit, following)) \
                and (units := named(item.group("name"), lambda u: u.parent is None)):
            found.append(Hit(item.start("name"), item.end("name"), item.group("name"), False, units))
    return found + hits[-1:]


def _share_hints(text: str, hits: list[Hit]) -> None:
    """The larger unit in brackets after the last name of a list places the names listed before it: "Xuân Kiên,
    Xuân Hòa (Xuân Trường)"."""
    for later, earlier in zip(reversed(hits), reversed(hits[:-1])):
        if later.hint and not earlier.hint and _JOINED.fullmatch(text, earlier.end, later.start) \
                and any({u.parent, u.province} & later.hint for u in earlier.units):
            earlier.hint = later.hint


_BRACKET_OPENS = re.compile(r"[ ]?\(")


def _placed_by_bracket_head(text: str, hits: list[Hit]) -> None:
    """Names in brackets right after a district or province that lie in it are placed by it: "huyện Tiên Phước
    (Tiên Châu, Tiên Cảnh, Tiên Mỹ)", "Nam Trà My (Trà Leng, xã Dơn)" (a name the gazetteer lacks aside)."""
    for i, head in enumerate(hits):
        if (opens := _BRACKET_OPENS.match(text, head.end)) is None \
                or not (keys := frozenset(u.key for u in head.units if tier(u) < 2)):
            continue
        items, position = [], opens.end()
        for hit in hits[i + 1:]:
            if hit.start != position if not items else not _JOINED.fullmatch(text, position, hit.start):
                break
            items.append(hit)
            position = hit.end
        known = [item for item in items if item.units]
        if text.startswith(")", position) and known \
                and all(any(keys & {u.parent, u.province} for u in item.units) for item in known):
            for item in known:
                item.hint = item.hint or keys


# "tỉnh, " before "thành phố": the cities are the provinces' peers ("các tỉnh, thành phố: Hà Giang, …": the province)
_PROVINCE_BEFORE = re.compile(rf"(?i:{PROVINCE})[ ]*,[ ]*$")


def _explicit_hit(text: str, match: re.Match, end: int) -> Hit | None:
    """The longest name prefix known at the announced level, or in the same tier as a fallback; after "tỉnh, " a
    province-level unit first."""
    word = _level_word(match)
    level = _WORDS.get(word) or _ABBREVIATIONS[(match.group("abbr") or match.group("abbr2")).lower()]
    tokens = match.group("name").split(" ")
    glued = next((k for k, token in enumerate(tokens) if len(token) > 1 and token[-1] in "-–"), None)
    if glued is not None:  # "tỉnh Hải Dương- Chủ tịch …": a dash glued to a word ends the name
        tokens = [*tokens[:glued], tokens[glued][:-1]]
    if (dash := _DASH_LEVEL_IN.search(match.group("name"))) is not None \
            and _LEVEL_OPENS.match(text, match.start("name") + dash.end()):
        tokens = match.group("name")[:dash.start()].split(" ")  # "Xã Tân Lập – Huyện Sông Lô": the next unit, with its
        # own level word ("– Thành phốVĩnh Yên" glued too)
    if tokens[0].isdigit() and level not in NUMBERED_LEVELS:  # "các huyện, thành phố 6 tháng đầu năm"
        return None
    commune = _unverified_level(text, match, level)
    if len(tokens) == 1 and (lower := _LOWER_SYLLABLES.match(text, match.end("name"))):  # "thị trấn Liên sơn đã …"
        name = tokens[0] + lower.group("syllables").title()  # as long as the text's
        if units := named(name, lambda u: u.level == level):
            return _explicit(text, match, word, name, units, [], commune, end)
    peers = level != PROVINCE and _PROVINCE_BEFORE.search(text, max(0, match.start() - 12), match.start())
    of_province = level != PROVINCE and _units_of_province(text, match)
    for size in range(len(tokens), 0, -1):
        name = " ".join(tokens[:size])
        units = peers and named(name, lambda u: u.parent is None) or named(name, lambda u: u.level == level) \
            or _raised(name, level) or named(name, lambda u: tier(u) == _LEVEL_TIER[level]) \
            or of_province and named(name, lambda u: u.parent is None)
        if units:
            return _explicit(text, match, word, name, units, tokens[size:], commune, end)
    if glued := _glued_word(tokens, level):  # "tỉnh Bình Dươngrất chú trọng": a word glued to the name
        return _explicit(text, match, word, glued[0], glued[1], [], commune, end)
    size = unknown_size(tokens, _after_body(text, match.start())) if commune else 0
    if size and level not in COMMUNE_LEVELS and " ".join(tokens[:size]).lower().startswith(_REGIONS):
        return None
    return _explicit(text, match, word, " ".join(tokens[:size]), [], tokens[size:], commune, end) if size else None


def _units_of_province(text: str, match: re.Match) -> bool:
    """Whether a level word names the units of what follows, so that a province's name after it is the province:
    "các huyện miền núi Nghệ An", "các xã Hà Tĩnh"."""
    previous = _BEFORE_WORD.search(text[max(0, match.start() - 20):match.start()])
    return match.group("word") is not None and (match.group("kind") is not None
                                                or bool(previous and previous.group(1).lower() in _PLURAL))


def _explicit(text: str, match: re.Match, word: str, name: str, units: list[Unit], rest: list[str],
              commune: str | None, end: int) -> Hit:
    name_at = match.start("name")
    name_end = name_at + len(name)
    start = name_at if word in _BODIES else match.start()
    hit = Hit(start, name_end, text[start:name_end], True, units, continues=bool(rest), name=name, level=commune,
               rest=tuple(rest), after_body=commune is not None and _after_body(text, match.start()))
    hit.hint = _hint(text, name_end, end, units) if units else _hint_for_commune(text, name_end, end)
    return hit


def _glued_word(tokens: list[str], level: str) -> tuple[str, list[Unit]] | None:
    """A unit's name whose last syllable has the next word glued to it, in lower case ("Bình Dươngrất", "Lào
    Cainhằm"): the name and its units, when the syllable split off it completes a name known at ``level``."""
    for k, token in enumerate(tokens):
        if is_syllable(token):
            continue
        for cut in range(1, len(token) - 1):
            head, tail = token[:cut], token[cut:]
            if tail.islower() and is_syllable(head) and is_syllable(tail) \
                    and (units := named(" ".join([*tokens[:k], head]), lambda u: u.level == level)):
                return " ".join([*tokens[:k], head]), units
        return None
    return None


def _raised(name: str, level: str) -> list[Unit]:
    """The units named ``name`` at the first level one of ``level`` is raised to that has any: "thị xã Hồng Ngự",
    where only a huyện and a thành phố bear the name, is the thành phố the town became."""
    return next((units for higher in _BECOMES.get(level, ()) if (units := named(name, lambda u: u.level == higher))), [])


def _level_word(match: re.Match) -> str:
    """The level word a match opens with, in lower case with its spaces ("Thànhphố" → "thành phố"), else ""."""
    word = (match.group("word") or "").lower()
    return _UNGLUED.get(word.replace(" ", ""), word)


def _unverified_level(text: str, match: re.Match, level: str) -> str | None:
    """The level a level word announces for a unit the gazetteer may not know (a commune merged or
    renamed, a former district: "huyện Thông Nông"); None for abbreviations,
    bodies ("Huyện ủy"), units of a region ("các tỉnh Tây Bắc") and a capitalised level word inside a
    run ("Bảo Hiểm Xã Hội") rather than opening a sentence ("Xã Tân Hội được …")."""
    word = match.group("word")
    if word is None or _level_word(match) in _BODIES:
        return None
    before = text[max(0, match.start() - 20):match.start()]
    previous = _BEFORE_WORD.search(before)
    if level not in COMMUNE_LEVELS and previous and previous.group(1).lower() in _PLURAL:
        return None
    if word[0].isupper() and before.rstrip()[-1:] not in ("", *".!?:;\n(\"“'-–"):
        return None
    return level


def _after_body(text: str, position: int) -> bool:
    """Whether the level word at ``position`` may end a body or a post ("UBND xã", "Chủ tịch xã", "Trung tâm
    Phục vụ hành chính công xã"), where a personal name may follow it: unless it opens a sentence or clause
    or follows a word that places ("tại xã", "các xã", "của xã"), it may."""
    before = text[max(0, position - 40):position].rstrip()
    if not before or before[-1] in ".!?:;,\n()\"“”'-–":
        return False
    previous = _BEFORE_WORD.search(before + " ")
    return previous is None or previous.group(1).lower() not in _LOCATIVE


def unknown_size(words: list[str], after_body: bool) -> int:
    """How many words after a commune level word name a commune the gazetteer does not know: up to a
    person's name ("xã Tân Hội Nguyễn Văn An"); none when the run is a person's name after a body
    ("Chủ tịch UBND xã Nguyễn Văn An"); at least two syllables ("xã Anh hùng" is no commune), no digits."""
    if any(not w[:1].isalpha() for w in words):
        return 0
    start = name_start(words)
    if start == 0 and after_body:
        return 0
    size = len(words) if not start else start
    return size if 2 <= size <= 4 else 0


def _hint_for_commune(text: str, position: int, end: int) -> frozenset[str]:
    """Districts or provinces named right after an unknown commune: "xã Tân Hội, huyện Diễn Châu"."""
    match = _HINT.match(text, position, end)
    if match is None:
        return frozenset()
    name = match.group("paren") or match.group("comma") or match.group("closing")
    return frozenset(u.key for u in named(name, lambda u: u.era == PRE2025 and tier(u) < 2))


def _counted_lists(text: str, start: int, end: int, hits: list[Hit]) -> dict[int, int]:
    """The units listed after a count of them (see :func:`_counted_items`), added to ``hits``; the span of each
    list by its start, for the scan to go past."""
    spans: dict[int, int] = {}
    for counted in _COUNTED_LIST.finditer(text, start, end):
        if (list_end := _counted_items(text, counted, end, hits)) is not None:
            spans[counted.end()] = list_end
    return spans


def _counted_items(text: str, counted: re.Match, end: int, hits: list[Hit]) -> int | None:
    """The units a count of them lists: "20 phường hình thành sau sắp xếp gồm: Mỹ Tho, Đạo Thạnh, …", "10 xã
    của huyện Mường Nhé, bao gồm: Nà Bủng, Nà Hỳ, …" (each of the level counted); where the list ends, or None."""
    if counted.group().endswith("(") and (not counted.group()[0].isdigit() or "," in counted.group("said")):
        return None  # brackets close a count only right after it: not "các xã, thị trấn …, xã Yên Thành (Yên Mô)"
    within = _WITHIN.search(counted.group("said"))  # "thuộc huyện Gia Lộc", "của huyện Mường Nhé"
    if counted.group("units"):  # "4 đơn vị thuộc huyện Quảng Xương cũ gồm": the level below a district's
        if within is None or not named(within.group("name"), lambda u: tier(u) == 1):
            return None
        level, said, tier_levels = None, set(COMMUNE_LEVELS), COMMUNE_LEVELS
    else:
        level = _WORDS[counted.group("word").lower()]
        group = _LEVEL_GROUP.match(text, counted.start("word")).group()  # "7 xã, thị trấn gồm …"
        said = {_WORDS[w.lower()] for w in _LEVEL_WORD.findall(group)}
        tier_levels = next((group for group in (COMMUNE_LEVELS, DISTRICT_LEVELS) if level in group), (level,))
    hint = frozenset(u.key for u in named(within.group("name"), lambda u: tier(u) < _LEVEL_TIER.get(level, 2))) \
        if within else frozenset()
    position, found, first, group_start = counted.end(), 0, True, len(hits)
    while (item := (_FIRST_ITEM if first else _LIST_ITEM).match(text, position, end)) is not None \
            or (found and (item := _GROUP_WITHIN.match(text, position, end))):
        if item.re is _GROUP_WITHIN:  # "…, Tiên Phước thuộc tỉnh Quảng Nam; Minh Long, …": the group's province
            units = named(item.group("name"), lambda u: tier(u) < _LEVEL_TIER.get(level, 2))
            for hit in hits[group_start:]:
                hit.hint = frozenset(u.key for u in units) or hit.hint
            if units:
                hits.append(Hit(item.start("name"), item.end("name"), item.group("name"), True, units, name=item.group("name")))
            position, first, group_start = item.end(), True, len(hits)
            if not item.group("next"):
                break
            continue
        units = _listed_units(item.group("name"), said, tier_levels)
        if not units and (lower := _LOWER_ITEM.match(text, position, end)):
            item, units = lower, _listed_units(lower.group("name").title(), said, tier_levels)
        if not units:
            break
        hits.append(Hit(item.start("name"), item.end("name"), item.group("name"), True, units, name=item.group("name"),
                        level=level, hint=hint))
        position, found, first = item.end(), found + 1, False
    return position if found else None


def _listed_units(name: str, said: set[str], tier_levels) -> list[Unit]:
    """The units of a listed name, of a level the count said, else of its tier; beside "tỉnh", the cities said are
    the provinces' peers ("41 tỉnh, thành phố gồm: Hà Giang, …": the province, not its capital city)."""
    provinces = PROVINCE in said
    return named(name, lambda u: u.level in said and (u.parent is None or not provinces)) \
        or named(name, lambda u: u.level in tier_levels)


# A name's later syllables in lower case, then what ends a name ("thị trấn Liên sơn đã …"; not "các xã An toàn khu").
_LOWER_SYLLABLES = re.compile(rf"(?P<syllables>(?:[ ][{LOWER}]+){{1,2}}?)(?=[ ]*(?:[,.;:)\n]|$)|[ ](?:đã|đang|sẽ|vừa|và|với|là|"
                              rf"có|được|cũng|thuộc|tại|trong|của)(?![^\W_]))")


def _list_items(text: str, head: Hit, position: int, end: int, hits: list[Hit]) -> int:
    """Names listed after an explicit one ("huyện Can Lộc, Thạch Hà và Lộc Hà") at the same level, or provinces
    after a province-level city ("thành phố: Hồ Chí Minh, Hải Phòng, Thanh Hóa, Đồng Nai")."""
    levels = {u.level for u in head.units} or {head.level}
    provinces = bool(head.units) and all(u.parent is None for u in head.units)  # "các tỉnh, thành phố: A, B, C"
    tiers = {tier(u) for u in head.units} & {1}  # "các huyện Phú Tân, Tri Tôn, Tịnh Biên": a huyện become a thị xã
    holders = {u.province for u in head.units if u.parent is not None}
    while (found := _next_item(text, position, end)) is not None:
        item, remark = found
        if holders and named(item.group("name"), lambda u: u.parent is None and u.key in holders):
            break  # "huyện đảo Cô Tô, Quảng Ninh": the province it lies in, not huyện Quảng Ninh of Quảng Bình
        units = named(item.group("name"), lambda u: u.level in levels or (provinces and u.parent is None)) \
            or (not named(item.group("name"), lambda u: u.parent is None)  # ", Bắc Giang": the province after a district
                and named(item.group("name"), lambda u: u.era == PRE2025 and tier(u) in tiers))
        if not units:
            break
        if remark:
            hits.append(remark)
        hits.append(Hit(item.start("name"), item.end("name"), item.group("name"), True, units, group=head.units,
                         name=item.group("name"), level=head.level))
        position = item.end()
    return position


_BRACKETED = re.compile(r"[ ]?\((?=[^()\n]{1,60}\))")


def _next_item(text: str, position: int, end: int) -> tuple[re.Match, Hit | None] | None:
    """The next item of a list, and the unit a remark in brackets before it names with its level word ("các xã
    Thanh Sơn (huyện Định Quán), Đak Lua, Phú Lý"), if any; None when no item follows."""
    if (item := _LIST_ITEM.match(text, position, end)) is not None:
        return item, None
    if (bracket := _BRACKETED.match(text, position, end)) is None \
            or (inner := _SCAN.match(text, bracket.end(), end)) is None or inner.group("name") is None \
            or (remark := _explicit_hit(text, inner, end)) is None or not text.startswith(")", remark.end) \
            or (item := _LIST_ITEM.match(text, remark.end + 1, end)) is None:
        return None
    return item, remark


def _bare_hits(text: str, start: int, run: str, end: int) -> list[Hit]:
    """A capitalised run that is exactly a unit's name (numbers after it aside: "Hà Nội 57 km"), or
    hyphen-joined parts that are ("Tuần Giáo - Điện Biên": the later part a province the earlier lies
    in); one syllable only where a document was issued ("Vinh, ngày 28 tháng 10 năm 2009")."""
    if _ISSUED.match(text, start + len(run), end):
        units = named(run, lambda u: tier(u) < 2)
        return [Hit(start, start + len(run), run, False, units)] if units else []
    run = _TRAILING_NUMBER.sub("", run)
    if (typed := _TYPE_WORD_END.search(run)) and _TYPE_WORD.match(text, start + typed.start(1)) and not named(run):
        run = run[:typed.start()]  # "3 Bắc Giang Kế hoạch hành động số 1492": a row of a table, a document after it
    if " " not in run:  # one syllable: too ambiguous to be a bare name ("Vinh", "Huế" need a level word)
        return []
    before = [w.strip("(“\"'") for w in text[max(0, start - 30):start].split()]
    if before and (before[-1] in _NOT_UNIT_BEFORE or "_".join(before[-2:]) in _NOT_UNIT_BEFORE) \
            and "_".join(before[-2:]).lower() not in _UNIT_BEFORE:
        return []
    parts = [(start, run)]
    first, _, rest = run.partition(" ")
    if first.lower() in _SENTENCE_WORDS | _DIRECTIONS | _OUTLETS and rest:  # "Tại Hà Tĩnh", "Tây Nghệ An", "Báo Ninh Thuận"
        parts.append((start + len(first) + 1, rest))
        second, _, tail = rest.partition(" ")
        if first.lower() in _DIRECTIONS and second.lower() in _DIRECTIONS and tail:  # "Tây Bắc Nghệ An"
            parts.append((start + len(first) + len(second) + 2, tail))
    elif (capital := _CAPITAL_CITY.match(run)) and capital.end() < len(run):  # "Thủ Đô Hà Nội"
        parts.append((start + capital.end(), run[capital.end():]))
    elif (delegation := _past_delegation(start, run)) != (start, run):  # "(Đoàn Lạng Sơn)"
        parts = [delegation]
    elif body := _after_provincial_body(start, run):  # "Sở Công Thương Ninh Bình", "Cục Thuế Hà Tĩnh"
        parts = [body]
    elif person := _after_full_name(text, start, run):  # "Phó Thủ tướng Trần Hồng Hà Nghệ An, Hà Tĩnh": a table's row
        parts = [person]
    for part_start, part in parts:
        pieces = [(part_start, part)] if named(part, _whole) else \
            [_past_delegation(*p) for p in _pieces(part_start, part)] or _two_provinces(part_start, part)
        hits = [Hit(at, at + len(piece), piece, False, units, hint=_hint(text, at + len(piece), end, units))
                for at, piece in pieces
                if " " in piece and piece.lower() not in _PERSON_ONLY and (units := named(piece))]
        for hit, later in zip(hits, hits[1:]):  # "Tuần Giáo - Điện Biên"; "(Tân Khánh – Vụ Bản)": a commune, its district
            parents = {u.parent for u in hit.units} & {u.key for u in later.units if u.parent is not None}
            hit.hint = hit.hint or frozenset(u.key for u in later.units if u.parent is None) or frozenset(parents)
            if parents and len(hits) == 2:
                later.units = [u for u in later.units if u.key in parents]
        if hits:
            return hits
    return []


def _whole(unit: Unit) -> bool:
    """Whether a bare run naming ``unit`` is one name: not a former province whose name joins two of today's
    with a dash ("Cục Hải quan Gia Lai – Kon Tum": the two provinces; "tỉnh Gia Lai - Kon Tum" names it)."""
    return unit.era != FORMER or "-" not in unit.name


_TYPE_WORD = re.compile(rf"(?:{TYPE_WORDS})(?![\w])")  # "Kế hoạch", "Quyết định"
_TYPE_WORD_END = re.compile(r" (\w+)$")  # the last syllable of a run, which may open a type word


def _after_full_name(text: str, start: int, run: str) -> tuple[int, str] | None:
    """The province whose name of two syllables or more ends a run that begins with a full name of three syllables or
    more, before a comma or a line's end ("Trần Hồng Hà Nghệ An, Hà Tĩnh": a table's row run together), else None."""
    words = run.split(" ")
    if not is_surname(words[0]) or not all(word.isalpha() and len(word) > 1 for word in words) \
            or not _ROW_END.match(text, start + len(run)):
        return None
    for cut in range(3, len(words) - 1):
        tail = " ".join(words[cut:])
        if named(tail, lambda u: u.parent is None and u.name == tail):
            return start + len(" ".join(words[:cut])) + 1, tail
    return None


_ROW_END = re.compile(r"[ \t]*(?:[,;\n]|$)")


def _two_provinces(start: int, run: str) -> list[tuple[int, str]]:
    """A run that is two provinces' names with the comma between them lost: "An Giang Đồng Tháp"."""
    words = run.split(" ")
    for cut in range(2, len(words) - 1):
        first, second = " ".join(words[:cut]), " ".join(words[cut:])
        if named(first, lambda u: u.parent is None) and named(second, lambda u: u.parent is None):
            return [(start, first), (start + len(first) + 1, second)]
    return []


def _past_delegation(start: int, piece: str) -> tuple[int, str]:
    """"Đoàn Phú Thọ" ("(Đoàn Lạng Sơn)", "Đại biểu Hà Ánh Phượng - Đoàn Phú Thọ"): the province of the delegation."""
    first, _, rest = piece.partition(" ")
    if first == _DELEGATION and rest and named(rest, lambda u: u.parent is None):
        return start + len(first) + 1, rest
    return start, piece


def _after_provincial_body(start: int, run: str) -> tuple[int, str] | None:
    """The province ending a run that a provincial body's name in capitals opens ("Sở Công Thương Ninh Bình",
    "Cục Thuế Hà Tĩnh", "Sở Y Tế Nghệ An"): the body is named after it."""
    words = run.split(" ")
    if words[0] not in _PROVINCIAL_BODIES:
        return None
    for size in range(2, len(words) - 1):
        rest = " ".join(words[size:])
        if named(rest, lambda u: u.parent is None):
            return start + len(" ".join(words[:size])) + 1, rest
    return None


def _pieces(start: int, run: str) -> list[tuple[int, str]]:
    result, offset = [], 0
    for separator in _SPLIT.finditer(run):
        result.append((start + offset, run[offset:separator.start()]))
        offset = separator.end()
    return result + [(start + offset, run[offset:])] if result else []


def _hint(text: str, position: int, end: int, units: list[Unit]) -> frozenset[str]:
    """Larger units named right after ``units``: "Can Lộc (Hà Tĩnh)", "xã Vượng Lộc, huyện Can Lộc"; a district
    that holds one of them where the name is also a district's ("Ninh Phước (Nông Sơn)": the commune)."""
    below = min(map(tier, units))
    match = _HINT.match(text, position, end) if below > 0 else None
    if match is None:
        return frozenset()
    name = match.group("paren") or match.group("comma") or match.group("closing")
    holders = {key for u in units for key in (u.parent, u.province)}
    return frozenset(u.key for u in named(name, lambda u: u.era == PRE2025 and (
        tier(u) < below or tier(u) < 2 and u.key in holders)))


def named(name: str, keep: Callable[[Unit], bool] = lambda unit: True) -> list[Unit]:
    """Units whose name is exactly ``name`` (case and hyphen spacing aside) and that ``keep`` accepts."""
    return [u for u in _candidates(name) if keep(u)]


def spellings(name: str) -> list[str]:
    """``name`` and its other spellings, syllable by syllable ("Đăk Nông": also "Đắk Nông")."""
    return [" ".join(v) for v in product(*(_SPELLINGS.get(w, (w,)) for w in name.split(" ")))]


@lru_cache(maxsize=1 << 16)  # capitalised runs repeat across articles
def _candidates(name: str) -> tuple[Unit, ...]:
    """Units named ``name``, a hyphen as a space ("Thừa Thiên - Huế", "Bà Rịa Vũng Tàu"); with the units named one
    of its other spellings ("Đăk Glong" for "Đắk Glong")."""
    name = "Hồ Chí Minh" if name == "HCM" else name
    found = _spelt(name)
    if " " not in name and (together := _run_together().get(fold(name))):  # "huyện Đakrông": Đa Krông
        found += tuple(u for u in together if u not in found)
    if not any(w in _SPELLINGS for w in name.split(" ")):
        return found
    if found:  # "huyện Phú Quý" is the district the gazetteer spells "Phú Quí", beside a commune spelt "Phú Quý"
        return found + tuple(dict.fromkeys(u for v in spellings(name) if v != name for u in _spelt(v) if u not in found))
    return next((found for v in spellings(name) if (found := _spelt(v))), ())


@cache
def _run_together() -> dict[str, tuple[Unit, ...]]:
    """Units of names of several syllables by their folded name in one word ("dakrong" → Đa Krông)."""
    found: dict[str, list[Unit]] = {}
    for unit in gazetteer.units():
        if " " in unit.name:
            found.setdefault(fold(unit.name).replace(" ", ""), []).append(unit)
    return {key: tuple(units) for key, units in found.items()}


def _spelt(name: str) -> tuple[Unit, ...]:
    wanted = _key(name)
    return tuple(u for u in gazetteer.lookup(name.replace("’", "'")) if _key(u.name) == wanted)  # "Đắk R’Lấp"


def _key(name: str) -> str:
    """``name`` as compared with a unit's: lower case, a hyphen as a space ("Bà Rịa Vũng Tàu")."""
    return " ".join(_SPLIT.sub(" ", name.lower().replace("’", "'")).split())


def tier(unit: Unit) -> int:
    """0 province, 1 district, 2 commune."""
    if unit.parent is None:
        return 0
    return 2 if unit.level in COMMUNE_LEVELS or unit.era != PRE2025 else 1

