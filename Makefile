# hercert — the two commands a fresh machine needs are `make run` and
# `make test`; every target installs what it needs.

CARGO   ?= cargo
COHORT  ?= fixtures/demo
REPORTS ?= reports/demo
CORPUS  ?= ../shared/corpus/wild
AS_OF   ?= 2026-10-01
BIN     := target/release/hercert

# Debian packages the OCR and PDF tests use (issue: scans and pdftotext oracle).
DEB_PACKAGES := poppler-utils tesseract-ocr tesseract-ocr-nld imagemagick bc

.PHONY: all build run test lint unit corpus devset unseen bench bench-ocr deps browser fixtures casuistiek-model casuistiek-eval clean fuzz-smoke

all: build

## Fetch the crates once (offline builds after that).
fetch:
	$(CARGO) fetch --locked

build: fetch
	$(CARGO) build --release --locked

## Audit the demo cohort in fixtures/ and write reports/demo/.
run: deps build
	$(BIN) audit $(COHORT) --out $(REPORTS) --as-of $(AS_OF)
	@echo "reports written to $(REPORTS)/"

## Formatting, lints, unit and integration tests.
test: deps browser fetch lint unit
test: export HERCERT_REQUIRE_BROWSER = 1

lint:
	$(CARGO) fmt --all -- --check
	$(CARGO) clippy --locked --all-targets -- -D warnings

unit:
	$(CARGO) test --locked

## Run hercert over the real-world corpus next to the repo; fails on any
## panic, hang, non-zero exit or file missing from documents.csv.
corpus: deps fetch
	@if [ -d "$(CORPUS)" ]; then \
		HERCERT_CORPUS="$(abspath $(CORPUS))" $(CARGO) test --locked --test main corpus:: -- --ignored --nocapture; \
	else \
		echo "no corpus at $(CORPUS): skipped"; \
	fi

## The development cohort next to the repo (44 dossiers made independently,
## with the assessors' results): prints every disagreement and fails when a
## score falls below its floor in scripts/devset_floors.toml.
devset: deps build
	python3 scripts/devset_gate.py $(BIN)

## The first-sight score on the batches in tests/unseen/ (documents written
## from the rule book by people who never read src/ or schemes/): per field,
## per document type and per dossier, with every disagreement. A measurement,
## not a gate (scripts/unseen_score.py).
unseen: build
	@for b in tests/unseen/batch-*; do echo "== $$b"; python3 scripts/unseen_score.py $(BIN) $$b --quiet; done

## Throughput on a 1000-dossier cohort: cold, warm, peak memory, and the
## ratio against pdftotext on the same PDFs (BENCH_CANDIDATES to change).
bench: deps build
	scripts/bench.sh

## OCR on a fixed set of scans: pages/s, CPU-s/page and word accuracy of
## hercert's OCR against pdftoppm -r 300 + tesseract nld+eng in the same
## run, one row per change of issue 14 (BENCH_OCR_PAGES to change).
bench-ocr: deps fetch
	scripts/bench-ocr.sh

## Install the Debian packages the OCR and PDF tests need, when missing.
deps:
	@missing=""; for p in $(DEB_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
		echo "installing:$$missing"; \
		SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
		$$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $$missing; \
	fi

## Learn the casuistiek model from the training corpus (never the held-out part).
casuistiek-model: fetch
	$(CARGO) run --locked --release --example casuistiek -- train fixtures/casuistiek/train.jsonl schemes/casuistiek-model.toml

## Precision, recall and F1 for casuistiek on the held-out corpus.
casuistiek-eval: fetch
	$(CARGO) run --locked --release --example casuistiek -- eval fixtures/casuistiek/heldout.jsonl

## Headless Chromium for the dashboard test (Debian package `chromium`).
browser:
	@dpkg -s chromium >/dev/null 2>&1 || { \
		echo "installing: chromium"; \
		SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
		$$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq chromium; \
	}

## Regenerate the demo cohort and its expected results (needs LibreOffice).
fixtures:
	python3 fixtures/generator/gen.py --out fixtures/demo --expected fixtures/expected

clean:
	$(CARGO) clean
	rm -rf $(REPORTS)

## Each fuzz target for FUZZ_SECONDS (60) with cargo-fuzz, one per core at a
## time, seeded from fixtures/ and, when present, ../shared/corpus/wild
## (read, never copied into the repo). A crash fails the target; its input
## is kept in fuzz/artifacts/ and belongs in fuzz/regressions/TARGET/ once
## fixed. Longer runs: `scripts/fuzz.sh 1200 TARGET...`.
FUZZ_SECONDS ?= 60
FUZZ_TARGETS := pdf_text sheet csv_text docx notation bsn
fuzz-smoke:
	@command -v cargo-fuzz >/dev/null || $(CARGO) install cargo-fuzz --locked
	scripts/fuzz.sh $(FUZZ_SECONDS) $(FUZZ_TARGETS)
