"""Reading names in a zone: a full name, the name after a chain of posts, a self-introduction, a short
later reference ("ông Quang")."""

from __future__ import annotations

import re

from .bodies import body_words_end
from .lexicon import PROVINCE, surnames
from .names import MIDDLE_NAMES, has_vowel, is_surname, is_syllable, name_shaped, name_start, run_end
from .people_words import (DASHES, FIRST_PERSON, GENERIC, HEADS, MARKERS, NAMED_PERSON, SIGNED, STOP_NAMES, Reader,
                           Short)
from .placenames import WIDE_LEVELS, is_place, level_at, place_after_level, units_named
from .tokens import past_initials

_TERMS = {"khóa", "nhiệm"}
_ROW_ENDS = {",", ";", "\n"}  # what ends a table's row or a list's item
_BLANK_LINE = re.compile(r"\n[ \t]*\n")  # what ends a paragraph, and a name in it
_CLAUSE_ENDS = {";", "."}  # "Bí thư Tỉnh ủy khóa X - …", "(nhiệm kỳ 2015-2020)"


def name_at(r: Reader, i: int, marked: bool = False) -> int | None:
    """End of a full name (2–5 capitalised syllables from a family name) at ``i``, or None.

    After a marker ("ông", "bà", a rank) a family name outside the table will do when the name is
    built like one: a middle name "Văn" / "Thị" ("Ông Thông Văn Hải"), or a syllable with an
    apostrophe as Central Highlands names have ("bà Ka H'Phương", "K'Bình"), or when a post follows it
    ("Ông Men Phol Ly, Trưởng ban …"). A name ends where a post
    begins ("Lê Quốc Phong  Ủy viên Ban …"); two names glued together end after the first ("Đinh Minh
    Dũng Trần Thị Quý"); a body's first words are no name ("Đoàn Công tác", "Đoàn Đại biểu Quốc hội"), nor
    are the words of a body that begins before it ("Tỉnh Đoàn Ninh Bình"), nor a name cut after its middle
    name ("ông Trần Văn" where a page's excerpt ends; "Đinh Bạt Văn" is a whole one)."""
    tokens = r.tokens
    end = _before_province(r, i, _before_post(r, i, _before_blank_line(r, i, run_end(tokens, i))))
    if marked and end == i + 1:
        end = _lower_middle_name(r, i) or end
    if marked and end == i:
        end = _lower_family_name(r, i) or end
    elif marked and end - i >= 2 and _lower_last_syllable(tokens, end):
        end += 1
    if end - i > 5:
        end = _first_of_two(r, i, end)
    words = [t.text for t in tokens[i:end]]
    if not 2 <= len(words) <= 5:
        return None
    if not is_surname(words[0]) and not (marked and (name_shaped(words) or _post_follows(tokens, end))):
        return None
    if not all(has_vowel(w) for w in words) or (len(words) == 2 and words[1].lower() in MIDDLE_NAMES):
        return None  # a name cut off: "Nguyễn Ng…", "ông Trần Văn" (but "Đinh Bạt Văn" is a name)
    if i and (inside := body_words_end(tokens, i - 1)) is not None and inside > i:
        return None
    if " ".join(words).lower() in STOP_NAMES:
        return None
    body = GENERIC.match(tokens, i)
    if body and body[1] > i + 1:
        return None
    return end


def _before_blank_line(r: Reader, i: int, end: int) -> int:
    """``end``, or the first word after a blank line in the run from ``i``: a name ends with its paragraph ("PHÓ CHỦ
    TỊCH\nPhạm Xuân Kôi\n\nDANH SÁCH": the heading of an annex below a signature)."""
    tokens = r.tokens
    return next((k for k in range(i + 1, end) if _BLANK_LINE.search(r.text, tokens[k - 1].end, tokens[k].start)), end)


