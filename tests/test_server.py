"""The SPARQL endpoint over real HTTP on an ephemeral localhost port: formats, POST, read-only, timeout, CORS."""

from __future__ import annotations

import csv
import json
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pyoxigraph as ox
import pytest
from conftest import GOLD_SETS

from trichdan.graph.ingest import ingest
from trichdan.graph.query_workers import negotiate
from trichdan.graph.server import SparqlServer
from trichdan.graph.store import Store
from trichdan.loaders.batch import Settings

COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
# The README's "Linked data" examples, each checked against the seeds store below.
README_EXAMPLES = {
    "articles_citing_x": """\
PREFIX td: <https://trichdan.example/ontology#>
PREFIX cito: <http://purl.org/spar/cito/>
PREFIX eli: <http://data.europa.eu/eli/ontology#>
PREFIX schema: <https://schema.org/>
PREFIX oa: <http://www.w3.org/ns/oa#>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
# Which articles cite Pháp lệnh 34/2007/PL-UBTVQH11, how, and with which words?
SELECT ?article ?headline ?published ?kind ?quote WHERE {
  GRAPH td:catalogue { ?doc eli:id_local "34/2007/PL-UBTVQH11" }
  GRAPH ?article {
    ?citation cito:hasCitedEntity ?doc ; cito:hasCitingEntity ?article ;
              cito:hasCitationCharacterization ?kind ;
              oa:hasTarget ?target .
    ?article schema:articleBody ?body .
    OPTIONAL { ?article schema:headline ?headline }
    OPTIONAL { ?article schema:datePublished ?published }
  }
  # the target is <article#char=START,END>: the quoted words are the text there
  BIND (STRAFTER(STR(?target), "#char=") AS ?span)
  BIND (xsd:integer(STRBEFORE(?span, ",")) AS ?start)
  BIND (SUBSTR(?body, ?start + 1, xsd:integer(STRAFTER(?span, ",")) - ?start) AS ?quote)
}
ORDER BY DESC(?published)
""",
    "cocited_with_x": """\
PREFIX td: <https://trichdan.example/ontology#>
PREFIX cito: <http://purl.org/spar/cito/>
PREFIX eli: <http://data.europa.eu/eli/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
# Which documents are cited together with Nghị quyết 02-NQ/TU of the Hà Tĩnh Party Committee?
SELECT ?other ?name ?articles WHERE {
  { SELECT ?other (COUNT(?article) AS ?articles) WHERE {
      GRAPH td:catalogue { ?doc eli:id_local "02-NQ/TU" ; td:scope "Hà Tĩnh" }
      GRAPH ?article { ?article cito:cites ?doc , ?other . FILTER (?other != ?doc) }
    }
    GROUP BY ?other }
  GRAPH td:catalogue { ?other rdfs:label ?name }
}
ORDER BY DESC(?articles) ?name
""",
    "localities_implementing_x": """\
PREFIX td: <https://trichdan.example/ontology#>
PREFIX eli: <http://data.europa.eu/eli/ontology#>
PREFIX schema: <https://schema.org/>
# Which localities implement Pháp lệnh 34/2007/PL-UBTVQH11 (articles reporting its implementation, by place)?
SELECT ?place (SAMPLE(?n) AS ?name) (SAMPLE(?l) AS ?level) (SAMPLE(?p) AS ?province)
       (COUNT(DISTINCT ?article) AS ?articles) WHERE {
  GRAPH td:catalogue { ?doc eli:id_local "34/2007/PL-UBTVQH11" }
  GRAPH ?article { ?article td:implements ?doc ; schema:contentLocation ?place }
  GRAPH td:places {
    ?place schema:name ?n ; td:level ?l .
    OPTIONAL { ?place schema:containedInPlace/schema:name ?p }
  }
}
GROUP BY ?place
ORDER BY DESC(?articles) ?name
""",
    "officials_about_x": """\
PREFIX td: <https://trichdan.example/ontology#>
PREFIX cito: <http://purl.org/spar/cito/>
PREFIX eli: <http://data.europa.eu/eli/ontology#>
PREFIX org: <http://www.w3.org/ns/org#>
PREFIX schema: <https://schema.org/>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
# Which officials appear in articles about Nghị quyết 02-NQ/TU (Hà Tĩnh), with the posts reported there?
SELECT DISTINCT ?person ?name ?post ?organisation ?article WHERE {
  GRAPH td:catalogue { ?doc eli:id_local "02-NQ/TU" ; td:scope "Hà Tĩnh" }
  GRAPH ?article {
    ?article cito:cites ?doc .
    ?membership org:member ?person ; org:role ?role .
    OPTIONAL { ?membership org:organization ?body }
  }
  GRAPH td:people { ?person schema:name ?name }
  GRAPH td:roles { ?role skos:prefLabel ?post }
  OPTIONAL { GRAPH td:bodies { ?body skos:prefLabel ?organisation } }
}
ORDER BY ?name
""",
    "most_cited_in_period": """\
PREFIX td: <https://trichdan.example/ontology#>
PREFIX cito: <http://purl.org/spar/cito/>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX schema: <https://schema.org/>
# The most cited documents in articles published in 2022–2024.
SELECT ?doc ?name ?articles WHERE {
  { SELECT ?doc (COUNT(?article) AS ?articles) WHERE {
      GRAPH ?article { ?article cito:cites ?doc ; schema:datePublished ?published }
      FILTER (SUBSTR(STR(?published), 1, 10) >= "2022-01-01" && SUBSTR(STR(?published), 1, 10) <= "2024-12-31")
    }
    GROUP BY ?doc ORDER BY DESC(?articles) LIMIT 20 }
  GRAPH td:catalogue { ?doc rdfs:label ?name }
}
ORDER BY DESC(?articles) ?name
""",
}


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    store = Store(str(tmp_path_factory.mktemp("server") / "store"))
    ingest(store, [str(GOLD_SETS[0] / "articles")], Settings(json=False, rdf=True), workers=1)
    with _running(store, timeout=1.0) as running:
        yield running


