"""``trichdan implements REF``: how a document cascades down the levels of government.

The tree under a document holds the documents issued on its basis and the localities reporting its
implementation, level by level (central, province, district, commune):

* documents based on it — ``eli:based_on``, which ingest records from "Căn cứ X, … ban hành Y" — and
  documents issued to implement it: "Thực hiện X, … ban hành Y" in one sentence of an article that cites
  X as implemented, read with the same sentence rule as ``eli:based_on`` (``loaders/links.py``); then,
  in turn, the documents based on those, down to the communes;
* articles citing any document of the tree as implemented, reviewed (sơ kết, tổng kết) or as legal basis,
  by the place each article is about.

Each level gets the date of its first document (the document's date, else the first article citing it)
and of its first article, and the lag in days after the document at the root.
"""

from __future__ import annotations

from collections import defaultdict

from pyoxigraph import NamedNode

from ...loaders.links import based_on
from ...loaders.model import Citation
from .. import queries
from ..display import relation_name
from ..store import GraphStore
from .common import TIER_NAMES, TIERS, Reader, days_between, document_tier, sort_key

COLUMNS = ["document", "level", "kind", "name", "via", "date", "lag_days", "articles"]
_DEPTH = 6  # links followed below the root at most (central → province → district → commune, and a few more)


def cascade(store: GraphStore, root: str) -> dict:
    """{document, tree: [node], localities: [...], levels: [...]} for the document ``root``; a node is
    {…card, level, relation, basis, date, dated_by, lag_days, articles, children: [node]}."""
    reader = Reader(store)
    card = reader.document(root)
    start = card.date or _first_cited(store, root)
    nodes: dict[str, dict] = {}
    tree = _children(store, reader, root, start, nodes, {root}, 1)
    localities = _localities(store, reader, [root, *nodes], start)
    return {"document": {**card.record(), "level": document_tier(card), "date": start,
                         "dated_by": "document" if card.date else "first article"},
            "tree": tree, "localities": localities, "levels": _levels(list(nodes.values()), localities, start)}


def _children(store: GraphStore, reader: Reader, parent: str, start: str | None, nodes: dict[str, dict],
              seen: set[str], depth: int) -> list[dict]:
    if depth > _DEPTH:
        return []
    found: dict[str, tuple[str, int]] = {}
    for child, articles in _based_on(store, parent).items():
        found[child] = ("basedOn", articles)
    for child, articles in _implementing(store, parent).items():
        found.setdefault(child, ("implements", articles))
    children = []
    above = TIERS.index(document_tier(reader.document(parent)))
    for child in sorted(found, key=lambda d: (reader.document(d).date or "9999", d)):
        card = reader.document(child)
        if child in seen or TIERS.index(document_tier(card)) < above:  # the cascade runs down, never up
            continue
        seen.add(child)
        date = card.date or _first_cited(store, child)
        node = {**card.record(), "level": document_tier(card), "relation": found[child][0],
                "basis": reader.document(parent).display, "date": date,
                "dated_by": "document" if card.date else "first article",
                "lag_days": days_between(start, date), "articles": found[child][1]}
        nodes[child] = node
        node["children"] = _children(store, reader, child, start, nodes, seen, depth + 1)
        children.append(node)
    return children


def _based_on(store: GraphStore, document: str) -> dict[str, int]:
    """Documents based on ``document``, with the number of articles saying so."""
    stated: dict[str, set[str]] = defaultdict(set)
    for row in queries.run(store, "derived_documents", qDoc=NamedNode(document)):
        stated[row["doc"]].add(row["article"])
    return {d: len(a) for d, a in stated.items() if d != document}


def _implementing(store: GraphStore, document: str) -> dict[str, int]:
    """Documents an article says were issued to implement ``document`` ("Thực hiện X, … ban hành Y")."""
    by_article: dict[str, list[Citation]] = defaultdict(list)
    for row in queries.run(store, "implementing_citations", qDoc=NamedNode(document)):
        # the citations of the document implemented play the part of the basis in the sentence rule
        kind = "citesAsAuthority" if row["doc"] == document and relation_name(row["relation"]) == "implements" else "cites"
        by_article[row["article"]].append(Citation("", row["start"], row["end"], row["doc"], kind))
    stated: dict[str, set[str]] = defaultdict(set)
    for article, citations in by_article.items():
        if not any(c.document != document for c in citations):
            continue
        rows = queries.run(store, "article_text", qArticle=NamedNode(article))
        if not rows:
            continue
        for issued, basis in based_on(rows[0]["text"], citations):
            if basis == document:
                stated[issued].add(article)
    return {d: len(a) for d, a in stated.items()}


def _first_cited(store: GraphStore, document: str) -> str | None:
    days = [r["published"][:10] for r in queries.run(store, "articles_citing", qDoc=NamedNode(document)) if r["published"]]
    return min(days) if days else None


