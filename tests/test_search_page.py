"""The endpoint's search page (GET /): over HTTP, and in Debian's Chromium (offline, no console error, XSS inert)."""

from __future__ import annotations

import shutil
import threading
import urllib.error
import urllib.parse
import urllib.request

import pytest
from typer.testing import CliRunner

from conftest import EXAMPLES
from trichdan.cli import app
from trichdan.graph.server import SparqlServer
from trichdan.graph.store import Store

runner = CliRunner()
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
HOSTILE = "<script>window.__xss=1</script><img src=x onerror=window.__xss=2>"


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    path = str(tmp_path_factory.mktemp("page-store"))
    assert runner.invoke(app, ["ingest", str(EXAMPLES), "--store", path, "--workers", "1"]).exit_code == 0
    running = SparqlServer(Store(path, read_only=True), "127.0.0.1", 0, 20.0, quiet=True)
    threading.Thread(target=running.serve_forever, daemon=True).start()
    yield running
    running.shutdown()
    running.server_close()


def get(server, query: str = "", method: str = "GET"):
    url = f"http://127.0.0.1:{server.server_address[1]}/" + (f"?{query}" if query else "")
    try:
        with urllib.request.urlopen(urllib.request.Request(url, method=method), timeout=60) as response:
            return response.status, response.headers, response.read().decode("utf-8")
    except urllib.error.HTTPError as exc:
        return exc.code, exc.headers, exc.read().decode("utf-8")


def test_the_home_page_has_a_search_box_and_the_sparql_link(server):
    status, headers, html = get(server)
    assert status == 200 and headers["Content-Type"] == "text/html; charset=utf-8"
    assert '<input type="search" name="q"' in html and '<a href="/sparql">/sparql</a>' in html
    assert "default-src 'none'" in headers["Content-Security-Policy"]


def test_one_document_is_answered_with_its_page(server):
    status, _, html = get(server, urllib.parse.urlencode({"q": "Quyet dinh 99"}))
    assert status == 200 and "<title>Quyết định 99-QĐ/TW (2017)" in html
    assert 'value="Quyet dinh 99"' in html and '<a href="/sparql">SPARQL</a>' in html  # the bar on top


def test_several_documents_are_listed_with_their_pages(server):
    status, _, html = get(server, urllib.parse.urlencode({"q": "Nghị quyết 02"}))
    assert status == 200
    assert ">Nghị quyết 02-NQ/TU (Tỉnh ủy Hà Tĩnh, 12/5/2017)</a>" in html
    assert ">Nghị quyết 02-NQ/TU (Tỉnh ủy Thanh Hóa, 20/9/2016)</a>" in html
    link = "/?doc=" + urllib.parse.quote("https://trichdan.example/id/doc/dang/tu.thanh-hoa/nghi-quyet/2016/2", safe="")
    assert f'href="{link}"' in html
    status, _, page = get(server, link[2:])
    assert status == 200 and "Tỉnh ủy Thanh Hóa" in page


def test_nothing_found_says_what_is_near(server):
    status, _, html = get(server, urllib.parse.urlencode({"q": "Quyết định 999"}))
    assert status == 200 and "did you mean" in html and ">Quyết định 99-QĐ/TW (Ban Bí thư Trung ương Đảng, 3/10/2017)</a>" in html


@pytest.mark.parametrize("query, status", [("doc=nope", 404), ("doc=https%3A%2F%2Fexample.org%2Fx", 404),
                                           ("q=" + "a" * 400, 400)])
def test_bad_requests_get_an_answer(server, query, status):
    assert get(server, query)[0] == status


def test_the_request_is_escaped(server):
    status, _, html = get(server, urllib.parse.urlencode({"q": HOSTILE}))
    assert status == 200 and HOSTILE not in html and "&lt;script&gt;window.__xss=1&lt;/script&gt;" in html


def test_head_has_no_body(server):
    status, headers, body = get(server, "q=QD+99", method="HEAD")
    assert status == 200 and int(headers["Content-Length"]) > 0 and body == ""


@pytest.mark.skipif(CHROMIUM is None, reason="Debian's chromium is not installed (.ci/run installs it)")
def test_in_a_browser_search_leads_to_the_document_page_offline(server, tmp_path):
    from playwright.sync_api import sync_playwright
    origin = f"http://127.0.0.1:{server.server_address[1]}"
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=["--headless=new", "--no-sandbox", "--disable-gpu"])
        page = browser.new_page(viewport={"width": 1400, "height": 900})
        outside, errors = [], []
        page.on("request", lambda r: None if r.url.startswith(origin) else outside.append(r.url))
        page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.goto(origin + "/")
        page.fill("input[name=q]", HOSTILE)
        page.press("input[name=q]", "Enter")
        page.wait_for_load_state()
        assert page.evaluate("window.__xss") is None
        page.fill("input[name=q]", "QD 99")
        page.press("input[name=q]", "Enter")
        page.wait_for_selector("body[data-ready='1']", state="attached")  # a selector, not a script the page's CSP forbids
        assert page.title().startswith("Quyết định 99-QĐ/TW")
        page.screenshot(path=str(tmp_path / "search-page.png"))
        browser.close()
    assert outside == [] and errors == []
