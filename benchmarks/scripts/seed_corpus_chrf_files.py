#!/usr/bin/env python3
"""Writes the line files for timing sacreBLEU's chrF on the translations of a SeedCorpus file.

usage: seed_corpus_chrf_files.py CORPUS.jsonl HYP.txt REF.txt [SEEDS]

One line per document: its first system's title and text, line breaks turned into spaces. The
reference of document i is the translation of document i + SEEDS (default 5, the number of
seeds), which is the same seed with its sentences rotated and its digits changed differently, so
the scores are those of a close paraphrase rather than 100. Verso's own `score -m chrf` reads the
same two files, which checks that both tools computed the same figure.
"""
import json
import sys


def line(doc):
    system = next(iter(doc["translations"].values()))
    parts = [system.get("title") or "", system.get("text") or ""]
    return " ".join(" ".join(p.split()) for p in parts if p)


def main(argv):
    if len(argv) not in (4, 5):
        sys.exit(__doc__)
    seeds = int(argv[4]) if len(argv) == 5 else 5
    with open(argv[1], encoding="utf-8") as f:
        lines = [line(json.loads(l)) for l in f if l.strip()]
    n = len(lines)
    with open(argv[2], "w", encoding="utf-8") as hyp, open(argv[3], "w", encoding="utf-8") as ref:
        for i, text in enumerate(lines):
            hyp.write(text + "\n")
            ref.write(lines[(i + seeds) % n] + "\n")


if __name__ == "__main__":
    main(sys.argv)
