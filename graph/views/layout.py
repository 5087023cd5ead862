"""Positions computed in Python, so the page needs no physics: stable from one load to the next.

The drawn core (documents, groups or articles, issuing bodies) is laid out with networkx's spring
layout under a fixed seed, the focus documents pinned at the centre; the articles of a group are
placed on a sunflower spiral around it, ready for when the group is opened.
"""

from __future__ import annotations

import math

import networkx as nx

SEED = 7
_GOLDEN = math.pi * (3 - math.sqrt(5))


def core(graph: nx.Graph, pinned: list[str] = ()) -> dict[str, tuple[float, float]]:
    """Pixel positions of ``graph``'s nodes: a seeded spring layout scaled to the number of nodes."""
    if graph.number_of_nodes() == 0:
        return {}
    scale = 70 * math.sqrt(graph.number_of_nodes())
    fixed = [n for n in pinned if n in graph]
    start = {n: (0.0, 0.0) for n in fixed} if len(fixed) == 1 else {
        n: (math.cos(2 * math.pi * i / len(fixed)) * 0.1, math.sin(2 * math.pi * i / len(fixed)) * 0.1)
        for i, n in enumerate(fixed)}
    positions = nx.spring_layout(graph, k=1.6 / math.sqrt(graph.number_of_nodes()), pos=start or None,
                                 fixed=fixed or None, iterations=80, seed=SEED, weight="weight")
    if not fixed:
        positions = nx.rescale_layout_dict(positions, 1.0)
    return {n: (round(float(x) * scale, 1), round(float(y) * scale, 1)) for n, (x, y) in positions.items()}


def spiral(centre: tuple[float, float], count: int, spacing: float = 34.0, inner: float = 70.0) -> list[tuple[float, float]]:
    """``count`` points on a sunflower spiral around ``centre``, the first ones nearest."""
    cx, cy = centre
    out = []
    for i in range(count):
        r = inner + spacing * math.sqrt(i + 1)
        out.append((round(cx + r * math.cos(i * _GOLDEN), 1), round(cy + r * math.sin(i * _GOLDEN), 1)))
    return out
