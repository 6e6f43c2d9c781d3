#!/usr/bin/env bash
# Measures the catalogue search (service, index alone, hand-written SQL floor) and prints a table.
#   scripts/benchmark-search.sh [--size N] [--iterations N] [--warm-up SECONDS] [--in-memory] [--scenario NAME]...
# --scenario "text only" times that scenario of the mix alone (repeatable), to compare two builds quickly.
# --size N measures a database of N generated entries (bench_N in the local cluster, filled on first use); without it
# the database of $ConnectionStrings__Catalogue (or the local catalogue). Example, the three sizes of issue 14:
#   for n in 10000 100000 1000000; do scripts/benchmark-search.sh --size $n --iterations 50; done
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
source scripts/benchmark-db.sh
size=""
args=()
while [ $# -gt 0 ]; do
  case "$1" in
    --size) size=${2:-}; shift 2 ;;
    *) args+=("$1"); shift ;;
  esac
done
dotnet build tools/Catalogue.Tools -c Release -nologo -v quiet -clp:ErrorsOnly
use_benchmark_database "$size"
tools benchmark-search "${args[@]}"
