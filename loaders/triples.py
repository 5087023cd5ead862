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

Evidence is compact. A citation is a ``cito:Citation`` and an ``oa:Annotation`` whose target is the span
of the article's text it stands in, named by an IRI with an RFC 5147 fragment (``<article>#char=START,END``,
offsets into ``schema:articleBody``), which the Web Annotation model allows in place of a specific resource
with selectors: no blank node, and the quoted words are the text at those offsets. What the model only
recommends is left out: the body (the cited document is ``cito:hasCitedEntity``) and the motivation. A citation's ``td:zone`` is written when it is
not ``body``. A post (``org:Membership``) is its member, role and body; the article graph it is in is
where it was read, and its date is the article's. The article's IRI holds the SHA-1 of its text.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime, timezone

from pyoxigraph import Literal, NamedNode, Quad

from .. import __version__
from .iris import (activity_iri, agent_iri, article_iri, author_iri, base_iri, citation_iri, document_iri,
                   membership_iri, org_iri, person_iri, place_iri, publisher_iri, role_iri, text_sha1, text_span_iri,
                   type_iri)
from .model import Document, Extraction, Organization, Person, Place
from .locality import unit_place
from .vocab import CITO, ELI, OA, ORG, PROV, RDF, RDFS, RELATIONS, SDO, SKOS, TD, XSD, term



class V:
    """The vocabulary terms written here, as pyoxigraph nodes made once."""

    CITO_Citation = term(str(CITO.Citation))
    CITO_cites = term(str(CITO.cites))
    CITO_hasCitationCharacterization = term(str(CITO.hasCitationCharacterization))
    CITO_hasCitedEntity = term(str(CITO.hasCitedEntity))
    CITO_hasCitingEntity = term(str(CITO.hasCitingEntity))
    ELI_LegalResource = term(str(ELI.LegalResource))
    ELI_based_on = term(str(ELI.based_on))
    ELI_date_document = term(str(ELI.date_document))
    ELI_id_local = term(str(ELI.id_local))
    ELI_passed_by = term(str(ELI.passed_by))
    ELI_title = term(str(ELI.title))
    ELI_type_document = term(str(ELI.type_document))
    OA_Annotation = term(str(OA.Annotation))
    OA_hasTarget = term(str(OA.hasTarget))
    ORG_Organization = term(str(ORG.Organization))
    ORG_Role = term(str(ORG.Role))
    ORG_member = term(str(ORG.member))
    ORG_organization = term(str(ORG.organization))
    ORG_role = term(str(ORG.role))
    ORG_subOrganizationOf = term(str(ORG.subOrganizationOf))
    PROV_SoftwareAgent = term(str(PROV.SoftwareAgent))
    PROV_endedAtTime = term(str(PROV.endedAtTime))
    PROV_wasAssociatedWith = term(str(PROV.wasAssociatedWith))
    PROV_wasGeneratedBy = term(str(PROV.wasGeneratedBy))
    RDF_type = term(str(RDF.type))
    RDFS_label = term(str(RDFS.label))
    SDO_AdministrativeArea = term(str(SDO.AdministrativeArea))
    SDO_NewsArticle = term(str(SDO.NewsArticle))
    SDO_Organization = term(str(SDO.Organization))
    SDO_Person = term(str(SDO.Person))
    SDO_articleBody = term(str(SDO.articleBody))
    SDO_author = term(str(SDO.author))
    SDO_containedInPlace = term(str(SDO.containedInPlace))
    SDO_contentLocation = term(str(SDO.contentLocation))
    SDO_datePublished = term(str(SDO.datePublished))
    SDO_headline = term(str(SDO.headline))
    SDO_identifier = term(str(SDO.identifier))
    SDO_location = term(str(SDO.location))
    SDO_mentions = term(str(SDO.mentions))
    SDO_name = term(str(SDO.name))
    SDO_publisher = term(str(SDO.publisher))
    SDO_url = term(str(SDO.url))
    SKOS_altLabel = term(str(SKOS.altLabel))
    SKOS_prefLabel = term(str(SKOS.prefLabel))
    TD_issuerName = term(str(TD.issuerName))
    TD_key = term(str(TD.key))
    TD_kind = term(str(TD.kind))
    TD_level = term(str(TD.level))
    TD_number = term(str(TD.number))
    TD_partyTerm = term(str(TD.partyTerm))
    TD_pinpoint = term(str(TD.pinpoint))
    TD_scope = term(str(TD.scope))
    TD_sourcePath = term(str(TD.sourcePath))
    TD_system = term(str(TD.system))
    TD_typeName = term(str(TD.typeName))
    TD_year = term(str(TD.year))
    TD_zone = term(str(TD.zone))
    XSD_date = term(str(XSD.date))
    XSD_dateTime = term(str(XSD.dateTime))
    XSD_gYear = term(str(XSD.gYear))
    XSD_integer = term(str(XSD.integer))


