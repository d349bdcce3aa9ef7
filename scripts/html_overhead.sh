#!/usr/bin/env bash
# What the assessor's pages (html/) add to an audit: cold audits of the demo
# cohort (--no-state, a fresh output folder each time) with and without
# --no-html, interleaved, N times each; prints the median wall and CPU time
# (user + sys, pdftoppm and pdftotext included) and the ratios against the
# audit without pages, all measured in this run.
#   cold:  the page-picture cache empty (the first run on a machine)
#   warm:  the page-picture cache kept (every nightly run after the first)
# The OCR cache is warmed once and shared: it is the audit's own cost.
set -euo pipefail
cd "$(dirname "$0")/.."
N=${N:-20}
BIN=target/release/hercert
WORK=${WORK:-/tmp/hercert-html-overhead}
rm -rf "$WORK"; mkdir -p "$WORK"
export HERCERT_OCR_CACHE="$WORK/ocr"
run() { # mode, flags...
  local mode=$1; shift
  rm -rf "$WORK/out"
  HERCERT_PAGE_CACHE="$WORK/pages" /usr/bin/time -f "$mode %e %U %S" -a -o "$WORK/times" \
    "$BIN" audit fixtures/demo --out "$WORK/out" --as-of 2026-10-01 --no-state --quiet "$@"
}
"$BIN" audit fixtures/demo --out "$WORK/out" --as-of 2026-10-01 --no-state --quiet --no-html
for _ in $(seq 1 "$N"); do
  run nohtml --no-html
  rm -rf "$WORK/pages"; run cold
  run warm
done
median() { sort -n | awk '{v[NR]=$1} END {print (NR%2 ? v[(NR+1)/2] : (v[NR/2]+v[NR/2+1])/2)}'; }
for mode in nohtml cold warm; do
  wall=$(awk -v m=$mode '$1==m {print $2}' "$WORK/times" | median)
  cpu=$(awk -v m=$mode '$1==m {print $3+$4}' "$WORK/times" | median)
  echo "$mode $wall $cpu"
done | awk '$1=="nohtml" {w=$2; c=$3} {printf "%-7s wall %.3f s  cpu %.3f s", $1, $2, $3; if ($1!="nohtml") printf "  ratio wall %.2f  cpu %.2f", $2/w, $3/c; print ""}'
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) cores, N=$N"
