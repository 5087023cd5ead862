"""What a view draws at first, and where: each article (few of them) or groups of articles (many)."""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from typing import TYPE_CHECKING

import networkx as nx

from . import layout
from .labels import GROUPINGS, UNKNOWN, vi
from .nodes import node_number, vis_node

if TYPE_CHECKING:
    from .content import Assembly

NODE_BUDGET = 500


def draw_articles(page: Assembly, docs: list[str]) -> list[str]:
    """Few articles: each drawn, with their people, bodies and places while under the node budget;
    a seeded spring layout (the focus pinned at the centre)."""
    meta = page.meta
    issuers = _issuers(page, docs)
    articles = [page.ids[a.iri] for a in page.articles]
    graph = nx.Graph()
    graph.add_nodes_from([*docs, *issuers, *articles])
    for i in docs:
        if meta[i]["issuerNode"] in issuers:
            graph.add_edge(i, meta[i]["issuerNode"], weight=0.5)
        graph.add_edges_from(((i, other) for other in meta[i]["basedOn"] if other in docs), weight=1.0)
    drawn_docs = set(docs)
    for a in articles:
        graph.add_edges_from(((a, d) for d, *_ in meta[a]["cites"] if d in drawn_docs), weight=1.0)
    around = {x for a in articles for key in ("people", "organizations", "places") for x in meta[a][key]}
    around |= {org for a in articles for _, _, org in meta[a]["posts"] if org}
    around = {x for x in around if x in page.nodes} - set(graph)
    if graph.number_of_nodes() + len(around) <= NODE_BUDGET:
        for a in articles:
            for key in ("people", "organizations", "places"):
                graph.add_edges_from(((a, x) for x in meta[a][key] if x in page.nodes), weight=0.5)
            graph.add_edges_from(((p, org) for p, _, org in meta[a]["posts"] if p in page.nodes and org in page.nodes),
                                 weight=0.5)
    drawn = sorted(graph, key=node_number)
    _place_all(page, layout.core(graph, [page.ids[d] for d in page.focus]))
    return drawn


def draw_grouped(page: Assembly, docs: list[str], group_by: str) -> list[str]:
    """Many articles: grouped (by province, month or site) into nodes with counts; a radial layout, and
    each group's articles on a spiral around it for when it is opened."""
    groups: dict[str, list[str]] = defaultdict(list)
    for a in page.articles:
        a_id = page.ids[a.iri]
        groups[_group_key(page.meta[a_id], group_by)].append(a_id)
    drawn_docs = set(docs)
    weights: dict[str, dict[str, int]] = {d: {} for d in docs}
    group_ids = []
    for n, (key, members) in enumerate(sorted(groups.items(), key=lambda kv: (-len(kv[1]), kv[0]))):
        g = f"g{n}"
        group_ids.append(g)
        page.nodes[g] = vis_node(g, "group", f"{key}\n{vi(len(members))} bài",
                                 f"{len(members)} bài báo ({GROUPINGS[group_by][0]}: {key})",
                                 size=14 + 4 * math.log2(1 + len(members)))
        page.meta[g] = {"kind": "group", "name": key, "by": group_by, "members": members,
                        "province": key if group_by == "province" and key != UNKNOWN else None}
        for a_id in members:
            page.meta[a_id]["group"] = g
        for d, count in Counter(d for a_id in members for d, *_ in page.meta[a_id]["cites"]).items():
            if d in drawn_docs:
                weights[d][g] = count
    issuers = _issuers(page, docs)
    issued = defaultdict(list)
    for d in docs:
        issued[page.meta[d]["issuerNode"]].append(d)
    positions = layout.radial(group_ids, weights, {o: issued[o] for o in issuers}, [page.ids[d] for d in page.focus])
    for g in group_ids:
        members = page.meta[g]["members"]
        positions.update(zip(members, layout.spiral(positions[g], len(members), 28.0)))
    _place_all(page, positions)
    return [*docs, *issuers, *group_ids]


def _issuers(page: Assembly, docs: list[str]) -> list[str]:
    return sorted({page.meta[i]["issuerNode"] for i in docs if page.meta[i]["issuerNode"] in page.nodes},
                  key=node_number)


def _place_all(page: Assembly, positions: dict[str, tuple[float, float]]) -> None:
    for i, (x, y) in positions.items():
        page.nodes[i]["x"], page.nodes[i]["y"] = x, y


def _group_key(meta: dict, group_by: str) -> str:
    if group_by == "month":
        return meta["date"][:7] or UNKNOWN
    if group_by == "site":
        return meta["site"] or UNKNOWN
    return meta["province"] or UNKNOWN
