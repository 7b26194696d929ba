#!/usr/bin/env bash
# Cost of contentlint on inputs that used to take super-linear time or memory, at 1, 4 and 16 MB.
#
# Builds nothing: run `mvn -B package -DskipTests` first, so cli/target/contentlint exists.
# Generates each input in a temporary folder, lints it once per size under GNU time with the default rules
# and no config, and prints CPU seconds (user + system) per MB, wall seconds, peak RSS, the exit code, and the
# growth ratio of the 16 MB run's CPU seconds per MB to the 1 MB run's (1 means linear).
#
# Environment:
#   SIZES="1 4 16"   sizes in MB (fractions such as 0.25 work too)
#   CASES="..."      a subset of: links table combining unclosed paragraph brackets
#   BUDGET=none      passed as --set file-time-budget=...; by default the inputs run to the end, so the figures
#                    show the cost itself rather than the budget
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/.." && pwd)"
CL="$ROOT/cli/target/contentlint/bin/contentlint"
SIZES="${SIZES:-1 4 16}"
CASES="${CASES:-links table combining unclosed paragraph brackets}"

log() { echo "[parse-costs] $*" >&2; }
[ -x "$CL" ] || { log "$CL not found: build it first with 'mvn -B package -DskipTests'"; exit 2; }
[ -x /usr/bin/time ] || { log "/usr/bin/time (Debian package 'time') is needed for CPU time and peak memory"; exit 2; }

W="$(mktemp -d "${TMPDIR:-/tmp}/contentlint-parse-costs.XXXXXX")"
trap 'rm -rf "$W"' EXIT
printf 'root: true\nfile-time-budget: none\nmax-file-size: 64MB\n' > "$W/.contentlint.yml"

# repeat UNIT BYTES: UNIT repeated to at least BYTES bytes, with python3 for speed.
repeat() { python3 -c 'import sys; u=sys.argv[1].encode().decode("unicode_escape").encode("utf-8"); n=int(sys.argv[2]); sys.stdout.buffer.write(u * (n // len(u) + 1))' "$1" "$2"; }

generate() { # CASE BYTES FILE
  case "$1" in
    links)     repeat '[a](' "$2" > "$3" ;;                                   # one line of unclosed link destinations
    table)     { printf '| a | b | c |\n|---|---|---|\n'; repeat '| x | y | z |\n' "$2"; } > "$3" ;;
    combining) { printf 'e'; repeat '\u0301' "$(( $2 / 2 ))"; printf '\n'; } > "$3" ;;   # one letter, all accents
    unclosed)  { printf '<html><body>'; repeat '<b><i><span><p>' "$2"; } > "$3" ;;
    paragraph) repeat 'A line of prose in one long paragraph, with a https://example.com link.\n' "$2" > "$3" ;;
    brackets)  repeat '[' "$2" > "$3" ;;
  esac
}

ext() { case "$1" in unclosed) echo html ;; *) echo md ;; esac; }

printf '%-10s %6s %10s %8s %8s %10s %5s\n' case MB cpu-s/MB cpu-s wall-s peak-MB exit
for c in $CASES; do
  first=""
  for mb in $SIZES; do
    f="$W/$c-${mb}m.$(ext "$c")"
    generate "$c" "$(awk -v m="$mb" 'BEGIN { printf "%d", m * 1048576 }')" "$f"
    set +e
    ( cd "$W" && /usr/bin/time -o "$W/time" -f '%U %S %e %M' "$CL" check --no-color --format json "$(basename "$f")" \
        > "$W/out.json" 2> "$W/err" )
    code=$?
    set -e
    [ "$code" -lt 2 ] || { log "$c at $mb MB: exit $code"; head -n 5 "$W/err" >&2; }
    read -r user sys wall kb < <(tail -n 1 "$W/time")
    cpu=$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.2f", u + s }')
    per=$(awk -v c="$cpu" -v m="$mb" 'BEGIN { printf "%.2f", c / m }')
    [ -n "$first" ] || first=$per
    printf '%-10s %6s %10s %8s %8s %10s %5s\n' "$c" "$mb" "$per" "$cpu" "$wall" $(( kb / 1024 )) "$code"
    rm -f "$f"
  done
  growth=$(awk -v a="$first" -v b="$per" 'BEGIN { if (a > 0) printf "%.2f", b / a; else print "n/a" }')
  printf '%-10s growth of cpu-s/MB, largest size over smallest: %s\n' "$c" "$growth"
done
