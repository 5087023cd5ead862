"""Reading the people of one zone: names with the posts before and after them, in lists, introduced, or
marked by a title of address or rank; appositions, descriptions and posts taken in a group."""

from __future__ import annotations

from dataclasses import replace

from .bodies import BodyRef, parse_body
from .lexicon import PROVINCE
from .people_names import glued_name, introduced, name_after, name_at, note_short
from .people_posts import read_chain, read_generic, read_post
from .people_words import (DESCRIPTION_STARTS, GENERIC, GROUP_VERBS, HEADS, LINE_END, LISTS, LOWER_MARKERS, LOWER_TITLES,
                           LOWER_STARTS, MARKERS, MODIFIERS, NOT_PERSON_BEFORE, PLURAL, SIGNED, Hit, Post, Reader)
from .names import has_vowel, is_surname
from .placenames import level_at, place_after_level, units_named


def scan(r: Reader) -> None:
    tokens, i, listing = r.tokens, 0, False
    while i < len(tokens):
        token = tokens[i]
        if token.text in LINE_END:
            listing = False
        if token.low in ("tên", "là") and (intro := introduced(r, i)):
            i = add_person(r, *intro, [])
            continue
        if token.low == token.text and token.low not in LOWER_STARTS:
            i = note_place(r, i)
            continue
        found = LISTS.match(tokens, i) if token.low in ("các", "đồng") else None
        if found:
            i = found[1] + (found[1] < len(tokens) and tokens[found[1]].text == ":")
            listing = True
            continue
        i = read_at(r, i, listing)


# What a listed name follows: "Dự có: A, B và C"; not a word ("đại diện CLB hưu trí Lương Khánh Thiện": a body's name).
_ITEM_OPENERS = frozenset({",", ";", ":", "-", "–", "+", "•", "\n", "(", "và", "cùng"})
def _opens_item(tokens: list, i: int) -> bool:
    """Whether a name at ``i`` can be an item of a list: after a separator or a marker ("các ông A, B"), not after
    another word."""
    return i == 0 or tokens[i - 1].low in _ITEM_OPENERS or any(
        (m := MARKERS.match(tokens, k)) and m[1] == i for k in range(max(0, i - 3), i))


_MEETING_ENDS = frozenset({"hội", "nghị"})  # "Đại hội đại biểu Đảng bộ phường …", "Hội nghị đại biểu …": a meeting


def note_place(r: Reader, i: int) -> int:
    """Note a district or commune named with its level word; return where to go on."""
    found = level_at(r.tokens, i)
    if found is None or found[0] == PROVINCE:
        return i + 1
    level, j = found
    size = place_after_level(r.tokens, j, level, r.locality)
    if size:
        r.context[level] = r.words(j, j + size)
    return j + size


def read_at(r: Reader, i: int, listing: bool) -> int:
    """Read what starts at ``i`` and return where to go on."""
    tokens = r.tokens
    chain = read_chain(r, i) or (read_chain(r, i, lower=True) if LOWER_TITLES.match(tokens, i)
                                 and (i == 0 or tokens[i - 1].low not in _MEETING_ENDS) else None)
    if chain:
        posts, j = chain
        named = name_after(r, j)
        if named is None and (k := _past_place_in_brackets(tokens, j)) != j:
            named = name_after(r, k)  # "Chủ tịch UBND TP Thuận An (tỉnh Bình Dương) Nguyễn Thanh Tâm"
        if named is None:
            return listed(r, i, j, posts)
        if _names_the_body(r, posts[-1], *named):
            return named[1]
        after = add_person(r, *named, posts)
        return deputies(r, after, posts) if _several(tokens, i, posts) else after
    signed = SIGNED.match(tokens, i)  # "Đã ký\nPhạm Hồng Hà": the signer of a document
    if signed and (end := name_at(r, signed[1])):
        return add_person(r, signed[1], end, [], marked=True)
    marker = MARKERS.match(tokens, i)
    if marker and (i == 0 or tokens[i - 1].low not in NOT_PERSON_BEFORE) \
            and (tokens[i].text[0].isupper() or tokens[i].low in LOWER_MARKERS):
        j = marker[1] + (marker[1] < len(tokens) and tokens[marker[1]].text == ".")
        if j < len(tokens) and read_chain(r, j):
            return j
        if capitals := _name_in_capitals(r, j):  # "đồng chí PHAN VĂN PHỤNG, Ủy viên …"
            return add_person(r, j, capitals, [], name=r.words(j, capitals).title())
        end = name_at(r, j, marked=True)
        if end:
            return add_person(r, j, end, [], marked=True)
        note_short(r, j)
        return j
    if (i == 0 or tokens[i - 1].text == "\n") and (end := _name_in_capitals(r, i)):
        return add_person(r, i, end, [], name=r.words(i, end).title())
    if tokens[i].name_like:
        end = name_at(r, i)
        if end and ((listing and not r.is_place(i, end) and _opens_item(tokens, i))
                    or bare_allowed(r, i, end)):
            return add_person(r, i, end, [])
        return end or i + 1  # a name not taken here is not read again from its second word ("đạo Lương Văn Hòa")
    return i + 1


