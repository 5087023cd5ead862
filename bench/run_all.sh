#!/usr/bin/env bash
# Reproduce every benchmark in bench/README.md.
#   bench/run_all.sh [--workdir DIR] [--quick]
# Corpora (from ../shared/bench/make_corpus.py), stores and results/*.json go to DIR
# (default /tmp/trichdan-bench). --quick: 2,000 articles only, for a smoke run of the scripts.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=.venv/bin/python
WORKDIR=/tmp/trichdan-bench
SIZES=2000,20000
STORE_ARTICLES=20000
while [ $# -gt 0 ]; do
  case "$1" in
    --workdir) WORKDIR="$2"; shift 2 ;;
    --quick) SIZES=2000; STORE_ARTICLES=2000; shift ;;
    *) echo "usage: $0 [--workdir DIR] [--quick]" >&2; exit 2 ;;
  esac
done
mkdir -p "$WORKDIR"
echo "# $(nproc) cores, $(lscpu | sed -n 's/^Model name: *//p' | head -1), rev $(git rev-parse --short HEAD)"
echo "## citation pass (one core)"
$PY bench/bench_citations.py --workdir "$WORKDIR" --articles 5000 --profile 15
echo "## ingest / extract"
$PY bench/bench_ingest.py --workdir "$WORKDIR" --sizes "$SIZES" --workers 1,2
echo "## cites latency"
$PY bench/bench_query.py --workdir "$WORKDIR" --store "$WORKDIR/store-$STORE_ARTICLES-w2"
echo "## question commands"
$PY bench/bench_questions.py --workdir "$WORKDIR" --articles 2000
echo "## accuracy"
$PY bench/bench_accuracy.py --workdir "$WORKDIR" --articles 2000 --extracted "$WORKDIR/extract-2000-w2.jsonl" \
    --store "$WORKDIR/store-$STORE_ARTICLES-w2" --store-articles "$STORE_ARTICLES"
