#!/usr/bin/env bash
# Benchmark contentlint against markdownlint-cli2 and rumdl on the shared corpus.
#
# Builds nothing: run `mvn -B package -DskipTests` first, so cli/target/contentlint exists.
# Measures, in one run and on the same machine:
#   * contentlint on all Markdown files of the corpus and, separately, on all HTML pages (default rules);
#   * markdownlint-cli2 and rumdl on the same Markdown files (default rules);
#   * start-up: the tools on one small Markdown file; contentlint also on Java 25 or newer with its
#     ahead-of-time cache, when such a Java is found (JAVA25_HOME, else /usr/lib/jvm).
# Each corpus measurement runs RUNS times under GNU time (wall s, peak RSS); the table shows medians.
#
# Environment:
#   CORPUS=DIR     the corpus (default: ../shared/corpus beside the repository); skipped when absent
#   RUNS=3         runs per corpus measurement (markdownlint-cli2 takes ~40 s a run; RUNS=1 to save time)
#   NO_PEERS=1     measure contentlint only
#   PEERS_DIR=DIR  where peers are installed (default /tmp/peers, as ../shared/bench/peers.sh does)
#   PEERS_SH=FILE  the installer (default ../shared/bench/peers.sh beside the repository)
#   JOBS=N         --jobs for contentlint (default: its own default, the number of processors)
#   JAVA25_HOME=DIR  a Java 25 or newer for the start-up row with the ahead-of-time cache (default: the first
#                  one under /usr/lib/jvm; none found, no row)
#   PREVIOUS=DIR   another contentlint distribution (an earlier build's cli/target/contentlint, copied aside):
#                  measured on the same files, run for run in turn with this one, and reported as a ratio
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/.." && pwd)"
CL="$ROOT/cli/target/contentlint/bin/contentlint"
CORPUS="${CORPUS:-$ROOT/../shared/corpus}"
RUNS="${RUNS:-3}"
PEERS_DIR="${PEERS_DIR:-/tmp/peers}"
PEERS_SH="${PEERS_SH:-$ROOT/../shared/bench/peers.sh}"
MDL="$PEERS_DIR/node_modules/.bin/markdownlint-cli2"
RUMDL="$PEERS_DIR/node_modules/@rumdl/cli-linux-x64/rumdl"
# The corpus's Markdown trees and HTML pages; the corpus README and license files are not documents.
MD_GLOBS=('powershell-docs/**/*.md' 'opentelemetry-io/**/*.md')
HTML_GLOBS=('httpd-manual/**/*.html')

log() { echo "[bench] $*" >&2; }

[ -x "$CL" ] || { log "$CL not found: build it first with 'mvn -B package -DskipTests'"; exit 2; }
if [ ! -d "$CORPUS" ]; then
  log "corpus not found at $CORPUS (set CORPUS=DIR); nothing to measure"
  exit 0
fi
CORPUS="$(cd "$CORPUS" && pwd)"

if [ ! -x /usr/bin/time ]; then
  # GNU time gives the peak RSS; bash's time keyword does not.
  log "/usr/bin/time is missing: installing the Debian 'time' package with apt-get"
  { apt-get install -y -qq time >/dev/null 2>&1 || { apt-get update -qq && apt-get install -y -qq time >/dev/null; }; } ||
    { log "could not install 'time'; install it (apt-get install time) and rerun"; exit 2; }
fi

if [ "${NO_PEERS:-0}" != 1 ] && [ ! -x "$MDL" ]; then
  if [ -x "$PEERS_SH" ] || [ -f "$PEERS_SH" ]; then
    log "markdownlint-cli2 not installed; running $PEERS_SH --install-only"
    PEERS_DIR="$PEERS_DIR" bash "$PEERS_SH" --install-only
  fi
  [ -x "$MDL" ] || { log "markdownlint-cli2 still missing at $MDL; measuring contentlint only (NO_PEERS=1)"; NO_PEERS=1; }
fi

W="$(mktemp -d "${TMPDIR:-/tmp}/contentlint-bench.XXXXXX")"
trap 'rm -rf "$W"' EXIT

