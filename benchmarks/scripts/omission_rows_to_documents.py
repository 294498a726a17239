#!/usr/bin/env python3
"""Turns rows in the omission schema (one row per source segment and system, as
mqm_sxs_to_jsonl.py writes them and as ../shared's TED set has them) into Verso documents: one
document per source segment, each system that translated it a system of the document.

usage: omission_rows_to_documents.py ROWS.jsonl DOCUMENTS.jsonl

This is the corpus `verso evaluate --learn-lexicon` learns from when the harness measures a
learnt lexicon (NewsQualityHarness --learnt); documents keep the rows' first-seen order. Rows
without a translation and human references (systems named ref-*) are left out, as the harness
leaves them out; a row without a doc field (the news MQM set) belongs to document "news".
"""
import json
import sys


def main(argv):
    if len(argv) != 3:
        sys.exit(__doc__)
    docs = {}
    with open(argv[1], encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            r = json.loads(line)
            if r.get("tgt") is None or str(r["system"]).startswith("ref-"):
                continue
            key = f"{r.get('doc', 'news')}#{r['seg']}"
            d = docs.setdefault(key, {"id": key, "source": {"lang": "zh", "text": r["src"]},
                                      "translations": {}})
            if d["source"]["text"] != r["src"]:
                sys.exit(f"{argv[1]}:{n}: segment {key} has two different sources")
            d["translations"][r["system"]] = {"lang": "en", "text": r["tgt"]}
    with open(argv[2], "w", encoding="utf-8") as out:
        for d in docs.values():
            out.write(json.dumps(d, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main(sys.argv)
