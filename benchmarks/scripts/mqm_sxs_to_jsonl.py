#!/usr/bin/env python3
"""Turns a side-by-side MQM ratings file into the omission-set schema NewsQualityHarness reads.

The input is one of the public `sxs_mqm_*.3ratingsPerSegment.tsv` files of
github.com/google/wmt-mqm-human-evaluation (for example generalMT2023/zhen): one row per error
(or a `No-error` row) per system, segment and rater, with the marked span between <v> and </v>.
The output has one JSON line per system-segment, in the schema of
../shared/data/omission/ted21_zhen_omission_dev.jsonl:

  {"doc", "seg", "system", "src", "tgt", "ref": null, "omission", "omission_spans",
   "mqm_score", "raters", "omission_raters"}

`omission` is true when at least --min-raters raters (default 2 of 3) marked an Accuracy/Omission
error; `omission_raters` says how many did. `mqm_score` is minus the weighted error sum averaged
over the raters (Major 5, Minor 1, minor punctuation 0.1, non-translation 25), as in that data's
documentation. The attention-check rows (`HOTW-test`) and source issues carry no weight.

Usage: mqm_sxs_to_jsonl.py INPUT.tsv [--min-raters N] > OUTPUT.jsonl
The output stays outside the repository: the texts are publisher-owned news.
"""
import argparse
import collections
import csv
import json
import sys


def unmark(text):
    """The text without the <v></v> marks, and the character span they enclosed (or None)."""
    start = text.find("<v>")
    end = text.find("</v>")
    plain = text.replace("<v>", "").replace("</v>", "")
    if start < 0 or end < start:
        return plain, None
    return plain, (start, end - len("<v>"))


def weight(category, severity):
    if category in ("No-error", "Found") or category.startswith("Source issue") or severity == "HOTW-test":
        return 0.0
    if category.startswith("Non-translation"):
        return 25.0
    if severity == "Major":
        return 5.0
    if severity == "Minor":
        return 0.1 if category == "Fluency/Punctuation" else 1.0
    return 0.0


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("input")
    ap.add_argument("--min-raters", type=int, default=2)
    a = ap.parse_args()
    csv.field_size_limit(1 << 30)
    segs = collections.OrderedDict()
    with open(a.input, encoding="utf-8", newline="") as f:
        rows = csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE)
        header = next(rows)
        col = {name: i for i, name in enumerate(header)}
        for line_no, r in enumerate(rows, start=2):
            if len(r) < 9:
                sys.exit(f"{a.input}:{line_no}: expected at least 9 fields, found {len(r)}")
            key = (r[col["doc"]], int(r[col["docSegId"]]), r[col["system"]])
            src, src_span = unmark(r[col["source"]])
            tgt, _ = unmark(r[col["target"]])
            s = segs.setdefault(key, {"src": src, "tgt": tgt, "penalty": collections.Counter(),
                                      "raters": set(), "omitters": set(), "spans": []})
            rater = r[col["rater"]]
            category, severity = r[col["category"]], r[col["severity"]]
            s["raters"].add(rater)
            s["penalty"][rater] += weight(category, severity)
            if category.startswith("Accuracy/Omission"):
                s["omitters"].add(rater)
                if src_span is not None:
                    s["spans"].append({"text": src[src_span[0]:src_span[1]], "start": src_span[0],
                                       "end": src_span[1], "severity": severity.lower(), "rater": rater})
    for (doc, seg, system), s in segs.items():
        raters = sorted(s["raters"])
        mqm = -sum(s["penalty"][r] for r in raters) / len(raters)
        print(json.dumps({"doc": doc, "seg": seg, "system": system, "src": s["src"], "tgt": s["tgt"],
                          "ref": None, "omission": len(s["omitters"]) >= a.min_raters,
                          "omission_spans": s["spans"], "mqm_score": round(mqm, 4),
                          "raters": len(raters), "omission_raters": len(s["omitters"])},
                         ensure_ascii=False))


if __name__ == "__main__":
    main()