# The shared graphs, by the kind of node they describe.
CATALOGUE = term(f"{TD}catalogue")  # documents: one merged description each
PEOPLE = term(f"{TD}people")  # officials the articles name
BODIES = term(f"{TD}bodies")  # Party, state and mass organisations
PLACES = term(f"{TD}places")  # administrative units
ROLES = term(f"{TD}roles")  # posts
SOURCES = term(f"{TD}sources")  # sites, authors and the software that extracted the articles
TYPES = term(f"{TD}types")  # the document-type scheme of ontology.ttl
SHARED_GRAPHS = (CATALOGUE, PEOPLE, BODIES, PLACES, ROLES, SOURCES, TYPES)

COMPLETION = V.PROV_wasAssociatedWith
_RELATIONS = {name: term(str(p)) for name, p in RELATIONS.items()}
_DESCRIBED_MAX = 100_000  # claims remembered per process


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
                   sha1: str | None = None, described: set | None = None) -> Graphs:
    """The article's graph and its shared claims (``sha1``: the text's SHA-1 when it is already known).

    ``described``: what earlier calls claimed (a set this function fills); a node claimed with the same
    values before is not claimed again, which spares a batch most of its repeated claims.
    """
    base = base_iri(base)
    article = extraction.article
    sha1 = sha1 or text_sha1(article.text)
    a_iri = article_iri(article.text, base, sha1=sha1)
    out = _Writer(a_iri, described)
    a = term(a_iri)
    out.add(a, V.RDF_type, V.SDO_NewsArticle)
    out.lit(a, V.TD_sourcePath, article.path)
    out.lit(a, V.SDO_articleBody, article.text)
    if article.title:
        out.lit(a, V.SDO_headline, article.title)
    if article.published:
        out.lit(a, V.SDO_datePublished, *_xsd_date(article.published))
    if article.url and article.url.startswith(("http://", "https://")):
        out.add(a, V.SDO_url, term(article.url))
    if article.source:
        publisher = term(publisher_iri(article.source, base))
        out.add(a, V.SDO_publisher, publisher)
        if out.new(("publisher", article.source)):
            out.share(SOURCES, publisher, V.RDF_type, V.SDO_Organization)
            out.share_lit(SOURCES, publisher, V.SDO_name, article.source)
    for author in article.authors:
        node = term(author_iri(author, base))
        out.add(a, V.SDO_author, node)
        if out.new(("author", author)):
            out.share(SOURCES, node, V.RDF_type, V.SDO_Person)
            out.share_lit(SOURCES, node, V.SDO_name, author)
    _provenance(out, a, base, when)
    for doc in extraction.documents:
        _document(out, doc, base)
    for document, basis in extraction.based_on:
        out.add(term(document_iri(document, base)), V.ELI_based_on, term(document_iri(basis, base)))
    for citation in extraction.citations:
        doc = term(document_iri(citation.document, base))
        relation = _RELATIONS.get(citation.relation, V.CITO_cites)
        out.add(a, V.CITO_cites, doc)
        out.add(a, relation, doc)
        c_iri = citation_iri(a_iri, citation.start, citation.end)
        c = term(c_iri)
        out.add(c, V.RDF_type, V.CITO_Citation)
        out.add(c, V.RDF_type, V.OA_Annotation)
        out.add(c, V.CITO_hasCitingEntity, a)
        out.add(c, V.CITO_hasCitedEntity, doc)
        out.add(c, V.CITO_hasCitationCharacterization, relation)
        out.add(c, V.OA_hasTarget, term(text_span_iri(a_iri, citation.start, citation.end)))
        if citation.zone != "body":
            out.lit(c, V.TD_zone, citation.zone)
        if citation.pinpoint:
            out.lit(c, V.TD_pinpoint, citation.pinpoint)
    for place in extraction.places:
        _place(out, place, base)
        out.add(a, V.SDO_mentions, term(place_iri(place.key, base)))
    if extraction.main_place:
        if extraction.main_place not in {place.key for place in extraction.places} \
                and (unnamed := unit_place(extraction.main_place)):
            _place(out, unnamed, base)  # a district known only from its site or its communes is described too
        out.add(a, V.SDO_contentLocation, term(place_iri(extraction.main_place, base)))
    for organization in extraction.organizations:
        _organization(out, organization, base)
        out.add(a, V.SDO_mentions, term(org_iri(organization.key, base)))
    for person in extraction.people:
        _person(out, person, base, a)
    return Graphs(a_iri, _unique(out.quads), out.completion, _unique(out.shared))


