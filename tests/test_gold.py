"""Our gold sets (tests/data/gold_*) and the seed gold, scored by ../shared/eval/score.py through the real CLI."""

import json
import subprocess
import sys

import pytest

from conftest import CLI, GOLD_SETS


def score(shared, gold, articles) -> dict:
    result = subprocess.run([sys.executable, str(shared / "eval" / "score.py"), str(gold), str(articles),
                             "--cmd", CLI, "--json"], capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stderr[-2000:]
    return json.loads(result.stdout[: result.stdout.rindex("}") + 1])


def assert_good(report: dict, documents: float, people: float, places: float) -> None:
    errors = "\n".join(report["errors"])
    assert report["documents"]["f1"] >= documents, errors
    assert report["people"]["f1"] >= people, errors
    assert report["places"]["f1"] >= places, errors
    done, total = map(int, report["queries"].split("/"))
    assert done == total, errors
    same, distinct = report["identity"].removeprefix("same ").split(", distinct ")
    assert all(int(a) == int(b) for a, b in (same.split("/"), distinct.split("/"))), errors


@pytest.mark.parametrize("gold_set", GOLD_SETS, ids=lambda p: p.name)
def test_own_gold_sets(shared, gold_set):
    assert_good(score(shared, gold_set / "gold.json", gold_set / "articles"), documents=0.97, people=0.95, places=0.95)


def test_seed_gold(shared):
    assert_good(score(shared, shared / "gold" / "seeds.json", shared / "seeds"), documents=1.0, people=0.95, places=0.95)
