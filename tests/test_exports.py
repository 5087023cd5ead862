"""Exports: every RDF format loads back with the same counts; networks open in networkx; CSV edge lists."""

from __future__ import annotations

import csv
import json

import networkx as nx
import pyoxigraph as ox
import pytest
import rdflib
from conftest import GOLD_SETS
from typer.testing import CliRunner

from trichdan.cli import UserError, app
from trichdan.graph.exports import context
from trichdan.graph.ingest import ingest
from trichdan.graph.store import Store
from trichdan.loaders.batch import Settings

RDF_FORMATS = {"ttl": (ox.RdfFormat.TURTLE, "turtle"), "nt": (ox.RdfFormat.N_TRIPLES, "nt"),
               "nq": (ox.RdfFormat.N_QUADS, "nquads"), "trig": (ox.RdfFormat.TRIG, "trig"),
               "jsonld": (ox.RdfFormat.JSON_LD, "json-ld")}


@pytest.fixture(scope="module")
def store(tmp_path_factory) -> Store:
    db = Store(str(tmp_path_factory.mktemp("exports") / "store"))
    ingest(db, [str(GOLD_SETS[0] / "articles")], Settings(json=False, rdf=True), workers=1)
    return db


def _export(store: Store, tmp_path, *options: str) -> bytes:
    out = tmp_path / "out"
    result = CliRunner().invoke(app, ["export", "--store", store.path, "-o", str(out), *options])
    assert result.exit_code == 0, result.output
    return out.read_bytes()


def _distinct_triples(store: Store) -> int:
    return int(next(iter(store.query("SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o WHERE { ?s ?p ?o } }")))["n"].value)


@pytest.mark.parametrize("fmt", list(RDF_FORMATS))
def test_rdf_round_trip(fmt, store, tmp_path):
    data = _export(store, tmp_path, "-f", fmt)
    ox_format, rdflib_format = RDF_FORMATS[fmt]
    expected = len(store) if ox_format.supports_datasets else _distinct_triples(store)
    assert len(list(ox.parse(data, format=ox_format))) == expected
    dataset = rdflib.Dataset()
    dataset.parse(data=data, format=rdflib_format)
    assert sum(len(g) for g in dataset.graphs()) == expected


def test_jsonld_is_compacted_with_the_published_context(store, tmp_path):
    document = json.loads(_export(store, tmp_path, "-f", "jsonld"))
    assert document["@context"] == context()
    keys = {k for graph in document["@graph"] for node in graph["@graph"] for k in node}
    assert all(":" not in k for k in keys), "every predicate in the data has a term in the context"
    assert {"articleBody", "cites", "hasTarget", "hasCitationCharacterization"} <= keys
    linked = json.loads(_export(store, tmp_path, "-f", "jsonld", "--context-url", "https://trichdan.example/id/context.jsonld"))
    assert linked["@context"] == "https://trichdan.example/id/context.jsonld"


def _nodes(store: Store, sparql: str) -> set[str]:
    return {row["n"].value for row in store.query(sparql)}


@pytest.mark.parametrize("fmt,reader", [("gexf", nx.read_gexf), ("graphml", nx.read_graphml)])
def test_networks_open_in_networkx(fmt, reader, store, tmp_path):
    articles = _nodes(store, "SELECT DISTINCT ?n WHERE { ?n a schema:NewsArticle }")
    documents = _nodes(store, "SELECT DISTINCT ?n WHERE { ?n a eli:LegalResource }")
    people = _nodes(store, "SELECT DISTINCT ?n WHERE { ?m org:member ?n }")
    organisations = _nodes(store, "SELECT DISTINCT ?n WHERE { ?m org:organization ?n }")
    expected = {"citation": articles | documents, "cocitation": documents, "people": people | organisations}
    for name, nodes in expected.items():
        (tmp_path / name).mkdir()
        graph = reader(_write(store, tmp_path / name, fmt, name))
        assert set(graph.nodes) == nodes, name
        assert graph.number_of_edges() > 0
        assert all(data.get("label") and data.get("kind") for _, data in graph.nodes(data=True))
    citation = reader(tmp_path / "citation" / "out")
    assert all(source in articles and target in documents for source, target in citation.edges)


def _write(store: Store, folder, fmt: str, name: str):
    out = folder / "out"
    result = CliRunner().invoke(app, ["export", "--store", store.path, "-f", fmt, "--graph", name, "-o", str(out)])
    assert result.exit_code == 0, result.output
    return out


def test_csv_edge_list(store, tmp_path):
    rows = list(csv.reader(_export(store, tmp_path, "-f", "csv", "--graph", "cocitation").decode().splitlines()))
    assert rows[0] == ["source", "target", "source_label", "target_label", "weight"]
    assert len(rows) > 1 and all(int(r[4]) >= 1 for r in rows[1:])


def test_option_mistakes_are_user_errors(store):
    for options in (["-f", "ttl", "--graph", "people"], ["-f", "nq", "--context-url", "https://x.example/c"]):
        result = CliRunner().invoke(app, ["export", "--store", store.path, *options])
        assert isinstance(result.exception, UserError)
