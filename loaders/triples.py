"""Turn one article's extraction into RDF: its own named graph, and its claims about shared nodes.

The article's graph (named by the article IRI) holds only what the article says: its metadata and text,
its citations with their evidence, what it says of the documents it cites (the date and subject it gives
them, which articles word differently), the links it states between documents, its mentions, the posts it
reports and how it was extracted. Re-ingesting an article replaces exactly this graph.

Documents, people, bodies, places, roles, sites, authors and the software are shared nodes, described once
in shared graphs (:data:`SHARED_GRAPHS`): every article that names one produces the same *claims* about it
(its type, canonical name or label, identifiers, the unit it is in …), which the store merges into the one
description (``graph/shared.py``). Their display labels never depend on how one article words them: an
organisation's ``skos:prefLabel`` is its canonical name, a document's ``rdfs:label`` is computed from its
canonical key; the article's own wordings of a body go to ``skos:altLabel``.

Evidence is compact. A citation is a ``cito:Citation`` and an ``oa:Annotation`` whose target is one
specific resource (the article, ``oa:hasSource``) with one selector, both blank nodes; the selector is a
``oa:TextQuoteSelector`` (the exact words) and a ``oa:TextPositionSelector`` (their offsets into
``schema:articleBody``) at once. What the Web Annotation model only recommends is left out: the body (the
cited document is ``cito:hasCitedEntity``), the motivation, the specific resource's type and the words
around the quote (they are in the text at the offsets). A citation's ``td:zone`` is written when it is
not ``body``. A post (``org:Membership``) is its member, role and body; the article graph it is in is
where it was read, and its date is the article's. The article's IRI holds the SHA-1 of its text.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime, timezone

from pyoxigraph import BlankNode, Literal, NamedNode, Quad

from .. import __version__
from .iris import (activity_iri, agent_iri, article_iri, author_iri, base_iri, citation_iri, document_iri,
                   membership_iri, org_iri, person_iri, place_iri, publisher_iri, role_iri, text_sha1, type_iri)
from .model import Document, Extraction, Organization, Person, Place
from .vocab import CITO, ELI, OA, ORG, PROV, RDF, RDFS, RELATIONS, SDO, SKOS, TD, XSD, term

# The shared graphs, by the kind of node they describe.
CATALOGUE = term(f"{TD._NS}catalogue")  # documents: one merged description each
PEOPLE = term(f"{TD._NS}people")  # officials the articles name
BODIES = term(f"{TD._NS}bodies")  # Party, state and mass organisations
PLACES = term(f"{TD._NS}places")  # administrative units
ROLES = term(f"{TD._NS}roles")  # posts
SOURCES = term(f"{TD._NS}sources")  # sites, authors and the software that extracted the articles
TYPES = term(f"{TD._NS}types")  # the document-type scheme of ontology.ttl
SHARED_GRAPHS = (CATALOGUE, PEOPLE, BODIES, PLACES, ROLES, SOURCES, TYPES)

COMPLETION = term(str(PROV.wasAssociatedWith))  # the quad a store writes last: the graph is finished


@dataclass(slots=True)
class Graphs:
    """One article's quads: its graph (without the completion quad), the completion quad, the shared claims."""

    graph: str
    article: list[Quad] = field(default_factory=list)
    completion: list[Quad] = field(default_factory=list)
    shared: list[Quad] = field(default_factory=list)


def to_quads(extraction: Extraction, base: str | None = None, *, when: datetime | None = None) -> list[Quad]:
    """Every quad for ``extraction``: its graph, the completion quad and its claims about shared nodes."""
    graphs = article_graphs(extraction, base, when=when)
    return graphs.article + graphs.completion + graphs.shared


