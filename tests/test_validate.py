"""SHACL validation: clean on the seeds and the examples; broken graphs give the violations they should."""

from __future__ import annotations

import pyoxigraph as ox
import pytest
from conftest import EXAMPLES, GOLD_SETS, SHARED
from typer.testing import CliRunner

from trichdan.cli import app
from trichdan.graph.ingest import ingest
from trichdan.graph.store import Store
from trichdan.graph.validate import validate
from trichdan.loaders.batch import Settings

RDFS_LABEL = ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label")
OA_TARGET = ox.NamedNode("http://www.w3.org/ns/oa#hasTarget")
SCHEMA_NAME = ox.NamedNode("https://schema.org/name")
ORG_MEMBER = ox.NamedNode("http://www.w3.org/ns/org#member")
ELI_CITES = ox.NamedNode("http://data.europa.eu/eli/ontology#cites")
ELI_DOCUMENT = ox.NamedNode("http://data.europa.eu/eli/ontology#LegalResource")
RDF_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")


def _store(path, *sources) -> Store:
    store = Store(str(path))
    report = ingest(store, [str(s) for s in sources], Settings(json=False, rdf=True), workers=1)
    assert report.added > 0 and report.failed == 0
    return store


@pytest.mark.parametrize("corpus", [pytest.param("seeds", marks=pytest.mark.shared), "examples"])
def test_clean(corpus, tmp_path):
    folder = SHARED / "seeds" if corpus == "seeds" else EXAMPLES
    report = validate(_store(tmp_path / "store", folder))
    assert report.graphs > 0
    assert report.violations == []


@pytest.fixture()
def broken(tmp_path) -> tuple[Store, dict]:
    """One article with a citation past the end of its text, a document without a label, a nameless official, eli:cites from an article."""
    article = sorted((GOLD_SETS[0] / "articles").glob("*.txt"))[0]
    store = _store(tmp_path / "store", article)
    db = store.db
    quote = next(iter(db.quads_for_pattern(None, OA_TARGET, None, None)))
    db.remove(quote)
    db.add(ox.Quad(quote.subject, OA_TARGET, ox.NamedNode(f"{quote.graph_name.value}#char=0,9999999"), quote.graph_name))
    document = next(iter(db.quads_for_pattern(None, RDF_TYPE, ELI_DOCUMENT, None))).subject
    label = next(iter(db.quads_for_pattern(document, RDFS_LABEL, None, None)))
    for q in list(db.quads_for_pattern(label.subject, RDFS_LABEL, None, None)):
        db.remove(q)
    member = next(iter(db.quads_for_pattern(None, ORG_MEMBER, None, None))).object
    for q in list(db.quads_for_pattern(member, SCHEMA_NAME, None, None)):
        db.remove(q)
    graph = quote.graph_name
    db.add(ox.Quad(graph, ELI_CITES, label.subject, graph))
    db.add(ox.Quad(graph, ox.NamedNode("https://trichdan.example/ontology#madeUp"), ox.Literal("x"), graph))
    return store, {"quote": quote.subject.value, "document": label.subject.value, "person": member.value,
                   "article": graph.value}


def test_broken_graph_gives_violations(broken):
    store, nodes = broken
    found = {(v.focus, v.path) for v in validate(store).violations}
    messages = " ".join(v.message for v in validate(store).violations)
    assert any(focus.startswith(nodes["article"] + "/c/") and path == "" for focus, path in found)
    assert "is not a span of the citing article's text" in messages
    assert (nodes["document"], "rdfs:label") in found
    assert (nodes["person"], "schema:name") in found
    assert (nodes["article"], "") in found  # eli:cites from a non-document
    assert ("https://trichdan.example/ontology#madeUp", "property") in found


def test_cli_exit_codes(broken, tmp_path):
    store, _ = broken
    result = CliRunner().invoke(app, ["validate", "--store", store.path])
    assert result.exit_code == 1
    lines = [line for line in result.stdout.splitlines() if line.startswith("Violation\t")]
    assert len(lines) >= 5
    clean = _store(tmp_path / "clean", sorted((GOLD_SETS[0] / "articles").glob("*.txt"))[0])
    assert CliRunner().invoke(app, ["validate", "--store", clean.path]).exit_code == 0