def _xsd_date(value: str) -> tuple[str, str]:
    """"2022-12-27T11:42" → a valid xsd:dateTime ("…T11:42:00"); "2022-12-27" → xsd:date."""
    if "T" not in value:
        return value[:10], V.XSD_date
    return (value + ":00" if len(value) == 16 else value), V.XSD_dateTime


def _unique(quads: list[Quad]) -> list[Quad]:
    return list(dict.fromkeys(quads))


class _Writer:
    """Collects quads: the article's graph, its completion quad, and claims in the shared graphs."""

    def __init__(self, graph: str, described: set | None = None):
        self.graph = term(graph)
        self.described = described
        self.quads: list[Quad] = []
        self.completion: list[Quad] = []
        self.shared: list[Quad] = []

    def new(self, key: tuple) -> bool:
        """True when the claims ``key`` stands for are to be written (not written by an earlier call)."""
        if self.described is None:
            return True
        if key in self.described:
            return False
        if len(self.described) >= _DESCRIBED_MAX:  # bounded memory: forget, at worst claims come again
            self.described.clear()
        self.described.add(key)
        return True

    def add(self, s, p: NamedNode, o) -> None:
        self.quads.append(Quad(s, p, o, self.graph))

    def lit(self, s, p: NamedNode, value, datatype: NamedNode | None = None) -> None:
        self.quads.append(Quad(s, p, _literal(value, datatype), self.graph))

    def share(self, graph: NamedNode, s, p: NamedNode, o) -> None:
        self.shared.append(Quad(s, p, o, graph))

    def share_lit(self, graph: NamedNode, s, p: NamedNode, value, datatype: NamedNode | None = None) -> None:
        self.shared.append(Quad(s, p, _literal(value, datatype), graph))


def _literal(value, datatype: NamedNode | None = None) -> Literal:
    return Literal(str(value), datatype=datatype) if datatype else Literal(str(value))


def _provenance(out: _Writer, a, base: str, when: datetime | None) -> None:
    """The extraction activity; its ``prov:wasAssociatedWith`` quad, written last, marks the graph finished."""
    activity = term(activity_iri(a.value))
    agent = term(agent_iri(base))
    out.add(a, V.PROV_wasGeneratedBy, activity)
    if when is not None:
        out.lit(activity, V.PROV_endedAtTime, when.astimezone(timezone.utc).isoformat(timespec="seconds"), V.XSD_dateTime)
    out.completion.append(Quad(activity, COMPLETION, agent, out.graph))
    if out.new(("agent", base)):
        out.share(SOURCES, agent, V.RDF_type, V.PROV_SoftwareAgent)
        out.share_lit(SOURCES, agent, V.RDFS_label, f"trichdan {__version__}")


