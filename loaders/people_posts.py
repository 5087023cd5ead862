"""Reading posts: one post ("[nguyên] Phó Bí thư Thường trực Tỉnh ủy"), chains of posts, and bodies outside
the table read as worded ("Trung tâm Y tế huyện Can Lộc")."""

from __future__ import annotations

import re

from .bodies import body_words_end, parse_body
from .lexicon import surnames
from .names import is_surname, name_start, run_end
from .people_names import name_at
from .people_words import (AGENCIES, BODY_LINKS, BODY_WORDS, DASHES, GENERIC, HEADS, MARKERS, MODIFIERS, NAMED_BODIES,
                           SEPARATORS, STANDING, STOP_NAMES, TITLE_QUALIFIERS, Post, Reader)
from .placenames import WIDE_LEVELS, level_at, place_length


def read_chain(r: Reader, i: int, lower: bool = False) -> tuple[list[Post], int] | None:
    """Posts joined by ",", "-" or "kiêm" from ``i`` (in lower case too if ``lower``), and the end."""
    posts: list[Post] = []
    tokens = r.tokens
    while (found := read_post(r, i, lower)) is not None:
        post, i = found
        posts.append(post)
        if not (i + 1 < len(tokens) and tokens[i].low in SEPARATORS and _further_post(r, i + 1, lower)):
            break
        i += 1
    return (posts, i) if posts else None


def _further_post(r: Reader, i: int, lower: bool) -> bool:
    """Whether another post of the chain starts at ``i``: not a title of people in general in lower case with no
    body ("…, Phó Chủ tịch Ủy ban MTTQ tỉnh, cán bộ, công chức, nhân viên cơ quan …")."""
    found = read_post(r, i, lower)
    if found is None:
        return False
    post = found[0]
    return bool(post.head is None or post.head.in_group or r.tokens[i].text[0].isupper() or post.ref or post.generic)


def read_post(r: Reader, i: int, lower: bool = False) -> tuple[Post, int] | None:
    """One post: [nguyên/quyền] title [Thường trực] [body]."""
    tokens = r.tokens
    if i >= len(tokens):
        return None
    prefix = MODIFIERS.get(tokens[i].low, "")
    if prefix and i + 1 < len(tokens):
        i += 1
    if not (lower or tokens[i].text[0].isupper()):
        return None
    found = HEADS.match(tokens, i)
    if found is None:
        return None
    head, j = found
    title = f"{prefix} {head.title}".strip()
    standing = STANDING.match(tokens, j) if head.standing else None
    if standing and (standing[1] - j > 1 or standing[1] == len(tokens) or not tokens[standing[1]].name_like):
        title, j = f"{title} Thường trực", standing[1]  # "TT" before a name is a town: "Chủ tịch TT Nghèn"
    if qualified := TITLE_QUALIFIERS.match(tokens, j):  # "Phó Trưởng đoàn chuyên trách", "… phụ trách"
        title, j = f"{title} {r.words(j, qualified[1]).lower()}", qualified[1]
    post = Post(title, fixed=head.fixed, head=head)
    if head.village:  # "Trưởng thôn Tân Phúc": the village, then maybe the name
        end = run_end(tokens, j)
        start = name_start([t.text for t in tokens[j:end]])
        if start == 0 and end - j == 2 and not surnames().get(tokens[j].low):
            start = None  # "Trưởng thôn Lầu Nàng": two syllables after a rare family name are the village's name
        return post, j + (end - j if start is None else start)
    if head.member:  # "Tỉnh ủy viên": a member of the committee its first words name
        post.ref = parse_body(tokens, i, r.locality)
    elif j < len(tokens):
        if tokens[j].text == "," and j + 1 < len(tokens) and _body_then_name(r, j + 1, head.implied):
            j += 1  # "Phó Trưởng ban Thường trực, Ban Tuyên giáo Tỉnh ủy … Nguyễn Văn Mười": a comma before the body
        # "Bí thư xã X" is the commune's Party committee, but "Bí thư Tỉnh Đoàn X" the body named
        informal = head.informal if level_at(tokens, j) and body_words_end(tokens, j) is None else None
        implied = head.implied or informal
        ref = (parse_body(tokens, j, r.locality, implied) if implied else None) \
            or parse_body(tokens, j, r.locality)
        if ref and (owned := _party_of_generic(r, ref)):  # "Bí thư Đảng ủy Bộ Tư lệnh Thủ đô Hà Nội"
            post.generic, j = owned
        elif ref:
            post.ref, j = ref, ref.end
        elif (generic := GENERIC.match(tokens, j)) and not _family_name_at(r, j, generic[1]):
            post.generic, j = read_generic(r, j)
        elif head.implied and tokens[j].low in BODY_WORDS:  # "Trưởng ban công tác đại biểu QH X": as worded
            worded, end = read_generic(r, j, j, owner_acronym=True)
            if end > j and (name_at(r, end) or _parent_then_name(r, end)):
                post.generic, j = f"{head.implied} {worded}", end
        if not (post.ref or post.generic) and head.implied and (owned := _part_of_body(r, j)):
            post.generic, j = f"{head.implied} {owned[0]}", owned[1]  # "Trưởng ban Nghiệp vụ Hội Nhà báo Việt Nam X"
    if (post.ref or post.generic) and head.standing and "Thường trực" not in post.title \
            and (after := STANDING.match(tokens, j)) and name_at(r, after[1]):
        post.title, j = f"{post.title} Thường trực", after[1]  # "Phó Trưởng Ban Chỉ đạo thường trực Trần Lưu Quang"
    if (post.ref or post.generic) and (parent_end := _parent_then_name(r, j)):
        j = parent_end  # "Cục trưởng Cục Người có công, Bộ Nội vụ Vũ Xuân Hân": the body its department belongs to
    return post, j


