"""SPARQL text for servers: the known prefixes declared, parameters bound as RDF terms.

pyoxigraph binds a query's parameters as values before evaluation; a SPARQL server takes only the text. So
for a server each parameter (``?qDoc``) is replaced in the text by its term, written in N-Triples syntax
(IRIs and literals escaped, never pasted as they are): after ``GROUP BY`` or ``ORDER BY`` as ``(TERM)``,
elsewhere as the term itself; a projection leaves the parameter out (its value is the caller's). Comments, strings and IRIs are
skipped by the same lexer as the SERVICE check.
"""

from __future__ import annotations

import pyoxigraph as ox

from .service_check import TOKEN


def with_prefixes(sparql: str, prefixes: dict[str, str]) -> str:
    """``sparql`` with a PREFIX declaration for each of ``prefixes`` in front (a query's own ones win)."""
    return "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in prefixes.items()) + sparql


def bind(sparql: str, values: dict[str, ox.NamedNode | ox.Literal]) -> str:
    """``sparql`` with each variable named in ``values`` replaced by its term."""
    if not values:
        return sparql
    out, position, state, depth = [], 0, "body", 0
    words: list[str] = []
    for match in TOKEN.finditer(sparql):
        gap = sparql[position:match.start()]
        for char in gap:
            if char in "{(":
                depth += 1
                if char == "{":
                    state = "body"
            elif char in "})":
                depth -= 1
                if char == "}":
                    state = "body"
        out.append(gap)
        text, kind = match.group(), match.lastgroup
        if kind == "word":
            word = text.upper()
            if word == "SELECT":
                state, depth = "projection", 0
            elif word == "WHERE" or word in ("HAVING", "LIMIT", "OFFSET", "VALUES"):
                state = "body"
            elif word == "BY" and words and words[-1] in ("GROUP", "ORDER"):
                state = "ordering"
            words.append(word)
        if kind == "variable" and text[1:] in values:
            term = str(values[text[1:]])
            text = ("" if state == "projection" and depth == 0 else f"({term})" if state == "ordering" else term)
        out.append(text)
        position = match.end()
    out.append(sparql[position:])
    return "".join(out)
