#!/usr/bin/env bash
# Builds Verso and the benchmark jar, then runs JMH with the arguments given
# (e.g. `benchmarks/run.sh Bleu -f 1 -wi 2 -i 3`), or a harness:
#   benchmarks/run.sh --harness NAME [args]   runs dev.verso.bench.harness.NAME's main method.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
cd "$here/.."
mvn -q -B install -DskipTests
mvn -q -B -f benchmarks/pom.xml package
if [ "${1:-}" = "--harness" ]; then
  name="$2"; shift 2
  exec java -cp benchmarks/target/benchmarks.jar "dev.verso.bench.harness.$name" "$@"
fi
exec java -jar benchmarks/target/benchmarks.jar "$@"
