"""The forms a citation takes after its type word: numbered ("Quyết định số 99-QĐ/TW", lists such as "217,
218-QĐ/TW"), a plenum ("Nghị quyết Trung ương 4 khóa XII"), a congress ("Nghị quyết Đại hội XIII") or a
name ("Luật Thực hiện dân chủ ở cơ sở năm 2022", "Hiến pháp năm 2013", "Điều lệ Đảng")."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from . import citation_patterns as P
from . import gazetteer, symbols
from .citation_context import iso_date, read_context, set_issuer
from .known_names import JOINED_INITIALS, KnownNames
from .lexicon import (ABBREVIATED_NAMES, COMMITTEE_LEVELS, COMMUNE_LEVELS, CONGRESS_ORGANISATION_KEYS, DISTRICT_LEVELS, LEVEL_ABBREVIATIONS, NATIONAL_CONGRESSES, PLACE_CODES, PROVINCE, REVISED_NAME, TERMS,
                      SECTORS, phrase_key, type_word_of)
from .lexicon import doc_type as doc_type_of
from .model import Reference
from .names import CLAUSE_OPENERS, is_surname, is_syllable
from .normalize import fold
from .numerals import from_roman, ordinal, term_name


def plenum(text: str, head: re.Match, type_word: str) -> list[Reference]:
    """"Nghị quyết Trung ương 4 khóa XII"; "… 4 (khóa XI, XII)" names the fourth plenum of two terms: one
    Reference a term, each spanning up to its own term (its own span, so each citation keeps its own IRI)."""
    match = P.PLENUM.match(text, head.end())
    if not match or not (match.group("o0") or match.group("o1") or match.group("o2")) \
            or P.OTHER_ORGANISATION.match(text, match.end()):
        return []  # … or the plenum of another organisation's central committee: "Trung ương Đoàn khóa XII"
    plenum = ordinal(match.group("o0") or match.group("o1") or match.group("o2"))
    found = [Reference(head.start(), match.end(), text[head.start():match.end()], type_word, issuer_code="TW",
                       plenum=plenum, term=term_name(match.group("term")))]
    for other in _further_terms(text, match.end()) if match.group("term") else ():
        if (term := term_name(other.group("term"))) in {r.term for r in found}:
            break
        found.append(Reference(head.start(), other.end(), text[head.start():other.end()], type_word, issuer_code="TW",
                               plenum=plenum, term=term))
    return found


def _further_terms(text: str, pos: int) -> Iterator[re.Match]:
    """The terms or numbers named after a first one: ", XII" and " và XIII" of "khóa XI, XII và XIII"."""
    while other := P.SECOND_TERM.match(text, pos):
        yield other
        pos = other.end()


def congress(text: str, head: re.Match, type_word: str) -> list[Reference]:
    """The resolution of a congress: the national one ("Đại hội XIII của Đảng") or a Party organisation's
    ("Đại hội Đảng bộ tỉnh lần thứ XX", "… nhiệm kỳ 2020-2025"); a number past the last national congress
    is a local one ("Nghị quyết Đại hội XIX" in a provincial paper); another organisation's congress ("Đại hội
    XII Công đoàn Việt Nam") is none of these."""
    if sector := _sector_congress(text, head, type_word):
        return [sector]
    found = _congress_at(text, head.start(), head.end(), type_word)
    while found and (listed := P.NEXT_CONGRESS.match(text, found[-1].end)) is not None:
        more = _congress_at(text, listed.end(), listed.end(), type_word)  # "Nghị quyết Đại hội Đảng XIII, Đại hội
        if not more:  # Đảng bộ tỉnh lần thứ XVII": one type word, two congresses
            break
        found += more
    return found


def _congress_at(text: str, start: int, at: int, type_word: str) -> list[Reference]:
    """The congress resolutions named from ``at`` (after the type word, or a listed "Đại hội"), cited from ``start``."""
    match = P.CONGRESS.match(text, at)
    if not match or P.OTHER_ORGANISATION.match(text, match.end()) or P.EVERY_LEVEL.match(text, match.end()):
        return []  # another organisation's congress; the congresses of every level, none in particular
    if match.group("ord") or match.group("from"):
        number = ordinal(match.group("ord")) if match.group("ord") else None
        years = f"{match.group('from')}-{match.group('to')}" if match.group("from") else None
    elif (said := _numbered_in_article(text, match)) is not None:
        number, years = said  # "Nghị quyết Đại hội Đảng bộ phường" where the article names "Đại hội … lần thứ I"
    elif _party_organisation(match):
        number, years = None, None  # "Nghị quyết Đại hội Đảng bộ tỉnh Hải Dương": resolution dates it
    else:
        return []
    term = _party_term(*map(int, years.split("-"))) if years else None
    unsaid = number is None and years is None
    if number is None and term is None and not unsaid:
        return []  # "Nghị quyết Đại hội nhiệm kỳ 2022-2025" of a Hội: no term of the Party's congresses
    level = match.group("lvl1") or match.group("lvl2") or match.group("pre1") or match.group("pre2")
    level = LEVEL_ABBREVIATIONS.get(level.rstrip(".").strip(), level) if level else None  # "Đảng bộ TP"
    place = match.group("place1") or match.group("place2")
    place = PLACE_CODES.get(place, place.title() if place and place.isupper() else place)  # "TPHCM", "LẠC DƯƠNG"
    end = match.start() + len(match.group().rstrip())
    if place and level in (PROVINCE, "thành phố") and not gazetteer.lookup(place):
        place = None  # "… Đảng bộ TP\nThành ủy Hà Nội …", "… Đảng bộ TP. Từ đó …": no city's name
        named_last = next((g for g in ("place2", "place1") if match.group(g)), None)
        if match.end(named_last) == end:
            end = max(match.end(g) for g in ("lvl1", "lvl2", "pre1", "pre2") if match.group(g))
    body = re.search(r"(?i)đảng\s*bộ", match.group()) or level  # "Đại hội Đảng Thành phố lần thứ XVII"
    if body or (number and number > NATIONAL_CONGRESSES) or _after_its_national_term(text, start, match, number) \
            or term == "local" or _held_locally(text, match, number):
        code = _LOCAL_CONGRESS.get(" ".join(level.lower().split()) if level else None, "ĐB")
        if code == "ĐB" and place and any(u.parent is None for u in gazetteer.lookup(place)):
            code = "TU"  # "Đảng bộ TPHCM", "Đảng bộ Hà Tĩnh": a province's
    else:
        code = "TW"
    found = [Reference(start, end, text[start:end], type_word, issuer_code=code,
                       place=place, congress=number, congress_years=years, congress_unsaid=unsaid)]
    for other in _further_terms(text, end) if number and code == "TW" else ():
        if (following := from_roman(other.group("term"))) in {r.congress for r in found}:
            break
        end = P.OF_THE_PARTY.match(text, other.end()).end()  # "… lần thứ XII, XIII của Đảng": two congresses
        found.append(Reference(start, end, text[start:end], type_word, issuer_code=code, congress=following))
    return found


