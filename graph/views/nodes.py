"""vis-network node records: the style of each node kind, the colours of citation kinds, node ordering."""

from __future__ import annotations

import math

from pyvis.node import Node as VisNode

# Colours and shapes of node kinds (the legend is drawn from this table).
STYLE = {
    "focus": {"color": "#b91c1c", "shape": "star", "size": 34},
    "document": {"color": "#d64545", "shape": "diamond", "size": 16},
    "article": {"color": "#64748b", "shape": "square", "size": 9},
    "group": {"color": "#e8a33d", "shape": "hexagon", "size": 22},
    "person": {"color": "#3f7fbf", "shape": "dot", "size": 9},
    "organization": {"color": "#8e44ad", "shape": "triangleDown", "size": 12},
    "place": {"color": "#2f9e5b", "shape": "triangle", "size": 11},
}
# Colours of citation kinds on edges.
KIND_COLOURS = {"citesAsAuthority": "#b45309", "implements": "#15803d", "reviews": "#0e7490", "updates": "#7c3aed",
                "replaces": "#be123c", "cites": "#94a3b8"}


def vis_node(node_id: str, kind: str, label: str, title: str, size: float | None = None) -> dict:
    """A vis-network node record (pyvis's Node) styled for its kind; positions are added by the layout."""
    style = STYLE[kind]
    return VisNode(node_id, style["shape"], label=label, title=title, group=kind,
                   size=round(size or style["size"], 1)).options


def document_size(cited: int, kind: str) -> float:
    return STYLE[kind]["size"] + (0 if kind == "focus" else 3 * math.log2(1 + cited))


def node_number(node_id: str) -> int:
    """The sort key of a node id ("a12" → 12): nodes in the order they were added."""
    return int(node_id[1:])
