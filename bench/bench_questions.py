"""Latency of the question commands (cited-by, documents, related, implements, who, where, timeline, rank,
communities) on an ingested store, in-process and as CLI subprocesses.

  .venv/bin/python bench/bench_questions.py [--store DIR | --articles 2000] [--runs 5] [--workdir DIR]

Without --store, the generated corpus of --articles articles (``../shared/bench/make_corpus.py``, seed 1)
is ingested once into WORKDIR/questions-store-N. In-process: the question's function on one Store opened
read-only and kept open (the gazetteer and the authority file loaded beforehand, as a long-running process
would have them), the first call reported apart as "cold", the wall and CPU medians of --runs calls after it. CLI: the
command started --runs times (interpreter start, imports and store opening included), median wall time.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time
from pathlib import Path

from _common import DEFAULT_WORKDIR, TRICHDAN, articles_glob, corpus, git_revision, save, table

# (name, CLI arguments after the command); {article}, {person} and {person_folded} come from the store
QUESTIONS = [
    ("cites (baseline, existing)", ["cites", "Quyết định 99"]),
    ("cited-by", ["cited-by", "{article}"]),
    ("documents", ["documents"]),
    ("documents (filtered)", ["documents", "--since", "2023", "--type", "Nghị quyết", "--scope", "Hà Tĩnh"]),
    ("related", ["related", "Quyết định 99"]),
    ("implements", ["implements", "Quyết định 99"]),
    ("who (exact)", ["who", "{person}"]),
    ("who (no diacritics)", ["who", "{person_folded}"]),
    ("where (province)", ["where", "Hà Tĩnh"]),
    ("where (district)", ["where", "Nghi Xuân"]),
    ("timeline", ["timeline", "Quyết định 99"]),
    ("rank", ["rank"]),
    ("communities", ["communities"]),
]


def question(store, authority, args: list[str]):
    """The function behind the command ``args``, bound to an open store: what a long-running process calls."""
    from trichdan.graph.questions import cascade, cited_by, documents, network, related, timeline, where, who
    from trichdan.graph.cites import cites
    from trichdan.graph.lookup import Lookup
    command, rest = args[0], args[1:]

    def documents_named(reference: str) -> list[str]:  # as the commands read a REF: through the lookup
        return [d["doc"] for d in Lookup(store, authority).documents(reference).documents]

    if command == "cites":
        return lambda: cites(store, rest[0], authority)
    if command == "cited-by":
        return lambda: cited_by.cited_by(store, rest[0])
    if command == "documents":
        options = dict(zip(rest[::2], rest[1::2]))
        filters = documents.Filters(options.get("--since"), options.get("--until"), options.get("--type"),
                                    options.get("--issuer"), options.get("--scope"))
        return lambda: documents.most_cited(store, filters)
    if command == "related":
        return lambda: related.related(store, documents_named(rest[0]), rest[0])
    if command == "implements":
        return lambda: [cascade.cascade(store, d) for d in documents_named(rest[0])]
    if command == "timeline":
        return lambda: timeline.timeline(store, documents_named(rest[0]), rest[0])
    if command == "who":
        return lambda: who.who(store, rest[0])
    if command == "where":
        return lambda: where.where(store, rest[0])
    if command == "rank":
        return lambda: network.rank(store)
    return lambda: network.communities(store)


def store_for(workdir: str, articles: int) -> str:
    path = Path(workdir) / f"questions-store-{articles}"
    if not path.exists():
        source = corpus(workdir, articles)
        subprocess.run([TRICHDAN, "ingest", articles_glob(source), "--store", str(path)], check=True)
    return str(path)


def samples(path: str) -> dict[str, str]:
    """An article file and a person's name from the store, to ask about."""
    from trichdan.graph import queries
    from trichdan.graph.store import Store
    from trichdan.loaders.normalize import fold
    store = Store(path, read_only=True)
    article = queries.rows(store.query("SELECT ?f WHERE { GRAPH ?a { ?a a schema:NewsArticle ; td:sourcePath ?f } } LIMIT 1"))[0]["f"]
    person = sorted(r["name"] for r in queries.run(store, "people_named"))[0]
    return {"article": article, "person": person, "person_folded": fold(person)}


def in_process(path: str, args: list[str], runs: int) -> dict:
    """The question's function on a store opened once: cold (first call), then wall and CPU medians of ``runs``."""
    from trichdan.graph.store import Store
    from trichdan.loaders import gazetteer
    from trichdan.loaders.authority import Authority
    t0 = time.perf_counter()
    store = Store(path, read_only=True)
    opened = time.perf_counter() - t0
    authority = Authority.load()
    gazetteer.lookup("Hà Tĩnh")  # the gazetteer, loaded once per process
    call = question(store, authority, args)
    wall, cpu = [], []
    for _ in range(runs + 1):
        t0, c0 = time.perf_counter(), time.process_time()
        call()
        wall.append(time.perf_counter() - t0)
        cpu.append(time.process_time() - c0)
    return {"open_s": opened, "cold_s": wall[0], "median_s": statistics.median(wall[1:]),
            "cpu_median_s": statistics.median(cpu[1:])}


def cli(path: str, args: list[str], runs: int) -> dict:
    wall = []
    for _ in range(runs):
        t0 = time.perf_counter()
        proc = subprocess.run([TRICHDAN, *args, "--store", path, "--format", "json"], capture_output=True, text=True)
        wall.append(time.perf_counter() - t0)
        if proc.returncode:
            return {"error": proc.stderr.strip()[-200:]}
    return {"cli_median_s": statistics.median(wall), "answer_bytes": len(proc.stdout)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--workdir", default=DEFAULT_WORKDIR)
    ap.add_argument("--store")
    ap.add_argument("--articles", type=int, default=2000)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--child", help=argparse.SUPPRESS)
    args = ap.parse_args()
    path = args.store or store_for(args.workdir, args.articles)
    if args.child:
        print(json.dumps(in_process(path, json.loads(args.child), args.runs)))
        return
    values = samples(path)
    rows, results = [], []
    for name, template in QUESTIONS:
        command = [part.format(**values) for part in template]
        child = subprocess.run([sys.executable, __file__, "--store", path, "--runs", str(args.runs),
                                "--child", json.dumps(command)], capture_output=True, text=True)
        res = json.loads(child.stdout) if child.returncode == 0 else {"error": child.stderr.strip()[-200:]}
        res.update(cli(path, command, args.runs))
        res.update(question=name, command=" ".join(command))
        results.append(res)
        print(res, flush=True)
        rows.append([name, f"`trichdan {' '.join(command)}`", *(f"{res[k] * 1000:.0f}" if k in res else "–"
                                                                for k in ("cold_s", "median_s", "cpu_median_s", "cli_median_s"))])
    save(args.workdir, "questions", results)
    print(f"\nstore {path}; {args.runs} runs each; rev {git_revision()}\n")
    print(table(["question", "command", "in-process cold ms", "in-process median ms", "in-process CPU median ms",
                 "CLI median ms"], rows))


if __name__ == "__main__":
    main()