def _body_of(match: re.Match) -> tuple[str | None, str | None]:
    """The level word and place name a congress match names its Party organisation by, each None when unsaid."""
    level = match.group("lvl1") or match.group("lvl2") or match.group("pre1") or match.group("pre2")
    place = match.group("place1") or match.group("place2")
    return (" ".join(level.lower().split()) if level else None), (" ".join(place.split()) if place else None)


def _party_organisation(match: re.Match) -> bool:
    """Whether a congress match names a Party organisation of a level ("Đại hội Đảng bộ tỉnh Hải Dương")."""
    return _body_of(match)[0] is not None and re.search(r"(?i)đảng\s*bộ", match.group()) is not None


_CONGRESS_WORD = re.compile(r"(?i:đại[ \t]*hội)(?![\w])")


def _numbered_in_article(text: str, match: re.Match) -> tuple[int | None, str | None] | None:
    """The number and term of a Party organisation's congress named without them ("Nghị quyết Đại hội Đảng bộ
    phường"): the one the article gives a congress of the same level (and place, if both say one), or a local
    congress whose body it leaves unsaid ("Đại hội lần thứ I, nhiệm kỳ 2025-2030"); None when it gives none or
    several."""
    if not _party_organisation(match):
        return None
    level, place = _body_of(match)
    numbers, terms = set(), set()
    for word in _CONGRESS_WORD.finditer(text):
        other = P.CONGRESS.match(text, word.start())
        if other is None or other.start() == match.start() or not (other.group("ord") or other.group("from")):
            continue
        years = (int(other.group("from")), int(other.group("to"))) if other.group("from") else None
        other_level, other_place = _body_of(other)
        same = other_level == level and (None in (place, other_place) or other_place == place)
        unsaid = (other_level, other_place) == (None, None) and years is not None and _party_term(*years) == "local" \
            and not re.search(r"(?i)đảng|toàn quốc", other.group())
        if same or unsaid:
            numbers.add(ordinal(other.group("ord")) if other.group("ord") else None)
            terms.add(f"{years[0]}-{years[1]}" if years else None)
    numbers.discard(None)
    terms.discard(None)
    if len(numbers) > 1 or len(terms) > 1 or not (numbers or terms):
        return None
    return next(iter(numbers), None), next(iter(terms), None)


def _held_locally(text: str, match: re.Match, number: int | None) -> bool:
    """"Đại hội đại biểu Đảng bộ phường Tam Thắng lần thứ I … Nghị quyết đại hội lần I": a congress that does not say
    it is the Party's is a local one when the article names a Party organisation's congress of that number."""
    if not number or re.search(r"(?i)đảng|toàn quốc", match.group()):
        return False
    for word in _CONGRESS_WORD.finditer(text):
        other = P.CONGRESS.match(text, word.start())
        if other is not None and other.start() != match.start() and other.group("ord") \
                and ordinal(other.group("ord")) == number and _party_organisation(other):
            return True
    return False


def _party_term(start: int, end: int) -> str | None:
    """The Party congresses whose term the years name: "local" from a local congress's year (2015, 2020, 2025),
    "national" from a national one's (2016, 2021); None for other years (the front's and mass organisations')."""
    return None if end - start != 5 else {0: "local", 1: "national"}.get(start % 5)


_LOCAL_TERM = re.compile(r"(?i:nhiệm kỳ)\s+((?:19|20)\d\d)\s*[-–]\s*(?:19|20)\d\d")


def _after_its_national_term(text: str, start: int, match: re.Match, number: int | None) -> bool:
    """"Nhiệm kỳ 2020-2025, … huyện Phú Tân … thực hiện Nghị quyết Đại hội lần thứ XI đề ra": a congress that
    does not say it is the Party's whose sentence names a term beginning after the national congress of that
    number was followed by the next is a local one."""
    if not number or number >= NATIONAL_CONGRESSES or re.search(r"(?i)đảng|toàn quốc", match.group()):
        return False
    begin = max(text.rfind(stop, 0, start) for stop in ".!?\n") + 1
    end = min((i for stop in ".!?\n" if (i := text.find(stop, match.end())) >= 0), default=len(text))
    following = int(TERMS[max(0, number - NATIONAL_CONGRESSES + len(TERMS))][1][:4])  # the next congress's year
    sentence = text[begin:end]
    return any(int(found.group(1)) >= following for found in _LOCAL_TERM.finditer(sentence))


def _sector_congress(text: str, head: re.Match, type_word: str) -> Reference | None:
    """The resolution of a sector's Party organisation's congress: "Nghị quyết Đại hội Đảng bộ Quân đội lần thứ XI",
    "… Đảng bộ Khối các cơ quan và doanh nghiệp tỉnh Bắc Giang lần thứ I" (keyed under the sector's code)."""
    match = P.SECTOR_CONGRESS.match(text, head.end())
    if not match:
        return None
    sector = SECTORS[" ".join(match.group("sector").split())]
    if match.group("described") and not sector.described:
        return None
    words = " ".join(filter(None, ("Đảng bộ", match.group("sector"), match.group("described").strip(), match.group("lvl"),
                                   match.group("place"))))
    written = match.group("ord") or match.group("ord0")
    years = match.group("from1") or match.group("from2")
    return Reference(head.start(), match.end(), text[head.start():match.end()], type_word, issuer_code=sector.code,
                     issuer_text=" ".join(words.split()), place=None if sector.central else match.group("place"),
                     congress=ordinal(written) if written else None,
                     congress_years=f"{years}-{match.group('to1') or match.group('to2')}" if years else None)


