#!/usr/bin/env bash
# Fuzzes contentlint's parsers, config loader and engine with Jazzer for a set time per target, then prints
# executions and crashes per target. A crashing input is written by Jazzer into the target's inputs folder
# (src/test/resources/.../<Class>Inputs/<method>/crash-*), where every later build replays it.
#
#   bench/fuzz.sh                 # every target, 5 minutes each
#   DURATION=30m bench/fuzz.sh 'ParserFuzzTest#markdown'   # one target (DURATION: 90s, 5m or seconds)
#
# Run it at low priority on a shared machine: nice -n 19 bench/fuzz.sh
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION=${DURATION:-5m}
case $DURATION in
  *m) seconds=$(( ${DURATION%m} * 60 ));;
  *s) seconds=${DURATION%s};;
  *) seconds=$DURATION;;
esac
# The targets skip larger inputs (a slow parse of a large file is a time budget question, not a crash).
MAX_LEN=${MAX_LEN:-8192}
# Coverage guidance in our own code; widen it to the parsers we drive (slower per input, more odd trees) with
# INSTRUMENT='dev.contentlint.**:com.vladsch.flexmark.**:org.jsoup.**:org.snakeyaml.**'.
INSTRUMENT=${INSTRUMENT:-dev.contentlint.**}
ALL=(
  "linter-core ParserFuzzTest#markdown"
  "linter-core ParserFuzzTest#html"
  "linter-core ParserFuzzTest#text"
  "linter-core ParserFuzzTest#frontMatter"
  "rules ConfigFuzzTest#load"
  "rules EngineFuzzTest#everyRuleOnOneDocument"
)
if [ $# -gt 0 ]; then
  targets=()
  for want in "$@"; do
    for t in "${ALL[@]}"; do [ "${t#* }" = "$want" ] && targets+=("$t"); done
  done
  [ ${#targets[@]} -gt 0 ] || { echo "no target named $*; targets: ${ALL[*]#* }" >&2; exit 2; }
else
  targets=("${ALL[@]}")
fi

LOGS=${LOGS:-target/fuzz}
mkdir -p "$LOGS"
printf '%-45s %9s %12s %10s %8s\n' target duration executions exec/s crashes
for t in "${targets[@]}"; do
  module=${t%% *}; test=${t#* }
  log="$LOGS/${test//#/-}.log"
  # Jazzer fuzzes only when JAZZER_FUZZ is set, one @FuzzTest per JVM; without it the same command replays.
  # Jazzer 0.24 takes its time limit from @FuzzTest (5 minutes) unless libFuzzer's own flags, passed as
  # jazzer.internal.arg.N (0 is the program name), say otherwise; the instrumentation filter is an environment setting.
  JAZZER_FUZZ=1 JAZZER_INSTRUMENTATION_INCLUDES="$INSTRUMENT" \
      mvn -B -o -pl "$module" -am test -Dtest="$test" -Dsurefire.failIfNoSpecifiedTests=false \
      -Djazzer.internal.arg.0=fuzz -Djazzer.internal.arg.1=-max_total_time="$seconds" \
      -Djazzer.internal.arg.2=-max_len="$MAX_LEN" >"$log" 2>&1 || true
  runs=$(grep -aoE 'Done [0-9]+ runs in [0-9]+ second' "$log" | tail -1 | grep -oE '[0-9]+' | head -1 || true)
  secs=$(grep -aoE 'Done [0-9]+ runs in [0-9]+ second' "$log" | tail -1 | grep -oE '[0-9]+' | tail -1 || true)
  if [ -z "$runs" ]; then  # stopped on a crash: take the last status line
    runs=$(grep -aoE '^#[0-9]+' "$log" | tail -1 | tr -d '#' || true)
    secs=$seconds
  fi
  crashes=$(grep -acE '== Java Exception|FuzzerSecurityIssue|crash-[0-9a-f]{40}' "$log" || true)
  rate=$([ -n "$runs" ] && [ "${secs//[!0-9]/}" -gt 0 ] 2>/dev/null && echo $((runs / ${secs//[!0-9]/})) || echo -)
  printf '%-45s %9s %12s %10s %8s\n' "$test" "${secs:-?}s" "${runs:-?}" "$rate" "$crashes"
done
echo "logs: $LOGS/; crashing inputs: git status src/test/resources"
