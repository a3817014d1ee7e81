"""Command line: python -m studyapp.generator PATH... [--manifest FILE] [--title T] -o OUT.json."""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from studyapp.generator import DocumentError, generate_bank


def main(argv: list[str] | None = None) -> int:
    """Generate a bank file; print a one-line summary; return the exit status."""
    parser = argparse.ArgumentParser(prog="python -m studyapp.generator", description=__doc__)
    parser.add_argument("paths", nargs="+", help="documents or folders of documents")
    parser.add_argument("--manifest", help="manifest.toml with title, author, kind and date per file")
    parser.add_argument("--title", help="title of the bank")
    parser.add_argument("--language", choices=["en", "ru", "kk"], help="the documents' language (default: detect it)")
    parser.add_argument("-o", "--output", required=True, help="where to write the bank (JSON)")
    args = parser.parse_args(argv)
    try:
        bank = generate_bank(args.paths, manifest=args.manifest, title=args.title, language=args.language)
    except (DocumentError, OSError, ValueError) as exc:
        print(f"Error: {exc}", file=sys.stderr)
        return 1
    Path(args.output).write_text(json.dumps(bank, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"Wrote {len(bank['questions'])} questions and {len(bank['flashcards'])} flashcards from "
          f"{len(bank['sources'])} documents to {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
