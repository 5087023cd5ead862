"""Time to a usable page for ``trichdan view`` in headless Chromium, on generated stores.

  .venv/bin/python bench/bench_view.py [--workdir DIR] [--sizes 100,500,2000,20000] [--trichdan PATH]
                                       [--reference "Quyết định 99"] [--timeout 120] [--runs 3]

For every size: a store of that many generated articles (``../shared/bench/make_corpus.py``, seed 1,
ingested once into WORKDIR/store-view-N), then two views: the whole store (``view --out``) and the
document cited by about a quarter of the articles (``view "Quyết định 99" --out``). For each: the wall
and CPU time of the command (start-up included; CPU time does not depend on other load), the size of the page, then ``--runs`` loads of the page in
Debian's Chromium (headless, no network: every http(s) request is aborted) and the median time from
navigation to *usable*: the load event has fired and the main thread has been idle (no long task,
i.e. none over 50 ms, reported by a PerformanceObserver installed before the page's own scripts) for
one second, and vis-network's physics is off or its initial stabilisation is over (pyvis covers the
graph with a progress bar until then; the drawing may go on drifting after it); usable
is the last of: the end of the last long task, the load event, the first poll (every 100 ms) that found
the drawing still. Also the number of
nodes and edges drawn. ``--trichdan`` runs another build's command (e.g. the baseline checkout) for a
before/after comparison in the same run.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import time
from pathlib import Path

from _common import DEFAULT_WORKDIR, TRICHDAN, articles_glob, corpus, git_revision, save, table

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
ARGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-default-apps", "--disable-sync", "--no-first-run"]
# Installed before any script of the page runs: collects long tasks (> 50 ms on the main thread).
_OBSERVER = """
window.__longTasks = [];
new PerformanceObserver(list => { for (const e of list.getEntries()) window.__longTasks.push(e.startTime + e.duration); })
  .observe({type: 'longtask', buffered: true});
"""
_STATE = """() => ({load: performance.getEntriesByType('navigation')[0]?.loadEventEnd || 0,
  last: window.__longTasks.length ? Math.max(...window.__longTasks) : 0, now: performance.now(),
  nodes: window.network && network.body ? network.body.data.nodes.length : null,
  edges: window.network && network.body ? network.body.data.edges.length : null,
  still: !(window.network && network.body) || (network.physics.physicsEnabled !== false && !network.physics.stabilized && !network.physics.ready)})"""


def store_for(workdir: str, articles: int, trichdan: str) -> str:
    """WORKDIR/store-view-N, ingested from the generated corpus of N articles (made once)."""
    path = Path(workdir) / f"store-view-{articles}"
    if not (path / "done").exists():
        shutil.rmtree(path, ignore_errors=True)
        subprocess.run([trichdan, "ingest", articles_glob(corpus(workdir, articles)), "--store", str(path),
                        "--workers", "2"], check=True, stderr=subprocess.DEVNULL)
        (path / "done").write_text("ingested\n")
    return str(path)


def write_view(trichdan: str, store: str, out: str, reference: str | None, timeout: float) -> dict:
    cmd = [trichdan, "view", *([reference] if reference else []), "--store", store, "--out", out]
    t0, r0 = time.perf_counter(), resource.getrusage(resource.RUSAGE_CHILDREN)
    try:
        proc = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return {"error": f"view command > {timeout:.0f} s"}
    wall, r1 = time.perf_counter() - t0, resource.getrusage(resource.RUSAGE_CHILDREN)
    if proc.returncode:
        return {"error": proc.stderr.strip()[-200:]}
    return {"write_s": wall, "write_cpu_s": r1.ru_utime + r1.ru_stime - r0.ru_utime - r0.ru_stime,
            "mb": os.path.getsize(out) / 1e6, "message": proc.stderr.strip()}


def usable(page_path: str, runs: int, timeout: float) -> dict:
    """Median seconds from navigation to a usable page (loaded, main thread idle for 1 s)."""
    from playwright.sync_api import sync_playwright
    times, state = [], {}
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        for _ in range(runs):
            page = browser.new_page(viewport={"width": 1400, "height": 900})
            page.route("http*://**", lambda route: route.abort())
            page.add_init_script(_OBSERVER)
            start = time.perf_counter()
            page.goto(Path(page_path).resolve().as_uri(), wait_until="commit", timeout=timeout * 1000)
            stable = None
            while True:
                state = page.evaluate(_STATE)
                stable = None if state["still"] else (stable or state["now"])
                if stable and state["load"] and state["now"] - max(state["last"], state["load"], stable) >= 1000:
                    break
                if time.perf_counter() - start > timeout:
                    page.close()
                    browser.close()
                    return {"usable_s": None, "timeout": timeout}
                page.wait_for_timeout(100)
            times.append(max(state["load"], state["last"], stable) / 1000)
            page.close()
        browser.close()
    return {"usable_s": statistics.median(times), "runs_s": times, "nodes": state["nodes"], "edges": state["edges"]}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--workdir", default=DEFAULT_WORKDIR)
    ap.add_argument("--sizes", default="100,500,2000,20000")
    ap.add_argument("--trichdan", default=TRICHDAN, help="the trichdan command to measure (default: this checkout's)")
    ap.add_argument("--reference", default="Quyết định 99")
    ap.add_argument("--timeout", type=float, default=120)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--label", default="", help="name of this run in results/view*.json")
    args = ap.parse_args()
    rows, results = [], []
    for size in (int(s) for s in args.sizes.split(",")):
        store = store_for(args.workdir, size, TRICHDAN)
        for reference in (None, args.reference):
            out = str(Path(args.workdir) / f"view-{args.label or 'run'}-{size}-{'doc' if reference else 'all'}.html")
            res = write_view(args.trichdan, store, out, reference, args.timeout)
            if "error" not in res:
                res.update(usable(out, args.runs, args.timeout))
            res.update({"articles": size, "view": reference or "whole store"})
            results.append(res)
            print(res, flush=True)
            usable_s = res.get("usable_s")
            rows.append([f"{size:,}", res["view"], f"{res['write_s']:.2f}" if "write_s" in res else res.get("error", "–"),
                         f"{res['write_cpu_s']:.2f}" if "write_cpu_s" in res else "–",
                         f"{res['mb']:.2f}" if "mb" in res else "–", res.get("nodes", "–"), res.get("edges", "–"),
                         f"{usable_s:.2f}" if usable_s is not None else f"> {args.timeout:.0f} (not usable)"])
    print(f"\n{args.trichdan}; rev {git_revision()}; median of {args.runs} loads\n")
    print(table(["articles", "view", "command s", "command CPU s", "page MB", "nodes drawn", "edges drawn", "usable s"], rows))
    save(args.workdir, f"view{('-' + args.label) if args.label else ''}", {"revision": git_revision(),
         "trichdan": args.trichdan, "results": results})


if __name__ == "__main__":
    main()
