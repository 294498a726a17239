#!/usr/bin/env bash
# What each optimisation bought: builds the given commits of Verso in temporary worktrees and, for
# each, measures (1) start-up: `evaluate seeds --glossary glossaries/seeds.tsv`, wall and CPU, median
# of RUNS, with the JVM's defaults (c2), with the client compiler only (c1, as the launcher runs it)
# and with c1 plus the launcher's class-data-sharing archive (c1+cds), and (2) CPU per document of
# the reference-free pipeline (PipelineCpuHarness, built from this checkout's benchmarks/ against
# each commit's Verso). Run on a quiet machine:
#   benchmarks/optimisations.sh COMMIT [COMMIT...]      (RUNS=7 by default)
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
runs="${RUNS:-7}"
repo="$(mktemp -d)/m2"
cp -r "${HOME}/.m2/repository" "$repo"
for c in "$@"; do
  wt="$(mktemp -d)/verso"
  git -C "$here" worktree add -q --detach "$wt" "$c"
  rm -rf "$wt/benchmarks" && cp -r "$here/benchmarks" "$wt/benchmarks" && rm -rf "$wt/benchmarks/target"
  # only the harness and its corpus generator are built against older commits (the other benchmarks
  # use newer APIs); before Alignments moved from align to metric, the harness imports it from there
  find "$wt/benchmarks/src" -name '*.java' ! -name SeedCorpus.java ! -name PipelineCpuHarness.java -delete
  if [ -f "$wt/src/main/java/dev/verso/align/Alignments.java" ]; then
    sed -i 's/dev\.verso\.metric\.Alignments/dev.verso.align.Alignments/' \
      "$wt/benchmarks/src/main/java/dev/verso/bench/harness/PipelineCpuHarness.java"
  fi
  (cd "$wt" && mvn -q -o -B -Dmaven.repo.local="$repo" -DskipTests install >/dev/null \
     && mvn -q -o -B -Dmaven.repo.local="$repo" -f benchmarks/pom.xml package >/dev/null)
  jar="$wt/target/verso.jar"
  out="$(mktemp -d)"
  java -XX:ArchiveClassesAtExit="$wt/target/verso.jsa" -cp "$jar" dev.verso.cli.Main evaluate "$wt/seeds" \
    --glossary "$wt/glossaries/seeds.tsv" -o "$out" >/dev/null 2>&1 || true
  for mode in c2 c1 c1+cds; do
    opts=""
    [ "$mode" = c1 ] && opts="-XX:TieredStopAtLevel=1"
    [ "$mode" = c1+cds ] && opts="-XX:TieredStopAtLevel=1 -XX:SharedArchiveFile=$wt/target/verso.jsa -Xlog:cds=off -Xlog:cds+dynamic=off"
    for i in $(seq "$runs"); do
      # shellcheck disable=SC2086
      /usr/bin/time -f "%e %U %S" -o "$out/t" java $opts -cp "$jar" dev.verso.cli.Main evaluate "$wt/seeds" \
        --glossary "$wt/glossaries/seeds.tsv" -o "$out" >/dev/null 2>&1
      awk '{printf "%s %.2f\n", $1, $2 + $3}' "$out/t"
    done > "$out/times"
    wall="$(cut -d' ' -f1 "$out/times" | sort -n | awk -v n="$runs" 'NR == int((n + 1) / 2)')"
    cpu="$(cut -d' ' -f2 "$out/times" | sort -n | awk -v n="$runs" 'NR == int((n + 1) / 2)')"
    echo "$c start-up ($mode): median wall $wall s, median CPU $cpu s"
  done
  (cd "$wt" && java -cp benchmarks/target/benchmarks.jar dev.verso.bench.harness.PipelineCpuHarness 500 7 | sed "s/^/$c /")
  git -C "$here" worktree remove --force "$wt"
done
