#!/usr/bin/env python3
"""Write schemes/vocabulary/rulebook.txt: the words of the rule book.

Every list entry in schemes/*.toml must be rule-book vocabulary or carry a
note in schemes/vocabulary/sources.toml saying where it comes from
(tests/vocabulary.rs checks both, and that this file is in sync). This
script makes the vocabulary: the sorted set of folded words of every
../shared/domain/*.txt (the rib rule book and the RNVC competency profile).

Folding: NFKD, combining marks dropped, lower case; words are maximal runs
of letters (str.isalpha), at least two letters long.

Run from the repository root:  python3 scripts/rulebook_vocabulary.py
"""

import pathlib
import sys
import unicodedata

ROOT = pathlib.Path(__file__).resolve().parent.parent
DOMAIN = ROOT.parent / "shared" / "domain"
OUT = ROOT / "schemes" / "vocabulary" / "rulebook.txt"

HEADER = """\
# The words of the rule book (../shared/domain/*.txt: the rib
# hercertificeringsregeling and the RNVC competency profile), made by
# scripts/rulebook_vocabulary.py: NFKD, combining marks dropped, lower
# case, split on non-letters, words of two letters or more, sorted, once
# each. Do not edit by hand; rerun the script. tests/vocabulary.rs checks
# every list entry of schemes/*.toml against it.
"""


def fold(text: str) -> str:
    """Lower case without diacritics."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


def words(text: str):
    """The folded words of `text`, two letters or more."""
    word = []
    for c in fold(text) + " ":
        if c.isalpha():
            word.append(c)
            continue
        if len(word) >= 2:
            yield "".join(word)
        word = []


def main() -> int:
    sources = sorted(DOMAIN.glob("*.txt"))
    if not sources:
        print(f"no rule book texts in {DOMAIN}", file=sys.stderr)
        return 2
    vocabulary = set()
    for source in sources:
        vocabulary.update(words(source.read_text(encoding="utf-8")))
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(HEADER + "".join(w + "\n" for w in sorted(vocabulary)), encoding="utf-8")
    print(f"{OUT.relative_to(ROOT)}: {len(vocabulary)} words from {len(sources)} texts")
    return 0


if __name__ == "__main__":
    sys.exit(main())
