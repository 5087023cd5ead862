"""Turn one article's extraction into RDF quads, all in the article's own named graph.

Re-ingesting an article replaces exactly this graph. Documents, people, organisations and places are
shared nodes: every article that mentions one repeats its descriptive triples in its own graph, so
removing an article never removes what other articles say. Because the store is the union of these
graphs, a shared node's display label must not depend on how one article words it: an organisation's
``skos:prefLabel`` is its canonical name (the name whose slug is its key), a document's ``rdfs:label``
is computed from its canonical key; the article's own wordings go to ``skos:altLabel``.
"""

from __future__ import annotations

import hashlib
import re
from collections import defaultdict
from collections.abc import Iterable
from datetime import datetime, timezone
from functools import cache

from pyoxigraph import Literal, Quad

from .. import __version__
from . import gazetteer
from .doctypes import roman
from .model import Document, Extraction, Locality, Organization, Person, Place
from .normalize import slug
from .organizations import canonical_organization
from .vocab import CITO, ELI, OA, ORG, PROV, RDF, RDFS, RELATIONS, SDO, SKOS, TD, XSD, base_iri, term

_CONTEXT = 32  # characters of prefix and suffix kept with each quote


def article_iri(text: str, base: str | None = None) -> str:
    """The article's IRI, from a hash of its normalised text: the same text always gives the same IRI."""
    return f"{base_iri(base)}article/{hashlib.sha1(text.encode('utf-8')).hexdigest()[:20]}"


def document_iri(key: str, base: str | None = None) -> str:
    return f"{base_iri(base)}doc/{key}"


def to_quads(extraction: Extraction, base: str | None = None, *, when: datetime | None = None) -> list[Quad]:
    """Every quad for ``extraction`` in the graph named by the article IRI."""
    base = base_iri(base)
    article = extraction.article
    a_iri = article_iri(article.text, base)
    out = _Writer(a_iri)
    a = term(a_iri)
    out.add(a, RDF.type, SDO.NewsArticle)
    out.lit(a, TD.sourcePath, article.path)
    out.lit(a, SDO.articleBody, article.text)
    out.lit(a, TD.textSha1, hashlib.sha1(article.text.encode("utf-8")).hexdigest())
    if article.title:
        out.lit(a, SDO.headline, article.title)
    if article.published:
        out.lit(a, SDO.datePublished, *_xsd_date(article.published))
    if article.url:
        out.add(a, SDO.url, term(article.url)) if article.url.startswith(("http://", "https://")) else None
    if article.source:
        publisher = term(f"{base}publisher/{slug(article.source)}")
        out.add(a, SDO.publisher, publisher)
        out.add(publisher, RDF.type, SDO.Organization)
        out.lit(publisher, SDO.name, article.source)
    for author in article.authors:
        node = term(f"{base}author/{slug(author) or 'unknown'}")
        out.add(a, SDO.author, node)
        out.add(node, RDF.type, SDO.Person)
        out.lit(node, SDO.name, author)
    _provenance(out, a, article.path, base, when)
    names = _canonical_names(extraction)
    quoted: dict[str, list[str]] = defaultdict(list)
    for citation in extraction.citations:
        quoted[citation.document].append(citation.text)
    for doc in extraction.documents:
        _document(out, doc, base, names, quoted.get(doc.key, ()))
    for document, basis in extraction.based_on:
        out.add(term(document_iri(document, base)), ELI.based_on, term(document_iri(basis, base)))
    for index, citation in enumerate(extraction.citations):
        doc = term(document_iri(citation.document, base))
        out.add(a, CITO.cites, doc)
        relation = RELATIONS.get(citation.relation, CITO.cites)
        out.add(a, relation, doc)
        c = term(f"{a_iri}/c/{citation.start}-{citation.end}")
        target = term(f"{a_iri}/c/{citation.start}-{citation.end}/target")
        quote = term(f"{a_iri}/c/{citation.start}-{citation.end}/quote")
        position = term(f"{a_iri}/c/{citation.start}-{citation.end}/position")
        out.add(c, RDF.type, CITO.Citation)
        out.add(c, RDF.type, OA.Annotation)
        out.add(c, CITO.hasCitingEntity, a)
        out.add(c, CITO.hasCitedEntity, doc)
        out.add(c, CITO.hasCitationCharacterization, relation)
        out.add(c, OA.hasBody, doc)
        out.add(c, OA.motivatedBy, OA.identifying)
        out.add(c, OA.hasTarget, target)
        out.add(target, RDF.type, OA.SpecificResource)
        out.add(target, OA.hasSource, a)
        out.add(target, OA.hasSelector, quote)
        out.add(target, OA.hasSelector, position)
        out.add(quote, RDF.type, OA.TextQuoteSelector)
        out.lit(quote, OA.exact, citation.text)
        out.lit(quote, OA.prefix, article.text[max(0, citation.start - _CONTEXT):citation.start])
        out.lit(quote, OA.suffix, article.text[citation.end:citation.end + _CONTEXT])
        out.add(position, RDF.type, OA.TextPositionSelector)
        out.lit(position, OA.start, citation.start, XSD.nonNegativeInteger)
        out.lit(position, OA.end, citation.end, XSD.nonNegativeInteger)
        out.lit(c, TD.zone, citation.zone)
        if citation.pinpoint:
            out.lit(c, TD.pinpoint, citation.pinpoint)
    for place in extraction.places:
        _place(out, place, base)
        out.add(a, SDO.mentions, term(f"{base}place/{place.key}"))
    if extraction.main_place:
        out.add(a, SDO.contentLocation, term(f"{base}place/{extraction.main_place}"))
    for organization in extraction.organizations:
        _organization(out, organization, base)
        out.add(a, SDO.mentions, term(f"{base}org/{organization.key}"))
    for person in extraction.people:
        _person(out, person, base, a, article.published, names)
    return out.quads