def article_graphs(extraction: Extraction, base: str | None = None, *, when: datetime | None = None,
                   sha1: str | None = None) -> Graphs:
    """The article's graph and its shared claims (``sha1``: the text's SHA-1 when it is already known)."""
    base = base_iri(base)
    article = extraction.article
    sha1 = sha1 or text_sha1(article.text)
    a_iri = article_iri(article.text, base, sha1=sha1)
    out = _Writer(a_iri)
    a = term(a_iri)
    out.add(a, RDF.type, SDO.NewsArticle)
    out.lit(a, TD.sourcePath, article.path)
    out.lit(a, SDO.articleBody, article.text)
    if article.title:
        out.lit(a, SDO.headline, article.title)
    if article.published:
        out.lit(a, SDO.datePublished, *_xsd_date(article.published))
    if article.url and article.url.startswith(("http://", "https://")):
        out.add(a, SDO.url, term(article.url))
    if article.source:
        publisher = term(publisher_iri(article.source, base))
        out.add(a, SDO.publisher, publisher)
        out.share(SOURCES, publisher, RDF.type, SDO.Organization)
        out.share_lit(SOURCES, publisher, SDO.name, article.source)
    for author in article.authors:
        node = term(author_iri(author, base))
        out.add(a, SDO.author, node)
        out.share(SOURCES, node, RDF.type, SDO.Person)
        out.share_lit(SOURCES, node, SDO.name, author)
    _provenance(out, a, base, when)
    for doc in extraction.documents:
        _document(out, doc, base)
    for document, basis in extraction.based_on:
        out.add(term(document_iri(document, base)), ELI.based_on, term(document_iri(basis, base)))
    for citation in extraction.citations:
        doc = term(document_iri(citation.document, base))
        relation = RELATIONS.get(citation.relation, CITO.cites)
        out.add(a, CITO.cites, doc)
        out.add(a, relation, doc)
        c_iri = citation_iri(a_iri, citation.start, citation.end)
        c, target, selector = term(c_iri), _blank(c_iri, "target"), _blank(c_iri, "selector")
        out.add(c, RDF.type, CITO.Citation)
        out.add(c, RDF.type, OA.Annotation)
        out.add(c, CITO.hasCitingEntity, a)
        out.add(c, CITO.hasCitedEntity, doc)
        out.add(c, CITO.hasCitationCharacterization, relation)
        out.add(c, OA.hasTarget, target)
        out.add(target, OA.hasSource, a)
        out.add(target, OA.hasSelector, selector)
        out.add(selector, RDF.type, OA.TextQuoteSelector)
        out.add(selector, RDF.type, OA.TextPositionSelector)
        out.lit(selector, OA.exact, citation.text)
        out.lit(selector, OA.start, citation.start, XSD.nonNegativeInteger)
        out.lit(selector, OA.end, citation.end, XSD.nonNegativeInteger)
        if citation.zone != "body":
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
        _person(out, person, base, a)
    return Graphs(a_iri, _unique(out.quads), out.completion, _unique(out.shared))


def _xsd_date(value: str) -> tuple[str, str]:
    """"2022-12-27T11:42" → a valid xsd:dateTime ("…T11:42:00"); "2022-12-27" → xsd:date."""
    if "T" not in value:
        return value[:10], XSD.date
    return (value + ":00" if len(value) == 16 else value), XSD.dateTime


def _blank(citation: str, part: str) -> BlankNode:
    """A blank node for a part of a citation's evidence, with a label the same input always gives."""
    return BlankNode(hashlib.blake2b(f"{citation}#{part}".encode(), digest_size=16).hexdigest())


def _unique(quads: list[Quad]) -> list[Quad]:
    return list(dict.fromkeys(quads))


class _Writer:
    """Collects quads: the article's graph, its completion quad, and claims in the shared graphs."""

    def __init__(self, graph: str):
        self.graph = term(graph)
        self.quads: list[Quad] = []
        self.completion: list[Quad] = []
        self.shared: list[Quad] = []

    def add(self, s, p, o) -> None:
        self.quads.append(Quad(s, term(str(p)), _node(o), self.graph))

    def lit(self, s, p, value, datatype=None) -> None:
        self.quads.append(Quad(s, term(str(p)), _literal(value, datatype), self.graph))

    def share(self, graph: NamedNode, s, p, o) -> None:
        self.shared.append(Quad(s, term(str(p)), _node(o), graph))

    def share_lit(self, graph: NamedNode, s, p, value, datatype=None) -> None:
        self.shared.append(Quad(s, term(str(p)), _literal(value, datatype), graph))


def _node(o):
    return o if hasattr(o, "value") else term(str(o))


def _literal(value, datatype=None) -> Literal:
    return Literal(str(value), datatype=term(str(datatype))) if datatype else Literal(str(value))


def _provenance(out: _Writer, a, base: str, when: datetime | None) -> None:
    """The extraction activity; its ``prov:wasAssociatedWith`` quad, written last, marks the graph finished."""
    activity = term(activity_iri(a.value))
    agent = term(agent_iri(base))
    out.add(a, PROV.wasGeneratedBy, activity)
    if when is not None:
        out.lit(activity, PROV.endedAtTime, when.astimezone(timezone.utc).isoformat(timespec="seconds"), XSD.dateTime)
    out.completion.append(Quad(activity, COMPLETION, agent, out.graph))
    out.share(SOURCES, agent, RDF.type, PROV.SoftwareAgent)
    out.share_lit(SOURCES, agent, RDFS.label, f"trichdan {__version__}")