def _body_then_name(r: Reader, j: int, implied: str | None) -> bool:
    """Whether a body the tables know, no post's title ("Chủ tịch nước", "Thường trực Ban Bí thư"), begins at ``j``
    and a name follows it."""
    if HEADS.match(r.tokens, j) or STANDING.match(r.tokens, j):
        return False
    ref = (parse_body(r.tokens, j, r.locality, implied) if implied else None) or parse_body(r.tokens, j, r.locality)
    return ref is not None and name_at(r, ref.end) is not None


def _part_of_body(r: Reader, j: int) -> tuple[str, int] | None:
    """A part of a body the table knows, named by its field, then a name: "(Trưởng ban) Nghiệp vụ Hội Nhà báo Việt
    Nam Đỗ Thị Thu Hằng" → ("Nghiệp vụ Hội Nhà báo Việt Nam", end); else None."""
    tokens = r.tokens
    if j >= len(tokens) or not tokens[j].name_like or HEADS.match(tokens, j) or name_at(r, j):
        return None
    for k in range(j + 1, min(j + 5, len(tokens))):
        if (owner := parse_body(tokens, k, r.locality)) is not None:
            field = tokens[j:k]
            if field[0].text[0].isupper() and all(t.text.isalpha() for t in field) and name_at(r, owner.end):
                return r.text[tokens[j].start:tokens[owner.end - 1].end], owner.end
            return None
    return None


def _party_of_generic(r: Reader, ref) -> tuple[str, int] | None:
    """The Party committee "Đảng ủy" names alone before a body outside the table, as worded, and where it ends:
    "Đảng ủy Bộ Tư lệnh Thủ đô Hà Nội", "Đảng ủy Quân khu 4"; None unless that body is named by more than its
    kind ("Đảng ủy Sở, Giám đốc Sở …" keeps its committee)."""
    if ref.spec.role != "party" or ref.level or ref.owner or ref.place or ref.desc \
            or (generic := GENERIC.match(r.tokens, ref.end)) is None or _family_name_at(r, ref.end, generic[1]):
        return None
    worded, end = read_generic(r, ref.start, generic[1])
    return (worded, end) if end > generic[1] else None


def _family_name_at(r: Reader, j: int, body_end: int) -> bool:
    """Whether a one-word body at ``j`` is a family name that opens the name after the post ("Phó Chủ tịch Đoàn Văn
    Việt"; but "Bí thư Đoàn kiểm tra", and "Bí thư Đoàn Nguyễn Văn An", where another family name opens the name)."""
    tokens = r.tokens
    return body_end == j + 1 and is_surname(tokens[j].text) and name_at(r, j) is not None \
        and not surnames().get(tokens[j + 1].low) and GENERIC.match(tokens, j + 1) is None  # "Đoàn Trường THPT …"


def _parent_then_name(r: Reader, j: int) -> int | None:
    """The end of ", <body>" or "(<body>)" at ``j`` when a name follows it ("…, Bộ Nội vụ Vũ Xuân Hân", "Cục Bồi
    thường Nhà nước (Bộ Tư pháp) Nguyễn Thị Tố Hằng"), else None; a post there is the next of the chain ("Ủy viên Bộ
    Chính trị, Thủ tướng Chính phủ Phạm Minh Chính")."""
    tokens = r.tokens
    if j + 1 >= len(tokens) or tokens[j].text not in ",(" or HEADS.match(tokens, j + 1) \
            or (parent := parse_body(tokens, j + 1, r.locality)) is None:
        return None
    end = parent.end + (tokens[j].text == "(")
    if tokens[j].text == "(" and (parent.end >= len(tokens) or tokens[parent.end].text != ")"):
        return None
    return end if name_at(r, end) else None