def _xsd_date(value: str) -> tuple[str, str]:
    """"2022-12-27T11:42" → a valid xsd:dateTime ("…T11:42:00"); "2022-12-27" → xsd:date."""
    if "T" not in value:
        return value[:10], XSD.date
    return (value + ":00" if len(value) == 16 else value), XSD.dateTime


class _Writer:
    """Collects quads in one named graph."""

    def __init__(self, graph: str):
        self.graph = term(graph)
        self.quads: list[Quad] = []

    def add(self, s, p, o) -> None:
        self.quads.append(Quad(s, term(str(p)), term(str(o)) if not hasattr(o, "value") else o, self.graph))

    def lit(self, s, p, value, datatype=None) -> None:
        literal = Literal(str(value), datatype=term(str(datatype))) if datatype else Literal(str(value))
        self.quads.append(Quad(s, term(str(p)), literal, self.graph))


def _provenance(out: _Writer, a, path: str, base: str, when: datetime | None) -> None:
    activity = term(f"{str(a.value)}/extraction")
    agent = term(f"{base}software/trichdan-{__version__}")
    out.add(activity, RDF.type, PROV.Activity)
    out.add(activity, PROV.generated, a)
    out.add(a, PROV.wasGeneratedBy, activity)
    out.add(activity, PROV.wasAssociatedWith, agent)
    out.add(agent, RDF.type, PROV.SoftwareAgent)
    out.lit(agent, RDFS.label, f"trichdan {__version__}")
    out.lit(activity, TD.sourcePath, path)
    if when is not None:
        out.lit(activity, PROV.endedAtTime, when.astimezone(timezone.utc).isoformat(timespec="seconds"), XSD.dateTime)


