"""``trichdan evaluate GOLD.json ARTICLES``: score extraction and queries against annotated articles.

The articles are extracted as ``trichdan extract`` does (the batch, then bare references resolved across
it); when the gold asks queries they are also ingested into a temporary store and each query goes
through ``trichdan cites``. Two gold formats, told apart by the shape of ``articles``:

Seed format (``tests/data/gold_*/gold.json``): ``articles`` maps a file name to ``documents``
[{key, type, number, symbol, year, date, issuer, scope, match, number_optional, soft}], ``people``
[{name, titles, org_core}], ``places`` [{name, level}] and ``authors``; beside it ``queries``
[{ask, articles}] and ``same_person_across_articles`` [{name, articles}]. Names and words are compared
in lower case NFC with the old tone placement ("hoà") moved and five bodies abbreviated (UBND, HĐND,
MTTQ, BCH, BTV). A gold document matches the first unused extracted one of its type with its number (or,
when it has none or ``number_optional`` and the extraction has none, one whose citation texts or title
contain a ``match`` phrase), not contradicting its year or scope (a scope named in the gold issuer is
no contradiction); ``soft`` documents are not missed when absent. People found that the gold lists as
authors are not extra. Identity: a gold key matched in several articles must be one node; gold keys of
the same type and number must be different nodes; ``same_person_across_articles`` must be one node.

Real-text format (``../shared/real-dev/gold.json``): ``articles`` lists {file, ``citations``
[{form, type, number, symbol, symbol_alts, keys, exclude, province, scope_alts, uncertain}], ``people``
[{name, uncertain}], ``places`` ["name" or "A|B" alternatives, or {name, uncertain}]}. Types also match
their "liên tịch" form; symbols are compared without punctuation or leading zeros; an unnumbered
document matches on all its ``keys`` and none of its ``exclude`` words; ``uncertain`` entries count
neither way; places are scored for recall without their level words; a matched document with a
``province`` has the right scope when it is that province, a place inside it (``scope_alts``, or the
``within`` chain of the article's places).
"""

from __future__ import annotations

import glob
import json
import os
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from jsonschema import Draft202012Validator
from jsonschema.exceptions import best_match

from ..loaders.authority import Authority
from ..loaders.batch import Result, Settings, resolve_batch, run
from ..loaders.sources import SourceError
from .cites import UnreadableReference, cites
from .evaluation_real import score_real
from .evaluation_report import REAL, SEED, Evaluation
from .evaluation_seed import score_seed
from .ingest import ingest
from .store import Store


class GoldError(ValueError):
    """The gold file cannot be read or is in neither format."""


class ArticlesError(ValueError):
    """No annotated article could be read."""


_STRINGS = {"type": "array", "items": {"type": "string"}}
_INT = {"type": ["integer", "null"]}
_TEXT = {"type": ["string", "null"]}
_SEED_SCHEMA = {"type": "object", "required": ["articles"], "properties": {
    "articles": {"type": "object", "additionalProperties": {
        "type": "object", "required": ["documents", "people", "places"], "properties": {
            "authors": _STRINGS,
            "documents": {"type": "array", "items": {"type": "object", "required": ["key", "type"], "properties": {
                "type": {"type": "string"}, "number": _INT, "year": _INT, "date": _TEXT, "symbol": _TEXT,
                "issuer": _TEXT, "scope": _TEXT, "match": _STRINGS}}},
            "people": {"type": "array", "items": {"type": "object", "required": ["name", "titles"], "properties": {
                "name": {"type": "string"}, "titles": _STRINGS, "org_core": _STRINGS}}},
            "places": {"type": "array", "items": {"type": "object", "required": ["name", "level"], "properties": {
                "name": {"type": "string"}, "level": {"type": "string"}}}}}}},
    "queries": {"type": "array", "items": {"type": "object", "required": ["ask", "articles"], "properties": {
        "ask": {"type": "string"}, "articles": _STRINGS}}},
    "same_person_across_articles": {"type": "array", "items": {
        "type": "object", "required": ["name", "articles"], "properties": {"name": {"type": "string"}, "articles": _STRINGS}}}}}
_REAL_SCHEMA = {"type": "object", "required": ["articles"], "properties": {"articles": {"type": "array", "items": {
    "type": "object", "required": ["file", "citations", "people", "places"], "properties": {
        "file": {"type": "string"},
        "citations": {"type": "array", "items": {"type": "object", "required": ["type"], "properties": {
            "type": {"type": "string"}, "number": _INT, "symbol": _TEXT, "symbol_alts": _STRINGS, "keys": _STRINGS,
            "exclude": _STRINGS, "province": _TEXT, "scope_alts": _STRINGS}}},
        "people": {"type": "array", "items": {"type": "object", "required": ["name"], "properties": {"name": {"type": "string"}}}},
        "places": {"type": "array", "items": {"anyOf": [{"type": "string"}, {
            "type": "object", "required": ["name"], "properties": {"name": {"type": "string"}}}]}}}}}}}


