#!/usr/bin/env bash
# Redraws a precision sample of contentlint's findings on the shared corpus and prints its table.
#
#   bench/precision/run.sh SEED        (build first: mvn -B package -DskipTests)
#
# 1. Runs `check` over the whole corpus with the recommended preset (recommended.yml).
# 2. Runs glossary/undefined-acronym alone over the whole corpus (acronyms.yml): recommended turns it on only
#    with a glossary, and the corpus has none.
# 3. Runs grammar and spelling (grammar.yml) over FILES documents drawn with the same seed
#    (LanguageTool over all 2,702 documents takes too long on a small machine; the files are drawn first,
#    then findings among theirs).
# 4. Draws up to PER_RULE findings of each rule (sample.py draw), carrying over the verdicts already given in
#    judged/SEED/*.tsv, writes the sample to OUT/sample-SEED.tsv and prints the precision table.
# To judge: copy the rows of the sample you judge to a TSV in judged/SEED/ (any name; same columns) and fill `verdict` (real | false | unclear) and `reason`.
#
# Environment: CORPUS (default ../shared/corpus beside the repository), OUT (default target/precision),
# CL (the contentlint launcher; default: the build in cli/target), PER_RULE (30), FILES (60), TODAY (2026-11-26: the date the freshness rules count from), REUSE=1 (draw
# again from the findings the last run left in OUT, without running contentlint).
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
SEED="${1:?usage: bench/precision/run.sh SEED}"
CL="${CL:-$ROOT/cli/target/contentlint/bin/contentlint}"
CORPUS="${CORPUS:-$ROOT/../shared/corpus}"
OUT="${OUT:-$ROOT/target/precision}"
PER_RULE="${PER_RULE:-30}"
FILES="${FILES:-60}"
TODAY="${TODAY:-2026-11-26}"
[ -x "$CL" ] || { echo "$CL not found: build it first with 'mvn -B package -DskipTests'" >&2; exit 2; }
[ -d "$CORPUS" ] || { echo "corpus not found at $CORPUS (set CORPUS=DIR)" >&2; exit 2; }
CORPUS="$(cd "$CORPUS" && pwd)"
mkdir -p "$OUT"
cd "$CORPUS"
if [ "${REUSE:-0}" = 1 ] && [ -f "$OUT/recommended-$SEED.json" ] && [ -f "$OUT/grammar-$SEED.json" ] \
    && [ -f "$OUT/acronyms-$SEED.json" ]; then
  echo "[precision] REUSE=1: drawing from the findings of the last run in $OUT" >&2
else
echo "[precision] recommended over the whole corpus" >&2
"$CL" check --config "$HERE/recommended.yml" --today "$TODAY" --format json --no-color . \
  > "$OUT/recommended-$SEED.json" 2> "$OUT/recommended-$SEED.err" || [ $? -eq 1 ]
echo "[precision] glossary/undefined-acronym over the whole corpus (acronyms.yml)" >&2
"$CL" check --config "$HERE/acronyms.yml" --today "$TODAY" --format json --no-color . \
  > "$OUT/acronyms-$SEED.all.json" 2> "$OUT/acronyms-$SEED.err" || [ $? -eq 1 ]
# Only the rule's own findings: the files' parse findings are already in the recommended run.
python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); d["findings"]=[f for f in d["findings"] if f["ruleId"]=="glossary/undefined-acronym"]; json.dump(d,open(sys.argv[2],"w"))' \
  "$OUT/acronyms-$SEED.all.json" "$OUT/acronyms-$SEED.json"
python3 "$HERE/sample.py" files --seed "$SEED" --corpus "$CORPUS" --count "$FILES" > "$OUT/files-$SEED.txt"
echo "[precision] grammar and spelling over $FILES drawn documents" >&2
# shellcheck disable=SC2046
"$CL" check --config "$HERE/grammar.yml" --today "$TODAY" --format json --no-color \
  $(cat "$OUT/files-$SEED.txt") > "$OUT/grammar-$SEED.json" 2> "$OUT/grammar-$SEED.err" || [ $? -eq 1 ]
fi
python3 "$HERE/sample.py" draw --seed "$SEED" --corpus "$CORPUS" --per-rule "$PER_RULE" \
  --findings "$OUT/recommended-$SEED.json" "$OUT/grammar-$SEED.json" "$OUT/acronyms-$SEED.json" \
  --judged "$HERE"/judged/"$SEED"/*.tsv --out "$OUT/sample-$SEED.tsv"
python3 "$HERE/sample.py" score "$OUT/sample-$SEED.tsv"
