"""The endpoint's home page (``GET /``): a search box over the store, answered with a document's page.

``/`` shows the box; ``/?q=TEXT`` looks TEXT up (``lookup.Lookup``: any case, with or without diacritics,
aliases, scopes, slips): one document → its page (``views.document_html``), several → the list of them
with how many articles cite each, and the people, bodies and places of that name; nothing → the nearest
names ("did you mean"). ``/?doc=IRI`` is the page of one catalogued document (404 for any other IRI). Pages
are self-contained (no request leaves them, not even for an icon) and everything from the store or the
request is escaped.
"""

from __future__ import annotations

from dataclasses import dataclass
from http import HTTPStatus
from urllib.parse import urlencode

from jinja2 import Environment

from .lookup import KIND_NAMES, Hit, Lookup
from .views import UnknownDocument, document_html

MAX_QUERY = 300  # characters of a search text
_ENV = Environment(autoescape=True)
_PAGE = _ENV.from_string("""<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ title }}</title><link rel="icon" href="data:,">
<style>
body{font:15px/1.5 system-ui,sans-serif;margin:2rem auto;max-width:60rem;padding:0 1rem;color:#222}
form{display:flex;gap:.5rem;margin:1rem 0}input[type=search]{flex:1;font:inherit;padding:.4rem .6rem}
button{font:inherit;padding:.4rem 1rem}table{border-collapse:collapse;width:100%}
td,th{border-bottom:1px solid #ddd;padding:.3rem .5rem;text-align:left;vertical-align:top}
th{background:#f4f4f4}.n{text-align:right}.note{color:#555}.error{color:#a00}footer{margin-top:2rem;color:#555}
</style></head><body>
<h1>trichdan</h1>
<p class="note">Tìm văn bản, người, tổ chức, địa bàn / search documents, people, bodies and places:
"Quyết định 99", "QD 99", "Nghị quyết 02 Hà Tĩnh", "Pháp lệnh dân chủ", "Phan Van Khoa".</p>
<form method="get" action="/"><input type="search" name="q" value="{{ query }}" maxlength="{{ max_query }}"
 aria-label="Tìm / search" autofocus><button type="submit">Tìm / Search</button></form>
{% if message %}<p class="{{ 'error' if error else 'note' }}">{{ message }}</p>{% endif %}
{% if documents %}<h2>Văn bản / documents</h2>
<table><tr><th>văn bản / document</th><th class="n">bài báo / articles</th></tr>
{% for hit in documents %}<tr><td><a href="/?{{ link(hit) }}">{{ hit.label }}</a></td><td class="n">{{ hit.articles }}</td></tr>
{% endfor %}</table>{% endif %}
{% if others %}<h2>Người, tổ chức, địa bàn / people, bodies, places</h2>
<table><tr><th>loại / kind</th><th>tên / name</th><th class="n">bài báo / articles</th></tr>
{% for hit in others %}<tr><td>{{ kinds[hit.kind] }}</td><td>{{ hit.label }}</td><td class="n">{{ hit.articles }}</td></tr>
{% endfor %}</table>{% endif %}
<footer>SPARQL: <a href="/sparql">/sparql</a> (SPARQL 1.1 Protocol, read-only) ·
<a href="/ontology.ttl">ontology.ttl</a> · <a href="/shapes.ttl">shapes.ttl</a></footer>
</body></html>
""")


@dataclass(frozen=True, slots=True)
class Page:
    status: int
    html: str


def answer(lookup: Lookup, params: dict[str, list[str]]) -> Page:
    """The page for the query string ``params`` of a ``GET /``."""
    if "doc" in params:
        iri = params["doc"][0]
        try:
            return Page(HTTPStatus.OK, _with_bar(document_html(lookup.store, iri), ""))
        except (UnknownDocument, ValueError):  # not catalogued, or not an IRI at all
            return _page(HTTPStatus.NOT_FOUND, "", message=f"Không có văn bản / no document {iri} in the store", error=True)
    text = " ".join((params.get("q") or [""])[0].split())
    if not text:
        return _page(HTTPStatus.OK, "")
    if len(text) > MAX_QUERY:
        return _page(HTTPStatus.BAD_REQUEST, text[:MAX_QUERY], message=f"at most {MAX_QUERY} characters, please", error=True)
    hits = lookup.search(text)
    documents = [h for h in hits if h.kind == "document"]
    if len(documents) == 1:
        return Page(HTTPStatus.OK, _with_bar(document_html(lookup.store, documents[0].id), text))
    if hits:
        return _page(HTTPStatus.OK, text, documents, [h for h in hits if h.kind != "document"],
                     message=f"{len(hits)} kết quả / results")
    near = lookup.suggest(text)
    return _page(HTTPStatus.OK, text, [h for h in near if h.kind == "document"],
                 [h for h in near if h.kind != "document"], error=True,
                 message="Không tìm thấy / nothing found" + ("; có phải / did you mean:" if near else ""))


_BAR = _ENV.from_string("""<nav style="font:14px system-ui,sans-serif;padding:.4rem .8rem;background:#f4f4f4;\
border-bottom:1px solid #ddd;display:flex;gap:.6rem;align-items:center"><a href="/">trichdan</a>\
<form method="get" action="/" style="display:flex;gap:.4rem;flex:1;margin:0"><input type="search" name="q" \
value="{{ query }}" maxlength="{{ max_query }}" aria-label="Tìm / search" style="flex:1;max-width:30rem">\
<button type="submit">Tìm / Search</button></form><a href="/sparql">SPARQL</a></nav>""")


def _with_bar(html: str, query: str) -> str:
    """The document page with a bar on top: the search box (holding ``query``) and the SPARQL endpoint's link."""
    head = html.find("</head>")
    html = html[:head] + '<link rel="icon" href="data:,">' + html[head:]
    at = html.find(">", html.find("<body")) + 1
    return html[:at] + _BAR.render(query=query, max_query=MAX_QUERY) + html[at:]


def _page(status: int, query: str, documents: list[Hit] = (), others: list[Hit] = (), *, message: str = "",
          error: bool = False) -> Page:
    html = _PAGE.render(title=f"{query} · trichdan" if query else "trichdan", query=query, max_query=MAX_QUERY,
                        documents=documents, others=others, message=message, error=error, kinds=KIND_NAMES,
                        link=lambda hit: urlencode({"doc": hit.id}))
    return Page(status, html)
