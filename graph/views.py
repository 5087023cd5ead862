"""Interactive HTML views (pyvis over networkx): documents, the articles citing them, who and where.

The HTML is self-contained: vis-network is inlined, so the file opens offline and can be mailed.
"""

from __future__ import annotations

import os
import re

import networkx as nx
from pyoxigraph import NamedNode
from pyvis.network import Network

from . import queries
from .store import Store

STYLE = {
    "article": {"color": "#9aa5b1", "shape": "box"},
    "document": {"color": "#d64545", "shape": "dot", "size": 22},
    "person": {"color": "#3f7fbf", "shape": "dot", "size": 14},
    "place": {"color": "#2f9e5b", "shape": "triangle", "size": 16},
}
RELATION_LABELS = {"citesAsAuthority": "căn cứ", "implements": "thực hiện", "reviews": "sơ kết/tổng kết",
                   "updates": "sửa đổi", "replaces": "thay thế", "cites": "trích dẫn"}


def neighbourhood(store: Store, documents: list[str] | None = None, limit: int = 60) -> nx.MultiDiGraph:
    """The articles citing ``documents`` (all articles when None), at most ``limit``, and what they link to."""
    graph = nx.MultiDiGraph()
    articles: dict[str, dict] = {}
    listings = [queries.run(store, "articles_citing", qDoc=NamedNode(d)) for d in documents] if documents \
        else [queries.run(store, "articles")]
    for listing in listings:
        for row in listing[: max(0, limit - len(articles))]:
            articles.setdefault(row["article"], row)
    for iri, row in articles.items():
        graph.add_node(iri, kind="article", label=row["title"] or os.path.basename(row["file"]),
                       title=f"{row['title'] or ''}\n{row['file']}\n{row['published'] or ''}")
        for link in queries.run(store, "article_neighbourhood", qArticle=NamedNode(iri)):
            graph.add_node(link["node"], kind=link["kind"], label=link["label"], title=link["label"],
                           focus=link["node"] in (documents or ()))
            relation = (link["relation"] or "").rsplit("/", 1)[-1].rsplit("#", 1)[-1]
            if not graph.has_edge(iri, link["node"]):
                graph.add_edge(iri, link["node"], relations=set())
            if relation:
                graph.edges[iri, link["node"], 0]["relations"].add(relation)
    for _, _, data in graph.edges(data=True):
        kinds = data.pop("relations")
        specific = sorted(kinds - {"cites"}) or sorted(kinds)
        data["label"] = ", ".join(RELATION_LABELS[k] for k in specific if k in RELATION_LABELS)
    return graph


def write_html(graph: nx.MultiDiGraph, path: str, heading: str) -> str:
    """Write ``graph`` as a self-contained interactive page at ``path``."""
    net = Network(height="820px", width="100%", directed=True, cdn_resources="in_line", heading=heading,
                  select_menu=False, filter_menu=False)
    for node, data in graph.nodes(data=True):
        style = dict(STYLE.get(data.get("kind"), {}))
        if data.get("focus"):
            style["size"] = 34
        net.add_node(node, label=_short(data.get("label") or node), title=data.get("title") or node, **style)
    for source, target, data in graph.edges(data=True):
        net.add_edge(source, target, title=data.get("label") or "", label=data.get("label") or "")
    net.toggle_physics(True)
    html = _self_contained(net.generate_html(notebook=False), heading)
    with open(path, "w", encoding="utf-8") as handle:
        handle.write(html)
    return path


_REMOTE = re.compile(r"<link[^>]*https?://[^>]*>|<script[^>]*src=\"https?://[^>]*>\s*</script>|<!--.*?-->", re.S)
_LEGEND = ('<p style="font-family:sans-serif;font-size:13px;margin:4px 12px">'
           + " ".join(f'<span style="color:{s["color"]}">●</span> {label}' for label, s in
                      (("bài báo", STYLE["article"]), ("văn bản", STYLE["document"]), ("người", STYLE["person"]),
                       ("địa bàn", STYLE["place"]))) + "</p>")


def _self_contained(html: str, heading: str) -> str:
    """Drop pyvis's CDN stylesheet and script (only its menus use them) and its repeated heading; add a legend."""
    html = _REMOTE.sub("", html)
    first = html.find("<center>")
    second = html.find("<center>", first + 1)
    if second > 0:
        html = html[:second] + html[html.find("</center>", second) + len("</center>"):]
    return html.replace("</center>", "</center>" + _LEGEND, 1)


def _short(label: str, width: int = 40) -> str:
    return label if len(label) <= width else label[: width - 1] + "…"
