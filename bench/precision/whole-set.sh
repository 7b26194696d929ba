#!/usr/bin/env bash
# Precision of spelling/misspelling on one whole documentation set, the way a team runs it: the rule learns
# its vocabulary from every page of the set, with no word list.
#
#   bench/precision/whole-set.sh SEED SET     (SET: a folder of the corpus, e.g. httpd-manual)
#
# Runs spelling alone (spelling.yml) over CORPUS/SET, draws up to PER_RULE findings with the seed
# (sample.py draw), carries over the verdicts in judged/whole-set/SET-SEED.tsv and prints the table.
# Environment: CORPUS, OUT, CL, PER_RULE, TODAY, REUSE=1 as for run.sh.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
SEED="${1:?usage: bench/precision/whole-set.sh SEED SET}"
SET="${2:?usage: bench/precision/whole-set.sh SEED SET}"
CL="${CL:-$ROOT/cli/target/contentlint/bin/contentlint}"
CORPUS="${CORPUS:-$ROOT/../shared/corpus}"
OUT="${OUT:-$ROOT/target/precision}"
PER_RULE="${PER_RULE:-30}"
TODAY="${TODAY:-2026-11-26}"
[ -x "$CL" ] || { echo "$CL not found: build it first with 'mvn -B package -DskipTests'" >&2; exit 2; }
[ -d "$CORPUS/$SET" ] || { echo "no documentation set $SET in $CORPUS" >&2; exit 2; }
CORPUS="$(cd "$CORPUS" && pwd)"
mkdir -p "$OUT"
cd "$CORPUS"
if [ "${REUSE:-0}" = 1 ] && [ -f "$OUT/spelling-$SET.json" ]; then
  echo "[precision] REUSE=1: drawing from $OUT/spelling-$SET.json" >&2
else
  echo "[precision] spelling over the whole of $SET" >&2
  "$CL" check --config "$HERE/spelling.yml" --today "$TODAY" --format json --no-color "$SET" \
    > "$OUT/spelling-$SET.json" 2> "$OUT/spelling-$SET.err" || [ $? -eq 1 ]
fi
judged=()
[ -f "$HERE/judged/whole-set/$SET-$SEED.tsv" ] && judged=("$HERE/judged/whole-set/$SET-$SEED.tsv")
python3 "$HERE/sample.py" draw --seed "$SEED" --corpus "$CORPUS" --per-rule "$PER_RULE" \
  --findings "$OUT/spelling-$SET.json" --judged "${judged[@]}" --out "$OUT/sample-$SET-$SEED.tsv"
python3 "$HERE/sample.py" score "$OUT/sample-$SET-$SEED.tsv"
