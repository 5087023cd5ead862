"""Latency of ``trichdan cites`` on an ingested store, in-process and as a CLI subprocess.

  .venv/bin/python bench/bench_query.py [--store DIR] [--runs 20] [--timeout 60] [--limit N] [REFERENCE ...]

In-process: ``graph.cites.cites`` on one Store opened read-only, in a child process so that a runaway
query can be stopped after ``--timeout`` seconds; the first call is reported apart as "cold", median
and p95 are over the ``--runs`` calls after it, plus the median CPU time (process_time), which other
load on the machine does not inflate. CLI: ``trichdan cites REF --format json`` started ``--runs``
times (interpreter start, imports and store opening included), wall clock and CPU (getrusage). With
``--limit N`` both ask for the newest N articles of each document (``cites --limit N``).
Then every ready-made query (``graph/queries/*.rq``) in-process, bound to the document of the first
reference (or the parameters in READY_MADE): cold and median of ``--runs`` (at most 5) calls, rows.
Then ``search`` and "did you mean" (``graph.lookup.Lookup``) in-process: the first call reads the names of
the store (cold), the median is over ``--runs`` (at most 5) calls on the same Lookup.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
from pathlib import Path

from _common import DEFAULT_WORKDIR, TRICHDAN, git_revision, median_p95, save, table

SEARCHES = ["Nguyễn Văn An", "Quyet dinh 99", "UBND tỉnh Hà Tĩnh", "Quyết định 999"]  # the last one: nothing, suggestions
REFERENCES = ["Quyết định 99", "Pháp lệnh 34", "Nghị quyết 02-NQ/TU Hà Tĩnh", "Luật Thực hiện dân chủ ở cơ sở"]
# Parameters of the ready-made queries that do not take the document (?qDoc).
READY_MADE = {"documents_by_symbol": {"qSymbol": "99-QĐ/TW"}, "documents_by_key": {"qKey": "dang/tw/quyet-dinh/xii/99"},
              "documents_by_number": {"qType": "Quyết định", "qNumber": 99},
              "documents_by_name": {"qType": "Luật", "qName": "dân chủ"},
              "most_cited": {"qFrom": "2023-01-01", "qTo": "2023-12-31"}, "person_articles": {"qName": "Nguyễn Văn An"},
              "articles": {}, "stats": {}}


def ready_made(path: str, ref: str, runs: int) -> list[dict]:
    """Every ready-made query, timed in-process; document parameters bound to ``ref``'s first match."""
    from pyoxigraph import NamedNode

    from trichdan.graph import queries
    from trichdan.graph.cites import find_documents, parse_reference
    from trichdan.graph.store import Store
    store = Store(path, read_only=True)
    doc = find_documents(store, parse_reference(ref))[0]["doc"]
    out = []
    for name in queries.names():
        params = READY_MADE.get(name, {})
        if "qDoc" in queries.parameters(queries.load(name)):
            params = {"qDoc": NamedNode(doc)}
        if name == "article_neighbourhood":
            params = {"qArticle": NamedNode(queries.run(store, "articles_citing", qDoc=NamedNode(doc))[0]["article"])}
        t0 = time.perf_counter()
        found = len(queries.run(store, name, **params))
        cold = time.perf_counter() - t0
        times = []
        for _ in range(min(runs, 5)):
            t0 = time.perf_counter()
            queries.run(store, name, **params)
            times.append(time.perf_counter() - t0)
        out.append({"query": name, "rows": found, "cold_s": cold, "median_s": median_p95(times)[0]})
    return out


def lookups(path: str, runs: int) -> list[dict]:
    """``Lookup.search`` (and ``suggest`` when it finds nothing) for each of SEARCHES, timed in-process."""
    from trichdan.graph.lookup import Lookup
    from trichdan.graph.store import Store
    from trichdan.loaders.authority import Authority
    lookup = Lookup(Store(path, read_only=True), Authority.load())
    out = []
    for text in SEARCHES:
        def ask():
            hits = lookup.search(text)
            return hits or lookup.suggest(text)
        t0 = time.perf_counter()
        found = ask()
        cold = time.perf_counter() - t0
        times = []
        for _ in range(min(runs, 5)):
            t0 = time.perf_counter()
            ask()
            times.append(time.perf_counter() - t0)
        out.append({"text": text, "results": len(found), "first": found[0].label if found else None,
                    "cold_s": cold, "median_s": median_p95(times)[0]})
    return out


def in_process(path: str, ref: str, runs: int, limit: int | None = None) -> dict:
    from trichdan.graph.cites import cites
    from trichdan.graph.store import Store
    store = Store(path, read_only=True)
    t0 = time.perf_counter()
    answer = cites(store, ref, limit=limit)
    cold = time.perf_counter() - t0
    times, cpu = [], []
    for _ in range(runs):
        t0, c0 = time.perf_counter(), time.process_time()
        cites(store, ref, limit=limit)
        times.append(time.perf_counter() - t0)
        cpu.append(time.process_time() - c0)
    med, p95 = median_p95(times)
    return {"documents": len(answer["documents"]), "articles": len({a["id"] for d in answer["documents"] for a in d["articles"]}),
            "total_articles": sum(d["total_articles"] for d in answer["documents"]),
            "labels": [d["label"] for d in answer["documents"]], "cold_s": cold, "median_s": med, "p95_s": p95,
            "cpu_median_s": median_p95(cpu)[0], "quads": len(store)}


