"""The ``trichdan`` command line: ingest, extract, cites, query, stats, view, export.

Data goes to stdout, messages to stderr. User errors give one line and a non-zero exit code:
1 when some inputs failed (the others were processed), 2 when the command could not run at all.
"""

from __future__ import annotations

import json
import os
import re
import sys
from enum import Enum
from typing import Annotated, Optional

import typer

from . import __version__
from .messages import ErrorLog, console, line

app = typer.Typer(add_completion=False, no_args_is_help=True, rich_markup_mode=None, pretty_exceptions_enable=False,
                  help="Citation knowledge graph for Vietnamese political and legal news.")
err = console(stderr=True)  # file names and texts are printed literally, never as markup
out = console()

StoreOpt = Annotated[Optional[str], typer.Option("--store", "-s", help="Store directory, or the query URL of a SPARQL 1.1 server (default: $TRICHDAN_STORE or the user data dir).")]
UpdateUrlOpt = Annotated[Optional[str], typer.Option("--update-url", help="With a SPARQL server as --store: its SPARQL Update URL (derived for Oxigraph, Fuseki, Virtuoso, GraphDB).")]
GraphStoreUrlOpt = Annotated[Optional[str], typer.Option("--graph-store-url", help="With a SPARQL server as --store: its Graph Store Protocol URL (derived for Oxigraph, Fuseki, Virtuoso, GraphDB).")]
BaseOpt = Annotated[Optional[str], typer.Option("--base", help="Base IRI for minted nodes (default: $TRICHDAN_BASE or https://trichdan.example/id/).")]
AuthorityOpt = Annotated[Optional[str], typer.Option("--authority", help="Authority file of well-known documents (JSON); default: the built-in one.")]
NoAuthorityOpt = Annotated[bool, typer.Option("--no-authority", help="Extract without any authority file.")]
WorkersOpt = Annotated[Optional[int], typer.Option("--workers", "-j", min=1, help="Worker processes (default: all cores).")]
AllowServiceOpt = Annotated[Optional[str], typer.Option("--allow-service", metavar="HOST[,HOST]", help="Allow SPARQL SERVICE calls to these hosts only (refused by default).")]
ErrorsOpt = Annotated[Optional[str], typer.Option("--errors", help="Write every failed input to this file (path, kind, reason; tab-separated).")]
MaxBytesOpt = Annotated[str, typer.Option("--max-bytes", help="Skip (and name) an article larger than this: 5MB, 500kB, 2000000.")]
EncodingOpt = Annotated[Optional[str], typer.Option("--encoding", help="Read text files in this encoding instead of detecting it: utf-8, cp1258, tcvn3, vni.")]


class UserError(Exception):
    """A problem the user can fix; printed as one line."""


class ExtractFormat(str, Enum):
    jsonl = "jsonl"
    ttl = "ttl"
    nq = "nq"


class TableFormat(str, Enum):
    table = "table"
    csv = "csv"
    tsv = "tsv"
    json = "json"


class ExportFormat(str, Enum):
    ttl = "ttl"
    nt = "nt"
    nq = "nq"
    trig = "trig"
    jsonld = "jsonld"
    graphml = "graphml"
    gexf = "gexf"
    csv = "csv"


class Projection(str, Enum):
    citation = "citation"
    cocitation = "cocitation"
    people = "people"


def _settings(json_out: bool, rdf: bool, base, authority, no_authority, max_bytes: str = "5MB", encoding: str | None = None):
    from .loaders.batch import Settings
    from .loaders.sources import ReadOptions
    if authority and not os.path.isfile(authority):
        raise UserError(f"{authority}: authority file not found")
    if authority:
        from .loaders.authority import Authority
        Authority.load(authority)  # fail early, with one line, on a broken file
    try:
        reading = ReadOptions.parse(max_bytes, encoding)
    except ValueError as exc:
        raise UserError(str(exc)) from exc
    return Settings(json=json_out, rdf=rdf, base=base, authority="" if no_authority else authority, reading=reading)


