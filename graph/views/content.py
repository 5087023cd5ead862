"""The content of a view: every node the page can show, what is drawn at first, and the notices.

Never a hairball: at most ``ARTICLE_BUDGET`` articles are drawn one by one; past that they are grouped
(by province, month or site) into nodes with counts that open on click. At most ``DOCUMENT_BUDGET``
documents are drawn at first (the most cited); people, bodies and places are drawn at first only while
the whole drawing stays under ``NODE_BUDGET`` nodes, else they appear when their article is opened. The
page holds at most ``limit`` articles (the newest); the notice says what was left out and how to see it.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field

import networkx as nx
from pyvis.node import Node as VisNode

from ..store import Store
from . import layout
from .data import Article, Citation, Document, Reader
from .labels import GROUPINGS, UNKNOWN, article_label, document_label, heading_line, sentence, short, vi

ARTICLE_BUDGET = 300
DOCUMENT_BUDGET = 150
NODE_BUDGET = 500
DEFAULT_LIMIT = 2000

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


@dataclass
class View:
    heading: str
    notices: list[str]
    nodes: list[dict]  # vis-network node records (pyvis), every node the page may draw
    meta: dict[str, dict]  # details per node id
    drawn: list[str]
    group_by: str | None
    counts: dict[str, int] = field(default_factory=dict)
    focus: list[str] = field(default_factory=list)
    articles: list[Article] = field(default_factory=list)
    documents: dict[str, Document] = field(default_factory=dict)
    ids: dict[str, str] = field(default_factory=dict)  # IRI → node id
    reader: Reader | None = None
    links: Counter = field(default_factory=Counter)  # (document, updates|replaces, document) → articles


def build(store: Store, focus: list[str] | None = None, *, limit: int = DEFAULT_LIMIT, group_by: str = "province",
          title: str | None = None) -> View:
    """The view of ``focus`` (document IRIs: the articles citing them) or of the whole store."""
    reader = Reader(store)
    scope = reader.articles(focus)
    total = len(scope)
    dated = sorted(((reader.published(a), a) for a in scope), key=lambda pair: (pair[0], pair[1]), reverse=True)
    kept = [a for _, a in dated[:limit]]
    read = [reader.article(a) for a in kept]
    articles = [a for a, _ in read]
    bodies = {a.iri: body for a, body in read}
    ids: dict[str, str] = {}

    def nid(iri: str, prefix: str) -> str:
        return ids.setdefault(iri, f"{prefix}{len(ids)}")

    # documents cited in the page (and the focus), most cited first
    in_page = Counter(c.document for a in articles for c in {c.document: c for c in a.citations}.values())
    order = list(dict.fromkeys([*(focus or []), *(d for d, _ in sorted(in_page.items(), key=lambda x: (-x[1], x[0])))]))
    documents = {d: reader.document(d) for d in order if d}
    for d in documents:
        nid(d, "d")
    for a in articles:
        nid(a.iri, "a")
    meta: dict[str, dict] = {}
    nodes: dict[str, dict] = {}
    provinces: dict[str, str] = {}  # article IRI → province name

    # articles
    sentences_of: dict[str, dict] = {}
    focus_set = set(focus or ())
    links: Counter = Counter()  # (document, updates|replaces, document) → articles saying so
    for a in articles:
        province = reader.province(a.place)
        provinces[a.iri] = province.name if province else UNKNOWN
        body = bodies.pop(a.iri)
        heading = a.title or heading_line(body)
        cites: dict[str, dict] = {}
        for c in a.citations:
            entry = cites.setdefault(c.document, {"kinds": [], "sentences": []})
            if c.kind not in entry["kinds"]:
                entry["kinds"].append(c.kind)
            wanted = 3 if c.document in focus_set else 1
            if len(entry["sentences"]) < wanted:
                said = sentence(body, c.start, c.end)
                if said and said not in entry["sentences"]:
                    entry["sentences"].append(short(said, 400 if wanted > 1 else 240))
        sentences_of[a.iri] = cites
        for source, kind, target in stated_links(body, a.citations):
            links[(source, kind, target)] += 1
        i = ids[a.iri]
        nodes[i] = _vis(i, "article", article_label(a.title, heading, a.published, a.site),
                        f"{heading or a.file}\n{a.published or ''} {a.site or ''}")
        meta[i] = {"kind": "article", "iri": a.iri, "title": a.title, "heading": heading, "file": a.file,
                   "date": (a.published or "")[:10], "site": a.site, "url": a.url if _web(a.url) else None,
                   "province": provinces[a.iri],
                   "cites": [[ids[d], e["kinds"], e["sentences"]] for d, e in cites.items() if d in ids],
                   "people": [], "organizations": [], "places": [], "posts": []}

    # people, organisations, places
    mentioned: dict[str, set[str]] = defaultdict(set)
    posts_of: dict[str, dict[tuple[str, str | None], None]] = defaultdict(dict)
    members_of: dict[str, set[str]] = defaultdict(set)
    for a in articles:
        m = meta[ids[a.iri]]
        for kind, iris in (("people", a.people), ("organizations", a.organizations), ("places", a.places)):
            for iri in iris:
                m[kind].append(nid(iri, kind[0]))
                mentioned[iri].add(ids[a.iri])
        for post in a.posts:
            person = nid(post.person, "p")
            org = nid(post.organization, "o") if post.organization else None
            m["posts"].append([person, post.role, org])
            posts_of[post.person][(post.role, org)] = None
            if post.organization:
                members_of[post.organization].add(person)
                mentioned.setdefault(post.organization, set())
            mentioned.setdefault(post.person, set()).add(ids[a.iri])
    issuers = {d.issuer for d in documents.values() if d.issuer}
    for iri in issuers:
        nid(iri, "o")
    for iri in list(mentioned) + sorted(issuers - set(mentioned)):
        node = reader.node(iri)
        if node is None:
            continue
        i = ids[iri]
        arts = sorted(mentioned.get(iri, ()), key=_num)
        if node.kind == "person":
            province_names = Counter(meta[a]["province"] for a in arts if meta[a]["province"] != UNKNOWN)
            home = province_names.most_common(1)[0][0] if province_names else None
            label = f"{node.name} ({home})" if home else node.name
            posts = [[role, org] for role, org in posts_of.get(iri, {})]
            nodes[i] = _vis(i, "person", label, "; ".join(role for role, _ in posts) or node.name)
            meta[i] = {"kind": "person", "iri": iri, "name": node.name, "province": home, "posts": posts, "articles": arts}
        elif node.kind == "place":
            parent = reader.node(node.parent) if node.parent else None
            province = reader.province(iri)
            label = f"{node.name} ({parent.name})" if parent else node.name
            nodes[i] = _vis(i, "place", label, f"{node.level or ''} {node.name}".strip())
            meta[i] = {"kind": "place", "iri": iri, "name": node.name, "level": node.level,
                       "parent": parent.name if parent else None, "province": province.name if province else None,
                       "articles": arts}
        else:
            place = reader.node(node.place) if node.place else None
            parent = reader.node(node.parent) if node.parent else None
            nodes[i] = _vis(i, "organization", short(node.name, 36), node.name)
            meta[i] = {"kind": "organization", "iri": iri, "name": node.name, "orgKind": node.level,
                       "parent": parent.name if parent else None, "place": place.name if place else None,
                       "province": (reader.province(node.place).name if node.place and reader.province(node.place) else None),
                       "articles": arts, "members": sorted(members_of.get(iri, ()), key=_num), "issued": []}

    # documents
    for d, doc in documents.items():
        i = ids[d]
        f = doc.fields
        kinds = Counter(k for a in articles for k in sentences_of[a.iri].get(d, {}).get("kinds", ()))
        citing = [ids[a.iri] for a in articles if d in sentences_of[a.iri]]
        label = document_label(doc.label, f.get("scope"), f.get("year"))
        kind = "focus" if focus and d in focus else "document"
        nodes[i] = _vis(i, kind, label, f"{label}\n{f.get('title') or ''}".strip(), size=_doc_size(doc.cited_in_store, kind))
        nodes[i]["font"] = {"size": round(13 + 1.5 * math.log2(1 + len(citing)), 1)}  # the most cited stay legible zoomed out
        issuer = ids.get(doc.issuer) if doc.issuer else None
        if issuer in meta:
            meta[issuer]["issued"].append(i)
        basis, derived = reader.based_on(d)
        meta[i] = {"kind": "document", "focus": kind == "focus", "iri": d, "label": label, "name": doc.label,
                   "type": f.get("type"), "number": f.get("number"), "symbol": f.get("symbol"), "date": f.get("date"),
                   "year": (f.get("year") or "")[:4] or None, "issuer": f.get("issuer"), "issuerNode": issuer,
                   "scope": f.get("scope"), "term": f.get("term"), "title": f.get("title"), "aliases": doc.aliases,
                   "province": f.get("scope") if f.get("scope") in set(provinces.values()) else None,
                   "cited": doc.cited_in_store, "inPage": len(citing), "kinds": dict(kinds), "articles": citing,
                   "basedOn": [ids[b] for b in basis if b in ids], "basisOf": [ids[b] for b in derived if b in ids],
                   "amends": _linked(links, ids, d, "updates", 0), "amendedBy": _linked(links, ids, d, "updates", 2),
                   "replaces": _linked(links, ids, d, "replaces", 0), "replacedBy": _linked(links, ids, d, "replaces", 2)}

    # what is drawn at first, grouped or not
    drawn_docs = [ids[d] for d in list(documents)[:max(DOCUMENT_BUDGET, len(focus or []))]]
    drawn_issuers = sorted({meta[i]["issuerNode"] for i in drawn_docs if meta[i]["issuerNode"] in nodes}, key=_num)
    article_ids = [ids[a.iri] for a in articles]
    grouped = len(articles) > ARTICLE_BUDGET
    drawn: list[str] = [*drawn_docs, *drawn_issuers]
    graph = nx.Graph()
    graph.add_nodes_from(drawn)
    for i in drawn_docs:
        if meta[i]["issuerNode"] in nodes:
            graph.add_edge(i, meta[i]["issuerNode"], weight=0.5)
        for other in meta[i]["basedOn"]:
            if other in drawn_docs:
                graph.add_edge(i, other, weight=1.0)
    groups: dict[str, list[str]] = {}
    if grouped:
        for a_id in article_ids:
            groups.setdefault(_group_key(meta[a_id], group_by), []).append(a_id)
        for n, (key, members) in enumerate(sorted(groups.items(), key=lambda kv: (-len(kv[1]), kv[0]))):
            g = f"g{n}"
            nodes[g] = _vis(g, "group", f"{key}\n{vi(len(members))} bài",
                            f"{len(members)} bài báo ({GROUPINGS[group_by][0]}: {key})", size=14 + 4 * math.log2(1 + len(members)))
            meta[g] = {"kind": "group", "name": key, "by": group_by, "members": members,
                       "province": key if group_by == "province" and key != UNKNOWN else None}
            for a_id in members:
                meta[a_id]["group"] = g
            drawn.append(g)
            weights = Counter(d for a_id in members for d, *_ in meta[a_id]["cites"])
            for d, w in weights.items():
                if d in drawn_docs:
                    graph.add_edge(g, d, weight=1 + math.log(w))
    else:
        drawn.extend(article_ids)
        for a_id in article_ids:
            for d, *_ in meta[a_id]["cites"]:
                if d in drawn_docs:
                    graph.add_edge(a_id, d, weight=1.0)
        satellites = sorted({x for a_id in article_ids for k in ("people", "organizations", "places")
                             for x in meta[a_id][k] if x in nodes} | {p[2] for a_id in article_ids for p in meta[a_id]["posts"] if p[2] in nodes},
                            key=_num)
        if len(drawn) + len(satellites) <= NODE_BUDGET:
            drawn.extend(x for x in satellites if x not in drawn)
            for a_id in article_ids:
                for k in ("people", "organizations", "places"):
                    for x in meta[a_id][k]:
                        graph.add_edge(a_id, x, weight=0.5)
                for person, _, org in meta[a_id]["posts"]:
                    if org in nodes:
                        graph.add_edge(person, org, weight=0.5)
    drawn = [i for i in dict.fromkeys(drawn) if i in nodes]
    graph.add_nodes_from(drawn)
    pinned = [ids[d] for d in focus or [] if d in ids]
    if grouped:
        weights = {d: {} for d in drawn_docs}
        for g in (i for i in drawn if meta[i]["kind"] == "group"):
            for d, n in Counter(d for a_id in meta[g]["members"] for d, *_ in meta[a_id]["cites"]).items():
                if d in weights:
                    weights[d][g] = n
        issued = {o: [d for d in drawn_docs if meta[d]["issuerNode"] == o] for o in drawn_issuers}
        positions = layout.radial([i for i in drawn if meta[i]["kind"] == "group"], weights, issued, pinned)
    else:
        positions = layout.core(graph.subgraph(drawn), pinned)
    for g, members in ((g, meta[g]["members"]) for g in meta if meta[g]["kind"] == "group"):
        for a_id, point in zip(members, layout.spiral(positions[g], len(members), 28.0)):
            positions[a_id] = point
    for i, (x, y) in positions.items():
        nodes[i]["x"], nodes[i]["y"] = x, y

    heading, notices = _heading(title, focus, documents, total, len(articles), grouped, group_by, groups,
                                len(drawn_docs), len(documents))
    counts = {"store_articles": total, "page_articles": len(articles), "documents": len(documents),
              "drawn": len(drawn), "nodes": len(nodes)}
    return View(heading, notices, list(nodes.values()), meta, drawn, group_by if grouped else None, counts,
                [ids[d] for d in focus or [] if d in ids], articles, documents, ids, reader, links)


_AMENDING = re.compile(r"(?:sửa đổi|bổ sung|thay thế)")
_STOP = re.compile(r"[.;!?\n]")


def stated_links(text: str, citations: list[Citation]) -> list[tuple[str, str, str]]:
    """(document, kind, document) for "A sửa đổi, bổ sung B" / "A thay thế B": B cited as amended (updates) or
    replaced, A the citation just before it in the same clause, at most 60 characters earlier."""
    found = []
    located = sorted((c for c in citations if c.start is not None and c.end is not None), key=lambda c: c.start)
    for before, after in zip(located, located[1:]):
        between = text[before.end:after.start]
        if (after.kind in ("updates", "replaces") and before.document != after.document and len(between) <= 60
                and _AMENDING.search(between) and not _STOP.search(between)):
            found.append((before.document, after.kind, after.document))
    return found


def _linked(links: Counter, ids: dict[str, str], document: str, kind: str, side: int) -> list[str]:
    """Documents this one amends or replaces (``side`` 0) or that amend or replace it (``side`` 2)."""
    other = 2 - side
    return [ids[key[other]] for key in links if key[1] == kind and key[side] == document and key[other] in ids]


def _heading(title, focus, documents, total, in_page, grouped, group_by, groups, drawn_docs, all_docs):
    """The page heading (never "all articles" unless it is) and the notices of what was left out."""
    what = "; ".join(documents[d].label for d in focus or [] if d in documents)
    scope = f"bài báo trích dẫn {what}" if focus else "bài báo trong kho"
    heading = title or (what if focus else "Toàn bộ kho / whole store")
    if in_page == total:
        notices = [f"{vi(total)} {scope} (tất cả / all)"]
    else:
        notices = [f"{vi(in_page)} {scope} mới nhất trong {vi(total)} (the newest {in_page:,} of {total:,})",
                   f"{vi(total - in_page)} bài cũ hơn không có trong trang này; dùng --limit {total} để đưa vào "
                   f"(older articles are left out of this page: raise --limit)"]
    if grouped:
        name = GROUPINGS[group_by]
        notices.append(f"Hơn {ARTICLE_BUDGET} bài: gộp theo {name[0]} thành {len(groups)} nhóm, bấm vào một nhóm để mở "
                       f"(more than {ARTICLE_BUDGET} articles: grouped by {name[1]}; click a group to open it; "
                       f"--group-by province|month|site)")
    if drawn_docs < all_docs:
        notices.append(f"Vẽ {drawn_docs} văn bản được trích dẫn nhiều nhất trong {all_docs}; các văn bản khác hiện khi mở "
                       f"bài báo hoặc tìm kiếm (the {drawn_docs} most cited of {all_docs} documents are drawn; "
                       f"others appear when you open an article or search)")
    return heading, notices


def _group_key(meta: dict, group_by: str) -> str:
    if group_by == "month":
        return meta["date"][:7] or UNKNOWN
    if group_by == "site":
        return meta["site"] or UNKNOWN
    return meta["province"] or UNKNOWN


def _vis(node_id: str, kind: str, label: str, title: str, size: float | None = None) -> dict:
    """A vis-network node record (pyvis's Node) styled for its kind; positions are added by the layout."""
    style = STYLE[kind]
    return VisNode(node_id, style["shape"], label=label, title=title, group=kind,
                   size=round(size or style["size"], 1)).options


def _doc_size(cited: int, kind: str) -> float:
    return STYLE[kind]["size"] + (0 if kind == "focus" else 3 * math.log2(1 + cited))


def _num(node_id: str) -> int:
    return int(node_id[1:])


def _web(url: str | None) -> bool:
    return bool(url) and url.startswith(("http://", "https://"))