def document_label(doc: Document, quoted: Iterable[str] = ()) -> str:
    """A readable label computed from the canonical key, so that every article writes the same one.

    "Quyết định 99-QĐ/TW", "Nghị quyết số 35 (Hà Tĩnh)", "Nghị quyết Trung ương 4 khóa XII",
    "Nghị quyết Đại hội XIII của Đảng", "Nghị quyết Đại hội Đảng bộ tỉnh Hà Tĩnh lần thứ XVIII",
    "Luật Thực hiện dân chủ ở cơ sở 2022", "Hiến pháp 2013", "Điều lệ Đảng". A named document's name is
    read back (with its diacritics) from ``quoted``, the texts citing it, where a run of words has the
    key's slug; its letter case is normalised so that "Luật Đất Đai" and "Luật đất đai" agree.
    """
    parts = doc.key.split("/")
    if len(parts) != 5:
        return f"{doc.type} {doc.key}"
    _, issuer, _, epoch, ident = parts
    epoch = None if epoch == "-" else epoch
    if doc.number is not None and ident.isdigit():
        if doc.symbol:
            return f"{doc.type} {doc.symbol}"
        return f"{doc.type} số {doc.number}" + (f" ({doc.scope})" if doc.scope else "")
    code, _, place = issuer.partition(".")
    scope = doc.scope if doc.scope and slug(doc.scope) == place else None
    if (match := _PLENUM.fullmatch(ident)) is not None:
        label = f"{doc.type} Trung ương {match.group(1)}" if code == "tw" else f"{doc.type} Hội nghị lần thứ {match.group(1)}"
        label += f" khóa {epoch.upper()}" if epoch and not epoch.isdigit() else ""
        return label + (f" ({scope})" if scope else "")
    if (match := _CONGRESS.fullmatch(ident)) is not None:
        ordinal = roman(int(match.group(1)))
        if code == "tw":
            return f"{doc.type} Đại hội {ordinal} của Đảng"
        return f"{doc.type} Đại hội {_party_organisation(code, scope)} lần thứ {ordinal}"
    name = _FIXED_NAMES.get(ident) or _quoted_name(ident, quoted)
    if name is None or slug(name) == slug(doc.type):
        label = doc.type if ident == slug(doc.type) else f"{doc.type} {name or ident}"
    else:
        label = f"{doc.type} {name}"
    if doc.system == "state" and epoch and epoch.isdigit() and not label.endswith(epoch):
        label += f" {epoch}"
    return label + (f" ({scope})" if scope else "")


_PLENUM = re.compile(r"hntw-(\d+)")
_CONGRESS = re.compile(r"dai-hoi-(\d+)")
# Names the citation grammar gives itself (loaders/citations.py _named), not read from the text.
_FIXED_NAMES = {"dang": "Đảng", "xay-dung-dat-nuoc": "xây dựng đất nước"}
_COMMITTEES = {"tu": "tỉnh", "hu": "huyện", "du": None}
_DISTRICT_LEVELS = ("thành phố", "quận", "huyện", "thị xã")
# Words of document names written with capitals (proper nouns), restored after lower-casing a name.
_PROPER = re.compile(r"(?<!\w)(việt nam|cộng hòa|quốc hội|chính phủ|nhà nước|tổ quốc|thủ đô|hồ chí minh|"
                     r"mặt trận|tòa án|viện kiểm sát|hội đồng nhân dân|ủy ban nhân dân|ủy ban thường vụ|"
                     r"quân đội|công an|đảng(?! viên| bộ| ủy| phái| đoàn))(?!\w)")
_PROPER_FORMS = {"hội đồng nhân dân": "Hội đồng nhân dân", "ủy ban nhân dân": "Ủy ban nhân dân",
                 "ủy ban thường vụ": "Ủy ban Thường vụ", "tòa án": "Tòa án", "viện kiểm sát": "Viện kiểm sát",
                 "cộng hòa": "Cộng hòa", "quốc hội": "Quốc hội", "chính phủ": "Chính phủ", "nhà nước": "Nhà nước",
                 "tổ quốc": "Tổ quốc", "thủ đô": "Thủ đô", "mặt trận": "Mặt trận", "quân đội": "Quân đội",
                 "công an": "Công an"}
_PROMULGATED = re.compile(r"công bố (bộ luật|luật|pháp lệnh) (.+)")
_PUNCTUATION = " ,.;:()\"“”'"


