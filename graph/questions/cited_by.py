"""``trichdan cited-by ARTICLE``: what one article cites, how, and with which words.

ARTICLE is an article IRI, the web address it was published at, or a file: the path as given to ingest
(relative or absolute), or, when the stored path differs (ingested from another folder), the file itself,
read again and identified by the hash of its text, as ingest does.
"""

from __future__ import annotations

import os

from pyoxigraph import Literal, NamedNode

from ...loaders.iris import article_iri
from .. import queries
from ..display import relation_name
from ..store import GraphStore
from .common import NotFound, Reader, store_base

_KEPT = 32  # characters of text shown before and after each quote


def articles_named(store: GraphStore, name: str) -> list[str]:
    """IRIs of the articles ``name`` designates (see the module docstring); NotFound when none."""
    if name.startswith(("http://", "https://")):
        found = _by_iri(store, name) or _by_url(store, name)
    else:
        found = _by_path(store, name) or _by_content(store, name)
    if not found:
        raise NotFound(f"no article in the store is {name!r} (give the file as ingested, its URL or its IRI)")
    return found


def _by_iri(store: GraphStore, iri: str) -> list[str]:
    return [iri] if store.has_graph(iri) and Reader(store).article(iri) else []


def _by_url(store: GraphStore, url: str) -> list[str]:
    variants = dict.fromkeys([url, url.rstrip("/"), url.rstrip("/") + "/"])
    return sorted({row["article"] for v in variants for row in queries.run(store, "articles_by_url", qUrl=NamedNode(v))})


def _by_path(store: GraphStore, path: str) -> list[str]:
    absolute = os.path.abspath(path)
    variants = dict.fromkeys([path, os.path.normpath(path), absolute, os.path.relpath(absolute)])
    return sorted({row["article"] for v in variants for row in queries.run(store, "articles_by_path", qPath=Literal(v))})


def _by_content(store: GraphStore, path: str) -> list[str]:
    """Articles whose text is the text of the file ``path`` (every article of a JSONL or WARC file)."""
    if not os.path.exists(path):
        return []
    from ...loaders.article import parse_article
    from ...loaders.sources import SourceError, iter_sources
    base = store_base(store)
    found = []
    for source in iter_sources([path]):
        if isinstance(source, SourceError):
            continue
        text = parse_article(source.path, source.raw).text
        iri = article_iri(text, base)
        if store.has_graph(iri):
            found.append(iri)
    return found


def cited_by(store: GraphStore, name: str) -> dict:
    """{query, articles: [{id, file, title, published, url, site, documents: [{id, label, display, …,
    relations, citations: [{relation, quote, start, end, pinpoint}]}]}]}; documents in order of first citation."""
    reader = Reader(store)
    articles = []
    for iri in articles_named(store, name):
        card = reader.article(iri)
        documents: dict[str, dict] = {}
        text = next(iter(queries.run(store, "article_text", qArticle=NamedNode(iri))), {}).get("text") or ""
        for row in queries.run(store, "article_citations", qArticle=NamedNode(iri)):
            entry = documents.get(row["doc"])
            if entry is None:
                entry = documents[row["doc"]] = {**reader.document(row["doc"]).record(), "relations": [], "citations": []}
            relation = relation_name(row["relation"])
            if relation not in entry["relations"]:
                entry["relations"].append(relation)
            entry["citations"].append({"relation": relation, "quote": row["quote"], "context": context(text, row),
                                       "start": row["start"], "end": row["end"], "pinpoint": row["pinpoint"]})
        articles.append({**(card.record() if card else {"id": iri}), "documents": list(documents.values())})
    return {"query": name, "articles": articles}


def context(text: str, row: dict) -> str:
    """The quote with the words around it on its line in the article ``text``: "… theo tinh thần Nghị quyết
    02-NQ/TU của Tỉnh ủy Hà Tĩnh …" (up to 32 characters on each side; a word cut there is dropped)."""
    start, end = int(row["start"]), int(row["end"])
    prefix, suffix = text[max(0, start - _KEPT):start], text[end:end + _KEPT]
    before, after = prefix.rsplit("\n", 1)[-1], suffix.split("\n", 1)[0]
    cut_before, cut_after = before == prefix and len(prefix) >= _KEPT, after == suffix and len(suffix) >= _KEPT
    if cut_before:
        before = before.split(" ", 1)[-1]
    if cut_after:
        after = after.rsplit(" ", 1)[0]
    text = " ".join((before + row["quote"] + after).split())
    return f"{'… ' if cut_before else ''}{text}{' …' if cut_after else ''}"


def rows(answer: dict) -> list[dict]:
    """One row per article and document: the document, how it is cited, how often, the first quote."""
    return [{"article": a.get("title") or a.get("file"), "document": d["display"], "relations": ", ".join(d["relations"]),
             "citations": len(d["citations"]), "context": d["citations"][0]["context"]}
            for a in answer["articles"] for d in a["documents"]]


COLUMNS = ["article", "document", "relations", "citations", "context"]
