"""The gold sets scored by trichdan's own evaluation (``trichdan evaluate``): our sets (tests/data/gold_*),
and, marked ``shared``, the seed gold and the real-text development sets of ../shared."""

from pathlib import Path

import pytest

from conftest import GOLD_SETS
from trichdan.graph.evaluation import evaluate
from trichdan.graph.evaluation_report import Evaluation


def assert_good(result: Evaluation, documents: float, people: float, places: float) -> None:
    errors = "\n".join(result.errors)
    assert not result.missing and not result.failed, errors
    assert result.documents.f1 >= documents, errors
    assert result.people.f1 >= people, errors
    assert result.places.f1 >= places, errors
    for ratio in (result.queries, result.same, result.distinct):
        assert ratio.right == ratio.total, errors


@pytest.mark.parametrize("gold_set", GOLD_SETS, ids=lambda p: p.name)
def test_own_gold_sets(gold_set: Path):
    assert_good(evaluate(gold_set / "gold.json", gold_set / "articles"), documents=0.97, people=0.95, places=0.95)


@pytest.mark.shared
def test_seed_gold(shared: Path):
    assert_good(evaluate(shared / "gold" / "seeds.json", shared / "seeds"), documents=1.0, people=0.95, places=0.95)


@pytest.mark.shared
@pytest.mark.parametrize("name, documents, people, places, scope", [
    ("real-dev", 0.97, 0.92, 0.96, 0.80), ("real-dev-a", 0.97, 0.70, 0.90, 0.75)])
def test_real_text_sets(shared: Path, name, documents, people, places, scope):
    """Floors a little under today's scores: documents F1 0.993 / 0.993, people F1 0.940 / 0.778,
    places recall 0.983 / 0.919, scope 61/73 / 32/41."""
    result = evaluate(shared / name / "gold.json", shared / name / "texts")
    errors = "\n".join(result.errors)
    assert not result.missing and not result.failed, errors
    assert result.documents.f1 >= documents, errors
    assert result.people.f1 >= people, errors
    assert result.places_found.right / result.places_found.total >= places, errors
    assert result.scope.right / result.scope.total >= scope, errors
