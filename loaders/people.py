"""Named officials in an article: their names, the posts they hold and the bodies those posts belong to.

Recognised forms: posts before the name ("Phó Bí thư Thường trực Tỉnh ủy Trần Thế Dũng"), chains of
posts joined by commas, dashes or "kiêm" that complete each other ("Phó Bí thư, Chủ tịch UBND tỉnh"),
posts after the name ("ông Lê Văn Y, Chủ tịch UBND huyện", "Nguyễn Văn A - Bí thư Huyện ủy"),
"đồng chí / ông / bà", ranks and professions before a name, lists after "các đồng chí", a body in
brackets after a name (or after a comma, behind a marker: "Luật sư X, Đoàn Luật sư tỉnh Cà Mau"), a short
description before the posts ("Ông X, người Chăm, Phó Trưởng Ban …"), the post taken in a group
("do ông X, Phó Chủ tịch UBND tỉnh làm Tổ trưởng"), self-introductions ("Tôi tên Lý Văn Ba"), and short
later references ("ông Quang") folded into the full name. A name starts with a family name from
``data/people_surnames.txt``, or, behind a marker, is built like one (a syllable with an apostrophe,
"Ka H'Phương"; a middle name "Văn" / "Thị"). A body outside the table is read as worded, its fields'
lower-case words and dash-joined fields included ("Chi cục Dân số - Kế hoạch hóa gia đình"); a body is canonical as in :mod:`organizations`, its missing
place taken from the chain, then from the district or commune named last in the paragraph, then from
the article's locality. Only the article's own words are read (``Article.content_zones``), never the
byline, and the article's authors are never people.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from .model import Article, Locality, Mention, Organization, Person, Role
from .normalize import slug
from .organizations import (PROVINCE, WIDE_LEVELS, Body, BodyRef, Token, Trie, add_body, central_body,
                            committee_ref, is_place, is_surname, level_at, name_start, organizations_in, parse_body,
                            place_after_level, place_length, resolve_body, run_end, tokenize, zone_tokens)


@dataclass(frozen=True, slots=True)
class _Head:
    """A post title; ``implied`` is the body word it swallows ("Trưởng ban" Dân vận → Ban Dân vận)."""

    title: str
    implied: str | None = None
    fixed: str | None = None  # the national body a title alone names ("Thủ tướng" → Chính phủ)
    standing: bool = False  # takes "Thường trực" ("Phó Bí thư Thường trực")


_HEADS = Trie()
_DEPUTY_TITLES = ("Bí thư", "Chủ tịch", "Trưởng ban", "Chánh Văn phòng", "Chánh Thanh tra", "Chánh án",
                  "Giám đốc", "Tổng Giám đốc", "Trưởng phòng", "Chủ nhiệm", "Viện trưởng", "Chỉ huy trưởng",
                  "Chính ủy", "Tư lệnh", "Hiệu trưởng", "Tổng Biên tập", "Cục trưởng", "Vụ trưởng",
                  "Chi cục trưởng", "Trưởng đoàn", "Trưởng", "Bộ trưởng", "Thủ tướng", "Chủ tịch nước",
                  "Tổng Thư ký", "Tổng cục trưởng", "Tổ trưởng")
_IMPLIED = {"Trưởng ban": "Ban", "Chánh Văn phòng": "Văn phòng", "Chánh Thanh tra": "Thanh tra",
            "Trưởng phòng": "Phòng", "Trưởng đoàn": "Đoàn"}
_FIXED = {"Thủ tướng": "Chính phủ", "Tổng Bí thư": "Ban Chấp hành Trung ương Đảng", "Chủ tịch nước": "Chủ tịch nước",
          "Thường trực Ban Bí thư": "Ban Bí thư Trung ương Đảng"}
_VILLAGE_TITLES = {"Trưởng thôn", "Trưởng ấp", "Trưởng bản", "Trưởng khu phố"}
_MEMBER_TITLES = ("Tỉnh ủy viên", "Thành ủy viên", "Huyện ủy viên", "Thị ủy viên", "Quận ủy viên")
_INFORMAL = {"Chủ tịch": "Ủy ban nhân dân", "Bí thư": "Đảng ủy"}  # "Chủ tịch xã X", "Bí thư huyện"
_SECRETARIES = {"Bí thư", "Phó Bí thư", "Phó Bí thư Thường trực"}
_STANDING = {"Phó Bí thư", "Phó Chủ tịch", "Phó Trưởng ban", "Ủy viên", "Phó Chủ nhiệm"}


def _build_heads() -> None:
    titles = [*_DEPUTY_TITLES, *(f"Phó {t}" for t in _DEPUTY_TITLES),
              "Tổng Bí thư", "Thứ trưởng", "Ủy viên", "Đại biểu", "Thường trực Ban Bí thư", "Trưởng thôn",
              "Trưởng ấp", "Trưởng bản", "Trưởng khu phố", "Tổ phó", *_MEMBER_TITLES, "Giảng viên",
              "Giáo viên", "Chuyên viên", "Cán bộ", "Thẩm phán", "Kiểm sát viên", "Phóng viên", "Biên tập viên"]
    for title in titles:
        base = title.removeprefix("Phó ")
        head = _Head(title, _IMPLIED.get(base), _FIXED.get(base), title in _STANDING)
        _HEADS.add(title, head)
    _HEADS.add("Phó Ban", _Head("Phó Trưởng ban", "Ban", standing=True))  # "Phó Ban Dân vận Tỉnh ủy"


_build_heads()
_MODIFIERS = {"nguyên": "nguyên", "quyền": "Quyền"}
_SEPARATORS = {",", "-", "–", "kiêm"}
_MARKERS = Trie()
for _m in ("đồng chí", "ông", "bà", "anh", "chị", "Đại tướng", "Thượng tướng", "Trung tướng", "Thiếu tướng", "Đại tá",
           "Thượng tá", "Trung tá", "Thiếu tá", "GS", "PGS", "TS", "ThS", "GS.TS", "PGS.TS", "TS.BS", "BS",
           "Bác sĩ", "Luật sư", "Nhà báo", "Nhà giáo Nhân dân", "NGND", "NGƯT", "NSND", "NSƯT", "Đại úy", "Thượng úy",
           "Trung úy", "Thiếu úy", "Giáo sư", "Phó Giáo sư", "Tiến sĩ", "Thạc sĩ", "TSKH", "GS.TSKH", "Kỹ sư",
           "Dược sĩ", "ThS.BS", "BSCKI", "BSCKII", "Nhà văn", "Nhà thơ", "Nghệ nhân", "Nghệ sĩ",
           "Nhà giáo Ưu tú", "Thầy thuốc Nhân dân", "Thầy thuốc Ưu tú"):
    _MARKERS.add(_m, True)
_LISTS = Trie()
for _m in ("các đồng chí", "các ông", "các bà", "các ông, bà", "các ông bà", "các đồng chí gồm", "đồng chí:"):
    _LISTS.add(_m, True)
_GENERIC = Trie()  # bodies outside the table, named as worded up to the person's name
for _m in ("Trung tâm", "Công ty", "Tổng công ty", "Tập đoàn", "Trường", "Bệnh viện", "Viện", "Học viện", "Đài",
           "Báo", "Tạp chí", "Ngân hàng", "Hợp tác xã", "HTX", "Chi nhánh", "Cục", "Tổng cục", "Vụ", "Chi cục",
           "Hạt", "Ban Quản lý", "Quỹ", "Nhà máy", "Xí nghiệp", "Cảng vụ", "Vườn quốc gia", "Đồn Biên phòng",
           "Hội", "Câu lạc bộ", "Liên hiệp", "Ủy ban", "Hội đồng", "Đội", "Phòng", "Ban", "Văn phòng", "Sở",
           "Bộ", "Trạm", "Chi bộ", "Đảng bộ", "Đoàn", "Công đoàn"):
    _GENERIC.add(_m, True)
_ORG_WORDS = set("""và của các ty nhân dân xã hội cổ phần trách nhiệm hữu hạn một thành viên đa khoa y tế dự phòng
kiểm lâm nhà nước quản lý dự án đầu tư xây dựng phát triển nông thôn nghiệp giáo dục thường xuyên phổ thông trung học tiểu
cơ sở dạy nghề văn hóa thể thao du lịch truyền thông tin điện lực cấp thoát môi trường công trình đô thị chính trị hành
quốc gia bảo vệ thực vật thú sản xuất kinh doanh dịch vụ thương mại vận tải khai thác thủy lợi khối cơ quan doanh
liên hiệp hợp tác ngân hàng chính sách tư pháp tài kế hoạch lao động thương binh khoa học công nghệ nội ngoại mầm
non cộng đồng an ninh phòng đội trật tự giao toàn phẩm thanh tra quân sự biên kiểm soát bồi dưỡng tỉnh huyện
quận phường thị trấn thôn xóm bản ấp tổ số gia đình sư phạm nghề bệnh trẻ em bình đẳng giới vệ sinh kỹ thuật chất
lượng tiêu chuẩn đo kiểm định nghiệm nước sạch lâm chăn nuôi trồng trọt""".split())
_ORG_LINKS = {"và", "của", "các"}  # words inside a body's name that never end it
_DASHES = {"-", "–"}
_STOP_NAMES = {"hồ chí minh"}
_NOT_PERSON_BEFORE = {"đường", "phố", "ngõ", "hẻm", "đại lộ", "quảng trường", "cầu", "chợ", "trường", "công viên",
                      "thôn", "xóm", "bản", "ấp", "làng", "giải", "tượng", "đền", "lăng", "nhà", "khu", "tổ",
                      "phong", "tưởng", "đức", "tư", "đạo", "thành", "tỉnh", "huyện", "xã", "phường"}
_LINE_END = {".", "!", "?", "\n"}
_MIDDLE_NAMES = {"văn", "thị"}  # "Thông Văn Hải", "Y Thị Mai": a name whatever its family name
# Self-introductions of a citizen writing or speaking: "Tôi tên Lý Văn Ba", "tôi là …", "em tên là …".
_FIRST_PERSON = {"tôi", "em", "cháu", "mình"}
_NAMED_PERSON = _FIRST_PERSON | {"ông", "bà", "anh", "chị", "cô", "chú", "bác", "cụ", "người"}  # "anh tên …"
# Short descriptions in apposition between a name and the posts: ", người Chăm,", ", 45 tuổi,", ", quê Nghệ An,".
_DESCRIPTION_STARTS = {"người", "dân", "sinh", "quê", "tuổi"}
_GROUP_VERBS = ("làm", "giữ chức")  # "do ông X, Phó Chủ tịch UBND tỉnh làm Tổ trưởng"
_NOT_GROUP_POSTS = {"Cán bộ", "Chuyên viên", "Giáo viên", "Giảng viên", "Đại biểu", "Phóng viên", "Biên tập viên"}
_LOWER_STARTS = {"các", "đồng", "ông", "bà", "anh", "chị", *_MODIFIERS}  # lower-case words that may start a mention
_LOWER_MARKERS = ("đồng", "ông", "bà", "anh", "chị")  # "anh Phìn Văn Sinh", "chị Lò Thị Mai": villagers too


@dataclass(slots=True)
class _Post:
    title: str
    ref: BodyRef | None = None
    fixed: str | None = None
    generic: str | None = None  # a body outside the table, as worded


@dataclass(slots=True)
class _Hit:
    """One full-name mention, with the posts and the body (in brackets) given there."""

    name: str
    start: int
    end: int
    posts: list[_Post] = field(default_factory=list)
    member_of: BodyRef | None = None
    context: dict[str, str] = field(default_factory=dict)  # places named before, level → name


@dataclass(slots=True)
class _Short:
    """A later reference by given name: "ông Quang", "bà Thu Hà"."""

    words: tuple[str, ...]
    start: int
    end: int


class _Scanner:
    """Reads the people of one zone's tokens."""

    def __init__(self, text: str, tokens: list[Token], locality: Locality) -> None:
        self.text, self.tokens, self.locality = text, tokens, locality
        self.hits: list[_Hit] = []
        self.shorts: list[_Short] = []
        self.context: dict[str, str] = {}  # district or commune named last: "Tại xã Lương Hòa, ..."

    def scan(self) -> None:
        tokens, i, listing = self.tokens, 0, False
        while i < len(tokens):
            token = tokens[i]
            if token.text in _LINE_END:
                listing = False
            if token.low in ("tên", "là") and (intro := self.introduced(i)):
                i = self.person(*intro, [])
                continue
            if token.low == token.text and token.low not in _LOWER_STARTS:
                i = self.place(i)
                continue
            found = _LISTS.match(tokens, i) if token.low in ("các", "đồng") else None
            if found:
                i = found[1] + (found[1] < len(tokens) and tokens[found[1]].text == ":")
                listing = True
                continue
            i = self._at(i, listing)

    def place(self, i: int) -> int:
        """Note a district or commune named with its level word; return where to go on."""
        found = level_at(self.tokens, i)
        if found is None or found[0] == PROVINCE:
            return i + 1
        level, j = found
        size = place_after_level(self.tokens, j, level, self.locality)
        if size:
            self.context[level] = self.words(j, j + size)
        return j + size

    def _at(self, i: int, listing: bool) -> int:
        """Read what starts at ``i`` and return where to go on."""
        tokens = self.tokens
        chain = self.chain(i)
        if chain:
            posts, j = chain
            named = self.name_after(j)
            if named is None:
                return j
            return self.person(*named, posts)
        marker = _MARKERS.match(tokens, i)
        if marker and (i == 0 or tokens[i - 1].low not in _NOT_PERSON_BEFORE) \
                and (tokens[i].text[0].isupper() or tokens[i].low in _LOWER_MARKERS):
            j = marker[1] + (marker[1] < len(tokens) and tokens[marker[1]].text == ".")
            if j < len(tokens) and self.chain(j):
                return j
            end = self.name_at(j, marked=True)
            if end:
                return self.person(j, end, [], marked=True)
            self.short(j)
            return j
        if tokens[i].name_like:
            end = self.name_at(i)
            if end and ((listing and not self.is_place(i, end)) or self.bare_allowed(i, end)):
                return self.person(i, end, [])
            return i + 1
        return i + 1

    # -- names

    def name_at(self, i: int, marked: bool = False) -> int | None:
        """End of a full name (2–5 capitalised syllables from a family name) at ``i``, or None.

        After a marker ("ông", "bà", a rank) a family name outside the table will do when the name is
        built like one: a middle name "Văn" / "Thị" ("Ông Thông Văn Hải"), or a syllable with an
        apostrophe as Central Highlands names have ("bà Ka H'Phương", "K'Bình")."""
        end = run_end(self.tokens, i)
        words = [t.text for t in self.tokens[i:end]]
        if not 2 <= len(words) <= 5:
            return None
        if not is_surname(words[0]) and not (marked and _name_shaped(words)):
            return None
        if " ".join(words).lower() in _STOP_NAMES:
            return None
        return end

    def name_after(self, j: int) -> tuple[int, int] | None:
        """A name after a chain of posts, past a comma plus rank or "đồng chí" / "ông" / "bà"."""
        tokens = self.tokens
        k = j
        if k + 1 < len(tokens) and tokens[k].text == "," and _MARKERS.match(tokens, k + 1):
            k += 1
        marker = _MARKERS.match(tokens, k) if k < len(tokens) else None
        if marker:
            k = marker[1] + (marker[1] < len(tokens) and tokens[marker[1]].text == ".")
        if k >= len(tokens):
            return None
        end = self.name_at(k)
        if end:
            return k, end
        end = run_end(tokens, k)  # a place the posts did not take, then the name: "Kỳ Tân Nguyễn Văn An";
        for start in range(end - k - 2, 0, -1):  # the longest known place ("Quế Võ Lò Xuân Lan", not "Quế")
            if is_place(self.words(k, k + start), None, self.locality) and self.name_at(k + start) == end:
                return k + start, end
        return None

    def introduced(self, i: int) -> tuple[int, int] | None:
        """The name a citizen gives themself or is given: "Tôi tên Lý Văn Ba", "tôi là …", "anh tên là …";
        never a thing named after someone ("trường mang tên Lê Quý Đôn")."""
        tokens = self.tokens
        before = tokens[i - 1].low if i else ""
        if tokens[i].low == "là" and before not in _FIRST_PERSON:
            return None
        if tokens[i].low == "tên" and before not in _NAMED_PERSON:
            return None
        j = i + 1 + (tokens[i].low == "tên" and i + 1 < len(tokens) and tokens[i + 1].low == "là")
        end = self.name_at(j) if j < len(tokens) else None
        if end is None or self.is_place(j, end):
            return None
        return j, end

    def bare_allowed(self, i: int, end: int) -> bool:
        """A name with no title or marker before it counts only when posts follow it and it is no place."""
        before = self.tokens[i - 1].low if i else ""
        if before in _NOT_PERSON_BEFORE or self.is_place(i, end):
            return False
        posts, member, _ = self.appositive(end)
        return bool(posts or member)

    def is_place(self, i: int, end: int) -> bool:
        return is_place(self.words(i, end), WIDE_LEVELS, self.locality)

    def short(self, i: int) -> None:
        end = run_end(self.tokens, i, 3)
        if 1 <= end - i <= 2:
            self.shorts.append(_Short(tuple(t.text for t in self.tokens[i:end]), self.tokens[i].start,
                                      self.tokens[end - 1].end))

    def words(self, i: int, j: int) -> str:
        return " ".join(t.text for t in self.tokens[i:j])

    # -- people

    def person(self, i: int, end: int, posts: list[_Post], marked: bool = False) -> int:
        more, member, j = self.appositive(end, marked)
        group = self.group_post(j)
        if group:
            more, j = [*more, group[0]], group[1]
        tokens = self.tokens
        hit = _Hit(self.words(i, end), tokens[i].start, tokens[end - 1].end, posts + more, member, dict(self.context))
        for post in hit.posts:
            if post.ref:
                self.context.update((lv, p) for lv, p in post.ref.explicit().items() if lv != PROVINCE)
        self.hits.append(hit)
        return j

    def appositive(self, j: int, marked: bool = False) -> tuple[list[_Post], BodyRef | None, int]:
        """Posts after a name (", Chủ tịch UBND huyện", "(Ban Dân vận Tỉnh ủy)") not opening the next person,
        past a short description (", người Chăm,"); after a marked name (a rank, "Luật sư", "bà") also the
        body the person speaks for (", Đoàn Luật sư tỉnh Cà Mau")."""
        tokens = self.tokens
        if j + 1 >= len(tokens) or tokens[j].low not in (",", "-", "–", "(", "kiêm"):
            return [], None, j
        described = self.description(j)
        if described is not None:
            posts, member, end = self.appositive(described, marked)
            return (posts, member, end) if posts or member else ([], None, j)
        bracket = tokens[j].text == "("
        chain = self.chain(j + 1, lower=True)
        if chain:
            posts, end = chain
            named = self.name_after(end)
            if named and tokens[j + 1].text[0].isupper():
                return [], None, j  # the posts of the next person
            if named:  # "giảng viên Trường Chính trị Nguyễn Chí Thanh": a body named after someone
                end = named[1]
            if bracket and end < len(tokens) and tokens[end].text == ")":
                end += 1
            return posts, None, end
        if bracket:
            ref = parse_body(tokens, j + 1, self.locality)
            if ref and ref.end < len(tokens) and tokens[ref.end].text == ")":
                return [], ref, ref.end + 1
        elif marked and tokens[j].text == "," and tokens[j + 1].text[0].isupper():
            ref = parse_body(tokens, j + 1, self.locality)
            if ref and ref.end > j + 1 and not self.name_after(ref.end) and not self.listed(ref.end):
                return [], ref, ref.end
            if ref is None and _GENERIC.match(tokens, j + 1):
                body, end = self.generic(j + 1)
                if not (end < len(tokens) and self.name_at(end)) and not self.listed(end):
                    return [_Post("", generic=body)], None, end
        return [], None, j

    def listed(self, j: int) -> bool:
        """Whether another body follows at ``j`` ("…, Hội Nông dân, Hội Phụ nữ và …"): a list of bodies, not
        the one a person speaks for."""
        tokens = self.tokens
        while j < len(tokens) and (found := level_at(tokens, j)):  # a level word left over: "Trung tâm Y tế huyện"
            j = found[1] + place_after_level(tokens, found[1], found[0], self.locality)
        if j >= len(tokens) or tokens[j].low not in (",", "và", ";"):
            return False
        k = j + 1
        return k < len(tokens) and (parse_body(tokens, k, self.locality) is not None
                                    or _GENERIC.match(tokens, k) is not None)

    def description(self, j: int) -> int | None:
        """The comma closing a short description after the comma at ``j`` (", người Chăm,", ", 45 tuổi,")."""
        tokens = self.tokens
        if tokens[j].text != "," or j + 2 >= len(tokens):
            return None
        first = tokens[j + 1]
        if first.low not in _DESCRIPTION_STARTS and not (first.text.isdigit() and tokens[j + 2].low == "tuổi"):
            return None
        for k in range(j + 2, min(j + 8, len(tokens) - 1)):
            if tokens[k].text == ",":
                return k
            if tokens[k].text in _LINE_END or tokens[k].text in ";:()":
                return None
        return None

    def group_post(self, j: int) -> tuple[_Post, int] | None:
        """The post someone takes in a group being set up, after "làm" / "giữ chức": "do ông X, Phó Chủ tịch
        UBND tỉnh làm Tổ trưởng", "đồng chí Y làm Trưởng đoàn"."""
        tokens = self.tokens
        for verb in _GROUP_VERBS:
            size = len(verb.split())
            if self.words(j, j + size).lower() == verb:
                found = self.post(j + size)
                if found and found[0].title.removeprefix("Phó ") not in _NOT_GROUP_POSTS \
                        and not self.name_after(found[1]):
                    return found
        return None

    # -- posts

    def chain(self, i: int, lower: bool = False) -> tuple[list[_Post], int] | None:
        """Posts joined by ",", "-" or "kiêm" from ``i`` (in lower case too if ``lower``), and the end."""
        posts: list[_Post] = []
        tokens = self.tokens
        while (found := self.post(i, lower)) is not None:
            post, i = found
            posts.append(post)
            if not (i + 1 < len(tokens) and tokens[i].low in _SEPARATORS and self.post(i + 1, lower)):
                break
            i += 1
        return (posts, i) if posts else None

    def post(self, i: int, lower: bool = False) -> tuple[_Post, int] | None:
        """One post: [nguyên/quyền] title [Thường trực] [body]."""
        tokens = self.tokens
        if i >= len(tokens):
            return None
        prefix = _MODIFIERS.get(tokens[i].low, "")
        if prefix and i + 1 < len(tokens):
            i += 1
        if not (lower or tokens[i].text[0].isupper()):
            return None
        found = _HEADS.match(tokens, i)
        if found is None:
            return None
        head, j = found
        title = f"{prefix} {head.title}".strip()
        if head.standing and self.words(j, j + 2).lower() == "thường trực":
            title, j = f"{title} Thường trực", j + 2
        if self.words(j, j + 2).lower() == "phụ trách":
            title, j = f"{title} phụ trách", j + 2
        post = _Post(title, fixed=head.fixed)
        if head.title in _VILLAGE_TITLES:  # "Trưởng thôn Tân Phúc": the village, then maybe the name
            end = run_end(tokens, j)
            start = name_start([t.text for t in tokens[j:end]])
            return post, j + (end - j if start is None else start)
        if head.title in _MEMBER_TITLES:  # "Tỉnh ủy viên": a member of the committee its first words name
            post.ref = parse_body(tokens, i, self.locality)
        elif j < len(tokens):
            implied = head.implied or (_INFORMAL.get(head.title.removeprefix("Phó ")) if level_at(tokens, j) else None)
            ref = (parse_body(tokens, j, self.locality, implied) if implied else None) \
                or parse_body(tokens, j, self.locality)
            if ref:
                post.ref, j = ref, ref.end
            elif _GENERIC.match(tokens, j):
                post.generic, j = self.generic(j)
        return post, j

    def field_dash(self, j: int) -> bool:
        """A dash joining two fields of one body's name ("Lao động - Thương binh và Xã hội"), not two posts
        ("Trưởng ban Dân vận Huyện ủy - Chủ tịch Ủy ban MTTQ huyện") nor a post and a name."""
        tokens = self.tokens
        if tokens[j].text not in _DASHES or j + 1 >= len(tokens) or not tokens[j + 1].name_like:
            return False
        if _HEADS.match(tokens, j + 1) or _MARKERS.match(tokens, j + 1) or _GENERIC.match(tokens, j + 1):
            return False
        return not (self.name_at(j + 1) or level_at(tokens, j + 1))

    def generic(self, i: int) -> tuple[str, int]:
        """A body outside the table ("Trung tâm Y tế huyện Can Lộc"), as worded up to the name after it
        or, when no name follows, to its last capitalised word."""
        tokens, j = self.tokens, _GENERIC.match(self.tokens, i)[1]
        last, field = j, False  # field: in a field's name ("Y tế"), whose lower-case words belong to the body
        while j < len(tokens) and j - i < 16 and tokens[j].text not in ",.;:()\n!?\"“”" \
                and (tokens[j].low != tokens[j].text or tokens[j].low in _ORG_WORDS or self.field_dash(j)):
            if tokens[j].text in _DASHES:  # "Dân số - Kế hoạch hóa gia đình": two fields, one body
                j += 1
                continue
            if tokens[j].low == tokens[j].text:  # lower-case words of the field: "Y tế", "Kế hoạch hóa gia đình"
                field = field and level_at(tokens, j) is None  # "huyện": a place's name comes next, if any
                if field and tokens[j].low not in _ORG_LINKS:
                    last = j + 1
                j += 1
                continue
            field = False
            if tokens[j].name_like:
                end = run_end(tokens, j)
                place = place_length(tokens, j, WIDE_LEVELS, self.locality)
                start = name_start([t.text for t in tokens[j + place:end]])
                if start is not None and (place or start or tokens[j - 1].low == tokens[j - 1].text) \
                        and self.words(j + place + start, end).lower() not in _STOP_NAMES:
                    name = j + place + start
                    return self.text[tokens[i].start:tokens[name - 1].end], name
                field = end == j + 1 and not place  # one capitalised word opens a field; more name a place
                j = last = end
                continue
            j += 1
        return self.text[tokens[i].start:tokens[last - 1].end], last


