"""Benchmark the generator: seconds for the five seeds; KB/s of one document at 50 KB and 850 KB (prose, and names
made to be slow); five documents at 1x and 10x."""
from __future__ import annotations

import argparse
import os
import re
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from studyapp.generator import generate_bank  # noqa: E402

SEEDS = Path(os.environ.get("STUDYAPP_SHARED_DIR") or Path(__file__).resolve().parents[2] / "shared") / "seeds"


def timed(paths: list[Path], manifest: Path | None = None) -> tuple[float, dict]:
    """Seconds to generate a bank from these paths, and the bank."""
    start = time.perf_counter()
    bank = generate_bank(paths, manifest=manifest)
    return time.perf_counter() - start, bank


def shifted(text: str, offset: int) -> str:
    """The text with every number increased by `offset`, so repeated copies are not identical sentences."""
    return re.sub(r"\d+", lambda m: str(int(m.group()) + offset), text) if offset else text


def scaled_copy(seeds: Path, factor: int, into: Path) -> list[Path]:
    """The seed texts, each repeated `factor` times, every copy with different numbers."""
    out = []
    for path in sorted(seeds.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        copies = [shifted(text, i) for i in range(factor)]
        target = into / f"{factor}x_{path.name}"
        target.write_text("\n\n".join(copies), encoding="utf-8")
        out.append(target)
    return out


def prose(seeds: Path, size: int) -> str:
    """One document of `size` characters: the seeds' cleaned paragraphs again and again, numbers shifted."""
    from studyapp.generator import run_pipeline

    corpus = run_pipeline(sorted(seeds.glob("*.txt")), names=["read", "clean"])
    base = "\n\n".join(p.text for d in corpus.docs for p in d.paragraphs if p.role in ("body", "heading"))
    copies = []
    while sum(map(len, copies)) < size:
        copies.append(shifted(base, len(copies)))
    return "\n\n".join(copies)[:size]


def names(size: int) -> str:
    """Made to be slow: sentences of people whose names all start with K."""
    import random

    rng, syllables, out = random.Random(1), ["ka", "ra", "be", "no", "vi", "lo", "ma", "tu", "ser", "dan"], []

    def name() -> str:
        return ("K" + "".join(rng.choice(syllables) for _ in range(rng.randint(2, 3)))).capitalize()

    while sum(map(len, out)) < size:
        out.append(f"{name()} {name()} met {name()} {name()} in {1900 + rng.randint(0, 120)}."
                   + ("\n\n" if rng.random() < 0.2 else " "))
    return "".join(out)


def throughput(label: str, text: str, into: Path) -> float:
    """Generate one document of this text; print and return KB per second (processor time)."""
    path = into / f"{label}.txt"
    path.write_text(text, encoding="utf-8")
    start = time.process_time()
    bank = generate_bank([path])
    seconds = time.process_time() - start
    size_kb = len(text.encode("utf-8")) / 1024
    print(f"{label:>14}: {size_kb:7.1f} KB in {seconds:6.2f} s = {size_kb / seconds:6.1f} KB/s, "
          f"{len(bank['questions'])} questions", flush=True)
    return size_kb / seconds


def main() -> int:
    """Print the figures."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seeds", type=Path, default=SEEDS)
    parser.add_argument("--factor", type=int, default=10)
    parser.add_argument("--sizes", default="50,850", help="KB of one document, comma-separated")
    args = parser.parse_args()
    if not args.seeds.is_dir():
        print(f"No seeds at {args.seeds}", file=sys.stderr)
        return 1
    seconds, bank = timed([args.seeds], args.seeds / "manifest.toml")
    print(f"five seeds: {seconds:.2f} s, {len(bank['questions'])} questions")
    tmp = Path(tempfile.mkdtemp(prefix="studyapp-bench-"))
    try:
        sizes = [int(kb) for kb in args.sizes.split(",")]
        for make, label in ((lambda n: prose(args.seeds, n), "prose"), (names, "names (K…)")):
            rates = [throughput(f"{label} {kb} KB", make(kb * 1024), tmp) for kb in sizes]
            print(f"{label}: KB/s at {sizes[-1]} KB / KB/s at {sizes[0]} KB = {rates[-1] / rates[0]:.2f} "
                  "(1.0 is perfectly linear)")
        rates = {}
        for factor in (1, args.factor):
            paths = scaled_copy(args.seeds, factor, tmp)
            size_kb = sum(p.stat().st_size for p in paths) / 1024
            seconds, _ = timed(paths)
            rates[factor] = size_kb / seconds
            print(f"{factor:>3}x seeds: {size_kb:8.1f} KB in {seconds:6.2f} s = {rates[factor]:7.1f} KB/s")
        print(f"five documents, linearity (KB/s at {args.factor}x / KB/s at 1x): {rates[args.factor] / rates[1]:.2f}")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
