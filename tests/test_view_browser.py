"""The HTML view in a real browser (Playwright driving Debian's Chromium): it draws every node offline."""

import shutil

import pytest
from typer.testing import CliRunner

from conftest import EXAMPLES
from trichdan.cli import app

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="Debian's chromium is not installed (.ci/run installs it)")


def test_view_renders_nodes_and_edges(tmp_path):
    from playwright.sync_api import sync_playwright

    runner = CliRunner()
    store, page_path = str(tmp_path / "store"), tmp_path / "view.html"
    assert runner.invoke(app, ["ingest", str(EXAMPLES), "--store", store, "--workers", "1"]).exit_code == 0
    result = runner.invoke(app, ["view", "Quyết định 99", "--store", store, "--out", str(page_path)])
    assert result.exit_code == 0
    expected_nodes = int(result.stderr.split(": ")[1].split(" nodes")[0])
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu",
                                    "--disable-background-networking", "--disable-component-update"])
        page = browser.new_page()
        errors = []
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.route("http*://**", lambda route: route.abort())  # prove it needs no network
        page.goto(page_path.as_uri())
        page.wait_for_function("typeof network !== 'undefined' && network.body.data.nodes.length > 0")
        nodes = page.evaluate("network.body.data.nodes.length")
        labels = page.evaluate("network.body.data.nodes.get().map(n => n.label)")
        assert page.locator("canvas").count() == 1
        page.screenshot(path=str(tmp_path / "view.png"))
        browser.close()
    assert errors == []
    assert nodes == expected_nodes
    assert "Quyết định 99-QĐ/TW" in labels
