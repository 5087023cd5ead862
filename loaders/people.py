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

from .bodies import committee_ref
from .model import Article, Locality, Mention, Organization, Person, Place, Role
from .names import readable
from .normalize import fold, slug
from .organizations import Body, add_body, central_body, organizations_in, resolve_body, zone_tokens
from .people_scan import scan
from .people_words import GENERIC, UNIT_WORDS, Hit, Post, Reader, Short
from .tokens import Token, tokenize


def _body_of(post: Post, locality: Locality, hints: dict[str, str]) -> Body | None:
    if post.ref is not None:
        return resolve_body(post.ref, locality, hints)
    if post.fixed:
        return central_body(post.fixed)
    if post.generic:  # a bare "Chi bộ" or "Trung tâm" names no one body: no key ("Đảng ủy Quân khu 4" does)
        tokens = tokenize(post.generic)
        specific = (head := GENERIC.match(tokens, 0)) is None or head[1] < len(tokens)
        return Body(post.generic, "other", slug(post.generic) if specific else None)
    return None


def _fill_from_siblings(posts: list[Post]) -> None:
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
        elif ref is None and not post.fixed and not post.generic and post.secretary and level:
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


def _scan(article: Article, locality: Locality, zones: list[list[Token]],
          places: frozenset[str] = frozenset()) -> tuple[list[Hit], list[Short]]:
    hits: list[Hit] = []
    shorts: list[Short] = []
    authors = {a.lower() for a in article.authors}
    for tokens in zones:
        reader = Reader(article.text, readable(tokens), locality, places=places)
        scan(reader)
        hits += [h for h in reader.hits if h.name.lower() not in authors]
        shorts += reader.shorts
    return hits, shorts


def _people(article: Article, locality: Locality, known: list[Organization],
            zones: list[list[Token]], places: frozenset[str] = frozenset()) -> tuple[list[Person], list[Body]]:
    hits, shorts = _scan(article, locality, zones, places)
    hits = _mended_splits(hits, article.text)
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
            _add_role(entry.person.roles, Role(title, body.name if body else None, body.key if body else None))
            if body:
                entry.bodies.append(body)
    _resolve_shorts(shorts, hits, entries, article)
    _fold_cut_off(entries, article.text)
    bodies = [b for e in entries.values() for b in e.bodies if b.key]
    return [_finish(e, locality) for e in entries.values()], bodies


def _mended_splits(hits: list[Hit], text: str) -> list[Hit]:
    """Names a post's unit cut: one that ends a name the article gives in full, right after that name's first
    words, is its mention ("Bí thư Đảng ủy xã Thịnh Văn Huyên" where "Đồng chí Thịnh Văn Huyên" is named: the
    commune's name unsaid, no posts kept from it); one whose words before it make, with it, a unit or village
    the article names after its level word elsewhere is no one ("Bí thư Chi bộ thôn Ngọc Sơn Đông bảo" beside
    "ở thôn Ngọc Sơn Đông (xã Bình Phục …)")."""
    by_tail: dict[str, set[str]] = {}  # "Văn Huyên": {"Thịnh Văn Huyên"}
    for hit in hits:
        for size in (1, 2):
            by_tail.setdefault(" ".join(hit.name.split()[size:]), set()).add(hit.name)
    starts = {hit.start for hit in hits}
    kept = []
    for hit in hits:
        before = text[max(0, hit.start - 60):hit.start].split()
        if (fuller := _fuller_name(hit.name, by_tail, before)) is not None:
            kept.append(replace(hit, name=fuller, start=hit.start - (len(fuller) - len(hit.name)), posts=[]))
        elif not any(_named_as_unit(text, before, size, hit.name, starts) for size in (1, 2)):
            kept.append(hit)
    return kept


def _fuller_name(name: str, by_tail: dict[str, set[str]], before: list[str]) -> str | None:
    """The name read elsewhere that ends with ``name`` (``by_tail``: names by their last words) and begins with the
    words ``before`` it, if any."""
    size = len(name.split())
    return next((fuller for fuller in sorted(by_tail.get(name, ())) if before[-(len(fuller.split()) - size):]
                 == fuller.split()[:-size]), None)


def _named_as_unit(text: str, before: list[str], size: int, name: str, starts: set[int]) -> bool:
    """Whether the ``size`` capitalised words ``before`` a name, after a unit's word, make with it a unit the text
    names somewhere with no person read in it ("thôn Ngọc " + "Sơn Đông")."""
    words = before[-size - 1:]
    if len(words) != size + 1 or words[0].lower() not in UNIT_WORDS \
            or not all(w[:1].isupper() and w.isalpha() for w in words[1:]):
        return False
    unit = " ".join(words) + " "
    phrase, at = unit + name, -1
    while (at := text.find(phrase, at + 1)) >= 0:
        end = at + len(phrase)
        if at + len(unit) not in starts and not (end < len(text) and text[end].isalnum()):
            return True
    return False


def _add_role(roles: list[Role], role: Role) -> None:
    """Add ``role`` unless held already; a body unsaid or named by its kind alone ("Tư lệnh", "Tư lệnh Quân khu")
    is the one named in full with the same title ("Tư lệnh Quân khu 4")."""
    if role in roles:
        return
    for i, held in enumerate(roles):
        if held.title != role.title:
            continue
        if role.organization_key is None and (held.organization or "").startswith(role.organization or ""):
            return
        if held.organization_key is None and (role.organization or "").startswith(held.organization or ""):
            roles[i] = role
            return
    roles.append(role)


def _resolve_shorts(shorts: list[Short], hits: list[Hit], entries: dict[str, _Entry], article: Article) -> None:
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


def _fold_cut_off(entries: dict[str, _Entry], text: str) -> None:
    """A name the excerpt cuts off at its very end ("… Thủ tướng Chính phủ Phạm Min") is the person named in full
    before whose name begins so ("Phạm Minh Chính"), when there is one."""
    end = len(text.rstrip())
    for name, entry in list(entries.items()):
        if not all(m.end == end for m in entry.person.mentions):
            continue
        fuller = [n for n in entries if n != name and n.startswith(name)]
        if len(fuller) == 1:
            entries[fuller[0]].person.mentions.extend(entry.person.mentions)
            del entries[name]


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


def people_and_organizations(article: Article, locality: Locality, places: list[Place] = ()
                             ) -> tuple[list[Person], list[Organization]]:
    """People and every body named in the article or held by them, parents included; ``places``, the units the
    article names, are no people where a name stands alone ("đại diện CLB hưu trí Lương Khánh Thiện")."""
    zones = zone_tokens(article)
    found = {o.key: o for o in organizations_in(article, locality, zones)}
    people, bodies = _people(article, locality, list(found.values()), zones, frozenset(fold(p.name) for p in places))
    for body in bodies:
        add_body(found, body)
    return people, list(found.values())