def _cites(db, reference: str, authority: str | None = None, no_authority: bool = False) -> dict:
    """``cites`` for ``reference``, read once and remembered (graph/references.py)."""
    from .graph import references
    from .graph.cites import UnreadableReference, cites
    if authority and not os.path.isfile(authority):
        raise UserError(f"{authority}: authority file not found")
    try:
        return cites(db, reference, query=references.read(reference, authority, no_authority))
    except UnreadableReference as exc:
        raise UserError(str(exc)) from exc


def _error_log(errors: str | None) -> ErrorLog:
    """The run's error log; ``errors`` (a file for every failed input) is opened now, so a bad path fails early."""
    if errors is None:
        return ErrorLog(err)
    try:
        return ErrorLog(err, open(errors, "w", encoding="utf-8"))
    except OSError as exc:
        raise UserError(f"--errors {errors}: cannot write ({exc.strerror or exc})") from exc


def _finish(log: ErrorLog, errors: str | None, notes: ErrorLog | None = None) -> None:
    """The summary of failed inputs, and exit 1 when there were any."""
    if notes is not None and notes.hidden:
        line(err, "note", f"{notes.hidden} more note(s) like those above not shown", style="yellow")
    if log.sink is not None:
        log.sink.close()
    summary = log.summary(errors)
    if summary:
        line(err, "error", summary)
        raise typer.Exit(1)


@app.command()
def extract(paths: Annotated[list[str], typer.Argument(help="Files, directories or glob patterns.")],
            fmt: Annotated[ExtractFormat, typer.Option("--format", "-f")] = ExtractFormat.jsonl,
            base: BaseOpt = None, authority: AuthorityOpt = None, no_authority: NoAuthorityOpt = False,
            workers: WorkersOpt = None, errors: ErrorsOpt = None, max_bytes: MaxBytesOpt = "5MB",
            encoding: EncodingOpt = None) -> None:
    """Extract citations, documents, people, organisations and places; print JSON lines or RDF.

    JSON lines are written once the whole batch is read, so that a bare reference ("Nghị quyết
    02-NQ/TU" without a date) points at the one dated document the batch knows. RDF is written as each
    article is done: its graph, then the claims about shared nodes not written before.
    """
    from .loaders.batch import Result, resolve_batch, run
    from .loaders.sources import Notice, SourceError
    settings = _settings(fmt == ExtractFormat.jsonl, fmt != ExtractFormat.jsonl, base, authority, no_authority,
                         max_bytes, encoding)
    log, notes = _error_log(errors), ErrorLog(err, label="note", style="yellow")
    stream = sys.stdout.buffer
    results = run(paths, settings, workers)
    write = _rdf_writer(stream, fmt) if fmt != ExtractFormat.jsonl else None
    for item in resolve_batch(results) if fmt == ExtractFormat.jsonl else results:
        if isinstance(item, SourceError):
            log(item)
        elif isinstance(item, Notice):
            notes(item)
        elif isinstance(item, Result) and write is None:
            stream.write((json.dumps(item.record, ensure_ascii=False) + "\n").encode("utf-8"))
        elif isinstance(item, Result):
            write(item)
        stream.flush()
    _finish(log, errors, notes)


def _rdf_writer(stream, fmt: ExtractFormat):
    """Writes one article's RDF: its graph and its claims about shared nodes, each claim once per run."""
    from pyoxigraph import RdfFormat, parse, serialize

    from .loaders.vocab import PREFIXES
    prefixes = {p: str(ns) for p, ns in PREFIXES.items()}
    seen: set[bytes] = set()

    def write(result) -> None:
        claims = [line for line in result.shared.splitlines() if line not in seen]
        seen.update(claims)
        data = result.nquads + result.completion + b"".join(line + b"\n" for line in claims)
        if fmt == ExtractFormat.nq:
            stream.write(data)
        else:
            serialize((q.triple for q in parse(data, format=RdfFormat.N_QUADS)), stream, format=RdfFormat.TURTLE,
                      prefixes=prefixes)
    return write


