#!/usr/bin/env bash
# vCard interop checks: the single entry point.
#
#   bash tests/interop/run.sh [CORPUS.jsonl ...]
#
# 1. setup.sh (Debian packages; skip with INTEROP_SKIP_SETUP=1)
# 2. generate.mjs: dist/index.js -> all-3.0.vcf, all-4.0.vcf, expected.json, expected.tsv in a mktemp dir
#    (INTEROP_SAMPLES=1 uses the hand-written sample-3.0.vcf / sample-4.0.vcf instead, no dist needed)
# 3. vobject_check.py, EzCheck.java and radicale_check.mjs on both files
# Prints one summary line per check and "interop: N passed, N failed"; exits non-zero if any failed.
# The temp dir is removed when everything passes, kept (and named) otherwise; INTEROP_KEEP=1 keeps it.
set -uo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
PY=/usr/bin/python3
EZ_CP=/usr/share/java/ez-vcard.jar:/usr/share/java/vinnie.jar

if [ "${INTEROP_SKIP_SETUP:-0}" != 1 ]; then
  bash "$HERE/setup.sh" || { echo "interop: setup.sh failed" >&2; exit 1; }
fi

OUT="$(mktemp -d "${TMPDIR:-/tmp}/press-contacts-interop.XXXXXX")"
failed=0
passed=0
summary=()

finish() {
  echo
  echo "interop summary:"
  for line in "${summary[@]}"; do echo "  $line"; done
  if [ "$failed" -eq 0 ] && [ "${INTEROP_KEEP:-0}" != 1 ]; then
    rm -rf "$OUT"
  else
    echo "  files kept in $OUT"
  fi
  echo "interop: $passed passed, $failed failed"
  [ "$failed" -eq 0 ]
}

# record NAME RC LOG: print the checker's output, keep its last line as the summary line.
record() {
  local name="$1" rc="$2" log="$3" last n max="${INTEROP_MAX_LINES:-60}"
  # Per-card FAIL lines can repeat one defect hundreds of times: show the first ones, the rest
  # stay in the log (kept on failure). Other lines (digests, summaries) all show.
  n=$(grep -c -E '^[a-z-]+: (FAIL|note) ' "$log")
  awk -v max="$max" '/^[a-z-]+: (FAIL|note) / { if (++k > max) next } { print }' "$log"
  if [ "$n" -gt "$max" ]; then echo "$name: ... $((n - max)) more FAIL/note lines in $log"; fi
  last="$(grep -E "^$name: [0-9]+ " "$log" | tail -n 1)"
  [ -n "$last" ] || last="$name: no output"
  if [ "$rc" -eq 0 ]; then
    passed=$((passed + 1)); summary+=("PASS $last")
  else
    failed=$((failed + 1)); summary+=("FAIL $last (exit $rc)")
  fi
}

# --- generate -------------------------------------------------------------------------------
if [ "${INTEROP_SAMPLES:-0}" = 1 ]; then
  cp "$HERE/sample-3.0.vcf" "$OUT/all-3.0.vcf"
  cp "$HERE/sample-4.0.vcf" "$OUT/all-4.0.vcf"
  cp "$HERE/sample-expected.json" "$OUT/expected.json"
  cp "$HERE/sample-expected.tsv" "$OUT/expected.tsv"
  summary+=("---- format: skipped (INTEROP_SAMPLES=1: hand-written sample files)")
else
  node "$HERE/generate.mjs" "$OUT" "$@" >"$OUT/format.log" 2>&1
  rc=$?
  if [ "$rc" -ne 0 ] && [ "$rc" -ne 3 ]; then
    cat "$OUT/format.log"
    failed=$((failed + 1)); summary+=("FAIL generate.mjs could not produce the vCard files (exit $rc)")
    finish; exit 1
  fi
  record format "$rc" "$OUT/format.log"
fi

cards=$(grep -c '^BEGIN:VCARD' "$OUT/all-3.0.vcf" "$OUT/all-4.0.vcf" | awk -F: '{s+=$2} END {print s+0}')
if [ "$cards" -eq 0 ]; then
  failed=$((failed + 1)); summary+=("FAIL no cards were generated: nothing to check")
  finish; exit 1
fi

FILES=("$OUT/all-3.0.vcf" "$OUT/all-4.0.vcf")

# --- vobject --------------------------------------------------------------------------------
"$PY" "$HERE/vobject_check.py" --expected "$OUT/expected.json" "${FILES[@]}" >"$OUT/vobject.log" 2>&1
record vobject $? "$OUT/vobject.log"

# --- ez-vcard -------------------------------------------------------------------------------
mkdir -p "$OUT/classes"
if javac -nowarn -encoding UTF-8 -cp "$EZ_CP" -d "$OUT/classes" "$HERE/EzCheck.java" >"$OUT/ez-vcard.log" 2>&1; then
  java -cp "$OUT/classes:$EZ_CP" EzCheck --expected "$OUT/expected.tsv" "${FILES[@]}" >>"$OUT/ez-vcard.log" 2>&1
  record ez-vcard $? "$OUT/ez-vcard.log"
else
  echo "ez-vcard: EzCheck.java did not compile" >>"$OUT/ez-vcard.log"
  record ez-vcard 1 "$OUT/ez-vcard.log"
fi

# --- radicale -------------------------------------------------------------------------------
INTEROP_PYTHON="$PY" node "$HERE/radicale_check.mjs" --expected "$OUT/expected.json" "${FILES[@]}" >"$OUT/radicale.log" 2>&1
record radicale $? "$OUT/radicale.log"

finish
