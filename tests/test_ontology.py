"""ontology.ttl: parses, labels and comments in Vietnamese and English, declares every term the data uses."""

from __future__ import annotations

import pyoxigraph as ox
import pytest
import rdflib
from rdflib.namespace import OWL, RDF, RDFS, SKOS

from trichdan.graph.ingest import ingest
from trichdan.graph.store import Store
from trichdan.loaders.batch import Settings
from trichdan.loaders.lexicon import TYPES
from trichdan.loaders.normalize import slug
from trichdan.loaders.iris import DEFAULT_BASE
from trichdan.loaders.vocab import CITO, ELI, RELATIONS, TD

from conftest import EXAMPLES, ROOT, SHARED

KINDS = (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty, OWL.NamedIndividual)


@pytest.fixture(scope="module")
def ontology() -> rdflib.Graph:
    return rdflib.Graph().parse(ROOT / "ontology.ttl")


@pytest.fixture(scope="module")
def declared(ontology) -> set[str]:
    return {str(s) for s in ontology.subjects(RDF.type, None) if isinstance(s, rdflib.URIRef)}


def _languages(graph: rdflib.Graph, node, predicate) -> set[str]:
    return {o.language for o in graph.objects(node, predicate) if isinstance(o, rdflib.Literal)}


def test_parses_in_rdflib_and_oxigraph(ontology):
    assert (None, RDF.type, OWL.Ontology) in ontology
    assert len(list(ox.parse(path=str(ROOT / "ontology.ttl")))) == len(ontology)


def test_every_declared_term_has_vietnamese_and_english_labels_and_comments(ontology):
    terms = {s for kind in KINDS for s in ontology.subjects(RDF.type, kind) if isinstance(s, rdflib.URIRef)}
    assert len(terms) > 80
    for term in terms:
        assert {"vi", "en"} <= _languages(ontology, term, RDFS.label), term
        assert {"vi", "en"} <= _languages(ontology, term, RDFS.comment), term


def test_own_terms_and_eli_terms_are_declared(declared, ontology):
    for namespace in (TD, ELI):
        for name in namespace.names:
            assert namespace[name] in declared, name
    for name in TD.names:
        term = rdflib.URIRef(TD[name])
        assert (term, RDFS.domain, None) in ontology and (term, RDFS.range, None) in ontology, name
    with pytest.raises(AttributeError):
        TD.implementz  # noqa: B018 -- a misspelt own term fails where it is written


def test_citation_kinds(declared, ontology):
    assert {str(p) for p in RELATIONS.values()} <= declared
    iri = rdflib.URIRef
    assert (iri(TD.implements), RDFS.subPropertyOf, iri(CITO.cites)) in ontology
    assert (iri(TD.replaces), RDFS.subPropertyOf, iri(CITO.updates)) in ontology
    for kind in (CITO.citesAsAuthority, CITO.reviews, CITO.updates):
        assert (iri(kind), RDFS.subPropertyOf, iri(CITO.cites)) in ontology


def test_document_type_scheme_has_every_type_word(ontology):
    scheme = rdflib.URIRef(DEFAULT_BASE + "type")
    assert (scheme, RDF.type, SKOS.ConceptScheme) in ontology
    for doctype in TYPES:
        concept = rdflib.URIRef(f"{DEFAULT_BASE}type/{slug(doctype.word)}")
        assert (concept, RDF.type, SKOS.Concept) in ontology, doctype.word
        assert (concept, SKOS.inScheme, scheme) in ontology
        assert rdflib.Literal(doctype.word, lang="vi") in set(ontology.objects(concept, SKOS.prefLabel))
        assert "en" in _languages(ontology, concept, SKOS.prefLabel)
    assert len(set(ontology.subjects(RDF.type, SKOS.Concept))) == len(TYPES)


@pytest.mark.parametrize("corpus", [pytest.param("seeds", marks=pytest.mark.shared), "examples"])
def test_data_uses_only_declared_terms(corpus, declared, tmp_path):
    folder = SHARED / "seeds" if corpus == "seeds" else EXAMPLES
    store = Store(str(tmp_path / "store"))
    report = ingest(store, [str(folder)], Settings(json=False, rdf=True), workers=1)
    assert report.added > 0 and report.failed == 0
    predicates = {q.predicate.value for q in store.quads()}
    classes = {q.object.value for q in store.quads() if q.predicate.value == str(RDF.type)}
    assert predicates - declared - {str(RDF.type)} == set()
    assert classes - declared == set()


def test_citation_targets_are_text_spans_and_prov_at_location_is_gone(declared, ontology):
    target = rdflib.URIRef("http://www.w3.org/ns/oa#hasTarget")
    assert any("#char=START,END" in comment for comment in ontology.objects(target, RDFS.comment))
    assert {f"http://www.w3.org/ns/oa#{n}" for n in ("SpecificResource", "hasSelector", "exact", "start")} & declared == set()
    assert "http://www.w3.org/ns/prov#atLocation" not in declared  # the source file is td:sourcePath
