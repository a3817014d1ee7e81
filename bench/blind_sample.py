"""Draw a sample of generated questions for a blind read: fixed seed, spread round-robin over every document.

    python bench/blind_sample.py --seed 20261129 --count 120 --out docs/blind-reads/NAME \
        seeds=../shared/seeds en-dev=../shared/eval/en-dev own=tests/generator/documents

Each NAME=DIR set is generated as one bank (a manifest.toml in DIR is used; `*.cp1251.*` copies are skipped).
Writes NAME-sample.json (what the reader gets: the question and its key, never which generator made it) and
NAME-texts.txt (the source files the reader reads). The reader's judgments go beside them.

One script per text: a Kazakh document in the Latin alphabet whose words are, letter for letter, those of a Cyrillic
document of the set (kk-latn-abai beside kk-history-abai) is left out, so the reader never judges one question
twice in two scripts (the 2026-11-29k read found four such pairs).
"""
from __future__ import annotations

import argparse
import json
import random
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from studyapp.generator import generate_bank  # noqa: E402
from studyapp.generator.lang.detect import script_of  # noqa: E402
from studyapp.generator.lang.kk_morph import to_latin  # noqa: E402

SKIP = ("readme", "sources", "facts", "manifest")
WORDS = re.compile(r"[^\W\d_]+")


def documents(folder: Path) -> list[Path]:
    """The readable documents of a folder, without copies in another encoding or script and without its metadata."""
    found = sorted(p for p in folder.iterdir()
                   if p.suffix.lower() in (".txt", ".md", ".docx", ".html", ".pdf") and ".cp1251." not in p.name
                   and not p.stem.lower().startswith(SKIP))
    return one_script(found)


def one_script(paths: list[Path]) -> list[Path]:
    """The paths without a Latin-script text that is a Cyrillic one of the list written in Latin letters: most of
    its words (two thirds or more) are the Cyrillic text's words transliterated."""
    def words(text: str) -> set[str]:
        return {w.lower() for w in WORDS.findall(text)}

    texts = {p: p.read_text(encoding="utf-8", errors="replace") if p.suffix.lower() in (".txt", ".md") else ""
             for p in paths}
    cyrillic = [words(to_latin(t)) for p, t in texts.items() if t and script_of(t) == "cyrl"]
    keep = []
    for p in paths:
        mine = words(texts[p]) if texts[p] and script_of(texts[p]) == "latn" else set()
        if mine and any(len(mine & other) >= 2 / 3 * len(mine) for other in cyrillic):
            continue
        keep.append(p)
    return keep


def draw(banks: dict[str, dict], count: int, seed: int) -> list[dict]:
    """`count` questions, one document after another in turn, each document's questions in a seeded order."""
    rng = random.Random(seed)
    piles = []
    for set_name, bank in banks.items():
        sources = {s["id"]: s for s in bank["sources"]}
        by_doc: dict[str, list[dict]] = {}
        for q in bank["questions"]:
            by_doc.setdefault(q["source"]["id"], []).append(q)
        for doc_id in sorted(by_doc):
            pile = by_doc[doc_id][:]
            rng.shuffle(pile)
            piles.append((set_name, sources[doc_id], pile))
    rng.shuffle(piles)
    sample = []
    while len(sample) < count and any(pile for _s, _d, pile in piles):
        for set_name, source, pile in piles:
            if pile and len(sample) < count:
                q = pile.pop()
                sample.append({"n": len(sample) + 1, "set": set_name, "document": source.get("title", ""),
                               "file": source.get("file", ""), "type": q["type"], "prompt": q["prompt"],
                               "choices": q.get("choices"), "answer": q["answer"],
                               # what a typed answer is also marked right for, as the student's answer is graded
                               "also_accepted": q.get("aliases") or [], "tolerance": q.get("tolerance"),
                               "explanation": q.get("explanation", ""), "evidence": q["source"].get("quote", "")})
    return sample


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--seed", type=int, required=True)
    parser.add_argument("--count", type=int, default=120)
    parser.add_argument("--out", required=True, help="path prefix of the files written")
    parser.add_argument("sets", nargs="+", help="NAME=DIR")
    args = parser.parse_args()
    banks, files = {}, []
    for spec in args.sets:
        name, _, folder = spec.partition("=")
        paths = documents(Path(folder))
        manifest = Path(folder) / "manifest.toml"
        banks[name] = generate_bank(paths, manifest=manifest if manifest.exists() else None)
        files += [str(p.resolve()) for p in paths]
        print(f"{name}: {len(paths)} documents, {len(banks[name]['questions'])} questions")
    sample = draw(banks, args.count, args.seed)
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    Path(f"{out}-sample.json").write_text(json.dumps(sample, ensure_ascii=False, indent=1), encoding="utf-8")
    Path(f"{out}-texts.txt").write_text("\n".join(files) + "\n", encoding="utf-8")
    print(f"{len(sample)} questions sampled (seed {args.seed}) into {out}-sample.json")


if __name__ == "__main__":
    main()