def _lower_middle_name(r: Reader, i: int) -> int | None:
    """The end of a marked name whose middle syllable the text writes in lower case: "văn" or "thị" ("các đồng chí Võ
    văn Chương, …"), or another before one last syllable and a post ("Đại tá Đỗ tiến Dũng, Phó Giám đốc …")."""
    tokens = r.tokens
    if i + 2 >= len(tokens) or not is_surname(tokens[i].text) or tokens[i + 1].text != tokens[i + 1].low \
            or not tokens[i + 1].text.isalpha() or not tokens[i + 2].name_like:
        return None
    end = run_end(tokens, i + 2)
    end = next((k for k in range(i + 3, end) if HEADS.match(tokens, k)), end)  # "Nguyễn văn Hạ Phó Chủ tịch …"
    if tokens[i + 1].low in MIDDLE_NAMES and end - i <= 4 or end == i + 3 and _post_follows(tokens, end):
        return end
    return None


def _lower_family_name(r: Reader, i: int) -> int | None:
    """The end of a marked name whose family name the text writes in lower case, a post after it ("đồng chí lê Vũ
    Thương – Trưởng Ban Quản lý …"), else None."""
    tokens = r.tokens
    if i + 1 >= len(tokens) or not tokens[i].text.islower() or not is_surname(tokens[i].text.capitalize()) \
            or MARKERS.match(tokens, i) or not tokens[i + 1].name_like:
        return None
    end = run_end(tokens, i + 1)
    if end - i > 3 and name_start([t.text for t in tokens[i + 1:end]]) == 0:
        return None  # "đồng chí đồng Phạm Đức Nhuệ": a whole name after a stray word
    return end if 2 <= end - i <= 4 and _post_follows(tokens, end) else None


def _lower_last_syllable(tokens: list, end: int) -> bool:
    """Whether the word at ``end`` is a marked name's last syllable written in lower case, a post after it ("đồng chí
    Phan Tấn cảnh, UVTV Tỉnh uỷ, …")."""
    return end < len(tokens) and tokens[end].text.isalpha() and tokens[end].text.islower() \
        and is_syllable(tokens[end].text) and _post_follows(tokens, end + 1)


def _post_follows(tokens: list, end: int) -> bool:
    """A post after a comma: a name introduced by a marker and followed by a post needs no family name from
    the table ("Ông Men Phol Ly, Trưởng ban Dân tộc tỉnh": Khmer names)."""
    return end + 1 < len(tokens) and (tokens[end].text == "," or tokens[end].text in DASHES) \
        and HEADS.match(tokens, end + 1) is not None


def _before_province(r: Reader, i: int, end: int) -> int:
    """Where a province's name that ends a run of capitalised words before a comma or a line's end begins, three
    syllables or more after ``i`` (two syllables or more, or glued on), else ``end``: a table's row run together
    ("Phó Thủ tướng Trần Hồng Hà Nghệ An, Hà Tĩnh", "Lê Hoài TrungHuế")."""
    tokens = r.tokens
    if end < len(tokens) and tokens[end].text not in _ROW_ENDS and "\n" not in r.text[tokens[end - 1].end:tokens[end].start]:
        return end
    return next((k for k in range(i + 2, end) if (k > i + 2 and k < end - 1 or tokens[k].start == tokens[k - 1].end)
                 and _province_name(tokens, k, end)), end)  # "Lê Hoài TrungHuế": one syllable only glued on


def _province_name(tokens: list, i: int, end: int) -> bool:
    """Whether ``tokens[i:end]`` are a province's name."""
    name = " ".join(t.text for t in tokens[i:end])
    return any(u.parent is None and u.name == name for u in units_named(name))


def _before_post(r: Reader, i: int, end: int) -> int:
    """Where a post of two words or more begins inside a run of capitalised words, else its end."""
    for k in range(i + 2, end):
        found = HEADS.match(r.tokens, k)
        if found and found[1] - k >= 2:
            return k
    return end


def _first_of_two(r: Reader, i: int, end: int) -> int:
    """The end of the first of two names run together, each from a common family name, else ``end``."""
    common = surnames()
    for k in range(i + 2, min(i + 5, end - 1)):
        if common.get(r.tokens[k].low) and common.get(r.tokens[i].low) and 2 <= end - k <= 4:
            return k
    return end


