"""The HTML views in a real browser (Playwright driving Debian's Chromium, never a downloaded one).

No request leaves the page, no console error; search selects and centres; filters hide what they
should; a click shows details; a group opens and closes; payloads from article text and from the
reference stay inert; screenshots are written.
"""

from __future__ import annotations

import shutil

import pytest
from typer.testing import CliRunner

from conftest import EXAMPLES
from trichdan.cli import app
from trichdan.graph.store import Store
from trichdan.graph.views import build, content, graph_html

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="Debian's chromium is not installed (.ci/run installs it)")
ARGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-default-apps", "--disable-sync", "--no-first-run"]
runner = CliRunner()
# An article whose title and text carry script: it must be shown as text, never run.
HOSTILE = """<img src=x onerror="window.__xss=1"> Can Lộc triển khai </script><script>window.__xss=2</script> dân chủ

(Baohatinh.vn) - Ngày 3/5/2024, Huyện ủy Can Lộc quán triệt Nghị quyết 02-NQ/TU của Tỉnh ủy Hà Tĩnh <svg onload="window.__xss=3"> về dân chủ ở cơ sở và Quyết định 99-QĐ/TW <b onmouseover=alert(1)>của Ban Bí thư</b>.

Ông Phan Văn Khoa, Phó Trưởng ban Dân vận Tỉnh ủy, phát biểu chỉ đạo hội nghị.
"""


@pytest.fixture(scope="module")
def store(tmp_path_factory) -> str:
    folder = tmp_path_factory.mktemp("articles")
    for source in EXAMPLES.iterdir():
        if source.suffix in (".txt", ".html"):
            shutil.copy(source, folder / source.name)
    (folder / "07_hostile.txt").write_text(HOSTILE, encoding="utf-8")
    path = str(tmp_path_factory.mktemp("browser-store"))
    result = runner.invoke(app, ["ingest", str(folder), "--store", path, "--workers", "1"])
    assert result.exit_code == 0, result.output
    return path


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright
    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield chromium
        chromium.close()


class Page:
    """A page opened offline: every request other than the file itself is recorded and refused."""

    def __init__(self, browser, path):
        self.page = browser.new_page(viewport={"width": 1400, "height": 900})
        self.requests, self.errors = [], []
        self.page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.route("**/*", self._route)
        self.page.goto(path.as_uri())
        self.page.wait_for_selector("body[data-ready='1']", state="attached")  # a selector, not a script the page's CSP forbids

    def _route(self, route):
        if route.request.url.startswith("file:") and route.request.url.endswith(".html"):
            route.continue_()
        else:
            self.requests.append(route.request.url)
            route.abort()

    def js(self, expression, arg=None):
        return self.page.evaluate(expression, arg)

    def visible(self) -> list[str]:
        return self.js("network.body.data.nodes.getIds()")

    def meta(self, node_id):
        return self.js("id => JSON.parse(document.getElementById('trichdan-data').textContent).meta[id]", node_id)

    def click_node(self, node_id):
        """Bring the node to the middle of the canvas (clear of the details panel), then click it."""
        self.js("id => network.focus(id, {scale: 1.2, animation: false})", node_id)
        box = self.page.locator("#graph-canvas canvas").bounding_box()
        point = self.js("id => network.canvasToDOM(network.getPositions([id])[id])", node_id)
        self.page.mouse.click(box["x"] + point["x"], box["y"] + point["y"])

    def clean(self):
        assert self.requests == [] and self.errors == []
        assert self.js("window.__xss") is None and self.js("typeof window.alert") == "function"
        self.page.close()


def write(store, tmp_path, *args) -> object:
    out = tmp_path / "view.html"
    result = runner.invoke(app, ["view", *args, "--store", store, "--out", str(out)])
    assert result.exit_code == 0, result.output
    return out


def test_whole_store_page_search_filters_details(store, browser, tmp_path):
    page = Page(browser, write(store, tmp_path))
    ids = page.visible()
    assert len(ids) == page.js("JSON.parse(document.getElementById('trichdan-data').textContent).drawn.length")
    canvas = page.page.locator("#graph-canvas canvas").bounding_box()
    assert canvas["width"] == 1400 and canvas["y"] + canvas["height"] == pytest.approx(900, abs=2)  # full window

    # search finds, selects and centres
    page.page.fill("#search", "phan van khoa")  # without diacritics
    page.page.wait_for_selector("#results li")
    assert "Phan Văn Khoa" in page.page.inner_text("#results li:first-child")
    page.page.press("#search", "Enter")
    selected = page.js("network.getSelectedNodes()")
    assert len(selected) == 1 and page.meta(selected[0])["name"] == "Phan Văn Khoa"
    centre, node = page.js("network.getViewPosition()"), page.js("id => network.getPositions([id])[id]", selected[0])
    assert abs(centre["x"] - node["x"]) < 1 and abs(centre["y"] - node["y"]) < 1
    assert "Phan Văn Khoa" in page.page.inner_text("#details") and "Phó Trưởng ban" in page.page.inner_text("#details")

    # filters hide what they should
    page.page.select_option("#f-province", "Thanh Hóa")
    shown = [page.meta(i) for i in page.visible()]
    articles = [m for m in shown if m["kind"] == "article"]
    assert articles and all(m["province"] == "Thanh Hóa" for m in articles)
    assert all(m.get("province") in (None, "Thanh Hóa") for m in shown)
    page.page.click("#f-reset")
    assert sorted(page.visible()) == sorted(ids)
    page.page.uncheck(".f-type[value=person]")
    assert not [i for i in page.visible() if page.meta(i)["kind"] == "person"]
    page.page.check(".f-type[value=person]")
    page.page.select_option("#f-kind", "reviews")
    kinds = [page.meta(i) for i in page.visible()]
    assert all(any("reviews" in c[1] for c in m["cites"]) for m in kinds if m["kind"] == "article")
    assert page.js("network.body.data.edges.get().filter(e => e.kind !== 'mentions' && e.kind !== 'post' && e.kind !== 'issuer' && e.kind !== 'basedOn').every(e => e.kind === 'reviews')")
    page.page.fill("#f-from", "2023-01-01")
    page.page.dispatch_event("#f-from", "change")
    assert all(m["date"] >= "2023-01-01" for m in (page.meta(i) for i in page.visible()) if m["kind"] == "article")
    page.page.click("#f-reset")

    # a click shows the details and neighbours of a document
    q99 = next(i for i in page.visible() if page.meta(i).get("symbol") == "99-QĐ/TW")
    page.click_node(q99)
    details = page.page.inner_text("#details")
    assert "Quyết định 99-QĐ/TW" in details and "Ban Bí thư" in details and "Bài báo trích dẫn / citing articles (5)" in details
    page.page.screenshot(path=str(tmp_path / "view.png"))
    assert (tmp_path / "view.png").stat().st_size > 10_000

    # the hostile article is text everywhere: label, search results, details
    page.page.fill("#search", "can loc trien khai")
    page.page.press("#search", "Enter")
    assert "<img src=x" in page.page.inner_text("#details") and page.page.locator("#details img, #details svg").count() == 0
    page.clean()