def load_gold(path: str | Path) -> tuple[str, dict]:
    """The gold file's format (SEED or REAL) and content; GoldError names the file and what is wrong."""
    try:
        with open(path, encoding="utf-8") as handle:
            gold = json.load(handle)
    except OSError as exc:
        raise GoldError(f"{path}: cannot read the gold file ({exc.strerror or exc})") from exc
    except (UnicodeDecodeError, ValueError) as exc:
        raise GoldError(f"{path}: not a JSON file ({exc})") from exc
    articles = gold.get("articles") if isinstance(gold, dict) else None
    kind = SEED if isinstance(articles, dict) else REAL if isinstance(articles, list) else None
    if kind is None:
        raise GoldError(f"{path}: not a gold file: 'articles' must map file names to annotations (seed format) "
                        "or list annotated files (real-text format)")
    problem = best_match(Draft202012Validator(_SEED_SCHEMA if kind == SEED else _REAL_SCHEMA).iter_errors(gold))
    if problem is not None:
        where = "/".join(str(p) for p in problem.absolute_path)
        raise GoldError(f"{path}: not a {kind} gold file: {where}: {problem.message}")
    return kind, gold


def evaluate(gold_path: str | Path, articles: str | Path, *, authority: str | None = None,
             workers: int | None = None, on_error: Callable[[SourceError], None] = lambda e: None) -> Evaluation:
    """Extract ``articles`` (and, for queries, ingest them into a temporary store) and score them against
    the gold file. ``authority`` is an authority file, "" for none, None for the built-in one.
    Inputs that cannot be read go to ``on_error`` and are listed in ``failed``."""
    kind, gold = load_gold(gold_path)
    articles = str(articles)
    if not os.path.exists(articles) and not glob.has_magic(articles):
        raise ArticlesError(f"{articles}: no such file or directory")
    started = time.perf_counter()
    records, failed = {}, []
    for item in resolve_batch(run([articles], Settings(json=True, authority=authority), workers)):
        if isinstance(item, SourceError):
            failed.append(item)
        elif isinstance(item, Result):
            records[_file_key(item.record["file"], kind)] = item.record
    if not records:
        first = f"{failed[0].path}: {failed[0].reason}" if failed else f"{articles}: no article found"
        raise ArticlesError(first if len(failed) < 2 else f"{articles}: no article could be read ({len(failed)} inputs; {first})")
    for item in failed:
        on_error(item)
    seconds = {"extract": round(time.perf_counter() - started, 2)}
    if kind == REAL:
        result = score_real(gold, records)
    else:
        questions = [q["ask"] for q in gold.get("queries", [])]
        answers = answer_queries(articles, questions, authority, workers, seconds) if questions else {}
        result = score_seed(gold, records, answers)
    result.failed, result.seconds = [f"{e.path}: {e.reason}" for e in failed], seconds
    return result


def _file_key(path: str, kind: str) -> str:
    """The name the gold gives an extracted article: the file name (real-text gold: without ``#id``)."""
    return os.path.basename(path.split("#")[0] if kind == REAL else path)


def answer_queries(articles: str, questions: list[str], authority: str | None = None, workers: int | None = None,
                   seconds: dict | None = None) -> dict[str, set[str] | str]:
    """Ingest ``articles`` into a temporary store and ask each question as ``trichdan cites`` does: the
    file names of the citing articles, or why the question could not be read. ``seconds`` gets timings."""
    seconds = {} if seconds is None else seconds
    reference_authority = None if authority == "" else Authority.load(authority)

    def ask_all(folder: str) -> dict[str, set[str] | str]:
        store = Store(folder)
        started = time.perf_counter()
        ingest(store, [articles], Settings(json=False, rdf=True, authority=authority), workers)
        seconds["ingest"] = round(time.perf_counter() - started, 2)
        started = time.perf_counter()
        answers: dict[str, set[str] | str] = {}
        for question in questions:
            try:
                found = cites(store, question, reference_authority)["documents"]
                answers[question] = {os.path.basename(a["file"] or "") for d in found for a in d["articles"]}
            except UnreadableReference as exc:
                answers[question] = str(exc)
        seconds["query_mean"] = round((time.perf_counter() - started) / len(questions), 3)
        return answers  # the store is closed when this returns, before its folder is removed

    with tempfile.TemporaryDirectory(prefix="trichdan-evaluate-") as folder:
        return ask_all(folder)
