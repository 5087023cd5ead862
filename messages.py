"""Messages on standard error: literal text (file names are never read as markup), capped per kind.

A run over many inputs prints the first few errors of each kind as they happen, then one summary line
with the count of each kind; every error goes to the ``--errors`` file when one is given.
"""

from __future__ import annotations

from collections import Counter
from typing import IO, TYPE_CHECKING

if TYPE_CHECKING:
    from rich.console import Console

SHOWN_PER_KIND = 5


class LazyConsole:
    """A rich console made when first used: a command that prints nothing through it (``cites --format
    json``) does not import rich (18 ms). It prints text as given: no markup, no emoji codes, no highlighting."""

    def __init__(self, stderr: bool = False):
        self._stderr = stderr
        self._console: Console | None = None

    @property
    def rich(self) -> Console:
        """The console itself (for rich's progress bars and tables)."""
        if self._console is None:
            from rich.console import Console
            self._console = Console(stderr=self._stderr, highlight=False, soft_wrap=True, markup=False, emoji=False)
        return self._console

    def __getattr__(self, name: str):
        return getattr(self.rich, name)


def console(stderr: bool = False) -> LazyConsole:
    """A console on standard output or standard error."""
    return LazyConsole(stderr)


def line(console: LazyConsole, label: str, text: str, style: str = "red") -> None:
    """``label: text`` with only the label coloured; ``text`` is printed literally."""
    from rich.text import Text
    console.print(Text.assemble((label, style), ": ", text))


class ErrorLog:
    """Errors of one run: the first ``SHOWN_PER_KIND`` of each kind printed, all counted, all to ``sink``.

    With ``label="note"`` it logs notices the same way, a kind being one reason.
    """

    def __init__(self, console: LazyConsole, sink: IO[str] | None = None, shown_per_kind: int = SHOWN_PER_KIND,
                 label: str = "error", style: str = "red"):
        self.console = console
        self.sink = sink
        self.shown_per_kind = shown_per_kind
        self.label, self.style = label, style
        self.counts: Counter[str] = Counter()

    def __call__(self, item) -> None:
        """Record one error (anything with ``path``, ``reason`` and, for errors, ``kind``)."""
        kind = getattr(item, "kind", item.reason)
        self.counts[kind] += 1
        if self.counts[kind] <= self.shown_per_kind:
            line(self.console, self.label, f"{item.path}: {item.reason}", self.style)
        if self.sink is not None:
            self.sink.write(f"{_one_line(item.path)}\t{kind}\t{_one_line(item.reason)}\n")

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    @property
    def hidden(self) -> int:
        return sum(max(0, n - self.shown_per_kind) for n in self.counts.values())

    def summary(self, errors_file: str | None = None) -> str | None:
        """``12 failed: 7 invalid JSON, 5 empty`` and where the ones not shown are; None when none failed."""
        if not self.counts:
            return None
        text = f"{self.total} failed: " + ", ".join(f"{n} {kind}" for kind, n in self.counts.most_common())
        if errors_file:
            text += f"; all listed in {errors_file}"
        elif self.hidden:
            text += f"; {self.hidden} not shown above (--errors FILE lists them all)"
        return text


def _one_line(text: str) -> str:
    return " ".join(str(text).split("\t")).replace("\n", " ")
