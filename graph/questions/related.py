"""``trichdan related REF``: the documents cited together with a document, by how many articles cite both.

One entry per document REF names (``cocited.rq`` reads only the graphs of the articles citing it), with
the share of its citing articles that also cite each other document.
"""

from __future__ import annotations

from pyoxigraph import NamedNode

from .. import queries
from ..store import GraphStore
from .common import Reader, sort_key

COLUMNS = ["document", "related", "together", "share"]


def related(store: GraphStore, documents: list[str], query: str, limit: int | None = 20) -> dict:
    """{query, documents: [{…card, articles, related: [{…card, together, share}], more}]}."""
    reader = Reader(store)
    entries = []
    for iri in documents:
        doc = NamedNode(iri)
        citing = len({r["article"] for r in queries.run(store, "articles_citing", qDoc=doc)})
        found = queries.run(store, "cocited", qDoc=doc)
        shown = found[:limit] if limit else found
        together = [{**reader.document(r["other"]).record(), "together": r["articles"],
                     "share": round(r["articles"] / citing, 3) if citing else None} for r in shown]
        together.sort(key=lambda d: (-d["together"], sort_key(d["display"])))
        entries.append({**reader.document(iri).record(), "articles": citing, "related": together,
                        "more": len(found) - len(shown)})
    return {"query": query, "documents": entries}


def rows(answer: dict) -> list[dict]:
    return [{"document": d["display"], "related": r["display"], "together": r["together"],
             "share": f"{r['share']:.0%}" if r["share"] is not None else None}
            for d in answer["documents"] for r in d["related"]]
