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

from ..display import sentence
from ..store import GraphStore
from .data import Article, Citation, Document, Reader
from .drawing import NODE_BUDGET, draw_articles, draw_grouped
from .labels import GROUPINGS, UNKNOWN, article_label, document_label, heading_line, short, vi
from .mentions import add_people_bodies_places
from .nodes import KIND_COLOURS, STYLE, document_size, vis_node

__all__ = ["ARTICLE_BUDGET", "DEFAULT_LIMIT", "DOCUMENT_BUDGET", "KIND_COLOURS", "NODE_BUDGET", "STYLE", "Assembly",
           "View", "build", "stated_links"]

ARTICLE_BUDGET = 300
DOCUMENT_BUDGET = 150
DEFAULT_LIMIT = 2000


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
    page = Assembly(reader, focus or [])
    page.add_articles([a for _, a in newest])
    add_people_bodies_places(page)
    page.add_documents()
    grouped = len(page.articles) > ARTICLE_BUDGET
    drawn_docs = [page.ids[d] for d in list(page.documents)[:max(DOCUMENT_BUDGET, len(page.focus))]]
    drawn = draw_grouped(page, drawn_docs, group_by) if grouped else draw_articles(page, drawn_docs)
    groups = [i for i in drawn if page.meta[i]["kind"] == "group"]
    heading, notices = _heading(title, page.focus, page.documents, len(scope), len(page.articles), grouped, group_by,
                                len(groups), len(drawn_docs), len(page.documents))
    counts = {"store_articles": len(scope), "page_articles": len(page.articles), "documents": len(page.documents),
              "drawn": len(drawn), "nodes": len(page.nodes)}
    return View(heading, notices, list(page.nodes.values()), page.meta, drawn, group_by if grouped else None, counts,
                [page.ids[d] for d in page.focus if d in page.ids], page.articles, page.documents, page.ids, reader,
                page.links)


class Assembly:
    """Nodes (vis records) and their details, added kind by kind (people, bodies and places by ``mentions``)."""

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
            self.nodes[i] = vis_node(i, "article", article_label(article.title, heading, article.published, article.site),
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

    def add_documents(self) -> None:
        """Each document: its catalogue entry, how the page's articles cite it, its stated relations."""
        provinces = {m["province"] for m in self.meta.values() if m["kind"] == "article"}
        for d, doc in self.documents.items():
            i, f = self.ids[d], doc.fields
            label = document_label(doc.label, f.get("scope"), f.get("year"))
            kind = "focus" if d in self.focus else "document"
            self.nodes[i] = vis_node(i, kind, label, f"{label}\n{f.get('title') or ''}".strip(),
                                 size=document_size(doc.cited_in_store, kind))
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


def _web(url: str | None) -> bool:
    return bool(url) and url.startswith(("http://", "https://"))