def field_dash(r: Reader, j: int) -> bool:
    """A dash joining two fields of one body's name ("Lao động - Thương binh và Xã hội"), not two posts
    ("Trưởng ban Dân vận Huyện ủy - Chủ tịch Ủy ban MTTQ huyện") nor a post and a name."""
    tokens = r.tokens
    if tokens[j].text not in DASHES or j + 1 >= len(tokens) \
            or not (tokens[j + 1].name_like or len(tokens[j + 1].text) > 1 and tokens[j + 1].text.isupper()):
        return False  # a field's name, or its initials ("Nông nghiệp - PTNT")
    if HEADS.match(tokens, j + 1) or MARKERS.match(tokens, j + 1) or GENERIC.match(tokens, j + 1):
        return False
    return not (name_at(r, j + 1) or level_at(tokens, j + 1))


def read_generic(r: Reader, i: int, j: int | None = None, owner_acronym: bool = False) -> tuple[str, int]:
    """A body outside the table ("Trung tâm Y tế huyện Can Lộc"), as worded up to the name after it
    or, when no name follows, to its last capitalised word; its words are read from ``j`` (after its
    first words, by default). Its fields may be listed with commas when a name ends it ("Ủy ban Tài
    chính, Ngân sách Phùng Quốc Hiển"), and a field's word may be one the table does not hold ("Đài
    Tiếng nói Việt Nam"). With ``owner_acronym``, an acronym ends the body ("… đại biểu QH Nguyễn Thị Nương");
    otherwise a name after one names the body ("Trường THPT Nguyễn Du"), but for an agency's (posts.json `agencies`:
    "Cục BVTV Hoàng Trung")."""
    tokens = r.tokens
    j = GENERIC.match(tokens, i)[1] if j is None else j
    if j < len(tokens) and _UNIT_NUMBER.fullmatch(tokens[j].text):
        j += 1  # "Quân khu 4", "Sư đoàn 312": a unit numbered after its kind
    own = j if NAMED_BODIES.match(tokens, i) else None  # a name right after it is its own ("Công ty Hoa Tháng Năm")
    agency = owner_acronym or any(AGENCIES.match(tokens, k) for k in range(i, j))  # "(Đảng ủy) Sở …": an agency
    last, field, settled = j, False, None  # field: in a field's name ("Y tế"), whose lower-case words belong
    while j < len(tokens) and j - i < 20:  # to the body; settled: its end before a comma, if no name follows
        if tokens[j].text == "," and field_comma(r, j):
            settled = last if settled is None else settled
            j += 1
            continue
        if tokens[j].text in DASHES and j > i + 1 and name_at(r, j + 1):  # "Phó Giám đốc Quỹ PCTT tỉnh - Võ Kim Thuần"
            return r.text[tokens[i].start:tokens[j - 1].end], j
        if tokens[j].text in ",.;:()\n!?\"“”" or not (tokens[j].low != tokens[j].text or tokens[j].low in BODY_WORDS
                                                    or field_dash(r, j) or (field and tokens[j - 1].name_like)):
            break
        if tokens[j].text in DASHES:  # "Dân số - Kế hoạch hóa gia đình": two fields, one body
            j += 1
            continue
        if tokens[j].low == tokens[j].text:  # lower-case words of the field: "Y tế", "Kế hoạch hóa gia đình"
            field = field and level_at(tokens, j) is None  # "huyện": a place's name comes next, if any
            if field and tokens[j].low not in BODY_LINKS:
                last = j + 1
            j += 1
            continue
        field = False
        if tokens[j].name_like:
            end = run_end(tokens, j)
            place = place_length(tokens, j, WIDE_LEVELS, r.locality)
            start = name_start([t.text for t in tokens[j + place:end]])
            if start is not None and (place or start or (tokens[j - 1].low == tokens[j - 1].text and j != own)
                                      or (agency and tokens[j - 1].text.isupper())) \
                    and r.words(j + place + start, end).lower() not in STOP_NAMES:
                name = j + place + start
                return r.text[tokens[i].start:tokens[name - 1].end], name
            field = end == j + 1 and not place  # one capitalised word opens a field; more name a place
            j = last = end
            continue
        j += 1
    last = last if settled is None else settled
    return r.text[tokens[i].start:tokens[last - 1].end], last


_UNIT_NUMBER = re.compile(r"\d{1,3}")


def field_comma(r: Reader, j: int) -> bool:
    """A comma between two fields of one body's name ("Tài chính, Ngân hàng"): a capitalised field word
    follows it, not a post, a marker, another body, a place or a name."""
    tokens = r.tokens
    if j == 0 or j + 1 >= len(tokens) or not tokens[j - 1].text.isalpha() or not tokens[j + 1].name_like:
        return False
    k = j + 1
    if HEADS.match(tokens, k) or MARKERS.match(tokens, k) or level_at(tokens, k):
        return False
    body = GENERIC.match(tokens, k)  # another body ("Hội Phụ nữ"), not a field ("Ngân hàng")
    if body and body[1] < len(tokens) and tokens[body[1]].name_like:
        return False
    return run_end(tokens, k) == k + 1 and not name_at(r, k)