def _document(out: _Writer, doc: Document, base: str) -> None:
    """What the article says of the document (its date and subject) in its graph; the rest is shared."""
    d = term(document_iri(doc.key, base))
    if doc.date:
        out.lit(d, V.ELI_date_document, doc.date, V.XSD_date)
    if doc.title:
        out.lit(d, V.ELI_title, doc.title)
    if not out.new(("doc", doc.key, doc.label, doc.type, doc.system, doc.number, doc.symbol, doc.year, doc.term,
                    doc.scope, tuple(doc.aliases), doc.issuer, doc.issuer_name, doc.issuer_key)):
        return
    out.share(CATALOGUE, d, V.RDF_type, V.ELI_LegalResource)
    out.share(CATALOGUE, d, V.ELI_type_document, term(type_iri(doc.type, base)))
    out.share_lit(CATALOGUE, d, V.RDFS_label, doc.label)
    out.share_lit(CATALOGUE, d, V.TD_key, doc.key)
    out.share_lit(CATALOGUE, d, V.TD_typeName, doc.type)
    if doc.system in ("party", "state"):  # unknown ("-" in the key): not stated
        out.share_lit(CATALOGUE, d, V.TD_system, doc.system)
    if doc.number is not None:
        out.share_lit(CATALOGUE, d, V.TD_number, doc.number, V.XSD_integer)
    if doc.symbol:
        out.share_lit(CATALOGUE, d, V.ELI_id_local, doc.symbol)
    if doc.year:
        out.share_lit(CATALOGUE, d, V.TD_year, doc.year, V.XSD_gYear)
    if doc.term:
        out.share_lit(CATALOGUE, d, V.TD_partyTerm, doc.term)
    if doc.scope:
        out.share_lit(CATALOGUE, d, V.TD_scope, doc.scope)
    for alias in doc.aliases:
        out.share_lit(CATALOGUE, d, V.SKOS_altLabel, alias)
    if doc.issuer:
        out.share_lit(CATALOGUE, d, V.TD_issuerName, doc.issuer_name)
        issuer = term(org_iri(doc.issuer_key, base))
        out.share(CATALOGUE, d, V.ELI_passed_by, issuer)
        out.share(BODIES, issuer, V.RDF_type, V.ORG_Organization)
        _org_labels(out, issuer, doc.issuer_name, (doc.issuer,))


def _org_labels(out: _Writer, node, name: str, surfaces: Iterable[str]) -> None:
    """One skos:prefLabel (the canonical ``name``), the other wordings as skos:altLabel."""
    out.share_lit(BODIES, node, V.SKOS_prefLabel, name)
    for surface in dict.fromkeys(" ".join(s.split()) for s in surfaces):
        if surface and surface != name:
            out.share_lit(BODIES, node, V.SKOS_altLabel, surface)


def _place(out: _Writer, place: Place, base: str) -> None:
    if not out.new(("place", place.key, place.name, place.level, place.within_key)):
        return
    p = term(place_iri(place.key, base))
    out.share(PLACES, p, V.RDF_type, V.SDO_AdministrativeArea)
    out.share_lit(PLACES, p, V.SDO_name, place.name)
    out.share_lit(PLACES, p, V.SDO_identifier, place.key)
    out.share_lit(PLACES, p, V.TD_level, place.level)
    if place.within_key:
        out.share(PLACES, p, V.SDO_containedInPlace, term(place_iri(place.within_key, base)))


def _organization(out: _Writer, organization: Organization, base: str) -> None:
    if not out.new(("org", organization.key, organization.name, tuple(m.text for m in organization.mentions),
                    organization.kind, organization.parent, organization.place)):
        return
    o = term(org_iri(organization.key, base))
    out.share(BODIES, o, V.RDF_type, V.ORG_Organization)
    _org_labels(out, o, organization.name, (m.text for m in organization.mentions))
    out.share_lit(BODIES, o, V.TD_kind, organization.kind)
    if organization.parent:
        out.share(BODIES, o, V.ORG_subOrganizationOf, term(org_iri(organization.parent, base)))
    if organization.place:
        out.share(BODIES, o, V.SDO_location, term(place_iri(organization.place, base)))


def _person(out: _Writer, person: Person, base: str, article) -> None:
    """The person (shared), the article's mention of them and the posts it reports (in its graph)."""
    p = term(person_iri(person.key, base))
    if out.new(("person", person.key, person.name)):
        out.share(PEOPLE, p, V.RDF_type, V.SDO_Person)
        out.share_lit(PEOPLE, p, V.SDO_name, person.name)
    out.add(article, V.SDO_mentions, p)
    for role in person.roles:
        role_node = term(role_iri(role.title, base))
        if out.new(("role", role.title)):
            out.share(ROLES, role_node, V.RDF_type, V.ORG_Role)
            out.share_lit(ROLES, role_node, V.SKOS_prefLabel, role.title or "thành viên")
        membership = term(membership_iri(person.key, role.organization_key, role.title, base))
        out.add(membership, V.ORG_member, p)
        out.add(membership, V.ORG_role, role_node)
        if role.organization_key:
            org = term(org_iri(role.organization_key, base))
            out.add(membership, V.ORG_organization, org)
            if out.new(("org", role.organization_key, role.organization)):
                out.share(BODIES, org, V.RDF_type, V.ORG_Organization)
                _org_labels(out, org, role.organization, (role.organization,))
