#!/usr/bin/env bash
# scripts/fuzz.sh SECONDS TARGET... — runs each cargo-fuzz target for
# SECONDS on nightly, one process at a time (-jobs is left at 1: the CI
# machine has two cores). Seeds are the repo's fixtures and, when present,
# ../shared/corpus/wild, copied into a temporary folder by file type: they
# are read, never added to the repo. The working corpus is fuzz/corpus/
# (ignored by git); crashes land in fuzz/artifacts/TARGET/ and make the
# script fail. Fixed crash inputs go to fuzz/regressions/TARGET/, which the
# test suite replays (tests/hostile.rs).
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:?seconds}
shift
wild=${HERCERT_FUZZ_WILD:-../shared/corpus/wild}
seeds=$(mktemp -d)
trap 'rm -rf "$seeds"' EXIT

# Seed files for a target: the extensions it reads, at most 1 MiB each.
seed() {
    local target=$1
    shift
    mkdir -p "$seeds/$target"
    for dir in fixtures "$wild"; do
        [ -d "$dir" ] || continue
        for ext in "$@"; do
            find "$dir" -type f -iname "*.$ext" -size -1024k -print0 2>/dev/null |
                head -z -n 300 |
                while IFS= read -r -d '' f; do
                    cp "$f" "$seeds/$target/$(sha256sum "$f" | cut -c1-16).$ext"
                done
        done
    done
    if [ -d "fuzz/regressions/$target" ]; then
        cp fuzz/regressions/"$target"/* "$seeds/$target/" 2>/dev/null || true
    fi
}

# Build once for every target, then run the binaries: a run never waits
# for a rebuild.
if [ -z "${HERCERT_FUZZ_NO_BUILD:-}" ]; then
    cargo +nightly fuzz build -O
fi
bin=fuzz/target/x86_64-unknown-linux-gnu/release

status=0
for target in "$@"; do
    case $target in
        pdf_text) seed "$target" pdf ;;
        sheet) seed "$target" xlsx xls ods xlsb ;;
        csv_text) seed "$target" csv txt ;;
        docx) seed "$target" docx ;;
        notation | bsn) seed "$target" csv txt md ;;
        *) seed "$target" ;;
    esac
    mkdir -p "fuzz/corpus/$target"
    echo "== $target: ${seconds}s, $(find "$seeds/$target" -type f | wc -l) seeds"
    mkdir -p "fuzz/artifacts/$target"
    if ! "$bin/$target" -artifact_prefix="fuzz/artifacts/$target/" \
        -max_total_time="$seconds" -rss_limit_mb=2048 -timeout=30 -max_len=1048576 \
        -print_final_stats=1 "fuzz/corpus/$target" "$seeds/$target"; then
        echo "== $target: FAILED (see fuzz/artifacts/$target/)"
        status=1
    fi
done
exit $status