@app.command()
def ingest(paths: Annotated[list[str], typer.Argument(help="Files, directories or glob patterns.")],
           store: StoreOpt = None, base: BaseOpt = None, authority: AuthorityOpt = None,
           no_authority: NoAuthorityOpt = False, workers: WorkersOpt = None, errors: ErrorsOpt = None,
           max_bytes: MaxBytesOpt = "5MB", encoding: EncodingOpt = None, update_url: UpdateUrlOpt = None,
           graph_store_url: GraphStoreUrlOpt = None,
           dask: Annotated[Optional[str], typer.Option("--dask", metavar="SCHEDULER|local", help="Extract on a Dask cluster (the dask extra): its scheduler's address, or 'local' for a local cluster of --workers processes.")] = None,
           shards: Annotated[Optional[str], typer.Option("--shards", help="With --dask: the folder for the N-Quads shards, which every worker can write (default for 'local': a temporary folder).")] = None) -> None:
    """Extract articles into the store; re-ingesting an article replaces its graph.

    A run that was interrupted (killed, disk full) is repaired by the next ingest or by `trichdan repair`.
    """
    settings = _settings(False, True, base, authority, no_authority, max_bytes, encoding)
    db = _open(store, update_url=update_url, graph_store_url=graph_store_url)
    log, notes = _error_log(errors), ErrorLog(err, label="note", style="yellow")
    if dask is not None:
        report = _ingest_on_dask(db, paths, settings, dask, shards, workers, log)
    else:
        from .graph.ingest import ingest as run_ingest
        report = _writing(db, lambda advance: run_ingest(db, paths, settings, workers, on_article=advance,
                                                           on_error=log, on_note=notes))
    _report(db, report)
    _finish(log, errors, notes)


@app.command()
def load(shards: Annotated[list[str], typer.Argument(help="N-Quads files written by `extract --format nq` or `ingest --dask` (.nq or .nq.gz), folders of them, glob patterns.")],
         store: StoreOpt = None, base: BaseOpt = None, errors: ErrorsOpt = None, update_url: UpdateUrlOpt = None,
         graph_store_url: GraphStoreUrlOpt = None) -> None:
    """Write extracted articles (N-Quads shards) into the store, as ingest does: unchanged ones skipped,
    changed ones replaced, references reconciled, the catalogue refreshed."""
    from .graph.ingest import write
    from .graph.shards import files, read
    db = _open(store, update_url=update_url, graph_store_url=graph_store_url)
    log = _error_log(errors)
    found = list(files(shards))
    for item in found:
        if not isinstance(item, str):
            log(item)
    paths = [item for item in found if isinstance(item, str)]
    report = _writing(db, lambda advance: write(db, lambda skip: read(paths, skip), base, on_article=advance,
                                                on_error=log))
    report.failed += sum(1 for item in found if not isinstance(item, str))
    _report(db, report)
    _finish(log, errors)


def _ingest_on_dask(db, paths: list[str], settings, scheduler: str, shards: str | None, workers: int | None, log):
    """Map the files to shards on the cluster, then write the shards into the store."""
    import tempfile

    from .graph.distributed import DaskMissing, extract
    from .graph.ingest import write
    from .graph.shards import read
    from .loaders.sources import SourceError
    if shards is None and scheduler != "local":
        raise UserError("--dask with a scheduler needs --shards: a folder the workers and this machine share")
    with tempfile.TemporaryDirectory(prefix="trichdan-shards-") as temporary:
        done = []
        try:
            for item in extract(paths, shards or temporary, settings, None if scheduler == "local" else scheduler, workers):
                if isinstance(item, SourceError):
                    log(item)
                    continue
                done.append(item)
                for path, reason, kind in item.errors:
                    log(SourceError(path, reason, kind))
        except DaskMissing as exc:
            raise UserError(str(exc)) from exc
        failed = log.total
        report = _writing(db, lambda advance: write(db, lambda skip: read(sorted(s.path for s in done), skip),
                                                    settings.base, on_article=advance, on_error=log))
    report.failed += failed
    return report


def _writing(db, run):
    """Run a write with a progress bar; a full disk is one line."""
    with _progress() as progress:
        task = progress.add_task("ingesting", total=None)
        try:
            return run(lambda: progress.advance(task))
        except OSError as exc:
            raise UserError(f"{db.path}: cannot write the store ({exc.strerror or str(exc).splitlines()[0]}); "
                            "what was stored before is kept: make room and run the same ingest again") from exc


def _report(db, report) -> None:
    if report.recovered is not None:
        _recovered(db.path, report.recovered, "the previous ingest was interrupted")
    err.print(f"{report.added} added, {report.replaced} replaced, {report.unchanged} unchanged, "
              f"{report.failed} failed, {report.merged} bare references merged; store {db.path}", markup=False)


