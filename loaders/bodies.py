"""Body phrases as the text writes them: "BTV Huyện ủy", "Ủy ban MTTQ huyện Can Lộc", "Ban Dân vận Tỉnh ủy".

The table of bodies is ``data/bodies.json``; this module turns it into a phrase trie and reads a body
phrase at a token into a :class:`BodyRef`: what the words say (the body, its level and place, the body
it belongs to, a description). :mod:`organizations` resolves a BodyRef against the article's locality.
"""

from __future__ import annotations

from dataclasses import dataclass

from .lexicon import BODIES, COMMITTEES, DISTRICT_LEVELS, PROVINCE, sector_committees, with_hyphened_initials
from .model import Locality
from .names import is_surname
from .normalize import normalize
from .placenames import WIDE_LEVELS, known_place_length, level_at, place_after_level, place_length, place_name
from .tokens import Token, Trie, as_written, lead, past_initials, tokenize, words

_CENTRAL_SHORT = Trie((form, True) for form in ("Trung ương", "TW", "TƯ", "T.Ư", "T.W"))  # "Ban Dân vận Trung ương"
_DESC_STOP = {",", ".", ";", ":", "(", ")", "\n", "!", "?", "“", "”", '"'}
_NOT_DESCRIPTION = {"là", "và", "với", "cùng", "ông", "bà", "đồng"}  # "Ban Chỉ đạo là Thượng tướng …", "… và ông …"
_SCOPES = {"province": (PROVINCE, "thành phố"), "district": DISTRICT_LEVELS}
_MINISTRY = "Bộ"  # the word before a ministry's name in the departments table ("Bộ Nội vụ")


@dataclass(frozen=True, slots=True)
class Spec:
    """One kind of body as named in text: canonical stem, kind and how it takes its locality.

    ``role``: "central" (one national body), "committee" (Tỉnh ủy ..., level fixed), "party" (Đảng ủy /
    BCH Đảng bộ + level word → committee), "local" (stem + level + place), "sub" (a board of the body
    that follows: "Ban Dân vận" + "Tỉnh ủy"), "desc" (stem + description + level + place).
    """

    stem: str
    kind: str
    role: str
    level: str | None = None  # committee level, or the default level of a local body
    bare: bool = False  # a local body that may take a place name without level word ("BHXH Can Lộc")
    parent: str | None = None  # central: parent stem; local: "ubnd" (under the people's committee) or "same"
    levels: tuple[str, ...] | None = None  # levels a local body exists at, when restricted
    central_name: str | None = None  # a board's name with "Trung ương": "Văn phòng Trung ương Đảng"
    eponymous: bool = False  # named after a person: "Trường Chính trị Hoàng Văn Thụ" is no person


def _specs():
    """(phrase, Spec) for every name and alias of every body in the table, in table order."""
    for r in BODIES["central"]:
        yield r, Spec(r["name"], r["kind"], "central", parent=r.get("parent"))
    yield from _national_committees()
    for r in BODIES["committees"]:
        yield r, Spec(r["name"], r["kind"], "committee", r["level"])
    for r in BODIES["sectors"]:  # the committees of national sectors: "Đảng ủy Quốc hội", "Quân ủy Trung ương"
        if r.get("central"):
            name = sector_committees(r)[0]
            yield {"name": name}, Spec(name, "party", "central")
    party = BODIES["party"]
    yield party, Spec(party["name"], party["kind"], "party")
    for r in BODIES["boards"]:
        yield r, Spec(r["name"], "party", "sub", central_name=r.get("central_name"))
    for r in BODIES["local"]:
        yield r, Spec(r["name"], r["kind"], "local", r.get("level"), r.get("bare", False), r.get("parent"),
                      eponymous=r.get("eponymous", False))
    for r in BODIES["described"]:
        yield r, Spec(r["name"], r["kind"], "desc", parent=r.get("parent"))
    for r in BODIES["departments"]:  # a ministry, a provincial department, a district office
        aliases = r.get("aliases", ())
        yield {"name": f"{_MINISTRY} {r['name']}", "aliases": [f"{_MINISTRY} {a}" for a in aliases]}, \
            Spec(f"{_MINISTRY} {r['name']}", "state", "central", parent="Chính phủ")
        yield {"name": f"Sở {r['name']}", "aliases": [f"Sở {a}" for a in aliases]}, \
            Spec(f"Sở {r['name']}", "state", "local", PROVINCE, True, "ubnd", _SCOPES["province"])
        yield {"name": f"Phòng {r['name']}", "aliases": [f"Phòng {a}" for a in aliases]}, \
            Spec(f"Phòng {r['name']}", "state", "local", "huyện", True, "ubnd", _SCOPES["district"])


