"""Extraction accuracy against make_corpus's exact ground truth (truth.jsonl), and answer counts.

  .venv/bin/python bench/bench_accuracy.py [--workdir DIR] [--articles 2000] [--extracted FILE.jsonl]
                                          [--store DIR --store-articles 20000]

Per article, micro-averaged: documents as (type, number, symbol) and as symbol alone, the province of
local documents (scope), people by full name, places by name. Records come from ``--extracted`` (the
output of ``trichdan extract --format jsonl``, e.g. from bench_ingest.py) or are extracted in-process
with the batch runner. Answer counts: for each document symbol in the truth, the number of articles
citing it per truth against the number ``cites SYMBOL`` returns from the store of the same corpus.
"""

from __future__ import annotations

import argparse
import json
import subprocess
from collections import Counter
from pathlib import Path

from _common import DEFAULT_WORKDIR, TRICHDAN, articles_glob, corpus, git_revision, save, table

from trichdan.loaders.batch import Result, Settings, run


def records(path: str | None, src: Path, workers: int):
    if path:
        with open(path, encoding="utf-8") as handle:
            for line in handle:
                yield json.loads(line)
        return
    for item in run([articles_glob(src)], Settings(json=True), workers):
        if isinstance(item, Result):
            yield item.record


class Score:
    def __init__(self):
        self.tp = self.fp = self.fn = 0
        self.missed: Counter = Counter()
        self.extra: Counter = Counter()

    def add(self, truth: set, found: set) -> None:
        self.tp += len(truth & found)
        self.fp += len(found - truth)
        self.fn += len(truth - found)
        self.missed.update(truth - found)
        self.extra.update(found - truth)

    def cells(self) -> list[str]:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0
        return [str(self.tp), str(self.fp), str(self.fn), f"{p:.4f}", f"{r:.4f}"]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--workdir", default=DEFAULT_WORKDIR)
    ap.add_argument("--articles", type=int, default=2000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--extracted", help="trichdan extract --format jsonl output of the same corpus")
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--store", help="store of the --store-articles corpus (default WORKDIR/store-20000-w2)")
    ap.add_argument("--store-articles", type=int, default=20000)
    ap.add_argument("--timeout", type=float, default=60, help="seconds per cites query")
    args = ap.parse_args()
    src = corpus(args.workdir, args.articles, args.seed)
    truth = {json.loads(line)["id"]: json.loads(line) for line in (src / "truth.jsonl").open(encoding="utf-8")}
    scores = {k: Score() for k in ("documents (type, number, symbol)", "documents (symbol)", "local scope",
                                   "people", "places")}
    seen = 0
    for rec in records(args.extracted, src, args.workers):
        ident = Path(rec["file"]).stem
        t = truth[ident]
        seen += 1
        docs = rec["documents"]
        scores["documents (type, number, symbol)"].add({(d["type"], d["number"], d["symbol"]) for d in t["documents"]},
                                                       {(d["type"], d["number"], d["symbol"]) for d in docs})
        scores["documents (symbol)"].add({d["symbol"] for d in t["documents"]}, {d["symbol"] for d in docs if d["symbol"]})
        scores["local scope"].add({(d["symbol"], d["scope"]) for d in t["documents"] if d["scope"]},
                                  {(d["symbol"], d["scope"]) for d in docs if (d["symbol"] or "").endswith("/TU")})
        scores["people"].add(set(t["people"]), {p["name"] for p in rec["people"]})
        scores["places"].add(set(t["places"]), {p["name"] for p in rec["places"]})
    print(f"{seen} of {len(truth)} articles scored (corpus {src}); rev {git_revision()}\n")
    print(table(["what", "TP", "FP", "FN", "precision", "recall"], [[k, *s.cells()] for k, s in scores.items()]))
    for k, s in scores.items():
        if s.missed or s.extra:
            print(f"\n{k}: most missed {s.missed.most_common(5)}; most extra {s.extra.most_common(5)}")
    result = {"revision": git_revision(), "articles": seen,
              "scores": {k: dict(zip(["tp", "fp", "fn", "precision", "recall"], s.cells())) for k, s in scores.items()},
              "missed": {k: [[str(x), n] for x, n in s.missed.most_common(10)] for k, s in scores.items()},
              "extra": {k: [[str(x), n] for x, n in s.extra.most_common(10)] for k, s in scores.items()}}

    store_path = args.store or str(Path(args.workdir) / f"store-{args.store_articles}-w2")
    if Path(store_path).exists():
        big = corpus(args.workdir, args.store_articles, args.seed)
        per_symbol: Counter = Counter()
        for line in (big / "truth.jsonl").open(encoding="utf-8"):
            per_symbol.update({d["symbol"] for d in json.loads(line)["documents"] if not d["scope"]})
        rows, counts = [], []
        for symbol in ["99-QĐ/TW"] + sorted(s for s in per_symbol if s != "99-QĐ/TW"):
            if any(c.get("timeout") for c in counts):  # one runaway query: the others would run away too
                rows.append([symbol, per_symbol[symbol], "skipped", "–", "–"])
                continue
            try:  # the CLI, so that a runaway query can be stopped
                proc = subprocess.run([TRICHDAN, "cites", symbol, "--store", store_path, "--format", "json"],
                                      capture_output=True, text=True, timeout=args.timeout)
            except subprocess.TimeoutExpired:
                counts.append({"symbol": symbol, "truth": per_symbol[symbol], "store": None, "timeout": args.timeout})
                rows.append([symbol, per_symbol[symbol], f"timeout > {args.timeout:.0f} s", "–", "NO"])
                print(rows[-1], flush=True)
                continue
            if proc.returncode:
                rows.append([symbol, per_symbol[symbol], f"error: {proc.stderr.strip()[:80]}", "–", "NO"])
                continue
            answer = json.loads(proc.stdout)
            got = len({a["id"] for d in answer["documents"] for a in d["articles"]})
            counts.append({"symbol": symbol, "truth": per_symbol[symbol], "store": got, "documents": len(answer["documents"])})
            rows.append([symbol, per_symbol[symbol], got, len(answer["documents"]), "yes" if got == per_symbol[symbol] else "NO"])
            print(rows[-1], flush=True)
        print(f"\narticles citing each document, {args.store_articles}-article corpus: truth vs `cites SYMBOL` on {store_path}\n")
        print(table(["symbol", "truth", "cites", "documents matched", "equal"], rows))
        result["answer_counts"] = counts
    save(args.workdir, "accuracy", result)


if __name__ == "__main__":
    main()
