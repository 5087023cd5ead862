"""Namespaces and IRI minting. rdflib is the modelling API; pyoxigraph terms carry the bulk data.

IRI scheme under one configurable base (default ``https://trichdan.example/id/``, set with ``--base``
or ``TRICHDAN_BASE``); every local part is ASCII letters, digits, ``-``, ``.`` and ``/``:

=============  ==========================================  =======================================
node           IRI                                          from
=============  ==========================================  =======================================
document       ``doc/dang/tw/quyet-dinh/xii/99``            canonical document key (``keys``)
article        ``article/<sha1 of text, 20 hex>``           the normalised article text
citation       ``article/<hash>/c/<start>-<end>``           article and character offsets
person         ``person/ha-tinh/ngo-van-huynh``             province + name
organisation   ``org/ban-dan-van-tinh-uy-ha-tinh``          canonical name
place          ``place/42``, ``place/425/xa-tan-hoi``       GSO code; a commune not in the gazetteer:
                                                            the unit it is in, level and name
role, type     ``role/pho-truong-ban``, ``type/nghi-quyet``  the Vietnamese word
=============  ==========================================  =======================================
"""

from __future__ import annotations

import os
from functools import lru_cache

from pyoxigraph import NamedNode
from rdflib import Namespace, URIRef
from rdflib.namespace import DCTERMS, ORG, PROV, RDF, RDFS, SKOS, XSD, DefinedNamespace

DEFAULT_BASE = "https://trichdan.example/id/"


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


def base_iri(base: str | None = None) -> str:
    """The data namespace: ``base``, else ``TRICHDAN_BASE``, else the default; always ends with / or #."""
    value = base or os.environ.get("TRICHDAN_BASE") or DEFAULT_BASE
    return value if value.endswith(("/", "#")) else value + "/"


@lru_cache(maxsize=4096)
def term(iri: str) -> NamedNode:
    """The pyoxigraph node for an IRI (vocabulary terms are reused, so cached)."""
    return NamedNode(iri)


def sparql_prefixes() -> str:
    """PREFIX lines for every namespace above, for queries written by hand."""
    return "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in PREFIXES.items())
