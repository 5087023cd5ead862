"""``trichdan rank`` and ``trichdan communities``: networkx over edge lists read with SPARQL.

* documents: PageRank over articles → documents (``citation_edges.rq``) and documents → the documents
  they are based on (``based_on_edges.rq``), so a document gains from the articles citing it and from
  the documents issued on its basis; in-degree is the number of citing articles.
* officials and bodies: PageRank and degree over people — bodies (posts, ``membership_edges.rq``) and
  bodies — their parent bodies (``body_parents.rq``): a body is central when many officials and bodies
  hang from it, an official when they hold posts in central bodies; ``articles`` counts the articles
  reporting a post of the official, or in the body.
* communities: Louvain communities (seeded, so the same store gives the same answer) of the co-citation
  graph (``cocitation_edges.rq``: documents linked by the number of articles citing both).
"""

from __future__ import annotations

from collections import Counter, defaultdict

import networkx as nx

from .. import queries
from ..store import GraphStore
from .common import Reader

KINDS = ("documents", "officials", "bodies")
RANK_COLUMNS = ["kind", "rank", "name", "score", "degree", "articles"]
COMMUNITY_COLUMNS = ["community", "documents", "articles", "members"]


def citation_graph(store: GraphStore) -> tuple[nx.DiGraph, Counter]:
    """Articles → documents and documents → their bases; with the number of citing articles per document."""
    graph = nx.DiGraph()
    citing: Counter = Counter()
    for row in queries.run(store, "citation_edges"):
        graph.add_edge(row["article"], row["doc"], weight=1.0)
        citing[row["doc"]] += 1
    for row in queries.run(store, "based_on_edges"):
        graph.add_edge(row["doc"], row["basis"], weight=float(row["articles"]))
    return graph, citing


def people_graph(store: GraphStore) -> tuple[nx.Graph, Counter, set[str]]:
    """People — bodies (weight: articles reporting the post) and bodies — parent bodies; articles per node; the people."""
    graph = nx.Graph()
    articles: dict[str, set[str]] = defaultdict(set)
    pairs: dict[tuple[str, str], set[str]] = defaultdict(set)
    for row in queries.run(store, "membership_edges"):
        pairs[(row["person"], row["organization"])].add(row["article"])
        articles[row["person"]].add(row["article"])
        articles[row["organization"]].add(row["article"])
    people = {person for person, _ in pairs}
    for (person, body), reporting in pairs.items():
        graph.add_edge(person, body, weight=float(len(reporting)))
    reported = Counter({node: len(found) for node, found in articles.items()})
    for row in queries.run(store, "body_parents"):
        if row["organization"] not in people and row["parent"] not in people:
            graph.add_edge(row["organization"], row["parent"], weight=1.0)
    return graph, reported, people


def rank(store: GraphStore, kinds: tuple[str, ...] = KINDS, limit: int | None = 20) -> dict:
    """{kind: [{id, name, score, degree, articles, rank}]}: the highest PageRank first."""
    reader = Reader(store)
    answer: dict[str, list[dict]] = {}
    if "documents" in kinds:
        graph, citing = citation_graph(store)
        scores = nx.pagerank(graph, weight="weight") if graph else {}
        documents = [d for d in citing] + [d for d in graph if d not in citing and graph.in_degree(d)]
        answer["documents"] = _ranked(documents, scores, lambda d: graph.in_degree(d), lambda d: citing[d],
                                      lambda d: reader.document(d).display, limit)
    if {"officials", "bodies"} & set(kinds):
        graph, reported, people = people_graph(store)
        scores = nx.pagerank(graph, weight="weight") if graph else {}
        for kind in ("officials", "bodies"):
            if kind in kinds:
                members = [n for n in graph if (n in people) == (kind == "officials")]
                answer[kind] = _ranked(members, scores, graph.degree, lambda n: reported[n], reader.name, limit)
    return answer


def _ranked(nodes, scores, degree, articles, name, limit) -> list[dict]:
    ordered = sorted(nodes, key=lambda n: (-scores.get(n, 0.0), -degree(n), n))
    shown = ordered[:limit] if limit else ordered
    return [{"rank": i, "id": n, "name": name(n) or n.rsplit("/", 1)[-1], "score": round(scores.get(n, 0.0), 6),
             "degree": degree(n), "articles": articles(n)} for i, n in enumerate(shown, 1)]


def rank_rows(answer: dict) -> list[dict]:
    return [{"kind": kind, **{c: entry[c] for c in RANK_COLUMNS if c != "kind"}}
            for kind, entries in answer.items() for entry in entries]


def communities(store: GraphStore, min_size: int = 2, resolution: float = 1.0, limit: int | None = 20) -> dict:
    """{communities: [{community, size, articles, members: [{…card, articles}]}], more}: the largest first.

    ``articles`` of a community is the number of articles citing at least two of its documents."""
    graph = nx.Graph()
    for row in queries.run(store, "cocitation_edges"):
        graph.add_edge(row["source"], row["target"], weight=float(row["articles"]))
    found = nx.community.louvain_communities(graph, weight="weight", resolution=resolution, seed=0) if graph else []
    citing: Counter = Counter()
    articles_of: dict[str, set[str]] = {}
    for row in queries.run(store, "citation_edges"):
        citing[row["doc"]] += 1
        articles_of.setdefault(row["doc"], set()).add(row["article"])
    reader = Reader(store)
    groups = []
    for members in found:
        if len(members) < min_size:
            continue
        together = Counter(a for d in members for a in articles_of.get(d, ()))
        ordered = sorted(members, key=lambda d: (-citing[d], d))
        groups.append({"size": len(members), "articles": sum(1 for n in together.values() if n >= 2),
                       "ids": ordered})
    groups.sort(key=lambda g: (-g["size"], -g["articles"], g["ids"][0]))
    shown = groups[:limit] if limit else groups
    for number, group in enumerate(shown, 1):
        group["community"] = number
        group["members"] = [{**reader.document(d).record(), "articles": citing[d]} for d in group.pop("ids")]
    return {"communities": shown, "more": len(groups) - len(shown)}


def community_rows(answer: dict) -> list[dict]:
    return [{"community": c["community"], "documents": c["size"], "articles": c["articles"],
             "members": "; ".join(m["display"] for m in c["members"])} for c in answer["communities"]]
