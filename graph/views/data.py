"""What a view shows, read from the store: articles, their citations, people, posts, bodies and places.

Reads go through the store's quad indexes, one lookup per (subject, predicate[, graph]), like
``graph/catalogue.py``: the cost is linear in the articles of the view, never in the store. What an article
says (its citations, mentions, posts, place) is read inside its own graph; descriptions of shared nodes
(names of people, bodies and places, roles, publishers) from the shared graphs (any graph: the union),
documents from the catalogue graph.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

import pyoxigraph as ox

from ...loaders.iris import span_of
from ..catalogue import CATALOGUE
from ..display import relation_name
from ..store import GraphStore

_SDO, _CITO, _OA = "https://schema.org/", "http://purl.org/spar/cito/", "http://www.w3.org/ns/oa#"
_TD, _ELI, _ORG = "https://trichdan.example/ontology#", "http://data.europa.eu/eli/ontology#", "http://www.w3.org/ns/org#"
_SKOS, _RDFS = "http://www.w3.org/2004/02/skos/core#", "http://www.w3.org/2000/01/rdf-schema#"
_P = {name: ox.NamedNode(iri) for name, iri in {
    "type": "http://www.w3.org/1999/02/22-rdf-syntax-ns#type", "article": f"{_SDO}NewsArticle",
    "cites": f"{_CITO}cites", "cited": f"{_CITO}hasCitedEntity",
    "kind": f"{_CITO}hasCitationCharacterization", "target": f"{_OA}hasTarget",
    "path": f"{_TD}sourcePath",
    "headline": f"{_SDO}headline", "published": f"{_SDO}datePublished", "publisher": f"{_SDO}publisher",
    "url": f"{_SDO}url", "location": f"{_SDO}contentLocation", "mentions": f"{_SDO}mentions",
    "body": f"{_SDO}articleBody", "name": f"{_SDO}name", "within": f"{_SDO}containedInPlace",
    "level": f"{_TD}level", "orgkind": f"{_TD}kind", "pref": f"{_SKOS}prefLabel", "alt": f"{_SKOS}altLabel",
    "member": f"{_ORG}member", "role": f"{_ORG}role",
    "organization": f"{_ORG}organization", "suborg": f"{_ORG}subOrganizationOf", "orgplace": f"{_SDO}location",
    "person": f"{_SDO}Person", "org": f"{_ORG}Organization", "place": f"{_SDO}AdministrativeArea",
    "passed": f"{_ELI}passed_by", "based": f"{_ELI}based_on", "label": f"{_RDFS}label",
}.items()}
# Catalogue properties of a document, by the name a view uses.
_DOCUMENT_FIELDS = {f"{_RDFS}label": "label", f"{_TD}typeName": "type", f"{_TD}number": "number",
                    f"{_ELI}id_local": "symbol", f"{_ELI}date_document": "date", f"{_TD}year": "year",
                    f"{_TD}issuerName": "issuer", f"{_TD}scope": "scope", f"{_TD}partyTerm": "term",
                    f"{_ELI}title": "title", f"{_TD}key": "key", f"{_TD}system": "system"}
_ARTICLE_FIELDS = {f"{_TD}sourcePath": "file", f"{_SDO}headline": "title", f"{_SDO}datePublished": "published",
                   f"{_SDO}url": "url", f"{_SDO}contentLocation": "place", f"{_SDO}mentions": "mentions",
                   f"{_SDO}articleBody": "body", f"{_SDO}publisher": "publisher"}
_NODE_TYPES = {_P["person"].value, _P["place"].value, _P["org"].value}
# Citation kinds (the local name of the CiTO or td: property).
KINDS = ("citesAsAuthority", "implements", "reviews", "updates", "replaces", "cites")


@dataclass(slots=True)
class Citation:
    """One citation in an article: the document, how it is cited, where (offsets into the article text)."""

    document: str
    kind: str
    start: int | None = None
    end: int | None = None


@dataclass(slots=True)
class Post:
    person: str
    role: str
    organization: str | None


@dataclass(slots=True)
class Article:
    iri: str
    file: str
    title: str | None = None
    published: str | None = None
    site: str | None = None
    url: str | None = None
    place: str | None = None
    citations: list[Citation] = field(default_factory=list)
    people: list[str] = field(default_factory=list)
    organizations: list[str] = field(default_factory=list)
    places: list[str] = field(default_factory=list)
    posts: list[Post] = field(default_factory=list)


@dataclass(slots=True)
class Document:
    iri: str
    label: str
    fields: dict[str, str] = field(default_factory=dict)
    aliases: list[str] = field(default_factory=list)
    issuer: str | None = None  # the issuing organisation's IRI
    cited_in_store: int = 0


@dataclass(slots=True)
class Node:
    """A person, organisation or place: its name and what describes it."""

    iri: str
    kind: str  # person, organization, place
    name: str
    level: str | None = None  # places: tỉnh, huyện, xã …; organisations: their kind
    parent: str | None = None  # places: the unit they are in; organisations: the body they belong to
    place: str | None = None  # organisations: their locality


class Reader:
    """Index lookups on one store, with the shared descriptions it has read cached."""

    def __init__(self, store: GraphStore):
        self.store = store
        self._nodes: dict[str, Node | None] = {}
        self._labels: dict[tuple[str, str], str | None] = {}

    # -- primitives ---------------------------------------------------------------------------------
    def objects(self, subject: str, predicate: str, graph: str | None = None) -> Iterator[ox.Term]:
        g = ox.NamedNode(graph) if graph else None
        for quad in self.store.quads_for_pattern(ox.NamedNode(subject), _P[predicate], None, g):
            yield quad.object

    def first(self, subject: str, predicate: str, graph: str | None = None) -> str | None:
        return next((o.value for o in self.objects(subject, predicate, graph)), None)

    def label(self, subject: str, predicate: str) -> str | None:
        """A shared node's label from any graph (the union), cached."""
        key = (subject, predicate)
        if key not in self._labels:
            self._labels[key] = self.first(subject, predicate)
        return self._labels[key]

    # -- articles -----------------------------------------------------------------------------------
    def articles(self, documents: Iterable[str] | None = None) -> list[str]:
        """Article IRIs: every article of the store, or those citing one of ``documents``."""
        if documents is None:
            quads = self.store.quads_for_pattern(None, _P["type"], _P["article"], None)
        else:
            quads = (q for d in documents for q in self.store.quads_for_pattern(None, _P["cites"], ox.NamedNode(d), None))
        return list(dict.fromkeys(q.subject.value for q in quads if q.subject == q.graph_name))

    def published(self, article: str) -> str:
        return self.first(article, "published", article) or ""

    def article(self, iri: str) -> tuple[Article, str]:
        """What the article's graph says (metadata, citations with offsets, mentions, posts) and its text.

        One scan of the article's own triples and one index range for each of five properties of its
        citations and posts: a handful of index lookups an article, whatever the size of the store.
        """
        graph = ox.NamedNode(iri)
        a, body, publisher, mentions = _article_fields(iri, self.store.quads_for_pattern(graph, None, None, graph))
        a.site = self.label(publisher, "name") if publisher else None
        a.citations = _citations(self, graph)
        for mentioned in dict.fromkeys(mentions):
            described = self.node(mentioned)
            if described is not None:
                {"person": a.people, "organization": a.organizations, "place": a.places}[described.kind].append(mentioned)
        a.posts = _posts(self, graph)
        return a, body

    def _by_subject(self, predicate: str, graph: ox.NamedNode) -> dict[str, str]:
        """subject → object of every ``predicate`` triple in one graph (one index range)."""
        return {q.subject.value: q.object.value for q in self.store.quads_for_pattern(None, _P[predicate], None, graph)}

    # -- shared nodes -------------------------------------------------------------------------------
    def node(self, iri: str) -> Node | None:
        """A person, organisation or place, described from the union; None for anything else."""
        if iri not in self._nodes:
            self._nodes[iri] = _read_node(self, iri)
        return self._nodes[iri]

    def province(self, place: str | None) -> Node | None:
        """The top unit (province or city) a place is in, walking schema:containedInPlace."""
        node = self.node(place) if place else None
        for _ in range(4):
            if node is None or node.parent is None:
                return node
            parent = self.node(node.parent)
            if parent is None:
                return node
            node = parent
        return node

    # -- documents ----------------------------------------------------------------------------------
    def document(self, iri: str) -> Document:
        """A document's catalogue entry, its issuing body, and how many articles of the store cite it."""
        fields: dict[str, str] = {}
        aliases: list[str] = []
        for quad in self.store.quads_for_pattern(ox.NamedNode(iri), None, None, CATALOGUE):
            name = _DOCUMENT_FIELDS.get(quad.predicate.value)
            if name:
                fields[name] = quad.object.value
            elif quad.predicate == _P["alt"]:
                aliases.append(quad.object.value)
        label = fields.pop("label", None) or iri.rsplit("/doc/", 1)[-1]
        issuer = self.first(iri, "passed")
        cited = {q.graph_name.value for q in self.store.quads_for_pattern(None, _P["cites"], ox.NamedNode(iri), None)}
        return Document(iri, label, fields, sorted(aliases), issuer, len(cited))

    def based_on(self, document: str) -> tuple[Counter, Counter]:
        """(documents it is based on, documents based on it), each with the number of articles saying so."""
        d = ox.NamedNode(document)
        basis = Counter(q.object.value for q in self.store.quads_for_pattern(d, _P["based"], None, None) if q.graph_name != CATALOGUE)
        derived = Counter(q.subject.value for q in self.store.quads_for_pattern(None, _P["based"], d, None) if q.graph_name != CATALOGUE)
        return basis, derived

    def exists(self, document: str) -> bool:
        return next(iter(self.store.quads_for_pattern(ox.NamedNode(document), None, None, CATALOGUE)), None) is not None