def organisation_congress(text: str, head: re.Match, type_word: str) -> list[Reference]:
    """The resolution of a front or mass organisation's congress, numbered or by its term: "Nghị quyết Đại hội
    đại biểu Đoàn TNCS Hồ Chí Minh tỉnh Long An lần thứ X", "… Đại hội XII Công đoàn Việt Nam" (its national
    body's, as "toàn quốc" says), "… Đại hội Hội Nông dân huyện nhiệm kỳ 2018 – 2023"."""
    match = P.ORGANISATION_CONGRESS.match(text, head.end())
    if not match or not (match.group("ord1") or match.group("ord2") or match.group("from")):
        return []
    written = match.group("ord1") or match.group("ord2")
    return [Reference(head.start(), match.end(), text[head.start():match.end()], type_word,
                      **_organisation_issuer(match, bool(match.group("nation1") or match.group("nation2") or match.group("nation3"))),
                      congress=ordinal(written) if written else None,
                      congress_years=f"{match.group('from')}-{match.group('to')}" if match.group("from") else None)]


def organisation_plenum(text: str, head: re.Match, type_word: str) -> list[Reference]:
    """The resolution of a plenum of a front or mass organisation's committee, keyed under the organisation:
    "Nghị quyết Hội nghị lần thứ 12 của Ban chấp hành Hội Nông dân Việt Nam" (its national body's, as "Việt Nam"
    or "Trung ương" says), "… Hội nghị lần thứ 5 Ban Chấp hành Hội Nông dân tỉnh khóa IX"."""
    match = P.ORGANISATION_PLENUM.match(text, head.end())
    if not match:
        return []
    return [Reference(head.start(), match.end(), text[head.start():match.end()], type_word,
                      **_organisation_issuer(match, bool(match.group("nation") or match.group("central"))),
                      plenum=ordinal(match.group("ord")), term=term_name(match.group("term")))]


def local_plenum(text: str, head: re.Match, type_word: str) -> list[Reference]:
    """The resolution of a plenum of a local Party committee: "Nghị quyết Hội nghị lần thứ 2 Ban Chấp hành Đảng bộ
    thành phố khóa XVIII", "… Hội nghị Tỉnh ủy Hà Tĩnh lần thứ 11"."""
    match = P.LOCAL_PLENUM.match(text, head.end())
    if not match or not (match.group("o1") or match.group("o2")):
        return []
    committee = match.group("committee")
    level = COMMITTEE_LEVELS[committee.lower()] if committee else " ".join(match.group("lvl").lower().split())
    return [Reference(head.start(), match.end(), text[head.start():match.end()], type_word,
                      issuer_code=_LOCAL_CONGRESS.get(level, "ĐB"), place=match.group("place"),
                      plenum=ordinal(match.group("o1") or match.group("o2")), term=term_name(match.group("term")))]


def _organisation_issuer(match: re.Match, national: bool) -> dict:
    """The issuer of an organisation's resolution: its national body, or its body of the level and place named."""
    form = match.group("org").lower()
    organisation = CONGRESS_ORGANISATION_KEYS[phrase_key(form)]
    if national or form.endswith("việt nam"):
        return {"issuer_code": organisation.central}
    level, place = match.group("lvl"), match.group("place")
    place = match.groupdict().get("coded") or place
    place = PLACE_CODES.get(place, place.title() if place and place.isupper() else place)  # "TPHCM", "ĐÀ NẴNG"
    return {"issuer_code": organisation.code, "place": place,
            "issuer_text": " ".join(filter(None, (organisation.name, level, place)))}


_LOCAL_CONGRESS = {level: ("TU" if level in (PROVINCE, "thành phố") else "ĐU" if level in COMMUNE_LEVELS else "HU")
                   for level in (PROVINCE, *DISTRICT_LEVELS, *COMMUNE_LEVELS)}


def numbered(text: str, head: re.Match, type_word: str, lenient: bool = False) -> list[Reference]:
    """"Quyết định số 99-QĐ/TW", "Quyết định 217, 218-QĐ/TW", "Chỉ thị 05": one Reference per number."""
    match = P.NUMBERED.match(text, head.end())
    first = _item(text, match.end(), spaced=True) if match else None
    if first and (residue := P.LINK_RESIDUE.match(text, first[0])) and (linked := _item(text, residue.end(), spaced=True)) \
            and "symbol" in linked[1]:
        first = linked  # "Thông tư số 04/2019/NĐ-CP định mức …\">24/2019/TT-BTC": a link's title, then its text
    if first is None or _opens_list(text, head, match, first):
        return []
    items = [(match.end(), *first)]
    issuer_next = None  # an issuer right after a bare number like a year: "Quyết định 1953 Tỉnh ủy;"
    while (following := _next_item(text, items)) is not None:
        items.append(following)
    counted = P.COUNT_BEFORE.search(text, max(0, head.start() - 12), head.start())  # "4 Nghị quyết 59, 70, 71 và 72"
    paired = _listed_pair(text, head, match, items)
    while len(items) > 1 and "symbol" not in items[-1][2] and not _announces_tail(text, items[-1][1]) \
            and not (counted and int(counted.group(1)) == len(items)) and not paired \
            and not all("date" in fields for _, _, fields in items) \
            and not _same_type_next(text, head, items[-1][1]):
        items.pop()
    kind = doc_type_of(type_word)
    said_so = bool(match.group("so"))
    if head.group("also") and not said_so and (items[0][2].get("symbol") is None or items[0][2]["symbol"].code):
        return []  # "văn bản 1466/NHCS-TDNN" is a công văn; "văn bản 176/KH-BCĐ389" the Kế hoạch its code says, read
        # as a symbol alone
    if "symbol" not in items[0][2] and not said_so and match.group("iss") and P.MEETING.match(match.group("iss")):
        return []  # "kết luận của Hội nghị Trung ương 7": the number is the plenum's
    if "symbol" not in items[0][2] and len(items) == 1:
        if kind.symbol_only or head.group("also") and not _dated_or_issued(text, head, items[0][1]):
            return []  # "văn bản số 5", "phương án số 3": a document only with a full symbol
        number = items[0][2]["number"]
        if _cut_off(text, match.end(), items[0][1]):
            return []
        glued = head.group("abbr") is not None and match.end() == head.end() \
            and not P.ANOTHER_DOCUMENT.match(text, items[0][1])  # "CT229"; but "NQ45 và nghị quyết đại hội 16"
        verb = kind.verb and not said_so and head.group("word") is not None and head.group("word").islower() \
            and P.VERB_OBJECT.match(text, items[0][1]) and not P.SIGNING_VERB.search(text, max(0, head.start() - 12), head.start())
        if verb:
            return []  # "Trung ương quy định 2 mức", "tỉnh đang quy định 3 mức": a verb and what it counts
        issued = _issued_after(text, items[0][1]) or (not glued and (P.ISSUING_VERB.search(
            text, max(0, head.start() - 20), head.start()) or _issued_kind(text, head.start(), type_word)))
        # "Bộ Chính trị ban hành Quy chế 295 năm 2010", "… đã ban hành loạt kế hoạch chuyên đề, gồm Kế hoạch 600 về …"
        if P.COUNTED.match(text, items[0][1]) or ((glued or not kind.numbered_alone) and not said_so and not lenient
                                                  and not issued):
            return []  # "Chương trình 135" is a programme, "xã vùng CT229" a programme's area; "Chương trình
            # hành động 76 của BTV Thành ủy", "CT05 của Bộ Chính trị" documents
        year_like = not said_so and 1900 <= number <= 2100
        issuer_next = P.ISSUER_NEXT.match(text, items[0][1]) if year_like else None
        if year_like and not issuer_next and not issued:
            return []  # "Nghị quyết 2020", but "Quyết định 1953 Tỉnh ủy", "đã ban hành Quyết định 2081" are numbered
        if not said_so and ("\n" in text[head.end():items[0][0]] or (head.group("word") or "").isupper() and number < 10) \
                and _OUTLINE_MARK.match(text, items[0][1]):
            return []  # "SỰ CẦN THIẾT BAN HÀNH LUẬT\n1. …", "… XÂY DỰNG ĐỀ ÁN 1. Sự cần thiết": the first point of an
            # outline under a heading
    type_word = _named_type(head, match.group("qual")) or type_word
    refs = []
    for index, (start, end, fields) in enumerate(items):
        start = head.start() if index == 0 else start
        refs.append(Reference(start, end, text[start:end], type_word, **fields))
    _share_symbol(refs)
    for index, ref in enumerate(refs):
        _agree_type(ref, head, listed=index > 0)
    if len(refs) > 1:  # "217, 218-QĐ/TW ngày 12/12/2013 của Bộ Chính trị": the tail belongs to every item
        read_context(text, refs[-1])
        for ref in refs[:-1]:
            for attribute in ("date", "issuer_code", "issuer_text", "place", "term"):
                if getattr(ref, attribute) is None:
                    setattr(ref, attribute, getattr(refs[-1], attribute))
    if match.group("iss"):
        for ref in refs:
            set_issuer(ref, match.group("iss"), match.group("place"))
    elif issuer_next and refs[0].issuer_text is None:
        set_issuer(refs[0], issuer_next.group("iss"), issuer_next.group("place"))  # "Quyết định 1953 Tỉnh ủy;"
    return refs