@app.command()
def repair(store: StoreOpt = None, update_url: UpdateUrlOpt = None) -> None:
    """Rebuild what an interrupted ingest left: remove article graphs it cut short, reconcile, rebuild the catalogue."""
    from .graph.ingest import repair as run_repair
    db = _open(store, update_url=update_url)
    try:
        incomplete, merged, documents = run_repair(db)
    except OSError as exc:
        raise UserError(f"{db.path}: cannot write the store ({exc.strerror or str(exc).splitlines()[0]})") from exc
    _recovered(db.path, incomplete, "repaired")
    err.print(f"{len(incomplete)} unfinished article graph(s) removed, {merged} bare references merged, "
              f"catalogue rebuilt for {documents} document(s); store {db.path}", markup=False)


def _recovered(path: str, removed: dict[str, str], what: str) -> None:
    files = sorted({f for f in removed.values() if f})
    text = f"{path}: {what}; {len(removed)} article graph(s) it had not finished were removed, the catalogue was rebuilt"
    if files:
        text += "; ingest these files again if you do not: " + ", ".join(files[:5]) + (" …" if len(files) > 5 else "")
    line(err, "note", text, style="yellow")


def _json(data) -> str:
    """JSON text: indented on a terminal, compact (and several times faster to write) in a pipe."""
    return json.dumps(data, ensure_ascii=False, indent=1 if sys.stdout.isatty() else None)


@app.command()
def cites(reference: Annotated[str, typer.Argument(help='e.g. "Quyết định 99", "99-QĐ/TW", "Nghị quyết 05-NQ/TU Nghệ An".')],
          store: StoreOpt = None, fmt: Annotated[TableFormat, typer.Option("--format", "-f")] = TableFormat.table,
          authority: AuthorityOpt = None, no_authority: NoAuthorityOpt = False) -> None:
    """Which articles cite a document? One entry per matching document."""
    answer = _cites(_open(store, read_only=True), reference, authority, no_authority)
    if fmt == TableFormat.json:
        print(_json(answer))
        return
    columns = ["document", "file", "title", "published"]
    data = [{"document": d["label"], **{k: a[k] for k in ("file", "title", "published")}}
            for d in answer["documents"] for a in d["articles"]]
    _print_rows(columns, data, fmt, title=f"{len(answer['documents'])} document(s) match {reference!r}")


@app.command()
def query(sparql: Annotated[str, typer.Argument(help="SPARQL text, a .rq file, or the name of a ready-made query.")],
          store: StoreOpt = None, fmt: Annotated[TableFormat, typer.Option("--format", "-f")] = TableFormat.table,
          param: Annotated[Optional[list[str]], typer.Option("--param", "-p", help="Bind a parameter: qFrom=2023-01-01 (repeatable).")] = None,
          ref: Annotated[Optional[str], typer.Option("--ref", help="Bind ?qDoc to each document matching this reference.")] = None,
          allow_service: AllowServiceOpt = None) -> None:
    """Run a SPARQL query over all article graphs (their union is the default graph).

    Ready-made queries: see `trichdan queries`. Parameters are bound as values, never pasted into the text.
    SERVICE clauses are refused unless --allow-service names their hosts.
    """
    from pyoxigraph import NamedNode

    from .graph import queries
    text = sparql
    if sparql in queries.names():
        text = queries.load(sparql)
    elif sparql.endswith(".rq") or (os.path.isfile(sparql) and "\n" not in sparql):
        if not os.path.isfile(sparql):
            raise UserError(f"{sparql}: no such query file")
        with open(sparql, encoding="utf-8") as handle:
            text = handle.read()
    params = dict(queries.DEFAULTS.get(sparql, {}))
    for item in param or []:
        name, sep, value = item.partition("=")
        name = name.lstrip("?$")
        if not sep:
            raise UserError(f"--param {item!r}: expected NAME=VALUE")
        if not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", name):
            raise UserError(f"--param {item!r}: {name!r} is not a parameter name (letters, digits, _)")
        if not re.search(rf"[?$]{name}\b", text):
            known = " ".join("?" + p for p in queries.parameters(text)) or "none"
            raise UserError(f"--param {item!r}: the query has no parameter ?{name} (its parameters: {known})")
        params[name] = int(value) if value.isdigit() and name.endswith(("Number", "Year")) else value
    db = _open(store, read_only=True)
    bindings = [params]
    if ref:
        documents = _cites(db, ref)["documents"]
        if not documents:
            raise UserError(f"no document in the store matches {ref!r}")
        bindings = [{**params, "qDoc": NamedNode(d["id"])} for d in documents]
    missing = [p for p in queries.parameters(text) if p not in bindings[0]]
    if missing:
        raise UserError(f"the query needs {', '.join('?' + m for m in missing)}: give --param NAME=VALUE or --ref")
    _check_services(text, allow_service)
    try:
        results = [queries.execute(db, text, b) for b in bindings]
    except SyntaxError as exc:
        raise UserError(f"SPARQL syntax error: {str(exc).splitlines()[0]}") from exc
    except OSError as exc:  # a SERVICE call that failed, or the store
        from .graph.service_check import describe_failure
        raise UserError(f"query failed: {describe_failure(exc)}") from exc
    except (RuntimeError, ValueError) as exc:  # other evaluation errors of the user's query
        raise UserError(f"query failed: {(str(exc).strip().splitlines() or [type(exc).__name__])[0]}") from exc
    result = results[0]
    if isinstance(result, bool):
        print("true" if any(results) else "false")
    elif isinstance(result, bytes):
        sys.stdout.buffer.write(b"".join(results))
    else:
        columns = [c for c in result[0] if not (c.startswith("q") and c[1:2].isupper())]
        rows = [{c: row[c] for c in columns} for _, data in results for row in data]
        _print_rows(columns, rows, fmt)


