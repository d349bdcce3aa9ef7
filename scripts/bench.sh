#!/usr/bin/env bash
# make bench: batch throughput of hercert on a large cohort, cold and warm,
# peak memory at two cohort sizes, and the ratio against poppler's pdftotext
# (one process per file, as many in parallel as hercert's jobs) on the same
# PDFs, all measured in this run.
set -euo pipefail
cd "$(dirname "$0")/.."
N=${BENCH_CANDIDATES:-1000}
SMALL=${BENCH_SMALL:-100}
JOBS=${BENCH_JOBS:-$(nproc)}
WORK=${BENCH_DIR:-/tmp/hercert-bench}
# BENCH_BIN: another binary (an older build, to compare in the same run).
BIN=${BENCH_BIN:-target/release/hercert}
mkdir -p "$WORK"

python3 fixtures/generator/replicate.py --candidates "$N" --out "$WORK/cohort" >&2
python3 fixtures/generator/replicate.py --candidates "$SMALL" --out "$WORK/small" >&2
files=$(find "$WORK/cohort" -type f | wc -l)

measure() { # label, command...: prints "label seconds peak_kb"
  local label=$1; shift
  /usr/bin/time -f "%e %M" -o "$WORK/time.txt" "$@" > /dev/null 2> "$WORK/stderr.txt" || { cat "$WORK/stderr.txt" >&2; exit 1; }
  read -r secs kb < "$WORK/time.txt"
  echo "$label $secs $kb"
}

export HERCERT_OCR_CACHE="$WORK/ocr-cache"
rm -rf "$WORK/ocr-cache" "$WORK/state.sqlite"*
read -r _ cold_s cold_kb < <(measure cold "$BIN" audit "$WORK/cohort" --out "$WORK/out-cold" --no-state --jobs "$JOBS" --quiet)
pages=$(python3 -c 'import csv,sys; print(sum(int(r["pages"] or 0) for r in csv.DictReader(open(sys.argv[1])) if r["format"] == "pdf"))' "$WORK/out-cold/documents.csv")
rm -rf "$WORK/ocr-cache"
read -r _ small_s small_kb < <(measure small "$BIN" audit "$WORK/small" --out "$WORK/out-small" --no-state --jobs "$JOBS" --quiet)
read -r _ fill_s fill_kb < <(measure fill "$BIN" audit "$WORK/cohort" --out "$WORK/out-warm" --state "$WORK/state.sqlite" --jobs "$JOBS" --quiet)
read -r _ warm_s warm_kb < <(measure warm "$BIN" audit "$WORK/cohort" --out "$WORK/out-warm" --state "$WORK/state.sqlite" --jobs "$JOBS" --quiet)

# The baseline on the PDFs of the small cohort: pdftotext, one process per
# file, $JOBS at a time; hercert on the same PDFs alone, cold.
mkdir -p "$WORK/pdfonly/P"
find "$WORK/small" -type f -iname '*.pdf' > "$WORK/all-pdfs.txt"
head -n 4000 "$WORK/all-pdfs.txt" > "$WORK/pdfs.txt"
pdfs=$(wc -l < "$WORK/pdfs.txt")
rm -rf "$WORK/pdfonly/P"/*; i=0
while read -r f; do i=$((i+1)); ln "$f" "$WORK/pdfonly/P/$i.pdf" 2>/dev/null || cp "$f" "$WORK/pdfonly/P/$i.pdf"; done < "$WORK/pdfs.txt"
start=$(date +%s.%N)
tr '\n' '\0' < "$WORK/pdfs.txt" | xargs -0 -P "$JOBS" -I{} sh -c 'pdftotext -q "$1" - > /dev/null || true' _ {}
end=$(date +%s.%N)
poppler_s=$(echo "$end - $start" | bc)
rm -rf "$WORK/ocr-cache"
read -r _ ours_s _ < <(measure pdfs "$BIN" audit "$WORK/pdfonly" --out "$WORK/out-pdf" --no-state --no-ocr --jobs "$JOBS" --quiet)

# The bomb cohort (issue 11): every bomb of the attack suite, OCR on. Each
# file must get its row; the peak RSS of hercert and its children (pdftoppm,
# tesseract) must stay under BENCH_BOMB_LIMIT_KB.
BOMB_LIMIT_KB=${BENCH_BOMB_LIMIT_KB:-512000}
cargo build --release --locked --example bombs >&2
rm -rf "$WORK/bombs" "$WORK/ocr-cache"
target/release/examples/bombs "$WORK/bombs" > "$WORK/bombs.txt"
bombs=$(wc -l < "$WORK/bombs.txt")
read -r _ bomb_s bomb_kb < <(measure bombs "$BIN" audit "$WORK/bombs" --out "$WORK/out-bombs" --no-state --jobs "$JOBS" --quiet)
bomb_rows=$(python3 -c 'import csv,sys; print(sum(1 for r in csv.DictReader(open(sys.argv[1])) if r["document"].startswith("B")))' "$WORK/out-bombs/documents.csv")
bomb_verdict="under the ${BOMB_LIMIT_KB} KB target"
bomb_status=0
if [ "$bomb_rows" -ne "$bombs" ]; then bomb_verdict="only $bomb_rows of $bombs files in documents.csv"; bomb_status=1; fi
if [ "$bomb_kb" -ge "$BOMB_LIMIT_KB" ]; then bomb_verdict="OVER the ${BOMB_LIMIT_KB} KB target"; bomb_status=1; fi

ratio() { echo "scale=2; $1 / $2" | bc; }
cat <<REPORT
hercert bench: $N dossiers, $files files, $pages PDF pages, $JOBS jobs
cold (no state):      ${cold_s} s   $(ratio "$files" "$cold_s") files/s   $(ratio "$pages" "$cold_s") pages/s   peak RSS ${cold_kb} KB
state filled:         ${fill_s} s
warm (nothing new):   ${warm_s} s   = $(echo "scale=3; $warm_s / $cold_s" | bc) of cold   peak RSS ${warm_kb} KB
peak RSS, $SMALL dossiers: ${small_kb} KB;  $N dossiers: ${cold_kb} KB
baseline on $pdfs PDFs: pdftotext ${poppler_s} s, hercert ${ours_s} s  → hercert is $(ratio "$poppler_s" "$ours_s")x pdftotext
bomb cohort ($bombs bombs, OCR on): ${bomb_s} s   peak RSS ${bomb_kb} KB: $bomb_verdict
REPORT
exit $bomb_status