_OUTLINE_MARK = re.compile(r"[.)](?:[ \t]|\n|$)")


def _issued_kind(text: str, start: int, type_word: str) -> bool:
    """Whether the sentence before ``start`` says documents of this type were issued ("Chi cục đã ban hành loạt kế
    hoạch chuyên đề, gồm Kế hoạch 600 …; Kế hoạch 622 …"): the numbers after it are theirs."""
    begin = max(text.rfind(stop, max(0, start - 240), start) for stop in ".!?\n") + 1
    return re.search(rf"(?i:ban hành|ký)[ \t]+(?:(?:các|loạt|hàng loạt|nhiều|một số|những)[ \t]+)?"
                     rf"{re.escape(type_word.lower())}(?![\w])", text[begin:start]) is not None


def _issued_after(text: str, end: int) -> bool:
    """Whether an issuer follows a number, after its date or not, or a whole date does: "Công văn 1072 ngày
    6/12/2013 của Ban Thường vụ Tỉnh ủy", "Chương trình hành động 76 của BTV Thành ủy", "Công văn 248 ngày
    15/7/2019 của Ban Dân nguyện"."""
    dated = P.DATE_AFTER.match(text, end)
    day = iso_date(dated) if dated else None
    return (day is not None and len(day) == 10) or bool(P.ISSUER_AFTER.match(text, dated.end() if dated else end))


def _cut_off(text: str, start: int, end: int) -> bool:
    """A bare number where an excerpt breaks off that begins a longer number cited before it: "… Nghị quyết
    số 18-NQ/TW … Nghị quyết số 1" is 18 cut short ("… đã ban hành Kế hoạch số 116" at the end is whole, "… theo
    Thông tư 111/2013" written with its year)."""
    digits = re.fullmatch(r"\s*(\d+)\s*", text[start:end])
    return not text[end:].strip() and digits is not None and \
        re.compile(rf"(?<!\d){digits.group(1)}\d").search(text, 0, start) is not None


def _dated_or_issued(text: str, head: re.Match, end: int) -> bool:
    """"văn bản số 7328 ngày 02/12/2024", "UBND tỉnh đã ban hành văn bản số 558": a number that a date or
    an issuer follows, or that is issued, is a document's even without its symbol."""
    return bool(P.DATE_AFTER.match(text, end) or P.ISSUER_AFTER.match(text, end)
                or P.ISSUING_VERB.search(text, max(0, head.start() - 20), head.start()))


_LIST_MARK = re.compile(r"[.)][ \t]")  # "1. ", "2) ": a number that opens an item of a list


def _opens_list(text: str, head: re.Match, match: re.Match, first: tuple[int, dict]) -> bool:
    """"KẾ HOẠCH\n1. Quyết định số 924/QĐ-TTg": a heading, then a bare number opening the first item of a list."""
    return "symbol" not in first[1] and "\n" in text[head.end():match.end()] and bool(_LIST_MARK.match(text, first[0]))


def _next_item(text: str, items: list[tuple[int, int, dict]]) -> tuple[int, int, dict] | None:
    """The next item of a list, past the year or date the last one may carry ("196-CP năm 1994, 41-CP năm 1995",
    "số 2620/CĐ-TTg ngày 19/12/2014, số 115 CĐ-TTg")."""
    start, end, fields = items[-1]
    year = P.ITEM_YEAR.match(text, end) if fields.get("symbol") is not None and not fields["symbol"].year else None
    dated = P.DATE_AFTER.match(text, end) if fields.get("symbol") is not None and year is None else None
    date = year.group("year") if year else iso_date(dated) if dated else None  # "…/CĐ-TTg ngày 19/12/2014, số 115 …"
    after = (year or dated).end() if date else end
    at = after if date and P.NEXT.match(text, after) else end
    nxt = P.NEXT.match(text, at)
    item = _item(text, nxt.end(), spaced=_SO.search(text, at, nxt.end()) is not None) if nxt else None  # ", số 115 CĐ-TTg"
    if item is None:
        return None
    if at != end:
        items[-1] = (start, at, {**fields, "date": date})
    return nxt.end(), *item


