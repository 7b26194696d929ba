#!/usr/bin/env bash
# Benchmark contentlint's grammar and spelling rules against LanguageTool's own command line.
#
# Builds nothing: run `mvn -B package -DskipTests` first, so cli/target/contentlint exists.
# Measures, in one run and on the same machine, over the Markdown files of the corpus's subset-50-md.txt:
#   (a) contentlint with grammar/languagetool and spelling/misspelling, cold (empty cache);
#   (b) contentlint again with the same cache after one file was edited;
#   (c) LanguageTool's command line 6.8 as `-l en-US -r DIR` over the same files;
#   (h) Harper (harper.js, WebAssembly, one thread) over the same files, when ../shared/bench/peers.sh installed it;
# then contentlint cold over subset-200-md.txt, and LanguageTool's profiling mode (which rules cost most).
# The files are copied to a scratch folder first (the corpus is never edited). Each measurement runs once
# under GNU time (wall s, peak RSS): these runs take minutes, so rerun the script to see the spread.
#
# Environment:
#   CL=FILE           the contentlint launcher to measure (default: this build's); point it at a copy of an
#                     earlier build to compare versions in the same session
#   CORPUS=DIR        the corpus (default: ../shared/corpus beside the repository); skipped when absent
#   LT_CLI=DIR        LanguageTool command line jars (default /tmp/lt-cli-6.8); fetched from Maven Central
#                     with `mvn dependency:copy-dependencies` into that folder when missing (benchmarks only)
#   NO_LT=1           skip (c) and profiling
#   PEERS_DIR=DIR     where ../shared/bench/peers.sh installed Harper (default /tmp/peers); NO_HARPER=1 skips (h)
#   NO_DAEMON=1       skip the (a)/(b) pair run with --daemon (LanguageTool kept loaded in a background process;
#                     (a) then includes starting it, (b) finds it running; stopped at the end)
#   NO_200=1          skip the subset-200 row
#   PROFILE_FILES=5   files of the subset LanguageTool profiles (its profiling mode is slow)
#   CONTENTLINT_OPTS  JVM options for contentlint (default here: C2 compiler and parallel GC, see below)
#   KEEP=DIR          keep the runs' outputs there (a.out, b.out, c.out, profile.out) for reading findings
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/.." && pwd)"
CL="${CL:-$ROOT/cli/target/contentlint/bin/contentlint}"
CORPUS="${CORPUS:-$ROOT/../shared/corpus}"
LT_CLI="${LT_CLI:-/tmp/lt-cli-6.8}"
PROFILE_FILES="${PROFILE_FILES:-5}"
# The launcher favours start-up (C1 only, serial GC). These options give LanguageTool's long checking the C2
# compiler, as earlier figures were measured with; on the 50 files they gain about 7% of wall time over the
# launcher's defaults and use about 300 MiB more (docs/grammar.md). Pass CONTENTLINT_OPTS=" " for the defaults.
# -Xmx: the parallel collector otherwise sizes its heap from the machine's memory (2.1 GB RSS seen).
export CONTENTLINT_OPTS="${CONTENTLINT_OPTS:--XX:TieredStopAtLevel=4 -XX:-UseSerialGC -XX:+UseParallelGC -Xmx1200m}"

log() { echo "[bench] $*" >&2; }

[ -x "$CL" ] || { log "$CL not found: build it first with 'mvn -B package -DskipTests'"; exit 2; }
if [ ! -f "$CORPUS/subset-50-md.txt" ]; then
  log "corpus not found at $CORPUS (set CORPUS=DIR); nothing to measure"
  exit 0
fi
CORPUS="$(cd "$CORPUS" && pwd)"
[ -x /usr/bin/time ] || { log "GNU time is missing: apt-get install time"; exit 2; }

W="$(mktemp -d "${TMPDIR:-/tmp}/contentlint-lt-bench.XXXXXX")"
trap 'rm -rf "$W"' EXIT

copy_subset() {  # LIST DEST: copy the listed files, keeping their paths
  while IFS= read -r f; do
    [ -n "$f" ] || continue
    mkdir -p "$2/$(dirname "$f")" && cp "$CORPUS/$f" "$2/$f"
  done < "$1"
}
copy_subset "$CORPUS/subset-50-md.txt" "$W/sub50"
N50=$(find "$W/sub50" -name '*.md' | wc -l)
WORDS50=$(cat $(find "$W/sub50" -name '*.md') | wc -w)

cat > "$W/grammar.yml" <<'YML'
extends: contentlint:recommended
rules:
  grammar/languagetool: { severity: warning }
  spelling/misspelling: { severity: warning }
YML

