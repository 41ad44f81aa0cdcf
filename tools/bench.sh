#!/usr/bin/env bash
# Runs the benchmarks and records their figures under bench/results/. Later issues add benchmarks here.
set -euo pipefail
cd "$(dirname "$0")/.."
echo "No benchmarks yet: the matching, list-import and load benchmarks arrive with their issues."
