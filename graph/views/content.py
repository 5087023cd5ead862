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

from ..display import sentence
from ..store import GraphStore
from . import layout
from .data import Article, Citation, Document, Reader
from .labels import GROUPINGS, UNKNOWN, article_label, document_label, heading_line, short, vi

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


def build(store: GraphStore, focus: list[str] | None = None, *, limit: int = DEFAULT_LIMIT, group_by: str = "province",
          title: str | None = None) -> View:
    """The view of ``focus`` (document IRIs: the articles citing them) or of the whole store."""
    reader = Reader(store)
    scope = reader.articles(focus)
    newest = sorted(((reader.published(a), a) for a in scope), reverse=True)[:limit]
    page = _Assembly(reader, focus or [])
    page.add_articles([a for _, a in newest])
    page.add_people_bodies_places()
    page.add_documents()
    grouped = len(page.articles) > ARTICLE_BUDGET
    drawn_docs = [page.ids[d] for d in list(page.documents)[:max(DOCUMENT_BUDGET, len(page.focus))]]
    drawn = page.draw_grouped(drawn_docs, group_by) if grouped else page.draw_articles(drawn_docs)
    groups = [i for i in drawn if page.meta[i]["kind"] == "group"]
    heading, notices = _heading(title, page.focus, page.documents, len(scope), len(page.articles), grouped, group_by,
                                len(groups), len(drawn_docs), len(page.documents))
    counts = {"store_articles": len(scope), "page_articles": len(page.articles), "documents": len(page.documents),
              "drawn": len(drawn), "nodes": len(page.nodes)}
    return View(heading, notices, list(page.nodes.values()), page.meta, drawn, group_by if grouped else None, counts,
                [page.ids[d] for d in page.focus if d in page.ids], page.articles, page.documents, page.ids, reader,
                page.links)