def glued_name(r: Reader, end: int) -> int | None:
    """The end of a second name right after the one ending at ``end``, with nothing between them (not a paragraph's
    end)."""
    tokens = r.tokens
    if 0 < end < len(tokens) and tokens[end].name_like and tokens[end - 1].name_like \
            and not _province_name(tokens, end, run_end(tokens, end)) \
            and not _BLANK_LINE.search(r.text, tokens[end - 1].end, tokens[end].start):
        return name_at(r, end)
    return None


def name_after(r: Reader, j: int) -> tuple[int, int] | None:
    """A name after a chain of posts, past a comma plus rank or "đồng chí" / "ông" / "bà", the term
    ("khóa X", "(nhiệm kỳ 2015-2020)"), the province of the body's unit (", thành phố Hà Nội"), a dash
    ("Bí thư Tỉnh ủy Vĩnh Long - Trần Văn Rón") or a signature's "(đã ký)"."""
    tokens = r.tokens
    k = _past_place(r, _past_term(r, j))
    if k + 1 < len(tokens) and tokens[k].text in DASHES:
        k += 1
    signed = SIGNED.match(tokens, k) if k < len(tokens) else None
    if signed:
        k = signed[1]
    if k + 1 < len(tokens) and tokens[k].text == "," and MARKERS.match(tokens, k + 1):
        k += 1
    elif k + 1 < len(tokens) and tokens[k].text == "," and (closed := _closed_name(r, k + 1)):
        return closed  # "Bí thư Đảng ủy Quân sự tỉnh Quảng Ngãi, Hồ Văn Niên; Thiếu tướng …"
    marker = MARKERS.match(tokens, k) if k < len(tokens) else None
    if marker:
        k = marker[1] + (marker[1] < len(tokens) and tokens[marker[1]].text == ".")
    if k >= len(tokens):
        return None
    if not marker and (after_province := _after_province(r, k)):
        return after_province  # "Chủ tịch Hà Nội Trần Sỹ Thanh": the province the post is held in, then the name
    end = name_at(r, k)
    if end and (marker or not r.is_place(k, end) or _not_the_province(r, k, end)):
        return k, end  # "Trưởng ban Dân vận Tỉnh ủy - Hà Tĩnh": no one; "UBND tỉnh Mai Sơn": a person, no district
    if end:
        return None
    end = run_end(tokens, k)  # a place the posts did not take, then the name: "Kỳ Tân Nguyễn Văn An";
    for start in range(end - k - 2, 0, -1):  # the longest known place ("Quế Võ Lò Xuân Lan", not "Quế")
        if is_place(r.words(k, k + start), None, r.locality) and name_at(r, k + start) == end:
            return k + start, end
    return None


def _after_province(r: Reader, k: int) -> tuple[int, int] | None:
    """A full name of two syllables or more after a province's name at ``k``, else None."""
    tokens = r.tokens
    run = run_end(tokens, k)
    for size in (3, 2, 1):
        if k + size + 2 <= run and _province_name(tokens, k, k + size) and (end := name_at(r, k + size)):
            return k + size, end
    return None


def _closed_name(r: Reader, k: int) -> tuple[int, int] | None:
    """A name after the comma that ends a chain of posts, when the clause ends with it (";", ".", the end) or a
    verb follows it ("Thứ trưởng Bộ Nội vụ, Nguyễn Văn An vừa ký …")."""
    end = name_at(r, k)
    if end is None or (end < len(r.tokens) and r.tokens[end].text not in _CLAUSE_ENDS
                       and r.tokens[end].low not in _VERBS_AFTER) or r.is_place(k, end):
        return None
    return k, end


_VERBS_AFTER = frozenset({"vừa", "đã", "đang", "sẽ", "phát", "cho", "nhấn", "chủ", "đồng", "chỉ", "khẳng", "yêu", "trao", "thăm",
                          "dự", "gửi", "làm", "công", "tuyên", "nêu", "đề", "thông", "cảm", "biểu", "kêu", "đánh",
                          "nói", "trả", "giải", "báo", "lưu"})


