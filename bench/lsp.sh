#!/usr/bin/env bash
# Times the language server on a 2,000-word page of the shared corpus (see bench/README.md, "The language server").
set -euo pipefail
cd "$(dirname "$0")/.."
DIST=${DIST:-cli/target/contentlint}
CORPUS=${CORPUS:-../shared/corpus}
PAGE_SRC=${PAGE_SRC:-$CORPUS/opentelemetry-io/content/en/blog/2025/otel-weaver/index.md}
EDITS=${EDITS:-40}
LOOP_EDITS=${LOOP_EDITS:-3000}
LOOP_EDITS_GRAMMAR=${LOOP_EDITS_GRAMMAR:-1000}
[ -x "$DIST/bin/contentlint" ] || { echo "no $DIST/bin/contentlint: run mvn -B package -DskipTests first" >&2; exit 2; }
[ -f "$PAGE_SRC" ] || { echo "no page $PAGE_SRC: the shared corpus is missing (CORPUS=...)" >&2; exit 2; }
LAUNCHER=$(cd "$DIST/bin" && pwd)/contentlint

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/plain/.git" "$work/grammar/.git"
cp "$PAGE_SRC" "$work/plain/page.md"
cp "$PAGE_SRC" "$work/grammar/page.md"
printf 'today: 2026-11-26\n' >"$work/plain/.contentlint.yml"
printf 'today: 2026-11-26\nrules:\n  grammar/languagetool: warning\n' >"$work/grammar/.contentlint.yml"
echo "page: $PAGE_SRC ($(wc -w <"$PAGE_SRC") words); $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"

echo "== grammar off"
python3 bench/lsp_client.py "$LAUNCHER" "$work/plain" "$work/plain/page.md" plain "$EDITS"
echo "== grammar on, warm (one changed paragraph per edit)"
python3 bench/lsp_client.py "$LAUNCHER" "$work/grammar" "$work/grammar/page.md" grammar "$EDITS"
echo "== edit loop, grammar off ($LOOP_EDITS edits back to back, no debounce)"
DEBOUNCE_MS=0 python3 bench/lsp_client.py "$LAUNCHER" "$work/plain" "$work/plain/page.md" plain "$LOOP_EDITS"
echo "== edit loop, grammar on ($LOOP_EDITS_GRAMMAR edits back to back, no debounce)"
DEBOUNCE_MS=0 python3 bench/lsp_client.py "$LAUNCHER" "$work/grammar" "$work/grammar/page.md" grammar "$LOOP_EDITS_GRAMMAR"