def _name_in_capitals(r: Reader, i: int) -> int | None:
    """End of a name written in capitals and followed by posts, as an author's line is ("LÊ QUANG TÙNG,
    UVTƯ Đảng, Bí thư Tỉnh ủy …") or a name after "đồng chí" may be, else None."""
    tokens = r.tokens
    end = i
    while end < len(tokens) and end - i < 5 and tokens[end].text.isalpha() and tokens[end].text.isupper():
        end += 1
    if not 2 <= end - i <= 4 or not is_surname(tokens[i].text.title()) \
            or not all(has_vowel(t.text) for t in tokens[i:end]):
        return None
    return end if end < len(tokens) and tokens[end].text == "," and appositive(r, end)[0] else None


def listed(r: Reader, i: int, j: int, posts: list[Post]) -> int:
    """The names a colon, "gồm" or "là" lists after posts held by several people ("các Phó Thủ tướng Chính phủ:
    Lê Minh Khái, Vũ Đức Đam, …", "hai cựu Phó Chủ tịch UBND huyện là Hà Thế Anh và Nguyễn Đình Dự"), each
    given the posts, past a description in brackets ("Nguyễn Văn Sơn (sinh năm 1958), …"); after a post held
    by one, the first name only. Returns where to go on."""
    tokens = r.tokens
    k = _list_start(tokens, j)
    if k is None:
        return j
    several = _several(tokens, i, posts) \
        or any(t.low == "đều" for t in tokens[max(0, i - 3):i])  # "ba bị cáo đều nguyên là Chủ tịch UBND xã … gồm:"
    if marker := MARKERS.match(tokens, k):  # "Thủ tướng Chính phủ: Ông Nguyễn Văn Quyết - Bí thư …"
        k = marker[1]
    while (end := name_at(r, k)) is not None and not r.is_place(k, end):
        # a post held by one, before a name with a post of its own, is someone else's: "theo quyết định của Thủ
        # tướng Chính phủ: Ông Nguyễn Văn Quyết - Bí thư Tỉnh ủy Long An, …"
        held = [] if not several and appositive(r, end)[0] else [replace(p) for p in posts]
        after = add_person(r, k, end, held)
        if after == end:
            after = _past_brackets(tokens, end)
        if not (several and after + 1 < len(tokens) and tokens[after].low in _SAME_POST):
            return after
        k = after + 1
    return k


_SAME_POST = (",", "và")  # between the names of the holders of one post; after ";" the list goes on with others


def _list_start(tokens: list, j: int) -> int | None:
    """Where the names begin after the words that introduce a list at ``j`` (":", "gồm", "gồm:", ", gồm:", "là"), past a
    remark in brackets before them ("UBND thành phố Long Xuyên (cũ) là …"), or None."""
    j = _past_brackets(tokens, j)
    if j + 2 < len(tokens) and tokens[j].text == "," and tokens[j + 1].low == "gồm":
        j += 1  # "bầu 4 Phó Chủ tịch Liên minh HTX Việt Nam, gồm: …"
    if j + 1 >= len(tokens) or tokens[j].low not in (":", "gồm", "là"):
        return None
    return j + 2 if tokens[j].low == "gồm" and tokens[j + 1].text == ":" else j + 1


def _past_brackets(tokens: list, j: int) -> int:
    """The token after a short description in brackets at ``j`` ("(sinh năm 1958)"), else ``j``."""
    if j < len(tokens) and tokens[j].text == "(":
        close = next((k for k in range(j + 1, min(j + 12, len(tokens))) if tokens[k].text in (")", *LINE_END)), None)
        if close is not None and tokens[close].text == ")":
            return close + 1
    return j


def _past_place_in_brackets(tokens: list, j: int) -> int:
    """The token after a place named with its level in brackets at ``j`` ("(tỉnh Bình Dương)"), else ``j``."""
    after = _past_brackets(tokens, j)
    return after if after != j and level_at(tokens, j + 1) is not None else j


