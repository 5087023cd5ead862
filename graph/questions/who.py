"""``trichdan who NAME``: an official's posts and bodies over time, with the articles that report them.

NAME is compared without case or diacritics, word by word ("phan van khoa", "Văn Khoa"): a name written
exactly as in the articles is one index lookup (``people_by_name.rq``), any other form reads the list of
people named once (``people_named.rq``). A name borne by people of several provinces gives one entry each.
"""

from __future__ import annotations

from collections import defaultdict

from pyoxigraph import Literal, NamedNode

from ...loaders.normalize import fold, normalize
from .. import queries
from ..store import GraphStore
from .common import NotFound, Reader

COLUMNS = ["person", "date", "post", "body", "article", "site"]


def people_named(store: GraphStore, name: str) -> list[str]:
    """IRIs of the people whose name contains the words of ``name`` (in order, whole words)."""
    exact = " ".join(normalize(name).split())
    found = {r["person"] for r in queries.run(store, "people_by_name", qName=Literal(exact))}
    if not found:
        wanted = fold(exact).split()
        found = {r["person"] for r in queries.run(store, "people_named") if _contains(fold(r["name"]).split(), wanted)}
    if not found:
        raise NotFound(f"no person named {name.strip()!r} in the store")
    return sorted(found)


def _contains(words: list[str], wanted: list[str]) -> bool:
    return bool(wanted) and any(words[i:i + len(wanted)] == wanted for i in range(len(words) - len(wanted) + 1))


def who(store: GraphStore, name: str, limit: int | None = 10) -> dict:
    """{query, people: [{id, name, display, posts: [{post, body, first, last, articles}], articles: [{…, posts}]}],
    more}: the people matching ``name``, most reported first."""
    reader = Reader(store)
    dates = {iri: {r["article"]: r["published"] for r in queries.run(store, "person_articles_named", qPerson=NamedNode(iri))}
             for iri in people_named(store, name)}
    ranked = sorted(dates, key=lambda iri: (-len(dates[iri]), iri))  # IRI order: province, then name
    shown = ranked[:limit] if limit else ranked
    return {"query": name, "people": [_person(store, reader, iri, dates[iri]) for iri in shown], "more": len(ranked) - len(shown)}


def _person(store: GraphStore, reader: Reader, iri: str, dates: dict[str, str | None]) -> dict:
    person = NamedNode(iri)
    held: dict[str, list[tuple[str, str | None]]] = defaultdict(list)
    for row in queries.run(store, "person_posts", qPerson=person):
        post = (reader.name(row["role"]) or "", reader.name(row["organization"]))
        if post not in held[row["article"]]:
            held[row["article"]].append(post)
        dates.setdefault(row["article"], row["observed"])
    articles = []
    for article, published in sorted(dates.items(), key=lambda item: (item[1] or "", item[0])):
        card = reader.article(article)
        articles.append({**(card.record() if card else {"id": article}),
                         "posts": [{"post": p, "body": b} for p, b in held.get(article, [])]})
    posts: dict[tuple[str, str | None], list[str]] = defaultdict(list)
    for entry in articles:
        for post in entry["posts"]:
            posts[(post["post"], post["body"])].append((entry.get("published") or "")[:10])
    summary = [{"post": p, "body": b, "first": min(d for d in days if d) if any(days) else None,
                "last": max(days) or None, "articles": len(days)} for (p, b), days in posts.items()]
    summary.sort(key=lambda s: (s["first"] or "9999", s["post"]))
    name = reader.name(iri) or iri.rsplit("/", 1)[-1]
    latest = next((s for s in sorted(summary, key=lambda s: s["last"] or "", reverse=True)), None)
    display = f"{name} ({', '.join(x for x in (latest['post'], latest['body']) if x)})" if latest else name
    return {"id": iri, "name": name, "display": display, "posts": summary, "articles": articles}


def rows(answer: dict) -> list[dict]:
    """One row per article and post, oldest first; an article that gives no post has one row without it."""
    out = []
    for person in answer["people"]:
        for article in person["articles"]:
            for post in article["posts"] or [{"post": None, "body": None}]:
                out.append({"person": person["display"], "date": (article.get("published") or "")[:10] or None,
                            "post": post["post"], "body": post["body"],
                            "article": article.get("title") or article.get("file"), "site": article.get("site")})
    return out
