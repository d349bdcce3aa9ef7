#!/usr/bin/env bash
# scripts/fuzz.sh SECONDS TARGET... — runs each cargo-fuzz target for
# SECONDS, FUZZ_PARALLEL targets at a time (default: one per core).
#
# The build: release code with debug assertions and overflow checks, no
# sanitizer (hercert has no unsafe code of its own that ASAN would watch;
# an ASAN build took 25 minutes on two cores, this one about 7). It
# needs nightly's -Z flags: the nightly toolchain when rustup has one, else
# the stable one with RUSTC_BOOTSTRAP=1. Seeds are the repo's fixtures and, when present,
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
            # Read find's whole list (a `| head` would end find with
            # SIGPIPE, which pipefail turns into a silent exit), then take
            # 300.
            local found=()
            mapfile -d '' -t found < <(find "$dir" -type f -iname "*.$ext" -size -1024k -print0 2>/dev/null)
            for f in "${found[@]:0:300}"; do
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
    if rustup toolchain list 2>/dev/null | grep -q '^nightly'; then
        cargo +nightly fuzz build -O --debug-assertions --sanitizer none
    else
        RUSTC_BOOTSTRAP=1 cargo fuzz build -O --debug-assertions --sanitizer none
    fi
fi
bin=fuzz/target/x86_64-unknown-linux-gnu/release
parallel=${FUZZ_PARALLEL:-$(nproc)}

# One target: seeds, then SECONDS of libFuzzer; its log in fuzz/logs/.
run_one() {
    local target=$1
    case $target in
        pdf_text) seed "$target" pdf ;;
        sheet) seed "$target" xlsx xls ods xlsb ;;
        csv_text) seed "$target" csv txt ;;
        docx) seed "$target" docx ;;
        notation | bsn) seed "$target" csv txt md ;;
        *) seed "$target" ;;
    esac
    mkdir -p "fuzz/corpus/$target" "fuzz/artifacts/$target" fuzz/logs
    echo "== $target: ${seconds}s, $(find "$seeds/$target" -type f | wc -l) seeds"
    if "$bin/$target" -artifact_prefix="fuzz/artifacts/$target/" \
        -max_total_time="$seconds" -rss_limit_mb=2048 -timeout=30 -max_len=1048576 \
        -print_final_stats=1 "fuzz/corpus/$target" "$seeds/$target" \
        >"fuzz/logs/$target.log" 2>&1; then
        echo "== $target: ok, $(grep -o 'stat::number_of_executed_units: [0-9]*' "fuzz/logs/$target.log" | grep -o '[0-9]*$') runs"
        # Panics a target contains (calamine's, in `sheet`): where, once each.
        grep '^hercert-fuzz: contained' "fuzz/logs/$target.log" | sed "s/^/== $target: /" || true
    else
        echo "== $target: FAILED (fuzz/logs/$target.log, input in fuzz/artifacts/$target/)"
        tail -n 30 "fuzz/logs/$target.log"
        return 1
    fi
}

# The targets, FUZZ_PARALLEL at a time (each seeds its own folder).
status=0
pids=()
for target in "$@"; do
    while [ "$(jobs -rp | wc -l)" -ge "$parallel" ]; do
        wait -n || status=1
    done
    run_one "$target" &
    pids+=($!)
done
for pid in "${pids[@]}"; do
    wait "$pid" || status=1
done
exit $status
