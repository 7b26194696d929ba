#!/usr/bin/env python3
"""Draws a seeded random sample of findings per rule and scores judged samples.

  sample.py draw  --seed S --findings F.json [F2.json ...] --corpus DIR [--per-rule 30] [--rules R,...]
                  [--judged J.tsv ...] --out SAMPLE.tsv
  sample.py score SAMPLE.tsv [...]
  sample.py files --seed S --corpus DIR --count N      (a seeded sample of document paths, one a line)

The draw is a pure function of the seed and the findings: findings of one rule are sorted by
(path, line, column, message) and `random.Random("SEED/RULE").sample` picks up to --per-rule of them.
Verdicts already given in --judged files (same rule, path, line, column and message) are carried over.
A TSV row: rule, path, line, column, message, excerpt (the line, the flagged span between « and »),
verdict (real | false | unclear), reason (one line).
"""
import argparse
import csv
import json
import os
import random
import sys

COLUMNS = ["rule", "path", "line", "column", "message", "excerpt", "verdict", "reason"]
DOC_SUFFIXES = (".md", ".markdown", ".html", ".htm", ".txt")


def key(row):
    return (row["rule"], row["path"], str(row["line"]), str(row["column"]), row["message"])


def load_findings(paths):
    found = []
    for p in paths:
        with open(p, encoding="utf-8") as f:
            data = json.load(f)
        for x in data.get("findings", []):
            found.append({"rule": x["ruleId"], "path": x["path"], "line": x.get("line", 0),
                          "column": x.get("column", 0), "endLine": x.get("endLine", 0),
                          "endColumn": x.get("endColumn", 0), "message": x["message"]})
    return found


def excerpt(corpus, f):
    try:
        with open(os.path.join(corpus, f["path"]), encoding="utf-8", errors="replace") as fh:
            lines = fh.read().split("\n")
    except OSError:
        return ""
    n = int(f["line"] or 0)
    if n < 1 or n > len(lines):
        return ""
    text = lines[n - 1].rstrip("\r")
    c = max(int(f["column"] or 1), 1) - 1
    e = int(f["endColumn"] or 0) - 1 if int(f["endLine"] or 0) == n else len(text)
    e = max(min(e, len(text)), c)
    marked = text[:c] + "«" + text[c:e] + "»" + text[e:]
    start = max(0, c - 120)
    out = ("…" if start else "") + marked[start:start + 320]
    return out.replace("\t", " ")


def read_tsv(path):
    with open(path, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE, quotechar=None,
                              escapechar="\\"))


def draw(args):
    findings = load_findings(args.findings)
    wanted = set(args.rules.split(",")) if args.rules else None
    judged = {}
    for j in args.judged or []:
        if os.path.exists(j):
            for row in read_tsv(j):
                row.setdefault("reason", "")
                if row.get("verdict"):
                    judged[key(row)] = (row["verdict"], row.get("reason", ""))
    by_rule = {}
    for f in findings:
        if wanted is None or f["rule"] in wanted:
            by_rule.setdefault(f["rule"], []).append(f)
    rows = []
    for rule in sorted(by_rule):
        pool = sorted(by_rule[rule], key=lambda f: (f["path"], int(f["line"]), int(f["column"]), f["message"]))
        rng = random.Random(f"{args.seed}/{rule}")
        picked = rng.sample(pool, min(args.per_rule, len(pool)))
        picked.sort(key=lambda f: (f["path"], int(f["line"]), int(f["column"])))
        for f in picked:
            row = {"rule": rule, "path": f["path"], "line": f["line"], "column": f["column"],
                   "message": f["message"], "excerpt": excerpt(args.corpus, f), "verdict": "", "reason": ""}
            row["verdict"], row["reason"] = judged.get(key(row), ("", ""))
            rows.append(row)
    with open(args.out, "w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=COLUMNS, delimiter="\t", quoting=csv.QUOTE_NONE,
                           quotechar=None, escapechar="\\", lineterminator="\n")
        w.writeheader()
        for row in rows:
            w.writerow({k: str(v).replace("\t", " ").replace("\n", " ") for k, v in row.items()})
    recall_check(findings, args.judged or [])
    counts = {r: len(v) for r, v in by_rule.items()}
    print(f"drew {len(rows)} findings of {sum(counts.values())} in {len(counts)} rules into {args.out}",
          file=sys.stderr)


def recall_check(findings, judged_files):
    """Prints, per rule, how many findings judged real in earlier verdicts are still reported (same rule,
    path and line): a change that raises precision must not lose the true findings."""
    now = {(f["rule"], f["path"], str(f["line"])) for f in findings}
    kept = {}
    for j in judged_files:
        if os.path.exists(j):
            for row in read_tsv(j):
                if (row.get("verdict") or "").strip() == "real":
                    k = kept.setdefault(row["rule"], [0, 0])
                    k[0] += 1
                    k[1] += (row["rule"], row["path"], str(row["line"])) in now
    for rule in sorted(kept):
        total, still = kept[rule]
        print(f"recall: {rule}: {still} of {total} findings judged real are still reported", file=sys.stderr)


def score(args):
    table = {}
    for p in args.tsv:
        for row in read_tsv(p):
            t = table.setdefault(row["rule"], {"n": 0, "real": 0, "false": 0, "unclear": 0, "open": 0})
            t["n"] += 1
            v = (row.get("verdict") or "").strip()
            t[v if v in ("real", "false", "unclear") else "open"] += 1
    print("| rule | sampled | real | false | unclear | not judged | precision |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: |")
    for rule in sorted(table):
        t = table[rule]
        decided = t["real"] + t["false"]
        prec = f"{100 * t['real'] / decided:.0f}%" if decided else "–"
        print(f"| {rule} | {t['n']} | {t['real']} | {t['false']} | {t['unclear']} | {t['open']} | {prec} |")


def files(args):
    docs = []
    for root, dirs, names in os.walk(args.corpus):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        docs += [os.path.relpath(os.path.join(root, n), args.corpus) for n in names if n.endswith(DOC_SUFFIXES)]
    docs = sorted(d for d in docs if os.sep in d)  # documents live in the sets' folders, not at the top
    for d in sorted(random.Random(f"{args.seed}/files").sample(docs, min(args.count, len(docs)))):
        print(d)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    d = sub.add_parser("draw")
    d.add_argument("--seed", required=True)
    d.add_argument("--findings", nargs="+", required=True)
    d.add_argument("--corpus", required=True)
    d.add_argument("--per-rule", type=int, default=30)
    d.add_argument("--rules")
    d.add_argument("--judged", nargs="*")
    d.add_argument("--out", required=True)
    s = sub.add_parser("score")
    s.add_argument("tsv", nargs="+")
    fl = sub.add_parser("files")
    fl.add_argument("--seed", required=True)
    fl.add_argument("--corpus", required=True)
    fl.add_argument("--count", type=int, required=True)
    args = ap.parse_args()
    {"draw": draw, "score": score, "files": files}[args.cmd](args)


if __name__ == "__main__":
    main()