# Default rules, grammar off: a grammar rule, once it exists, would dominate the time and has no peer here.
CL_ARGS=(--no-color --today 2026-11-26)
[ -n "${JOBS:-}" ] && CL_ARGS+=(--jobs "$JOBS")
if "$CL" rules 2>/dev/null | grep -q '^grammar/'; then
  { echo "extends: recommended"; echo "rules:"
    "$CL" rules | awk '/^grammar\//{print "  " $1 ": off"}'; } > "$W/bench.yml"
  CL_ARGS+=(--config "$W/bench.yml")
fi

N_MD=$(cd "$CORPUS" && find powershell-docs opentelemetry-io -name '*.md' | wc -l)
N_HTML=$(cd "$CORPUS" && find httpd-manual -name '*.html' | wc -l)

median() { sort -g | awk '{a[NR]=$1} END {if (NR==0) print "?"; else if (NR%2) print a[(NR+1)/2]; else print (a[NR/2]+a[NR/2+1])/2}'; }

ROWS="$W/rows.tsv"; : > "$ROWS"
# measure NAME SCOPE NFILES COUNT-FUNCTION CMD...: RUNS runs in the corpus folder, one row of medians.
measure() {
  local name="$1" scope="$2" n="$3" counter="$4"; shift 4
  local walls="" rsss="" i findings="?"
  log "$name on $scope ($n files) x$RUNS"
  for i in $(seq 1 "$RUNS"); do
    (cd "$CORPUS" && /usr/bin/time -f '%e %M %x' -o "$W/time" "$@" >"$W/out" 2>"$W/err") || true
    walls+="$(tail -1 "$W/time" | cut -d' ' -f1) "
    rsss+="$(tail -1 "$W/time" | cut -d' ' -f2) "
    local status; status="$(tail -1 "$W/time" | cut -d' ' -f3)"
    findings="$("$counter")"
    # Exit 0 and 1 are clean runs with and without findings; anything else means the run did not finish.
    if [ "$status" -gt 1 ]; then
      log "$name exited with $status: $(grep -v '^Command exited' "$W/err" | tail -1)"
      findings="failed (exit $status)"
    fi
  done
  local wall rss
  wall=$(echo "$walls" | tr ' ' '\n' | grep . | median)
  rss=$(echo "$rsss" | tr ' ' '\n' | grep . | median)
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$name" "$scope" "$n" "$wall" "$rss" "$findings" "$walls" >> "$ROWS"
}
count_cl()  { grep -c '^[^:]*:[0-9]*:[0-9]*: ' "$W/out" || true; }
count_mdl() { sed -n 's/^Summary: \([0-9]*\) error.*/\1/p' "$W/err" "$W/out" | tail -1; }
count_ru()  { sed -n 's/.*Found \([0-9]*\) issues.*/\1/p' "$W/err" "$W/out" | tail -1; }

if [ -n "${PREVIOUS:-}" ]; then
  PREV_CL="$PREVIOUS/bin/contentlint"
  [ -x "$PREV_CL" ] || { log "PREVIOUS=$PREVIOUS has no bin/contentlint"; exit 2; }
  # One run of each in turn, so drift in the machine's speed falls on both alike.
  for i in $(seq 1 "$RUNS"); do
    RUNS=1 measure contentlint md "$N_MD" count_cl "$CL" "${CL_ARGS[@]}" "${MD_GLOBS[@]}"
    RUNS=1 measure "contentlint (previous)" md "$N_MD" count_cl "$PREV_CL" "${CL_ARGS[@]}" "${MD_GLOBS[@]}"
    RUNS=1 measure contentlint html "$N_HTML" count_cl "$CL" "${CL_ARGS[@]}" "${HTML_GLOBS[@]}"
    RUNS=1 measure "contentlint (previous)" html "$N_HTML" count_cl "$PREV_CL" "${CL_ARGS[@]}" "${HTML_GLOBS[@]}"
  done
  # Fold the single runs into one row per tool and scope: median wall and RSS, every run listed.
  awk -F'\t' '{k=$1 "\t" $2; n[k]=$3; f[k]=$6; w[k]=w[k] $4 " "; r[k]=r[k] $5 " "; if (!(k in seen)) {seen[k]=1; order[++c]=k}}
    END {for (i=1; i<=c; i++) print order[i] "\t" n[order[i]] "\t" w[order[i]] "\t" r[order[i]] "\t" f[order[i]]}' "$ROWS" > "$W/folded"
  : > "$ROWS"
  while IFS=$'\t' read -r name scope n walls rsss findings; do
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$name" "$scope" "$n" \
      "$(echo "$walls" | tr ' ' '\n' | grep . | median)" "$(echo "$rsss" | tr ' ' '\n' | grep . | median)" "$findings" "$walls" >> "$ROWS"
  done < "$W/folded"
