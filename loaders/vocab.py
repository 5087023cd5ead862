"""The vocabularies trichdan writes, as terms: ``CITO.cites``, ``TD["implements"]`` give the term's IRI (a
plain string; :func:`term` makes the pyoxigraph node). The IRIs trichdan mints are made in :mod:`iris`.

No rdflib here: every command reads these, and importing rdflib costs a command 60 ms at start-up; the
modules that model with rdflib (validation, the SPARQL check) wrap the IRIs themselves.
"""

from __future__ import annotations

from . import namespaces
from .namespaces import term  # noqa: F401 -- re-exported: the one cached constructor of nodes


class Vocabulary:
    """A namespace whose attributes and items are its terms' IRIs; with ``names``, only those terms exist
    (a misspelt term of trichdan's own ontology fails at import, not in the data)."""

    def __init__(self, iri: str, names: tuple[str, ...] | None = None):
        self._iri, self.names = iri, names

    def __getattr__(self, name: str) -> str:
        if name.startswith("_") or (self.names is not None and name not in self.names):
            raise AttributeError(f"{name!r} is not a term of <{self._iri}>")
        return self._iri + name

    __getitem__ = __getattr__

    def __str__(self) -> str:
        return self._iri


# trichdan's own terms; every one is declared in ontology.ttl.
TD = Vocabulary(namespaces.TD, ("implements", "replaces", "issuerName", "key", "kind", "level", "number", "pinpoint",
                                "scope", "sourcePath", "system", "partyTerm", "textSha1", "typeName", "year", "zone"))
# The European Legislation Identifier ontology terms trichdan uses.
ELI = Vocabulary(namespaces.ELI, ("LegalResource", "date_document", "id_local", "passed_by", "title", "type_document",
                                  "based_on", "cites"))
CITO, OA, SDO, ORG, PROV = (Vocabulary(namespaces.__dict__[n]) for n in ("CITO", "OA", "SDO", "ORG", "PROV"))
RDF, RDFS, SKOS, XSD, DCTERMS = (Vocabulary(namespaces.__dict__[n]) for n in ("RDF", "RDFS", "SKOS", "XSD", "DCTERMS"))
PREFIXES = namespaces.PREFIXES

# How an article uses a document → the CiTO property of the typed citation edge.
RELATIONS = {
    "cites": CITO.cites,
    "citesAsAuthority": CITO.citesAsAuthority,
    "implements": TD.implements,
    "reviews": CITO.reviews,
    "updates": CITO.updates,
    "replaces": TD.replaces,
}
