"""What surrounds a citation: after it, the date, issuer, term and subject in any order; before it, the
pinpoint ("Điều 5 của"), the verb that types the citation ("căn cứ", "thực hiện"), and an issuing date
or issuer written first ("Ngày 18-2-1998, Bộ Chính trị ban hành …")."""

from __future__ import annotations

import re
from dataclasses import replace

from . import citation_patterns as P
from . import gazetteer
from .lexicon import ISSUERS, MINISTRIES, PLACE_CODES, family, issuer
from .model import Reference
from .numerals import term_name


def read_context(text: str, ref: Reference, next_start: int | None = None) -> None:
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
        for kind, pattern in P.AFTER:
            match = pattern.match(text, pos, paragraph_end)
            if not match:
                continue
            if kind == "date":
                date = iso_date(match)
                stated = ref.date if ref.date and len(ref.date) == 4 else (ref.symbol.year if ref.symbol else None)
                if stated and date and int(date[:4]) != int(stated):
                    break  # a date of another year starts the next clause ("… năm 2022, ngày 6/3/2024, UBND …")
                if ref.date is None or len(ref.date) == 4:
                    ref.date = date
                if date and ref.symbol is not None and ref.symbol.lost_year and _misprinted(ref.symbol.lost_year, date[:4]):
                    ref.symbol = replace(ref.symbol, year=int(date[:4]), lost_year=None)  # "15/201/NĐ-CP ngày 17/02/2017"
            elif kind == "issuer" and ref.issuer_text is None and _ministry_may_issue(ref, match.group("iss")) \
                    and not P.STEERING_BEFORE.search(text, max(0, ref.start - 40), ref.start):
                set_issuer(ref, match.group("iss"), match.group("place"))
            elif kind == "placed":
                if ref.issuer_text is not None or ref.place is not None or issuer(ref.issuer_code or (
                        ref.symbol.issuer if ref.symbol is not None else None)) is not None \
                        or not (province := _province(match.group("place"))):
                    continue  # only a document no known issuer signs takes the province of an unknown body
                ref.place = province
            elif kind == "term" and ref.term is None:
                ref.term = term_name(match.group("term"))
            elif kind == "year":
                if ref.date is not None or (ref.symbol is not None and ref.symbol.year) \
                        or not year_of_document(text, ref.start, match.end(), paragraph_end):
                    continue  # the year of the activity ("kết quả thực hiện Nghị quyết 02 năm 2023")
                ref.date = match.group("year")
            pos = match.end()
            progressed = True
    subject = P.SUBJECT.match(text, pos, paragraph_end)
    if subject:
        title = P.SUBJECT_END.split(subject.group("subject"))[0].strip(" ,")
        title = P.DANGLING.sub("", title)  # "… của Đảng và" before the next citation
        ref.title = title or None
    paragraph_start = text.rfind("\n\n", max(0, ref.start - 200), ref.start)
    paragraph_start = 0 if paragraph_start < 0 else paragraph_start + 2
    before = text[max(paragraph_start, ref.start - 200):ref.start]
    clause = before[P.CLAUSE_START.search(before).start() + 1:] if P.CLAUSE_START.search(before) else before
    pin = P.PINPOINT.search(clause)
    if pin:
        ref.pinpoint = pin.group("pin")
    verb = P.ISSUING_VERB.search(clause, max(0, len(clause) - 40))
    issued = _issuer_of(clause, P.PRE_ISSUE.search(clause)) if verb else None
    if issued:
        if ref.date is None or len(ref.date) == 4:
            ref.date = iso_date(issued) or ref.date
        ref.term = ref.term or term_name(issued.group("term"))
        if ref.issuer_text is None and _signs_as(ref, issued.group("iss")):
            set_issuer(ref, issued.group("iss"), issued.group("place"))
    elif verb and ref.issuer_text is None and (holder := P.ON_BEHALF.search(clause) or _issuer_of(
            clause, P.PRE_HOLDER.search(clause))) and _signs_as(ref, holder.group("iss")):
        set_issuer(ref, holder.group("iss"), holder.group("place"))  # "thay mặt Bộ Chính trị, Tổng Bí thư … đã ký"
    window = clause[-90:]
    for relation, pattern in P.RELATIONS:
        if pattern.search(window):
            ref.relation = relation
            break


def _misprinted(written: str, year: str) -> bool:
    """Whether ``written`` is ``year`` with one digit lost or one digit too many ("201", "20172" for 2017)."""
    longer, shorter = (written, year) if len(written) > len(year) else (year, written)
    return len(longer) == len(shorter) + 1 and any(longer[:i] + longer[i + 1:] == shorter for i in range(len(longer)))