else
  measure contentlint md "$N_MD" count_cl "$CL" "${CL_ARGS[@]}" "${MD_GLOBS[@]}"
  measure contentlint html "$N_HTML" count_cl "$CL" "${CL_ARGS[@]}" "${HTML_GLOBS[@]}"
fi
[ "${NO_PEERS:-0}" = 1 ] || measure markdownlint-cli2 md "$N_MD" count_mdl "$MDL" "${MD_GLOBS[@]}"
# rumdl takes folders (every .md file in them), the same 2,440 files as the globs.
[ "${NO_PEERS:-0}" = 1 ] || [ ! -x "$RUMDL" ] || measure rumdl md "$N_MD" count_ru "$RUMDL" check --no-cache powershell-docs opentelemetry-io

# Start-up: one small file, so the time is almost all process start.
mkdir -p "$W/small"
printf '# Small page\n\nLast updated: 2026-11-01\n\nOne short paragraph of text.\n' > "$W/small/page.md"
STARTUP="$W/startup.tsv"; : > "$STARTUP"
startup() {  # NAME CMD...: median of 10
  local name="$1"; shift
  log "start-up of $name (median of 10)"
  if command -v hyperfine >/dev/null; then
    (cd "$W/small" && hyperfine -N -i --warmup 2 --runs 10 --export-csv "$W/hf.csv" "$(printf '%q ' "$@")" >/dev/null 2>&1)
    printf '%s\t%s\n' "$name" "$(awk -F, 'NR==2{print $4}' "$W/hf.csv")" >> "$STARTUP"
  else
    local i times=""
    for i in 1 2 3 4 5 6 7 8 9 10; do
      (cd "$W/small" && /usr/bin/time -f '%e' -o "$W/t1" "$@" >/dev/null 2>&1) || true
      times+="$(tail -1 "$W/t1") "
    done
    printf '%s\t%s\n' "$name" "$(echo "$times" | tr ' ' '\n' | grep . | median)" >> "$STARTUP"
  fi
}
startup contentlint "$CL" --no-color page.md
# The same distribution without its class-data archive (an archive only works in the folder it was made for).
cp -r "$ROOT/cli/target/contentlint" "$W/no-cds" && rm -f "$W/no-cds/lib/contentlint.jsa"
startup "contentlint, no AppCDS archive" "$W/no-cds/bin/contentlint" --no-color page.md
if [ -n "${PREVIOUS:-}" ]; then
  # A copied distribution cannot use its archive, so the previous build is timed without one, beside this one's row above.
  cp -r "$PREVIOUS" "$W/prev-no-cds" && rm -f "$W/prev-no-cds/lib/contentlint.jsa"
  startup "contentlint (previous), no AppCDS archive" "$W/prev-no-cds/bin/contentlint" --no-color page.md