def _national_committees():
    """The central committee of each mass organisation whose congresses the table names ("Trung ương Hội Nông dân
    Việt Nam", "Ban Chấp hành Trung ương Hội Cựu chiến binh Việt Nam"), unless the table lists it already."""
    listed = {phrase for r in BODIES["central"] for phrase in (r["name"], *r.get("aliases", ()))}
    for r in BODIES["local"]:
        national = (r.get("congress") or {}).get("national")
        name = f"Trung ương {national}"
        if r["kind"] != "mass" or national is None or name in listed:
            continue
        yield {"name": name, "aliases": [f"Ban Chấp hành {name}", f"BCH {name}"]}, Spec(name, "mass", "central")


def _with_ampersands(phrases):
    """Each phrase, with "&" or a dash for its "và" ("Bộ Khoa học & Công nghệ", "Sở Nông nghiệp - PTNT") or without
    it and its commas ("Bộ Khoa học Công nghệ", "Sở Văn hóa Thể thao và Du lịch"), and with "-" for the "&" of its
    initials ("Bộ KH-ĐT", "Bộ GD-ĐT")."""
    for phrase in phrases:
        yield from with_hyphened_initials(phrase)
        if " và " in phrase:
            yield phrase.replace(" và ", " & ")
            yield phrase.replace(" và ", " - ")
            yield phrase.replace(" và ", " ").replace(", ", " ")
        if ", " in phrase:
            yield phrase.replace(", ", " ")


_BODIES = Trie((phrase, spec) for record, spec in _specs()
               for phrase in _with_ampersands((record["name"], *record.get("aliases", ()))))


def spec_of(stem: str) -> Spec:
    """The Spec of a body named exactly ``stem`` in the table ("Tỉnh ủy", "Đảng ủy")."""
    return _BODIES.match(tokenize(normalize(stem)), 0)[0]


@dataclass(slots=True)
class BodyRef:
    """A body as the text names it: its spec, the tokens it spans and the locality given explicitly."""

    spec: Spec
    start: int
    end: int
    level: str | None = None
    place: str | None = None
    desc: str = ""
    owner: BodyRef | None = None  # the body a sub-body ("Ban Dân vận") belongs to
    central: bool = False  # "Ban Dân vận Trung ương", "Hội Nông dân Việt Nam"

    def explicit(self) -> dict[str, str]:
        """Level → place named explicitly in this phrase (and its owner), for sibling posts to inherit."""
        found = self.owner.explicit() if self.owner else {}
        if self.level and self.place:
            found[self.level] = self.place
        return found


def body_words_end(tokens: list[Token], i: int) -> int | None:
    """Where the own words of a body name starting at ``tokens[i]`` end ("Tỉnh Đoàn" of "Tỉnh Đoàn Hà Nam"), or None."""
    if tokens[i].low == tokens[i].text and not _lower_committee(tokens, i):
        return None
    found = _BODIES.match(tokens, i, ())
    return found[1] if found else None


_LOWER_COMMITTEES = frozenset(normalize(c["name"]).lower() for c in BODIES["committees"])  # "tỉnh ủy", "xã đoàn"


def _lower_committee(tokens: list[Token], i: int) -> bool:
    """A Party or Youth Union committee written in lower case ("Bí thư tỉnh ủy Khánh Hòa", "Phó Bí thư xã đoàn"), which
    no generic phrase is."""
    return i + 1 < len(tokens) and f"{tokens[i].low} {tokens[i + 1].low}" in _LOWER_COMMITTEES


def committee_ref(level: str) -> BodyRef:
    """The party committee at ``level`` ("huyện" → Huyện ủy), its place left to the locality."""
    return BodyRef(spec_of(COMMITTEES.get(level, BODIES["party"]["name"])), 0, 0, level)


def parse_body(tokens: list[Token], i: int, locality: Locality, implied: str | None = None) -> BodyRef | None:
    """The body phrase starting at ``tokens[i]`` (after the word ``implied``: "Ban" of "Trưởng ban")."""
    start = lead(implied) if implied else ()
    if not start and (tokens[i].low == tokens[i].text and not _lower_committee(tokens, i) or not tokens[i].text[0].isalpha()):
        return None  # body names are capitalised; "công an", "mặt trận" in lower case are generic ("tỉnh ủy" is none)
    found = _BODIES.match(tokens, i, start)
    if found is None:
        return None
    spec, j = found
    ref = _complete(BodyRef(spec, i, j), tokens, locality)
    return None if start and ref.end == i else ref


def _complete(ref: BodyRef, tokens: list[Token], locality: Locality) -> BodyRef:
    """Read what follows the body's own words: its owner, level and place, or description."""
    spec, j = ref.spec, ref.end
    if spec.role == "central":
        return ref
    if spec.role == "sub":
        return _sub(ref, tokens, locality)
    if spec.role == "committee":
        ref.level = spec.level
        found = level_at(tokens, j)  # "Thành ủy TP.HCM", "Huyện ủy huyện Can Lộc"
        if found and found[0] == spec.level:
            j = found[1]
        ref.end = j + known_place_length(tokens, j, spec.level, locality)
        ref.place = place_name(tokens, j, ref.end)
        return ref
    if spec.role == "desc":
        return _described(ref, tokens, locality)
    return _located(ref, tokens, locality)


