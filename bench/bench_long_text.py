"""One article as one long line: the CLI's time and memory, and which extraction stage grows faster than the text.

  .venv/bin/python bench/bench_long_text.py [--workdir DIR] [--sizes 1,4,8,50] [--stages 2,8,16] [--trichdan BIN]

The text is generated articles (make_corpus, seed 1) joined with spaces, cut at N MB: no line break at
all. For every size, ``trichdan extract FILE`` with the default per-article limit (5 MB) and, for sizes
in --raised, with ``--max-bytes`` above the size (wall s, CPU s, peak RSS). Then the CPU seconds of
each extraction stage in this process for the --stages sizes: a stage whose time grows by more than the
size ratio is superlinear. ``--trichdan`` runs another build (e.g. a baseline checkout's) for a before/after.
"""

from __future__ import annotations

import argparse
import subprocess
import tempfile
import time
from pathlib import Path

from _common import DEFAULT_WORKDIR, TRICHDAN, corpus, git_revision, save, table


def long_line(workdir: str, megabytes: float) -> Path:
    """DIR/line-N.txt: generated articles joined by spaces up to N MB, without one line break."""
    out = Path(workdir) / f"line-{megabytes:g}.txt"
    target = int(megabytes * 1e6)
    if out.exists() and out.stat().st_size == target:
        return out
    files = sorted(corpus(workdir, 2000).glob("*.txt"))
    parts, size, i = [], 0, 0
    while size < target:
        text = files[i % len(files)].read_text("utf-8").replace("\n", " ")
        parts.append(text)
        size += len(text.encode("utf-8")) + 1
        i += 1
    out.write_bytes(" ".join(parts).encode("utf-8")[:target].decode("utf-8", "ignore").encode("utf-8").ljust(target))
    return out


def cli(binary: str, path: Path, extra: list[str]) -> dict:
    with tempfile.NamedTemporaryFile("r", suffix=".time") as timing:
        t0 = time.perf_counter()
        proc = subprocess.run(["/usr/bin/time", "-f", "%M %U %S", "-o", timing.name, binary, "extract", str(path),
                               "--workers", "1", *extra], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        wall = time.perf_counter() - t0
        rss, user, system = timing.read().split()[-3:]
    return {"wall_s": wall, "cpu_s": float(user) + float(system), "rss_mb": int(rss) / 1024, "exit": proc.returncode,
            "message": (proc.stderr.strip().splitlines() or [""])[0][:120]}


def stages(path: Path) -> dict:
    """CPU seconds of each stage of loaders.pipeline.extract on the file's text."""
    from trichdan.loaders import pipeline as p
    from trichdan.loaders.article import parse_article
    from trichdan.loaders.authority import Authority
    authority = Authority.load()
    text = path.read_text("utf-8")
    out = {}

    def timed(name, fn, *args):
        t0 = time.process_time()
        value = fn(*args)
        out[name] = time.process_time() - t0
        return value
    article = timed("zones", parse_article, str(path), text)
    places, locality = timed("places", p.find_places, article)
    people, organizations = timed("people+organisations", p.people_and_organizations, article, locality)
    refs = timed("citations", p.get_citations, article.text, article.zones)
    refs = timed("authority aliases", p._with_aliases, refs, article.text, article.content_zones(), authority)
    citations, documents = timed("resolve", p.resolve_citations, refs, locality, authority)
    if hasattr(p, "finish"):  # documents completed after resolving (since the extraction refactoring)
        timed("finish", p.finish, documents, citations, organizations, people, locality)
    timed("based_on", p.based_on, article.text, citations)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--workdir", default=DEFAULT_WORKDIR)
    ap.add_argument("--sizes", default="1,4,8,50")
    ap.add_argument("--raised", default="8", help="sizes also run with --max-bytes above them")
    ap.add_argument("--stages", default="2,8,16")
    ap.add_argument("--trichdan", default=TRICHDAN)
    args = ap.parse_args()
    rows = []
    for size in [float(s) for s in args.sizes.split(",") if s]:
        path = long_line(args.workdir, size)
        rows.append({"MB": size, "limit": "default", **cli(args.trichdan, path, [])})
        if str(size).removesuffix(".0") in args.raised.split(","):
            rows.append({"MB": size, "limit": f"--max-bytes {size + 1:g}MB", **cli(args.trichdan, path, ["--max-bytes", f"{size + 1:g}MB"])})
        print(rows[-1], flush=True)
    print(table(["MB", "limit", "wall s", "CPU s", "peak RSS MB", "exit", "message"],
                [[r["MB"], r["limit"], f"{r['wall_s']:.1f}", f"{r['cpu_s']:.1f}", f"{r['rss_mb']:.0f}", r["exit"], r["message"]]
                 for r in rows]))
    timings = {size: stages(long_line(args.workdir, size)) for size in [float(s) for s in args.stages.split(",") if s]}
    names = list(next(iter(timings.values()))) if timings else []
    print(table(["stage", *[f"{s:g} MB CPU s" for s in timings]], [[n, *[f"{t[n]:.2f}" for t in timings.values()]] for n in names]))
    save(args.workdir, "long-text", {"revision": git_revision(), "cli": rows, "stages": timings})
    print(f"\nrev {git_revision()}")


if __name__ == "__main__":
    main()
