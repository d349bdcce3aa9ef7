#!/usr/bin/env bash
# make bench-ocr (issue 14): OCR speed and word accuracy on a fixed set of
# scans, before and after, in one run on this machine.
#
# The set: BENCH_OCR_PAGES (36) pages of fixtures/demo "scanned" at 150, 200
# and 300 dpi as grey JPEG or CCITT G4, turned and noisy, spread over six
# candidate folders (examples/ocr_accuracy.rs gen; kept in
# target/bench-ocr/), plus the demo cohort's own scans. Rows:
#
#   old way          pdftoppm -r 300 -gray -png + tesseract -l nld+eng per
#                    page, one job per core (what hercert did before)
#   render-nld+eng   hercert's OCR, every page rendered at 300 dpi as PGM
#   native-nld+eng   + a single-image page is read from its image
#   native-nld       + one Dutch pass, English only as a fallback
#   shipped          + tessedit_do_invert=0, one tesseract process a page
#   batched          + several pages a tesseract process, read ahead across
#                    files (src/extract/ocr.toml)
#   hercert audit    the whole audit of the set's cohort, cold cache
#
# Every row is cold (no OCR cache) and uses one job per core. pages/s and
# the wall-time ratio against the old way come from the same run, so other
# load on the machine affects both; CPU-s/page counts child processes too.
# Word accuracy: share of the source text's words found (pages with a
# source only).
set -euo pipefail
cd "$(dirname "$0")/.."

PAGES=${BENCH_OCR_PAGES:-36}
WORK=${BENCH_OCR_DIR:-target/bench-ocr}
BIN=target/release/hercert
EXAMPLE=target/release/examples/ocr_accuracy
JOBS=$(nproc)
export OMP_THREAD_LIMIT=1

cargo build --release --locked --bin hercert --example ocr_accuracy

SET="$WORK/set-$PAGES"
if [ ! -f "$SET/done" ]; then
	rm -rf "$SET"
	"$EXAMPLE" gen fixtures/demo "$PAGES" "$SET"
	mkdir -p "$SET/cohort/B07"
	# The demo cohort's scans (no source text: speed only).
	cp fixtures/demo/K03/PE/SCAN0003.PDF "$SET/cohort/B07/K03-SCAN0003.pdf"
	cp fixtures/demo/K13/scan_20240801.pdf "$SET/cohort/B07/K13-scan_20240801.pdf"
	touch "$SET/done"
fi
COHORT="$SET/cohort"
TRUTH="$SET/truth"
RUN=$(mktemp -d "${TMPDIR:-/tmp}/bench-ocr.XXXXXX")
trap 'rm -rf "$RUN"' EXIT

npages=0
while IFS= read -r -d '' f; do
	n=$(pdfinfo "$f" 2>/dev/null | awk '/^Pages:/ {print $2}')
	npages=$((npages + ${n:-1}))
done < <(find "$COHORT" -name '*.pdf' -print0)

# The old way, for one PDF: every page rendered at 300 dpi, then read.
old_way() {
	local pdf=$1 out=$2 tmp
	tmp=$(mktemp -d "$RUN/old.XXXXXX")
	pdftoppm -r 300 -gray -png "$pdf" "$tmp/p" 2>/dev/null
	for png in "$tmp"/p*.png; do
		tesseract "$png" stdout -l nld+eng 2>/dev/null
		printf '\f'
	done >"$out/$(basename "${pdf%.*}").txt"
	rm -rf "$tmp"
}
export -f old_way
export RUN

declare -a NAMES WALL CPU ACC
TIMEFORMAT='%R %U %S'
row() { # name, text dir, command...
	local name=$1 text=$2 t
	shift 2
	mkdir -p "$text"
	t=$({ time "$@" >/dev/null 2>&1; } 2>&1 | tail -1)
	NAMES+=("$name")
	WALL+=("$(echo "$t" | awk '{print $1}')")
	CPU+=("$(echo "$t" | awk '{print $2 + $3}')")
	ACC+=("$("$EXAMPLE" score "$TRUTH" "$text")")
}

echo "bench-ocr: $npages pages, $JOBS cores; load before: $(cut -d' ' -f1-3 /proc/loadavg)"
row "old way" "$RUN/old" \
	bash -c "find '$COHORT' -name '*.pdf' -print0 | xargs -0 -P $JOBS -I{} bash -c 'old_way \"\$1\" \"$RUN/old\"' _ {}"
for config in ${BENCH_OCR_CONFIGS:-render-nld+eng native-nld+eng native-nld shipped batched}; do
	row "$config" "$RUN/$config" "$EXAMPLE" run "$config" "$COHORT" "$RUN/$config"
done
audit_cold() {
	HERCERT_OCR_CACHE="$RUN/cache" "$BIN" audit "$COHORT" --out "$RUN/reports" \
		--no-state --quiet --as-of 2026-10-01
}
# The audit's text, for the score: `extract` from the now warm cache.
audit_text() {
	mkdir -p "$RUN/audit"
	find "$COHORT" -name '*.pdf' | while IFS= read -r f; do
		HERCERT_OCR_CACHE="$RUN/cache" "$BIN" extract "$f" \
			>"$RUN/audit/$(basename "${f%.*}").txt"
	done
}
TIMEFORMAT='%R %U %S'
t=$({ time audit_cold >/dev/null 2>&1; } 2>&1 | tail -1)
audit_text
NAMES+=("hercert audit")
WALL+=("$(echo "$t" | awk '{print $1}')")
CPU+=("$(echo "$t" | awk '{print $2 + $3}')")
ACC+=("$("$EXAMPLE" score "$TRUTH" "$RUN/audit")")

echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
echo
printf '| %-15s | %7s | %7s | %10s | %10s | %8s | %7s |\n' \
	configuration wall-s pages/s "wall ratio" CPU-s/page accuracy "Δ acc"
printf '|%s|%s|%s|%s|%s|%s|%s|\n' -----------------  --------- --------- ------------ ------------ ---------- ---------
base_wall=${WALL[0]}
base_acc=$(echo "${ACC[0]}" | awk '{print $1}')
for i in "${!NAMES[@]}"; do
	acc=$(echo "${ACC[$i]}" | awk '{print $1}')
	awk -v n="${NAMES[$i]}" -v w="${WALL[$i]}" -v c="${CPU[$i]}" -v p="$npages" \
		-v bw="$base_wall" -v a="$acc" -v ba="$base_acc" 'BEGIN {
		printf "| %-15s | %7.1f | %7.2f | %10.2f | %10.2f | %8.2f | %+7.2f |\n",
			n, w, p / w, w / bw, c / p, a, a - ba }'
done
echo
echo "accuracy by kind of scan:"
for i in "${!NAMES[@]}"; do
	printf '  %-15s %s\n' "${NAMES[$i]}" "${ACC[$i]}"
done
