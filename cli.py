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
from typer.core import TyperCommand

from . import __version__
from .messages import ErrorLog, console, line

app = typer.Typer(add_completion=False, no_args_is_help=True, rich_markup_mode=None, pretty_exceptions_enable=False,
                  help="Citation knowledge graph for Vietnamese political and legal news.")
err = console(stderr=True)  # file names and texts are printed literally, never as markup
out = console()

StoreOpt = Annotated[Optional[str], typer.Option("--store", "-s", metavar="DIR|URL", help="Store directory, or the query URL of a SPARQL 1.1 server (default: $TRICHDAN_STORE or the user data dir).")]
UpdateUrlOpt = Annotated[Optional[str], typer.Option("--update-url", metavar="URL", help="With a SPARQL server as --store: its SPARQL Update URL (derived for Oxigraph, Fuseki, Virtuoso, GraphDB).")]
GraphStoreUrlOpt = Annotated[Optional[str], typer.Option("--graph-store-url", metavar="URL", help="With a SPARQL server as --store: its Graph Store Protocol URL (derived for Oxigraph, Fuseki, Virtuoso, GraphDB).")]
BaseOpt = Annotated[Optional[str], typer.Option("--base", metavar="IRI", help="Base IRI for minted nodes (default: $TRICHDAN_BASE or https://trichdan.example/id/).")]
AuthorityOpt = Annotated[Optional[str], typer.Option("--authority", metavar="FILE", help="Authority file of well-known documents (JSON); default: the built-in one.")]
NoAuthorityOpt = Annotated[bool, typer.Option("--no-authority", help="Extract without any authority file.")]
WorkersOpt = Annotated[Optional[int], typer.Option("--workers", "-j", min=1, metavar="N", help="Worker processes (default: all cores).")]
PathsArg = Annotated[list[str], typer.Argument(metavar="PATH...", help="Files, directories or glob patterns: .txt, .html, .jsonl(.gz), .warc(.gz).")]
AllowServiceOpt = Annotated[Optional[str], typer.Option("--allow-service", metavar="HOST[,HOST]", help="Allow SPARQL SERVICE calls to these hosts only (refused by default).")]
ErrorsOpt = Annotated[Optional[str], typer.Option("--errors", metavar="FILE", help="Write every failed input to this file (path, kind, reason; tab-separated).")]
MaxBytesOpt = Annotated[str, typer.Option("--max-bytes", metavar="SIZE", help="Skip (and name) an article larger than this: 5MB, 500kB, 2000000.")]
EncodingOpt = Annotated[Optional[str], typer.Option("--encoding", metavar="ENCODING", help="Read text files in this encoding instead of detecting it: utf-8, cp1258, tcvn3, vni.")]


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


FormatOpt = Annotated[TableFormat, typer.Option("--format", "-f", metavar="table|csv|tsv|json",
                                                help="A table on a terminal (TSV in a pipe), CSV, TSV or JSON.")]


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


def _authority(path: str | None, none: bool):
    from .loaders.authority import Authority
    if none:
        return None
    if path and not os.path.isfile(path):
        raise UserError(f"{path}: authority file not found")
    return Authority.load(path)


