"""Refuse SPARQL ``SERVICE`` clauses (federated queries) unless their hosts are explicitly allowed.

A ``SERVICE <http://…>`` clause makes the SPARQL engine call that address: through a public endpoint
with open CORS, any web page could make it reach the user's own machine or network. The check is
deliberately conservative, and several layers must all miss a clause for it to get through:

1. a query whose text (after ``\\uXXXX`` escapes are expanded) does not contain "service" in any
   case cannot hold the keyword and passes at once;
2. otherwise a lexer that skips comments, strings and IRIs counts the words that start with
   "service", and rdflib's SPARQL parser finds the ``SERVICE`` patterns, at any depth;
3. the query is refused when either finds one whose host is not allowed, when the lexer finds more
   than the parser, or when the parser cannot read the query (it then cannot be checked).

``describe_failure`` turns an engine error into one line and never copies a response body that a
remote service sent back.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

ALLOW_OPTION = "--allow-service"

TOKEN = re.compile(r'''
    (?P<comment>\#[^\n\r]*)
  | (?P<string>"""(?:(?:"|"")?(?:[^"\\]|\\.))*"""|\'\'\'(?:(?:\'|\'\')?(?:[^\'\\]|\\.))*\'\'\'
              |"(?:[^"\\\n\r]|\\.)*"|\'(?:[^\'\\\n\r]|\\.)*\')
  | (?P<iri><[^<>"{}|^`\\\x00-\x20]*>)
  | (?P<variable>[?$][^\s{}()<>,;=!|&*/+^"'\#\[\]]*)
  | (?P<word>[^\s{}()<>,;=!|&*/+^"'\#\[\]?$]+)
''', re.VERBOSE | re.DOTALL)


class ServiceRefused(ValueError):
    """The query holds a SERVICE clause this endpoint or command will not run (the message is one line)."""


def parse_hosts(text: str | None) -> frozenset[str]:
    """The hosts of ``--allow-service HOST[,HOST]`` (lower case); empty when the option is not given."""
    hosts = frozenset(h.strip().lower().strip("[]") for h in (text or "").split(",") if h.strip())
    bad = sorted(h for h in hosts if not h or any(c in h for c in "/:@ ") and not _is_ipv6(h))
    if bad:
        raise ValueError(f"{ALLOW_OPTION} {bad[0]!r}: give host names or addresses, comma-separated, without scheme or port")
    return hosts


def _is_ipv6(host: str) -> bool:
    return ":" in host and all(c in "0123456789abcdef:." for c in host)


def check_services(query: str, allowed_hosts: frozenset[str] = frozenset(), prefixes: dict[str, str] | None = None) -> None:
    """Raise ServiceRefused unless every SERVICE clause of ``query`` targets an allowed host."""
    text = _expand_escapes(query)
    if "service" not in text.lower():
        return
    keywords = _lexed_keywords(text)
    try:
        targets = _parsed_targets(query, prefixes or {})
    except Exception as exc:  # any parser failure means the query cannot be checked
        reason = str(exc).splitlines()[0] if str(exc).strip() else type(exc).__name__
        if keywords or allowed_hosts:
            raise ServiceRefused(_refusal(allowed_hosts, f"the query cannot be checked for SERVICE clauses ({reason})")) from None
        raise ServiceRefused(f"the query mentions 'service' and cannot be checked for SERVICE clauses ({reason})") from None
    if keywords > len(targets):
        raise ServiceRefused(_refusal(allowed_hosts, "the query holds a SERVICE clause"))
    for target in targets:
        host = _host(target)
        if not allowed_hosts:
            raise ServiceRefused(_refusal(allowed_hosts, f"the query holds SERVICE {_shown(target)}"))
        if host is None or host not in allowed_hosts:
            raise ServiceRefused(f"SERVICE {_shown(target)} is refused: only SERVICE <http(s)://HOST/…> "
                                 f"for HOST in {', '.join(sorted(allowed_hosts))} is allowed")


def _refusal(allowed_hosts: frozenset[str], what: str) -> str:
    if allowed_hosts:
        return f"{what}; only SERVICE <http(s)://HOST/…> for HOST in {', '.join(sorted(allowed_hosts))} is allowed"
    return f"SERVICE (federated query) is refused: {what}; {ALLOW_OPTION} HOST allows calls to HOST"


def _expand_escapes(query: str) -> str:
    from rdflib.plugins.sparql.parser import expandUnicodeEscapes
    try:
        return expandUnicodeEscapes(query)
    except ValueError:
        return query


def _lexed_keywords(text: str) -> int:
    """Words outside comments, strings and IRIs that start with "service" (SERVICE keywords and look-alikes)."""
    return sum(1 for m in TOKEN.finditer(text) if m.lastgroup == "word" and m.group().lower().startswith("service"))


def _parsed_targets(query: str, prefixes: dict[str, str]) -> list:
    """The target of every SERVICE pattern rdflib finds: an IRI (prefixed names expanded) or ``?variable``."""
    from rdflib import Variable
    from rdflib.plugins.sparql.parser import parseQuery
    from rdflib.plugins.sparql.parserutils import CompValue

    tree = parseQuery(query)
    declared = dict(prefixes)
    for part in tree[0]:
        if isinstance(part, CompValue) and part.name == "PrefixDecl":
            declared[part.get("prefix") or ""] = str(part["iri"])
    found: list = []
    stack: list = [tree]
    while stack:
        node = stack.pop()
        if isinstance(node, CompValue):
            if node.name == "ServiceGraphPattern":
                term = node.get("term")
                if isinstance(term, CompValue) and term.name == "pname":
                    prefix, local = term.get("prefix") or "", term.get("localname") or ""
                    term = declared[prefix] + local if prefix in declared else f"{prefix}:{local}"
                found.append(f"?{term}" if isinstance(term, Variable) else str(term))
            stack.extend(reversed(list(node.values())))
        elif isinstance(node, (list, tuple)) or hasattr(node, "as_list"):
            stack.extend(reversed(list(node)))
    return found


def _host(target: str) -> str | None:
    """The host of an absolute http(s) IRI, else None (variables, relative IRIs, other schemes)."""
    try:
        parts = urlsplit(target)
        return parts.hostname if parts.scheme.lower() in ("http", "https") and parts.hostname else None
    except ValueError:
        return None


def _shown(target: str) -> str:
    return target if target.startswith("?") else f"<{target[:200]}>"


def describe_failure(exc: BaseException) -> str:
    """One line for an evaluation error, without any response body a remote service sent back."""
    text = str(exc).split(" with payload", 1)[0]
    lines = [line for line in text.splitlines() if line.strip()]
    return (lines[0] if lines else type(exc).__name__)[:500]