def _quoted_name(ident: str, quoted: Iterable[str]) -> str | None:
    """The run of words in one of ``quoted`` whose slug is ``ident``, in canonical letter case."""
    for text in sorted(quoted, key=lambda t: (len(t), t)):
        words = text.split()
        for i in range(len(words)):
            for j in range(i + 1, len(words) + 1):
                found = slug(" ".join(words[i:j]))
                if found == ident:
                    return _name_case(" ".join(words[i:j]).strip(_PUNCTUATION))
                if not ident.startswith(found):
                    break
    return None


def _name_case(name: str) -> str:
    """"ĐẤT ĐAI", "Đất Đai" → "Đất đai": the first letter and proper nouns ("Việt Nam", "Quốc hội") in
    capitals, acronyms ("HIV/AIDS") kept; in "công bố Luật Thực hiện dân chủ ở cơ sở" (a Lệnh), the law's type
    word and name too."""
    shouted = name.upper() == name
    low = " ".join(w if len(w) > 1 and w.isupper() and not shouted else w.lower() for w in name.split(" "))
    low = _PROPER.sub(lambda m: _PROPER_FORMS.get(m.group(), m.group().title()), low)
    if (law := _PROMULGATED.fullmatch(low)) is not None:
        return f"công bố {_upper_first(law.group(1))} {_upper_first(law.group(2))}"
    return _upper_first(low)


def _upper_first(text: str) -> str:
    return text[:1].upper() + text[1:]


def _party_organisation(code: str, scope: str | None) -> str:
    """"Đảng bộ tỉnh Hà Tĩnh", "Đảng bộ thành phố Hà Nội", "Đảng bộ huyện Can Lộc": the congress's Party body."""
    if scope is None:
        level = _COMMITTEES.get(code)
        return f"Đảng bộ {level}" if level else "Đảng bộ"
    level = _level(scope, province=code == "tu") if code in ("tu", "hu") else None
    return " ".join(filter(None, ("Đảng bộ", level, scope)))


@cache
def _level(place: str, province: bool) -> str | None:
    """The level word of ``place`` as a province (tỉnh, thành phố) or a district, from the gazetteer."""
    units = gazetteer.lookup(place)
    for era in (gazetteer.PRE2025, gazetteer.Y2025):
        levels = {u.level for u in units if u.era == era and (u.parent is None) == province
                  and (province or u.level in _DISTRICT_LEVELS)}
        if len(levels) == 1:
            return levels.pop()
    return "tỉnh" if province else None


def _document(out: _Writer, doc: Document, base: str, names: dict[str, str] | None = None,
              quoted: Iterable[str] = ()) -> None:
    d = term(document_iri(doc.key, base))
    out.add(d, RDF.type, ELI.LegalResource)
    out.add(d, ELI.type_document, term(f"{base}type/{slug(doc.type)}"))
    out.lit(d, RDFS.label, document_label(doc, [*quoted, *doc.aliases, *filter(None, [doc.title])]))
    out.lit(d, TD.key, doc.key)
    out.lit(d, TD.typeName, doc.type)
    if doc.system in ("party", "state"):  # unknown ("-" in the key): not stated
        out.lit(d, TD.system, doc.system)
    if doc.number is not None:
        out.lit(d, TD.number, doc.number, XSD.integer)
    if doc.symbol:
        out.lit(d, ELI.id_local, doc.symbol)
    if doc.year:
        out.lit(d, TD.year, doc.year, XSD.gYear)
    if doc.date:
        out.lit(d, ELI.date_document, doc.date, XSD.date)
    if doc.term:
        out.lit(d, TD.partyTerm, doc.term)
    if doc.scope:
        out.lit(d, TD.scope, doc.scope)
    if doc.title:
        out.lit(d, ELI.title, doc.title)
    for alias in doc.aliases:
        out.lit(d, SKOS.altLabel, alias)
    if doc.issuer:
        key = doc.issuer_key or slug(doc.issuer)
        name = canonical_name(key, doc.issuer, names or {})
        out.lit(d, TD.issuerName, name)
        issuer = term(f"{base}org/{key}")
        out.add(d, ELI.passed_by, issuer)
        out.add(issuer, RDF.type, ORG.Organization)
        _org_labels(out, issuer, name, (doc.issuer,))


