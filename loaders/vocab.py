"""Namespaces: rdflib is the modelling API, pyoxigraph terms carry the bulk data. The IRIs trichdan mints
are made in :mod:`iris`."""

from __future__ import annotations

from functools import lru_cache

from pyoxigraph import NamedNode
from rdflib import Namespace, URIRef
from rdflib.namespace import DCTERMS, ORG, PROV, RDF, RDFS, SKOS, XSD, DefinedNamespace


class TD(DefinedNamespace):
    """trichdan's own terms; every one is declared in ontology.ttl."""

    _NS = Namespace("https://trichdan.example/ontology#")
    _fail = True
    implements: URIRef
    replaces: URIRef
    issuerName: URIRef
    key: URIRef
    kind: URIRef
    level: URIRef
    number: URIRef
    observedOn: URIRef
    pinpoint: URIRef
    scope: URIRef
    sourcePath: URIRef
    system: URIRef
    partyTerm: URIRef
    textSha1: URIRef
    typeName: URIRef
    year: URIRef
    zone: URIRef


class ELI(DefinedNamespace):
    """The European Legislation Identifier ontology terms trichdan uses."""

    _NS = Namespace("http://data.europa.eu/eli/ontology#")
    _fail = True
    LegalResource: URIRef
    date_document: URIRef
    id_local: URIRef
    passed_by: URIRef
    title: URIRef
    type_document: URIRef
    based_on: URIRef
    cites: URIRef


CITO = Namespace("http://purl.org/spar/cito/")
OA = Namespace("http://www.w3.org/ns/oa#")
SDO = Namespace("https://schema.org/")
PREFIXES = {"td": TD._NS, "eli": ELI._NS, "cito": CITO, "oa": OA, "schema": SDO, "org": ORG, "prov": PROV,
            "rdf": RDF, "rdfs": RDFS, "skos": SKOS, "xsd": XSD, "dcterms": DCTERMS}

# How an article uses a document → the CiTO property of the typed citation edge.
RELATIONS = {
    "cites": CITO.cites,
    "citesAsAuthority": CITO.citesAsAuthority,
    "implements": TD.implements,
    "reviews": CITO.reviews,
    "updates": CITO.updates,
    "replaces": TD.replaces,
}


@lru_cache(maxsize=4096)
def term(iri: str) -> NamedNode:
    """The pyoxigraph node for an IRI (vocabulary terms are reused, so cached)."""
    return NamedNode(iri)
