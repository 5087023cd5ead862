"""Shared helpers for the benchmarks: work directory, generated corpora, timing, markdown rows."""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
MAKE_CORPUS = SHARED / "bench" / "make_corpus.py"  # ../shared/bench/make_corpus.py, never copied here
SEEDS = SHARED / "seeds"
BIN = Path(sys.executable).parent
TRICHDAN = str(BIN / "trichdan")
DEFAULT_WORKDIR = os.environ.get("TRICHDAN_BENCH_DIR", "/tmp/trichdan-bench")


def corpus(workdir: str, articles: int, seed: int = 1) -> Path:
    """The generated corpus of ``articles`` articles (made once): DIR/NNNNNN.txt and DIR/truth.jsonl."""
    out = Path(workdir) / f"corpus-{articles}-s{seed}"
    truth = out / "truth.jsonl"
    if not truth.exists() or sum(1 for _ in truth.open(encoding="utf-8")) != articles:
        subprocess.run([sys.executable, str(MAKE_CORPUS), str(out), "--articles", str(articles), "--seed", str(seed)],
                       check=True)
    return out


def articles_glob(directory: Path) -> str:
    """The input pattern for trichdan: the .txt files only (truth.jsonl beside them is not an article)."""
    return str(directory / "*.txt")


def median_p95(values: list[float]) -> tuple[float, float]:
    ordered = sorted(values)
    return statistics.median(ordered), ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def row(cells) -> str:
    return "| " + " | ".join(str(c) for c in cells) + " |"


def table(header: list[str], rows: list[list]) -> str:
    return "\n".join([row(header), row(["---"] * len(header)), *(row(r) for r in rows)])


def save(workdir: str, name: str, data) -> None:
    results = Path(workdir) / "results"
    results.mkdir(parents=True, exist_ok=True)
    (results / f"{name}.json").write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")


def git_revision() -> str:
    try:
        rev = subprocess.run(["git", "-C", str(REPO), "rev-parse", "--short", "HEAD"], capture_output=True, text=True).stdout.strip()
        dirty = subprocess.run(["git", "-C", str(REPO), "status", "--porcelain", "--", "loaders", "graph", "cli.py"],
                               capture_output=True, text=True).stdout.strip()
        return rev + ("+dirty" if dirty else "")
    except OSError:
        return "unknown"