def _article_fields(iri: str, quads: Iterable[ox.Quad]) -> tuple[Article, str, str | None, list[str]]:
    """From the article's own triples: its metadata, text, publisher and the nodes it mentions."""
    a, body, publisher, mentions = Article(iri, ""), "", None, []
    for quad in quads:
        name = _ARTICLE_FIELDS.get(quad.predicate.value)
        if name == "mentions":
            mentions.append(quad.object.value)
        elif name == "body":
            body = quad.object.value
        elif name == "publisher":
            publisher = quad.object.value
        elif name:
            setattr(a, name, quad.object.value)
    return a, body, publisher, mentions


def _citations(reader: Reader, graph: ox.NamedNode) -> list[Citation]:
    """The article's citations, in the order of the text (those without offsets last)."""
    kinds = reader._by_subject("kind", graph)
    citations = [_citation(reader, citation, document, kinds.get(citation), graph)
                 for citation, document in reader._by_subject("cited", graph).items()]
    return sorted(citations, key=lambda c: (c.start is None, c.start or 0, c.document))


def _posts(reader: Reader, graph: ox.NamedNode) -> list[Post]:
    """The posts the article reports: person, role, organisation."""
    roles, organizations = reader._by_subject("role", graph), reader._by_subject("organization", graph)
    return [Post(person, reader.label(roles[membership], "pref") or "", organizations.get(membership))
            for membership, person in reader._by_subject("member", graph).items() if membership in roles]


