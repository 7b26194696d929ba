#!/usr/bin/env bash
# Measures the Maven plugin's check goal on the shared corpus, cold (no run cache) and warm (second build).
#
# A throwaway project in a temporary folder links the corpus as corpus/ and runs contentlint:check over its
# Markdown and HTML files with failOnViolation=false and consoleOutput=false, so the figures are the lint,
# not the log. Each measurement prints the plugin's own summary line ("... in N s", the engine's time) and
# the wall time of the whole `mvn verify` (JVM and Maven start-up included).
#
# The plugin is taken from maven-plugin/target/local-repo, where `mvn verify` (the invoker's install step)
# puts it; when it is missing the script runs that step. Nothing is installed into ~/.m2.
#
# Environment:
#   CORPUS=DIR   the corpus (default: ../shared/corpus beside the repository); skipped when absent
#   RUNS=2       cold and warm builds measured this many times each
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/.." && pwd)"
CORPUS="${CORPUS:-$ROOT/../shared/corpus}"
RUNS="${RUNS:-2}"
REPO="$ROOT/maven-plugin/target/local-repo"
SETTINGS="$ROOT/maven-plugin/target/it-settings.xml"

log() { echo "[bench] $*" >&2; }

if [ ! -d "$CORPUS" ]; then
  log "corpus not found at $CORPUS (set CORPUS=DIR); nothing to measure"
  exit 0
fi
CORPUS="$(cd "$CORPUS" && pwd)"

# The root pom's first <version> is the project's.
VERSION="$(sed -n 's:.*<version>\(.*\)</version>.*:\1:p' "$ROOT/pom.xml" | head -1)"
if [ ! -d "$REPO/dev/contentlint/contentlint-maven-plugin/$VERSION" ]; then
  log "plugin $VERSION not in $REPO: running the build up to the invoker's install step"
  (cd "$ROOT" && mvn -B -q -pl maven-plugin -am pre-integration-test -DskipTests)
fi
# The integration tests' settings: the user's repository as a file: repository, so nothing is downloaded twice.
sed "s|@localRepositoryUrl@|file://${HOME}/.m2/repository|" "$ROOT/maven-plugin/src/it/settings.xml" > "$SETTINGS"

W="$(mktemp -d "${TMPDIR:-/tmp}/contentlint-maven-bench.XXXXXX")"
trap 'rm -rf "$W"' EXIT
ln -s "$CORPUS" "$W/corpus"
cat > "$W/pom.xml" <<POM
<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>dev.contentlint.bench</groupId>
  <artifactId>maven-bench</artifactId>
  <version>1.0</version>
  <packaging>pom</packaging>
  <build>
    <plugins>
      <plugin>
        <groupId>dev.contentlint</groupId>
        <artifactId>contentlint-maven-plugin</artifactId>
        <version>$VERSION</version>
        <configuration>
          <today>2026-11-26</today>
          <includes>corpus/powershell-docs/**/*.md,corpus/opentelemetry-io/**/*.md,corpus/httpd-manual/**/*.html</includes>
          <failOnViolation>false</failOnViolation>
          <consoleOutput>false</consoleOutput>
        </configuration>
        <executions>
          <execution><goals><goal>check</goal></goals></execution>
        </executions>
      </plugin>
    </plugins>
  </build>
</project>
POM

measure() { # label, then mvn arguments
  local label="$1"; shift
  local start end line
  start=$(date +%s%N)
  (cd "$W" && mvn -B -o -s "$SETTINGS" -Dmaven.repo.local="$REPO" "$@" verify) > "$W/build.log" 2>&1 ||
    { log "build failed; its log:"; cat "$W/build.log" >&2; exit 1; }
  end=$(date +%s%N)
  line="$(grep -o 'contentlint: .* (fails on: [a-z]*)' "$W/build.log" | tail -1)"
  cached="$(grep -o '[0-9]* of [0-9]* files unchanged' "$W/build.log" | tail -1 | cut -d' ' -f1 || true)"
  printf '%-5s  mvn verify %6.1f s   from cache: %5s   %s\n' "$label" \
    "$(awk -v a="$start" -v b="$end" 'BEGIN { print (b - a) / 1e9 }')" "${cached:-0}" "$line"
}

log "corpus $CORPUS, plugin $VERSION, $(nproc) processors, load $(cut -d' ' -f1-3 /proc/loadavg)"
for i in $(seq 1 "$RUNS"); do
  rm -rf "$W/target"
  measure cold
  measure warm
done
