"""Positions computed in Python, so the page needs no physics: stable from one load to the next.

Few articles: the drawn nodes (documents, articles, people, bodies, places) are laid out with networkx's
spring layout under a fixed seed, the focus documents pinned at the centre. Grouped articles: a radial
layout (groups on a ring, documents by which groups cite them); the articles of a group are placed on a
sunflower spiral around it, ready for when the group is opened.
"""

from __future__ import annotations

import math
from collections import defaultdict

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
    if fixed:  # the pinned nodes stay where they are; the rest is brought into the unit disc around them
        radius = max((math.hypot(float(x), float(y)) for x, y in positions.values()), default=1.0) or 1.0
        positions = {n: (float(x) / radius, float(y) / radius) for n, (x, y) in positions.items()}
    else:
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


def radial(groups: list[str], weights: dict[str, dict[str, int]], issuers: dict[str, list[str]],
           focus: list[str] = ()) -> dict[str, tuple[float, float]]:
    """Groups on a ring; documents cited across groups inside it (a small ring, each near the groups citing
    it, or past eight a list, the most cited first); a document cited mostly (60 %) by one group in a
    column beyond that group; issuing bodies beside the documents they issued; the focus documents at
    the centre, or at the head of the list. Deterministic, no physics.

    ``weights``: document → {group: articles of the group citing it}; ``issuers``: body → its documents.
    """
    angle = {g: 2 * math.pi * i / max(1, len(groups)) - math.pi / 2 for i, g in enumerate(groups)}
    shared, local = [], defaultdict(list)
    for d, by_group in weights.items():
        if d in focus:
            continue
        total = sum(by_group.values())
        top = max(by_group, key=lambda g: (by_group[g], g), default=None)
        if top is not None and total and by_group[top] / total >= 0.6 and len(groups) > 1:
            local[top].append(d)
        else:
            x = sum(n * math.cos(angle[g]) for g, n in by_group.items() if g in angle)
            y = sum(n * math.sin(angle[g]) for g, n in by_group.items() if g in angle)
            shared.append((math.atan2(y, x) if (x or y) else 0.0, -total, d))
    listed = len(shared) > 8
    columns = math.ceil(len(shared) / 16) if listed else 1
    rows = math.ceil(len(shared) / columns) if listed else 0
    head = 90.0 if focus and listed else 0.0  # the focus heads the list
    ring = max(380.0, 170.0 * len(groups) / math.pi, rows * 25.0 + head + 140, columns * 220.0 + 160)
    positions: dict[str, tuple[float, float]] = {g: _polar(ring, angle[g]) for g in groups}
    for i, d in enumerate(focus):
        x, y = _polar(0 if len(focus) == 1 else 60, 2 * math.pi * i / len(focus))
        positions[d] = (x, round(y - rows * 25.0 - head / 2, 1) if head else y)
    if listed:  # room for the labels, which a small ring has not
        ordered = sorted(shared, key=lambda t: (t[1], t[2]))
        for (_, _, d), point in zip(ordered, grid((0.0, head / 2), len(shared), columns, 440.0, 50.0)):
            positions[d] = point
    else:
        for i, (_, _, d) in enumerate(sorted(shared)):
            positions[d] = _polar(ring * 0.5, 2 * math.pi * i / max(1, len(shared)) - math.pi / 2)
    for g, docs in local.items():
        count = max(1, math.ceil(len(docs) / 14))
        height = math.ceil(len(docs) / count)
        centre = _polar(ring + 170 + height * 17, angle[g])
        for d, point in zip(sorted(docs, key=lambda d: (-sum(weights[d].values()), d)), grid(centre, len(docs), count)):
            positions[d] = point
    for body, docs in sorted(issuers.items()):
        placed = [positions[d] for d in docs if d in positions]
        if not placed:
            continue
        x, y = sum(p[0] for p in placed) / len(placed), sum(p[1] for p in placed) / len(placed)
        r = math.hypot(x, y)
        if r > ring * 0.8:  # a local body: beyond its documents
            positions[body] = (round(x + x / r * 120, 1), round(y + y / r * 120, 1))
        else:  # a central body: left of the list
            positions[body] = (round(-columns * 220.0 - 60 - 40 * (len(positions) % 3), 1), round(y, 1))
    return positions


def grid(centre: tuple[float, float], count: int, columns: int, width: float = 270.0, height: float = 34.0) -> list[tuple[float, float]]:
    """``count`` points in rows of ``columns`` centred on ``centre``: room for one label each."""
    rows = math.ceil(count / columns)
    x0, y0 = centre[0] - (columns - 1) * width / 2, centre[1] - (rows - 1) * height / 2
    return [(round(x0 + (i % columns) * width, 1), round(y0 + (i // columns) * height, 1)) for i in range(count)]


def _polar(radius: float, angle: float) -> tuple[float, float]:
    return (round(radius * math.cos(angle), 1), round(radius * math.sin(angle), 1))