def _document(out: _Writer, doc: Document, base: str) -> None:
    """What the article says of the document (its date and subject) in its graph; the rest is shared."""
    d = term(document_iri(doc.key, base))
    if doc.date:
        out.lit(d, ELI.date_document, doc.date, XSD.date)
    if doc.title:
        out.lit(d, ELI.title, doc.title)
    out.share(CATALOGUE, d, RDF.type, ELI.LegalResource)
    out.share(CATALOGUE, d, ELI.type_document, term(type_iri(doc.type, base)))
    out.share_lit(CATALOGUE, d, RDFS.label, doc.label)
    out.share_lit(CATALOGUE, d, TD.key, doc.key)
    out.share_lit(CATALOGUE, d, TD.typeName, doc.type)
    if doc.system in ("party", "state"):  # unknown ("-" in the key): not stated
        out.share_lit(CATALOGUE, d, TD.system, doc.system)
    if doc.number is not None:
        out.share_lit(CATALOGUE, d, TD.number, doc.number, XSD.integer)
    if doc.symbol:
        out.share_lit(CATALOGUE, d, ELI.id_local, doc.symbol)
    if doc.year:
        out.share_lit(CATALOGUE, d, TD.year, doc.year, XSD.gYear)
    if doc.term:
        out.share_lit(CATALOGUE, d, TD.partyTerm, doc.term)
    if doc.scope:
        out.share_lit(CATALOGUE, d, TD.scope, doc.scope)
    for alias in doc.aliases:
        out.share_lit(CATALOGUE, d, SKOS.altLabel, alias)
    if doc.issuer:
        out.share_lit(CATALOGUE, d, TD.issuerName, doc.issuer_name)
        issuer = term(org_iri(doc.issuer_key, base))
        out.share(CATALOGUE, d, ELI.passed_by, issuer)
        out.share(BODIES, issuer, RDF.type, ORG.Organization)
        _org_labels(out, issuer, doc.issuer_name, (doc.issuer,))


def _org_labels(out: _Writer, node, name: str, surfaces: Iterable[str]) -> None:
    """One skos:prefLabel (the canonical ``name``), the other wordings as skos:altLabel."""
    out.share_lit(BODIES, node, SKOS.prefLabel, name)
    for surface in dict.fromkeys(" ".join(s.split()) for s in surfaces):
        if surface and surface != name:
            out.share_lit(BODIES, node, SKOS.altLabel, surface)


def _place(out: _Writer, place: Place, base: str) -> None:
    p = term(place_iri(place.key, base))
    out.share(PLACES, p, RDF.type, SDO.AdministrativeArea)
    out.share_lit(PLACES, p, SDO.name, place.name)
    out.share_lit(PLACES, p, SDO.identifier, place.key)
    out.share_lit(PLACES, p, TD.level, place.level)
    if place.within_key:
        out.share(PLACES, p, SDO.containedInPlace, term(place_iri(place.within_key, base)))


def _organization(out: _Writer, organization: Organization, base: str) -> None:
    o = term(org_iri(organization.key, base))
    out.share(BODIES, o, RDF.type, ORG.Organization)
    _org_labels(out, o, organization.name, (m.text for m in organization.mentions))
    out.share_lit(BODIES, o, TD.kind, organization.kind)
    if organization.parent:
        out.share(BODIES, o, ORG.subOrganizationOf, term(org_iri(organization.parent, base)))
    if organization.place:
        out.share(BODIES, o, SDO.location, term(place_iri(organization.place, base)))


def _person(out: _Writer, person: Person, base: str, article) -> None:
    """The person (shared), the article's mention of them and the posts it reports (in its graph)."""
    p = term(person_iri(person.key, base))
    out.share(PEOPLE, p, RDF.type, SDO.Person)
    out.share_lit(PEOPLE, p, SDO.name, person.name)
    out.add(article, SDO.mentions, p)
    for role in person.roles:
        role_node = term(role_iri(role.title, base))
        out.share(ROLES, role_node, RDF.type, ORG.Role)
        out.share_lit(ROLES, role_node, SKOS.prefLabel, role.title or "thành viên")
        membership = term(membership_iri(person.key, role.organization_key, role.title, base))
        out.add(membership, ORG.member, p)
        out.add(membership, ORG.role, role_node)
        if role.organization_key:
            org = term(org_iri(role.organization_key, base))
            out.add(membership, ORG.organization, org)
            out.share(BODIES, org, RDF.type, ORG.Organization)
            _org_labels(out, org, role.organization, (role.organization,))