def test_groups_open_on_click_and_close(store, browser, tmp_path, monkeypatch):
    monkeypatch.setattr(content, "ARTICLE_BUDGET", 3)
    path = tmp_path / "grouped.html"
    path.write_text(graph_html(build(Store(store, read_only=True))), encoding="utf-8")
    page = Page(browser, path)
    groups = [i for i in page.visible() if page.meta(i)["kind"] == "group"]
    assert groups and not [i for i in page.visible() if page.meta(i)["kind"] == "article"]
    ha_tinh = next(g for g in groups if page.meta(g)["name"] == "Hà Tĩnh")
    members = page.meta(ha_tinh)["members"]
    before = len(page.visible())
    page.click_node(ha_tinh)
    assert set(members) <= set(page.visible()) and len(page.visible()) == before + len(members)
    assert "Hà Tĩnh" in page.page.inner_text("#details")
    page.page.click("#collapse")
    assert len(page.visible()) == before
    # searching an article inside a closed group opens the group and selects the article
    page.page.fill("#search", "Cẩm Xuyên tổng kết")
    page.page.press("#search", "Enter")
    selected = page.js("network.getSelectedNodes()")
    assert page.meta(selected[0])["kind"] == "article" and selected[0] in page.visible()
    page.page.screenshot(path=str(tmp_path / "grouped.png"))
    page.clean()


def test_document_page_table_sorts_and_filters(store, browser, tmp_path):
    page = Page(browser, write(store, tmp_path, "Quyết định 99"))
    assert page.page.inner_text("h1") == "Quyết định 99-QĐ/TW (2017)"
    rows = page.page.locator("#citing tbody tr")
    assert rows.count() == 5
    dates = [rows.nth(i).locator("td").first.inner_text() for i in range(5)]
    assert dates == sorted(dates, reverse=True)
    page.page.click("#citing th[data-sort=date]")
    assert [rows.nth(i).locator("td").first.inner_text() for i in range(5)] == sorted(dates)
    page.page.fill("#t-filter", "nam dan")  # folded: without diacritics
    assert rows.count() == 1
    assert "<img src=x" not in page.page.inner_text("#citing") or page.page.locator("#citing img").count() == 0
    page.page.fill("#t-filter", "")
    assert page.page.locator("#localities tbody tr").count() >= 4 and "Phan Văn Khoa" in page.page.inner_text("#officials")
    assert page.js("network.getSelectedNodes()") == page.js("JSON.parse(document.getElementById('trichdan-data').textContent).focus")
    page.page.screenshot(path=str(tmp_path / "document.png"), full_page=True)
    page.clean()


def test_a_hostile_reference_is_inert(store, browser, tmp_path):
    page = Page(browser, write(store, tmp_path, '<img src=x onerror="window.__xss=9"> Nghị quyết 02-NQ/TU'))
    assert page.page.inner_text("h1").startswith("<img src=x")
    assert page.page.locator("img").count() == 0
    page.clean()


def test_relations_between_documents_are_edges(browser, tmp_path):
    from test_view import RELATIONS
    (tmp_path / "rel.txt").write_text(RELATIONS, encoding="utf-8")
    store = str(tmp_path / "store")
    assert runner.invoke(app, ["ingest", str(tmp_path / "rel.txt"), "--store", store, "--workers", "1"]).exit_code == 0
    page = Page(browser, write(store, tmp_path))
    edges = page.js("network.body.data.edges.get().filter(e => ['basedOn', 'amends', 'replaces'].includes(e.kind))"
                    ".map(e => [e.kind, network.body.data.nodes.get(e.from).label, network.body.data.nodes.get(e.to).label])")
    assert any(k == "basedOn" and a.startswith("Kế hoạch 125") and b.startswith("Nghị định 59") for k, a, b in edges)
    assert any(k == "replaces" and a.startswith("Nghị định 59") and b.startswith("Nghị định 04") for k, a, b in edges)
    assert any(k == "amends" and a.startswith("Quyết định 10") and b.startswith("Quyết định 25") for k, a, b in edges)
    page.clean()