def _sub(ref: BodyRef, tokens: list[Token], locality: Locality) -> BodyRef:
    j = ref.end
    if j < len(tokens) and tokens[j].text[0].isupper() and (central := _CENTRAL_SHORT.match(tokens, j)) \
            and not (central[1] < len(tokens) and tokens[central[1]].low == "đoàn"):
        # "Ban Tổ chức Trung ương (Đảng)", "… TW", "… T.Ư"; not "Ban Thường vụ T.Ư Đoàn" (the Youth Union's)
        ref.central = True
        ref.end = central[1] + (central[1] < len(tokens) and tokens[central[1]].low == "đảng")
        return ref
    if j < len(tokens):
        owner = parse_body(tokens, j, locality)
        if owner is not None and owner.spec.role != "sub":
            ref.owner, ref.end = owner, owner.end
    return ref


_CONSTITUENCY = "đơn vị"


def _located(ref: BodyRef, tokens: list[Token], locality: Locality) -> BodyRef:
    j = ref.end
    if ref.spec.role == "party" and j < len(tokens) and level_at(tokens, j) is None:
        ministry = parse_body(tokens, j, locality)  # "Đảng ủy Bộ Nội vụ": a ministry's Party committee
        if ministry is not None and ministry.spec.role == "central" and ministry.spec.kind == "state":
            ref.owner, ref.end = ministry, ministry.end
            return ref
        if tokens[j].text == _MINISTRY and j + 1 < len(tokens) and is_surname(tokens[j + 1].text):
            ref.desc, ref.end = _MINISTRY, j + 1  # "Phó Bí thư Đảng ủy Bộ Nguyễn Huy Hưng": its ministry unsaid
            return ref
    if ref.spec.role == "local" and words(tokens, j, j + 2) == "Việt Nam":
        j += 2
        if level_at(tokens, j) is None:
            ref.central, ref.end = True, j
            return ref
    if words(tokens, j, j + 2).lower() == _CONSTITUENCY and level_at(tokens, j + 2):
        j += 2  # "Đoàn đại biểu Quốc hội đơn vị tỉnh Kiên Giang": the delegation of a constituency
    j = _past_initials(tokens, j, ref.spec, locality)
    found = level_at(tokens, j)
    if found:
        ref.level, j = found
        size = place_after_level(tokens, j, ref.level, locality)
    elif ref.spec.bare:
        size = place_length(tokens, j, ref.spec.levels or WIDE_LEVELS, locality)
    else:
        size = 0
    ref.place = place_name(tokens, j, j + size)
    ref.end = j + size
    return ref


def _past_initials(tokens: list[Token], j: int, spec: Spec, locality: Locality) -> int:
    """Past the initials the text defines in brackets between a body and its place ("Sở Khoa học và Công nghệ (KH&CN)
    Hà Nội"), when a place follows them; else ``j``."""
    if j >= len(tokens) or tokens[j].text != "(" or (after := past_initials(tokens, j + 1)) is None:
        return j
    placed = level_at(tokens, after) or spec.bare and place_length(tokens, after, spec.levels or WIDE_LEVELS, locality)
    return after if placed else j


def _described(ref: BodyRef, tokens: list[Token], locality: Locality) -> BodyRef:
    """"Ban Chỉ đạo" + what it directs + level + place; unresolved when no level word comes soon."""
    j = ref.end
    while j < len(tokens) and j - ref.end < 12 and tokens[j].text not in _DESC_STOP:
        if level_at(tokens, j):
            ref.desc = words(tokens, ref.end, j)
            ref.end = j
            return _located(ref, tokens, locality)
        if tokens[j].name_like and j + 1 < len(tokens) and tokens[j + 1].name_like and is_surname(tokens[j].text):
            described = tokens[ref.end:j]
            if len(described) > 1 and not described[0].name_like and not any(t.low in _NOT_DESCRIPTION for t in described) \
                    and any(t.text[0].isupper() or t.text[0].isdigit() for t in described):
                ref.desc, ref.end = as_written(tokens, ref.end, j), j  # "Trưởng ban Chỉ đạo tổng kết Nghị quyết 21-NQ/TW
                # Trần Tuấn Anh": what it directs (a name or number in it), then its head's name
            return ref
        j += 1
    if j > ref.end and tokens[ref.end].text[0].isdigit():  # "Ban Chỉ đạo 35"
        ref.desc, ref.end = tokens[ref.end].text, ref.end + 1
    return ref