class _running:
    """A SparqlServer on 127.0.0.1 and an ephemeral port, in a thread, for the duration of a with block."""

    def __init__(self, store: Store, timeout: float):
        self.server = SparqlServer(store, "127.0.0.1", 0, timeout, quiet=True)

    def __enter__(self) -> SparqlServer:
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        return self.server

    def __exit__(self, *_) -> None:
        self.server.shutdown()
        self.server.server_close()


def _request(url: str, data: bytes | None = None, headers: dict | None = None, method: str | None = None):
    request = urllib.request.Request(url, data=data, headers=headers or {}, method=method)
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, response.headers, response.read()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.headers, exc.read()


def _get(server: SparqlServer, query: str, accept: str | None = None):
    url = server.url + "?" + urllib.parse.urlencode({"query": query})
    return _request(url, headers={"Accept": accept} if accept else {})


def test_bound_to_localhost(server):
    assert server.server_address[0] == "127.0.0.1"


def test_select_json_is_the_default(server):
    status, headers, body = _get(server, COUNT)
    assert status == 200 and headers["Content-Type"].startswith("application/sparql-results+json")
    assert headers["Access-Control-Allow-Origin"] == "*"
    assert int(json.loads(body)["results"]["bindings"][0]["n"]["value"]) == len(server.store)


@pytest.mark.parametrize("accept,media", [("text/csv", "text/csv"), ("text/tab-separated-values", "text/tab-separated-values"),
                                          ("application/sparql-results+xml", "application/sparql-results+xml"),
                                          ("text/html,*/*;q=0.8", "application/sparql-results+json")])
def test_content_negotiation(server, accept, media):
    status, headers, body = _get(server, COUNT, accept)
    assert status == 200 and headers["Content-Type"].split(";")[0] == media
    if media == "text/csv":
        assert list(csv.reader(body.decode().splitlines())) == [["n"], [str(len(server.store))]]


