"""Make the README's screenshots from the sample articles: the whole-store view and a document page.

  .venv/bin/python docs/screenshots.py

Ingests examples/ into a temporary store, writes both pages with ``trichdan view``, opens them in
Debian's Chromium (offline) and saves docs/view.png and docs/document.png.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from playwright.sync_api import sync_playwright

ROOT = Path(__file__).resolve().parents[1]
TRICHDAN = str(Path(sys.executable).with_name("trichdan"))
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"


def main() -> None:
    with tempfile.TemporaryDirectory() as work:
        store, view, document = f"{work}/store", Path(work, "view.html"), Path(work, "document.html")
        subprocess.run([TRICHDAN, "ingest", str(ROOT / "examples"), "--store", store, "--workers", "1"], check=True)
        subprocess.run([TRICHDAN, "view", "--store", store, "--out", str(view)], check=True)
        subprocess.run([TRICHDAN, "view", "Nghị quyết 02-NQ/TU Hà Tĩnh", "--store", store, "--out", str(document)], check=True)
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=["--headless=new", "--no-sandbox", "--disable-gpu"])
            page = browser.new_page(viewport={"width": 1400, "height": 900})
            page.route("http*://**", lambda route: route.abort())
            page.goto(view.as_uri())
            page.wait_for_function("document.body.dataset.ready === '1'")
            page.fill("#search", "Phan Văn Khoa")
            page.press("#search", "Enter")
            page.evaluate("network.moveTo({scale: 0.9, animation: false})")
            page.screenshot(path=str(ROOT / "docs" / "view.png"))
            page = browser.new_page(viewport={"width": 1400, "height": 900})
            page.route("http*://**", lambda route: route.abort())
            page.goto(document.as_uri())
            page.wait_for_function("document.body.dataset.ready === '1'")
            page.screenshot(path=str(ROOT / "docs" / "document.png"), full_page=True)
            browser.close()


if __name__ == "__main__":
    main()