def year_of_document(text: str, start: int, end: int, limit: int) -> bool:
    """Whether "năm 2019" right after a citation dates the document ("Chỉ thị 35 năm 2019 của Bộ Chính
    trị", "Chỉ thị 35/CT-TW năm 2024 tiếp tục …") rather than an activity named before it ("kết quả thực
    hiện Nghị quyết 02 năm 2023"): after an activity word it does only when the citation goes on with its
    issuer or subject."""
    if not P.ACTIVITY.search(text, max(0, start - 40), start):
        return True
    return bool(P.CITATION_GOES_ON.match(text, end, limit))


def _issuer_of(clause: str, found: re.Match | None) -> re.Match | None:
    """``found`` unless its issuer phrase ends a longer body's name ("Ban Chỉ đạo Trung ương")."""
    return None if found is None or P.INSIDE_DESCRIBED.search(clause, 0, found.start("iss")) else found


def _signs_as(ref: Reference, phrase: str) -> bool:
    """Whether the body or official of an issuing clause can be the issuer the symbol names: "Thủ tướng Chính
    phủ … vừa ký ban hành Nghị định số 30/2020/NĐ-CP" signs for the Government, whose document it is. A code
    the tables do not know ("…/TTKQH-TT") says less than the clause."""
    code = ref.symbol.issuer if ref.symbol is not None else None
    return not code or issuer(code) is None or family(P.ISSUER_CODE[P.issuer_key(phrase)]) == family(code)


def _ministry_may_issue(ref: Reference, phrase: str) -> bool:
    """Whether a ministry named after a citation can be its issuer: not of a document whose kind or symbol
    names another known issuer ("Luật Cư trú do Bộ Công an xây dựng", "(… số 21/UBND-VP3 …), của Bộ Tài nguyên
    và Môi trường"), and no local body of a document whose symbol names a central one ("phổ biến Nghị định số
    13/2023/NĐ-CP của UBND tỉnh": the province's activity); any other issuer named so stands, even against its
    symbol's code (an article's "Ban Thường vụ Thị ủy" beside a "…-CT/TU")."""
    code = P.ISSUER_CODE[P.issuer_key(phrase)]
    known = ref.issuer_code or (ref.symbol.issuer if ref.symbol is not None else None)
    if not known or (signer := issuer(known)) is None or family(known) == family(code):
        return True
    central = signer.level == "central" and signer.system == "state"  # (a Party symbol's "TW" may be a misprint for
    # a committee's "TU", which the body named after it tells; an association's code is every level's: "64/KH-CCB")
    return code not in MINISTRIES and not (central and (named := issuer(code)) is not None and named.level != "central")


def set_issuer(ref: Reference, phrase: str, place: str | None) -> None:
    phrase = " ".join(phrase.split())
    key = P.issuer_key(phrase)
    canonical, code = P.ISSUER_SPELLING[key], P.ISSUER_CODE[key]
    ref.issuer_code = ref.issuer_code or code
    if ref.issuer_code == code and (code in MINISTRIES or phrase == code):
        canonical = phrase = ISSUERS[code].name  # "Bộ Nông nghiệp và PTNT", "của VPCP": the body's name
    ref.issuer_text = canonical if phrase.lower() == canonical.lower() else phrase  # "Ban thường vụ" as a name
    ref.place = ref.place or _known_place(place)


def _known_place(words: str | None) -> str | None:
    """The longest run of the capitalised words after an issuer that names an administrative unit: "Quảng
    Ngãi" of "UBND tỉnh Quảng Ngãi Phê duyệt …", none of "Ủy ban nhân dân tỉnh Phê duyệt …"; one syllable only with
    its tones ("Vinh", not "Cho" of "… của UBND TP. Cho phép …" for the town Chờ)."""
    found = PLACE_CODES.get(words or "", words or "").split()  # "BR-VT": Bà Rịa - Vũng Tàu
    return next((" ".join(found[:n]) for n in range(len(found), 0, -1) if _names_unit(" ".join(found[:n]))), None)


def _province(words: str) -> str | None:
    """The province-level unit the capitalised words after a province's level word begin with, else None."""
    name = _known_place(words)
    return name if name and any(u.parent is None for u in gazetteer.lookup(name)) else None


def _names_unit(name: str) -> bool:
    units = gazetteer.lookup(name)
    return any(u.name.lower() == name.lower() for u in units) if " " not in name else bool(units)


def iso_date(match: re.Match) -> str | None:
    d, m, y = (match.group("d"), match.group("m"), match.group("y")) if match.group("d") else \
        (match.group("d2"), match.group("m2"), match.group("y2"))
    if not (1 <= int(m) <= 12 and 1 <= int(d) <= 31):
        return None
    return f"{int(y):04d}-{int(m):02d}-{int(d):02d}"
