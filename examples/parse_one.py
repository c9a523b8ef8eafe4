"""Parse one page or text dump and print the Article as JSON.

    python examples/parse_one.py [PATH]

Without PATH it parses the bundled reference dump (tests/fixtures/reference/seed/input.txt).
"""

from __future__ import annotations

import sys
from pathlib import Path

import newsparse

DEFAULT = (
    Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "reference" / "seed" / "input.txt"
)


def main(argv: list[str]) -> int:
    path = Path(argv[1]) if len(argv) > 1 else DEFAULT
    article = newsparse.parse_file(path)
    print(article.model_dump_json(indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
