"""Interactive HTML views: a graph of documents, the articles citing them, who and where; a page per document.

``write`` is what ``trichdan view`` runs: the document page when the reference names one document, else
the full-window graph (of the documents it names, or of the whole store). Both are one offline file.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..store import GraphStore
from .content import ARTICLE_BUDGET, DEFAULT_LIMIT, DOCUMENT_BUDGET, NODE_BUDGET, View, build
from .document import UnknownDocument, document_html, document_page
from .page import graph_html

__all__ = ["ARTICLE_BUDGET", "DEFAULT_LIMIT", "DOCUMENT_BUDGET", "NODE_BUDGET", "UnknownDocument",
           "View", "Written", "build", "document_html", "document_page", "graph_html", "write"]


@dataclass(slots=True)
class Written:
    """What was written, for the command's one-line report."""

    path: str
    page: str  # "document" or "graph"
    articles: int  # in the page
    in_scope: int  # articles citing the documents (or in the store)
    drawn: int  # nodes drawn at first
    nodes: int  # nodes the page can draw


def write(store: GraphStore, path: str, documents: list[str] | None = None, *, limit: int = DEFAULT_LIMIT,
          group_by: str = "province", title: str | None = None) -> Written:
    """Write the view of ``documents`` (or of the whole store) at ``path``; OSError when it cannot be written."""
    view = build(store, documents, limit=limit, group_by=group_by, title=title)
    single = bool(documents) and len(documents) == 1
    html = document_page(view, documents[0]) if single else graph_html(view)
    with open(path, "w", encoding="utf-8") as handle:
        handle.write(html)
    return Written(path, "document" if single else "graph", view.counts["page_articles"],
                   view.counts["store_articles"], view.counts["drawn"], view.counts["nodes"])
