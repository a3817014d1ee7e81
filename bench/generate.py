"""Benchmark the generator: seconds for the five seeds, and throughput at 1x and 10x text (linearity)."""
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


def main() -> int:
    """Print the figures."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seeds", type=Path, default=SEEDS)
    parser.add_argument("--factor", type=int, default=10)
    args = parser.parse_args()
    if not args.seeds.is_dir():
        print(f"No seeds at {args.seeds}", file=sys.stderr)
        return 1
    seconds, bank = timed([args.seeds], args.seeds / "manifest.toml")
    print(f"five seeds: {seconds:.2f} s, {len(bank['questions'])} questions")
    tmp = Path(tempfile.mkdtemp(prefix="studyapp-bench-"))
    try:
        rates = {}
        for factor in (1, args.factor):
            paths = scaled_copy(args.seeds, factor, tmp)
            size_kb = sum(p.stat().st_size for p in paths) / 1024
            seconds, _ = timed(paths)
            rates[factor] = size_kb / seconds
            print(f"{factor:>3}x text: {size_kb:8.1f} KB in {seconds:6.2f} s = {rates[factor]:7.1f} KB/s")
        print(f"linearity (KB/s at {args.factor}x / KB/s at 1x): {rates[args.factor] / rates[1]:.2f} "
              "(1.0 is perfectly linear)")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