def _citation(reader: Reader, node: str, document: str, kind: str | None, graph: ox.NamedNode) -> Citation:
    """A citation: the document, the kind, and its offsets (from the IRI ``…/c/START-END`` the README
    documents, else from its target ``…#char=START,END``)."""
    name = relation_name(kind or "cites")
    citation = Citation(document, name if name in KINDS else "cites")
    span = span_of(node) or next((found for t in reader.objects(node, "target", graph.value) if (found := span_of(t.value))), None)
    if span:
        citation.start, citation.end = span
    return citation


def _read_node(reader: Reader, iri: str) -> Node | None:
    kind = next((o.value for o in reader.objects(iri, "type") if o.value in _NODE_TYPES), None)
    if kind == _P["person"].value:
        return Node(iri, "person", reader.first(iri, "name") or iri.rsplit("/", 1)[-1])
    if kind == _P["place"].value:
        return Node(iri, "place", reader.first(iri, "name") or iri.rsplit("/", 1)[-1], reader.first(iri, "level"),
                    reader.first(iri, "within"))
    if kind == _P["org"].value:
        return Node(iri, "organization", reader.label(iri, "pref") or iri.rsplit("/", 1)[-1],
                    reader.first(iri, "orgkind"), reader.first(iri, "suborg"), reader.first(iri, "orgplace"))
    return None