def _name_shaped(words: list[str]) -> bool:
    """Whether capitalised words are built like a person's name though their family name is unknown."""
    if any(len(w) > 2 and w[1] in "'’" for w in words):
        return True
    return 3 <= len(words) <= 4 and words[1].lower() in _MIDDLE_NAMES


def _body_of(post: _Post, locality: Locality, hints: dict[str, str]) -> Body | None:
    if post.ref is not None:
        return resolve_body(post.ref, locality, hints)
    if post.fixed:
        return central_body(post.fixed)
    if post.generic:  # a bare "Chi bộ" or "Trung tâm" names no one body: no key
        specific = _GENERIC.match(tokenize(post.generic), 0)[1] < len(tokenize(post.generic))
        return Body(post.generic, "other", slug(post.generic) if specific else None)
    return None


def _fill_from_siblings(posts: list[_Post]) -> None:
    """Complete posts of a chain from each other: "Ủy viên Ban Thường vụ, Trưởng ban Tổ chức Tỉnh ủy" →
    Ban Thường vụ Tỉnh ủy; "Phó Bí thư, Chủ tịch UBND tỉnh" → Phó Bí thư of the Tỉnh ủy."""
    refs = [p.ref for p in posts if p.ref]
    committee = next((r.owner if r.spec.role == "sub" else r for r in refs
                      if (r.owner or r).spec.role in ("committee", "party")), None)
    level = next((r.level for r in refs if r.level), None)
    for post in posts:
        ref = post.ref
        if ref and ref.spec.role == "sub" and ref.owner is None and not ref.central and committee:
            post.ref = replace(ref, owner=committee)
        elif ref is None and not post.fixed and not post.generic and post.title in _SECRETARIES and level:
            post.ref = committee_ref(level)