fi
# Java 25 or newer: the launcher trains its ahead-of-time cache on the first run (here into the scratch folder,
# before the timed runs) and uses it after.
J25="${JAVA25_HOME:-}"
if [ -z "$J25" ]; then
  for h in /usr/lib/jvm/*; do
    v=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$h/release" 2>/dev/null || true)
    [ -n "$v" ] && [ "$v" -ge 25 ] && { J25=$h; break; }
  done
fi
if [ -n "$J25" ] && [ -x "$J25/bin/java" ]; then
  (cd "$W/small" && JAVA_HOME="$J25" XDG_CACHE_HOME="$W/xdg" "$CL" --no-color page.md >/dev/null 2>&1) || true
  startup "contentlint, Java $(sed -n 's/^JAVA_VERSION="\([0-9.]*\).*/\1/p' "$J25/release"), AOT cache" \
    env JAVA_HOME="$J25" XDG_CACHE_HOME="$W/xdg" "$CL" --no-color page.md
  startup "contentlint, Java $(sed -n 's/^JAVA_VERSION="\([0-9.]*\).*/\1/p' "$J25/release"), no cache" \
    env JAVA_HOME="$J25" CONTENTLINT_AOT=off "$CL" --no-color page.md
fi
[ "${NO_PEERS:-0}" = 1 ] || startup markdownlint-cli2 "$MDL" page.md
[ "${NO_PEERS:-0}" = 1 ] || [ ! -x "$RUMDL" ] || startup rumdl "$RUMDL" check --no-cache page.md

echo
echo "Machine: $(nproc) cores, $(free -g 2>/dev/null | awk '/Mem:/{print $2}') GiB; $(java -version 2>&1 | head -1);" \
     "contentlint $("$CL" --version | awk '{print $2}')$( [ -x "$MDL" ] && [ "${NO_PEERS:-0}" != 1 ] && echo "; node $(node -v)")"
echo "Corpus: $CORPUS ($N_MD .md, $N_HTML .html); RUNS=$RUNS (medians)"
echo
echo "| tool | files | n | wall s | files/s | peak RSS MiB | findings | runs (wall s) |"
echo "| --- | --- | ---: | ---: | ---: | ---: | ---: | --- |"
awk -F'\t' '{printf "| %s | %s | %d | %.2f | %.1f | %.0f | %s | %s|\n", $1, $2, $3, $4, ($4>0?$3/$4:0), $5/1024, $6, $7}' "$ROWS"
echo
echo "| start-up, one small .md file | median s |"
echo "| --- | ---: |"
awk -F'\t' '{printf "| %s | %.3f |\n", $1, $2}' "$STARTUP"
if [ "${NO_PEERS:-0}" != 1 ]; then
  echo
  awk -F'\t' '$1=="contentlint" && $2=="md"{c=$4} $1=="markdownlint-cli2" && $2=="md"{m=$4}
    END{if (c>0 && m>0) printf "Ratio contentlint / markdownlint-cli2, wall time on the .md files: %.2f (below 1 = contentlint faster)\n", c/m}' "$ROWS"
  awk -F'\t' '$1=="contentlint" && $2=="md"{c=$4} $1=="rumdl" && $2=="md"{r=$4}
    END{if (c>0 && r>0) printf "Ratio contentlint / rumdl, wall time on the .md files: %.2f\n", c/r}' "$ROWS"
  awk -F'\t' '$1=="contentlint"{c=$2} $1=="markdownlint-cli2"{m=$2} $1 ~ /AOT cache$/{a=$2}
    END{if (c>0 && m>0) printf "Ratio contentlint / markdownlint-cli2, start-up: %.2f\n", c/m;
        if (a>0 && m>0) printf "Ratio contentlint on Java 25+ with its AOT cache / markdownlint-cli2, start-up: %.2f\n", a/m}' "$STARTUP"
fi
if [ -n "${PREVIOUS:-}" ]; then
  echo
  for scope in md html; do
    awk -F'\t' -v s="$scope" '$2==s && $1=="contentlint"{c=$4} $2==s && $1=="contentlint (previous)"{p=$4}
      END{if (c>0 && p>0) printf "Ratio this build / previous build, median wall time on the .%s files: %.2f (below 1 = this build faster)\n", s, c/p}' "$ROWS"
  done
  awk -F'\t' '$1=="contentlint, no AppCDS archive"{c=$2} $1=="contentlint (previous), no AppCDS archive"{p=$2}
    END{if (c>0 && p>0) printf "Ratio this build / previous build, start-up without AppCDS archives: %.2f\n", c/p}' "$STARTUP"
fi
echo "Findings are each tool's own default rules and are not comparable across tools."