ROWS="$W/rows.tsv"; : > "$ROWS"
measure() {  # NAME FILES COUNTER CMD...: one run under GNU time, one row
  local name="$1" n="$2" counter="$3"; shift 3
  log "$name ($n files)"
  /usr/bin/time -f '%e %M %x %U %S' -o "$W/time" "$@" >"$W/out" 2>"$W/err" || true
  local wall rss status findings
  wall=$(tail -1 "$W/time" | cut -d' ' -f1); rss=$(tail -1 "$W/time" | cut -d' ' -f2)
  status=$(tail -1 "$W/time" | cut -d' ' -f3)
  # CPU seconds (user + sys) are steadier than wall time when the machine is shared.
  local cpu; cpu=$(tail -1 "$W/time" | awk '{print $4 + $5}')
  findings="$("$counter")"
  [ "$status" -le 1 ] || findings="failed (exit $status): $(tail -1 "$W/err")"
  printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$name" "$n" "$wall" "$rss" "$findings" "$cpu" >> "$ROWS"
  if [ -n "${KEEP:-}" ]; then mkdir -p "$KEEP" && cp "$W/out" "$KEEP/${name:1:1}.out" && cp "$W/err" "$KEEP/${name:1:1}.err"; fi
}
count_cl() { grep -c '^[^:]*:[0-9]*:[0-9]*: ' "$W/out" || true; }
count_lt() { grep -c '^[0-9]*\.) Line ' "$W/out" || true; }

CL_ARGS=(--no-color --today 2026-11-26 --exit-zero --config "$W/grammar.yml")
measure "(a) contentlint, cold" "$N50" count_cl "$CL" "${CL_ARGS[@]}" --cache-location "$W/cache50" "$W/sub50"
cp "$W/out" "$W/a.out"
# (b): one word of one paragraph changes, as in a typical edit.
EDITED=$(find "$W/sub50" -name '*.md' | sort | head -1)
printf '\nThis paragraph was added in an edit, and it has an mistake.\n' >> "$EDITED"
measure "(b) contentlint, one file edited" "$N50" count_cl "$CL" "${CL_ARGS[@]}" --cache-location "$W/cache50" "$W/sub50"

