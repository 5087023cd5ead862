"""The typed records that flow between extraction stages.

Every stage is a pure function from text (and these records) to these records; nothing here touches
disk or the store. Offsets are character offsets into the normalised article text.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .symbols import Symbol


@dataclass(frozen=True, slots=True)
class Zone:
    """A labelled region of an article: body, title, lead, caption, byline, dateline, boilerplate, or related (the
    headlines of other articles listed below it, whose documents count as cited)."""

    kind: str
    start: int
    end: int


@dataclass(slots=True)
class Article:
    """One article after cleaning: normalised text, metadata and the zones of its text."""

    path: str
    text: str
    title: str | None = None
    published: str | None = None  # ISO 8601, minutes precision when the page gives a time
    source: str | None = None  # publisher host, e.g. "baohatinh.vn"
    authors: list[str] = field(default_factory=list)
    zones: list[Zone] = field(default_factory=list)
    url: str | None = None
    written: str | None = None  # the text with the page's own tone placement, when it differs (same offsets)

    def content_zones(self) -> list[Zone]:
        """Zones whose text is the article's own words (not web boilerplate, the byline or related headlines)."""
        return [z for z in self.zones if z.kind not in ("boilerplate", "byline", "dateline", "related")]

    def citing_zones(self) -> list[Zone]:
        """Zones whose documents count as cited: the article's own words and the headlines it lists."""
        return [z for z in self.zones if z.kind not in ("boilerplate", "byline", "dateline")]


@dataclass(slots=True)
class Document:
    """A Party or state document, identified by ``key`` (its canonical identifier)."""

    key: str
    type: str  # Vietnamese type word: "Quyết định", "Quy định", "Nghị quyết", "Luật" ...
    system: str  # "party" or "state"
    number: int | None = None
    symbol: str | None = None  # normalised: "99-QĐ/TW", "04/2015/NĐ-CP"
    letter: str | None = None  # the letter after the number: "30a/2008/NQ-CP" is not "30/2008/NQ-CP"
    year: int | None = None
    date: str | None = None  # YYYY-MM-DD
    issuer: str | None = None  # the issuing body as the article words it (abbreviations expanded)
    issuer_code: str | None = None  # the symbol's issuer part: "TW", "TU", "CP", "UBND" ...
    issuer_key: str | None = None  # Organization.key of the issuing body
    issuer_name: str | None = None  # its canonical name ("Tỉnh ủy Hà Tĩnh"), decided when resolving
    scope: str | None = None  # province or district of a local document
    term: str | None = None  # Party term (khóa) in Roman numerals: "XII"
    title: str | None = None  # subject, e.g. "về tăng cường công tác dân vận"
    name: str | None = None  # the name of a document cited by name: "Thực hiện dân chủ ở cơ sở"
    aliases: list[str] = field(default_factory=list)
    label: str | None = None  # display label, decided when resolving: "Nghị quyết Trung ương 4 khóa XII"


@dataclass(slots=True)
class Reference:
    """One citation as written: where it is and every attribute the words give."""

    start: int
    end: int
    text: str
    type: str
    number: int | None = None
    symbol: Symbol | None = None
    issuer_code: str | None = None
    issuer_text: str | None = None
    place: str | None = None
    date: str | None = None
    term: str | None = None
    title: str | None = None
    name: str | None = None
    plenum: int | None = None
    congress: int | None = None
    congress_years: str | None = None  # "2015-2020": a congress named by its term (nhiệm kỳ) only
    congress_unsaid: bool = False  # a Party organisation's congress named with neither number nor term: the
    # one whose term the article's date falls in ("Nghị quyết Đại hội Đảng bộ tỉnh Hải Dương")
    relation: str = "cites"
    pinpoint: str | None = None
    zone: str = "body"
    typed: bool = True  # False when no type word was written ("thực hiện 99-QĐ/TW")
    abbreviated: bool = False  # the type word is an abbreviation several types share ("QĐ": Quyết định, Quy định)
    in_force: bool = False  # "Luật Phòng, chống bạo lực gia đình hiện hành": the law in force, not one revising it
    revised_in_year: bool = False  # "Luật NVQS sửa đổi năm 2015": the amending law of that year, else its edition of that
    # year (a new law the press calls the old one amended)
    short_symbol: str | None = None  # "53/2012" of "Quyết định 53/2012": a symbol written without its codes
    shared_symbol: bool = False  # the symbol was taken from the next item of a list ("217, 218-QĐ/TW")

    @property
    def year(self) -> int | None:
        if self.symbol and self.symbol.year:
            return self.symbol.year
        return int(self.date[:4]) if self.date else None


