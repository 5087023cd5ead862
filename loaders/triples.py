"""Turn one article's extraction into RDF quads, all in the article's own named graph.

Re-ingesting an article replaces exactly this graph. Documents, people, organisations and places are
shared nodes: every article that mentions one repeats its descriptive triples in its own graph, so
removing an article never removes what other articles say. Because the store is the union of these
graphs, a shared node's display label must not depend on how one article words it: an organisation's
``skos:prefLabel`` is its canonical name (the name whose slug is its key), a document's ``rdfs:label``
is computed from its canonical key; the article's own wordings go to ``skos:altLabel``.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, timezone

from pyoxigraph import Literal, Quad

from .. import __version__
from .iris import (activity_iri, agent_iri, article_iri, author_iri, base_iri, citation_iri, document_iri,
                   membership_iri, org_iri, person_iri, place_iri, publisher_iri, role_iri, text_sha1, type_iri)
from .model import Document, Extraction, Organization, Person, Place
from .vocab import CITO, ELI, OA, ORG, PROV, RDF, RDFS, RELATIONS, SDO, SKOS, TD, XSD, term

_CONTEXT = 32  # characters of prefix and suffix kept with each quote


def to_quads(extraction: Extraction, base: str | None = None, *, when: datetime | None = None) -> list[Quad]:
    """Every quad for ``extraction`` in the graph named by the article IRI."""
    base = base_iri(base)
    article = extraction.article
    sha1 = text_sha1(article.text)
    a_iri = article_iri(article.text, base, sha1=sha1)
    out = _Writer(a_iri)
    a = term(a_iri)
    out.add(a, RDF.type, SDO.NewsArticle)
    out.lit(a, TD.sourcePath, article.path)
    out.lit(a, SDO.articleBody, article.text)
    out.lit(a, TD.textSha1, sha1)
    if article.title:
        out.lit(a, SDO.headline, article.title)
    if article.published:
        out.lit(a, SDO.datePublished, *_xsd_date(article.published))
    if article.url:
        out.add(a, SDO.url, term(article.url)) if article.url.startswith(("http://", "https://")) else None
    if article.source:
        publisher = term(publisher_iri(article.source, base))
        out.add(a, SDO.publisher, publisher)
        out.add(publisher, RDF.type, SDO.Organization)
        out.lit(publisher, SDO.name, article.source)
    for author in article.authors:
        node = term(author_iri(author, base))
        out.add(a, SDO.author, node)
        out.add(node, RDF.type, SDO.Person)
        out.lit(node, SDO.name, author)
    _provenance(out, a, article.path, base, when)
    for doc in extraction.documents:
        _document(out, doc, base)
    for document, basis in extraction.based_on:
        out.add(term(document_iri(document, base)), ELI.based_on, term(document_iri(basis, base)))
    for index, citation in enumerate(extraction.citations):
        doc = term(document_iri(citation.document, base))
        out.add(a, CITO.cites, doc)
        relation = RELATIONS.get(citation.relation, CITO.cites)
        out.add(a, relation, doc)
        c, target, quote, position = (term(citation_iri(a_iri, citation.start, citation.end, part))
                                      for part in (None, "target", "quote", "position"))
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
        out.add(a, SDO.mentions, term(place_iri(place.key, base)))
    if extraction.main_place:
        out.add(a, SDO.contentLocation, term(place_iri(extraction.main_place, base)))
    for organization in extraction.organizations:
        _organization(out, organization, base)
        out.add(a, SDO.mentions, term(org_iri(organization.key, base)))
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
    activity = term(activity_iri(a.value))
    agent = term(agent_iri(base))
    out.add(activity, RDF.type, PROV.Activity)
    out.add(activity, PROV.generated, a)
    out.add(a, PROV.wasGeneratedBy, activity)
    out.add(activity, PROV.wasAssociatedWith, agent)
    out.add(agent, RDF.type, PROV.SoftwareAgent)
    out.lit(agent, RDFS.label, f"trichdan {__version__}")
    out.lit(activity, TD.sourcePath, path)
    if when is not None:
        out.lit(activity, PROV.endedAtTime, when.astimezone(timezone.utc).isoformat(timespec="seconds"), XSD.dateTime)


def _document(out: _Writer, doc: Document, base: str) -> None:
    d = term(document_iri(doc.key, base))
    out.add(d, RDF.type, ELI.LegalResource)
    out.add(d, ELI.type_document, term(type_iri(doc.type, base)))
    out.lit(d, RDFS.label, doc.label)
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
        out.lit(d, TD.issuerName, doc.issuer_name)
        issuer = term(org_iri(doc.issuer_key, base))
        out.add(d, ELI.passed_by, issuer)
        out.add(issuer, RDF.type, ORG.Organization)
        _org_labels(out, issuer, doc.issuer_name, (doc.issuer,))


def _org_labels(out: _Writer, node, name: str, surfaces: Iterable[str]) -> None:
    """One skos:prefLabel (the canonical ``name``), the other wordings as skos:altLabel."""
    out.lit(node, SKOS.prefLabel, name)
    for surface in dict.fromkeys(" ".join(s.split()) for s in surfaces):
        if surface and surface != name:
            out.lit(node, SKOS.altLabel, surface)


def _place(out: _Writer, place: Place, base: str) -> None:
    p = term(place_iri(place.key, base))
    out.add(p, RDF.type, SDO.AdministrativeArea)
    out.lit(p, SDO.name, place.name)
    out.lit(p, SDO.identifier, place.key)
    out.lit(p, TD.level, place.level)
    if place.within_key:
        out.add(p, SDO.containedInPlace, term(place_iri(place.within_key, base)))


def _organization(out: _Writer, organization: Organization, base: str) -> None:
    o = term(org_iri(organization.key, base))
    out.add(o, RDF.type, ORG.Organization)
    _org_labels(out, o, organization.name, (m.text for m in organization.mentions))
    out.lit(o, TD.kind, organization.kind)
    if organization.parent:
        out.add(o, ORG.subOrganizationOf, term(org_iri(organization.parent, base)))
    if organization.place:
        out.add(o, SDO.location, term(place_iri(organization.place, base)))


def _person(out: _Writer, person: Person, base: str, article, published: str | None) -> None:
    p = term(person_iri(person.key, base))
    out.add(p, RDF.type, SDO.Person)
    out.lit(p, SDO.name, person.name)
    out.add(article, SDO.mentions, p)
    for role in person.roles:
        role_node = term(role_iri(role.title, base))
        out.add(role_node, RDF.type, ORG.Role)
        out.lit(role_node, SKOS.prefLabel, role.title or "thành viên")
        membership = term(membership_iri(person.key, role.organization_key, role.title, base))
        out.add(membership, RDF.type, ORG.Membership)
        out.add(membership, ORG.member, p)
        out.add(membership, ORG.role, role_node)
        out.add(membership, PROV.wasDerivedFrom, article)
        if published:
            out.lit(membership, TD.observedOn, published[:10], XSD.date)
        if role.organization_key:
            org = term(org_iri(role.organization_key, base))
            out.add(membership, ORG.organization, org)
            out.add(org, RDF.type, ORG.Organization)
            _org_labels(out, org, role.organization, (role.organization,))
