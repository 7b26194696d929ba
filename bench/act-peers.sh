#!/usr/bin/env bash
# Grades contentlint, axe-core (under jsdom) and HTMLHint on the W3C ACT cases and prints the scores side by
# side. Needs node and npm; installs axe-core, jsdom and htmlhint into a folder under /tmp (PEERS_DIR).
# Build the CLI first: mvn -B -q -o package -DskipTests
# ACT_DIR=DIR names the cases (default: ../shared/conformance/act beside the repository).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
ACT_DIR="${ACT_DIR:-$ROOT/../shared/conformance/act}"
[ -f "$ACT_DIR/manifest.tsv" ] || { echo "act-peers: no W3C ACT cases (manifest.tsv) in $ACT_DIR; set ACT_DIR" >&2; exit 2; }
ACT_DIR="$(cd "$ACT_DIR" && pwd)"
CLI=cli/target/contentlint/bin/contentlint
[ -x "$CLI" ] || { echo "act-peers: build the CLI first: mvn -B -q -o package -DskipTests" >&2; exit 2; }

export PEERS_DIR="${PEERS_DIR:-/tmp/contentlint-act-peers}"
if [ ! -d "$PEERS_DIR/node_modules/axe-core" ] || [ ! -d "$PEERS_DIR/node_modules/jsdom" ] || [ ! -d "$PEERS_DIR/node_modules/htmlhint" ]; then
  mkdir -p "$PEERS_DIR"
  [ -f "$PEERS_DIR/package.json" ] || echo '{"private": true}' > "$PEERS_DIR/package.json"
  # The versions the reference figures were taken with; jsdom 30 needs Node 22.
  (cd "$PEERS_DIR" && npm install --no-audit --no-fund axe-core@4.14.1 jsdom@29.1.1 htmlhint@1.9.2 >&2)
fi

WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
# The strict preset enables every built-in rule; findings of rules without ACT ids are ignored in grading.
printf 'root: true\nextends: strict\n' > "$WORK/config.yml"
"$CLI" check --config "$WORK/config.yml" --format sarif --output "$WORK/contentlint.sarif" "$ACT_DIR/cases" >&2 || true
node bench/act-peers.mjs "$ACT_DIR" "$WORK/contentlint.sarif"
