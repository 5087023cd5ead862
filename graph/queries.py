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


def run(store: GraphStore, name: str, **params) -> list[dict]:
    """Rows of a ready-made query as dicts of Python values."""
    return rows(store.query(load(name), params))


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


def parameters(sparql: str) -> list[str]:
    """The ?q… parameters a query text uses, in order of appearance."""
    return list(dict.fromkeys(re.findall(r"\?(q[A-Z]\w*)", sparql)))


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