def _lookup(db, authority: str | None = None, no_authority: bool = False):
    """A lookup over ``db`` that reads references with the authority file (``--authority``, ``--no-authority``)."""
    from .graph.lookup import Lookup
    return Lookup(db, _authority(authority, no_authority))


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
def extract(paths: PathsArg,
            fmt: Annotated[ExtractFormat, typer.Option("--format", "-f", metavar="jsonl|ttl|nq", help="JSON lines (the contract in the README), Turtle or N-Quads.")] = ExtractFormat.jsonl,
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
def ingest(paths: PathsArg,
           store: StoreOpt = None, base: BaseOpt = None, authority: AuthorityOpt = None,
           no_authority: NoAuthorityOpt = False, workers: WorkersOpt = None, errors: ErrorsOpt = None,
           max_bytes: MaxBytesOpt = "5MB", encoding: EncodingOpt = None, update_url: UpdateUrlOpt = None,
           graph_store_url: GraphStoreUrlOpt = None,
           dask: Annotated[Optional[str], typer.Option("--dask", metavar="SCHEDULER|local", help="Extract on a Dask cluster (the dask extra): its scheduler's address, or 'local' for a local cluster of --workers processes.")] = None,
           shards: Annotated[Optional[str], typer.Option("--shards", metavar="DIR", help="With --dask: the folder for the N-Quads shards, which every worker can write (default for 'local': a temporary folder).")] = None) -> None:
    """Extract articles into the store; re-ingesting an article replaces its graph.

    A run that was interrupted (killed, disk full) is repaired by the next ingest or by `trichdan repair`.
    Files are stored under their absolute path. The progress bar names each phase (reading, extracting,
    loading, reconciling, catalogue) and has a total when the number of articles is known in advance.
    """
    settings = _settings(False, True, base, authority, no_authority, max_bytes, encoding)
    db = _open(store, update_url=update_url, graph_store_url=graph_store_url)
    log, notes = _error_log(errors), ErrorLog(err, label="note", style="yellow")
    paths = [os.path.abspath(p) for p in paths]
    if dask is not None:
        report = _ingest_on_dask(db, paths, settings, dask, shards, workers, log)
    else:
        from .graph.ingest import ingest as run_ingest
        from .loaders.inputs import count_articles
        def run(advance, phase):
            phase("extracting", count_articles(paths))  # "reading" until the inputs are counted
            return run_ingest(db, paths, settings, workers, on_article=advance, on_error=_advancing(log, advance),
                              on_note=notes, on_phase=phase)
        report = _writing(db, run, "reading")
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
    report = _writing(db, lambda advance, phase: write(db, lambda skip: read(paths, skip), base, on_article=advance,
                                                       on_error=log, on_phase=phase), "reading")
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
        report = _writing(db, lambda advance, phase: write(
            db, lambda skip: read(sorted(s.path for s in done), skip), settings.base, on_article=advance,
            on_error=log, on_phase=phase), "reading")
    report.failed += failed
    return report


def _writing(db, run, description: str):
    """Run a write, ``run(advance, phase)``, with a progress bar that names its phase (``phase(name, total)``:
    the total when it becomes known); a full disk is one line."""
    with _progress() as progress:
        task = progress.add_task(description, total=None)

        def phase(name: str, total: int | None = None) -> None:
            progress.update(task, description=name, **({"total": total} if total is not None else {}))

        try:
            return run(lambda: progress.advance(task), phase)
        except OSError as exc:
            raise UserError(f"{db.path}: cannot write the store ({exc.strerror or str(exc).splitlines()[0]}); "
                            "what was stored before is kept: make room and run the same ingest again") from exc


def _advancing(log: ErrorLog, advance):
    """``log``, which also counts the failed input as done."""
    def failed(item) -> None:
        log(item)
        advance()
    return failed


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
def cites(reference: Annotated[str, typer.Argument(metavar="REF", help='A document as you would write it: "Quyết định 99", "QD 99", "99-QĐ/TW", "Pháp lệnh dân chủ", "Nghị quyết 05-NQ/HU Hưng Yên".')],
          store: StoreOpt = None, fmt: FormatOpt = TableFormat.table,
          authority: AuthorityOpt = None, no_authority: NoAuthorityOpt = False,
          limit: Annotated[int, typer.Option("--limit", "-n", min=0, metavar="N", help="At most N articles per document, the newest (0: all); the total is still given.")] = 0) -> None:
    """Which articles cite a document, newest first: date, site, title, how they cite it, the sentence, URL or file.

    One entry per matching document, labelled so that documents sharing a number are told apart.
    Exit 1 with the nearest documents, names and places ("did you mean") when nothing matches.
    """
    from .graph.cites import citing
    lookup = _lookup(_open(store, read_only=True), authority, no_authority)
    answer = lookup.documents(reference)
    _read_as(reference, answer.query)
    documents = [citing(lookup.store, d["doc"], limit or None) for d in answer.documents]
    for document in documents:
        if len(document["articles"]) < document["total_articles"]:
            line(err, "note", f"{document['display_label']}: the newest {len(document['articles'])} of "
                              f"{document['total_articles']} citing articles (--limit {limit})", style="yellow")
    if fmt == TableFormat.json:
        print(_json({"query": reference, "parsed": answer.query.described() if answer.query else None,
                     "documents": documents, **({} if documents else {"suggestions": _suggestions(lookup, reference)})}))
    elif documents:
        columns = ["document", "published", "site", "title", "how", "sentence", "url", "file"]
        data = [{"document": d["display_label"], "published": a["published"], "site": a["site"], "title": a["title"],
                 "how": a["how"], "sentence": " … ".join(dict.fromkeys(c["sentence"] for c in a["citations"])),
                 "url": a["url"], "file": a["file"]} for d in documents for a in d["articles"]]
        _print_rows(columns, data, fmt, title=f"{len(documents)} document(s) match {reference!r}")
    if not documents:
        _nothing_found(lookup, reference, answer)


def _read_as(typed: str, query) -> None:
    """A note when the reference was read with other spellings ("Quyet dinh 99" → "Quyết định 99")."""
    if query is not None and query.corrections:
        line(err, "note", f"read {typed!r} as {query.text!r}", style="yellow")


def _suggestions(lookup, text: str) -> list[dict]:
    return [h.as_dict() for h in lookup.suggest(text)]


def _nothing_found(lookup, text: str, answer=None) -> None:
    """One line: what was not found (and the known document it names, if any), the nearest names; exit 1."""
    what = f"no document in the store matches {text!r}"
    known = _known_documents(lookup, answer.query) if answer is not None and answer.query is not None else []
    if answer is not None and answer.error:
        what = f"{answer.error}; nothing in the store is named so"
    elif known:
        named = "; ".join(" ".join(x for x in (e.document.type, e.document.symbol or e.name,
                                               e.document.date and f"({e.document.date})") if x) for e in known)
        what = f"no article in the store cites {named}, which {text!r} names"
    _not_found(lookup, text, what)


def _known_documents(lookup, query) -> list:
    """The authority entries a reference names: by the words of their aliases, or the one its key is."""
    if query.known:
        return query.known
    entry = lookup.authority.by_key.get(query.key) if lookup.authority is not None and query.key else None
    return [entry] if entry is not None else []


def _not_found(lookup, text: str, what: str) -> None:
    near = lookup.suggest(text)
    hint = "; did you mean " + " | ".join(f"{h.label} [{h.kind}]" for h in near) + "?" if near else ""
    line(err, "error", what + hint)
    raise typer.Exit(1)


@app.command()
def search(text: Annotated[str, typer.Argument(metavar="TEXT", help='Any name: "Phan Van Khoa", "Huyện ủy Cẩm Xuyên", "UBND tỉnh Nghệ An", "Hà Tĩnh", "dân chủ ở cơ sở", "QD 99".')],
           store: StoreOpt = None, fmt: FormatOpt = TableFormat.table,
           limit: Annotated[int, typer.Option(min=1, metavar="N", help="At most N results of each kind (documents, people, bodies, places).")] = 20,
           authority: AuthorityOpt = None, no_authority: NoAuthorityOpt = False) -> None:
    """Find documents, people, bodies and places by name, with how many articles cite or mention each.

    Case and diacritics aside, aliases and every alternative name in the store included; exit 1 with the
    nearest names ("did you mean") when nothing matches.
    """
    from .graph.lookup import KIND_NAMES
    lookup = _lookup(_open(store, read_only=True), authority, no_authority)
    hits = lookup.search(text)
    shown = [h for kind in KIND_NAMES for h in [h for h in hits if h.kind == kind][:limit]]
    counts = {kind: sum(h.kind == kind for h in hits) for kind in KIND_NAMES}
    title = ", ".join(f"{n} {KIND_NAMES[k].split(' / ')[1]}{'s' if n > 1 else ''}" for k, n in counts.items() if n)
    if fmt == TableFormat.json:
        print(_json({"query": text, "counts": counts, "results": [h.as_dict() for h in shown],
                     **({} if hits else {"suggestions": _suggestions(lookup, text)})}))
    elif hits:
        columns = ["kind", "name", "articles", "matched", "id"]
        data = [{"kind": h.kind, "name": h.label, "articles": h.articles, "matched": h.matched, "id": h.id} for h in shown]
        _print_rows(columns, data, fmt, title=f"{title} match {text!r}")
    if len(shown) < len(hits):
        err.print(f"note: {len(hits) - len(shown)} more result(s) not shown; raise --limit to see them", markup=False)
    if not hits:
        _not_found(lookup, text, f"nothing in the store is named {text!r}")


@app.command()
def query(sparql: Annotated[str, typer.Argument(metavar="SPARQL|FILE.rq|NAME", help="SPARQL text, a .rq file, or the name of a ready-made query (see `trichdan queries`).")],
          store: StoreOpt = None, fmt: FormatOpt = TableFormat.table,
          param: Annotated[Optional[list[str]], typer.Option("--param", "-p", metavar="NAME=VALUE", help="Bind a parameter: qFrom=2023-01-01, qName=Phan Văn Khoa, qDoc=<IRI> (repeatable).")] = None,
          ref: Annotated[Optional[str], typer.Option("--ref", metavar="REF", help="Bind ?qDoc to each document this reference names (a document column tells the answers apart).")] = None,
          allow_service: AllowServiceOpt = None) -> None:
    """Run a SPARQL query over all article graphs (their union is the default graph).

    Ready-made queries: see `trichdan queries`. Parameters are bound as values, never pasted into the text.
    A label or name column next to documents or people shows the label that tells them apart.
    SERVICE clauses are refused unless --allow-service names their hosts.
    """
    from pyoxigraph import NamedNode

    from .graph import queries
    from .graph.display import document_labels, relabel
    text = _query_text(sparql)
    try:
        params = queries.bind(text, param or [], queries.DEFAULTS.get(sparql, {}))
    except queries.ParameterError as exc:
        raise UserError(str(exc)) from exc
    db = _open(store, read_only=True)
    bindings = [params]
    if ref:
        if "qDoc" not in queries.parameters(text):
            raise UserError(f"--ref binds ?qDoc, which this query does not use (its parameters: {queries.listed(text)})")
        lookup = _lookup(db)
        answer = lookup.documents(ref)
        _read_as(ref, answer.query)
        if not answer.documents:
            _nothing_found(lookup, ref, answer)
        bindings = [{**params, "qDoc": NamedNode(d["doc"])} for d in answer.documents]
    missing = [p for p in queries.parameters(text) if p not in bindings[0]]
    if missing:
        raise UserError(f"the query needs {', '.join('?' + m for m in missing)}: give --param NAME=VALUE"
                        + (" or --ref REF" if "qDoc" in missing else ""))
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
        labels = document_labels(db, [str(b["qDoc"].value) for b in bindings]) if ref else {}
        rows = [{**({"document": labels.get(str(b["qDoc"].value))} if ref else {}), **{c: row[c] for c in columns}}
                for b, (_, data) in zip(bindings, results) for row in data]
        columns = (["document"] if ref else []) + columns
        relabel(db, columns, rows)
        _print_rows(columns, rows, fmt)


def _query_text(sparql: str) -> str:
    """The SPARQL of a ready-made query's name, of a .rq file, or the text itself; one line when it is none."""
    from .graph import queries
    if sparql in queries.names():
        return queries.load(sparql)
    if sparql.endswith(".rq") or (os.path.isfile(sparql) and "\n" not in sparql):
        if not os.path.isfile(sparql):
            raise UserError(f"{sparql}: no such query file")
        with open(sparql, encoding="utf-8") as handle:
            return handle.read()
    if re.fullmatch(r"[\w-]+", sparql):
        raise UserError(f"{sparql!r} is not a ready-made query; they are: {', '.join(queries.names())} "
                        "(or give SPARQL text or a .rq file)")
    return sparql


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
    data = [{"query": name, "parameters": ready.listed(ready.load(name)), "about": ready.description(ready.load(name))}
            for name in ready.names()]
    _print_rows(["query", "parameters", "about"], data, TableFormat.table)


@app.command()
def stats(store: StoreOpt = None, fmt: FormatOpt = TableFormat.table) -> None:
    """Counts of articles, documents, citations, people, organisations and places."""
    from .graph import queries
    rows = queries.run(_open(store, read_only=True), "stats")
    _print_rows(list(rows[0]), rows, fmt)


class GroupBy(str, Enum):
    province = "province"
    month = "month"
    site = "site"


@app.command()
def view(reference: Annotated[Optional[str], typer.Argument(metavar="REF", help="Focus on the documents this reference names; one document gives its document page.")] = None,
         store: StoreOpt = None,
         output: Annotated[str, typer.Option("--out", "-o", metavar="FILE.html", help="Where to write the page.")] = "trichdan-view.html",
         limit: Annotated[int, typer.Option(min=1, metavar="N", help="At most this many articles in the page (the newest); the page says how many were left out.")] = 2000,
         group_by: Annotated[GroupBy, typer.Option("--group-by", metavar="province|month|site", help="Past 300 articles, group them by province, month or site.")] = GroupBy.province) -> None:
    """Write a self-contained interactive HTML view: a document's page, or the graph of several or of the whole store."""
    from .graph.views import write
    folder = os.path.dirname(os.path.abspath(output))
    if not os.path.isdir(folder):
        raise UserError(f"{output}: cannot write the page: folder {folder} does not exist")
    db = _open(store, read_only=True)
    focus = None
    if reference:
        lookup = _lookup(db)
        answer = lookup.documents(reference)
        _read_as(reference, answer.query)
        if not answer.documents:
            _nothing_found(lookup, reference, answer)
        focus = [d["doc"] for d in answer.documents]
    try:
        page = write(db, output, focus, limit=limit, group_by=group_by.value, title=reference)
    except OSError as exc:
        raise UserError(f"{output}: cannot write the page ({exc.strerror or exc})") from exc
    err.print(f"wrote {output}: {page.page} page, {page.articles} of {page.in_scope} articles, "
              f"{page.drawn} nodes drawn of {page.nodes}", markup=False)


@app.command()
def export(fmt: Annotated[ExportFormat, typer.Option("--format", "-f", metavar="ttl|nt|nq|trig|jsonld|graphml|gexf|csv", help="RDF (Turtle, N-Triples, N-Quads, TriG, JSON-LD) or a network (GraphML, GEXF, CSV edge list).")] = ExportFormat.nq,
           store: StoreOpt = None,
           output: Annotated[Optional[str], typer.Option("--out", "-o", metavar="FILE", help="Write here instead of to standard output.")] = None,
           graph: Annotated[Optional[Projection], typer.Option("--graph", "-g", metavar="citation|cocitation|people", help="Network for graphml, gexf and csv: citation (article→document, the default), cocitation (document–document), people (person–organisation).")] = None,
           context_url: Annotated[Optional[str], typer.Option("--context-url", metavar="URL", help="JSON-LD: refer to the context at this URL (e.g. <base>context.jsonld) instead of inlining it.")] = None) -> None:
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
          host: Annotated[str, typer.Option(metavar="ADDRESS", help="Interface to listen on; 0.0.0.0 exposes the endpoint to the network.")] = "127.0.0.1",
          port: Annotated[int, typer.Option(min=0, max=65535, metavar="PORT", help="TCP port to listen on (0: any free port).")] = 7878,
          timeout: Annotated[float, typer.Option(min=0.1, metavar="SECONDS", help="Seconds a query may run before the answer is 503 and its process is stopped.")] = 10.0,
          allow_service: AllowServiceOpt = None,
          max_body: Annotated[int, typer.Option("--max-body", min=1, metavar="BYTES", help="Largest request body in bytes (larger: 413).")] = 1 << 20) -> None:
    """Serve a read-only SPARQL 1.1 endpoint at http://HOST:PORT/sparql (CORS open, for YASGUI), and at
    http://HOST:PORT/ a search page whose answers are document pages."""
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
    err.print(f"search page {server.url.removesuffix('sparql')}, SPARQL endpoint {server.url} over {db.path} (read-only, {timeout:g} s timeout, {services}); Ctrl-C stops",
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
def evaluate(gold: Annotated[str, typer.Argument(metavar="GOLD.json", help="Gold annotations (JSON): seed format or real-text format.")],
             articles: Annotated[str, typer.Argument(metavar="ARTICLES", help="The annotated articles: a directory, file or glob pattern.")],
             fmt: Annotated[EvaluateFormat, typer.Option("--format", "-f", metavar="table|json", help="A table of scores and errors, or all of it as JSON.")] = EvaluateFormat.table,
             errors: Annotated[int, typer.Option("--errors", "-e", min=0, metavar="N", help="Show the first N errors (missed and extra items).")] = 20,
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


# ---------------------------------------------------------------- questions (graph/questions)

LimitOpt = Annotated[int, typer.Option("--limit", "-n", min=0, metavar="N", help="At most N entries per list (0: all).")]
RefArg = Annotated[str, typer.Argument(metavar="REF", help='A document: "Quyết định 99", "99-QĐ/TW", "Nghị quyết 02-NQ/TU Hà Tĩnh", or its IRI.')]


def _answer(function, *args, **kwargs):
    """Run a question; a reference or filter that cannot be read is a user error (exit 2), no match exits 1."""
    from .graph.questions.common import NotFound
    from .graph.questions.places import UnknownPlace
    try:
        return function(*args, **kwargs)
    except (NotFound, UnknownPlace) as exc:
        line(err, "error", str(exc))
        raise typer.Exit(1) from exc
    except ValueError as exc:  # an unreadable reference (graph.cites, imported only when a reference is read) or filter
        from .graph.cites import UnreadableReference
        from .graph.questions.documents import BadFilter
        if isinstance(exc, (UnreadableReference, BadFilter)):
            raise UserError(str(exc)) from exc
        raise


def _named_documents(db, reference: str, authority: str | None, no_authority: bool) -> list[str]:
    """The documents a REF names, read as `cites` reads it; nothing found exits 1 with "did you mean"."""
    if reference.strip().startswith(("http://", "https://")):
        from .graph.questions.common import document_by_iri
        return _answer(document_by_iri, db, reference.strip())
    lookup = _lookup(db, authority, no_authority)
    answer = lookup.documents(reference)
    _read_as(reference, answer.query)
    if not answer.documents:
        _nothing_found(lookup, reference, answer)
    return [d["doc"] for d in answer.documents]


def _limit(value: int) -> int | None:
    return value or None


@app.command("cited-by")
def cited_by(article: Annotated[str, typer.Argument(metavar="ARTICLE", help="The article: its file as ingested (or the file itself), its URL or its IRI.")],
             store: StoreOpt = None, fmt: FormatOpt = TableFormat.table) -> None:
    """What one article cites: each document, how (căn cứ, thực hiện, sơ kết …), how often, and the words around it."""
    from .graph.questions import cited_by as question
    answer = _answer(question.cited_by, _open(store, read_only=True), article)
    _print_answer(answer, question.COLUMNS, question.rows(answer), fmt,
                  f"{sum(len(a['documents']) for a in answer['articles'])} document(s) cited by {article}")


@app.command()
def documents(store: StoreOpt = None, fmt: FormatOpt = TableFormat.table,
              since: Annotated[Optional[str], typer.Option(metavar="DATE", help="Articles published on or after DATE (YYYY, YYYY-MM or YYYY-MM-DD).")] = None,
              until: Annotated[Optional[str], typer.Option(metavar="DATE", help="Articles published on or before DATE (YYYY, YYYY-MM or YYYY-MM-DD).")] = None,
              doc_type: Annotated[Optional[str], typer.Option("--type", metavar="TYPE", help='Documents of this type: "Nghị quyết", "quyet dinh", "Luật" ...')] = None,
              issuer: Annotated[Optional[str], typer.Option(metavar="NAME", help='Documents whose issuer contains NAME: "Bộ Chính trị", "tinh uy ha tinh".')] = None,
              scope: Annotated[Optional[str], typer.Option(metavar="PLACE", help="Local documents of PLACE or a unit inside it (a province includes its districts and communes).")] = None,
              limit: LimitOpt = 20) -> None:
    """The most cited documents (by citing articles), in a period, of a type, an issuer or a locality."""
    from .graph.questions import documents as question
    filters = question.Filters(since, until, doc_type, issuer, scope)
    found = _answer(question.most_cited, _open(store, read_only=True), filters, _limit(limit))
    if not found:
        line(err, "error", "no document matches these filters")
        raise typer.Exit(1)
    _print_answer(found, question.COLUMNS, question.rows(found), fmt, "most cited documents")


@app.command()
def related(reference: RefArg, store: StoreOpt = None, fmt: FormatOpt = TableFormat.table, limit: LimitOpt = 20,
            authority: AuthorityOpt = None, no_authority: NoAuthorityOpt = False) -> None:
    """Documents cited together with REF, by how many articles cite both (one list per document REF names)."""
    from .graph.questions import related as question
    db = _open(store, read_only=True)
    answer = question.related(db, _named_documents(db, reference, authority, no_authority), reference, _limit(limit))
    _print_answer(answer, question.COLUMNS, question.rows(answer), fmt, f"cited together with {reference}")


@app.command()
def implements(reference: RefArg, store: StoreOpt = None, fmt: FormatOpt = TableFormat.table,
               authority: AuthorityOpt = None, no_authority: NoAuthorityOpt = False) -> None:
    """How REF cascades down: the province, district and commune documents issued on its basis or to implement
    it, and the localities reporting its implementation; each level's first document and article, and the lag in days."""
    from .graph.questions import cascade as question
    db = _open(store, read_only=True)
    answers = [question.cascade(db, iri) for iri in _named_documents(db, reference, authority, no_authority)]
    if fmt == TableFormat.json:
        print(_json({"query": reference, "cascades": answers}))
    elif fmt == TableFormat.table:
        sys.stdout.write("\n".join(question.text_tree(a) for a in answers))
    else:
        _print_rows(question.COLUMNS, question.rows(answers), fmt)


@app.command()
def who(name: Annotated[str, typer.Argument(metavar="NAME", help='An official: "Phan Văn Khoa", "phan van khoa", "Văn Khoa".')],
        store: StoreOpt = None, fmt: FormatOpt = TableFormat.table,
        limit: Annotated[int, typer.Option("--limit", "-n", min=0, metavar="N", help="At most N people (the most reported; 0: all).")] = 10) -> None:
    """An official's posts and bodies over time, with the articles reporting them."""
    from .graph.questions import who as question
    answer = _answer(question.who, _open(store, read_only=True), name, _limit(limit))
    if answer["more"]:
        err.print(f"{answer['more']} more people match {name!r}; give more of the name or --limit 0")
    _print_answer(answer, question.COLUMNS, question.rows(answer), fmt, f"posts of {name}")


@app.command()
def where(place: Annotated[str, typer.Argument(metavar="PLACE", help='A province, district or commune: "Hà Tĩnh", "huyện Nghi Xuân", "Châu Thành, Tây Ninh".')],
          store: StoreOpt = None, fmt: FormatOpt = TableFormat.table, limit: LimitOpt = 20) -> None:
    """Documents cited and officials named in the articles about a place and the units inside it."""
    from .graph.questions import where as question
    answer = _answer(question.where, _open(store, read_only=True), place, _limit(limit))
    for entry in answer["places"]:
        if entry["more_documents"] or entry["more_officials"]:
            err.print(f"{entry['place']}: {entry['more_documents']} more document(s), {entry['more_officials']} more "
                      f"official(s); --limit 0 lists all")
    _print_answer(answer, question.COLUMNS, question.rows(answer), fmt,
                  "; ".join(f"{p['place']}: {p['articles']} article(s)" for p in answer["places"]))


@app.command()
def timeline(reference: RefArg, store: StoreOpt = None, fmt: FormatOpt = TableFormat.table,
             plot: Annotated[Optional[str], typer.Option("--plot", metavar="FILE.png|FILE.svg", help="Also draw the chart into this PNG or SVG file.")] = None,
             authority: AuthorityOpt = None, no_authority: NoAuthorityOpt = False) -> None:
    """Citations of REF per month: a bar chart in the terminal (or a table), and with --plot a PNG or SVG picture."""
    from .graph.questions import timeline as question
    if plot:
        folder = os.path.dirname(os.path.abspath(plot))
        if not plot.lower().endswith(question.PLOT_SUFFIXES):
            raise UserError(f"--plot {plot}: the file must end in .png or .svg")
        if not os.path.isdir(folder):
            raise UserError(f"--plot {plot}: folder {folder} does not exist")
    db = _open(store, read_only=True)
    answer = question.timeline(db, _named_documents(db, reference, authority, no_authority), reference)
    if fmt == TableFormat.json:
        print(_json(answer))
    elif fmt == TableFormat.table:
        sys.stdout.write(question.chart(answer))
    else:
        _print_rows(question.COLUMNS, question.rows(answer), fmt)
    if plot:
        try:
            question.plot(answer, plot)
        except OSError as exc:
            raise UserError(f"--plot {plot}: cannot write the picture ({exc.strerror or exc})") from exc
        err.print(f"wrote {plot}")


class RankKind(str, Enum):
    documents = "documents"
    officials = "officials"
    bodies = "bodies"


@app.command()
def rank(store: StoreOpt = None, fmt: FormatOpt = TableFormat.table, limit: LimitOpt = 20,
         kind: Annotated[Optional[list[RankKind]], typer.Option("--kind", "-k", metavar="documents|officials|bodies", help="What to rank (repeatable; default: all three).")] = None) -> None:
    """The most central documents (PageRank over citations and eli:based_on; in-degree), officials and bodies
    (PageRank and degree over posts and the bodies they belong to)."""
    from .graph.questions import network
    kinds = tuple(k.value for k in kind) if kind else network.KINDS
    answer = network.rank(_open(store, read_only=True), kinds, _limit(limit))
    _print_answer(answer, network.RANK_COLUMNS, network.rank_rows(answer), fmt, "centrality")


@app.command()
def communities(store: StoreOpt = None, fmt: FormatOpt = TableFormat.table, limit: LimitOpt = 20,
                min_size: Annotated[int, typer.Option("--min-size", min=1, metavar="N", help="Leave out communities of fewer than N documents.")] = 2,
                resolution: Annotated[float, typer.Option(min=0.01, metavar="R", help="Louvain resolution: above 1 gives more, smaller communities.")] = 1.0) -> None:
    """Communities of documents cited together (Louvain on the co-citation graph), the largest first."""
    from .graph.questions import network
    answer = network.communities(_open(store, read_only=True), min_size, resolution, _limit(limit))
    _print_answer(answer, network.COMMUNITY_COLUMNS, network.community_rows(answer), fmt, "co-citation communities")


def _print_answer(answer, columns: list[str], rows: list[dict], fmt: TableFormat, title: str) -> None:
    """The whole answer as JSON, or its rows as a table, CSV or TSV."""
    if fmt == TableFormat.json:
        print(_json(answer))
    else:
        _print_rows(columns, rows, fmt, title=title)


def _open(path: str | None, read_only: bool = False, **urls):
    """The store at ``path`` (a folder or a SPARQL server's query URL); ``urls``: the server's other URLs."""
    from .graph.store import default_path, is_url, open_store
    urls = {name: url for name, url in urls.items() if url}
    if urls and not is_url(path or default_path()):
        raise UserError(f"--{next(iter(urls)).replace('_', '-')} applies to a SPARQL server given as --store URL")
    db = open_store(path, read_only=read_only, **urls)
    if read_only and db.older_model():
        raise UserError(f"{db.path}: written by trichdan before 0.3 (citations kept with selectors); ingest the "
                        "same inputs again to upgrade it")
    if read_only and db.interrupted:
        line(err, "warning", f"{db.path}: an ingest into this store was interrupted; answers may be incomplete "
                             "until `trichdan repair` (or the next ingest) rebuilds it", style="yellow")
    return db


def _progress():
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
    return Progress(SpinnerColumn(), TextColumn("{task.description:<11}"), BarColumn(), MofNCompleteColumn(),
                    TimeElapsedColumn(), console=err.rich, transient=True)


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
def main_options(version: Annotated[bool, typer.Option("--version", callback=version_callback, is_eager=True, help="Print the version and exit.")] = False) -> None:
    """Citation knowledge graph for Vietnamese political and legal news."""


class Command(TyperCommand):
    """A command whose help shows arguments by their metavariable ("REF", "PATH..."), without Python types."""

    def collect_usage_pieces(self, ctx) -> list[str]:
        pieces = [self.options_metavar] if self.options_metavar else []
        for param in self.get_params(ctx):
            if param.param_type_name == "argument":
                name = param.metavar or param.name.upper()
                pieces.append(name if param.required else f"[{name}]")
        return pieces

    def format_options(self, ctx, formatter) -> None:
        arguments = [(p.metavar or p.name.upper(), p.help or "") for p in self.get_params(ctx)
                     if p.param_type_name == "argument"]
        options = [r for p in self.get_params(ctx) if p.param_type_name == "option" and (r := p.get_help_record(ctx))]
        for heading, rows in (("Arguments", arguments), ("Options", options)):
            if rows:
                with formatter.section(heading):
                    formatter.write_dl(rows)


for _info in app.registered_commands:  # every command, also those defined elsewhere
    if _info.cls in (None, TyperCommand):
        _info.cls = Command


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
