"""The words around a person's name, as tables built once from ``data/posts.json``, and the state of one
zone being read for people (:class:`Reader`), shared by :mod:`people_names`, :mod:`people_posts` and
:mod:`people_scan`."""

from __future__ import annotations

from dataclasses import dataclass, field

from .bodies import BodyRef
from .lexicon import LEVEL_WORDS, POSTS, TITLES, Title
from .model import Locality
from .normalize import fold
from .placenames import WIDE_LEVELS, is_place
from .tokens import Token, Trie, words

HEADS = Trie((t.form, t) for t in TITLES)
MARKERS = Trie((m, True) for m in POSTS["markers"])  # "ông", "Đại tá", "PGS.TS": a name follows
LISTS = Trie((m, True) for m in POSTS["lists"])  # "các đồng chí": a list of people follows
GENERIC = Trie((m, True) for m in POSTS["generic_bodies"])  # bodies outside the table, read as worded
NAMED_BODIES = Trie((m, True) for m in POSTS["named_bodies"])  # "Công ty Hoa Tháng Năm": its own name follows
AGENCIES = Trie((m, True) for m in POSTS["agencies"])  # "Cục BVTV Hoàng Trung": a name after its initials is a person
STANDING = Trie((m, True) for m in POSTS["standing"])  # "Thường trực" after a title, "TT"
TITLE_QUALIFIERS = Trie((m, True) for m in POSTS["title_qualifiers"])  # "chuyên trách" after a title
SIGNED = Trie((m, True) for m in POSTS["signed"])  # "(đã ký)" between a signer's post and name
PLURAL = frozenset(POSTS["plural"])  # "các Phó Thủ tướng: A, B, C"
MODIFIERS: dict[str, str] = POSTS["modifiers"]  # "nguyên", "quyền" before a title
BODY_WORDS = frozenset(POSTS["body_words"])  # lower-case words that continue a body's name
UNIT_WORDS = frozenset((*LEVEL_WORDS, *(t.title.removeprefix("Trưởng ").lower() for t in TITLES if t.village)))
# the words before a unit's or village's name: "xã", "thôn", "khu phố"
# Grammar words of the readers.
SEPARATORS = {",", "-", "–", "kiêm"}  # between the posts of a chain
BODY_LINKS = {"và", "của", "các"}  # words inside a body's name that never end it
DASHES = {"-", "–"}
STOP_NAMES = frozenset(n.lower() for n in POSTS["not_names"])  # "Hồ Chí Minh" (a city), "Bà La Môn" (a religion)
NOT_PERSON_BEFORE = frozenset(POSTS["not_person_before"])  # "đường Lê Lợi", "Trường THCS Lê Lợi": a street, a school
LINE_END = {".", "!", "?", "\n"}
# Self-introductions of a citizen writing or speaking: "Tôi tên Lý Văn Ba", "tôi là …", "em tên là …".
FIRST_PERSON = {"tôi", "em", "cháu", "mình"}
NAMED_PERSON = FIRST_PERSON | {"ông", "bà", "anh", "chị", "cô", "chú", "bác", "cụ", "người"}  # "anh tên …"
# The lower-case first words of short descriptions between a name and the posts: ", người Chăm,", ", quê Nghệ An,", "(SN 1971)".
DESCRIPTION_STARTS = frozenset(POSTS["description_starts"])
GROUP_VERBS = ("làm", "giữ chức")  # "do ông X, Phó Chủ tịch UBND tỉnh làm Tổ trưởng"
LOWER_STARTS = {"các", "đồng", "ông", "bà", "anh", "chị", "đại", *MODIFIERS}  # lower-case words that may start a mention
LOWER_TITLES = Trie([("đại biểu", True)])  # a title written in lower case: "đại biểu Quốc hội Huỳnh Thanh Phương"
LOWER_MARKERS = ("đồng", "ông", "bà", "anh", "chị")  # "anh Phìn Văn Sinh", "chị Lò Thị Mai": villagers too


@dataclass(slots=True)
class Post:
    """A post as written: its title, the body phrase after it (or the national body the title names, or a
    body outside the table as worded)."""

    title: str
    ref: BodyRef | None = None
    fixed: str | None = None
    generic: str | None = None
    head: Title | None = None

    @property
    def secretary(self) -> bool:
        """"Bí thư", "Phó Bí thư (Thường trực)" with no other word: the secretary of a Party committee."""
        return bool(self.head and self.head.secretary and self.title.removesuffix(" Thường trực") == self.head.title)


@dataclass(slots=True)
class Hit:
    """One full-name mention, with the posts and the body (in brackets) given there."""

    name: str
    start: int
    end: int
    posts: list[Post] = field(default_factory=list)
    member_of: BodyRef | None = None
    context: dict[str, str] = field(default_factory=dict)  # places named before, level → name


@dataclass(slots=True)
class Short:
    """A later reference by given name: "ông Quang", "bà Thu Hà"."""

    words: tuple[str, ...]
    start: int
    end: int


@dataclass(slots=True)
class Reader:
    """One zone's tokens being read for people, and what was found so far."""

    text: str
    tokens: list[Token]
    locality: Locality
    hits: list[Hit] = field(default_factory=list)
    shorts: list[Short] = field(default_factory=list)
    context: dict[str, str] = field(default_factory=dict)  # district or commune named last: "Tại xã Lương Hòa, …"
    places: frozenset[str] = frozenset()  # the folded names of the units the article names

    def words(self, i: int, j: int) -> str:
        return words(self.tokens, i, j)

    def is_place(self, i: int, end: int) -> bool:
        name = self.words(i, end)
        return fold(name) in self.places or is_place(name, WIDE_LEVELS, self.locality)