def _canonical_names(extraction: Extraction) -> dict[str, str]:
    """Organisation key → canonical name, from the bodies the article names (their key is the name's slug)."""
    names = {o.key: o.name for o in extraction.organizations if slug(o.name) == o.key}
    for person in extraction.people:
        for role in person.roles:
            if role.organization and role.organization_key and slug(role.organization) == role.organization_key:
                names.setdefault(role.organization_key, role.organization)
    return names


def canonical_name(key: str, surface: str, names: dict[str, str]) -> str:
    """The canonical name of organisation ``key`` (the name whose slug is the key), worded ``surface`` here.

    From the bodies the article names, else ``surface`` itself, else ``surface`` resolved again
    ("Ban Chấp hành Đảng bộ tỉnh Hà Tĩnh" → "Tỉnh ủy Hà Tĩnh"); ``surface`` when nothing else fits.
    """
    if key in names:
        return names[key]
    if slug(surface) == key:
        return surface
    found = canonical_organization(surface, Locality())
    return found[0] if found and found[1] == key else surface


def _org_labels(out: _Writer, node, name: str, surfaces: Iterable[str]) -> None:
    """One skos:prefLabel (the canonical ``name``), the other wordings as skos:altLabel."""
    out.lit(node, SKOS.prefLabel, name)
    for surface in dict.fromkeys(" ".join(s.split()) for s in surfaces):
        if surface and surface != name:
            out.lit(node, SKOS.altLabel, surface)


def _place(out: _Writer, place: Place, base: str) -> None:
    p = term(f"{base}place/{place.key}")
    out.add(p, RDF.type, SDO.AdministrativeArea)
    out.lit(p, SDO.name, place.name)
    out.lit(p, SDO.identifier, place.key)
    out.lit(p, TD.level, place.level)
    if place.within_key:
        out.add(p, SDO.containedInPlace, term(f"{base}place/{place.within_key}"))


def _organization(out: _Writer, organization: Organization, base: str) -> None:
    o = term(f"{base}org/{organization.key}")
    out.add(o, RDF.type, ORG.Organization)
    _org_labels(out, o, organization.name, (m.text for m in organization.mentions))
    out.lit(o, TD.kind, organization.kind)
    if organization.parent:
        out.add(o, ORG.subOrganizationOf, term(f"{base}org/{organization.parent}"))
    if organization.place:
        out.add(o, SDO.location, term(f"{base}place/{organization.place}"))


def _person(out: _Writer, person: Person, base: str, article, published: str | None,
            names: dict[str, str] | None = None) -> None:
    p = term(f"{base}person/{person.key}")
    out.add(p, RDF.type, SDO.Person)
    out.lit(p, SDO.name, person.name)
    out.add(article, SDO.mentions, p)
    for role in person.roles:
        role_node = term(f"{base}role/{slug(role.title) or 'thanh-vien'}")
        out.add(role_node, RDF.type, ORG.Role)
        out.lit(role_node, SKOS.prefLabel, role.title or "thành viên")
        org_key = role.organization_key or (slug(role.organization) if role.organization else None)
        membership = term(f"{base}membership/{person.key}/{org_key or '-'}/{slug(role.title) or 'thanh-vien'}")
        out.add(membership, RDF.type, ORG.Membership)
        out.add(membership, ORG.member, p)
        out.add(membership, ORG.role, role_node)
        out.add(membership, PROV.wasDerivedFrom, article)
        if published:
            out.lit(membership, TD.observedOn, published[:10], XSD.date)
        if org_key:
            org = term(f"{base}org/{org_key}")
            out.add(membership, ORG.organization, org)
            out.add(org, RDF.type, ORG.Organization)
            if role.organization:
                _org_labels(out, org, canonical_name(org_key, role.organization, names or {}), (role.organization,))
