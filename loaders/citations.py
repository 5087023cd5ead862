"""Find document citations in article text: ``get_citations`` (step 1 of find → resolve → annotate).

A citation starts at a type word ("Quyết định", "NQ", "nghị quyết") or at a bare symbol ("99-QĐ/TW") and
is read left to right with small anchored patterns (:mod:`citation_patterns`): qualifiers, an issuer
placed before the number, "số", one or more numbers or symbols ("217, 218-QĐ/TW"), then the date, issuer,
term and subject in any order (:mod:`citation_context`). Plenum ("Nghị quyết Trung ương 4 khóa XII"),
congress ("Nghị quyết Đại hội XIII") and named documents ("Luật Thực hiện dân chủ ở cơ sở năm 2022",
"Hiến pháp năm 2013", "Điều lệ Đảng") have forms of their own (:mod:`citation_forms`). Every match is
checked against what is not a citation: article pinpoints ("Điều 5 của Luật"), generic phrases, numbers
that count things. All scanning is linear in the text.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import replace

from . import citation_patterns as P
from . import symbols
from .citation_context import read_context
from .citation_forms import (abbreviated, congress, later_editions, named, numbered, organisation_congress,
                             local_plenum, organisation_plenum, plenum)
from .known_names import KnownNames
from .lexicon import ABBREVIATIONS, ALSO_WRITTEN_KEYS, AMBIGUOUS_ABBREVIATIONS, CODE_TYPES, ISSUERS, doc_type, phrase_key
from .model import Reference, Zone

_DIGIT = re.compile(r"\d")
_REACH = 160  # a number further than this from its type word is not its number


def get_citations(text: str, zones: list[Zone] | None = None, *, lenient: bool = False,
                  names: KnownNames | None = None) -> list[Reference]:
    """Every document citation in ``text``, in order, skipping web boilerplate, bylines and datelines.

    ``lenient`` accepts a bare number after any type word ("Kế hoạch 52"), as a user's query means it;
    ``names`` are the names of documents cited by name that the authority file knows.
    """
    skip = _Spans((z.start, z.end) for z in zones or () if z.kind in ("boilerplate", "byline", "dateline"))
    zone_of = _zone_finder(zones)
    found: list[Reference] = []
    covered_until = amending_until = 0
    for head in P.HEAD.finditer(text):
        if head.start() < covered_until or head.start() in skip:
            continue
        refs = _read_head(text, head, lenient, names)
        if head.start() < amending_until:  # inside an amending law's name: the laws it lists with their numbers
            refs = [r for r in refs if r.symbol is not None and r.end <= amending_until]
        if refs:
            for ref in refs:
                ref.zone = zone_of(ref.start)
                ref.abbreviated = head.group("abbr") in AMBIGUOUS_ABBREVIATIONS
            found.extend(refs)
            # "Lệnh công bố Luật X" also cites the Luật, "Luật sửa đổi … của Luật Đất đai số 31/2024/QH15, …" the
            # laws it amends: keep scanning inside them
            amending = _amending(refs[-1])
            covered_until = head.end() if refs[-1].type == "Lệnh" or amending else max(r.end for r in refs)
            amending_until = max(amending_until, refs[-1].end if amending else 0)
    found.extend(_bare_symbols(text, found, skip, zone_of))
    found.extend(_abbreviated_names(text, found, skip, zone_of))
    found.sort(key=lambda r: r.start)
    zone_end = _zone_ends(zones)
    for ref, following in zip(found, found[1:] + [None]):
        limit = following.start if following is not None and following.start >= ref.end else None
        end = zone_end(ref.start)  # a headline's citation takes no date from the line below it
        written = ref.date  # "Luật Đất đai năm 2024": the year its words give
        read_context(text, ref, end if limit is None or (end is not None and end < limit) else limit)
        if ref.zone == "related" and P.LISTING_DATE.match(text, ref.end):
            ref.date = written  # "- Hội nghị triển khai Luật Đất đai năm 2024 (28/02/2024)": when it was posted
    _share_issuers(text, found)
    _headed_by_number(text, found)
    _own_symbols(found)
    return _short_names(text, found)


def _own_symbols(found: list[Reference]) -> None:
    """A bare number that took its symbol from the next item of a list ("… của Nghị định 117; số 210/2013/NĐ-CP")
    is the one document of its type and number the article writes with a symbol of its own ("Số 117/2007/NĐ-CP"),
    when there is one."""
    written: dict[tuple, set] = {}
    for ref in found:
        if ref.symbol is not None and not ref.shared_symbol:
            written.setdefault((ref.type, ref.number), set()).add(ref.symbol)
    for ref in found:
        own = written.get((ref.type, ref.number), set()) if ref.shared_symbol else set()
        if len(own) == 1 and ref.symbol not in own:
            ref.symbol = next(iter(own))


def _short_names(text: str, found: list[Reference]) -> list[Reference]:
    """A short name the article defines for a document it has just cited ("Luật sửa đổi, bổ sung một số điều của
    Luật GDĐH (sau đây viết tắt là Luật GDĐH năm 2018)") is that document there and wherever it is written again."""
    short: dict[str, Reference] = {}
    out = []
    for k, ref in enumerate(found):
        written = " ".join(ref.text.split())
        if written not in short and "tắt" in text[max(0, ref.start - 30):ref.start]:
            defining = next((r for r in found[:k] if r.type == ref.type and r.end < ref.start
                             and P.DEFINED_AS.fullmatch(text, r.end, ref.start)), None)
            if defining is not None and ref.number in (None, defining.number):  # "Nghị quyết số 26/NQ-CP … thực hiện
                # Nghị quyết số 36-NQ/TW (Sau đây gọi tắt là Nghị quyết số 26/NQ-CP)": it names the one before
                short[written] = defining
        meant = short.get(written)
        out.append(ref if meant is None else replace(meant, start=ref.start, end=ref.end, text=ref.text, zone=ref.zone,
                                                     relation=ref.relation, pinpoint=ref.pinpoint))
    return out


def _headed_by_number(text: str, found: list[Reference]) -> None:
    """"Số 03-NQ/TU … NGHỊ QUYẾT HỘI NGHỊ LẦN THỨ NĂM BAN CHẤP HÀNH ĐẢNG BỘ TỈNH KHOÁ XV": the heading in capitals
    that names a plenum's or congress's resolution under the page's own "Số …" line is the document of that
    number."""
    for ref, heading in zip(found, found[1:]):
        if ref.symbol is None or heading.number is not None or heading.type != ref.type \
                or not (heading.plenum or heading.congress or heading.congress_years) \
                or not 0 <= heading.start - ref.end <= _HEADER_REACH or not heading.text.isupper() \
                or not P.NUMBER_LINE.search(text, max(0, ref.start - 20), ref.start):
            continue
        heading.number, heading.symbol = ref.number, ref.symbol


_HEADER_REACH = 200  # the place and date lines between a page's "Số …" line and its heading


def _share_issuers(text: str, found: list[Reference]) -> None:
    """"Nghị quyết số 05 và Kế hoạch số 12 của Tỉnh ủy": the issuer named after the last of a list of documents
    issued them all; a mention with an issuer or an issuer's symbol of its own keeps it."""
    shared: set[int] = set()  # the mentions given an issuer so: "A, B và C của X" reaches A through B
    for ref, following in zip(reversed(found[:-1]), reversed(found[1:])):
        if ref.issuer_code or (ref.symbol is not None and ref.symbol.issuer) or following.issuer_code is None:
            continue
        dated = P.DATE_AFTER.match(text, ref.end)
        if not P.LIST_JOINT.fullmatch(text, dated.end() if dated else ref.end, following.start):
            continue
        dated = P.DATE_AFTER.match(text, following.end)
        if id(following) in shared or P.ISSUER_AFTER.match(text, dated.end() if dated else following.end):
            ref.issuer_code, ref.issuer_text, ref.place = following.issuer_code, following.issuer_text, following.place
            shared.add(id(ref))


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


def _zone_ends(zones: list[Zone] | None):
    """pos → the end of the zone holding it (None outside every zone)."""
    ordered = sorted(zones or (), key=lambda z: z.start)
    starts = [z.start for z in ordered]

    def zone_end(pos: int) -> int | None:
        i = bisect_right(starts, pos) - 1
        return ordered[i].end if i >= 0 and pos < ordered[i].end else None
    return zone_end


def _type_word(head: re.Match) -> str:
    if head.group("abbr"):
        return ABBREVIATIONS[head.group("abbr")]
    if head.group("also"):
        return ALSO_WRITTEN_KEYS[phrase_key(head.group("also").lower())]
    return doc_type(head.group("word")).word


def _read_head(text: str, head: re.Match, lenient: bool, names: KnownNames | None) -> list[Reference]:
    type_word = _type_word(head)
    pos = head.end()
    kind = doc_type(type_word)
    if not (kind.named_issuer or kind.assemblies) and not _DIGIT.search(text, pos, pos + _REACH):
        return []  # most type words in running text ("các nghị quyết, chỉ thị") have no number near them
    if P.NOT_AFTER_HEAD.match(text, pos):
        return []
    if kind.assemblies:
        found = plenum(text, head, type_word) or organisation_congress(text, head, type_word) \
            or congress(text, head, type_word) or organisation_plenum(text, head, type_word) \
            or local_plenum(text, head, type_word)
        if found:
            return found
    found = numbered(text, head, type_word, lenient or _heading(head))
    if found:
        return found
    if kind.named_issuer and head.group("word"):
        ref = named(text, head, type_word, names)
        return [ref, *later_editions(text, ref)] if ref else []
    return []


def _amending(ref: Reference) -> bool:
    """Whether ``ref`` is an amending law whose name lists laws with their numbers ("… của Luật Đất đai số …")."""
    return bool(ref.name) and ref.symbol is None and P.AMENDING_NAME.match(ref.name) is not None \
        and P.LAW_NUMBER.search(ref.text) is not None


def _heading(head: re.Match) -> bool:
    """A type word in capitals heads a document ("KẾ HOẠCH 154"): its number needs no "số"."""
    word = head.group("word")
    return bool(word) and word.isupper() and len(word) > 3


def _bare_symbols(text: str, found: list[Reference], skip: _Spans, zone_of) -> list[Reference]:
    """Symbols written without a type word ("thực hiện 99-QĐ/TW"): the type the article gives the same symbol with a
    type word ("Nghị quyết 259/2025/QH15 … Số hiệu: 259/2025/QH15", "Công văn 5736/CT-QLN … 5736/CT-QLN", where "CT"
    is the Cục Thuế), else the code's."""
    spans = _Spans((r.start, r.end) for r in found)
    starts = [r.start for r in found]
    typed = {r.symbol.text: r.type for r in found if r.symbol is not None and r.typed}
    out = []
    for item in symbols.finditer(text, skip=lambda start: start in spans or start in skip):
        symbol = item.symbol
        coded = symbol.type_word if symbol.code else None  # with no code, the issuer's usual type yields to a list's
        heading = None if coded and doc_type(coded).consolidates else _heading_type(text, item.start, item.end)
        if "/" not in text[item.start:item.end] and heading is None:
            continue  # "Tổng Công ty … 8 – CTCP" (a joint-stock company): a symbol alone has its slash, but for a
            # page's own number over its heading ("Số: 194-HĐBT … QUYẾT ĐỊNH")
        if P.LICENCE_BEFORE.search(text, max(0, item.start - 90), item.start):
            continue  # "giấy phép hoạt động … số 1765/SYT-GPHĐ": a licence's number
        type_word = heading or typed.get(symbol.text) or coded \
            or _listed_type(text, item.start, symbol, _last_before(found, starts, item.start) + out[-1:]) \
            or _clause_type(text, item.start, symbol) or symbol.type_word or _letter(symbol)
        if type_word is None:
            continue
        out.append(Reference(item.start, item.end, text[item.start:item.end], type_word,
                             number=symbol.number, symbol=symbol, zone=zone_of(item.start), typed=heading is not None))
    return out


def _last_before(found: list[Reference], starts: list[int], start: int) -> list[Reference]:
    """The citation read last before ``start`` among ``found`` (sorted by start, ``starts`` their starts), if any."""
    k = bisect_right(starts, start)
    return found[k - 1:k] if k else []


def _listed_type(text: str, start: int, symbol: symbols.Symbol, nearest: list[Reference]) -> str | None:
    """The type of the item before a symbol with no type code in a list of one issuer's documents ("các Thông tư
    của Bộ Xây dựng: số 05/2015/TT-BXD …; số 26/2016/BXD …"), else None; ``nearest``: the citations read last
    before it."""
    before = max((r for r in nearest if r.end <= start), key=lambda r: r.end, default=None)
    if before is None or before.symbol is None:
        return None
    if before.type == _LETTER and symbol.type_word is None and P.NEXT_ITEM.fullmatch(text, before.end, start):
        return before.type  # "các Văn bản số: 6749/UBND-NL4 …; 947/KL-PC&ĐTXLVP …": letters, whoever signs them
    return before.type if before.symbol.issuer == symbol.issuer and P.NEXT_LISTED.fullmatch(text, before.end, start) else None


def _clause_type(text: str, start: int, symbol: symbols.Symbol) -> str | None:
    """The type word that opens the clause of a symbol with no type code whose issuer has a usual type ("Nghị quyết
    Kỳ họp thứ 6, Quốc hội khóa XIV số 74/2018/QH14": a resolution, not the law a QH number alone would be)."""
    if symbol.code is not None or symbol.type_word is None:
        return None
    found = P.CLAUSE_TYPE.search(text, max(0, start - 120), start)
    return doc_type(found.group("type")).word if found else None


def _abbreviated_names(text: str, found: list[Reference], skip: _Spans, zone_of) -> list[Reference]:
    """Documents named by initials outside other citations: "BLHS năm 2015"."""
    spans = _Spans((r.start, r.end) for r in found)
    out = []
    for match in P.ABBREVIATED_NAME.finditer(text):
        if match.start() not in spans and match.start() not in skip:
            ref = abbreviated(text, match)
            ref.zone = zone_of(ref.start)
            out.append(ref)
    return out


_LETTER = CODE_TYPES["state"]["CV"]


def _letter(symbol: symbols.Symbol) -> str | None:
    """A known issuer and its drafting unit with no type code ("4011/UBND-VX2"): an official letter (công văn)."""
    if symbol.code is None and symbol.unit and symbol.system == "state" and symbol.issuer in ISSUERS:
        return _LETTER
    return None


def _heading_type(text: str, start: int, end: int) -> str | None:
    """The type of the page's own document when a symbol is its "Số: …" line: the heading in capitals below
    it ("Số: 97-QĐ/TW … QUY ĐỊNH …") or "Loại văn bản: Quyết định"; None elsewhere."""
    if not P.NUMBER_LINE.search(text, max(0, start - 20), start):
        return None
    limit = text.find("\n", end + 600)  # the window ends at a line's end: its "$" is no line's end
    heading = P.TYPE_HEADING.search(text, end, limit if limit != -1 else len(text))
    if heading is None:
        return None
    issuing = P.ATTACHED_BY.match(text, heading.end())
    if issuing and issuing.group("number").lstrip("0") == re.match(r"\d*", text[start:end]).group().lstrip("0"):
        return doc_type(issuing.group("type")).word  # an attachment's heading: the number is the issuing document's
    return doc_type(heading.group("type")).word
