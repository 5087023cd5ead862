"""Shared fixtures: paths to the repository's data and to ../shared (seed articles and gold, real-text sets),
which sits beside the clone or where TRICHDAN_SHARED points; tests that need it are marked ``shared``."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("TRICHDAN_SHARED", ROOT.parent / "shared"))
EXAMPLES = ROOT / "examples"
GOLD_SETS = [ROOT / "tests" / "data" / name for name in ("gold_a", "gold_b", "gold_c", "gold_d")]
CLI = str(Path(sys.executable).with_name("trichdan"))


HAS_SHARED = (SHARED / "seeds").is_dir() and (SHARED / "gold" / "seeds.json").is_file()
NEEDS_SHARED = "needs ../shared (seed articles and gold); set TRICHDAN_SHARED"


def pytest_collection_modifyitems(config, items) -> None:
    """Tests marked ``shared`` skip, naming what they need, when ../shared is not beside the clone."""
    if HAS_SHARED:
        return
    for item in items:
        if item.get_closest_marker("shared"):
            item.add_marker(pytest.mark.skip(reason=NEEDS_SHARED))


@pytest.fixture(scope="session")
def shared() -> Path:
    """../shared (seed articles, gold, real-text sets); tests that use it are marked ``shared``."""
    if not HAS_SHARED:
        pytest.skip(NEEDS_SHARED)
    return SHARED


@pytest.fixture(scope="session")
def authority():
    from trichdan.loaders.authority import Authority
    return Authority.load()


def canonical_quads(quads) -> list[str]:
    """The quads as sorted N-Quads lines with their blank nodes renamed canonically: two stores holding the
    same RDF dataset give the same list (a store names the blank nodes of the evidence as it loads them)."""
    import pyoxigraph as ox
    dataset = ox.Dataset(quads)
    dataset.canonicalize(ox.CanonicalizationAlgorithm.UNSTABLE)
    return sorted(str(q) for q in dataset)