def _past_term(r: Reader, k: int) -> int:
    """Past the term of the post's body ("khóa X", "(khóa XI)", "(nhiệm kỳ 2015 - 2020)") or its initials in
    brackets ("Bộ trưởng Bộ Giáo dục và Đào tạo (GD&ĐT) Nguyễn Kim Sơn")."""
    tokens = r.tokens
    while k + 1 < len(tokens):
        if tokens[k].low == "khóa" and (tokens[k + 1].text.isupper() or tokens[k + 1].text.isdigit()):
            k += 2
        elif tokens[k].text == "(" and (after := past_initials(tokens, k + 1)):
            k = after
        elif tokens[k].text == "(" and tokens[k + 1].low in _TERMS:
            close = next((m for m in range(k + 2, min(k + 10, len(tokens))) if tokens[m].text == ")"), None)
            if close is None:
                return k
            k = close + 1
        else:
            return k
    return k


def _not_the_province(r: Reader, k: int, end: int) -> bool:
    """Whether the name at ``k`` follows the province's level word but names no province ("Phó Chủ tịch UBND tỉnh Mai
    Sơn": Mai Sơn is a district of Sơn La, so here a person)."""
    return k > 0 and r.tokens[k - 1].low == PROVINCE and not is_place(r.words(k, end), (PROVINCE,), r.locality)


def _past_place(r: Reader, k: int) -> int:
    """Past the province or district of the body's unit when a name follows: ", thành phố Hà Nội", ", huyện A Lưới
    (Thừa Thiên-Huế)"."""
    tokens = r.tokens
    if k + 2 >= len(tokens) or tokens[k].text != ",":
        return _past_bracketed_place(r, k)
    found = level_at(tokens, k + 1)
    if found is None or found[0] not in WIDE_LEVELS:
        return k
    end = found[1] + place_after_level(tokens, found[1], found[0], r.locality)
    end = _past_bracketed_place(r, end)
    return end if end > found[1] and name_at(r, end) else k


_PLACE_IN_BRACKETS = 6  # tokens: "Thừa Thiên - Huế"
_HYPHEN = re.compile(r"\s*-\s*")


def _past_bracketed_place(r: Reader, k: int) -> int:
    """Past a province or district in brackets when a name follows: "Chủ tịch UBND huyện A Lưới (Thừa Thiên Huế)
    Nguyễn Văn Đời"."""
    tokens = r.tokens
    if not (k < len(tokens) and tokens[k].text == "("):
        return k
    close = next((c for c in range(k + 2, min(len(tokens), k + _PLACE_IN_BRACKETS + 2)) if tokens[c].text == ")"), None)
    if close is None or not name_at(r, close + 1) \
            or not is_place(_HYPHEN.sub(" ", r.words(k + 1, close)), WIDE_LEVELS, r.locality):
        return k
    return close + 1


def introduced(r: Reader, i: int) -> tuple[int, int] | None:
    """The name a citizen gives themself or is given: "Tôi tên Lý Văn Ba", "tôi là …", "anh tên là …";
    never a thing named after someone ("trường mang tên Lê Quý Đôn")."""
    tokens = r.tokens
    before = tokens[i - 1].low if i else ""
    if tokens[i].low == "là" and before not in FIRST_PERSON:
        return None
    if tokens[i].low == "tên" and before not in NAMED_PERSON:
        return None
    j = i + 1 + (tokens[i].low == "tên" and i + 1 < len(tokens) and tokens[i + 1].low == "là")
    end = name_at(r, j) if j < len(tokens) else None
    if end is None or r.is_place(j, end):
        return None
    return j, end


def note_short(r: Reader, i: int) -> None:
    end = run_end(r.tokens, i, 3)
    if 1 <= end - i <= 2:
        r.shorts.append(Short(tuple(t.text for t in r.tokens[i:end]), r.tokens[i].start,
                                  r.tokens[end - 1].end))
