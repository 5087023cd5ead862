"""Render a view as one self-contained HTML page: vis-network (from pyvis) and the data inlined.

Everything from the store is escaped: text in the HTML by Jinja's autoescaping, the data as JSON in a
``<script type="application/json">`` element with ``<``, ``>`` and ``&`` written as ``\\uXXXX``; the
page's script writes it into the DOM as text only. The page makes no request: no CDN, no font, no image.
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from pathlib import Path

import pyvis
from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup

from .content import ARTICLE_BUDGET, KIND_COLOURS, STYLE, View
from .labels import GROUPINGS, KIND_LABELS, KIND_NAMES

EXPAND_BUDGET = ARTICLE_BUDGET  # articles drawn per click on a group
# vis-network options: positions come from Python, so no physics; straight edges (smooth curves are slow at scale);
# labels too small to read (under 7 px at the current zoom) are not drawn.
OPTIONS = {
    "physics": {"enabled": False},
    "layout": {"improvedLayout": False, "randomSeed": 7},
    "interaction": {"hover": True, "tooltipDelay": 150, "hideEdgesOnDrag": True, "hideEdgesOnZoom": True,
                    "navigationButtons": False,
                    "keyboard": {"enabled": True, "bindToWindow": False}, "multiselect": False},
    "edges": {"smooth": False, "arrows": {"to": {"enabled": True, "scaleFactor": 0.45}},
              "font": {"size": 10, "align": "middle", "strokeWidth": 3}, "width": 1, "selectionWidth": 2,
              "color": {"inherit": False}},
    "nodes": {"font": {"size": 13, "face": "system-ui, sans-serif", "strokeWidth": 3, "strokeColor": "#ffffff"},
              "borderWidth": 1, "scaling": {"label": {"enabled": False, "drawThreshold": 7}}},
    "groups": {kind: {"shape": s["shape"], "color": {"background": s["color"], "border": s["color"],
                                                       "highlight": {"background": s["color"], "border": "#111827"}}}
               for kind, s in STYLE.items()},
}
for _kind, _size in (("focus", 28), ("document", 14), ("group", 30), ("article", 11), ("person", 11), ("organization", 11), ("place", 11)):
    OPTIONS["groups"][_kind]["font"] = {"size": _size}


@cache
def _environment() -> Environment:
    return Environment(loader=PackageLoader("trichdan.graph.views", "templates"), autoescape=select_autoescape(default=True),
                       trim_blocks=True, lstrip_blocks=True)


@cache
def asset(name: str) -> Markup:
    """A static file of this package (script or stylesheet), inlined as is."""
    return Markup(resources.files("trichdan.graph.views").joinpath(f"templates/{name}").read_text("utf-8"))


@cache
def _vis() -> tuple[Markup, Markup]:
    """vis-network's script and stylesheet as pyvis ships them."""
    lib = Path(pyvis.__file__).parent / "templates" / "lib" / "vis-9.1.2"
    return (Markup((lib / "vis-network.min.js").read_text("utf-8")), Markup((lib / "vis-network.css").read_text("utf-8")))


def script_json(data) -> Markup:
    """JSON that is safe inside a <script> element whatever the strings hold ("</script>", "<!--")."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    for raw, escaped in (("&", "\\u0026"), ("<", "\\u003c"), (">", "\\u003e"), ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        text = text.replace(raw, escaped)
    return Markup(text)


def payload(view: View) -> dict:
    """What the page's script reads: nodes, details, what is drawn, the words and styles of the legend."""
    provinces = sorted({m["province"] for m in view.meta.values() if m.get("province")})
    doctypes = sorted({m["type"] for m in view.meta.values() if m["kind"] == "document" and m.get("type")})
    return {"nodes": view.nodes, "meta": view.meta, "drawn": view.drawn, "focus": view.focus, "options": OPTIONS,
            "groupBy": view.group_by, "expandBudget": EXPAND_BUDGET, "provinces": provinces, "doctypes": doctypes,
            "kindLabels": KIND_LABELS, "kindNames": KIND_NAMES, "kindColours": KIND_COLOURS,
            "groupings": GROUPINGS}


def legend() -> list[dict]:
    """Node kinds with their colour and shape, in Vietnamese and English (the filter by type too)."""
    return [{"kind": kind, "vi": KIND_NAMES[kind][0], "en": KIND_NAMES[kind][1], "color": s["color"], "shape": s["shape"]}
            for kind, s in STYLE.items()]


def edge_legend() -> list[dict]:
    return [{"kind": kind, "vi": vi, "en": en, "color": KIND_COLOURS[kind]} for kind, (vi, en) in KIND_LABELS.items()]


def render(template: str, view: View, **context) -> str:
    script, css = _vis()
    return _environment().get_template(template).render(
        view=view, data=script_json(payload(view)), vis_js=script, vis_css=css, view_js=asset("view.js"),
        view_css=asset("view.css"), legend=legend(), edge_legend=edge_legend(), **context)


def graph_html(view: View) -> str:
    """The full-window graph page."""
    return render("graph.html", view)
