"""End-to-end ``trichdan ingest`` and ``trichdan extract --format jsonl`` on generated corpora.

  .venv/bin/python bench/bench_ingest.py [--workdir DIR] [--sizes 2000,20000] [--workers 1,2]

For every size and worker count: a fresh store, ingest (articles/s, peak RSS), store size on disk,
then the same ingest again (every article must come back "unchanged"), then extract to JSON lines.
Times are wall clock; CPU s is user + system of the command and its workers (/usr/bin/time), which
does not depend on what else runs on the machine. Peak RSS: "largest" is the biggest single process (/usr/bin/time %M, i.e. wait4's ru_maxrss);
"tree" is the peak of the summed RSS of the command and its workers, sampled every 0.1 s with psutil
when it is installed. The store of the largest size with the most workers is kept for bench_query.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import tempfile
import threading
import time
from pathlib import Path

from _common import DEFAULT_WORKDIR, TRICHDAN, articles_glob, corpus, git_revision, save, table

try:
    import psutil
except ImportError:  # optional: only the summed RSS of the process tree needs it
    psutil = None

_REPORT = re.compile(r"(\d+) added, (\d+) replaced, (\d+) unchanged, (\d+) failed")


# Commands run as a user runs them: Python keeps compiled modules (a shell or CI that sets
# PYTHONDONTWRITEBYTECODE would make every start compile trichdan's sources again).
_AS_INSTALLED = {**{k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}, "COLUMNS": "200"}


def run(cmd: list[str], stdout=subprocess.DEVNULL) -> dict:
    """Run ``cmd`` under /usr/bin/time; wall seconds, largest-process and process-tree peak RSS (MB)."""
    with tempfile.NamedTemporaryFile("r", suffix=".time") as timing:
        t0 = time.perf_counter()
        proc = subprocess.Popen(["/usr/bin/time", "-f", "%e %M %U %S", "-o", timing.name, *cmd], stdout=stdout,
                                stderr=subprocess.PIPE, text=True, env=_AS_INSTALLED)
        peak = [0]
        done = threading.Event()

        def sample():
            if psutil is None:
                return
            while not done.is_set():
                try:
                    root = psutil.Process(proc.pid)
                    rss = sum(p.memory_info().rss for p in [root, *root.children(recursive=True)])
                    peak[0] = max(peak[0], rss)
                except psutil.Error:
                    pass
                done.wait(0.1)

        sampler = threading.Thread(target=sample, daemon=True)
        sampler.start()
        _, err = proc.communicate()
        wall = time.perf_counter() - t0
        done.set()
        sampler.join()
        fields = timing.read().split()
    largest = int(fields[-3]) / 1024 if fields else float("nan")
    cpu = float(fields[-2]) + float(fields[-1]) if fields else float("nan")
    return {"seconds": wall, "cpu_s": cpu, "largest_rss_mb": largest, "tree_rss_mb": peak[0] / 2**20 if psutil else None,
            "stderr": err, "returncode": proc.returncode}


def disk_mb(path: Path) -> float:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file()) / 1e6


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--workdir", default=DEFAULT_WORKDIR)
    ap.add_argument("--sizes", default="2000,20000")
    ap.add_argument("--workers", default="1,2")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--no-reingest", action="store_true")
    ap.add_argument("--no-extract", action="store_true")
    args = ap.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    workers = [int(w) for w in args.workers.split(",")]
    rows = []
    for size in sizes:
        src = corpus(args.workdir, size, args.seed)
        for w in workers:
            store = Path(args.workdir) / f"store-{size}-w{w}"
            shutil.rmtree(store, ignore_errors=True)
            base = [TRICHDAN, "ingest", articles_glob(src), "--store", str(store), "--workers", str(w)]
            first = run(base)
            report = _REPORT.search(first["stderr"])
            result = {"articles": size, "workers": w, "ingest_s": first["seconds"],
                      "ingest_articles_s": size / first["seconds"], "ingest_cpu_s": first["cpu_s"], "largest_rss_mb": first["largest_rss_mb"],
                      "tree_rss_mb": first["tree_rss_mb"], "store_mb": disk_mb(store),
                      "first": report.group(0) if report else first["stderr"][-300:]}
            if not args.no_reingest:
                again = run(base)
                rep = _REPORT.search(again["stderr"])
                result.update(reingest_s=again["seconds"], reingest_cpu_s=again["cpu_s"], reingest=rep.group(0) if rep else again["stderr"][-300:],
                              all_unchanged=bool(rep and int(rep.group(3)) == size and rep.group(1, 2, 4) == ("0", "0", "0")))
            if not args.no_extract:
                out = Path(args.workdir) / f"extract-{size}-w{w}.jsonl"
                with out.open("wb") as handle:
                    ext = run([TRICHDAN, "extract", articles_glob(src), "--format", "jsonl", "--workers", str(w)],
                              stdout=handle)
                lines = sum(1 for _ in out.open(encoding="utf-8"))
                result.update(extract_s=ext["seconds"], extract_cpu_s=ext["cpu_s"], extract_articles_s=lines / ext["seconds"],
                              extract_lines=lines, extract_rss_mb=ext["largest_rss_mb"])
            print(result, flush=True)
            rows.append(result)
            save(args.workdir, f"ingest-{args.sizes}-w{args.workers}", {"revision": git_revision(), "results": rows})

    def f(v, fmt):
        return "–" if v is None else format(v, fmt)
    header = ["articles", "workers", "ingest s", "ingest CPU s", "ingest articles/s", "peak RSS largest MB", "peak RSS tree MB",
              "store MB", "re-ingest s", "re-ingest all unchanged", "extract jsonl articles/s"]
    print(table(header, [[r["articles"], r["workers"], f(r["ingest_s"], ".1f"), f(r["ingest_cpu_s"], ".0f"), f(r["ingest_articles_s"], ".1f"),
                          f(r["largest_rss_mb"], ".0f"), f(r["tree_rss_mb"], ".0f"), f(r["store_mb"], ".0f"),
                          f(r.get("reingest_s"), ".1f"), r.get("all_unchanged", "–"),
                          f(r.get("extract_articles_s"), ".1f")] for r in rows]))
    print(f"\nrev {git_revision()}")


if __name__ == "__main__":
    main()
