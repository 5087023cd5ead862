"""The shared graphs: one description of each document, person, body, place, role, site and author.

Every article that names a shared node claims the same things about it (its type, canonical name, identifiers,
the unit it is in …, see ``loaders/triples.py``). Ingest merges the claims into the shared graphs as it loads
the article graphs, before their completion quads: a property that has one value (a name, a label, a level)
keeps the value it already has, the first ingested; a property with several (types, other names) gathers
them all. The same inputs therefore always give the same descriptions, and merging a claim twice changes
nothing, so an ingest interrupted and run again ends as an uninterrupted one.

A shared node that no article graph refers to any more (its articles were replaced) is removed, and so are
the nodes only it referred to (a body's parent, a place's province): ``collect_garbage``.
"""

from __future__ import annotations

from collections.abc import Iterable

from pyoxigraph import NamedNode

from ..loaders.triples import BODIES, CATALOGUE, PEOPLE, PLACES, ROLES, SHARED_GRAPHS, SOURCES, TYPES
from ..loaders.vocab import ELI, ORG, RDFS, SDO, SKOS, TD, term
from .store import GraphStore, is_article_graph

# Properties with one value per node: the first one merged stays.
SINGLE = {str(p) for p in (RDFS.label, SKOS.prefLabel, SDO.name, SDO.identifier, TD.key, TD.typeName, TD.system,
                           TD.number, TD.year, TD.partyTerm, TD.scope, TD.issuerName, TD.level, TD.kind,
                           ELI.id_local, ELI.type_document, ELI.passed_by, SDO.containedInPlace,
                           ORG.subOrganizationOf, SDO.location)}
_SINGLE_BYTES = {f"<{p}>".encode() for p in SINGLE}
# Where the shared node an IRI names is described, by the path segment after the base.
_KINDS = {"doc": CATALOGUE, "person": PEOPLE, "org": BODIES, "place": PLACES, "role": ROLES, "publisher": SOURCES,
          "author": SOURCES, "software": SOURCES}


class Merger:
    """Decides which claims of a batch of articles go into the shared graphs (one Merger per ingest run)."""

    def __init__(self, store: GraphStore, store_was_empty: bool):
        self.store = store
        self.lookups = not store_was_empty  # an empty store has nothing to look up
        self.seen: set[bytes] = set()  # claim lines already merged in this run
        self.valued: set[tuple[bytes, bytes]] = set()  # (subject, single-valued predicate) that have a value
        self.looked_up: set[bytes] = set()  # subjects whose stored description was read

    def accept(self, lines: Iterable[bytes]) -> list[bytes]:
        """The N-Quads lines (claims) to write: new ones, and no second value of a single-valued property."""
        fresh = [line for line in dict.fromkeys(lines) if line not in self.seen]
        if self.lookups:
            self._look_up({line.split(b" ", 1)[0] for line in fresh} - self.looked_up)
        kept = []
        for line in fresh:
            self.seen.add(line)
            subject, predicate, _ = line.split(b" ", 2)
            if predicate in _SINGLE_BYTES:
                if (subject, predicate) in self.valued:
                    continue
                self.valued.add((subject, predicate))
            kept.append(line)
        return kept

    def _look_up(self, subjects: set[bytes]) -> None:
        nodes = [NamedNode(s[1:-1].decode()) for s in subjects if s.startswith(b"<")]
        pairs = [(node, graph) for node in nodes if (graph := shared_graph_of(node.value)) is not None]
        for quad in self.store.descriptions(pairs):
            if quad.predicate.value in SINGLE:
                self.valued.add((f"<{quad.subject.value}>".encode(), f"<{quad.predicate.value}>".encode()))
        self.looked_up |= subjects


def shared_graph_of(iri: str) -> NamedNode | None:
    """The shared graph describing the node ``iri`` (a minted IRI), or None."""
    head, sep, rest = iri.rpartition("/id/")
    kind = rest.split("/", 1)[0] if sep else ""
    return _KINDS.get(kind)


def references(store: GraphStore, graph: str) -> set[NamedNode]:
    """The shared nodes an article graph refers to (before it is removed: candidates for ``collect_garbage``)."""
    found = set()
    for quad in store.quads_for_pattern(None, None, None, term(graph)):
        for node in (quad.subject, quad.object):
            if isinstance(node, NamedNode) and shared_graph_of(node.value) is not None:
                found.add(node)
    return found


def collect_garbage(store: GraphStore, candidates: Iterable[NamedNode]) -> int:
    """Remove the descriptions of ``candidates`` (people, bodies, places, roles, sites, authors) that nothing
    refers to any more, then of what only they referred to; returns how many nodes went. Documents are the
    catalogue's (``catalogue.refresh``)."""
    pending = {c for c in candidates if shared_graph_of(c.value) not in (None, CATALOGUE)}
    removed = 0
    while pending:
        node = pending.pop()
        graph = shared_graph_of(node.value)
        if _referred_to(store, node):
            continue
        description = list(store.quads_for_pattern(node, None, None, graph))
        if not description:
            continue
        store.delete(description)
        removed += 1
        pending |= {q.object for q in description if isinstance(q.object, NamedNode)
                    and shared_graph_of(q.object.value) not in (None, CATALOGUE)}
    return removed


def all_nodes(store: GraphStore) -> set[NamedNode]:
    """Every node described in the shared graphs but the catalogue and the type scheme."""
    return {q.subject for g in SHARED_GRAPHS if g not in (CATALOGUE, TYPES)
            for q in store.quads_for_pattern(None, None, None, g) if isinstance(q.subject, NamedNode)}


def _referred_to(store: GraphStore, node: NamedNode) -> bool:
    """True when an article graph, or another node's description, has ``node`` as an object."""
    for quad in store.quads_for_pattern(None, None, node, None):
        if is_article_graph(quad.graph_name) or quad.subject != node:
            return True
    return False