def _link(body: Body, known: list[Organization]) -> Body:
    """An unresolved body ("Ban Dân vận Huyện ủy") takes the one known body whose name extends it."""
    if body.key:
        return body
    matches = [o for o in known if o.name.startswith(body.name + " ")]
    if len(matches) == 1:
        return Body(matches[0].name, matches[0].kind, matches[0].key)
    return body


@dataclass(slots=True)
class _Entry:
    person: Person
    bodies: list[Body] = field(default_factory=list)


def _scan(article: Article, locality: Locality, zones: list[list[Token]]) -> tuple[list[_Hit], list[_Short]]:
    hits: list[_Hit] = []
    shorts: list[_Short] = []
    authors = {a.lower() for a in article.authors}
    for tokens in zones:
        scanner = _Scanner(article.text, tokens, locality)
        scanner.scan()
        hits += [h for h in scanner.hits if h.name.lower() not in authors]
        shorts += scanner.shorts
    return hits, shorts


def _people(article: Article, locality: Locality, known: list[Organization],
            zones: list[list[Token]]) -> tuple[list[Person], list[Body]]:
    hits, shorts = _scan(article, locality, zones)
    entries: dict[str, _Entry] = {}
    for hit in hits:
        entry = entries.setdefault(hit.name, _Entry(Person(key="", name=hit.name)))
        entry.person.mentions.append(Mention(hit.start, hit.end, article.text[hit.start:hit.end]))
        _fill_from_siblings(hit.posts)
        hints = dict(hit.context)
        for post in hit.posts:
            if post.ref:
                hints.update(post.ref.explicit())
        titled = [(post.title, _body_of(post, locality, hints)) for post in hit.posts]
        if hit.member_of:
            titled.append(("", resolve_body(hit.member_of, locality, hints)))
        for title, body in titled:
            body = _link(body, known) if body else None
            role = Role(title, body.name if body else None, body.key if body else None)
            if role not in entry.person.roles:
                entry.person.roles.append(role)
            if body:
                entry.bodies.append(body)
    _resolve_shorts(shorts, hits, entries, article)
    bodies = [b for e in entries.values() for b in e.bodies if b.key]
    return [_finish(e, locality) for e in entries.values()], bodies