def cli(path: str, ref: str, runs: int, timeout: float, limit: int | None = None) -> dict:
    wall, cpu = [], []
    for _ in range(runs):
        t0, r0 = time.perf_counter(), resource.getrusage(resource.RUSAGE_CHILDREN)
        try:
            proc = subprocess.run([TRICHDAN, "cites", ref, "--store", path, "--format", "json",
                                   *(["--limit", str(limit)] if limit else [])], capture_output=True, text=True, timeout=timeout)
        except subprocess.TimeoutExpired:
            return {"timeout": timeout}
        r1 = resource.getrusage(resource.RUSAGE_CHILDREN)
        wall.append(time.perf_counter() - t0)
        cpu.append(r1.ru_utime + r1.ru_stime - r0.ru_utime - r0.ru_stime)
        if proc.returncode:
            return {"error": proc.stderr.strip()[-200:]}
    med, p95 = median_p95(wall)
    return {"cli_median_s": med, "cli_p95_s": p95, "cli_cpu_median_s": median_p95(cpu)[0]}


def ms(value) -> str:
    return "–" if value is None else f"{value * 1000:.0f}"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("references", nargs="*", default=REFERENCES)
    ap.add_argument("--workdir", default=DEFAULT_WORKDIR)
    ap.add_argument("--store", help="default: WORKDIR/store-20000-w2 (made by bench_ingest.py)")
    ap.add_argument("--runs", type=int, default=20)
    ap.add_argument("--timeout", type=float, default=60, help="seconds allowed for all in-process runs of one reference")
    ap.add_argument("--limit", type=int, help="ask for the newest N articles of each document (cites --limit N)")
    ap.add_argument("--child", help=argparse.SUPPRESS)
    ap.add_argument("--child-ready-made", help=argparse.SUPPRESS)
    ap.add_argument("--child-lookups", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args()
    path = args.store or str(Path(args.workdir) / "store-20000-w2")
    if args.child:
        print(json.dumps(in_process(path, args.child, args.runs, args.limit), ensure_ascii=False))
        return
    if args.child_lookups:
        print(json.dumps(lookups(path, args.runs), ensure_ascii=False))
        return
    if args.child_ready_made:
        print(json.dumps(ready_made(path, args.child_ready_made, args.runs), ensure_ascii=False))
        return
    rows, results = [], []
    for ref in args.references:
        try:
            child = subprocess.run([sys.executable, __file__, "--store", path, "--runs", str(args.runs), "--child", ref,
                                    *(["--limit", str(args.limit)] if args.limit else [])],
                                   capture_output=True, text=True, timeout=args.timeout)
            res = json.loads(child.stdout) if child.returncode == 0 else {"error": child.stderr.strip()[-300:]}
        except subprocess.TimeoutExpired:
            res = {"timeout": args.timeout}
        if "timeout" not in res and "error" not in res:
            res.update(cli(path, ref, args.runs, args.timeout, args.limit))
        res["reference"] = ref
        results.append(res)
        print(res, flush=True)
        status = f"timeout > {args.timeout:.0f} s" if "timeout" in res else ("error" if "error" in res else "")
        rows.append([ref, res.get("documents", status), res.get("articles", "–"), res.get("total_articles", "–"),
                     ms(res.get("cold_s")), ms(res.get("median_s")),
                     ms(res.get("p95_s")), ms(res.get("cpu_median_s")), ms(res.get("cli_median_s")),
                     ms(res.get("cli_p95_s")), ms(res.get("cli_cpu_median_s"))])
    print(f"\nstore {path}; {args.runs} runs each; limit {args.limit or 'none'}; rev {git_revision()}\n")
    print(table(["reference", "documents", "articles", "of articles", "in-process cold ms", "in-process median ms",
                 "in-process p95 ms", "in-process CPU median ms", "CLI median ms", "CLI p95 ms", "CLI CPU median ms"], rows))
    try:
        child = subprocess.run([sys.executable, __file__, "--store", path, "--runs", str(args.runs),
                                "--child-ready-made", args.references[0]], capture_output=True, text=True,
                               timeout=args.timeout * 4)
        queried = json.loads(child.stdout) if child.returncode == 0 else [{"query": "error", "rows": child.stderr.strip()[-300:]}]
    except subprocess.TimeoutExpired:
        queried = [{"query": "timeout", "rows": f"> {args.timeout * 4:.0f} s"}]
    print(f"\nready-made queries, document parameters bound to {args.references[0]!r}\n")
    print(table(["query", "rows", "cold ms", "median ms"],
                [[q["query"], q["rows"], ms(q.get("cold_s")), ms(q.get("median_s"))] for q in queried]))
    child = subprocess.run([sys.executable, __file__, "--store", path, "--runs", str(args.runs), "--child-lookups"],
                           capture_output=True, text=True, timeout=args.timeout * 4)
    looked = json.loads(child.stdout) if child.returncode == 0 else []
    print("\nsearch (and did you mean when nothing matches), in-process; cold includes reading the names\n")
    print(table(["text", "results", "first", "cold ms", "median ms"],
                [[q["text"], q["results"], q["first"], ms(q["cold_s"]), ms(q["median_s"])] for q in looked]))
    save(args.workdir, "query", {"revision": git_revision(), "store": path, "limit": args.limit, "results": results,
                                 "ready_made": queried,
                                 "lookups": looked})


if __name__ == "__main__":
    main()
