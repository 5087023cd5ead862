"""Namespaces: rdflib is the modelling API, pyoxigraph terms carry the bulk data. The IRIs trichdan mints
are made in :mod:`iris`."""

from __future__ import annotations

from rdflib import Namespace, URIRef
from rdflib.namespace import DCTERMS, ORG, PROV, RDF, RDFS, SKOS, XSD, DefinedNamespace

from . import namespaces
from .namespaces import term  # re-exported: the one cached constructor of nodes


class TD(DefinedNamespace):
    """trichdan's own terms; every one is declared in ontology.ttl."""

    _NS = Namespace(namespaces.TD)
    _fail = True
    implements: URIRef
    replaces: URIRef
    issuerName: URIRef
    key: URIRef
    kind: URIRef
    level: URIRef
    number: URIRef
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

    _NS = Namespace(namespaces.ELI)
    _fail = True
    LegalResource: URIRef
    date_document: URIRef
    id_local: URIRef
    passed_by: URIRef
    title: URIRef
    type_document: URIRef
    based_on: URIRef
    cites: URIRef


CITO = Namespace(namespaces.CITO)
OA = Namespace(namespaces.OA)
SDO = Namespace(namespaces.SDO)
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