def _resolve_shorts(shorts: list[_Short], hits: list[_Hit], entries: dict[str, _Entry], article: Article) -> None:
    """Fold "ông Quang" into the person whose name ends so (the nearest one before, if several)."""
    for short in shorts:
        size = len(short.words)
        names = [n for n in entries if tuple(n.split()[-size:]) == short.words and len(n.split()) > size]
        if not names:
            continue
        if len(names) > 1:
            before = [h for h in hits if h.name in names and h.start < short.start]
            names = [before[-1].name] if before else names[:1]
        entries[names[0]].person.mentions.append(Mention(short.start, short.end,
                                                         article.text[short.start:short.end]))


def _finish(entry: _Entry, locality: Locality) -> Person:
    """Key the person by the province of the bodies they serve in (national ones: "vn")."""
    person = entry.person
    province = next((b.province for b in entry.bodies if b.province), None)
    if province is None and not any(b.central for b in entry.bodies):
        province = locality.province
    person.province = province
    person.key = f"{slug(province or '') or 'vn'}/{slug(person.name)}"
    person.mentions.sort(key=lambda m: m.start)
    return person


def find_people(article: Article, locality: Locality, organizations: list[Organization]) -> list[Person]:
    """People named in the article's own words; roles link to ``organizations`` by key.

    A role may name a body missing from ``organizations`` (one only a post reveals, such as the
    "Huyện ủy" of a chain that names the district later); :func:`people_and_organizations` adds those.
    """
    return _people(article, locality, organizations, zone_tokens(article))[0]


def people_and_organizations(article: Article, locality: Locality) -> tuple[list[Person], list[Organization]]:
    """People and every body named in the article or held by them, parents included."""
    zones = zone_tokens(article)
    found = {o.key: o for o in organizations_in(article, locality, zones)}
    people, bodies = _people(article, locality, list(found.values()), zones)
    for body in bodies:
        add_body(found, body)
    return people, list(found.values())