_SO = re.compile(r"(?i)(?<![\w])số(?![\w])")


def _item(text: str, pos: int, *, spaced: bool) -> tuple[int, dict] | None:
    """The number or symbol at ``pos``: (end, Reference fields), or None; a number with its year ("100/2019", a
    symbol without its codes) has a "date" (and so it is a document in a list: "nghị định 72/2013 và 27/2018")."""
    found = symbols.read(text, pos, spaced=spaced)
    if found is not None:
        return found.end, {"number": found.symbol.number, "symbol": found.symbol}
    if dated := P.NUMBER_YEAR.match(text, pos):  # "Nghị định 100/2019": the symbol without its codes
        return dated.end(), {"number": int(dated.group(1)), "date": dated.group(2),
                             "short_symbol": f"{dated.group(1)}/{dated.group(2)}"}
    bare = P.BARE.match(text, pos) or P.THOUSANDS.match(text, pos) or P.LISTED_BEFORE_SYMBOL.match(text, pos)
    return (bare.end(), {"number": int(bare.group().replace(".", ""))}) if bare else None


def _named_type(head: re.Match, qualifier: str | None) -> str | None:
    """The type a capitalised type word names after a type word in lower case: "ra thông báo Kết luận số 44" is
    the Kết luận (but "Thông báo kết luận số 81" a notice of conclusions); else None."""
    word = head.group("word")
    return type_word_of(qualifier) if qualifier and qualifier[0].isupper() and word and word.islower() else None


def _announces_tail(text: str, pos: int) -> bool:
    """What goes on from a list of bare numbers: its issuer, date or subject ("Quyết định 217, 218 của Bộ Chính trị"),
    or what the documents do ("các Quyết định số 1328, 197, 945 phê duyệt Đề án …", "Nghị quyết 59, 70, 71, 72 là")."""
    return bool(re.match(rf"{P.S}(?:của|ngày|khóa|\(|đều|về|(?:phê duyệt|ban hành|hướng dẫn|là)(?![\w]))", text[pos:pos + 20]))


def _listed_pair(text: str, head: re.Match, match: re.Match, items: list) -> bool:
    """Two numbers after "số" that "các" or "những" announces as several documents ("các công điện số 21 và 23"), the
    second no count ("… số 21 và 23 người")."""
    return len(items) == 2 and bool(match.group("so")) and not P.COUNTED.match(text, items[-1][1]) \
        and P.PLURAL_BEFORE.search(text, max(0, head.start() - 12), head.start()) is not None


def _same_type_next(text: str, head: re.Match, pos: int) -> bool:
    """The list's last item is its type word again with a number: "Nghị quyết 18, 19, 20 và Nghị quyết số 21"."""
    return bool(re.match(rf"[ \t]*,?[ \t]*và{P.S}{re.escape(head.group())}{P.S}(?:số{P.S})?\d", text[pos:pos + 60],
                         re.IGNORECASE))


def _agree_type(ref: Reference, head: re.Match, listed: bool = False) -> None:
    """A type word with a capital decides ("Quy định 101-QĐ/TW", "CHƯƠNG TRÌNH HÀNH ĐỘNG SỐ 01-CT/TU", "Quyết
    định số 55/2007/CT-UBND"); an abbreviation or a word in lower case yields to a code that cannot be its
    type: "TT số 07-TT/TU" is a thông tri, "kết luận số 215-TB/HU" a thông báo; and so does any type word
    for a later item of its list ("Kết luận số 80-KL/TW; 21/2021/QĐ-TTg": a quyết định). A word that names the type
    only before a symbol ("văn bản số …") yields to a type code unless its type is sent as correspondence:
    "văn bản số 528-KH/BCSĐNMT" is a kế hoạch, "văn bản số 16/VBHN-VPQH" a văn bản hợp nhất, but "văn bản số
    57/TTr-UBND" a công văn (as the golds read them), unless listed after another ("các văn bản số 25/BC-HĐTĐNN …
    và số 124/TTr-LĐTBXH": a tờ trình)."""
    if ref.symbol is None or ref.symbol.type_word is None or ref.symbol.code is None:
        return
    if head.group("also") and not listed:
        if not doc_type_of(ref.symbol.type_word).correspondence:
            ref.type = ref.symbol.type_word
        return
    if ref.text[head.end() - ref.start:].lstrip().lower().startswith(ref.symbol.type_word.lower() + " "):
        ref.type = ref.symbol.type_word  # "Thông báo Kết luận số 115-KL/HU": the word its code says, before its number
        return
    word = head.group("word")
    if word and word[0].isupper() and not listed:
        return
    kind = doc_type_of(ref.type)
    if kind.letter and word and not listed or ref.symbol.code in kind.carries:
        return  # "công văn số 01/TTr-UBDT" sends a proposal; "thông báo số 01-KL/BCĐ": a notice of conclusions
    if ref.symbol.code not in kind.codes or ref.symbol.system not in kind.systems:
        ref.type = ref.symbol.type_word


def _share_symbol(refs: list[Reference]) -> None:
    """"217, 218-QĐ/TW": bare numbers before a symbol take its code, issuer and year."""
    following = None
    for ref in reversed(refs):
        if ref.symbol is not None:
            following = ref.symbol
        elif following is not None and ref.number is not None:
            ref.symbol, ref.shared_symbol = replace(following, number=ref.number), True


def _firm_like(name: str) -> bool:
    """Whether a name is shaped like a firm's: two words or more, each capitalised and none initials (a law's subject
    goes on in lower case: "Đất đai", "Bảo hiểm xã hội"; "Các TCTD" is a name half in initials)."""
    words = name.split()
    return len(words) >= 2 and all(w[:1].isupper() and not (len(w) > 1 and w.isupper()) for w in words)


_TYPE_NAME = re.compile(rf"(?i:{P.WORDS})")


_NAME_BEFORE = re.compile(r"(?<![\w])((?:[A-ZÀ-ỸĐ][\w]*[ \t]){1,3})$")  # capitalised words right before


