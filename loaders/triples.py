"""Turn one article's extraction into RDF quads, all in the article's own named graph.

Re-ingesting an article replaces exactly this graph. Documents, people, organisations and places are
shared nodes: every article that mentions one repeats its descriptive triples in its own graph, so
removing an article never removes what other articles say.
"""

from __future__ import annotations

import hashlib
from datetime import datetime, timezone

from pyoxigraph import Literal, Quad

from .. import __version__
from .model import Document, Extraction, Organization, Person, Place
from .normalize import slug
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
    for doc in extraction.documents:
        _document(out, doc, base)
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
        _person(out, person, base, a, article.published)
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


def document_label(doc: Document) -> str:
    """"Quyết định 99-QĐ/TW", "Nghị quyết số 35", "Luật Thực hiện dân chủ ở cơ sở"."""
    if doc.symbol:
        return f"{doc.type} {doc.symbol}"
    if doc.number is not None:
        return f"{doc.type} số {doc.number}" + (f" ({doc.scope})" if doc.scope else "")
    if doc.title:
        return doc.title if doc.title.startswith(doc.type) else f"{doc.type} {doc.title}"
    return f"{doc.type} {doc.key.rsplit('/', 1)[-1]}"


def _document(out: _Writer, doc: Document, base: str) -> None:
    d = term(document_iri(doc.key, base))
    out.add(d, RDF.type, ELI.LegalResource)
    out.add(d, ELI.type_document, term(f"{base}type/{slug(doc.type)}"))
    out.lit(d, RDFS.label, document_label(doc))
    out.lit(d, TD.key, doc.key)
    out.lit(d, TD.typeName, doc.type)
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
        out.lit(d, TD.issuerName, doc.issuer)
        issuer = term(f"{base}org/{doc.issuer_key or slug(doc.issuer)}")
        out.add(d, ELI.passed_by, issuer)
        out.add(issuer, RDF.type, ORG.Organization)
        out.lit(issuer, SKOS.prefLabel, doc.issuer)


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
    out.lit(o, SKOS.prefLabel, organization.name)
    out.lit(o, TD.kind, organization.kind)
    if organization.parent:
        out.add(o, ORG.subOrganizationOf, term(f"{base}org/{organization.parent}"))
    if organization.place:
        out.add(o, SDO.location, term(f"{base}place/{organization.place}"))


def _person(out: _Writer, person: Person, base: str, article, published: str | None) -> None:
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
                out.lit(org, SKOS.prefLabel, role.organization)
