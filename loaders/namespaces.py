"""The namespaces of the vocabularies trichdan writes, as plain IRI strings; :mod:`vocab` names their terms."""

from __future__ import annotations

from functools import lru_cache

from pyoxigraph import NamedNode

TD = "https://trichdan.example/ontology#"
ELI = "http://data.europa.eu/eli/ontology#"
CITO = "http://purl.org/spar/cito/"
OA = "http://www.w3.org/ns/oa#"
SDO = "https://schema.org/"
ORG = "http://www.w3.org/ns/org#"
PROV = "http://www.w3.org/ns/prov#"
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
SKOS = "http://www.w3.org/2004/02/skos/core#"
XSD = "http://www.w3.org/2001/XMLSchema#"
DCTERMS = "http://purl.org/dc/terms/"

PREFIXES = {"td": TD, "eli": ELI, "cito": CITO, "oa": OA, "schema": SDO, "org": ORG, "prov": PROV, "rdf": RDF,
            "rdfs": RDFS, "skos": SKOS, "xsd": XSD, "dcterms": DCTERMS}


@lru_cache(maxsize=4096)
def term(iri: str) -> NamedNode:
    """The pyoxigraph node for an IRI (vocabulary terms are reused, so cached)."""
    return NamedNode(iri)