if [ "${NO_DAEMON:-0}" != 1 ]; then
  # The same pair with --daemon, in a state folder of its own so no earlier daemon is found. LanguageTool
  # runs in the daemon, which picks its own JVM options, so the client keeps the launcher's start-up
  # options, as a user's would (the C2 compiler's threads would only compete with the daemon for the cores).
  export CONTENTLINT_DAEMON_DIR="$W/daemon"
  SAVED_OPTS="$CONTENTLINT_OPTS"; unset CONTENTLINT_OPTS
  copy_subset "$CORPUS/subset-50-md.txt" "$W/sub50"
  measure "(a) contentlint --daemon, cold" "$N50" count_cl "$CL" "${CL_ARGS[@]}" --daemon --cache-location "$W/cache50d" "$W/sub50"
  printf '\nThis paragraph was added in an edit, and it has an mistake.\n' >> "$EDITED"
  measure "(b) contentlint --daemon, one file edited" "$N50" count_cl "$CL" "${CL_ARGS[@]}" --daemon --cache-location "$W/cache50d" "$W/sub50"
  DAEMON_PID=$(sed -n 's/^pid=//p' "$W"/daemon/*/daemon.properties 2>/dev/null | head -1)
  DAEMON_RSS=$( [ -n "$DAEMON_PID" ] && awk '/VmHWM/{print int($2/1024)}' "/proc/$DAEMON_PID/status" 2>/dev/null || true)
  # The daemon's CPU time (user + system, both runs), which the client's row does not include.
  DAEMON_CPU=$( [ -n "$DAEMON_PID" ] && awk -v hz="$(getconf CLK_TCK)" '{printf "%.1f", ($14 + $15) / hz}' "/proc/$DAEMON_PID/stat" 2>/dev/null || true)
  "$CL" daemon status >&2 || true
  "$CL" daemon stop >/dev/null || true
  unset CONTENTLINT_DAEMON_DIR
  export CONTENTLINT_OPTS="$SAVED_OPTS"
fi

if [ "${NO_LT:-0}" != 1 ]; then
  if [ ! -f "$LT_CLI/languagetool-commandline-6.8.jar" ]; then
    log "fetching languagetool-commandline 6.8 into $LT_CLI (benchmarks only, never a project dependency)"
    mkdir -p "$W/ltpom"
    cat > "$W/ltpom/pom.xml" <<'POM'
<project xmlns="http://maven.apache.org/POM/4.0.0"><modelVersion>4.0.0</modelVersion>
  <groupId>bench</groupId><artifactId>lt-cli</artifactId><version>1</version>
  <dependencies><dependency><groupId>org.languagetool</groupId><artifactId>languagetool-commandline</artifactId><version>6.8</version></dependency></dependencies>
</project>
POM
    (cd "$W/ltpom" && mvn -B -q dependency:copy-dependencies -DoutputDirectory="$LT_CLI" -Dmdep.includeScope=runtime) ||
      { log "could not fetch LanguageTool's command line; rerun with network or NO_LT=1"; exit 2; }
  fi
  # Undo the edit so (c) checks exactly the files (a) checked.
  copy_subset "$CORPUS/subset-50-md.txt" "$W/sub50"
  measure "(c) LanguageTool 6.8 command line" "$N50" count_lt java -cp "$LT_CLI/*" org.languagetool.commandline.Main -l en-US -r "$W/sub50"
fi

HARPER="${PEERS_DIR:-/tmp/peers}/harper-lint.mjs"
count_hp() { sed -n 's/.* lints \([0-9]*\)$/\1/p' "$W/out" | tail -1; }
if [ "${NO_HARPER:-0}" != 1 ] && [ -f "$HARPER" ] && command -v node >/dev/null; then
  copy_subset "$CORPUS/subset-50-md.txt" "$W/sub50"
  measure "(h) Harper (harper.js)" "$N50" count_hp node "$HARPER" "$W/sub50"
fi

if [ "${NO_200:-0}" != 1 ] && [ -f "$CORPUS/subset-200-md.txt" ]; then
  copy_subset "$CORPUS/subset-200-md.txt" "$W/sub200"
  N200=$(find "$W/sub200" -name '*.md' | wc -l)
  measure "contentlint, cold, subset-200" "$N200" count_cl "$CL" "${CL_ARGS[@]}" --cache-location "$W/cache200" "$W/sub200"
fi

echo
echo "Machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg); $(java -version 2>&1 | head -1)"
echo "subset-50: $N50 files, $WORDS50 words (wc -w of the raw files); CONTENTLINT_OPTS=$CONTENTLINT_OPTS"
echo
echo "| run | files | wall s | CPU s | peak RSS MiB | findings |"
echo "| --- | ---: | ---: | ---: | ---: | --- |"
awk -F'\t' '{printf "| %s | %d | %.1f | %.1f | %.0f | %s |\n", $1, $2, $3, $6, $4/1024, $5}' "$ROWS"
echo
awk -F'\t' '$1 ~ /^\(a\) contentlint,/{a=$3} $1 ~ /^\(b\) contentlint,/{b=$3} $1 ~ /^\(c\)/{c=$3}
  $1 ~ /^\(a\) contentlint --daemon/{ad=$3} $1 ~ /^\(b\) contentlint --daemon/{bd=$3} $1 ~ /^\(h\)/{h=$3}
  END{ if (a>0 && c>0) printf "(a)/(c) wall: %.2f (target <= 0.5)\n", a/c;
       if (a>0 && h>0) printf "(a)/(h) wall: %.2f\n", a/h;
       if (a>0 && b>0) printf "(b)/(a) wall: %.3f (target <= 0.05)\n", b/a;
       if (ad>0 && c>0) printf "with --daemon: (a)/(c) wall: %.2f\n", ad/c;
       if (ad>0 && bd>0) printf "with --daemon: (b)/(a) wall: %.3f\n", bd/ad }' "$ROWS"
[ -z "${DAEMON_RSS:-}" ] || echo "daemon: peak RSS (VmHWM) $DAEMON_RSS MiB, CPU ${DAEMON_CPU:-?} s over both --daemon runs (beside the client's, which the table shows); the --daemon rows ran the client with the launcher's default JVM options"
awk -F'\t' '$1 ~ /^\(a\) contentlint,/{a=$6} $1 ~ /^\(c\)/{c=$6} END{ if (a>0 && c>0) printf "(a)/(c) CPU: %.2f\n", a/c }' "$ROWS"
echo
echo "contentlint findings of (a) by LanguageTool rule:"
grep -o '([A-Z0-9_]*) \[[a-z/-]*\]$' "$W/a.out" | sort | uniq -c | sort -rn | head -20 || true

if [ "${NO_LT:-0}" != 1 ]; then
  # Profiling: LanguageTool runs each rule separately over one text and prints its time per rule.
  find "$W/sub50" -name '*.md' | sort | head -"$PROFILE_FILES" | xargs cat > "$W/profile.txt"
  log "LanguageTool profiling over $PROFILE_FILES files"
  java -cp "$LT_CLI/*" org.languagetool.commandline.Main -l en-US --profile "$W/profile.txt" > "$W/profile.out" 2>&1 || true
  [ -z "${KEEP:-}" ] || cp "$W/profile.out" "$KEEP/profile.out"
  echo
  echo "LanguageTool rules that cost most ($PROFILE_FILES files, its --profile mode; ms per rule):"
  # Rows look like "RULE_ID   <time>ms   <matches>"; keep the 15 slowest.
  grep -E '^[A-Z][A-Z0-9_]+ +[0-9]+' "$W/profile.out" | sort -k2 -n -r | head -15 || tail -20 "$W/profile.out"
fi
