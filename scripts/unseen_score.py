#!/usr/bin/env python3
"""First-sight score of hercert on a batch of documents written by someone
who has never read src/ or schemes/ (issue 20).

usage:
  unseen_score.py HERCERT_BINARY BATCH_DIR [--keep-out DIR] [--quiet]

BATCH_DIR holds one folder per writer, each with `cohort/` (SPEC §6) and
`truth/` (the devset's truth files plus `fields.csv`:
candidate_id,document,field,value). Every writer's cohort is audited as it
is, application dates from its cohort.csv, and the reports are compared with
the truth:

- per document type: is the type right, and is the signature kind right;
- per field: what the reports show of each document (activities.csv for an
  opgaveformulier and the proof it links, intervisions.csv for a report,
  dossiers.csv for the werkverklaring's years, FTE and current employment,
  findings.csv for the ervaringsverklaring's competencies);
- per dossier: outcome, PE counted, valid intervisions;
- findings: precision over the non-info findings raised (expected or
  tolerated), recall over the expected ones, and the unexpected ones by code.

Every disagreement is printed, then a table per field and per document
type, then one last line:

SCORE outcome=.. pe=.. int=.. doctype=.. sig=.. fields=.. findings_precision=.. findings_recall=..

The score is a measurement, not a gate: the exit status is 0 unless the
scorer or the audit itself breaks.
"""
import argparse
import collections
import csv
import io
import os
import re
import shutil
import subprocess
import sys
import tempfile
import unicodedata

TIMEOUT = 1200


def read_csv(path):
    if not os.path.exists(path):
        return []
    with open(path, "rb") as f:
        text = f.read().decode("utf-8-sig")
    return [{k.strip(): (v or "").strip() for k, v in row.items()}
            for row in csv.DictReader(io.StringIO(text))]


def fold(text):
    text = unicodedata.normalize("NFKD", text or "")
    text = "".join(c for c in text if not unicodedata.combining(c))
    return re.sub(r"\s+", " ", text.lower()).strip()


def number(text):
    try:
        return float((text or "").replace(",", "."))
    except ValueError:
        return None


def close(a, b, tolerance):
    a, b = number(a), number(b)
    return a is not None and b is not None and abs(a - b) <= tolerance


def title_matches(read, truth):
    """Most of the truth's title words are in what was read."""
    want = set(re.findall(r"\w{3,}", fold(truth)))
    got = set(re.findall(r"\w{3,}", fold(read)))
    return bool(want) and len(want & got) / len(want) >= 0.6


def sections_set(text):
    return {s for s in re.split(r"[;, ]+", text or "") if s and s != "datum"}


class Tally:
    """Right and wrong counts per key, with the disagreements."""

    def __init__(self):
        self.right = collections.Counter()
        self.total = collections.Counter()
        self.misses = []

    def add(self, key, ok, where, got, want):
        self.total[key] += 1
        if ok:
            self.right[key] += 1
        else:
            self.misses.append(f"{key}: {where}: read {got!r}, expected {want!r}")

    def rate(self, key=None):
        keys = [key] if key else list(self.total)
        total = sum(self.total[k] for k in keys)
        return sum(self.right[k] for k in keys) / total if total else 1.0


def audit(binary, cohort, out):
    run = subprocess.run([binary, "audit", cohort, "--out", out, "--no-state", "--quiet"],
                         capture_output=True, text=True, timeout=TIMEOUT)
    if run.returncode not in (0, 1):
        sys.stderr.write(run.stderr)
        raise SystemExit(f"audit of {cohort} failed with exit {run.returncode}")


