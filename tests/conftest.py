"""Shared fixtures: paths to the repository's data and to ../shared (present in CI, beside the clone)."""

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


@pytest.fixture(scope="session")
def shared() -> Path:
    """../shared (seed articles, gold, scorer); tests that need it skip when it is absent."""
    if not (SHARED / "seeds").is_dir():
        pytest.skip("../shared is not available")
    return SHARED


@pytest.fixture(scope="session")
def authority():
    from trichdan.loaders.authority import Authority
    return Authority.load()
