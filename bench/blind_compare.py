"""Compare generator versions in one blind read: merge their samples so the reader cannot tell which made what.

    # a sample of each version (bench/blind_sample.py run in each checkout, same seed and sets), then:
    python bench/blind_compare.py merge --seed 7 --out docs/blind-reads/NAME old=OLD-sample.json new=NEW-sample.json
    # the reader judges NAME-sample.json into NAME-judgments.json ([{"n", "verdict", "reason"}]), then:
    python bench/blind_compare.py tally docs/blind-reads/NAME

A question several versions make (same prompt, options and key) is shown once and counted for each. NAME-key.json
records which version made each question; the reader never sees it. `tally` prints keep / fix / drop per version
and per set.
"""
from __future__ import annotations

import argparse
import json
import random
from collections import Counter
from pathlib import Path


def _identity(q: dict) -> str:
    """What makes two sampled questions the same question to a reader: its source file (not the title a version
    gave the document: read y showed one question twice under a course line and under the real title), prompt,
    options and key."""
    return json.dumps([q.get("file") or q["document"], q["prompt"], q.get("choices"), q["answer"]], ensure_ascii=False)


def merge(samples: dict[str, list[dict]], seed: int) -> tuple[list[dict], list[dict]]:
    """The union of the versions' samples in a seeded order, renumbered, and its key (versions and set of each)."""
    items: dict[str, tuple[dict, set[str]]] = {}
    for version, sample in samples.items():
        for q in sample:
            q, versions = items.setdefault(_identity(q), (q, set()))
            versions.add(version)
    merged = list(items.values())
    random.Random(seed).shuffle(merged)
    sample, key = [], []
    for n, (q, versions) in enumerate(merged, start=1):
        sample.append({**q, "n": n})
        key.append({"n": n, "versions": sorted(versions), "set": q["set"]})
    return sample, key


def tally(key: list[dict], judgments: list[dict]) -> dict[tuple[str, str], Counter]:
    """Verdicts counted per (version, set) and per (version, 'all')."""
    verdict = {j["n"]: j["verdict"] for j in judgments}
    counts: dict[tuple[str, str], Counter] = {}
    for k in key:
        for version in k["versions"]:
            for group in (k["set"], "all"):
                counts.setdefault((version, group), Counter())[verdict[k["n"]]] += 1
    return counts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    m = sub.add_parser("merge")
    m.add_argument("--seed", type=int, required=True)
    m.add_argument("--out", required=True)
    m.add_argument("samples", nargs="+", help="VERSION=SAMPLE.json, two or more")
    t = sub.add_parser("tally")
    t.add_argument("name")
    args = parser.parse_args()
    if args.command == "merge":
        samples = {label: json.loads(Path(path).read_text(encoding="utf-8"))
                   for label, _, path in (spec.partition("=") for spec in args.samples)}
        sample, key = merge(samples, args.seed)
        Path(f"{args.out}-sample.json").write_text(json.dumps(sample, ensure_ascii=False, indent=1), encoding="utf-8")
        Path(f"{args.out}-key.json").write_text(json.dumps(key, indent=1), encoding="utf-8")
        shared = sum(1 for k in key if len(k["versions"]) > 1)
        print(f"{len(sample)} questions ({shared} made by more than one version) into {args.out}-sample.json")
        return
    key = json.loads(Path(f"{args.name}-key.json").read_text(encoding="utf-8"))
    judgments = json.loads(Path(f"{args.name}-judgments.json").read_text(encoding="utf-8"))
    for (version, group), c in sorted(tally(key, judgments).items()):
        n = sum(c.values())
        print(f"{version:8} {group:14} n={n:3}  keep {c['keep'] / n:4.0%}  fix {c['fix'] / n:4.0%}  "
              f"drop {c['drop'] / n:4.0%}")


if __name__ == "__main__":
    main()
