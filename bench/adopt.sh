#!/usr/bin/env bash
# Measures adopting contentlint on a big repository, on a copy of the shared corpus (never the corpus itself):
#   1. baseline creation time, and the entries written;
#   2. an edit that moves paragraphs around in one page and adds two new problems elsewhere: check --baseline
#      must report exactly those two;
#   3. check --fix over the whole copy: files fixed and time, against a plain check; a second --fix must
#      change nothing.
# Builds nothing: run `mvn -B package -DskipTests` first, so cli/target/contentlint exists.
#
# Environment:
#   CORPUS=DIR   the corpus (default: ../shared/corpus beside the repository); skipped when absent
#   WORK=DIR     where the copy goes (default: a new folder under /tmp); it is deleted at the end unless KEEP=1
#   JOBS=N       --jobs for contentlint (default: its own default)
#   REUSE=1      keep the copy and baseline an earlier run left in WORK (with KEEP=1), and go on from step 2
#   CONTENTLINT=FILE  the launcher to measure (default: cli/target/contentlint/bin/contentlint)
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/.." && pwd)"
CL="${CONTENTLINT:-$ROOT/cli/target/contentlint/bin/contentlint}"
CORPUS="${CORPUS:-$ROOT/../shared/corpus}"
TODAY=2026-11-26
GLOBS=('powershell-docs/**/*.md' 'opentelemetry-io/**/*.md' 'httpd-manual/**/*.html')
JOBS_ARGS=()
[ -n "${JOBS:-}" ] && JOBS_ARGS=(--jobs "$JOBS")

log() { echo "[adopt] $*" >&2; }
[ -x "$CL" ] || { log "$CL not found: build it first with 'mvn -B package -DskipTests'"; exit 2; }
[ -d "$CORPUS" ] || { log "corpus not found at $CORPUS (set CORPUS=DIR); nothing to measure"; exit 0; }

WORK="${WORK:-$(mktemp -d /tmp/contentlint-adopt.XXXXXX)}"
case "$(cd "$CORPUS" && pwd)" in "$(mkdir -p "$WORK" && cd "$WORK" && pwd)"*) log "WORK must not be inside the corpus"; exit 2;; esac
[ "${KEEP:-0}" = 1 ] || trap 'rm -rf "$WORK"' EXIT
COPY="$WORK/corpus"
if [ "${REUSE:-0}" = 1 ] && [ -f "$COPY/.contentlint-baseline.json" ]; then
  log "REUSE=1: the copy and baseline of an earlier run in $COPY"
else
  rm -rf "$COPY"
  cp -r "$CORPUS" "$COPY"
  chmod -R u+w "$COPY"   # the shared corpus is read-only, and --fix writes
fi
cd "$COPY"
# A repository of its own, so config discovery and .gitignore stop here.
mkdir -p .git

seconds() { local s=$1 e; e=$(date +%s.%N); echo "$e - $s" | bc | xargs printf '%.1f'; }
count_findings() { grep -c ': \(error\|warning\|info\): ' "$1" || true; }

log "copy of $(find . -type f \( -name '*.md' -o -name '*.html' \) | wc -l) documents in $COPY"

# 1. Baseline creation.
if [ "${REUSE:-0}" = 1 ] && [ -f .contentlint-baseline.json ]; then
  BASELINE_S="(earlier run)"
else
  t=$(date +%s.%N)
  "$CL" baseline --today "$TODAY" "${JOBS_ARGS[@]}" "${GLOBS[@]}" 2> "$WORK/baseline.err"
  BASELINE_S=$(seconds "$t")
fi
ENTRIES=$(grep -c '"fingerprint"' .contentlint-baseline.json)
log "baseline: $ENTRIES entries in ${BASELINE_S} s ($(cat "$WORK/baseline.err"))"