def _check_services(text: str, allow_service: str | None) -> None:
    from .graph.service_check import ServiceRefused, check_services
    from .loaders.vocab import PREFIXES
    try:
        check_services(text, _allowed_hosts(allow_service), {p: str(ns) for p, ns in PREFIXES.items()})
    except ServiceRefused as exc:
        raise UserError(str(exc)) from exc


def _allowed_hosts(allow_service: str | None) -> frozenset[str]:
    from .graph.service_check import parse_hosts
    try:
        return parse_hosts(allow_service)
    except ValueError as exc:
        raise UserError(str(exc)) from exc


@app.command()
def queries() -> None:
    """List the ready-made queries and their parameters."""
    from .graph import queries as ready
    data = []
    for name in ready.names():
        text = ready.load(name)
        data.append({"query": name, "parameters": " ".join("?" + p for p in ready.parameters(text)),
                     "about": text.splitlines()[0].lstrip("# ")})
    _print_rows(["query", "parameters", "about"], data, TableFormat.table)


@app.command()
def stats(store: StoreOpt = None, fmt: Annotated[TableFormat, typer.Option("--format", "-f")] = TableFormat.table) -> None:
    """Counts of articles, documents, citations, people, organisations and places."""
    from .graph import queries
    rows = queries.run(_open(store, read_only=True), "stats")
    _print_rows(list(rows[0]), rows, fmt)


class GroupBy(str, Enum):
    province = "province"
    month = "month"
    site = "site"


@app.command()
def view(reference: Annotated[Optional[str], typer.Argument(help="Focus on the documents matching this reference; one document gives its document page.")] = None,
         store: StoreOpt = None, output: Annotated[str, typer.Option("--out", "-o")] = "trichdan-view.html",
         limit: Annotated[int, typer.Option(min=1, help="At most this many articles in the page (the newest); the page says how many were left out.")] = 2000,
         group_by: Annotated[GroupBy, typer.Option("--group-by", help="Past 300 articles, group them by province, month or site.")] = GroupBy.province) -> None:
    """Write a self-contained interactive HTML view: a document's page, or the graph of several or of the whole store."""
    from .graph.views import write
    folder = os.path.dirname(os.path.abspath(output))
    if not os.path.isdir(folder):
        raise UserError(f"{output}: cannot write the page: folder {folder} does not exist")
    db = _open(store, read_only=True)
    focus = None
    if reference:
        focus = [d["id"] for d in _cites(db, reference)["documents"]]
        if not focus:
            raise UserError(f"no document in the store matches {reference!r}")
    try:
        page = write(db, output, focus, limit=limit, group_by=group_by.value, title=reference)
    except OSError as exc:
        raise UserError(f"{output}: cannot write the page ({exc.strerror or exc})") from exc
    err.print(f"wrote {output}: {page.page} page, {page.articles} of {page.in_scope} articles, "
              f"{page.drawn} nodes drawn of {page.nodes}", markup=False)