def _inside_a_name(text: str, start: int) -> bool:
    """Whether the type word at ``start`` goes on a person's name: the capitalised words right before it begin
    with a family name and say nothing else ("Nguyễn Minh Luật Phú", not "Theo Luật …" or "Bộ Luật …")."""
    before = _NAME_BEFORE.search(text, max(0, start - 24), start)
    if before is None:
        return False
    words = before.group(1).split()
    return len(words) >= 2 and is_surname(words[0]) and all(is_syllable(w) for w in words)


def named(text: str, head: re.Match, type_word: str, names: KnownNames | None = None) -> Reference | None:
    """A document cited by name: "Luật Thực hiện dân chủ ở cơ sở năm 2022", "Hiến pháp năm 2013", "Điều lệ
    Đảng", "Lệnh công bố Luật …"; a law's number may follow ("Luật … số 22/2008/QH12"). A law's name ends at
    the longest name the authority file knows (``names``), else where the grammar says; an amending law is
    one document whatever laws its name lists (those listed with their numbers are read as citations of their
    own by ``get_citations``). A law in lower case or in capitals ("luật đất đai", "PHÁP
    LUẬT VÀ …") is one only by a known name."""
    kind = doc_type_of(type_word)
    form, issuer = kind.name_form, kind.named_issuer
    bill = form == "law" and P.DRAFT_BEFORE.search(text, max(0, head.start() - 12), head.start())
    before = P.WORD_BEFORE.search(text, max(0, head.start() - 24), head.start())
    words = before.group(1).lower().split() if before else []
    if words and (words[-1] in kind.compounds or " ".join(words) in kind.compounds or words[-1] == P.INDEFINITE):
        return None  # "KỶ LUẬT CÁN BỘ, CÔNG CHỨC", "pháp luật về …", "Đại học Luật Hà Nội": another word or a school;
        # "một Cương lĩnh …": a kind of document
    if form == "law" and P.TREATY_BEFORE.search(text, max(0, head.start() - 90), head.start()):
        return None  # "Công ước Quốc tế về Luật Biển (UNCLOS)": a treaty
    if head.group("word") == "Luật" and _inside_a_name(text, head.start()):
        return None  # "Nguyễn Minh Luật Phú": a person's middle name
    revised_in = False
    if form == "law":
        found = _law_name(text, head.end(), head.group("word"), type_word, names)
        if found is None or (P.LAW_WORD.fullmatch(found[0].split()[0]) or found[0].split()[0].lower() in kind.not_names) \
                and not (names is not None and names.knows(type_word, found[0])):
            return None  # "Luật Sư: Lê Minh Công", "Luật Sư Nguyễn Văn An" (but "luật Khoa học, công nghệ …", a known
            # name); "Luật Luật …": the second one names it, unless the name is known so ("Luật Luật sư")
        name, end = found
        if _TYPE_NAME.fullmatch(name):
            return None  # "hướng dẫn Luật Nghị định 126/2007/NĐ-CP": another document's type word, no law's name
        if (not text[end:].strip() or text.startswith(("...", "…"), end) or text[head.start() - 1:head.start()].isalpha()) \
                and names is not None and not names.knows(type_word, name):
            return None  # "Đối với Luật Chứng" where the excerpt breaks off, "theo Luật Quốc..." where a title is cut,
            # "củaLuật …" glued: only a known name
        if _firm_like(name) and names is not None and not names.knows(type_word, name) \
                and not (P.YEAR_AFTER.match(text, end) or P.DATE_AFTER.match(text, end) or P.LAW_NUMBER.match(text, end)):
            return None  # "Về Luật Dương Gia", "Luật Minh Khuê": a law firm, every word of its name capitalised
        if (short := P.NAME_ABBREVIATION.match(text, end)) and P.YEAR_AFTER.match(text, short.end()):
            end = short.end()  # "(BHXH)" between the name and its year
        amending = f"Sửa đổi, bổ sung một số điều của {type_word} {name}"
        if (revised := P.REVISED_IN.match(text, end)) and names is not None and names.knows(type_word, amending):
            name, end = amending, revised.end()  # "Luật Ban hành văn bản quy phạm pháp luật sửa đổi 2020"
            revised_in = True
        elif (joined := _revised_together(text, end, names)) is not None:
            name, end = f"{amending} và {joined[0]}", joined[1]
        elif revised := P.REVISED_LAW.match(text, end):  # "Luật Việc làm (sửa đổi)": the new law, not the one it replaces
            dated = P.YEAR_AFTER.match(text, revised.end()) or P.DATE_AFTER.match(text, revised.end()) \
                or P.LAW_NUMBER.match(text, revised.end())
            name, end = (name if dated else name + REVISED_NAME), revised.end()  # "… (sửa đổi) năm 2024": its year says which
    else:
        word = head.group("word")
        match = getattr(P, _NAME_FORMS[form]).match(text, head.end()) if word[0].isupper() else None
        if not match:
            return None
        name, end = kind.fixed_name, match.end()
        if form == "promulgation":
            name = f"công bố {match.group('law')}"
        elif form == "charter":  # "Điều lệ Đảng", "Điều lệ Đoàn TNCS Hồ Chí Minh"
            charter = P.CHARTERS[phrase_key(match.group("charter").lower())]
            name, issuer = charter.name, charter.issuer
    if form == "law" and name.lower() in kind.branches and not P.YEAR_AFTER.match(text, end) \
            and not P.LAW_NUMBER.match(text, end):
        return None  # "Luật Hành Chính" (a site's section), "Luật Hình sự điều chỉnh …": the branch of law
    if bill and not P.PASSED_AFTER.match(text, end):
        return None  # "Dự án Luật Đất đai (sửa đổi)", "dự thảo Luật …": a bill, no law yet; but "Dự án Luật … được
        # Quốc hội thông qua" is the law it became
    ref = Reference(head.start(), end, text[head.start():end], type_word, name=name, issuer_code=issuer,
                    revised_in_year=revised_in)
    if form != "law":
        if year := match.groupdict().get("year") or match.groupdict().get("year1") or match.groupdict().get("year2"):
            ref.date = year
        return ref
    paragraph_end = text.find("\n\n", end, end + 200)  # a dateline below a headline is not the law's date
    paragraph_end = len(text) if paragraph_end < 0 else paragraph_end
    if year := P.YEAR_AFTER.match(text, end, paragraph_end):
        ref.date, ref.end = year.group("year"), year.end()
    elif (dated := P.DATE_AFTER.match(text, end, paragraph_end)) and (day := iso_date(dated)):
        ref.date, ref.end = day, dated.end()  # "Luật Giáo dục ngày 14 tháng 6 năm 2005": the date says which law
    numbered = P.LAW_NUMBER.match(text, ref.end)
    if numbered and (symbol := symbols.read(text, numbered.end())) and _numbers_the_amended(name, symbol.symbol.text, names):
        ref.end = symbol.end  # "Luật sửa đổi … của Bộ luật Tố tụng dân sự số 92/2015/QH13": the code's number, read
        # inside the amending law's name as a citation of its own
    elif numbered and symbol and (symbol.symbol.code is None or symbol.symbol.type_word == ref.type):  # not "Văn bản
        ref.end, ref.symbol, ref.number = symbol.end, symbol.symbol, symbol.symbol.number  # hợp nhất Luật … số
        # 23/VBHN-VPQH": a code of another type, another document's symbol
    elif numbered and (short := P.NUMBER_YEAR.match(text, numbered.end())):  # "Pháp lệnh … số 20/2000": number and year
        ref.end, ref.number, ref.date = short.end(), int(short.group(1)), ref.date or short.group(2)
    ref.in_force = ref.date is None and ref.number is None and P.IN_FORCE.match(text, ref.end) is not None
    ref.text = text[ref.start:ref.end]
    return ref