def _localities(store: GraphStore, reader: Reader, documents: list[str], start: str | None) -> list[dict]:
    """Places whose articles report implementing a document of the tree: first article, lag, documents."""
    reports: dict[str, dict] = {}
    for document in documents:
        for row in queries.run(store, "implementation_reports", qDoc=NamedNode(document)):
            entry = reports.setdefault(row["place"] or "", {"articles": {}, "documents": set(), "relations": set()})
            entry["articles"][row["article"]] = (row["published"] or "")[:10] or None
            entry["documents"].add(document)
            entry["relations"].add(relation_name(row["relation"]))
    out = []
    for place, entry in reports.items():
        days = sorted(d for d in entry["articles"].values() if d)
        first = days[0] if days else None
        out.append({"place": place or None, "name": reader.place_label(place) if place else None,
                    "level": reader.place_tier(place) if place else None, "articles": len(entry["articles"]),
                    "first": first, "lag_days": days_between(start, first),
                    "relations": sorted(entry["relations"]),
                    "documents": sorted(reader.document(d).display for d in entry["documents"])})
    out.sort(key=lambda p: (TIERS.index(p["level"]) if p["level"] in TIERS else len(TIERS), p["first"] or "9999",
                            sort_key(p["name"] or "")))
    return out


def _levels(nodes: list[dict], localities: list[dict], start: str | None) -> list[dict]:
    """Per level: documents and their first date, articles and localities and the first article, lags."""
    out = []
    for tier in TIERS:
        docs = [n for n in nodes if n["level"] == tier]
        places = [p for p in localities if p["level"] == tier]
        if not docs and not places:
            continue
        first_document = min((n["date"] for n in docs if n["date"]), default=None)
        first_article = min((p["first"] for p in places if p["first"]), default=None)
        out.append({"level": tier, "documents": len(docs), "first_document": first_document,
                    "document_lag_days": days_between(start, first_document),
                    "articles": sum(p["articles"] for p in places), "localities": len(places),
                    "first_article": first_article, "article_lag_days": days_between(start, first_article)})
    return out


def rows(answers: list[dict]) -> list[dict]:
    """The tree flattened: one row per document and per locality, under the document at its root."""
    out = []
    for answer in answers:
        root = answer["document"]["display"]

        def walk(nodes: list[dict]) -> None:
            for n in nodes:
                out.append({"document": root, "level": n["level"], "kind": "document", "name": n["display"],
                            "via": f"{_RELATIONS[n['relation']]} {n['basis']}", "date": n["date"],
                            "lag_days": n["lag_days"], "articles": n["articles"]})
                walk(n["children"])
        walk(answer["tree"])
        for p in answer["localities"]:
            out.append({"document": root, "level": p["level"], "kind": "locality", "name": p["name"],
                        "via": ", ".join(p["documents"]), "date": p["first"], "lag_days": p["lag_days"],
                        "articles": p["articles"]})
    return out


_RELATIONS = {"basedOn": "căn cứ / based on", "implements": "thực hiện / implements"}


def text_tree(answer: dict) -> str:
    """The cascade as an indented tree, level by level, for a terminal."""
    root = answer["document"]
    when = f"{root['date']}" + ("" if root["dated_by"] == "document" else " (first cited)") if root["date"] else "date unknown"
    lines = [f"{root['display']} — {TIER_NAMES[root['level']]}, {when}"]
    levels = answer["levels"]
    by_level: dict[str, list[dict]] = defaultdict(list)

    def collect(nodes: list[dict]) -> None:
        for n in nodes:
            by_level[n["level"]].append(n)
            collect(n["children"])
    collect(answer["tree"])
    unplaced = [p for p in answer["localities"] if p["level"] not in TIERS]
    for index, level in enumerate(levels):
        last_level = index == len(levels) - 1 and not unplaced
        lines.append(f"{'└──' if last_level else '├──'} {TIER_NAMES[level['level']]}: {_summary(level)}")
        items = [_document_line(n) for n in by_level[level["level"]]]
        items += [_locality_line(p) for p in answer["localities"] if p["level"] == level["level"]]
        lines.extend(_branch(items, "    " if last_level else "│   "))
    if unplaced:
        lines.append("└── place unknown:")
        lines.extend(_branch([_locality_line(p) for p in unplaced], "    "))
    if not levels and not unplaced:
        lines.append("└── no document based on it and no article reporting its implementation")
    return "\n".join(lines) + "\n"


def _branch(items: list[str], indent: str) -> list[str]:
    return [f"{indent}{'└──' if i == len(items) - 1 else '├──'} {item}" for i, item in enumerate(items)]


def _summary(level: dict) -> str:
    parts = []
    if level["documents"]:
        parts.append(f"{level['documents']} document(s), first {level['first_document'] or '?'}{_lag(level['document_lag_days'])}")
    if level["articles"]:
        parts.append(f"{level['articles']} article(s) in {level['localities']} localit{'y' if level['localities'] == 1 else 'ies'}, "
                     f"first {level['first_article'] or '?'}{_lag(level['article_lag_days'])}")
    return "; ".join(parts)


def _document_line(node: dict) -> str:
    dated = node["date"] or "?"
    if node["date"] and node["dated_by"] != "document":
        dated += " (first cited)"
    return f"{node['display']} — {_RELATIONS[node['relation']]} {node['basis']}; {dated}{_lag(node['lag_days'])}"


def _locality_line(place: dict) -> str:
    return (f"{place['name'] or 'place unknown'}: {place['articles']} article(s), first {place['first'] or '?'}"
            f"{_lag(place['lag_days'])} — {', '.join(place['documents'])}")


def _lag(days: int | None) -> str:
    return "" if days is None else f" (+{days} days)" if days >= 0 else f" ({days} days)"
