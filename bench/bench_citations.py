"""Throughput of the citation pass on one core, beside one plain regex pass and the whole pipeline.

  .venv/bin/python bench/bench_citations.py [--workdir DIR] [--articles 5000] [--profile 15]

Texts are normalised and split into zones first (untimed), as ``extract`` does; then each pass runs
over every article text, best of ``--repeat`` runs. MB are UTF-8 megabytes (10^6 bytes) of the
normalised text; rates are wall clock, and for get_citations also per CPU second (process_time),
which other load on the machine does not lower. ``extract`` is timed from the raw text (normalise, zones, places, organisations,
people, citations, resolution) with the built-in authority file.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import os
import pstats
import re
import time
from pathlib import Path

from _common import DEFAULT_WORKDIR, SEEDS, corpus, git_revision, save, table

from trichdan.loaders import symbols
from trichdan.loaders.article import parse_article
from trichdan.loaders.authority import Authority
from trichdan.loaders.citations import get_citations
from trichdan.loaders.pipeline import extract
from trichdan.loaders.sources import Source

PLAIN = re.compile(r"\d+-[A-ZĐ]+/[A-Z]+")


def best_of(repeat: int, fn, clock=time.perf_counter) -> float:
    best = float("inf")
    for _ in range(repeat):
        t0 = clock()
        fn()
        best = min(best, clock() - t0)
    return best


def measure(name: str, sources: list[Source], repeat: int, authority: Authority) -> dict:
    articles = [parse_article(s.path, s.raw) for s in sources]
    mb = sum(len(a.text.encode("utf-8")) for a in articles) / 1e6
    # small sets (the seeds) are looped so that every timed run covers at least ~2 MB
    loops = max(1, round(2.0 / mb)) if mb < 2 else 1
    work = articles * loops
    found = sum(len(get_citations(a.text, a.zones)) for a in articles)
    t_plain = best_of(repeat, lambda: [sum(1 for _ in PLAIN.finditer(a.text)) for a in work])
    t_symbols = best_of(repeat, lambda: [sum(1 for _ in symbols.finditer(a.text)) for a in work])
    t_cit = best_of(repeat, lambda: [get_citations(a.text, a.zones) for a in work])
    t_cit_cpu = best_of(repeat, lambda: [get_citations(a.text, a.zones) for a in work], time.process_time)
    srcs = sources * loops
    t_extract = best_of(max(1, repeat - 1), lambda: [extract(s, authority) for s in srcs])
    total = mb * loops
    return {"corpus": name, "articles": len(articles), "mb": round(mb, 3), "citations": found,
            "plain_regex_mb_s": total / t_plain, "symbol_regex_mb_s": total / t_symbols,
            "citations_mb_s": total / t_cit, "citations_cpu_mb_s": total / t_cit_cpu, "extract_mb_s": total / t_extract,
            "extract_articles_s": len(srcs) / t_extract}


def profile(articles, top: int) -> str:
    prof = cProfile.Profile()
    prof.enable()
    for a in articles:
        get_citations(a.text, a.zones)
    prof.disable()
    out = io.StringIO()
    stats = pstats.Stats(prof, stream=out).strip_dirs()
    stats.sort_stats("tottime").print_stats(top)
    stats.sort_stats("cumulative").print_stats(top)
    return out.getvalue()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--workdir", default=DEFAULT_WORKDIR)
    ap.add_argument("--articles", type=int, default=5000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--seeds", default=str(SEEDS), help="directory of real articles (.txt)")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--profile", type=int, default=0, metavar="N", help="also print the top N functions (cProfile)")
    args = ap.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})  # one core
    authority = Authority.load(None)
    gen = corpus(args.workdir, args.articles, args.seed)
    sets = {f"make_corpus {args.articles}": sorted(gen.glob("*.txt")),
            f"seeds ({len(list(Path(args.seeds).glob('*.txt')))})": sorted(Path(args.seeds).glob("*.txt"))}
    results = []
    for name, paths in sets.items():
        sources = [Source(str(p), p.read_text(encoding="utf-8")) for p in paths]
        results.append(measure(name, sources, args.repeat, authority))
    header = ["corpus", "articles", "MB", "citations", "plain regex MB/s", "symbol regex MB/s",
              "get_citations MB/s", "get_citations MB/s (CPU time)", "extract MB/s", "extract articles/s"]
    print(table(header, [[r["corpus"], r["articles"], f"{r['mb']:.2f}", r["citations"], f"{r['plain_regex_mb_s']:.1f}",
                          f"{r['symbol_regex_mb_s']:.1f}", f"{r['citations_mb_s']:.2f}", f"{r['citations_cpu_mb_s']:.2f}", f"{r['extract_mb_s']:.3f}",
                          f"{r['extract_articles_s']:.0f}"] for r in results]))
    verdict = all(r["citations_mb_s"] >= 2 for r in results)
    print(f"\ntarget ≥ 2 MB/s per core for the citation pass: {'met' if verdict else 'NOT met'} (rev {git_revision()})")
    save(args.workdir, "citations", {"revision": git_revision(), "results": results})
    if args.profile:
        arts = [parse_article(str(p), p.read_text(encoding="utf-8")) for p in sets[next(iter(sets))][:2000]]
        print(profile(arts, args.profile))


if __name__ == "__main__":
    main()