def _numbers_the_amended(name: str, symbol: str, names: KnownNames | None) -> bool:
    """Whether ``symbol``, after an amending law's ``name``, is the number of the law it amends, as the authority file
    knows it ("Sửa đổi, bổ sung một số điều của Bộ luật Tố tụng dân sự" + "92/2015/QH13")."""
    known = names.numbered.get(symbol) if names is not None else None
    return known is not None and P.AMENDING_NAME.match(name) is not None and P.AMENDING_NAME.search(known) is None \
        and fold(name).endswith(fold(known))


def _revised_together(text: str, end: int, names: KnownNames | None) -> tuple[str, int] | None:
    """"Luật Tổ chức chính phủ và Luật Tổ chức chính quyền địa phương sửa đổi 2019": two laws revised at once are
    named by the law amending both; (the second law as named, the end of "sửa đổi") or None."""
    joined = P.SECOND_LAW.match(text, end)
    second = _law_name(text, joined.end(), joined.group("word"), doc_type_of(joined.group("word")).word, names) \
        if joined else None
    revised = P.REVISED_IN.match(text, second[1]) if second else None
    return (f"{joined.group('word')} {second[0]}", revised.end()) if revised else None


def _law_name(text: str, pos: int, word: str | None, type_word: str, names: KnownNames | None) -> tuple[str, int] | None:
    """The name after "Luật" / "Pháp lệnh" (``word`` as written, its name from ``pos``) and where it ends."""
    candidates = []
    if names is not None and word and word[0].isupper() and (about := P.ABOUT.match(text, pos)) \
            and (known := names.match(type_word, text, about.end())):
        candidates.append(known)  # "Pháp lệnh về án phí, lệ phí Tòa án" (but "các luật về đất đai": laws in general)
    elif names is not None and (known := _longer(names.match(type_word, text, pos), names.match_defined(type_word, text, pos))):
        candidates.append(known)
        if P.CAPITALISED_NEXT.match(text, known[1]) and word and word[0].isupper() and not word.isupper() \
                and (law := P.LAW.match(text, pos)) and law.end("name") > known[1] \
                and not any(_foreign(w) for w in _WORD.findall(text, known[1], law.end("name"))) \
                and _WORD.findall(text, known[1], law.end("name"))[0] not in CLAUSE_OPENERS \
                and not _trailing_province(law.group("name")):
            candidates.append((law.group("name"), law.end("name")))  # "Luật Đầu tư Nước ngoài tại Việt Nam": a longer
            # name (of Vietnamese words: not "Luật An Ninh Mạng Ebooks Nhóm Zalo"; not a province after it: "Luật Thủ đô
            # Hà Nội")
    if word and word[0].isupper() and names is not None and (joined := JOINED_INITIALS.match(text, pos)) \
            and names.name_by_initials(type_word, joined.group(1) + joined.group(2)) is not None:
        candidates.append((f"{joined.group(1)} và {joined.group(2)}", joined.end()))  # "Luật PCCC&CNCH": a known
        # name's two phrases' initials (but "Luật TNBTCNN và BLDS 2015": two documents)
    if amending := P.AMENDING.match(text, pos):
        end = _amended_list(text, _amended_name_end(text, amending, names))
        if (bare := P.AMENDING_SHORT.match(amending.group("name"))) and bare.group(1) is None \
                and (listed := P.NEXT_LAW.search(text, amending.start("name"), end)) \
                and not _known_in_full(text[amending.start("name"):end], type_word, names):
            end = listed.start()  # "Luật Sửa đổi Bộ luật Hình sự, Luật Trách nhiệm bồi thường Nhà nước": two laws (but
            # one law amending several, when the authority file knows it so)
        name = _amending_in_full(_amending_name(text[amending.start("name"):end]), type_word, names)
        candidates.append((name[0].upper() + name[1:], end))
    if candidates:
        return max(candidates, key=lambda found: found[1])
    if word is None or not word[0].isupper() or word.isupper():
        return None  # "pháp luật", "luật sư", "LUẬT VÀ TUYÊN TRUYỀN": no law by its name
    law = P.LAW.match(text, pos)
    if law is None:
        return None
    first, *rest = law.group("name").split()
    if len(first) > 1 and first.isupper() and rest and rest[0] in _JOINING:  # "Luật BVMT và một số văn bản …": the
        return first, law.start("name") + len(first)  # initials are the name, what is joined to it not (but "Luật
        # ATGT đường bộ" is named with its last words)
    name = law.group("name")
    foreign = next((m for m in _WORD.finditer(name) if m.start() and (_foreign(m.group()) or m.group() in CLAUSE_OPENERS)),
                   None)
    if foreign is not None:  # "Luật An Ninh Mạng Ebooks Nhóm Zalo": a name of Vietnamese words ends before others, and
        # before a headline's next clause ("Luật Thanh niên Những điểm mới")
        name = name[:foreign.start()].rstrip(" ,")
        return name, law.start("name") + len(name)
    if place := _trailing_province(name):  # "… thực hiện Luật Trách nhiệm bồi thường Bình Phước": the province
        name = name[:-len(place)].rstrip(" ,")  # a headline adds is no word of the law's name
        return name, law.start("name") + len(name)
    return name, law.end("name")