@app.command()
def export(fmt: Annotated[ExportFormat, typer.Option("--format", "-f")] = ExportFormat.nq,
           store: StoreOpt = None, output: Annotated[Optional[str], typer.Option("--out", "-o")] = None,
           graph: Annotated[Optional[Projection], typer.Option("--graph", "-g", help="Network for graphml, gexf and csv: citation (article→document, the default), cocitation (document–document), people (person–organisation).")] = None,
           context_url: Annotated[Optional[str], typer.Option("--context-url", help="JSON-LD: refer to the context at this URL (e.g. <base>context.jsonld) instead of inlining it.")] = None) -> None:
    """Export the store as RDF (ttl, nt, nq, trig, jsonld) or as a network (graphml, gexf, csv)."""
    from .graph.exports import NETWORK_FORMATS, export as write
    network = fmt.value in NETWORK_FORMATS
    if graph and not network:
        raise UserError("--graph applies to -f graphml, gexf and csv only")
    if context_url and fmt != ExportFormat.jsonld:
        raise UserError("--context-url applies to -f jsonld only")
    db = _open(store, read_only=True)
    options = {"graph": (graph or Projection.citation).value, "context_url": context_url}
    if output:
        try:
            handle = open(output, "wb")
        except OSError as exc:
            raise UserError(f"{output}: cannot write ({exc.strerror or exc})") from exc
        with handle:
            write(db, fmt.value, handle, **options)
        err.print(f"wrote {output}")
    else:
        write(db, fmt.value, sys.stdout.buffer, **options)


@app.command()
def validate(store: StoreOpt = None, base: BaseOpt = None) -> None:
    """Check the store against shapes.ttl (per article graph) and ontology.ttl; exit 1 on any violation."""
    from .graph.validate import graph_count, validate as run_validate
    db = _open(store, read_only=True)
    with _progress() as progress:
        task = progress.add_task("validating", total=graph_count(db))
        report = run_validate(db, base, on_graph=lambda: progress.advance(task))
    columns = ["severity", "graph", "focus", "path", "message", "value"]
    rows = [{c: getattr(r, c) for c in columns} for r in report.results]
    if out.is_terminal:
        if rows:
            _print_rows(columns, rows, TableFormat.table)
    else:
        for row in rows:
            print("\t".join(" ".join(row[c].split()) for c in columns))
    err.print(f"{len(report.violations)} violation(s), {len(report.results) - len(report.violations)} other result(s) "
              f"in {report.graphs} graph(s), {report.seconds:.2f} s")
    if report.violations:
        raise typer.Exit(1)


@app.command()
def serve(store: StoreOpt = None,
          host: Annotated[str, typer.Option(help="Interface to listen on; 0.0.0.0 exposes the endpoint to the network.")] = "127.0.0.1",
          port: Annotated[int, typer.Option(min=0, max=65535)] = 7878,
          timeout: Annotated[float, typer.Option(min=0.1, help="Seconds a query may run before the answer is 503 and its process is stopped.")] = 10.0,
          allow_service: AllowServiceOpt = None,
          max_body: Annotated[int, typer.Option("--max-body", min=1, help="Largest request body in bytes (larger: 413).")] = 1 << 20) -> None:
    """Serve a read-only SPARQL 1.1 endpoint at http://HOST:PORT/sparql (CORS open, for YASGUI)."""
    from .graph.query_workers import WorkerStartError
    from .graph.server import SparqlServer
    hosts = _allowed_hosts(allow_service)
    db = _open(store, read_only=True)
    if not hasattr(db, "db"):
        raise UserError(f"{db.path}: is a SPARQL server already; query it there")
    try:
        server = SparqlServer(db, host, port, timeout, allow_service=hosts, max_body=max_body)
    except OSError as exc:
        raise UserError(f"cannot listen on {host}:{port} ({exc.strerror or exc})") from exc
    except WorkerStartError as exc:
        raise UserError(f"cannot start the query processes: {exc}") from exc
    services = f"SERVICE allowed to {', '.join(sorted(hosts))}" if hosts else "SERVICE refused"
    if not hosts and not server.workers.confined:
        services += " (by the query check only: no seccomp on this system)"
    err.print(f"SPARQL endpoint {server.url} over {db.path} (read-only, {timeout:g} s timeout, {services}); Ctrl-C stops",
              markup=False)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()