@dataclass(slots=True)
class Citation:
    """One mention of a document in an article: the exact text, where it is, and how it is used."""

    text: str
    start: int
    end: int
    document: str  # Document.key
    relation: str = "cites"  # CiTO kind: cites, citesAsAuthority, usesMethodIn, reviews, updates ...
    pinpoint: str | None = None  # "Điều 5", "khoản 3 Điều 217"
    zone: str = "body"


@dataclass(slots=True)
class Role:
    """A post held by a person, as worded in the article, and the body it belongs to."""

    title: str  # "Phó Trưởng ban Thường trực"
    organization: str | None = None  # canonical organisation name: "Ban Dân vận Tỉnh ủy Hà Tĩnh"
    organization_key: str | None = None  # Organization.key


@dataclass(slots=True)
class Mention:
    """Where a person, organisation or place is named."""

    start: int
    end: int
    text: str


@dataclass(slots=True)
class Person:
    """A named official; ``key`` is stable across articles (name + province)."""

    key: str
    name: str
    roles: list[Role] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    province: str | None = None


@dataclass(slots=True)
class Organization:
    """A Party, state or mass-organisation body, with its locality and parent body."""

    key: str
    name: str  # canonical, abbreviations expanded: "Ủy ban nhân dân tỉnh Hà Tĩnh"
    kind: str  # "party", "state", "front", "mass", "other"
    parent: str | None = None  # Organization.key of the body it belongs to
    place: str | None = None  # Place.key
    mentions: list[Mention] = field(default_factory=list)


@dataclass(slots=True)
class Place:
    """An administrative unit; ``key`` is its GSO code, or for a commune the gazetteer does not know,
    the code of the unit it is in (``vn`` if none) + ``/`` + level and name slugs (``425/xa-tan-hoi``)."""

    key: str
    name: str  # without the level word: "Can Lộc"
    level: str  # tỉnh, thành phố, quận, huyện, thị xã, xã, phường, thị trấn
    within: str | None = None  # name of the enclosing unit
    within_key: str | None = None
    mentions: list[Mention] = field(default_factory=list)
    written: str | None = None  # the article's spelling when it spaces the name otherwise: "Đakrông", "Bà Rịa-Vũng Tàu"


@dataclass(slots=True)
class Extraction:
    """Everything extracted from one article."""

    article: Article
    citations: list[Citation] = field(default_factory=list)
    documents: list[Document] = field(default_factory=list)
    people: list[Person] = field(default_factory=list)
    organizations: list[Organization] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    main_place: str | None = None  # Place.key of the article's main locality
    based_on: list[tuple[str, str]] = field(default_factory=list)  # (Document.key, the key it is based on)


@dataclass(frozen=True, slots=True)
class Locality:
    """The administrative setting of an article, used to resolve bare "Tỉnh ủy", "UBND huyện", "02-NQ/TU"."""

    province: str | None = None  # "Hà Tĩnh"
    province_key: str | None = None  # GSO code
    district: str | None = None  # district-level unit: "Can Lộc"
    district_level: str | None = None  # "huyện", "thị xã", "thành phố", "quận"
    district_key: str | None = None
    site: str | None = None  # the province whose paper or portal published the article (from its host name)
