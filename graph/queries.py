"""Ready-made SPARQL queries (``graph/queries/*.rq``) and result formatting.

Parameters are bound as values (SEP-0007 substitutions), never pasted into query text.
"""

from __future__ import annotations

import csv
import io
import json
import re
from functools import cache
from importlib import resources

import pyoxigraph as ox

from .store import GraphStore


@cache
def load(name: str) -> str:
    """The text of the named query shipped in graph/queries."""
    return resources.files("trichdan.graph").joinpath(f"queries/{name}.rq").read_text("utf-8")


def names() -> list[str]:
    """Names of the ready-made queries."""
    folder = resources.files("trichdan.graph").joinpath("queries")
    return sorted(p.name[:-3] for p in folder.iterdir() if p.name.endswith(".rq"))


def run(store: GraphStore, name: str, limit: int | None = None, **params) -> list[dict]:
    """Rows of a ready-made query as dicts of Python values; at most ``limit`` of them (SPARQL cannot bind a
    LIMIT, so that one number, an int, is the only thing ever added to a query's text)."""
    sparql = load(name) if limit is None else f"{load(name)}LIMIT {int(limit)}\n"
    return rows(store.query(sparql, params))


def rows(result) -> list[dict]:
    """SELECT solutions as dicts (IRIs and literals as strings, numbers as int)."""
    variables = [v.value for v in result.variables]
    out = []
    for solution in result:
        out.append({v: _py(solution[v]) for v in variables})
    return out


def _py(value):
    if value is None:
        return None
    if isinstance(value, ox.Literal):
        if value.datatype.value.endswith(("#integer", "#nonNegativeInteger", "#int", "#long")):
            return int(value.value)
        return value.value
    return value.value


# Parameters of the ready-made queries that have a neutral value ("any"); others must be given.
DEFAULTS = {"most_cited": {"qFrom": "", "qTo": "9999"}}
# Parameters that stand for a node of the graph take an IRI: by name, the entity they stand for.
IRI_PARAMETERS = ("Doc", "Article", "Person", "Place", "Org", "Iri")
_NAME = re.compile(r"[A-Za-z_]\w*")


class ParameterError(ValueError):
    """A --param the query cannot take (one line, naming it and why)."""


def parameters(sparql: str) -> list[str]:
    """The ?q… parameters a query text uses, in order of appearance."""
    return list(dict.fromkeys(re.findall(r"\?(q[A-Z]\w*)", sparql)))


def listed(sparql: str) -> str:
    """"?qFrom ?qTo": the parameters of a query as `trichdan queries` lists them; "none" without any."""
    return " ".join("?" + p for p in parameters(sparql)) or "none"


def description(sparql: str) -> str:
    """The leading comment of a query file, all its lines joined."""
    lines = []
    for line in sparql.splitlines():
        if not line.startswith("#"):
            break
        lines.append(line.lstrip("# ").strip())
    return " ".join(line for line in lines if line)


def bind(sparql: str, given: list[str], defaults: dict | None = None) -> dict:
    """Values for a query's parameters from ``NAME=VALUE`` texts: numbers for …Number and …Year, IRIs for
    node parameters (…Doc, …Article, …Person, …Place, …Org, …Iri), strings otherwise (NFC)."""
    from ..loaders.normalize import normalize
    values = dict(defaults or {})
    for item in given:
        name, sep, value = item.partition("=")
        name = name.strip().lstrip("?$")
        if not sep:
            raise ParameterError(f"--param {item!r}: expected NAME=VALUE")
        if not _NAME.fullmatch(name):
            raise ParameterError(f"--param {item!r}: {name!r} is not a parameter name (letters, digits, _)")
        if name not in parameters(sparql):
            raise ParameterError(f"--param {item!r}: the query has no parameter ?{name} (its parameters: {listed(sparql)})")
        values[name] = _value(name, normalize(value.strip()))
    return values


def _value(name: str, value: str):
    if name.endswith(IRI_PARAMETERS):
        iri = value[1:-1] if value.startswith("<") and value.endswith(">") else value
        if not re.fullmatch(r"https?://\S+", iri):
            hint = f"use --ref {value!r} to bind the documents it names" if name.endswith("Doc") \
                else f"find it with `trichdan search {value!r}`"
            raise ParameterError(f"--param {name}={value!r}: ?{name} takes an IRI (https://…), not a name; {hint}")
        return ox.NamedNode(iri)
    if value.isdigit() and name.endswith(("Number", "Year")):
        return int(value)
    return value


def execute(store: GraphStore, sparql: str, params: dict | None = None) -> tuple[list[str], list[dict]] | bool | bytes:
    """Run any SPARQL: (columns, rows) for SELECT, a bool for ASK, N-Triples bytes for CONSTRUCT/DESCRIBE."""
    result = store.query(sparql, params)
    if isinstance(result, (bool, ox.QueryBoolean)):
        return bool(result)
    if hasattr(result, "variables"):  # SELECT: pyoxigraph's solutions, or a server's (graph/remote.py)
        return [v.value for v in result.variables], rows(result)
    return ox.serialize(result, format=ox.RdfFormat.N_TRIPLES)


def format_rows(columns: list[str], data: list[dict], fmt: str) -> str:
    """``csv``, ``tsv`` or ``json`` text of a result table."""
    if fmt == "json":
        return json.dumps(data, ensure_ascii=False, indent=1)
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=columns, delimiter="\t" if fmt == "tsv" else ",", lineterminator="\n")
    writer.writeheader()
    writer.writerows({k: "" if v is None else v for k, v in row.items()} for row in data)
    return buffer.getvalue()