class EvaluateFormat(str, Enum):
    table = "table"
    json = "json"


@app.command()
def evaluate(gold: Annotated[str, typer.Argument(help="Gold annotations (JSON): seed format or real-text format.")],
             articles: Annotated[str, typer.Argument(help="The annotated articles: a directory, file or glob pattern.")],
             fmt: Annotated[EvaluateFormat, typer.Option("--format", "-f")] = EvaluateFormat.table,
             errors: Annotated[int, typer.Option("--errors", "-e", min=0, help="Show the first N errors (missed and extra items).")] = 20,
             authority: AuthorityOpt = None, no_authority: NoAuthorityOpt = False, workers: WorkersOpt = None) -> None:
    """Score extraction and queries against annotated articles: precision, recall, F1, identity, errors.

    The articles are extracted as `extract` does; the gold's queries are asked through `cites` over
    a temporary store. Exit 1 when some articles could not be read.
    """
    from .graph.evaluation import ArticlesError, GoldError, evaluate as score
    from .graph.evaluation_report import render_table
    settings = _settings(True, False, None, authority, no_authority)
    try:
        result = score(gold, articles, authority=settings.authority, workers=workers, on_error=ErrorLog(err))
    except (GoldError, ArticlesError) as exc:
        raise UserError(str(exc)) from exc
    print(_json(result.as_dict(errors)) if fmt == EvaluateFormat.json else render_table(result, errors))
    if result.failed:
        raise typer.Exit(1)


def _open(path: str | None, read_only: bool = False, **urls):
    """The store at ``path`` (a folder or a SPARQL server's query URL); ``urls``: the server's other URLs."""
    from .graph.store import default_path, is_url, open_store
    urls = {name: url for name, url in urls.items() if url}
    if urls and not is_url(path or default_path()):
        raise UserError(f"--{next(iter(urls)).replace('_', '-')} applies to a SPARQL server given as --store URL")
    db = open_store(path, read_only=read_only, **urls)
    if read_only and db.interrupted:
        line(err, "warning", f"{db.path}: an ingest into this store was interrupted; answers may be incomplete "
                             "until `trichdan repair` (or the next ingest) rebuilds it", style="yellow")
    return db


def _progress():
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
    return Progress(SpinnerColumn(), TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                    TimeElapsedColumn(), console=err, transient=True)


def _print_rows(columns: list[str], data: list[dict], fmt: TableFormat, title: str | None = None) -> None:
    from .graph.queries import format_rows
    if fmt != TableFormat.table or not out.is_terminal:  # a rich table on a terminal, TSV in a pipe
        sys.stdout.write(format_rows(columns, data, fmt.value if fmt != TableFormat.table else "tsv"))
        return
    from rich.table import Table
    table = Table(*columns, title=title, show_lines=False)
    for row in data:
        table.add_row(*("" if row[c] is None else str(row[c]) for c in columns))
    out.print(table)


def version_callback(value: bool) -> None:
    if value:
        print(f"trichdan {__version__}")
        raise typer.Exit()


@app.callback()
def main_options(version: Annotated[bool, typer.Option("--version", callback=version_callback, is_eager=True)] = False) -> None:
    """Citation knowledge graph for Vietnamese political and legal news."""


def main() -> None:
    """Console entry point: run the app, turning user errors into one line and an exit code."""
    from .graph.store import StoreError
    try:
        app()
    except (UserError, StoreError) as exc:
        line(err, "error", str(exc))
        sys.exit(2)
    except Exception as exc:
        from .loaders.authority import AuthorityError  # only now: reading the authority module costs time
        if not isinstance(exc, AuthorityError):
            raise
        line(err, "error", str(exc))
        sys.exit(2)


if __name__ == "__main__":
    main()
