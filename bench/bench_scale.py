"""The scale table (issue 12): ingest, store, ``cites`` and the ready-made queries at several corpus sizes.

  .venv/bin/python bench/bench_scale.py [--sizes 1000,10000,100000] [--trichdan BIN] [--label after]
                                        [--workers 2] [--runs 10] [--workdir DIR]

For every size, on a corpus from ../shared/bench/make_corpus.py:

* floor: reading the same files and running one regular expression over them (``\\d+-[A-ZĐ]+/[A-Z]+``),
  once with the files dropped from the page cache (``posix_fadvise(DONTNEED)``, per file: other processes'
  caches are left alone) and once warm; the floor ratio is ingest seconds / warm floor seconds;
* ingest into a fresh store (wall and CPU seconds, articles/s, peak RSS of the largest process and of the
  whole process tree), the store's size on disk per article, then the same ingest again (all unchanged);
* ``cites`` from the command line (start-up included; wall and CPU medians of ``--runs``) and in-process
  (cold, then the median), each answer checked against truth.jsonl (exact: the same articles);
* every ready-made query in-process (cold and median of 3), its document bound to a document cited by
  at most 5 % of the articles (a local resolution) and, for comparison, to Quyết định 99-QĐ/TW, which the
  generated corpus cites in about a quarter of its articles.

``--trichdan`` runs another installation (the "before" column: a checkout of the previous revision with its
own venv); the in-process parts then run with the Python beside that ``trichdan``. CPU seconds are user +
system of the command and its workers (/usr/bin/time), which other load on the machine does not inflate.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

from _common import DEFAULT_WORKDIR, TRICHDAN, articles_glob, corpus, git_revision, median_p95, save, table
from bench_ingest import disk_mb, run

PLAIN = re.compile(r"\d+-[A-ZĐ]+/[A-Z]+")
_REPORT = re.compile(r"(\d+) added, (\d+) replaced, (\d+) unchanged, (\d+) failed")
# (reference, symbol and scope in truth.jsonl): a document in ~25 % of the articles, and a local one in ~0.5 %
REFERENCES = [("Quyết định 99", "99-QĐ/TW", None), ("Nghị quyết 02-NQ/TU Hà Tĩnh", "02-NQ/TU", "Hà Tĩnh")]
SMALL = 1  # index in REFERENCES of the document cited by at most 5 % of the articles

CHILD = r'''
import json, sys, time
from pyoxigraph import NamedNode
from trichdan.graph import queries
from trichdan.graph.cites import cites, find_documents, parse_reference
try:
    from trichdan.graph.store import open_store
except ImportError:
    from trichdan.graph.store import Store as open_store
path, runs, refs = sys.argv[1], int(sys.argv[2]), json.loads(sys.argv[3])
t0, c0 = time.perf_counter(), time.process_time()
store = open_store(path, read_only=True)
opened = time.perf_counter() - t0
out = {"open_s": opened, "cites": {}, "queries": {}}
for ref in refs:
    t0 = time.perf_counter()
    answer = cites(store, ref)
    cold = time.perf_counter() - t0
    times, cpu = [], []
    for _ in range(runs):
        t0, c0 = time.perf_counter(), time.process_time()
        cites(store, ref)
        times.append(time.perf_counter() - t0)
        cpu.append(time.process_time() - c0)
    times.sort(); cpu.sort()
    out["cites"][ref] = {"cold_s": cold, "median_s": times[len(times) // 2], "cpu_median_s": cpu[len(cpu) // 2],
                         "files": sorted({a["file"] for d in answer["documents"] for a in d["articles"]})}
READY = {"documents_by_symbol": {"qSymbol": "99-QĐ/TW"}, "documents_by_key": {"qKey": "dang/tw/quyet-dinh/xii/99"},
         "documents_by_number": {"qType": "Quyết định", "qNumber": 99},
         "documents_by_name": {"qType": "Luật", "qName": "dân chủ"},
         "most_cited": {"qFrom": "2023-01-01", "qTo": "2023-12-31"}, "person_articles": {"qName": "Nguyễn Văn An"}}
for ref in refs:
    doc = find_documents(store, parse_reference(ref))[0]["doc"]
    timings = {}
    for name in queries.names():
        text = queries.load(name)
        wanted = queries.parameters(text)
        params = dict(READY.get(name, {}))
        if "qDoc" in wanted:
            params = {"qDoc": NamedNode(doc)}
        if "qArticle" in wanted:
            params = {"qArticle": NamedNode(queries.run(store, "articles_citing", qDoc=NamedNode(doc))[0]["article"])}
        if any(p not in params for p in wanted):
            continue
        t0 = time.perf_counter()
        rows = len(queries.run(store, name, **params))
        cold = time.perf_counter() - t0
        times = []
        for _ in range(3):
            t0 = time.perf_counter()
            queries.run(store, name, **params)
            times.append(time.perf_counter() - t0)
        timings[name] = {"rows": rows, "cold_s": cold, "median_s": sorted(times)[1]}
    out["queries"][ref] = timings
print(json.dumps(out, ensure_ascii=False))
'''


def floor(folder: Path) -> dict:
    """Seconds (wall, CPU) to read every article and run one regex over it: cold (dropped from cache), then warm."""
    files = sorted(folder.glob("*.txt"))
    result = {}
    for phase in ("cold", "warm"):
        if phase == "cold":
            for path in files:
                fd = os.open(path, os.O_RDONLY)
                os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
                os.close(fd)
        t0, c0, found = time.perf_counter(), time.process_time(), 0
        for path in files:
            with open(path, "rb") as handle:
                found += sum(1 for _ in PLAIN.finditer(handle.read().decode("utf-8")))
        result[f"{phase}_s"], result[f"{phase}_cpu_s"] = time.perf_counter() - t0, time.process_time() - c0
    result["matches"] = found
    return result


def truth(folder: Path, symbol: str, scope: str | None) -> set[str]:
    """Article ids whose truth lists the document (symbol, and scope for a local one)."""
    found = set()
    with (folder / "truth.jsonl").open(encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            if any(d["symbol"] == symbol and d.get("scope") == scope for d in record["documents"]):
                found.add(record["id"])
    return found


def cli_cites(trichdan: str, store: str, ref: str, runs: int) -> dict:
    wall, cpu = [], []
    for _ in range(runs):
        timed = run([trichdan, "cites", ref, "--store", store, "--format", "json"])
        if timed["returncode"]:
            return {"error": timed["stderr"].strip()[-300:]}
        wall.append(timed["seconds"])
        cpu.append(timed["cpu_s"])
    return {"cli_median_s": median_p95(wall)[0], "cli_p95_s": median_p95(wall)[1], "cli_cpu_median_s": median_p95(cpu)[0]}


def measure(size: int, args) -> dict:
    src = corpus(args.workdir, size, args.seed)
    store = Path(args.workdir) / f"scale-{args.label}-{size}"
    shutil.rmtree(store, ignore_errors=True)
    result = {"articles": size, "label": args.label, "floor": floor(src), "load": os.getloadavg()}
    command = [args.trichdan, "ingest", articles_glob(src), "--store", str(store), "--workers", str(args.workers)]
    first = run(command)
    report = _REPORT.search(first["stderr"])
    result["ingest"] = {k: first[k] for k in ("seconds", "cpu_s", "largest_rss_mb", "tree_rss_mb", "returncode")}
    result["ingest"]["report"] = report.group(0) if report else first["stderr"][-300:]
    result["store_mb"] = disk_mb(store)
    again = run(command)
    rep = _REPORT.search(again["stderr"])
    result["reingest"] = {"seconds": again["seconds"], "cpu_s": again["cpu_s"],
                          "all_unchanged": bool(rep and int(rep.group(3)) == size)}
    python = str(Path(args.trichdan).with_name("python"))
    refs = [ref for ref, _, _ in REFERENCES]
    child = subprocess.run([python, "-c", CHILD, str(store), str(args.runs), json.dumps(refs, ensure_ascii=False)],
                           capture_output=True, text=True)
    inproc = json.loads(child.stdout) if child.returncode == 0 else {"error": child.stderr[-500:]}
    result["open_s"] = inproc.get("open_s")
    result["cites"] = {}
    for ref, symbol, scope in REFERENCES:
        entry = dict(inproc.get("cites", {}).get(ref, {}))
        files = entry.pop("files", [])
        expected = truth(src, symbol, scope)
        entry["articles"] = len(files)
        entry["exact"] = {Path(f).stem for f in files} == expected
        entry["truth"] = len(expected)
        entry.update(cli_cites(args.trichdan, str(store), ref, args.runs))
        result["cites"][ref] = entry
    result["queries"] = inproc.get("queries", {})
    if "error" in inproc:
        result["error"] = inproc["error"]
    if not args.keep_store:
        shutil.rmtree(store, ignore_errors=True)
    return result


def render(rows: list[dict]) -> str:
    def ms(value):
        return "–" if value is None else f"{value * 1000:,.0f}"
    small, large = REFERENCES[SMALL][0], REFERENCES[0][0]
    lines = [table(
        ["articles", "version", "ingest s (CPU s)", "articles/s", "floor warm / cold s", "floor ratio",
         "peak RSS largest / tree MB", "store KB/article", "re-ingest s", f"cites CLI ms ({large} / {small})",
         "cites in-process ms", "exact vs truth"],
        [[f"{r['articles']:,}", r["label"], f"{r['ingest']['seconds']:.1f} ({r['ingest']['cpu_s']:.0f})",
          f"{r['articles'] / r['ingest']['seconds']:,.0f}",
          f"{r['floor']['warm_s']:.2f} / {r['floor']['cold_s']:.2f}", f"{r['ingest']['seconds'] / r['floor']['warm_s']:.0f}×",
          f"{r['ingest']['largest_rss_mb']:.0f} / {r['ingest']['tree_rss_mb'] or 0:.0f}",
          f"{r['store_mb'] * 1000 / r['articles']:.1f}", f"{r['reingest']['seconds']:.1f}",
          " / ".join(ms(r["cites"][ref].get("cli_median_s")) for ref in (large, small)),
          " / ".join(ms(r["cites"][ref].get("median_s")) for ref in (large, small)),
          " / ".join("yes" if r["cites"][ref].get("exact") else "no" for ref in (large, small))] for r in rows])]
    names = sorted({name for r in rows for q in r["queries"].values() for name in q})
    header = ["query"] + [f"{r['label']} {r['articles']:,}: ≤5 % doc / 99-QĐ/TW ms (rows)" for r in rows]
    body = []
    for name in names:
        cells = [name]
        for r in rows:
            a, b = r["queries"].get(small, {}).get(name), r["queries"].get(large, {}).get(name)
            cells.append(f"{ms(a and a['median_s'])} ({a and a['rows']}) / {ms(b and b['median_s'])} ({b and b['rows']})")
        body.append(cells)
    lines.append(table(header, body))
    return "\n\n".join(lines)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="1000,10000,100000")
    ap.add_argument("--trichdan", default=TRICHDAN)
    ap.add_argument("--label", default="after")
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--runs", type=int, default=10)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--workdir", default=DEFAULT_WORKDIR)
    ap.add_argument("--keep-store", action="store_true")
    ap.add_argument("--render", nargs="*", help="only print the tables of these results/*.json files")
    args = ap.parse_args()
    if args.render:
        rows = [r for path in args.render for r in json.loads(Path(path).read_text("utf-8"))["results"]]
        print(render(rows))
        return
    rows = []
    for size in (int(s) for s in args.sizes.split(",")):
        result = measure(size, args)
        print(json.dumps(result, ensure_ascii=False), flush=True)
        rows.append(result)
        save(args.workdir, f"scale-{args.label}-{args.sizes}", {"revision": git_revision(), "trichdan": args.trichdan,
                                                               "results": rows})
    print(render(rows))


if __name__ == "__main__":
    main()