def deputies(r: Reader, k: int, posts: list[Post]) -> int:
    """"Phó Chủ tịch UBND tỉnh Trần Hồng Quân và Lê Văn Sử", "các Phó Chủ tịch HĐND tỉnh A, B đồng chủ trì": a
    post held by several goes to each name joined after the first that has no post of its own. Returns where
    to go on."""
    tokens = r.tokens
    while k + 1 < len(tokens) and tokens[k].low in _SAME_POST:
        end = name_at(r, k + 1)
        if end is None or r.is_place(k + 1, end) or any(appositive(r, end)[:2]):
            return k
        after = add_person(r, k + 1, end, [replace(p) for p in posts])
        if after != end:
            return after
        k = end
    return k


def _names_the_body(r: Reader, post: Post, start: int, end: int) -> bool:
    """"Giảng viên Trường Chính trị Hoàng Văn Thụ": right after a body named after people, with no level or
    place, the name of one whom units are named after (the gazetteer has wards "Hoàng Văn Thụ") is its name."""
    ref = post.ref
    return ref is not None and ref.spec.eponymous and ref.level is None and ref.place is None and ref.end == start \
        and bool(units_named(r.words(start, end)))


def _several(tokens: list, i: int, posts: list[Post]) -> bool:
    """Whether the posts read from ``i`` are held by several people: a plural or a count before them ("các",
    "hai"), or a deputy's posts ("Phó Chủ tịch …")."""
    return i > 0 and tokens[i - 1].low in PLURAL or bool(posts) and all(p.title.startswith("Phó ") for p in posts)


def bare_allowed(r: Reader, i: int, end: int, depth: int = 0) -> bool:
    """A name with no title or marker before it counts only when posts follow it and it is no place, or
    when it signs a document ("Võ Văn Kiệt (Đã ký)"), or when it opens a short list of names whose last has
    posts ("Đinh Cẩm Vân, Nguyễn Bá Hùng, cựu giám đốc và phó giám đốc Sở Tài chính")."""
    tokens = r.tokens
    before = tokens[i - 1].low if i else ""
    if before in NOT_PERSON_BEFORE or r.is_place(i, end):
        return False
    if end < len(tokens) and SIGNED.match(tokens, end):
        return True
    posts, member, _ = appositive(r, end)
    if posts or member:
        return True
    if depth < 3 and end + 1 < len(tokens) and tokens[end].low in (",", "và") and tokens[end + 1].name_like:
        after = name_at(r, end + 1)
        return after is not None and bare_allowed(r, end + 1, after, depth + 1)
    return False


def add_person(r: Reader, i: int, end: int, posts: list[Post], marked: bool = False, name: str | None = None) -> int:
    more, member, j = appositive(r, end, marked)
    group = group_post(r, j)
    if group:
        more, j = [*more, group[0]], group[1]
    tokens = r.tokens
    hit = Hit(name or r.words(i, end), tokens[i].start, tokens[end - 1].end, posts + more, member, dict(r.context))
    for post in hit.posts:
        if post.ref:
            r.context.update((lv, p) for lv, p in post.ref.explicit().items() if lv != PROVINCE)
    r.hits.append(hit)
    if j == end and (second := glued_name(r, end)):  # "đồng chí Đinh Minh Dũng Trần Thị Quý tái đắc cử"
        return add_person(r, end, second, [replace(p) for p in posts], marked)
    return j