def test_ask(server):
    status, _, body = _get(server, "ASK { ?a a schema:NewsArticle }")
    assert status == 200 and json.loads(body)["boolean"] is True


def test_construct_turtle_and_ntriples(server):
    query = "CONSTRUCT { ?d rdfs:label ?l } WHERE { ?d a eli:LegalResource ; rdfs:label ?l }"
    for accept, fmt in (("text/turtle", ox.RdfFormat.TURTLE), ("application/n-triples", ox.RdfFormat.N_TRIPLES)):
        status, headers, body = _get(server, query, accept)
        assert status == 200 and headers["Content-Type"].startswith(accept)
        assert len(list(ox.parse(body, format=fmt))) > 10


def test_post_form_and_query_body(server):
    form = urllib.parse.urlencode({"query": COUNT}).encode()
    status, _, body = _request(server.url, form, {"Content-Type": "application/x-www-form-urlencoded"})
    assert status == 200 and json.loads(body)["results"]["bindings"]
    status, _, body = _request(server.url, COUNT.encode(), {"Content-Type": "application/sparql-query", "Accept": "text/csv"})
    assert status == 200 and body.decode().splitlines()[1] == str(len(server.store))


def test_updates_are_refused(server):
    update = "INSERT DATA { <urn:a> <urn:b> <urn:c> }"
    status, _, _ = _request(server.url, urllib.parse.urlencode({"update": update}).encode(),
                            {"Content-Type": "application/x-www-form-urlencoded"})
    assert status == 405
    assert _request(server.url, update.encode(), {"Content-Type": "application/sparql-update"})[0] == 405
    assert _get(server, update)[0] == 400
    assert _get(server, "ASK { <urn:a> <urn:b> <urn:c> }")[2].find(b"false") > 0


def test_errors(server):
    assert _get(server, "SELECT WHERE {")[0] == 400
    assert _get(server, COUNT, "text/turtle")[0] == 406
    assert _request(server.url.replace("/sparql", "/nowhere"))[0] == 404


def test_cors_preflight_service_description_and_context(server):
    status, headers, _ = _request(server.url, method="OPTIONS")
    assert status == 204 and "POST" in headers["Access-Control-Allow-Methods"]
    status, headers, body = _request(server.url)
    assert status == 200 and b"sd:Service" in body
    status, headers, body = _request(server.url.replace("/sparql", "/context.jsonld"))
    assert status == 200 and "@context" in json.loads(body)


def test_timeout_gives_503(server):
    started = time.monotonic()
    status, _, body = _get(server, "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }")
    assert status == 503 and b"timed out" in body
    assert time.monotonic() - started < 5
    assert _get(server, COUNT)[0] == 200  # the slot was given back


def test_negotiate():
    offers = {"a/json": 1, "text/csv": 2}
    assert negotiate(None, offers) == "a/json"
    assert negotiate("text/csv;q=0.5, a/json;q=0.9", offers) == "a/json"
    assert negotiate("text/*", offers) == "text/csv"
    assert negotiate("image/png", offers) is None


@pytest.fixture(scope="module")
def seeds_server(tmp_path_factory, shared):
    store = Store(str(tmp_path_factory.mktemp("seeds") / "store"))
    ingest(store, [str(shared / "seeds")], Settings(json=False, rdf=True), workers=1)
    with _running(store, timeout=10.0) as running:
        yield running


@pytest.mark.shared
@pytest.mark.parametrize("name", list(README_EXAMPLES))
def test_readme_examples_on_the_seeds(name, seeds_server):
    status, _, body = _get(seeds_server, README_EXAMPLES[name])
    assert status == 200
    assert json.loads(body)["results"]["bindings"], name


@pytest.mark.parametrize("name", list(README_EXAMPLES))
def test_readme_shows_the_tested_examples(name):
    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text("utf-8")
    assert README_EXAMPLES[name] in readme, f"README.md lacks the tested SPARQL example {name}"