class _Assembly:
    """Nodes (vis records) and their details, added kind by kind, then what is drawn and where."""

    def __init__(self, reader: Reader, focus: list[str]):
        self.reader, self.focus = reader, focus
        self.ids: dict[str, str] = {}  # IRI → short node id
        self.nodes: dict[str, dict] = {}
        self.meta: dict[str, dict] = {}
        self.articles: list[Article] = []
        self.documents: dict[str, Document] = {}
        self.links: Counter = Counter()  # (document, updates|replaces, document) → articles saying so
        self.citing: dict[str, list[str]] = defaultdict(list)  # document IRI → ids of the articles citing it
        self.kinds: dict[str, Counter] = defaultdict(Counter)  # document IRI → how the articles cite it

    def nid(self, iri: str, prefix: str) -> str:
        return self.ids.setdefault(iri, f"{prefix}{len(self.ids)}")

    def add_articles(self, iris: list[str]) -> None:
        """Each article with its citations (kinds, the sentences that cite), newest first."""
        for iri in iris:
            article, body = self.reader.article(iri)
            self.articles.append(article)
            self.nid(iri, "a")
            province = self.reader.province(article.place)
            heading = article.title or heading_line(body)
            cites: dict[str, dict] = {}
            for c in article.citations:
                entry = cites.setdefault(c.document, {"kinds": [], "sentences": []})
                if c.kind not in entry["kinds"]:
                    entry["kinds"].append(c.kind)
                wanted = 3 if c.document in self.focus else 1
                said = sentence(body, c.start, c.end) if len(entry["sentences"]) < wanted else ""
                if said and said not in entry["sentences"]:
                    entry["sentences"].append(short(said, 400 if wanted > 1 else 240))
            for source, kind, target in stated_links(body, article.citations):
                self.links[(source, kind, target)] += 1
            i = self.ids[iri]
            for d, entry in cites.items():
                self.citing[d].append(i)
                self.kinds[d].update(entry["kinds"])
            self.nodes[i] = _vis(i, "article", article_label(article.title, heading, article.published, article.site),
                                 f"{heading or article.file}\n{article.published or ''} {article.site or ''}")
            self.meta[i] = {"kind": "article", "iri": iri, "title": article.title, "heading": heading,
                            "file": article.file, "date": (article.published or "")[:10], "site": article.site,
                            "url": article.url if _web(article.url) else None,
                            "province": province.name if province else UNKNOWN, "cites": cites,
                            "people": [], "organizations": [], "places": [], "posts": []}
        in_page = sorted(self.citing, key=lambda d: (-len(self.citing[d]), d))
        for d in dict.fromkeys([*self.focus, *in_page]):
            self.documents[d] = self.reader.document(d)
            self.nid(d, "d")
        for a in self.articles:  # documents by node id, now that every document has one
            m = self.meta[self.ids[a.iri]]
            m["cites"] = [[self.ids[d], e["kinds"], e["sentences"]] for d, e in m["cites"].items()]

    def add_people_bodies_places(self) -> None:
        """The people, organisations and places the articles name, the posts they report, the issuing bodies."""
        mentioned: dict[str, set[str]] = defaultdict(set)
        posts: dict[str, dict[tuple[str, str | None], None]] = defaultdict(dict)
        members: dict[str, set[str]] = defaultdict(set)
        for a in self.articles:
            a_id = self.ids[a.iri]
            m = self.meta[a_id]
            for key, iris in (("people", a.people), ("organizations", a.organizations), ("places", a.places)):
                for iri in iris:
                    m[key].append(self.nid(iri, key[0]))
                    mentioned[iri].add(a_id)
            for post in a.posts:
                person = self.nid(post.person, "p")
                org = self.nid(post.organization, "o") if post.organization else None
                m["posts"].append([person, post.role, org])
                posts[post.person][(post.role, org)] = None
                mentioned[post.person].add(a_id)
                if post.organization:
                    members[post.organization].add(person)
                    mentioned.setdefault(post.organization, set())
        issuers = sorted({d.issuer for d in self.documents.values() if d.issuer} - set(mentioned))
        for iri in [*mentioned, *issuers]:
            node = self.reader.node(iri)
            if node is not None:
                articles = sorted(mentioned.get(iri, ()), key=_num)
                if node.kind == "person":
                    self._person(node, articles, [[role, org] for role, org in posts.get(iri, {})])
                elif node.kind == "place":
                    self._place(node, articles)
                else:
                    self._organization(node, articles, sorted(members.get(iri, ()), key=_num))

    def _person(self, node, articles: list[str], posts: list[list]) -> None:
        i = self.nid(node.iri, "p")
        provinces = Counter(self.meta[a]["province"] for a in articles if self.meta[a]["province"] != UNKNOWN)
        home = provinces.most_common(1)[0][0] if provinces else None
        self.nodes[i] = _vis(i, "person", f"{node.name} ({home})" if home else node.name,
                             "; ".join(role for role, _ in posts) or node.name)
        self.meta[i] = {"kind": "person", "iri": node.iri, "name": node.name, "province": home, "posts": posts,
                        "articles": articles}

    def _place(self, node, articles: list[str]) -> None:
        i = self.nid(node.iri, "l")
        parent = self.reader.node(node.parent) if node.parent else None
        province = self.reader.province(node.iri)
        self.nodes[i] = _vis(i, "place", f"{node.name} ({parent.name})" if parent else node.name,
                             f"{node.level or ''} {node.name}".strip())
        self.meta[i] = {"kind": "place", "iri": node.iri, "name": node.name, "level": node.level,
                        "parent": parent.name if parent else None, "province": province.name if province else None,
                        "articles": articles}

    def _organization(self, node, articles: list[str], members: list[str]) -> None:
        i = self.nid(node.iri, "o")
        place = self.reader.node(node.place) if node.place else None
        parent = self.reader.node(node.parent) if node.parent else None
        province = self.reader.province(node.place) if node.place else None
        self.nodes[i] = _vis(i, "organization", short(node.name, 36), node.name)
        self.meta[i] = {"kind": "organization", "iri": node.iri, "name": node.name, "orgKind": node.level,
                        "parent": parent.name if parent else None, "place": place.name if place else None,
                        "province": province.name if province else None, "articles": articles, "members": members,
                        "issued": []}

    def add_documents(self) -> None:
        """Each document: its catalogue entry, how the page's articles cite it, its stated relations."""
        provinces = {m["province"] for m in self.meta.values() if m["kind"] == "article"}
        for d, doc in self.documents.items():
            i, f = self.ids[d], doc.fields
            label = document_label(doc.label, f.get("scope"), f.get("year"))
            kind = "focus" if d in self.focus else "document"
            self.nodes[i] = _vis(i, kind, label, f"{label}\n{f.get('title') or ''}".strip(),
                                 size=_doc_size(doc.cited_in_store, kind))
            # the most cited stay legible zoomed out
            self.nodes[i]["font"] = {"size": round(13 + 1.5 * math.log2(1 + len(self.citing[d])), 1)}
            issuer = self.ids.get(doc.issuer) if doc.issuer else None
            if issuer in self.meta:
                self.meta[issuer]["issued"].append(i)
            basis, derived = self.reader.based_on(d)
            self.meta[i] = {
                "kind": "document", "focus": kind == "focus", "iri": d, "label": label, "name": doc.label,
                "type": f.get("type"), "number": f.get("number"), "symbol": f.get("symbol"), "date": f.get("date"),
                "year": (f.get("year") or "")[:4] or None, "issuer": f.get("issuer"), "issuerNode": issuer,
                "scope": f.get("scope"), "term": f.get("term"), "title": f.get("title"), "aliases": doc.aliases,
                "province": f.get("scope") if f.get("scope") in provinces else None, "cited": doc.cited_in_store,
                "inPage": len(self.citing[d]), "kinds": dict(self.kinds[d]), "articles": self.citing[d],
                "basedOn": self._known(basis), "basisOf": self._known(derived),
                "amends": self._linked(d, "updates", 0), "amendedBy": self._linked(d, "updates", 2),
                "replaces": self._linked(d, "replaces", 0), "replacedBy": self._linked(d, "replaces", 2)}

    def _known(self, iris) -> list[str]:
        return [self.ids[x] for x in iris if x in self.ids and self.meta.get(self.ids[x], {}).get("kind", "document") == "document"]

    def _linked(self, document: str, kind: str, side: int) -> list[str]:
        """Documents this one amends or replaces (``side`` 0) or that amend or replace it (``side`` 2)."""
        other = 2 - side
        return [self.ids[key[other]] for key in self.links
                if key[1] == kind and key[side] == document and key[other] in self.ids]

    # -- what is drawn at first, and where ----------------------------------------------------------
    def _issuers(self, docs: list[str]) -> list[str]:
        return sorted({self.meta[i]["issuerNode"] for i in docs if self.meta[i]["issuerNode"] in self.nodes}, key=_num)

    def _place_all(self, positions: dict[str, tuple[float, float]]) -> None:
        for i, (x, y) in positions.items():
            self.nodes[i]["x"], self.nodes[i]["y"] = x, y

    def draw_articles(self, docs: list[str]) -> list[str]:
        """Few articles: each drawn, with their people, bodies and places while under the node budget;
        a seeded spring layout (the focus pinned at the centre)."""
        issuers = self._issuers(docs)
        articles = [self.ids[a.iri] for a in self.articles]
        graph = nx.Graph()
        graph.add_nodes_from([*docs, *issuers, *articles])
        for i in docs:
            if self.meta[i]["issuerNode"] in issuers:
                graph.add_edge(i, self.meta[i]["issuerNode"], weight=0.5)
            graph.add_edges_from(((i, other) for other in self.meta[i]["basedOn"] if other in docs), weight=1.0)
        drawn_docs = set(docs)
        for a in articles:
            graph.add_edges_from(((a, d) for d, *_ in self.meta[a]["cites"] if d in drawn_docs), weight=1.0)
        around = {x for a in articles for key in ("people", "organizations", "places") for x in self.meta[a][key]}
        around |= {org for a in articles for _, _, org in self.meta[a]["posts"] if org}
        around = {x for x in around if x in self.nodes} - set(graph)
        if graph.number_of_nodes() + len(around) <= NODE_BUDGET:
            for a in articles:
                for key in ("people", "organizations", "places"):
                    graph.add_edges_from(((a, x) for x in self.meta[a][key] if x in self.nodes), weight=0.5)
                graph.add_edges_from(((p, org) for p, _, org in self.meta[a]["posts"] if p in self.nodes and org in self.nodes),
                                     weight=0.5)
        drawn = sorted(graph, key=_num)
        self._place_all(layout.core(graph, [self.ids[d] for d in self.focus]))
        return drawn

    def draw_grouped(self, docs: list[str], group_by: str) -> list[str]:
        """Many articles: grouped (by province, month or site) into nodes with counts; a radial layout, and
        each group's articles on a spiral around it for when it is opened."""
        groups: dict[str, list[str]] = defaultdict(list)
        for a in self.articles:
            a_id = self.ids[a.iri]
            groups[_group_key(self.meta[a_id], group_by)].append(a_id)
        drawn_docs = set(docs)
        weights: dict[str, dict[str, int]] = {d: {} for d in docs}
        group_ids = []
        for n, (key, members) in enumerate(sorted(groups.items(), key=lambda kv: (-len(kv[1]), kv[0]))):
            g = f"g{n}"
            group_ids.append(g)
            self.nodes[g] = _vis(g, "group", f"{key}\n{vi(len(members))} bài",
                                 f"{len(members)} bài báo ({GROUPINGS[group_by][0]}: {key})",
                                 size=14 + 4 * math.log2(1 + len(members)))
            self.meta[g] = {"kind": "group", "name": key, "by": group_by, "members": members,
                            "province": key if group_by == "province" and key != UNKNOWN else None}
            for a_id in members:
                self.meta[a_id]["group"] = g
            for d, count in Counter(d for a_id in members for d, *_ in self.meta[a_id]["cites"]).items():
                if d in drawn_docs:
                    weights[d][g] = count
        issuers = self._issuers(docs)
        issued = defaultdict(list)
        for d in docs:
            issued[self.meta[d]["issuerNode"]].append(d)
        positions = layout.radial(group_ids, weights, {o: issued[o] for o in issuers},
                                  [self.ids[d] for d in self.focus])
        for g in group_ids:
            members = self.meta[g]["members"]
            positions.update(zip(members, layout.spiral(positions[g], len(members), 28.0)))
        self._place_all(positions)
        return [*docs, *issuers, *group_ids]


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


def _heading(title, focus, documents, total, in_page, grouped, group_by, groups: int, drawn_docs, all_docs):
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
        notices.append(f"Hơn {ARTICLE_BUDGET} bài: gộp theo {name[0]} thành {groups} nhóm, bấm vào một nhóm để mở "
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