def appositive(r: Reader, j: int, marked: bool = False) -> tuple[list[Post], BodyRef | None, int]:
    """Posts after a name (", Chủ tịch UBND huyện", "(Ban Dân vận Tỉnh ủy)") not opening the next person,
    past a short description (", người Chăm,"); after a marked name (a rank, "Luật sư", "bà") also the
    body the person speaks for (", Đoàn Luật sư tỉnh Cà Mau")."""
    tokens = r.tokens
    if j < len(tokens) and tokens[j].text[0].isupper() and (head := HEADS.match(tokens, j)) and head[1] - j >= 2:
        chain = read_chain(r, j)  # no comma: "Lê Quốc Phong  Ủy viên Ban Chấp hành Trung ương Đảng, …"
        if chain and not name_after(r, chain[1]):
            return chain[0], None, chain[1]
    if j + 1 >= len(tokens) or tokens[j].low not in (",", "-", "–", "(", "kiêm", "|"):  # "|": the next cell of a table
        return [], None, j
    described = description_end(r, j)
    if described is not None:
        posts, member, end = appositive(r, described, marked)
        return (posts, member, end) if posts or member else ([], None, j)
    bracket = tokens[j].text == "("
    chain = read_chain(r, j + 1, lower=True)
    if chain:
        posts, end = chain
        named = name_after(r, end)
        if named and named[1] < len(tokens) and tokens[named[1]].text == ")" \
                and (bracket or _in_brackets(tokens, j) or units_named(r.words(*named))):
            # "(66 tuổi, nguyên chủ nhiệm Hợp tác xã Lam Sơn Đại Thành)", "(…, Trưởng ban Tài chính xã Đồng Tâm)":
            # the words closing the brackets about one person name the body, not another person
            return posts, None, named[1] + 1
        if named and (tokens[j + 1].text[0].isupper() or tokens[j + 1].low in MODIFIERS):
            return [], None, j  # the posts of the next person (", nguyên Thường trực Ban Bí thư Trần Quốc Vượng")
        if named:  # "giảng viên Trường Chính trị Nguyễn Chí Thanh": a body named after someone
            end = named[1]
        if bracket and end < len(tokens) and tokens[end].text == ")":
            end += 1
        return posts, None, end
    if bracket:
        ref = parse_body(tokens, j + 1, r.locality)
        if ref and ref.end < len(tokens) and tokens[ref.end].text == ")":
            return [], ref, ref.end + 1
    elif marked and tokens[j].text == "," and tokens[j + 1].text[0].isupper():
        ref = parse_body(tokens, j + 1, r.locality)
        if ref and ref.end > j + 1 and not name_after(r, ref.end) and not lists_bodies(r, ref.end):
            return [], ref, ref.end
        if ref is None and GENERIC.match(tokens, j + 1):
            body, end = read_generic(r, j + 1)
            if not (end < len(tokens) and name_at(r, end)) and not lists_bodies(r, end):
                return [Post("", generic=body)], None, end
    return [], None, j


def _in_brackets(tokens: list, j: int) -> bool:
    """Whether ``j`` is inside brackets opened shortly before it."""
    for k in range(j - 1, max(-1, j - 12), -1):
        if tokens[k].text in (")", *LINE_END):
            return False
        if tokens[k].text == "(":
            return True
    return False


def lists_bodies(r: Reader, j: int) -> bool:
    """Whether another body follows at ``j`` ("…, Hội Nông dân, Hội Phụ nữ và …"): a list of bodies, not
    the one a person speaks for."""
    tokens = r.tokens
    while j < len(tokens) and (found := level_at(tokens, j)):  # a level word left over: "Trung tâm Y tế huyện"
        j = found[1] + place_after_level(tokens, found[1], found[0], r.locality)
    if j >= len(tokens) or tokens[j].low not in (",", "và", ";"):
        return False
    k = j + 1
    return k < len(tokens) and (parse_body(tokens, k, r.locality) is not None
                                or GENERIC.match(tokens, k) is not None)


def description_end(r: Reader, j: int) -> int | None:
    """The comma closing a short description after the comma or bracket at ``j`` (", người Chăm,", ", 45 tuổi,",
    "(sinh năm 1954, nguyên …"), or the token after a description in brackets ("(44 tuổi) - cựu Hiệu trưởng …")."""
    tokens = r.tokens
    if tokens[j].text not in ",(" or j + 2 >= len(tokens):
        return None
    first = tokens[j + 1]
    if first.low not in DESCRIPTION_STARTS and not (first.text.isdigit() and tokens[j + 2].low == "tuổi"):
        return None
    if tokens[j].text == "(":  # "(44 tuổi) - cựu …"; "(sinh năm 1954, nguyên Bí thư …)": the post in the brackets
        close = next((k for k in range(j + 2, min(j + 8, len(tokens))) if tokens[k].text in (")", ",", *LINE_END)), None)
        if close is not None and tokens[close].text == ",":
            return close
        return close + 1 if close is not None and tokens[close].text == ")" and close + 1 < len(tokens) else None
    for k in range(j + 2, min(j + 8, len(tokens) - 1)):
        if tokens[k].text == ",":
            return k
        if tokens[k].text in LINE_END or tokens[k].text in ";:()":
            return None
    return None


def group_post(r: Reader, j: int) -> tuple[Post, int] | None:
    """The post someone takes in a group being set up, after "làm" / "giữ chức": "do ông X, Phó Chủ tịch
    UBND tỉnh làm Tổ trưởng", "đồng chí Y làm Trưởng đoàn"."""
    for verb in GROUP_VERBS:
        size = len(verb.split())
        if r.words(j, j + size).lower() == verb:
            found = read_post(r, j + size)
            if found and found[0].head.in_group \
                    and not name_after(r, found[1]):
                return found
    return None
