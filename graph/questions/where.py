"""``trichdan where PLACE``: the documents cited and the officials named in the articles about a locality
and the units inside it (an article is about the place it is located in: ``schema:contentLocation``).

Containment comes from the gazetteer (a province holds its districts and communes, before and after 2025),
plus the places the articles put inside it that the gazetteer does not know. Each place is looked up on
its own (``place_articles.rq``), then only the places with articles are read, so the cost follows the
answer.
"""

from __future__ import annotations

from collections import Counter, defaultdict

from pyoxigraph import NamedNode

from .. import queries
from ..store import GraphStore
from .common import NotFound, Reader, sort_key, store_base
from .places import Area, areas

COLUMNS = ["place", "kind", "name", "detail", "articles", "first", "last"]


def where(store: GraphStore, text: str, limit: int | None = 20) -> dict:
    """{query, places: [{place, level, province, articles, first, last, documents: […], officials: […]}]}:
    the places ``text`` names that have articles, each with its documents and officials, most frequent first."""
    base = store_base(store)
    reader = Reader(store)
    answers = []
    for area in areas(text):
        located = _located(store, area, base) if base else {}
        if located:
            answers.append(_answer(store, reader, area, located, limit))
    if not answers:
        raise NotFound(f"no article in the store is about {text.strip()!r} or a place inside it")
    return {"query": text, "places": answers}


def _located(store: GraphStore, area: Area, base: str) -> dict[str, dict[str, str | None]]:
    """Place IRI → {article: date} for the places of ``area`` that have articles."""
    places = {f"{base}place/{key}" for key in area.keys}
    for unit_key in area.keys:  # units the gazetteer does not know, put inside a known one by the articles
        if len(unit_key.split("@")[0]) < 5:  # a province or district (2- and 3-digit codes) may hold unknown communes
            places.update(r["place"] for r in queries.run(store, "places_within", qPlace=NamedNode(f"{base}place/{unit_key}")))
    found: dict[str, dict[str, str | None]] = {}
    for place in sorted(places):
        rows = queries.run(store, "place_articles", qPlace=NamedNode(place))
        if rows:
            found[place] = {r["article"]: r["published"] for r in rows}
    return found


def _answer(store: GraphStore, reader: Reader, area: Area, located: dict[str, dict[str, str | None]], limit: int | None) -> dict:
    dates = {a: d for articles in located.values() for a, d in articles.items()}
    documents: dict[str, set[str]] = defaultdict(set)
    doc_places: dict[str, Counter] = defaultdict(Counter)
    people: dict[str, set[str]] = defaultdict(set)
    posts: dict[str, Counter] = defaultdict(Counter)
    for place in located:
        for row in queries.run(store, "place_citations", qPlace=NamedNode(place)):
            documents[row["doc"]].add(row["article"])
            doc_places[row["doc"]][place] += 1
        for row in queries.run(store, "place_people", qPlace=NamedNode(place)):
            people[row["person"]].add(row["article"])
        for row in queries.run(store, "place_posts", qPlace=NamedNode(place)):
            posts[row["person"]][(row["role"], row["organization"])] += 1
    # Names are read for what is shown only: the most frequent (ties at the cut in IRI order), then sorted by name.
    top_documents = sorted(documents, key=lambda d: (-len(documents[d]), d))[:limit]
    top_people = sorted(people, key=lambda p: (-len(people[p]), p))[:limit]
    cited = [{**reader.document(d).record(), "articles": len(documents[d]), **_span(documents[d], dates),
              "places": [reader.name(p) for p, _ in doc_places[d].most_common()]} for d in top_documents]
    named = [{"id": p, "name": reader.name(p), "articles": len(people[p]), **_span(people[p], dates),
              "posts": [", ".join(n for n in (reader.name(role), reader.name(body)) if n)
                        for (role, body), _ in posts[p].most_common()]} for p in top_people]
    cited.sort(key=lambda d: (-d["articles"], sort_key(d["display"])))
    named.sort(key=lambda p: (-p["articles"], sort_key(p["name"] or "")))
    return {"place": area.label, "name": area.name, "level": area.level, "province": area.province,
            "articles": len(dates), **_span(dates, dates), "documents": cited, "officials": named,
            "more_documents": len(documents) - len(cited), "more_officials": len(people) - len(named)}


def _span(articles, dates: dict[str, str | None]) -> dict:
    days = sorted(dates[a][:10] for a in articles if dates.get(a))
    return {"first": days[0] if days else None, "last": days[-1] if days else None}


def rows(answer: dict) -> list[dict]:
    """One row per document, then per official, of each place."""
    out = []
    for place in answer["places"]:
        for d in place["documents"]:
            out.append({"place": place["place"], "kind": "document", "name": d["display"],
                        "detail": ", ".join(d["places"]), "articles": d["articles"], "first": d["first"], "last": d["last"]})
        for p in place["officials"]:
            out.append({"place": place["place"], "kind": "official", "name": p["name"], "detail": "; ".join(p["posts"]),
                        "articles": p["articles"], "first": p["first"], "last": p["last"]})
    return out
