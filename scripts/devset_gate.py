#!/usr/bin/env python3
"""Runs ../shared/devset/score.py on a hercert binary and fails when a score
falls below the level reached (an accuracy gate, not a timed test).

usage: devset_gate.py BINARY [--devset DIR] [--keep-out DIR]

The floors are in scripts/devset_floors.toml; raise them when reading gets
better, never lower them to make a change pass.
"""
import argparse
import os
import re
import subprocess
import sys
import tomllib

HERE = os.path.dirname(os.path.abspath(__file__))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("binary")
    ap.add_argument("--devset", default=os.path.join(HERE, "..", "..", "shared", "devset"))
    ap.add_argument("--keep-out")
    args = ap.parse_args()
    scorer = os.path.join(args.devset, "score.py")
    if not os.path.exists(scorer):
        print(f"no development cohort at {args.devset}: skipped")
        return 0
    cmd = [sys.executable, scorer, args.binary]
    if args.keep_out:
        cmd += ["--keep-out", args.keep_out]
    run = subprocess.run(cmd, capture_output=True, text=True)
    sys.stdout.write(run.stdout)
    sys.stderr.write(run.stderr)
    line = next((l for l in reversed(run.stdout.splitlines()) if l.startswith("SCORE ")), None)
    if line is None:
        print("devset: the scorer printed no SCORE line", file=sys.stderr)
        return 1
    scores = {k: float(v) for k, v in re.findall(r"(\w+)=([0-9.]+)", line)}
    with open(os.path.join(HERE, "devset_floors.toml"), "rb") as f:
        floors = tomllib.load(f)["floors"]
    below = [f"{k} {scores.get(k, 0.0):.2f} < {v:.2f}" for k, v in floors.items() if scores.get(k, 0.0) < v]
    if below:
        print("devset: below the level reached: " + "; ".join(below), file=sys.stderr)
        return 1
    print("devset: every score at or above its floor")
    return 0


if __name__ == "__main__":
    sys.exit(main())