def score_writer(binary, writer_dir, out, fields, doctypes, dossiers, findings):
    cohort = os.path.join(writer_dir, "cohort")
    truth = os.path.join(writer_dir, "truth")
    audit(binary, cohort, out)
    rep = {name: read_csv(os.path.join(out, f"{name}.csv"))
           for name in ("dossiers", "findings", "activities", "intervisions", "documents")}
    by_doc = {r["document"]: r for r in rep["documents"]}
    by_form = {r["document"]: r for r in rep["activities"]}
    by_report = {r["document"]: r for r in rep["intervisions"]}
    by_dossier = {r["candidate_id"]: r for r in rep["dossiers"]}
    truth_types = {}

    for t in read_csv(os.path.join(truth, "documents.csv")):
        doc, want = t["document"], t["doc_type"]
        truth_types[doc] = want
        got = by_doc.get(doc, {})
        doctypes.add(want, got.get("doc_type", "") in want.split("|"), doc, got.get("doc_type"), want)
        if t["signature"] != "*":
            doctypes.add(f"signature ({want})", got.get("signature", "") in t["signature"].split("|"),
                         doc, got.get("signature"), t["signature"])

    proofs = collections.defaultdict(set)
    for r in rep["activities"]:
        if r.get("proof_document"):
            proofs[r["document"]].add(r["proof_document"])
    for t in read_csv(os.path.join(truth, "fields.csv")):
        doc, field, want = t["document"], t["field"], t["value"]
        kind = truth_types.get(doc, "?")
        key = f"{kind}.{field}"
        if kind == "opgaveformulier_activiteit":
            row = by_form.get(doc)
            got = None if row is None else {
                "date": row.get("date"), "title": row.get("title"), "kind": row.get("kind"),
                "hours_attendance": row.get("hours_attendance"),
                "hours_preparation": row.get("hours_preparation"), "pe": row.get("pe_computed"),
            }.get(field)
            if field in ("hours_attendance", "hours_preparation", "pe"):
                ok = close(got, want, 0.01)
            elif field == "title":
                ok = got is not None and title_matches(got, want)
            elif field == "kind":
                ok = got is not None and fold(want) in fold(got)
            else:
                ok = got == want
            fields.add(key, ok, doc, got, want)
        elif kind == "bewijs_deelname" and field == "proves":
            got = sorted(f for f, p in proofs.items() if doc in p)
            fields.add(key, want in got, doc, got, want)
        elif kind == "intervisieverslag":
            row = by_report.get(doc)
            if field == "date":
                got = row.get("date") if row else None
                fields.add(key, got == want, doc, got, want)
            elif field == "missing_sections":
                got = sections_set(row.get("missing_sections")) if row else None
                fields.add(key, got == sections_set(want), doc, got, want)
        elif kind == "ervaringsverklaring" and field == "incomplete_competencies":
            flagged = [f for f in rep["findings"]
                       if f["code"] == "EXP-COMPETENCY" and f["document"] == doc]
            want_set = {fold(c) for c in want.split(";") if c}
            got_set = {c for c in want_set
                       if any(c in fold(f["message"] + " " + f.get("evidence", "")) for f in flagged)}
            ok = (not want_set and not flagged) or (want_set and got_set == want_set)
            fields.add(key, ok, doc, f"{len(flagged)} EXP-COMPETENCY", want)

    for t in read_csv(os.path.join(truth, "intervisions.csv")):
        row = by_report.get(t["document"])
        got = row.get("verdict") if row else None
        fields.add("intervisieverslag.verdict", got == t["verdict"], t["document"], got, t["verdict"])
        got = row.get("counted") if row else None
        fields.add("intervisieverslag.counted", got == t["counted"], t["document"], got, t["counted"])

    for t in read_csv(os.path.join(truth, "dossiers.csv")):
        cid = t["candidate_id"]
        row = by_dossier.get(cid, {})
        outcomes = {t["outcome"], t.get("outcome_alt") or t["outcome"]}
        dossiers.add("outcome", row.get("outcome") in outcomes, cid, row.get("outcome"), t["outcome"])
        pe_ok = any(close(row.get("pe_counted"), v, 0.01) for v in (t["pe_counted"], t.get("pe_counted_alt")) if v)
        dossiers.add("pe_counted", pe_ok, cid, row.get("pe_counted"), t["pe_counted"])
        int_ok = any(close(row.get("intervisions_valid"), v, 0) for v in
                     (t["intervisions_valid"], t.get("intervisions_valid_alt")) if v)
        dossiers.add("intervisions_valid", int_ok, cid, row.get("intervisions_valid"), t["intervisions_valid"])
        fields.add("werkverklaring.currently_employed", row.get("currently_employed") == t["currently_employed"],
                   cid, row.get("currently_employed"), t["currently_employed"])
        if t.get("work_years"):
            fields.add("werkverklaring.work_years", close(row.get("work_years"), t["work_years"], 0.05),
                       cid, row.get("work_years"), t["work_years"])
        if t.get("avg_fte"):
            fields.add("werkverklaring.avg_fte", close(row.get("avg_fte"), t["avg_fte"], 0.02),
                       cid, row.get("avg_fte"), t["avg_fte"])

    expected = read_csv(os.path.join(truth, "findings.csv"))
    allowed = read_csv(os.path.join(truth, "findings_allowed.csv"))

    def listed(rows, f):
        return any(r["candidate_id"] == f["candidate_id"] and r["code"] == f["code"]
                   and (not r["document"] or r["document"] == f["document"]) for r in rows)

    raised = [f for f in rep["findings"] if f["severity"] != "info"]
    for f in raised:
        ok = listed(expected, f) or listed(allowed, f)
        findings["raised"] += 1
        findings["raised_ok"] += ok
        if not ok:
            findings[f"unexpected {f['code']}"] += 1
            findings.setdefault("misses", []).append(
                f"unexpected {f['code']}: {f['document'] or f['candidate_id']}: {f['message'][:120]}")
    for e in expected:
        found = any(f["candidate_id"] == e["candidate_id"] and f["code"] == e["code"]
                    and (not e["document"] or f["document"] == e["document"]) for f in raised)
        findings["expected"] += 1
        findings["expected_found"] += found
        if not found:
            findings.setdefault("misses", []).append(
                f"missed {e['code']}: {e['document'] or e['candidate_id']}")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("binary")
    ap.add_argument("batch")
    ap.add_argument("--keep-out")
    ap.add_argument("--quiet", action="store_true", help="only the tables and the SCORE line")
    args = ap.parse_args()
    binary = os.path.abspath(args.binary)
    writers = sorted(d for d in os.listdir(args.batch)
                     if os.path.isdir(os.path.join(args.batch, d, "cohort")))
    if not writers:
        raise SystemExit(f"no writer folders with cohort/ in {args.batch}")
    fields, doctypes, dossiers = Tally(), Tally(), Tally()
    findings = collections.Counter()
    base = args.keep_out or tempfile.mkdtemp(prefix="hercert-unseen-")
    try:
        for w in writers:
            out = os.path.join(base, w)
            shutil.rmtree(out, ignore_errors=True)
            score_writer(binary, os.path.join(args.batch, w), out, fields, doctypes, dossiers, findings)
    finally:
        if not args.keep_out:
            shutil.rmtree(base, ignore_errors=True)

    if not args.quiet:
        for line in doctypes.misses + fields.misses + dossiers.misses + findings.get("misses", []):
            print(line)
        print()
    print(f"{'field':48} right / total")
    for tally in (doctypes, fields, dossiers):
        for key in sorted(tally.total):
            print(f"{key:48} {tally.right[key]:3} / {tally.total[key]:3}  {tally.rate(key):.2f}")
    unexpected = {k[len('unexpected '):]: v for k, v in findings.items()
                  if isinstance(k, str) and k.startswith("unexpected ")}
    print("unexpected findings by code:", ", ".join(f"{k} {v}" for k, v in sorted(unexpected.items())) or "none")
    precision = findings["raised_ok"] / findings["raised"] if findings["raised"] else 1.0
    recall = findings["expected_found"] / findings["expected"] if findings["expected"] else 1.0
    doc_keys = [k for k in doctypes.total if not k.startswith("signature")]
    sig_keys = [k for k in doctypes.total if k.startswith("signature")]
    rate = lambda t, keys: (sum(t.right[k] for k in keys) / sum(t.total[k] for k in keys)) if keys else 1.0
    print(f"SCORE outcome={dossiers.rate('outcome'):.2f} pe={dossiers.rate('pe_counted'):.2f} "
          f"int={dossiers.rate('intervisions_valid'):.2f} doctype={rate(doctypes, doc_keys):.2f} "
          f"sig={rate(doctypes, sig_keys):.2f} fields={fields.rate():.2f} "
          f"findings_precision={precision:.2f} findings_recall={recall:.2f} "
          f"unexpected={findings['raised'] - findings['raised_ok']}")


if __name__ == "__main__":
    main()