def _trailing_province(name: str) -> str | None:
    """The name of a province that ends a law's name of two words or more before it, else None."""
    words = name.split(" ")
    for size in (3, 2):
        tail = " ".join(words[-size:])
        if len(words) - size >= 2 and tail[0].isupper() and any(u.parent is None and u.name == tail for u in gazetteer.lookup(tail)):
            return tail
    return None


_WORD = re.compile(r"[^\W\d_]+")


def _foreign(word: str) -> bool:
    """A word of another language: unaccented, four letters or more with a vowel, no acronym, no Vietnamese syllable
    ("Ebooks", "Zalo"; not the debris of a word a PDF's font broke: "sn" of "sản", "Chng", "Tquốc")."""
    return word.isascii() and len(word) >= 4 and not word.isupper() and not is_syllable(word) \
        and any(vowel in word.lower() for vowel in "aeiouy")


_JOINING = ("và", "hoặc", "về")  # after a law's initials: what is joined to it, or what it says about ("Luật BHXH về
# BHXH tự nguyện")


def _longer(first: tuple[str, int] | None, second: tuple[str, int] | None) -> tuple[str, int] | None:
    """The one of two names read at one place that ends later ("Luật PCCC&CNCH" the article defined, not the
    known "Luật PCCC"); the first when they end together."""
    return second if second is not None and (first is None or second[1] > first[1]) else first


def _amending_name(written: str) -> str:
    """An amending law's name as written, its initials spelt out, its "của" restored ("… một số điều Luật Phòng
    cháy …"), its "đổi" too where a PDF's font lost letters ("Sửa đi, bổ sung …") and the "Luật" of the first law
    it amends where the writer dropped it ("… một số điều của Phòng, chống thiên tai và Luật Đê điều"), without the
    page number a PDF put inside it ("… của\n  3. Pháp lệnh …")."""
    name = P.LOST_SOME_ARTICLES.sub(r"\1 số điều", P.LOST_LETTERS.sub(r"\1 đổi,", " ".join(P.PAGE_MARK.sub(" ", written).split())))
    name = P.AMENDED_WITHOUT_OF.sub(r"\1 của ", P.ABBREVIATED_NAME.sub(_spelt_out, name))
    return P.LAW_WORD_LOST.sub(r"\1Luật ", name)


def _known_in_full(written: str, type_word: str, names: KnownNames | None) -> bool:
    """Whether an amending law's name written short is, in full, one the authority file knows."""
    return names is not None and names.knows(type_word, _amending_in_full(_amending_name(written), type_word, names))


def _amending_in_full(name: str, type_word: str, names: KnownNames | None) -> str:
    """An amending law's name with its first words in full: "SĐ, BS một số điều …" is "Sửa đổi, bổ sung một số
    điều …"; "sửa đổi Bộ luật Hình sự" the known "Sửa đổi, bổ sung một số điều của Bộ luật Hình sự" when there is one."""
    short = P.AMENDING_SHORT.match(name)
    if short is None:
        return name
    rest = name[short.end():].strip()
    if short.group(1) is not None:
        return f"Sửa đổi, bổ sung {rest}"
    if P.LAW_WORD.match(rest) and names is not None and names.knows(type_word, in_full := f"Sửa đổi, bổ sung một số điều của {rest}"):
        return in_full
    return name


def _spelt_out(match: re.Match) -> str:
    """"BLHS" → "Bộ luật Hình sự"."""
    return " ".join(ABBREVIATED_NAMES[match.group("abbr")])


def abbreviated(text: str, match: re.Match) -> Reference:
    """A document named by initials standing for its type word and name: "BLHS năm 2015" (Bộ luật Hình sự)."""
    type_word, name = ABBREVIATED_NAMES[match.group("abbr")]
    ref = Reference(match.start(), match.end(), match.group(), type_word, name=name,
                    issuer_code=doc_type_of(type_word).named_issuer)
    if year := P.YEAR_AFTER.match(text, match.end()):
        ref.date, ref.end, ref.text = year.group("year"), year.end(), text[match.start():year.end()]
    return ref


def later_editions(text: str, ref: Reference) -> list[Reference]:
    """"Hiến pháp năm 1946, 1959, 1980, 1992 và năm 2013": one constitution a year, each citation spanning up
    to its own year (its own span, so each keeps its own IRI)."""
    if doc_type_of(ref.type).name_form != "constitution" or not ref.date:
        return []
    found = []
    while following := P.NEXT_YEAR.match(text, found[-1].end if found else ref.end):
        found.append(replace(ref, end=following.end(), text=text[ref.start:following.end()], date=following.group("year")))
    return found


def _amended_name_end(text: str, amending: re.Match, names: KnownNames | None) -> int:
    """Where the name of an amending law ends: at the end of the known name of the last law it names, when that
    name goes on past a comma ("… của Luật phòng, chống thiên tai ngày 17/6/2020")."""
    end = amending.end("name")
    lost = P.LAW_WORD_LOST.search(text, amending.start("name"), end)  # "… của Phòng, chống thiên tai …"
    last = ("Luật", lost.end()) if lost else None
    for word in P.LAW_WORD.finditer(text, amending.start("name"), end):
        last = (doc_type_of(word.group()).word, word.end())
    if last is None or names is None or not (known := names.match(last[0], text, last[1])) or known[1] <= end:
        return end
    end = known[1]
    while following := P.AMENDED_NEXT.match(text, end):  # "… thiên tai và Luật Đê điều"
        end = following.end("name")
    return end


def _amended_list(text: str, end: int) -> int:
    """Where an amending law's name ends when the laws it amends are listed with their numbers ("… của Luật
    Đất đai số 31/2024/QH15, Luật Nhà ở số 27/2023/QH15 … và Luật Các tổ chức tín dụng số 32/2024/QH15"):
    in such a list every number, the last one's included, is an amended law's, not the amending law's."""
    listed = False
    while (numbered := P.LAW_NUMBER.match(text, end)) and (symbol := symbols.read(text, numbered.end())):
        following = P.AMENDED_NEXT.match(text, symbol.end)
        if following is None:
            return symbol.end if listed else end
        end, listed = following.end("name"), True
    return end


_NAME_FORMS = {"law": "LAW", "constitution": "CONSTITUTION", "charter": "CHARTER", "platform": "PLATFORM",
               "promulgation": "PROMULGATION"}  # pattern names: some are compiled when first used