# 2. Move paragraphs and add two new problems. The moved page: the first page with at least six paragraphs and a
# finding, whose second and last paragraphs swap places. The new problems: a wordy phrase and a doubled "very"
# phrase appended as new paragraphs to two other pages.
PAGE=$(python3 - <<'PY'
import json, collections
entries = json.load(open('.contentlint-baseline.json'))['entries']
by_path = collections.Counter(e['path'] for e in entries if e['path'].endswith('.md'))
for path, n in sorted(by_path.items()):
    text = open(path, encoding='utf-8').read()
    paras = [p for p in text.split('\n\n')]
    # Code fences may hold blank lines, which the paragraph split would cut through.
    if n >= 2 and len(paras) >= 8 and '```' not in text:
        print(path); break
PY
)
[ -n "$PAGE" ] || { log "no page to move paragraphs in"; exit 1; }
python3 - "$PAGE" <<'PY'
import sys
path = sys.argv[1]
text = open(path, encoding='utf-8').read()
paras = text.split('\n\n')
paras[1], paras[-2] = paras[-2], paras[1]
paras[2], paras[-3] = paras[-3], paras[2]
open(path, 'w', encoding='utf-8').write('\n\n'.join(paras))
PY
NEW1=opentelemetry-io/content/en/docs/concepts/_index.md
NEW2=powershell-docs/reference/docs-conceptual/overview.md
[ -f "$NEW1" ] || NEW1=$(ls opentelemetry-io/content/en/docs/*/_index.md | head -1)
[ -f "$NEW2" ] || NEW2=$(find powershell-docs -name '*.md' | sort | head -1)
printf '\nRun the collector in order to see the traces.\n' >> "$NEW1"
printf '\nThe installer is able to detect the old version.\n' >> "$NEW2"
"$CL" --today "$TODAY" "${JOBS_ARGS[@]}" --baseline .contentlint-baseline.json "${GLOBS[@]}" \
  > "$WORK/after-edit.txt" 2> "$WORK/after-edit.err" || true
REPORTED=$(count_findings "$WORK/after-edit.txt")
log "after moving paragraphs in $PAGE and adding two problems: $REPORTED reported"
cat "$WORK/after-edit.txt" >&2
tail -2 "$WORK/after-edit.err" >&2

# 3. --fix over the whole copy, against a plain run.
t=$(date +%s.%N)
"$CL" --today "$TODAY" "${JOBS_ARGS[@]}" "${GLOBS[@]}" > "$WORK/plain.txt" 2> "$WORK/plain.err" || true
PLAIN_S=$(seconds "$t")
PLAIN_N=$(count_findings "$WORK/plain.txt")
t=$(date +%s.%N)
"$CL" --today "$TODAY" "${JOBS_ARGS[@]}" --fix "${GLOBS[@]}" > "$WORK/fix.txt" 2> "$WORK/fix.err" || true
FIX_S=$(seconds "$t")
FIXED=$(grep -o 'Fixed [0-9]* problems\? in [0-9]* files\?' "$WORK/fix.err" || echo "Fixed nothing")
LEFT_N=$(count_findings "$WORK/fix.txt")
t=$(date +%s.%N)
"$CL" --today "$TODAY" "${JOBS_ARGS[@]}" --fix "${GLOBS[@]}" > "$WORK/fix2.txt" 2> "$WORK/fix2.err" || true
FIX2_S=$(seconds "$t")
SECOND=$(grep -o 'No fixes to apply\|Fixed [0-9]* problems\? in [0-9]* files\?' "$WORK/fix2.err" || echo "?")
git_like_diff=$(diff -r -q "$CORPUS" "$COPY" 2>/dev/null | grep -c '^Files' || true)

echo
echo "| measurement | figure |"
echo "| --- | ---: |"
echo "| baseline entries | $ENTRIES |"
echo "| baseline creation | $BASELINE_S s |"
echo "| reported after moving paragraphs of $PAGE and adding 2 problems | $REPORTED |"
echo "| plain check: findings, time | $PLAIN_N, $PLAIN_S s |"
echo "| --fix: $FIXED | $FIX_S s |"
echo "| findings left after --fix | $LEFT_N |"
echo "| files differing from the corpus (the 3 edited pages included) | $git_like_diff |"
echo "| second --fix | $SECOND, $FIX2_S s |"
